import { REDUNDANCY } from '../../core/contract';
import { at, isObject, isReference, isUnknownBlock, JsonObject, nested, num, referencedAddresses, str, stringMap } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

/** Typed deployment resources of the Kubernetes provider. */
export const DEPLOYMENT_TYPES = ['kubernetes_deployment_v1', 'kubernetes_deployment'];
/** Typed pod resources: their containers are judged like a deployment's (probes, requests). */
export const POD_TYPES = ['kubernetes_pod_v1', 'kubernetes_pod'];
const HPA_TYPES = ['kubernetes_horizontal_pod_autoscaler_v2', 'kubernetes_horizontal_pod_autoscaler_v2beta2', 'kubernetes_horizontal_pod_autoscaler_v1', 'kubernetes_horizontal_pod_autoscaler'];
const PDB_TYPES = ['kubernetes_pod_disruption_budget_v1', 'kubernetes_pod_disruption_budget'];
const NETWORK_POLICY_TYPES = ['kubernetes_network_policy_v1', 'kubernetes_network_policy'];
const MANIFEST = 'kubernetes_manifest';
const WORKLOAD_TYPES = [...DEPLOYMENT_TYPES, MANIFEST];
const CONTAINER_TYPES = [...DEPLOYMENT_TYPES, ...POD_TYPES, MANIFEST];

/** Node labels that name a zone. */
export const ZONE_TOPOLOGY_KEYS = ['topology.kubernetes.io/zone', 'failure-domain.beta.kubernetes.io/zone'];

/** A container, as far as the rules care. */
interface ContainerShape {
  readonly name: string;
  readonly readiness: boolean;
  readonly liveness: boolean;
  /** Requests by resource name; a value is a reference when unresolved. */
  readonly requests: Record<string, string>;
  /** The whole resources block or its requests are an unresolved expression or unknown dynamic content. */
  readonly requestsUnknown: boolean;
}

/** The containers of a pod spec, or why there are none to judge. */
export interface ContainersShape {
  readonly containers: readonly ContainerShape[];
  /**
   * Set when the workload declares no container: `no spec`, `no pod template`,
   * `no containers`. The kubernetes provider rejects such a workload, so the
   * rules report it rather than passing it. Absent when containers are listed
   * or cannot be known at synth (a `${...}` or unknown dynamic list).
   * @default - absent
   */
  readonly missing?: string;
}

