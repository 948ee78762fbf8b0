/**
 * ChaosDrill's EKS pod scenarios (aws:eks:pod-* FIS actions). Sources cited per test: AWS FIS User Guide,
 * "Use the AWS FIS aws:eks:pod actions" (targets by parameters only, Limitations: no network actions on Fargate,
 * the Kubernetes service account and Role); the FIS actions reference (each action's parameters); the provider's
 * aws_fis_experiment_template validators (selection_mode ^(ALL|COUNT\(\d+\)|PERCENT\(\d+\))$, the action target
 * keys allowed, parameter keys 0-64 and values 0-1024 characters); EKS access entries (type STANDARD, user_name).
 */
import { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import { ChaosDrill, ChaosDrillProps } from '../../../src/aws/chaos/chaos-drill';
import { EKS_POD_ACTIONS, FIS_POD_RBAC_RULES, labelSelectorValue } from '../../../src/aws/chaos/eks-pod-plan';
import { ResilientDeployment } from '../../../src/kubernetes/resilient-deployment';
import { expectInvalidProp, refTo, resourceOf, schemaErrors, synthJson } from '../../harness';
import { ALARM_ARN, world } from './fixture';

/** Parameters each action takes (FIS actions reference, aws:eks:pod-delete / -cpu-stress / -network-latency), and those it requires. */
const ACTION_PARAMETERS: Record<string, { required: string[]; allowed: string[] }> = {
  'aws:eks:pod-delete': { required: ['kubernetesServiceAccount'], allowed: ['kubernetesServiceAccount', 'gracePeriodSeconds', 'maxErrorsPercent', 'fisPodContainerImage', 'fisPodLabels', 'fisPodAnnotations', 'fisPodSecurityPolicy'] },
  'aws:eks:pod-cpu-stress': { required: ['duration', 'kubernetesServiceAccount'], allowed: ['duration', 'kubernetesServiceAccount', 'percent', 'workers', 'maxErrorsPercent', 'fisPodContainerImage', 'fisPodLabels', 'fisPodAnnotations', 'fisPodSecurityPolicy'] },
  'aws:eks:pod-network-latency': {
    required: ['duration', 'kubernetesServiceAccount'],
    allowed: ['duration', 'kubernetesServiceAccount', 'delayMilliseconds', 'jitterMilliseconds', 'sources', 'interface', 'maxErrorsPercent', 'fisPodContainerImage', 'fisPodLabels', 'fisPodAnnotations', 'fisPodSecurityPolicy'],
  },
};
/** aws:eks:pod target parameters (FIS User Guide, aws:eks:pod actions, "Targets"). */
const TARGET_PARAMETERS = { required: ['clusterIdentifier', 'namespace', 'selectorType', 'selectorValue'], allowed: ['clusterIdentifier', 'namespace', 'selectorType', 'selectorValue', 'availabilityZoneIdentifier', 'targetContainerName'] };
/** The provider's validExperimentTemplateActionTargetKey list includes Pods. */
const PROVIDER_ACTION_TARGET_KEYS = ['AutoScalingGroups', 'Buckets', 'Cluster', 'Clusters', 'DBInstances', 'Instances', 'Nodegroups', 'Pods', 'ReplicationGroups', 'Roles', 'SpotInstances', 'Subnets', 'Tables', 'Tasks', 'TransitGateways', 'Volumes'];

const CLUSTER_ARN = '${data.aws_eks_cluster.cluster.arn}';

function eksWorld() {
  const w = world();
  const cluster = new DataAwsEksCluster(w.stack, 'cluster', { name: 'shop' });
  const workload = new ResilientDeployment(w.stack, 'checkout', { image: 'ghcr.io/acme/checkout:1.0.0', namespace: 'shop', readinessProbe: { path: '/ready' }, livenessProbe: { path: '/healthz' }, cpuRequest: '250m', memoryRequest: '256Mi' });
  return { ...w, cluster, workload };
}

function podDrill(w: ReturnType<typeof eksWorld>, extra: Partial<ChaosDrillProps> = {}): ChaosDrill {
  return new ChaosDrill(w.stack, 'pod-drill', { scenario: 'pod-delete', pods: w.workload, eksCluster: w.cluster, stopConditions: [w.slos], alarmRouting: w.routing, ...extra });
}

describe.each(['pod-delete', 'pod-cpu-stress', 'pod-network-latency'] as const)('%s drill on a ResilientDeployment', (scenario) => {
  const w = eksWorld();
  const drill = podDrill(w, { scenario, schedule: { days: ['TUE'], startTime: '10:00' } });
  const json = synthJson(w.stack);
  const t = resourceOf(json, 'aws_fis_experiment_template', 'pod-drill');

  test('targets the workload pods by cluster, namespace and label selector, by parameters only (FIS refuses ARNs and tags for aws:eks:pod)', () => {
    expect(t.target).toEqual([
      {
        name: 'pods',
        resource_type: 'aws:eks:pod',
        selection_mode: `PERCENT(${scenario === 'pod-delete' ? 33 : 50})`,
        parameters: { clusterIdentifier: CLUSTER_ARN, namespace: 'shop', selectorType: 'labelSelector', selectorValue: 'app.kubernetes.io/name=checkout' },
      },
    ]);
    expect(t.target[0].selection_mode).toMatch(/^(ALL|COUNT\(\d+\)|PERCENT\(\d+\))$/);
    for (const [k, v] of Object.entries(t.target[0].parameters as Record<string, string>)) {
      expect(TARGET_PARAMETERS.allowed).toContain(k);
      expect(v.length).toBeLessThanOrEqual(1024);
    }
    for (const k of TARGET_PARAMETERS.required) expect(t.target[0].parameters).toHaveProperty(k);
  });

  test('one action, its parameters those the FIS actions reference lists (required ones present), on the Pods target key the provider accepts', () => {
    expect(t.action).toHaveLength(1);
    const a = t.action[0];
    expect(a.action_id).toBe(EKS_POD_ACTIONS[scenario]);
    expect(PROVIDER_ACTION_TARGET_KEYS).toContain(a.target.key);
    expect(a.target).toEqual({ key: 'Pods', value: 'pods' });
    const p = Object.fromEntries(a.parameter.map((x: { key: string; value: string }) => [x.key, x.value]));
    const rule = ACTION_PARAMETERS[a.action_id];
    for (const k of Object.keys(p)) expect(rule.allowed).toContain(k);
    for (const k of rule.required) expect(p).toHaveProperty(k);
    expect(p.kubernetesServiceAccount).toBe('fis-pod-drill');
    if (scenario !== 'pod-delete') expect(p.duration).toBe('PT10M');
    if (scenario === 'pod-cpu-stress') expect(p.percent).toBe('80');
    if (scenario === 'pod-network-latency') expect(p.delayMilliseconds).toBe('200');
  });

  test('the experiment role may describe this cluster only; Kubernetes permissions come from RBAC, no EC2 or SSM actions', () => {
    const policy = JSON.parse(resourceOf(json, 'aws_iam_role_policy', 'pod-drill').policy);
    const cluster = policy.Statement.find((s: any) => s.Sid === 'DescribeTheCluster');
    expect(cluster).toEqual({ Sid: 'DescribeTheCluster', Effect: 'Allow', Action: ['eks:DescribeCluster'], Resource: [CLUSTER_ARN] });
    const actions = policy.Statement.flatMap((s: any) => s.Action);
    expect(actions.filter((x: string) => /^(ec2:(Stop|Terminate|Start)|ssm:SendCommand)/.test(x))).toEqual([]);
  });

  test('an EKS access entry maps the experiment role to a Kubernetes user, with no access policy (the namespaced Role is its only permission)', () => {
    const entry = resourceOf(json, 'aws_eks_access_entry', 'pod-drill');
    expect(entry).toMatchObject({ cluster_name: '${data.aws_eks_cluster.cluster.name}', principal_arn: refTo(json, 'aws_iam_role', 'pod-drill', 'arn'), type: 'STANDARD', user_name: 'fis-experiment-fis-pod-drill' });
    expect(json.resource?.aws_eks_access_policy_association).toBeUndefined();
    expect(drill.eksPodAccess?.userName).toBe(entry.user_name);
  });

  test("the FIS pod's service account and the experiment user are bound to one Role in the pods' namespace, with FIS's rules", () => {
    const role = resourceOf(json, 'kubernetes_role_v1', 'pod-drill');
    expect(role.metadata).toMatchObject({ name: 'fis-pod-drill', namespace: 'shop' });
    expect(role.rule).toEqual(FIS_POD_RBAC_RULES.map((r) => ({ api_groups: r.apiGroups, resources: r.resources, verbs: r.verbs })));
    const binding = resourceOf(json, 'kubernetes_role_binding_v1', 'pod-drill');
    expect(binding.role_ref).toEqual({ api_group: 'rbac.authorization.k8s.io', kind: 'Role', name: 'fis-pod-drill' });
    expect(binding.subject).toEqual([
      { kind: 'ServiceAccount', name: 'fis-pod-drill', namespace: 'shop' },
      { kind: 'User', name: 'fis-experiment-fis-pod-drill', api_group: 'rbac.authorization.k8s.io' },
    ]);
    expect(resourceOf(json, 'kubernetes_service_account_v1', 'pod-drill').metadata).toMatchObject({ name: 'fis-pod-drill', namespace: 'shop' });
  });

  test('stopped by the SLO page alarm, schedule disabled by default, outcome to ticket', () => {
    expect(t.stop_condition).toEqual([{ source: 'aws:cloudwatch:alarm', value: refTo(json, 'aws_cloudwatch_composite_alarm', 'slos_availability_page', 'arn') }]);
    expect(resourceOf(json, 'aws_scheduler_schedule', 'pod-drill').state).toBe('DISABLED');
    expect(drill.outcome).toBeDefined();
  });
});

describe('EKS pod drills: bad input', () => {
  test('passes the AWS and Kubernetes provider schemas', () => {
    const w = eksWorld();
    podDrill(w, { scenario: 'pod-network-latency', jitterMilliseconds: 20 });
    expect(schemaErrors(w.stack)).toEqual([]);
  });

  test.each([
    [{ pods: undefined }, 'pods', /is required by a pod-delete drill/],
    [{ eksCluster: undefined }, 'eksCluster', /is required by a pod-delete drill/],
    [{ pods: { namespace: 'shop', selector: {} } }, 'pods.selector', /at least one label/],
    [{ scenario: 'pod-network-latency', podsOnFargate: true }, 'scenario', /does not work on pods on AWS Fargate/],
    [{ scenario: 'pod-delete', cpuLoadPercent: 90 }, 'cpuLoadPercent', /applies to cpu-stress and pod-cpu-stress drills only/],
    [{ podPercent: 0 }, 'podPercent', /1/],
  ] as const)('%j is refused at %s', (extra, prop, message) => {
    const w = eksWorld();
    const err = expectInvalidProp(() => podDrill(w, extra as Partial<ChaosDrillProps>), message);
    expect(err.message).toContain(prop);
  });

  test('pod props on an instance drill select nothing and are refused', () => {
    const w = eksWorld();
    expectInvalidProp(() => new ChaosDrill(w.stack, 'd', { scenario: 'terminate-instances', service: w.service, pods: w.workload, stopConditions: [ALARM_ARN] }), 'pods', /applies to pod-delete, pod-cpu-stress, pod-network-latency drills only/);
  });

  test('the selector value is every label, keys sorted', () => {
    expect(labelSelectorValue({ tier: 'web', 'app.kubernetes.io/name': 'checkout' })).toBe('app.kubernetes.io/name=checkout,tier=web');
  });
});
