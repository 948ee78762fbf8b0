import { at, blocks, isObject, isReference, JsonObject, num, str, stringMap } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

/** Typed deployment resources of the Kubernetes provider. */
export const DEPLOYMENT_TYPES = ['kubernetes_deployment_v1', 'kubernetes_deployment'];
const HPA_TYPES = ['kubernetes_horizontal_pod_autoscaler_v2', 'kubernetes_horizontal_pod_autoscaler_v2beta2', 'kubernetes_horizontal_pod_autoscaler_v1', 'kubernetes_horizontal_pod_autoscaler'];
const PDB_TYPES = ['kubernetes_pod_disruption_budget_v1', 'kubernetes_pod_disruption_budget'];
const MANIFEST = 'kubernetes_manifest';
const WORKLOAD_TYPES = [...DEPLOYMENT_TYPES, MANIFEST];

/** Node labels that name a zone. */
export const ZONE_TOPOLOGY_KEYS = ['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone'];

/** A container, as far as the rules care. */
interface ContainerShape {
  readonly name: string;
  readonly readiness: boolean;
  readonly liveness: boolean;
  readonly requests: Record<string, string>;
}

/** A Deployment read from either a typed resource (snake_case blocks) or a kubernetes_manifest (camelCase). */
export interface DeploymentShape {
  /** metadata.name. @default - absent when the JSON has none */
  readonly name?: string;
  readonly namespace: string;
  /** Replicas, or undefined when unresolved. */
  readonly replicas: number | undefined;
  readonly podLabels: Record<string, string>;
  readonly containers: readonly ContainerShape[];
  readonly topologyKeys: readonly string[];
}

function manifestOf(r: TerraformJsonResource): JsonObject | undefined {
  const m = r.body.manifest;
  return isObject(m) ? m : undefined;
}

function kindOf(r: TerraformJsonResource): string | undefined {
  return str(manifestOf(r)?.kind);
}