/** A Deployment read from either a typed resource (snake_case blocks) or a kubernetes_manifest (camelCase). */
export interface DeploymentShape extends ContainersShape {
  /** metadata.name. @default - absent when the JSON has none */
  readonly name?: string;
  readonly namespace: string;
  /** Replicas, or undefined when unresolved. */
  readonly replicas: number | undefined;
  readonly podLabels: Record<string, string>;
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

/** Containers of a typed pod spec (snake_case blocks, static or dynamic). */
function typedContainers(body: JsonObject, specPath: string[]): ContainersShape {
  const spec = nested(body, 'spec');
  if (spec.length === 0) return { containers: [], missing: 'no spec' };
  let podSpec: unknown = spec;
  for (const key of specPath) {
    const next = nested(podSpec, key);
    if (next.length === 0) return { containers: [], missing: `no ${['spec', ...specPath.slice(0, specPath.indexOf(key) + 1)].join('.')}` };
    podSpec = next;
  }
  const list = nested(podSpec, 'container');
  if (list.length === 0) return { containers: [], missing: 'no containers' };
  return {
    containers: list.map((c, i) => {
      const resources = nested(c, 'resources');
      const requests = nested(resources, 'requests');
      return {
        name: str(c.name) ?? `container[${i}]`,
        readiness: nested(c, 'readiness_probe').length > 0,
        liveness: nested(c, 'liveness_probe').length > 0,
        requests: stringMap(requests),
        requestsUnknown: resources.some(isUnknownBlock) || requests.some(isUnknownBlock),
      };
    }),
  };
}

/** Containers of a manifest pod spec (camelCase). */
function manifestContainers(podSpec: unknown, missing: string | undefined): ContainersShape {
  if (missing !== undefined) return { containers: [], missing };
  const spec = isObject(podSpec) ? podSpec : {};
  if (isReference(spec.containers)) return { containers: [] };
  const list = arr(spec.containers);
  if (list.length === 0) return { containers: [], missing: 'no containers' };
  return {
    containers: list.map((c, i) => {
      const resources = c.resources;
      const requests = isObject(resources) ? resources.requests : undefined;
      return {
        name: str(c.name) ?? `containers[${i}]`,
        readiness: isObject(c.readinessProbe) || isReference(c.readinessProbe),
        liveness: isObject(c.livenessProbe) || isReference(c.livenessProbe),
        requests: stringMap(requests),
        requestsUnknown: isReference(resources) || isReference(requests),
      };
    }),
  };
}

/** Reads a Deployment, or undefined when the resource is not one. */
export function deploymentOf(r: TerraformJsonResource): DeploymentShape | undefined {
  if (DEPLOYMENT_TYPES.includes(r.type)) {
    const replicasRaw = at(r.body, 'spec', 'replicas');
    const podSpec = at(r.body, 'spec', 'template', 'spec');
    const affinity = at(podSpec, 'affinity', 'pod_anti_affinity');
    const antiKeys = [
      ...nested(affinity, 'required_during_scheduling_ignored_during_execution').map((t) => str(t.topology_key)),
      ...nested(affinity, 'preferred_during_scheduling_ignored_during_execution').map((t) => str(at(t, 'pod_affinity_term', 'topology_key'))),
    ];
    return {
      name: str(at(r.body, 'metadata', 'name')),
      namespace: str(at(r.body, 'metadata', 'namespace')) ?? 'default',
      replicas: replicasRaw === undefined ? 1 : num(replicasRaw),
      podLabels: stringMap(at(r.body, 'spec', 'template', 'metadata', 'labels')),
      ...typedContainers(r.body, ['template', 'spec']),
      topologyKeys: [...nested(podSpec, 'topology_spread_constraint').map((t) => str(t.topology_key)), ...antiKeys].filter((k): k is string => k !== undefined),
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
  const unresolved = isReference(m.spec) || isReference(spec.template) || isReference(template.spec);
  const missing = !isObject(m.spec) ? 'no spec' : !isObject(spec.template) ? 'no spec.template' : !isObject(template.spec) ? 'no spec.template.spec' : undefined;
  return {
    name: str(meta.name),
    namespace: str(meta.namespace) ?? 'default',
    replicas: spec.replicas === undefined ? 1 : num(spec.replicas),
    podLabels: stringMap(isObject(template.metadata) ? template.metadata.labels : undefined),
    ...(unresolved ? { containers: [] } : manifestContainers(podSpec, missing)),
    topologyKeys: [...arr(podSpec.topologySpreadConstraints).map((t) => str(t.topologyKey)), ...antiKeys].filter((k): k is string => k !== undefined),
  };
}

/** Reads the containers of a workload the container rules judge: a Deployment (read by `readDeployment`) or a Pod (typed or manifest). */
export function containersOf(r: TerraformJsonResource, readDeployment: (r: TerraformJsonResource) => DeploymentShape | undefined = deploymentOf): ContainersShape | undefined {
  if (POD_TYPES.includes(r.type)) return typedContainers(r.body, []);
  const m = manifestOf(r);
  if (r.type === MANIFEST && m !== undefined && str(m.kind) === 'Pod') {
    if (isReference(m.spec)) return { containers: [] };
    return manifestContainers(m.spec, isObject(m.spec) ? undefined : 'no spec');
  }
  return readDeployment(r);
}

/** A value read from a resource once per stack model, however many rules ask for it. */
function readOnce<T>(stack: TerraformJsonStack, key: string, r: TerraformJsonResource, read: (r: TerraformJsonResource) => T): T {
  const memo = stack.cached(key, () => new Map<TerraformJsonResource, T>());
  if (memo.has(r)) return memo.get(r) as T;
  const value = read(r);
  memo.set(r, value);
  return value;
}

/**
 * A workload's Deployment shape and containers, read once per resource: four deployment rules and the container
 * rules each asked for it (six reads of each of the bench's 2,000 deployments).
 */
function deploymentShape(r: TerraformJsonResource, stack: TerraformJsonStack): DeploymentShape | undefined {
  return readOnce(stack, 'kubernetes:deployment-shapes', r, deploymentOf);
}

function containersShape(r: TerraformJsonResource, stack: TerraformJsonStack): ContainersShape | undefined {
  return readOnce(stack, 'kubernetes:container-shapes', r, (w) => containersOf(w, (d) => deploymentShape(d, stack)));
}

function sameNamespace(a: string, b: string): boolean {
  return a === b || isReference(a) || isReference(b);
}

interface HpaShape {
  readonly order: number;
  readonly address: string;
  readonly kind: unknown;
  readonly name: unknown;
  readonly namespace: string;
  readonly minReplicas: number | undefined;
}

/** Every HPA of the stack (typed and manifest), indexed by target name and by the addresses the target name references. */
function hpaIndex(stack: TerraformJsonStack): { byName: Map<string, HpaShape[]>; byAddress: Map<string, HpaShape[]> } {
  return stack.cached('kubernetes:hpas', () => {
    const shapes: HpaShape[] = [];
    for (const h of stack.ofType(...HPA_TYPES)) {
      const ref = at(h.body, 'spec', 'scale_target_ref');
      const min = at(h.body, 'spec', 'min_replicas');
      shapes.push({ order: shapes.length, address: h.address, kind: at(ref, 'kind'), name: at(ref, 'name'), namespace: str(at(h.body, 'metadata', 'namespace')) ?? 'default', minReplicas: min === undefined ? 1 : num(min) });
    }
    for (const h of stack.ofType(MANIFEST)) {
      if (kindOf(h) !== 'HorizontalPodAutoscaler') continue;
      const m = manifestOf(h)!;
      const spec = isObject(m.spec) ? m.spec : {};
      const ref = isObject(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
      const namespace = isObject(m.metadata) ? (str(m.metadata.namespace) ?? 'default') : 'default';
      shapes.push({ order: shapes.length, address: h.address, kind: ref.kind, name: ref.name, namespace, minReplicas: spec.minReplicas === undefined ? 1 : num(spec.minReplicas) });
    }
    const byName = new Map<string, HpaShape[]>();
    const byAddress = new Map<string, HpaShape[]>();
    const add = (map: Map<string, HpaShape[]>, key: string, h: HpaShape): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [h]);
      else list.push(h);
    };
    for (const h of shapes) {
      if (typeof h.name !== 'string') continue;
      add(byName, h.name, h);
      for (const a of new Set(referencedAddresses(h.name))) add(byAddress, a, h);
    }
    return { byName, byAddress };
  });
}

/** The HPAs that scale a deployment, with their minimum replicas (undefined when unresolved). */
export function autoscalersOf(r: TerraformJsonResource, d: DeploymentShape, stack: TerraformJsonStack): { address: string; minReplicas: number | undefined }[] {
  const index = hpaIndex(stack);
  const byAddress = index.byAddress.get(r.address);
  const byName = d.name !== undefined ? index.byName.get(d.name) : undefined;
  // Each list is in stack order without repeats: only two lists need a set and a sort (most deployments have one).
  const candidates = byAddress === undefined ? (byName ?? []) : byName === undefined ? byAddress : [...new Set([...byAddress, ...byName])].sort((a, b) => a.order - b.order);
  const out: { address: string; minReplicas: number | undefined }[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const h = candidates[i];
    if ((h.kind === undefined || h.kind === 'Deployment' || isReference(h.kind)) && sameNamespace(h.namespace, d.namespace)) out.push({ address: h.address, minReplicas: h.minReplicas });
  }
  return out;
}

/** True when a selector's match labels are all on the pod template (an empty selector selects nothing here). */
function selects(labelKeys: readonly string[], matchLabels: Record<string, string>, hasExpressions: boolean, podLabels: Record<string, string>): boolean {
  if (labelKeys.length === 0) return hasExpressions; // expressions only: cannot evaluate, assume it selects
  for (let i = 0; i < labelKeys.length; i++) if (podLabels[labelKeys[i]] !== matchLabels[labelKeys[i]]) return false;
  return true;
}

interface PdbShape {
  readonly order: number;
  readonly address: string;
  readonly namespace: string;
  readonly matchLabels: Record<string, string>;
  /** The keys of `matchLabels`, read once: every deployment's pod labels are compared with them. */
  readonly labelKeys: readonly string[];
  readonly hasExpressions: boolean;
}

/** Every PDB of the stack, indexed by one of its match labels (`key=value`); PDBs without match labels are listed apart. */
function pdbIndex(stack: TerraformJsonStack): { byLabel: Map<string, PdbShape[]>; unlabelled: PdbShape[] } {
  return stack.cached('kubernetes:pdbs', () => {
    const shapes: PdbShape[] = [];
    for (const p of stack.ofType(...PDB_TYPES)) {
      const sel = at(p.body, 'spec', 'selector');
      const matchLabels = stringMap(at(sel, 'match_labels'));
      shapes.push({ order: shapes.length, address: p.address, namespace: str(at(p.body, 'metadata', 'namespace')) ?? 'default', matchLabels, labelKeys: Object.keys(matchLabels), hasExpressions: nested(sel, 'match_expressions').length > 0 });
    }
    for (const p of stack.ofType(MANIFEST)) {
      if (kindOf(p) !== 'PodDisruptionBudget') continue;
      const m = manifestOf(p)!;
      const spec = isObject(m.spec) ? m.spec : {};
      const sel = isObject(spec.selector) ? spec.selector : {};
      const namespace = isObject(m.metadata) ? (str(m.metadata.namespace) ?? 'default') : 'default';
      const matchLabels = stringMap(sel.matchLabels);
      shapes.push({ order: shapes.length, address: p.address, namespace, matchLabels, labelKeys: Object.keys(matchLabels), hasExpressions: arr(sel.matchExpressions).length > 0 });
    }
    const byLabel = new Map<string, PdbShape[]>();
    const unlabelled: PdbShape[] = [];
    for (const p of shapes) {
      const first = Object.entries(p.matchLabels)[0];
      if (first === undefined) unlabelled.push(p);
      else {
        const key = `${first[0]}=${first[1]}`;
        const list = byLabel.get(key);
        if (list === undefined) byLabel.set(key, [p]);
        else list.push(p);
      }
    }
    return { byLabel, unlabelled };
  });
}

/** The PodDisruptionBudgets that select a deployment's pods. */
export function disruptionBudgetsOf(d: DeploymentShape, stack: TerraformJsonStack): string[] {
  const index = pdbIndex(stack);
  const out: string[] = [];
  for (const p of candidatesByLabel(index.byLabel, index.unlabelled, d.podLabels)) {
    if (sameNamespace(p.namespace, d.namespace) && selects(p.labelKeys, p.matchLabels, p.hasExpressions, d.podLabels)) out.push(p.address);
  }
  return out;
}

/**
 * The shapes (PDBs, policies) listed under any of a pod's labels (`key=value`) or under none, once each, in stack
 * order. Each list is in stack order without repeats: one list (a pod with one label, nothing unlabelled: the
 * common case) is returned as it is, more are merged.
 */
function candidatesByLabel<T extends { readonly order: number }>(byLabel: Map<string, T[]>, unlabelled: readonly T[], podLabels: Record<string, string>): readonly T[] {
  let found: readonly T[] | undefined = unlabelled.length > 0 ? unlabelled : undefined;
  let merged: Set<T> | undefined;
  const keys = Object.keys(podLabels);
  for (let i = 0; i < keys.length; i++) {
    const list = byLabel.get(`${keys[i]}=${podLabels[keys[i]]}`);
    if (list === undefined) continue;
    if (found === undefined) found = list;
    else {
      merged ??= new Set(found);
      for (const p of list) merged.add(p);
    }
  }
  if (merged !== undefined) return [...merged].sort((a, b) => a.order - b.order);
  return found ?? [];
}

interface NetworkPolicyShape {
  /** Position in the stack: lists of policies keep this order. */
  readonly order: number;
  readonly address: string;
  readonly namespace: string;
  readonly matchLabels: Record<string, string>;
  readonly hasExpressions: boolean;
  /** Whether the policy isolates the pods it selects for ingress. */
  readonly ingress: boolean;
}

/**
 * Whether a policy's types include Ingress. Left out (manifests only: the typed resources require
 * policy_types), the API server defaults them so that every policy affects ingress
 * (NetworkPolicySpec.policyTypes, networking.k8s.io/v1).
 */
function isolatesIngress(types: unknown): boolean {
  if (types === undefined || isReference(types)) return true;
  return Array.isArray(types) && types.some((t) => t === 'Ingress' || isReference(t));
}

/** Every NetworkPolicy of the stack (typed and manifest). */
function networkPolicies(stack: TerraformJsonStack): NetworkPolicyShape[] {
  return stack.cached('kubernetes:network-policies', () => {
    const shapes: NetworkPolicyShape[] = [];
    for (const p of stack.ofType(...NETWORK_POLICY_TYPES)) {
      const spec = at(p.body, 'spec');
      const sel = at(spec, 'pod_selector');
      shapes.push({ order: shapes.length, address: p.address, namespace: str(at(p.body, 'metadata', 'namespace')) ?? 'default', matchLabels: stringMap(at(sel, 'match_labels')), hasExpressions: nested(sel, 'match_expressions').length > 0, ingress: isolatesIngress(at(spec, 'policy_types')) });
    }
    for (const p of stack.ofType(MANIFEST)) {
      if (kindOf(p) !== 'NetworkPolicy') continue;
      const m = manifestOf(p)!;
      const spec = isObject(m.spec) ? m.spec : {};
      const sel = isObject(spec.podSelector) ? spec.podSelector : {};
      const namespace = isObject(m.metadata) ? (str(m.metadata.namespace) ?? 'default') : 'default';
      shapes.push({ order: shapes.length, address: p.address, namespace, matchLabels: stringMap(sel.matchLabels), hasExpressions: arr(sel.matchExpressions).length > 0, ingress: isolatesIngress(spec.policyTypes) });
    }
    return shapes;
  });
}

/**
 * The NetworkPolicies that isolate a deployment's pods for ingress. Unlike a PDB's, an empty pod
 * selector selects every pod of the namespace (a namespace-wide default deny).
 */
function ingressPoliciesOf(d: DeploymentShape, stack: TerraformJsonStack): string[] {
  const index = ingressPolicyIndex(stack);
  const out: string[] = [];
  for (const p of candidatesByLabel(index.byLabel, index.unindexed, d.podLabels)) {
    if (sameNamespace(p.namespace, d.namespace) && (p.hasExpressions || Object.entries(p.matchLabels).every(([k, v]) => d.podLabels[k] === v || isReference(v)))) out.push(p.address);
  }
  return out;
}

/**
 * The Ingress NetworkPolicies by one literal match label (`key=value`) a selected pod must carry, so that a
 * deployment is compared with the policies that may select it, not with every policy (2,000 deployments and
 * 2,000 policies took 0.55 s, 4,000 of each 2.0 s, for this rule alone). Those no label finds (expressions, an
 * empty selector, only references) are listed apart: they are candidates for every deployment.
 */
function ingressPolicyIndex(stack: TerraformJsonStack): { byLabel: Map<string, NetworkPolicyShape[]>; unindexed: NetworkPolicyShape[] } {
  return stack.cached('kubernetes:ingress-policy-index', () => {
    const byLabel = new Map<string, NetworkPolicyShape[]>();
    const unindexed: NetworkPolicyShape[] = [];
    for (const p of networkPolicies(stack)) {
      if (!p.ingress) continue;
      const label = Object.entries(p.matchLabels).find(([, v]) => !isReference(v));
      if (p.hasExpressions || label === undefined) {
        unindexed.push(p);
        continue;
      }
      const key = `${label[0]}=${label[1]}`;
      const list = byLabel.get(key);
      if (list === undefined) byLabel.set(key, [p]);
      else list.push(p);
    }
    return { byLabel, unindexed };
  });
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
      const d = deploymentShape(r, stack);
      return d === undefined ? [] : check(d, r, stack);
    },
  };
}

