import { ReliabilityChecks } from '../../src/checks/aspect';
import { checkStack } from '../../src/checks/check';
import { TerraformJsonStack } from '../../src/checks/stack';
import { ResilientDeployment, ResilientDeploymentProps } from '../../src/kubernetes';
import { annotations, onlyResource, resourcesOf, schemaErrors, synthJson, testStack } from '../harness';

// Semantics: https://kubernetes.io/docs/concepts/services-networking/network-policies/ (networking.k8s.io/v1).
const BASE: ResilientDeploymentProps = {
  image: 'ghcr.io/acme/api:1.4.2',
  namespace: 'shop',
  containerPort: 8080,
  servicePort: 80,
  readinessProbe: { path: '/ready' },
  livenessProbe: { path: '/healthz' },
  cpuRequest: '250m',
  memoryRequest: '256Mi',
};

function build(props: Partial<ResilientDeploymentProps> = {}) {
  const { stack } = testStack();
  const workload = new ResilientDeployment(stack, 'Api', { ...BASE, ...props } as ResilientDeploymentProps);
  return { stack, workload, json: synthJson(stack) };
}

const INGRESS_NGINX = { namespaceLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } };
const PROMETHEUS = { namespaceLabels: { 'kubernetes.io/metadata.name': 'monitoring' }, podLabels: { 'app.kubernetes.io/name': 'prometheus' } };

describe('ResilientDeployment NetworkPolicy by default', () => {
  const { stack, workload, json } = build();
  const policy = onlyResource(json, 'kubernetes_network_policy_v1');

  test('selects the pods by the Deployment selector, in the namespace, and isolates them both ways', () => {
    expect(workload.networkPolicy).toBeDefined();
    expect(policy.metadata).toMatchObject({ name: 'api', namespace: 'shop' });
    expect(policy.spec.pod_selector).toEqual({ match_labels: onlyResource(json, 'kubernetes_deployment_v1').spec.selector.match_labels });
    expect(policy.spec.policy_types).toEqual(['Ingress', 'Egress']);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('no ingress rule when no peer is named: deny all but the nodes (kubelet probes are node traffic, always allowed)', () => {
    expect(policy.spec.ingress).toBeUndefined();
  });

  test('egress: DNS to kube-dns in kube-system on UDP and TCP 53 (TCP for answers over 512 bytes), nothing else', () => {
    expect(policy.spec.egress).toEqual([
      {
        to: [{ namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'kube-system' } }, pod_selector: { match_labels: { 'k8s-app': 'kube-dns' } } }],
        ports: [{ port: '53', protocol: 'UDP' }, { port: '53', protocol: 'TCP' }],
      },
    ]);
  });

  test('the deployment passes REL-K8S-6 with it, and fails it without', () => {
    const findings = (j: object) => checkStack(TerraformJsonStack.fromJson(j)).findings.filter((f) => f.ruleId === 'REL-K8S-6');
    expect(findings(json)).toEqual([]);
    const without = JSON.parse(JSON.stringify(json));
    delete without.resource.kubernetes_network_policy_v1;
    expect(findings(without).map((f) => f.address)).toEqual([expect.stringMatching(/^kubernetes_deployment_v1\./)]);
  });
});

