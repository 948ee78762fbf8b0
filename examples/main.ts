// One app that synthesizes every example stack into cdktf.out/ (see cdktf.json).
import { App } from 'cdktf';

const app = new App();
// Each example adds its stacks here: `new XStack(app, 'name')`.
app.synth();