/** A rule over every container of a Deployment or Pod; a workload without containers is reported with `whenMissing`. */
function containerRule(
  id: string,
  severity: 'error' | 'warning',
  title: string,
  rationale: string,
  remediation: string,
  equivalents: ReliabilityRule['equivalents'],
  whenMissing: (why: string) => string,
  check: (c: ContainerShape) => string | undefined,
): ReliabilityRule {
  return {
    id,
    severity,
    title,
    rationale,
    remediation,
    resourceTypes: CONTAINER_TYPES,
    equivalents,
    check: (r, stack) => {
      const w = containersShape(r, stack);
      if (w === undefined) return [];
      if (w.missing !== undefined) return violation(whenMissing(w.missing));
      const out: RuleViolation[] = [];
      for (let i = 0; i < w.containers.length; i++) {
        const message = check(w.containers[i]);
        if (message !== undefined) out.push({ message });
      }
      return out;
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
      const low = hpas.filter((h) => h.minReplicas !== undefined && h.minReplicas < REDUNDANCY.minReplicas);
      return low.length === hpas.length ? violation(`${low.map((h) => h.address).join(', ')} lets the deployment scale down to ${low[0].minReplicas} replica${low[0].minReplicas === 1 ? '' : 's'}`) : [];
    }
    if (d.replicas === undefined || d.replicas >= REDUNDANCY.minReplicas) return [];
    return violation(`replicas is ${d.replicas} and no HorizontalPodAutoscaler targets the deployment`);
  },
);

