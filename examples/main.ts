// One app that synthesizes every example stack into cdktf.out/ (see cdktf.json).
import { App } from 'cdktf';
import { KubernetesServiceStack } from './kubernetes-service/stack';

const app = new App();
// Each example adds its stacks here: `new XStack(app, 'name')`.
new KubernetesServiceStack(app, 'kubernetes-service');
app.synth();
