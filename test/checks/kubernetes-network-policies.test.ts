/**
 * REL-K8S-6 finds a deployment's NetworkPolicies through an index by match label (the rule once compared every
 * deployment with every policy: 4,000 of each took 2 s). The cases where the index could miss a policy that
 * selects the pods: labels that are references, selectors without a literal label, other namespaces, label keys
 * and values holding `=`. Selection as the API defines it: NetworkPolicySpec.podSelector (an empty selector selects
 * every pod of the namespace) and policyTypes (networking.k8s.io/v1).
 */
import { checkStack } from '../../src/checks/check';
import { RELIABILITY_RULES } from '../../src/checks/rules';

const K8S_6 = RELIABILITY_RULES.filter((r) => r.id === 'REL-K8S-6');

function deployment(labels: Record<string, string>, namespace = 'apps') {
  return { metadata: { name: 'web', namespace }, spec: { replicas: 3, template: { metadata: { labels }, spec: { container: [{ name: 'web' }] } } } };
}

function policy(matchLabels: Record<string, string>, options: { namespace?: string; types?: unknown; expressions?: boolean } = {}) {
  return {
    metadata: { namespace: options.namespace ?? 'apps' },
    spec: { pod_selector: { match_labels: matchLabels, ...(options.expressions ? { match_expressions: [{ key: 'tier', operator: 'Exists' }] } : {}) }, policy_types: options.types ?? ['Ingress'] },
  };
}

/** Whether the deployment is isolated for ingress (no REL-K8S-6 finding). */
function isolated(labels: Record<string, string>, policies: object[], namespace = 'apps'): boolean {
  const resource = {
    kubernetes_deployment_v1: { web: deployment(labels, namespace) },
    kubernetes_network_policy_v1: Object.fromEntries(policies.map((p, i) => [`p${i}`, p])),
  };
  return checkStack({ resource }, { rules: K8S_6 }).findings.length === 0;
}

test.each([
  ['a policy whose labels the pods carry', { app: 'web', tier: 'front' }, [policy({ app: 'web' })], true],
  ['a policy found through its second label (the first is a reference)', { app: 'web', tier: 'front' }, [policy({ app: '${var.app}', tier: 'front' })], true],
  ['a policy whose only label is a reference', { app: 'web' }, [policy({ app: '${var.app}' })], true],
  ['an empty selector (every pod of the namespace)', { app: 'web' }, [policy({})], true],
  ['a selector with expressions (not evaluated: assumed to select)', { app: 'web' }, [policy({ app: 'other' }, { expressions: true })], true],
  ['a policy in a namespace given by a reference', { app: 'web' }, [policy({ app: 'web' }, { namespace: '${var.ns}' })], true],
  ['policy types given by a reference', { app: 'web' }, [policy({ app: 'web' }, { types: '${var.types}' })], true],
  ['a policy with another label value', { app: 'web' }, [policy({ app: 'api' })], false],
  ['a policy asking for a label the pods lack', { app: 'web' }, [policy({ app: 'web', tier: 'front' })], false],
  ['a policy of another namespace', { app: 'web' }, [policy({ app: 'web' }, { namespace: 'other' })], false],
  ['an Egress-only policy', { app: 'web' }, [policy({ app: 'web' }, { types: ['Egress'] })], false],
  ['"a=b": "c" against pods labelled "a": "b=c" (the same key=value text)', { a: 'b=c' }, [policy({ 'a=b': 'c' })], false],
  ['"a": "b=c" against pods labelled "a": "b=c"', { a: 'b=c' }, [policy({ a: 'b=c' })], true],
])('%s', (_what, labels, policies, expected) => {
  expect(isolated(labels, policies)).toBe(expected);
});

test('a deployment in a namespace given by a reference is matched by label alone', () => {
  expect(isolated({ app: 'web' }, [policy({ app: 'web' }, { namespace: 'elsewhere' })], '${var.ns}')).toBe(true);
  expect(isolated({ app: 'web' }, [policy({ app: 'api' }, { namespace: 'elsewhere' })], '${var.ns}')).toBe(false);
});
