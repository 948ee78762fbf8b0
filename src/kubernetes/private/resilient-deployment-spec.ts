import { PropSpecs, spec } from '../../core/prop-spec';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import type { EgressRule, ExternalMetric, HealthProbe, NetworkPeer, PodsMetric, ResilientDeploymentProps } from '../resilient-deployment';
import { dns1035Label, dnsLabel, dnsSubdomain, environment, intOrPercent, labels, pathSegmentName, quantity } from './k8s-specs';

/** Kubernetes int32 fields (`ValidateNonnegativeField` and the API's int32 types). */
export const INT32_MAX = 2 ** 31 - 1;
/** The most replicas the library asks for (no Kubernetes limit: a bound on typos such as 1e6). */
export const MAX_REPLICAS = 10000;
/** `IsValidPortNum`: container and Service ports. */
const PORT = spec.integer({ min: 1, max: 65535 });
/** Image references: printable ASCII without spaces (`validateContainers` refuses leading and trailing whitespace). */
const IMAGE = /^[\x21-\x7e]+$/;

/**
 * A probe. Kubernetes' `validateProbe` wants non-negative seconds and
 * thresholds; the library wants at least 1 where 0 would mean "never" or
 * "immediately" (a period, a timeout, a failure threshold).
 */
export const PROBE = spec.object<HealthProbe>(
  {
    path: spec.name({ pattern: /^\/[\x21-\x7e]*$/, what: 'an absolute path without spaces, such as "/healthz"' }),
    command: spec.list(spec.text(), { minItems: 1 }),
    tcp: spec.boolean({ tokens: { refuse: 'it decides the kind of probe' } }),
    port: PORT,
    initialDelaySeconds: spec.integer({ min: 0, max: INT32_MAX }),
    periodSeconds: spec.integer({ min: 1, max: INT32_MAX }),
    timeoutSeconds: spec.integer({ min: 1, max: INT32_MAX }),
    failureThreshold: spec.integer({ min: 1, max: INT32_MAX }),
  },
  { tokens: { refuse: 'the probe is a block of the container' }, example: { path: '/healthz' } },
);

/** A metric's label selector (`ValidateLabelSelector`): a block of the metric, so known at synth. */
const SELECTOR = labels({ tokens: { refuse: 'the selector is a block of the metric' } });
const EACH_METRIC = { refuse: 'each metric becomes a metric block of the autoscaler' } as const;

const PODS_METRIC = spec.object<PodsMetric>(
  {
    name: pathSegmentName({ required: 'the metric name' }),
    averageValue: quantity({ required: 'the per-pod target' }),
    selector: SELECTOR,
  },
  { tokens: EACH_METRIC, example: { name: 'http_requests_per_second', averageValue: '100' } },
);

const EXTERNAL_METRIC = spec.object<ExternalMetric>(
  {
    name: pathSegmentName({ required: 'the metric name' }),
    averageValue: quantity(),
    value: quantity(),
    selector: SELECTOR,
  },
  { tokens: EACH_METRIC, example: { name: 'queue_depth', value: '30' } },
);

const EACH_PEER = { refuse: 'each peer becomes a from or to entry of the NetworkPolicy' } as const;

/**
 * `ValidateNetworkPolicyPeer`: a peer names selectors or an ipBlock, not both
 * and not neither (the API server refuses "must specify a peer" and "may not
 * specify more than 1 peer type").
 */
function checkPeer(scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>): void {
  const selectors = value.namespaceLabels !== undefined || value.podLabels !== undefined;
  if (value.cidr !== undefined && selectors) throw new InvalidPropError(scope, prop, value, 'must give cidr alone, or namespaceLabels and/or podLabels (a NetworkPolicy peer is an ipBlock or selectors, not both)');
  if (value.cidr === undefined && !selectors) throw new InvalidPropError(scope, prop, value, 'must give namespaceLabels, podLabels or cidr (a NetworkPolicy peer must name someone; {} as namespaceLabels is every namespace)');
}

export const NETWORK_PEER = spec.object<NetworkPeer>(
  {
    namespaceLabels: labels({ tokens: { refuse: 'the selector is a block of the NetworkPolicy' } }),
    podLabels: labels({ tokens: { refuse: 'the selector is a block of the NetworkPolicy' } }),
    cidr: spec.cidr(),
  },
  { tokens: EACH_PEER, example: { namespaceLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } }, check: checkPeer },
);
// `to: []` would be "every destination" to the API server: leave `to` out for that, so an empty list is no accident.
const PEERS = spec.list(NETWORK_PEER, { tokens: EACH_PEER, minItems: 1, example: [NETWORK_PEER.example] });