describe('ResilientDeployment NetworkPolicy peers', () => {
  test('ingress on the container port, not the Service port (a policy sees the pod port after the Service translated it), from the named namespaces and pods', () => {
    const { json } = build({ ingressFrom: [INGRESS_NGINX, PROMETHEUS, { podLabels: { app: 'web' } }] });
    const policy = onlyResource(json, 'kubernetes_network_policy_v1');
    expect(policy.spec.ingress).toEqual([
      {
        from: [
          { namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } },
          // Both selectors in one peer: Prometheus pods in the monitoring namespace only (an AND, not an OR).
          { namespace_selector: { match_labels: { 'kubernetes.io/metadata.name': 'monitoring' } }, pod_selector: { match_labels: { 'app.kubernetes.io/name': 'prometheus' } } },
          // A pod selector alone: pods of the policy's own namespace.
          { pod_selector: { match_labels: { app: 'web' } } },
        ],
        ports: [{ port: '8080', protocol: 'TCP' }],
      },
    ]);
  });

  test('declared egress follows DNS: a CIDR on a port, UDP, and an empty namespace selector (every namespace)', () => {
    const { stack, json } = build({
      egressTo: [{ to: [{ cidr: '10.20.0.0/16' }], port: 5432 }, { port: 514, protocol: 'UDP' }, { to: [{ namespaceLabels: {} }] }],
      dnsPeers: [{ cidr: '169.254.20.10/32' }],
    });
    const egress = onlyResource(json, 'kubernetes_network_policy_v1').spec.egress;
    expect(egress[0].to).toEqual([{ ip_block: { cidr: '169.254.20.10/32' } }]);
    expect(egress.slice(1)).toEqual([
      { to: [{ ip_block: { cidr: '10.20.0.0/16' } }], ports: [{ port: '5432', protocol: 'TCP' }] },
      { ports: [{ port: '514', protocol: 'UDP' }] },
      { to: [{ namespace_selector: { match_labels: {} } }] },
    ]);
    expect(schemaErrors(stack)).toEqual([]);
  });
});

describe('ResilientDeployment NetworkPolicy opt-out', () => {
  test('networkPolicy: false creates none, warns, and records the opt-out of REL-K8S-6 on the Deployment', () => {
    const { app, stack } = testStack();
    const workload = new ResilientDeployment(stack, 'Api', { ...BASE, networkPolicy: false });
    const checks = ReliabilityChecks.addTo(app);
    expect(resourcesOf(synthJson(stack), 'kubernetes_network_policy_v1')).toEqual({});
    expect(workload.networkPolicy).toBeUndefined();
    expect(annotations(stack, 'warn')).toEqual([expect.stringContaining('networkPolicy is false')]);
    const findings = checks.checkStack(stack).filter((f) => f.ruleId === 'REL-K8S-6');
    expect(findings.map((f) => f.suppression)).toEqual([expect.objectContaining({ reason: expect.stringContaining('networkPolicy is false, set explicitly'), optOut: { prop: 'networkPolicy', value: false } })]);
  });
});

describe('ResilientDeployment NetworkPolicy rejects', () => {
  const path = 'test/Api';
  test.each<[string, Record<string, unknown>, string]>([
    // ValidateNetworkPolicyPeer: "must specify a peer" / "may not specify more than 1 peer type".
    ['a peer naming no one', { ingressFrom: [{}] }, `${path}: invalid ingressFrom[0] {}: must give namespaceLabels, podLabels or cidr`],
    ['a peer with an ipBlock and selectors', { ingressFrom: [{ cidr: '10.0.0.0/8', podLabels: { app: 'x' } }] }, `${path}: invalid ingressFrom[0]`],
    // An empty `to` is "every destination" to the API server.
    ['an empty egress destination list', { egressTo: [{ to: [] }] }, `${path}: invalid egressTo[0].to []`],
    ['no DNS peer', { dnsPeers: [] }, `${path}: invalid dnsPeers []`],
    ['a bad label key', { ingressFrom: [{ podLabels: { 'bad key': 'x' } }] }, `${path}: invalid ingressFrom[0].podLabels`],
    ['a protocol Kubernetes does not know', { egressTo: [{ port: 53, protocol: 'ICMP' }] }, `${path}: invalid egressTo[0].protocol "ICMP"`],
    ['a port out of range', { egressTo: [{ port: 70000 }] }, `${path}: invalid egressTo[0].port 70000`],
    ['peers with the policy turned off', { networkPolicy: false, ingressFrom: [INGRESS_NGINX] }, `${path}: invalid ingressFrom [{"namespaceLabels"`],
    ['"false" for networkPolicy', { networkPolicy: 'false' }, `${path}: invalid networkPolicy "false": must be true or false`],
  ])('%s', (_name, props, message) => {
    expect(() => build(props as Partial<ResilientDeploymentProps>)).toThrow(message);
  });
});
