import { Testing, TerraformStack } from 'cdktf';
import { DataProtectionStack } from '../../examples/data-protection/stack';
import { IncidentResponseStack } from '../../examples/incident-response/stack';
import { KubernetesServiceStack } from '../../examples/kubernetes-service/stack';
import { MultiRegionDrStack } from '../../examples/multi-region-dr/stack';
import { QuickStartStack } from '../../examples/quick-start/stack';
import { SloBackendsStack } from '../../examples/slo-backends/stack';
import { SloAlarmsExampleStack } from '../../examples/slo-alarms/stack';
import { StagingStack } from '../../examples/staging/stack';
import { WebServiceStack } from '../../examples/web-service/stack';

/** Every example stack, built in a testing app of its own, by name (as examples/main.ts names them). */
export const EXAMPLES: Record<string, () => TerraformStack> = {
  'quick-start': () => new QuickStartStack(Testing.app(), 'quick-start'),
  'slo-alarms': () => new SloAlarmsExampleStack(Testing.app(), 'slo-alarms'),
  'web-service': () => new WebServiceStack(Testing.app(), 'web-service'),
  'kubernetes-service': () => new KubernetesServiceStack(Testing.app(), 'kubernetes-service'),
  'data-protection': () => new DataProtectionStack(Testing.app(), 'data-protection'),
  staging: () => new StagingStack(Testing.app(), 'staging'),
  'multi-region-dr': () => new MultiRegionDrStack(Testing.app(), 'multi-region-dr'),
  'slo-backends': () => new SloBackendsStack(Testing.app(), 'slo-backends'),
  'incident-response': () => new IncidentResponseStack(Testing.app(), 'incident-response'),
};
