import { ChaosMeshDrill, ChaosMeshDrillProps, SloRules } from '../../src/kubernetes';
import { CHAOS_MESH_DRILL_PROPS } from '../../src/kubernetes/private/chaos-mesh-drill-spec';
import { contractSuite, SUBJECT } from '../kit/contract';
import { AVAILABILITY } from './fixtures';

contractSuite<ChaosMeshDrillProps>({
  construct: 'ChaosMeshDrill',
  build: (stack, overrides) =>
    new ChaosMeshDrill(stack, SUBJECT, {
      pods: { namespace: 'shop', selector: { 'app.kubernetes.io/name': 'api' } },
      sloRules: new SloRules(stack, 'rules', { service: 'api', slos: [AVAILABILITY] }),
      prometheusAddress: 'http://prometheus-operated.monitoring.svc:9090',
      // Every scenario, so the sweep reaches every knob (a knob of a scenario not run is refused).
      scenarios: ['pod-delete', 'pod-failure', 'pod-cpu-stress', 'pod-network-latency'],
      ...overrides,
    } as ChaosMeshDrillProps),
  specs: CHAOS_MESH_DRILL_PROPS,
});