function arr(value: unknown): JsonObject[] {
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** Reads a Deployment, or undefined when the resource is not one. */
export function deploymentOf(r: TerraformJsonResource): DeploymentShape | undefined {
  if (DEPLOYMENT_TYPES.includes(r.type)) {
    const replicasRaw = at(r.body, 'spec', 'replicas');
    const podSpec = at(r.body, 'spec', 'template', 'spec');
    const affinity = at(podSpec, 'affinity', 'pod_anti_affinity');
    const antiKeys = [
      ...blocks(at(affinity, 'required_during_scheduling_ignored_during_execution')).map((t) => str(t.topology_key)),
      ...blocks(at(affinity, 'preferred_during_scheduling_ignored_during_execution')).map((t) => str(at(t, 'pod_affinity_term', 'topology_key'))),
    ];
    return {
      name: str(at(r.body, 'metadata', 'name')),
      namespace: str(at(r.body, 'metadata', 'namespace')) ?? 'default',
      replicas: replicasRaw === undefined ? 1 : num(replicasRaw),
      podLabels: stringMap(at(r.body, 'spec', 'template', 'metadata', 'labels')),
      containers: blocks(at(podSpec, 'container')).map((c, i) => ({
        name: str(c.name) ?? `container[${i}]`,
        readiness: blocks(c.readiness_probe).length > 0,
        liveness: blocks(c.liveness_probe).length > 0,
        requests: stringMap(at(c, 'resources', 'requests')),
      })),
      topologyKeys: [...blocks(at(podSpec, 'topology_spread_constraint')).map((t) => str(t.topology_key)), ...antiKeys].filter((k): k is string => k !== undefined),
    };
  }
  const m = manifestOf(r);
  if (r.type !== MANIFEST || m === undefined || str(m.kind) !== 'Deployment') return undefined;
  const meta = isObject(m.metadata) ? m.metadata : {};
  const spec = isObject(m.spec) ? m.spec : {};
  const template = isObject(spec.template) ? spec.template : {};
  const podSpec = isObject(template.spec) ? template.spec : {};
  const anti = isObject(podSpec.affinity) && isObject(podSpec.affinity.podAntiAffinity) ? podSpec.affinity.podAntiAffinity : {};
  const antiKeys = [
    ...arr(anti.requiredDuringSchedulingIgnoredDuringExecution).map((t) => str(t.topologyKey)),
    ...arr(anti.preferredDuringSchedulingIgnoredDuringExecution).map((t) => (isObject(t.podAffinityTerm) ? str(t.podAffinityTerm.topologyKey) : undefined)),
  ];
  return {
    name: str(meta.name),
    namespace: str(meta.namespace) ?? 'default',
    replicas: spec.replicas === undefined ? 1 : num(spec.replicas),
    podLabels: stringMap(isObject(template.metadata) ? template.metadata.labels : undefined),
    containers: arr(podSpec.containers).map((c, i) => ({
      name: str(c.name) ?? `containers[${i}]`,
      readiness: isObject(c.readinessProbe),
      liveness: isObject(c.livenessProbe),
      requests: stringMap(isObject(c.resources) ? c.resources.requests : undefined),
    })),
    topologyKeys: [...arr(podSpec.topologySpreadConstraints).map((t) => str(t.topologyKey)), ...antiKeys].filter((k): k is string => k !== undefined),
  };
}

function sameNamespace(a: string, b: string): boolean {
  return a === b || isReference(a) || isReference(b);
}

/** The HPAs that scale a deployment, with their minimum replicas (undefined when unresolved). */
export function autoscalersOf(r: TerraformJsonResource, d: DeploymentShape, stack: TerraformJsonStack): { address: string; minReplicas: number | undefined }[] {
  const out: { address: string; minReplicas: number | undefined }[] = [];
  const targets = (kind: unknown, name: unknown, namespace: string): boolean =>
    (kind === undefined || kind === 'Deployment' || isReference(kind)) && sameNamespace(namespace, d.namespace) && (stack.pointsAt(name, r) || (d.name !== undefined && name === d.name));
  for (const h of stack.ofType(...HPA_TYPES)) {
    const ref = at(h.body, 'spec', 'scale_target_ref');
    if (targets(at(ref, 'kind'), at(ref, 'name'), str(at(h.body, 'metadata', 'namespace')) ?? 'default')) {
      const min = at(h.body, 'spec', 'min_replicas');
      out.push({ address: h.address, minReplicas: min === undefined ? 1 : num(min) });
    }
  }
  for (const h of stack.ofType(MANIFEST)) {
    if (kindOf(h) !== 'HorizontalPodAutoscaler') continue;
    const m = manifestOf(h)!;
    const spec = isObject(m.spec) ? m.spec : {};
    const ref = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    const ns = isObject(m.metadata) ? (str(m.metadata.namespace) ?? 'default') : 'default';
    if (targets(ref.kind, ref.name, ns)) out.push({ address: h.address, minReplicas: spec.minReplicas === undefined ? 1 : num(spec.minReplicas) });
  }
  return out;
}

/** True when a selector's match labels are all on the pod template (an empty selector selects nothing here). */
function selects(matchLabels: Record<string, string>, hasExpressions: boolean, podLabels: Record<string, string>): boolean {
  const entries = Object.entries(matchLabels);
  if (entries.length === 0) return hasExpressions; // expressions only: cannot evaluate, assume it selects
  return entries.every(([k, v]) => podLabels[k] === v);
}

/** The PodDisruptionBudgets that select a deployment's pods. */
export function disruptionBudgetsOf(d: DeploymentShape, stack: TerraformJsonStack): string[] {
  const out: string[] = [];
  for (const p of stack.ofType(...PDB_TYPES)) {
    const sel = at(p.body, 'spec', 'selector');
    if (!sameNamespace(str(at(p.body, 'metadata', 'namespace')) ?? 'default', d.namespace)) continue;
    if (selects(stringMap(at(sel, 'match_labels')), blocks(at(sel, 'match_expressions')).length > 0, d.podLabels)) out.push(p.address);
  }
  for (const p of stack.ofType(MANIFEST)) {
    if (kindOf(p) !== 'PodDisruptionBudget') continue;
    const m = manifestOf(p)!;
    const spec = isObject(m.spec) ? m.spec : {};
    const sel = isObject(spec.selector) ? spec.selector : {};
    const ns = isObject(m.metadata) ? (str(m.metadata.namespace) ?? 'default') : 'default';
    if (!sameNamespace(ns, d.namespace)) continue;
    if (selects(stringMap(sel.matchLabels), arr(sel.matchExpressions).length > 0, d.podLabels)) out.push(p.address);
  }
  return out;
}

function rule(id: string, severity: 'error' | 'warning', title: string, rationale: string, remediation: string, equivalents: ReliabilityRule['equivalents'], check: (d: DeploymentShape, r: TerraformJsonResource, stack: TerraformJsonStack) => RuleViolation[]): ReliabilityRule {
  return {
    id,
    severity,
    title,
    rationale,
    remediation,
    resourceTypes: WORKLOAD_TYPES,
    equivalents,
    check: (r, stack) => {
      const d = deploymentOf(r);
      return d === undefined ? [] : check(d, r, stack);
    },
  };
}

export const K8S_REPLICAS: ReliabilityRule = rule(
  'REL-K8S-1',
  'error',
  'Deployments run at least two replicas, or are autoscaled from two',
  'One replica is down during every rollout, node drain and zone loss.',
  'Set spec.replicas to 2 or more, or add a HorizontalPodAutoscaler targeting the deployment with min_replicas >= 2.',
  {},
  (d, r, stack) => {
    const hpas = autoscalersOf(r, d, stack);
    if (hpas.length > 0) {
      const low = hpas.filter((h) => h.minReplicas !== undefined && h.minReplicas < 2);
      return low.length === hpas.length ? violation(`${low.map((h) => h.address).join(', ')} lets the deployment scale down to ${low[0].minReplicas} replica${low[0].minReplicas === 1 ? '' : 's'}`) : [];
    }
    if (d.replicas === undefined || d.replicas >= 2) return [];
    return violation(`replicas is ${d.replicas} and no HorizontalPodAutoscaler targets the deployment`);
  },
);

export const K8S_PROBES: ReliabilityRule = rule(
  'REL-K8S-2',
  'error',
  'Deployment containers have readiness and liveness probes',
  'Without a readiness probe traffic reaches pods that cannot serve it; without a liveness probe a hung container is never restarted.',
  'Add readiness_probe and liveness_probe to every container.',
  { checkov: ['CKV_K8S_8', 'CKV_K8S_9'] },
  (d) => {
    const out: RuleViolation[] = [];
    for (const c of d.containers) {
      const missing = [c.readiness ? undefined : 'readiness', c.liveness ? undefined : 'liveness'].filter(Boolean);
      if (missing.length > 0) out.push({ message: `container "${c.name}" has no ${missing.join(' or ')} probe` });
    }
    return out;
  },
);

export const K8S_REQUESTS: ReliabilityRule = rule(
  'REL-K8S-3',
  'warning',
  'Deployment containers request CPU and memory',
  'Without requests the scheduler packs pods onto nodes that cannot run them, the HPA cannot compute utilisation, and the pods are the first evicted under pressure.',
  'Set resources.requests.cpu and resources.requests.memory on every container.',
  { checkov: ['CKV_K8S_10', 'CKV_K8S_12'] },
  (d) => {
    const out: RuleViolation[] = [];
    for (const c of d.containers) {
      const missing = ['cpu', 'memory'].filter((k) => c.requests[k] === undefined);
      if (missing.length > 0) out.push({ message: `container "${c.name}" requests no ${missing.join(' or ')}` });
    }
    return out;
  },
);

export const K8S_ZONE_SPREAD: ReliabilityRule = rule(
  'REL-K8S-4',
  'error',
  'Deployments spread their pods over zones',
  'Without a zone constraint the scheduler may put every replica in one zone, which then takes the service down with it.',
  'Add a topology_spread_constraint with topology_key = "topology.kubernetes.io/zone" (or a pod anti-affinity on that key).',
  {},
  (d) => (d.topologyKeys.some((k) => ZONE_TOPOLOGY_KEYS.includes(k) || isReference(k)) ? [] : violation('no topology spread constraint or pod anti-affinity on topology.kubernetes.io/zone')),
);

export const K8S_PDB: ReliabilityRule = rule(
  'REL-K8S-5',
  'error',
  'Deployments are covered by a PodDisruptionBudget',
  'Without a PodDisruptionBudget a node drain or cluster upgrade may evict every replica at once.',
  'Add a kubernetes_pod_disruption_budget_v1 whose selector matches the pod template labels (e.g. max_unavailable = 1).',
  {},
  (d, _r, stack) => (disruptionBudgetsOf(d, stack).length > 0 ? [] : violation('no PodDisruptionBudget selects the pod template labels')),
);

/** Rules for Kubernetes deployments. */
export const KUBERNETES_RULES: readonly ReliabilityRule[] = [K8S_REPLICAS, K8S_PROBES, K8S_REQUESTS, K8S_ZONE_SPREAD, K8S_PDB];
