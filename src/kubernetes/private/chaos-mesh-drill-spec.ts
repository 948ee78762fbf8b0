import { PropSpecs, spec } from '../../core/prop-spec';
import { DRILL_SCHEDULE } from '../../aws/chaos/drill-schedule';
import type { ChaosMeshDrillProps, ChaosMeshOptIn, ChaosMeshStatusCheck, IChaosMeshPods } from '../chaos-mesh-drill';
import { SloRules } from '../slo-rules';
import { CHAOS_MESH_SCENARIOS, STATUS_CHECK_RECORDS } from './chaos-mesh-workflow';
import { dnsLabel, labels } from './k8s-specs';

/** Values written into the Chaos Mesh objects at synth (selector modes, stressors, the query URL). */
const WRITTEN = { refuse: 'it is written into the Chaos Mesh workflow at synth' } as const;

/** Longest drill, minutes: 12 hours, as FIS allows for the EKS pod drills. */
export const MAX_CHAOS_MESH_MINUTES = 720;

const OPT_IN = spec.object<ChaosMeshOptIn>(
  { reason: spec.text({ required: 'why it is acceptable here', nonEmpty: true, tokens: { refuse: 'it is recorded at synth, where the opt-in is approved' } }) },
  { tokens: { refuse: 'it is an opt-in recorded at synth' }, example: { reason: 'game day OPS-42' } },
);

/** A `ResilientDeployment`, or a plain object with the pods' namespace and selector labels. */
const PODS = spec.object<IChaosMeshPods>(
  {
    namespace: dnsLabel({ required: "the pods' namespace" }),
    selector: labels({ required: "the pods' labels", tokens: { refuse: 'the labels select the pods at synth' }, example: { 'app.kubernetes.io/name': 'checkout' } }),
  },
  { tokens: { refuse: 'it decides the pods the chaos hits' }, instances: true, example: { namespace: 'shop', selector: { 'app.kubernetes.io/name': 'checkout' } } },
);

/**
 * How the status checks poll (api/v1alpha1/statuscheck_types.go: each at least 1). The failure threshold counts the
 * latest records, of which the check keeps `recordsHistoryLimit` (written as 100): a larger threshold never trips.
 */
const STATUS_CHECK = spec.object<ChaosMeshStatusCheck>(
  {
    intervalSeconds: spec.integer({ min: 1, max: 300, tokens: WRITTEN }),
    timeoutSeconds: spec.integer({ min: 1, max: 60, tokens: WRITTEN }),
    failureThreshold: spec.integer({ min: 1, max: STATUS_CHECK_RECORDS, tokens: WRITTEN }),
  },
  { tokens: { refuse: 'the checks are written at synth' }, example: { intervalSeconds: 10 } },
);

/** What every prop of a ChaosMeshDrill accepts (the construct relates them to the scenarios and to each other). */
export const CHAOS_MESH_DRILL_PROPS: PropSpecs<ChaosMeshDrillProps> = {
  pods: { ...PODS, required: 'the workload whose pods the drill hits (a ResilientDeployment)' },
  scenarios: spec.list(spec.oneOf(CHAOS_MESH_SCENARIOS), {
    required: `the failures to inject, among ${CHAOS_MESH_SCENARIOS.join(', ')}`,
    minItems: 1,
    unique: true,
    tokens: { refuse: 'they decide which chaos objects the workflow creates' },
  }),
  sloRules: spec.reference('an SloRules construct (the drill aborts on its page alerts)', { required: 'the SloRules whose page alerts abort the drill', is: (v) => v instanceof SloRules }),
  slos: spec.list(spec.name({ nonEmpty: true }), { minItems: 1, unique: true, tokens: { refuse: 'the page conditions are read from them at synth' } }),
  prometheusAddress: spec.url({ required: 'the Prometheus server the status checks query, e.g. http://prometheus-operated.monitoring.svc:9090', protocols: ['http:', 'https:'], tokens: WRITTEN }),
  statusCheck: STATUS_CHECK,
  name: dnsLabel(),
  namespace: dnsLabel(),
  durationMinutes: spec.integer({ min: 1, max: MAX_CHAOS_MESH_MINUTES, tokens: WRITTEN }),
  podPercent: spec.integer({ min: 1, max: 100, tokens: WRITTEN }),
  allPods: OPT_IN,
  cpuLoadPercent: spec.integer({ min: 1, max: 100, tokens: WRITTEN }),
  // StressChaos CRD: stressors.cpu.workers at most 8192.
  cpuWorkers: spec.integer({ min: 1, max: 8192, tokens: WRITTEN }),
  latencyMilliseconds: spec.integer({ min: 1, max: 60000, tokens: WRITTEN }),
  jitterMilliseconds: spec.integer({ min: 0, max: 60000, tokens: WRITTEN }),
  schedule: DRILL_SCHEDULE,
};