export const K8S_PROBES: ReliabilityRule = containerRule(
  'REL-K8S-2',
  'error',
  'Deployment and pod containers have readiness and liveness probes',
  'Without a readiness probe traffic reaches pods that cannot serve it; without a liveness probe a hung container is never restarted.',
  'Add readiness_probe and liveness_probe to every container.',
  { checkov: ['CKV_K8S_8', 'CKV_K8S_9'] },
  (why) => `the workload declares ${why}, so no container has a readiness or liveness probe (the provider rejects a workload without containers)`,
  (c) => {
    const missing = [c.readiness ? undefined : 'readiness', c.liveness ? undefined : 'liveness'].filter(Boolean);
    return missing.length > 0 ? `container "${c.name}" has no ${missing.join(' or ')} probe` : undefined;
  },
);

export const K8S_REQUESTS: ReliabilityRule = containerRule(
  'REL-K8S-3',
  'warning',
  'Deployment and pod containers request CPU and memory',
  'Without requests the scheduler packs pods onto nodes that cannot run them, the HPA cannot compute utilisation, and the pods are the first evicted under pressure.',
  'Set resources.requests.cpu and resources.requests.memory on every container.',
  { checkov: ['CKV_K8S_10', 'CKV_K8S_13'] },
  (why) => `the workload declares ${why}, so no container requests cpu or memory (the provider rejects a workload without containers)`,
  (c) => {
    if (c.requestsUnknown) return undefined;
    const missing = ['cpu', 'memory'].filter((k) => c.requests[k] === undefined);
    return missing.length > 0 ? `container "${c.name}" requests no ${missing.join(' or ')}` : undefined;
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

export const K8S_NETWORK_POLICY: ReliabilityRule = rule(
  'REL-K8S-6',
  'warning',
  'Deployments are isolated for ingress by a NetworkPolicy',
  'A pod no NetworkPolicy selects accepts connections from every pod of the cluster: one compromised or misbehaving workload can reach it (and overload it) directly.',
  'Add a kubernetes_network_policy_v1 in the deployment\'s namespace whose pod_selector matches the pod template labels (or is empty), with "Ingress" in policy_types and ingress rules for the callers only.',
  {},
  (d, _r, stack) => (ingressPoliciesOf(d, stack).length > 0 ? [] : violation('no NetworkPolicy with policy type Ingress selects the pod template labels, so every pod of the cluster can connect')),
);

/** Rules for Kubernetes deployments (and, for the container rules, pods). */
export const KUBERNETES_RULES: readonly ReliabilityRule[] = [K8S_REPLICAS, K8S_PROBES, K8S_REQUESTS, K8S_ZONE_SPREAD, K8S_PDB, K8S_NETWORK_POLICY];
