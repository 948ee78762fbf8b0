// One app that synthesizes every example stack into cdktf.out/ (see cdktf.json).
import { App } from 'cdktf';
import { ReliabilityChecks } from '../src/checks/aspect';
import { DataProtectionStack } from './data-protection/stack';
import { IncidentResponseStack } from './incident-response/stack';
import { KubernetesServiceStack } from './kubernetes-service/stack';
import { MultiRegionDrStack } from './multi-region-dr/stack';
import { QuickStartStack } from './quick-start/stack';
import { SloBackendsStack } from './slo-backends/stack';
import { SloAlarmsExampleStack } from './slo-alarms/stack';
import { StagingStack } from './staging/stack';
import { WebServiceStack } from './web-service/stack';

const app = new App();
new QuickStartStack(app, 'quick-start');
new SloAlarmsExampleStack(app, 'slo-alarms');
new WebServiceStack(app, 'web-service');
new KubernetesServiceStack(app, 'kubernetes-service');
new DataProtectionStack(app, 'data-protection');
new StagingStack(app, 'staging');
new MultiRegionDrStack(app, 'multi-region-dr');
new SloBackendsStack(app, 'slo-backends');
new IncidentResponseStack(app, 'incident-response');
// The examples hold themselves to the rule pack: an error-level finding fails `cdktf synth`.
ReliabilityChecks.addTo(app);
app.synth();