const EGRESS_RULE = spec.object<EgressRule>(
  {
    to: PEERS,
    port: PORT,
    protocol: spec.oneOf(['TCP', 'UDP', 'SCTP']),
  },
  { tokens: { refuse: 'each rule becomes an egress rule of the NetworkPolicy' }, example: { to: [{ cidr: '10.0.0.0/16' }], port: 5432 } },
);

/** What every prop of a ResilientDeployment accepts (the Kubernetes API server's rules, and the library's). */
export const RESILIENT_DEPLOYMENT_PROPS: PropSpecs<ResilientDeploymentProps> = {
  image: spec.name({ required: 'the container image to run, e.g. "ghcr.io/acme/api:1.4.2"', pattern: IMAGE, what: 'an image reference without spaces, e.g. "ghcr.io/acme/api:1.4.2"', maxLength: 4096 }),
  name: dns1035Label('the Service shares it'),
  namespace: dnsLabel(),
  containerPort: PORT,
  command: spec.list(spec.text()),
  args: spec.list(spec.text()),
  env: environment({ tokens: { refuse: 'each variable becomes an env entry of the container' } }),
  labels: labels(),
  replicas: spec.integer({ min: 1, max: MAX_REPLICAS }),
  allowSingleReplica: spec.boolean({ tokens: { refuse: 'it decides whether the single-replica opt-out is recorded' } }),
  maxSurge: intOrPercent(),
  readinessProbe: { ...PROBE, required: 'traffic must reach only pods that are ready' },
  livenessProbe: { ...PROBE, required: 'a stuck pod must be restarted' },
  startupProbe: PROBE,
  cpuRequest: quantity({ required: 'the scheduler spreads pods by their requests, and CPU autoscaling measures against them' }),
  memoryRequest: quantity({ required: 'the scheduler needs it to place pods where their memory is' }),
  memoryLimit: quantity(),
  cpuLimit: quantity(),
  zoneSpread: spec.oneOf(['DoNotSchedule', 'ScheduleAnyway']),
  nodeSpread: spec.oneOf(['DoNotSchedule', 'ScheduleAnyway']),
  terminationGracePeriodSeconds: spec.integer({ min: 1, max: 3600 }),
  preStopSleepSeconds: spec.integer({ min: 1, max: 600 }),
  preStopCommand: spec.list(spec.text(), { minItems: 1 }),
  // Non-root: the pod runs with runAsNonRoot, and the kubelet refuses to start a container as uid 0 then.
  runAsUser: spec.integer({ min: 1, max: INT32_MAX }),
  fsGroup: spec.integer({ min: 0, max: INT32_MAX }),
  readOnlyRootFilesystem: spec.boolean({ tokens: { refuse: 'it decides whether /tmp gets a volume' } }),
  // `ValidatePriorityClassName` and `ValidateServiceAccountName` are `NameIsDNSSubdomain`.
  priorityClassName: dnsSubdomain(),
  serviceAccountName: dnsSubdomain(),
  pdbMaxUnavailable: intOrPercent(),
  pdbMinAvailable: intOrPercent(),
  autoscaling: spec.boolean({ tokens: { refuse: 'it decides whether the autoscaler exists' } }),
  minReplicas: spec.integer({ min: 1, max: MAX_REPLICAS }),
  maxReplicas: spec.integer({ min: 1, max: 3 * MAX_REPLICAS }),
  // The HPA's `validateMetricTarget`: averageUtilization must be greater than 0.
  cpuUtilization: spec.integer({ min: 1, max: 1000 }),
  memoryUtilization: spec.integer({ min: 1, max: 1000 }),
  podsMetrics: spec.list(PODS_METRIC, { tokens: EACH_METRIC, example: [PODS_METRIC.example] }),
  externalMetrics: spec.list(EXTERNAL_METRIC, { tokens: EACH_METRIC, example: [EXTERNAL_METRIC.example] }),
  // The HPA's `validateScalingRules`: stabilizationWindowSeconds from 0 to MaxStabilizationWindowSeconds (3600).
  scaleDownStabilizationSeconds: spec.integer({ min: 0, max: 3600 }),
  servicePort: PORT,
  serviceType: spec.oneOf(['ClusterIP', 'NodePort', 'LoadBalancer']),
  networkPolicy: spec.boolean({ tokens: { refuse: 'it decides whether the NetworkPolicy exists' } }),
  ingressFrom: spec.list(NETWORK_PEER, { tokens: EACH_PEER, example: [NETWORK_PEER.example] }),
  egressTo: spec.list(EGRESS_RULE, { tokens: { refuse: 'each rule becomes an egress rule of the NetworkPolicy' }, example: [EGRESS_RULE.example] }),
  dnsPeers: PEERS,
};
