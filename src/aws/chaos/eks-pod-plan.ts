/**
 * The experiment of an EKS pod drill (`aws:eks:pod-*` FIS actions), as data:
 * the `aws:eks:pod` target, the action and its parameters, the experiment
 * role's statements, and the Kubernetes RBAC the FIS pod and the experiment
 * role need. No cdktf import. Sources: AWS FIS User Guide, "Use the AWS FIS
 * aws:eks:pod actions" (targets, limitations, Kubernetes service account and
 * RBAC, access to the cluster) and the FIS actions reference (aws:eks:pod-delete,
 * aws:eks:pod-cpu-stress, aws:eks:pod-network-latency), read 2026-12.
 */
import type { DrillLocation, FisActionSpec, FisTargetSpec, PolicyStatement } from './drill-plan';

/** The EKS pod scenarios, each one FIS action. */
export const EKS_POD_SCENARIOS = ['pod-delete', 'pod-cpu-stress', 'pod-network-latency'] as const;
export type EksPodScenario = (typeof EKS_POD_SCENARIOS)[number];

/** The FIS action of each pod scenario. */
export const EKS_POD_ACTIONS: Readonly<Record<EksPodScenario, string>> = {
  'pod-delete': 'aws:eks:pod-delete',
  'pod-cpu-stress': 'aws:eks:pod-cpu-stress',
  'pod-network-latency': 'aws:eks:pod-network-latency',
};

/**
 * Actions that do not work on AWS Fargate, need root in the ephemeral container (it inherits the target pod's
 * security context) and do not support the bridge network mode (FIS User Guide, aws:eks:pod actions, Limitations).
 */
export const EKS_POD_NETWORK_SCENARIOS: readonly EksPodScenario[] = ['pod-network-latency'];

/** The pods a drill hits, and the cluster they run in. */
export interface EksPodTargets {
  /** The EKS cluster: its name (the access entry's) and ARN (the target's clusterIdentifier, the role's resource). */
  readonly cluster: { readonly name: string; readonly arn: string };
  readonly namespace: string;
  /** The pods' labels, all of which a pod must carry (a Kubernetes equality-based selector). */
  readonly selector: Readonly<Record<string, string>>;
}

/** Knobs of a pod drill. */
export interface EksPodOptions {
  readonly scenario: EksPodScenario;
  readonly durationMinutes: number;
  /** Share of the selected pods, percent. */
  readonly podPercent: number;
  /** The Kubernetes service account the FIS pod runs as (created in the namespace). */
  readonly serviceAccount: string;
  readonly cpuLoadPercent: number;
  readonly latencyMilliseconds: number;
  /** Undefined: the action's default jitter. */
  readonly jitterMilliseconds?: number;
  /** Undefined: the action's default interface (eth0). */
  readonly networkInterface?: string;
}

/** `key=value,key=value`: the selectorValue of a labelSelector target (keys sorted, so the output is stable). */
export function labelSelectorValue(selector: Readonly<Record<string, string>>): string {
  return Object.keys(selector)
    .sort()
    .map((k) => `${k}=${selector[k]}`)
    .join(',');
}

const params = (p: Record<string, string | undefined>): { key: string; value: string }[] =>
  Object.entries(p)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([key, value]) => ({ key, value }));

/**
 * Target, action and role statements of a pod drill. The target is identified by its parameters only: FIS refuses
 * resource ARNs or tags for `aws:eks:pod` (FIS User Guide, aws:eks:pod actions, Limitations).
 */
export function eksPodPlan(o: EksPodOptions, _loc: DrillLocation, t: EksPodTargets): { targets: FisTargetSpec[]; actions: FisActionSpec[]; statements: PolicyStatement[] } {
  const target: FisTargetSpec = {
    name: 'pods',
    resourceType: 'aws:eks:pod',
    selectionMode: `PERCENT(${o.podPercent})`,
    parameters: { clusterIdentifier: t.cluster.arn, namespace: t.namespace, selectorType: 'labelSelector', selectorValue: labelSelectorValue(t.selector) },
  };
  const duration = `PT${o.durationMinutes}M`;
  const selected = `${o.podPercent}% of the pods ${labelSelectorValue(t.selector)} in ${t.namespace}`;
  let action: FisActionSpec;
  switch (o.scenario) {
    case 'pod-delete':
      // aws:eks:pod-delete takes no duration: the pods are deleted once, their controller replaces them.
      action = { name: 'delete-pods', actionId: EKS_POD_ACTIONS[o.scenario], description: `Delete ${selected}`, parameter: params({ kubernetesServiceAccount: o.serviceAccount }), target: { key: 'Pods', value: 'pods' } };
      break;
    case 'pod-cpu-stress':
      action = {
        name: 'stress-pod-cpu',
        actionId: EKS_POD_ACTIONS[o.scenario],
        description: `Load the CPU of ${selected} to ${o.cpuLoadPercent}%`,
        parameter: params({ duration, kubernetesServiceAccount: o.serviceAccount, percent: String(o.cpuLoadPercent) }),
        target: { key: 'Pods', value: 'pods' },
      };
      break;
    case 'pod-network-latency':
      action = {
        name: 'delay-pod-network',
        actionId: EKS_POD_ACTIONS[o.scenario],
        description: `Add ${o.latencyMilliseconds} ms to the traffic of ${selected}`,
        parameter: params({
          duration,
          kubernetesServiceAccount: o.serviceAccount,
          delayMilliseconds: String(o.latencyMilliseconds),
          jitterMilliseconds: o.jitterMilliseconds === undefined ? undefined : String(o.jitterMilliseconds),
          interface: o.networkInterface,
        }),
        target: { key: 'Pods', value: 'pods' },
      };
      break;
  }
  return {
    targets: [target],
    actions: [action],
    statements: [
      // The experiment role reads the cluster's endpoint; Kubernetes permissions come from RBAC, not IAM.
      { Sid: 'DescribeTheCluster', Effect: 'Allow', Action: ['eks:DescribeCluster'], Resource: [t.cluster.arn] },
      { Sid: 'DescribeSubnets', Effect: 'Allow', Action: ['ec2:DescribeSubnets'], Resource: '*' },
    ],
  };
}

/** One rule of a Kubernetes Role. */
export interface RbacRule {
  readonly apiGroups: readonly string[];
  readonly resources: readonly string[];
  readonly verbs: readonly string[];
}

/**
 * The namespaced Role FIS needs in the target namespace, bound to both the FIS pod's service account and the
 * experiment role's Kubernetes user: it creates the FIS pod and its configmap, lists and deletes the targets,
 * adds ephemeral containers to them and execs into them (FIS User Guide, aws:eks:pod actions, "Configure the
 * Kubernetes service account"). Namespaced: nothing outside the drilled namespace.
 */
export const FIS_POD_RBAC_RULES: readonly RbacRule[] = [
  { apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'create', 'patch', 'delete'] },
  { apiGroups: [''], resources: ['pods'], verbs: ['create', 'list', 'get', 'delete', 'deletecollection'] },
  { apiGroups: [''], resources: ['pods/ephemeralcontainers'], verbs: ['update'] },
  { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] },
  { apiGroups: ['apps'], resources: ['deployments'], verbs: ['get'] },
];
