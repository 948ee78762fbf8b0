/**
 * Turns a kubernetes provider resource body (Terraform JSON, snake_case
 * blocks) into the Kubernetes object the provider sends to the API server,
 * for checking against the Kubernetes JSON schemas. Covers the fields the
 * library's constructs set; not a general converter.
 */
const RENAME: Record<string, string> = {
  container: 'containers',
  port: 'ports',
  volume: 'volumes',
  volume_mount: 'volumeMounts',
  topology_spread_constraint: 'topologySpreadConstraints',
  metric: 'metrics',
  policy: 'policies',
  image_pull_secrets: 'imagePullSecrets',
};
/** Blocks the provider models as lists that Kubernetes models as one object. */
const TO_OBJECT = new Set(['pre_stop', 'post_start', 'tcp_socket', 'label_selector', 'selector', 'scale_down', 'scale_up']);
/** Blocks that are lists in Kubernetes too. */
const KEEP_LIST = new Set(['container', 'port', 'volume', 'volume_mount', 'topology_spread_constraint', 'metric', 'policy', 'env', 'match_expressions']);
/** String maps: their keys are data. */
const MAPS = new Set(['labels', 'annotations', 'match_labels', 'requests', 'limits', 'node_selector']);
/** Fields the provider takes as strings that Kubernetes types as integers. */
const TO_INT = new Set(['replicas', 'run_as_user', 'run_as_group', 'fs_group']);

const camel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function convert(key: string, value: unknown): unknown {
  if (MAPS.has(key) && value && typeof value === 'object' && !Array.isArray(value)) return value;
  if (TO_INT.has(key) && typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  if (Array.isArray(value)) {
    if (TO_OBJECT.has(key) && !KEEP_LIST.has(key)) return value.length ? convertObject(value[0]) : undefined;
    return value.map((v) => (v && typeof v === 'object' ? convertObject(v) : v));
  }
  if (value && typeof value === 'object') return convertObject(value as Record<string, unknown>);
  return value;
}

function convertObject(obj: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    const converted = convert(k, v);
    if (converted !== undefined) out[Array.isArray(converted) && RENAME[k] ? RENAME[k] : camel(k)] = converted;
  }
  return out;
}

/** The Kubernetes object for a provider resource body (`wait_for_rollout`, `lifecycle` and the like dropped). */
export function toManifest(apiVersion: string, kind: string, body: Record<string, any>): Record<string, unknown> {
  return { apiVersion, kind, metadata: convertObject(body.metadata), spec: convertObject(body.spec) };
}
