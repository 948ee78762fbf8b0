import { TerraformVariable } from 'cdktf';
import { ResilientDeployment, ResilientDeploymentProps } from '../../src/kubernetes';
import { annotations, onlyResource, resourcesOf, schemaErrors, synth, synthJson, testStack } from '../harness';

const BASE: ResilientDeploymentProps = {
  image: 'ghcr.io/acme/api:1.4.2',
  readinessProbe: { path: '/ready' },
  livenessProbe: { path: '/healthz', initialDelaySeconds: 5 },
  cpuRequest: '250m',
  memoryRequest: '256Mi',
};

function build(props: Partial<ResilientDeploymentProps> = {}) {
  const { stack } = testStack();
  const workload = new ResilientDeployment(stack, 'Api', { ...BASE, ...props } as ResilientDeploymentProps);
  return { stack, workload, json: synthJson(stack) };
}

describe('ResilientDeployment defaults', () => {
  const { stack, workload, json } = build();
  const deployment = onlyResource(json, 'kubernetes_deployment_v1');
  const spec = deployment.spec.template.spec;
  const container = spec.container[0];

  test('synthesizes a Deployment, PDB, HPA, Service and NetworkPolicy valid for the provider schema', () => {
    expect(Object.keys(json.resource!).sort()).toEqual([
      'kubernetes_deployment_v1',
      'kubernetes_horizontal_pod_autoscaler_v2',
      'kubernetes_network_policy_v1',
      'kubernetes_pod_disruption_budget_v1',
      'kubernetes_service_v1',
    ]);
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test('three replicas, rolling update that never goes below them', () => {
    expect(deployment.metadata).toMatchObject({ name: 'api', namespace: 'default' });
    expect(deployment.spec.replicas).toBe('3');
    expect(deployment.spec.strategy).toEqual({ type: 'RollingUpdate', rolling_update: { max_unavailable: '0', max_surge: '25%' } });
    expect(deployment.spec.selector.match_labels).toEqual({ 'app.kubernetes.io/name': 'api' });
    expect(deployment.lifecycle.ignore_changes).toEqual(['spec[0].replicas']);
  });

  test('spread over zones (hard) and nodes (soft)', () => {
    expect(spec.topology_spread_constraint).toEqual([
      expect.objectContaining({ topology_key: 'topology.kubernetes.io/zone', when_unsatisfiable: 'DoNotSchedule', max_skew: 1, label_selector: [{ match_labels: { 'app.kubernetes.io/name': 'api' } }] }),
      expect.objectContaining({ topology_key: 'kubernetes.io/hostname', when_unsatisfiable: 'ScheduleAnyway', max_skew: 1 }),
    ]);
  });

  test('probes, requests, memory limit equal to the request, graceful shutdown', () => {
    expect(container.readiness_probe).toEqual({ http_get: { path: '/ready', port: '8080' }, initial_delay_seconds: 0, period_seconds: 10, timeout_seconds: 2, failure_threshold: 3 });
    expect(container.liveness_probe.initial_delay_seconds).toBe(5);
    expect(container.startup_probe).toBeUndefined();
    expect(container.resources).toEqual({ requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } });
    expect(container.lifecycle.pre_stop).toEqual([{ exec: { command: ['sleep', '5'] } }]);
    expect(spec.termination_grace_period_seconds).toBe(30);
  });

  test('hardened security context, writable /tmp only', () => {
    expect(spec.security_context).toEqual({ run_as_non_root: true, seccomp_profile: { type: 'RuntimeDefault' } });
    expect(container.security_context).toEqual({
      allow_privilege_escalation: false,
      privileged: false,
      read_only_root_filesystem: true,
      run_as_non_root: true,
      capabilities: { drop: ['ALL'] },
      seccomp_profile: { type: 'RuntimeDefault' },
    });
    expect(container.volume_mount).toEqual([{ name: 'tmp', mount_path: '/tmp' }]);
    expect(spec.automount_service_account_token).toBe(false);
  });

  test('PDB lets one pod go at a time; HPA from 3 to 9 on CPU with a 5-minute scale-down window; ClusterIP service', () => {
    const pdb = onlyResource(json, 'kubernetes_pod_disruption_budget_v1');
    expect(pdb.spec).toEqual({ max_unavailable: '1', selector: { match_labels: { 'app.kubernetes.io/name': 'api' } } });
    const hpa = onlyResource(json, 'kubernetes_horizontal_pod_autoscaler_v2');
    expect(hpa.spec.min_replicas).toBe(3);
    expect(hpa.spec.max_replicas).toBe(9);
    expect(hpa.spec.scale_target_ref).toEqual({ api_version: 'apps/v1', kind: 'Deployment', name: `${'$'}{kubernetes_deployment_v1.${workload.deployment.friendlyUniqueId}.metadata[0].name}` });
    expect(hpa.spec.metric).toEqual([{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', average_utilization: 70 } } }]);
    expect(hpa.spec.behavior.scale_down[0].stabilization_window_seconds).toBe(300);
    const svc = onlyResource(json, 'kubernetes_service_v1');
    expect(svc.spec).toMatchObject({ type: 'ClusterIP', selector: { 'app.kubernetes.io/name': 'api' }, port: [{ name: 'http', port: 80, target_port: 'http', protocol: 'TCP' }] });
  });

  test('exposes every resource', () => {
    expect(workload.deployment.terraformResourceType).toBe('kubernetes_deployment_v1');
    expect(workload.podDisruptionBudget.terraformResourceType).toBe('kubernetes_pod_disruption_budget_v1');
    expect(workload.autoscaler!.terraformResourceType).toBe('kubernetes_horizontal_pod_autoscaler_v2');
    expect(workload.service.terraformResourceType).toBe('kubernetes_service_v1');
    expect(workload.networkPolicy!.terraformResourceType).toBe('kubernetes_network_policy_v1');
    expect(annotations(stack, 'warn')).toEqual([]);
  });
});

describe('ResilientDeployment options', () => {
  test('custom and external metrics, memory, explicit bounds, priority class, startup probe, exec and tcp probes', () => {
    const { stack, json } = build({
      name: 'checkout',
      namespace: 'shop',
      replicas: 4,
      minReplicas: 2,
      maxReplicas: 20,
      memoryUtilization: 80,
      podsMetrics: [{ name: 'http_requests_per_second', averageValue: '100' }],
      externalMetrics: [{ name: 'sqs_messages_visible', value: '30', selector: { queue: 'orders' } }],
      scaleDownStabilizationSeconds: 600,
      priorityClassName: 'business-critical',
      startupProbe: { command: ['/bin/check'], failureThreshold: 30 },
      livenessProbe: { tcp: true },
      zoneSpread: 'ScheduleAnyway',
      memoryLimit: '512Mi',
      cpuLimit: '1',
      pdbMinAvailable: '50%',
      runAsUser: 10001,
    });
    const hpa = onlyResource(json, 'kubernetes_horizontal_pod_autoscaler_v2');
    expect(hpa.spec.metric.map((m: any) => m.type)).toEqual(['Resource', 'Pods', 'External']);
    expect(hpa.spec.metric[0].resource.name).toBe('memory');
    expect(hpa.spec.metric[2].external).toEqual({ metric: { name: 'sqs_messages_visible', selector: [{ match_labels: { queue: 'orders' } }] }, target: { type: 'Value', value: '30' } });
    expect([hpa.spec.min_replicas, hpa.spec.max_replicas]).toEqual([2, 20]);
    expect(hpa.spec.behavior.scale_down[0].stabilization_window_seconds).toBe(600);
    const d = onlyResource(json, 'kubernetes_deployment_v1');
    const c = d.spec.template.spec.container[0];
    expect(d.spec.template.spec.priority_class_name).toBe('business-critical');
    expect(d.spec.template.spec.topology_spread_constraint[0].when_unsatisfiable).toBe('ScheduleAnyway');
    expect(c.startup_probe.exec).toEqual({ command: ['/bin/check'] });
    expect(c.liveness_probe.tcp_socket).toEqual([{ port: '8080' }]);
    expect(c.resources.limits).toEqual({ memory: '512Mi', cpu: '1' });
    expect(onlyResource(json, 'kubernetes_pod_disruption_budget_v1').spec.min_available).toBe('50%');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('autoscaling off: no HPA and the Deployment owns its replicas', () => {
    const { workload, json } = build({ autoscaling: false });
    expect(resourcesOf(json, 'kubernetes_horizontal_pod_autoscaler_v2')).toEqual({});
    expect(workload.autoscaler).toBeUndefined();
    expect(onlyResource(json, 'kubernetes_deployment_v1').lifecycle).toBeUndefined();
  });

  test('a single replica only with the explicit opt-out, loudly', () => {
    const { stack, json } = build({ replicas: 1, allowSingleReplica: true });
    const d = onlyResource(json, 'kubernetes_deployment_v1');
    expect(d.spec.replicas).toBe('1');
    expect(d.metadata.annotations).toEqual({ 'reliability.cdktf.io/single-replica': 'accepted' });
    expect(annotations(stack, 'warn')).toEqual([expect.stringContaining('allowSingleReplica is set')]);
  });
});

describe('ResilientDeployment rejects', () => {
  const path = 'test/Api';
  test.each<[string, Partial<ResilientDeploymentProps>, string]>([
    ['1 replica without the opt-out', { replicas: 1 }, `${path}: invalid replicas 1: must be at least 2 (set allowSingleReplica`],
    ['no readiness probe', { readinessProbe: undefined }, `${path}: invalid readinessProbe undefined: is required`],
    ['no liveness probe', { livenessProbe: undefined }, `${path}: invalid livenessProbe undefined: is required`],
    ['a probe of two kinds', { readinessProbe: { path: '/ready', tcp: true } }, `${path}: invalid readinessProbe {"path":"/ready","tcp":true}: must give exactly one of`],
    ['a relative probe path', { readinessProbe: { path: 'ready' } }, `${path}: invalid readinessProbe.path "ready"`],
    ['no CPU request', { cpuRequest: undefined }, `${path}: invalid cpuRequest undefined: is required`],
    ['no memory request', { memoryRequest: undefined }, `${path}: invalid memoryRequest undefined: is required`],
    ['a bad quantity', { memoryRequest: '256MB' }, `${path}: invalid memoryRequest "256MB": must be a positive Kubernetes quantity`],
    ['a memory limit below the request', { memoryLimit: '128Mi' }, `${path}: invalid memoryLimit "128Mi": must be at least the memory request (256Mi)`],
    ['a PDB with maxUnavailable 0', { pdbMaxUnavailable: 0 }, `${path}: invalid pdbMaxUnavailable 0: must allow at least one eviction`],
    ['a PDB with maxUnavailable 0%', { pdbMaxUnavailable: '0%' }, `${path}: invalid pdbMaxUnavailable "0%": must allow at least one eviction`],
    ['a PDB with minAvailable = replicas', { pdbMinAvailable: 3 }, `${path}: invalid pdbMinAvailable 3: must leave at least one of 3 replicas evictable`],
    ['a PDB with minAvailable 100%', { pdbMinAvailable: '100%' }, `${path}: invalid pdbMinAvailable "100%": must leave at least one`],
    ['a PDB minAvailable that blocks at the autoscaler minimum', { replicas: 4, minReplicas: 2, pdbMinAvailable: 2 }, `${path}: invalid pdbMinAvailable 2: must leave at least one of 2 replicas evictable`],
    ['both PDB forms', { pdbMinAvailable: 1, pdbMaxUnavailable: 1 }, `${path}: invalid pdbMinAvailable 1: give pdbMaxUnavailable or pdbMinAvailable, not both`],
    ['an autoscaler minimum of 1', { minReplicas: 1 }, `${path}: invalid minReplicas 1: must be an integer from 2 to 10000`],
    ['an autoscaler maximum below the minimum', { maxReplicas: 2 }, `${path}: invalid maxReplicas 2: must be an integer from 3 to 10000`],
    ['autoscaler props without autoscaling', { autoscaling: false, maxReplicas: 5 }, `${path}: invalid maxReplicas 5: applies only with autoscaling`],
    ['a preStop pause as long as the grace period', { preStopSleepSeconds: 30 }, `${path}: invalid preStopSleepSeconds 30: must be less than terminationGracePeriodSeconds (30)`],
    ['a surge of 0 (updates could not progress)', { maxSurge: 0 }, `${path}: invalid maxSurge 0`],
    ['an external metric with two targets', { externalMetrics: [{ name: 'q', value: '1', averageValue: '1' }] }, `${path}: invalid externalMetrics[0]`],
    ['a bad name', { name: 'My_App' }, `${path}: invalid name "My_App"`],
    ['a bad zone spread', { zoneSpread: 'Sometimes' as any }, `${path}: invalid zoneSpread "Sometimes"`],
  ])('%s', (_name, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});

describe('ResilientDeployment for JavaScript and YAML callers', () => {
  const path = 'test/Api';
  test.each<[string, Record<string, unknown>, string]>([
    ['no image', { image: undefined }, `${path}: invalid image undefined: is required`],
    ['a command as one string (would be split into characters)', { command: '/app --serve' }, `${path}: invalid command "/app --serve": must be a list (got a string)`],
    ['an object for a list', { args: { a: 1 } }, `${path}: invalid args {"a":1}: must be a list (got an object)`],
    ['a number for a string', { image: 42 }, `${path}: invalid image 42: must be a string (got a number)`],
    ['null for a map', { env: null }, `${path}: invalid env null: must be left out or given a value (null is not a value)`],
    ['null for a probe', { readinessProbe: null }, `${path}: invalid readinessProbe null: is required`],
    ['"false" for a boolean', { autoscaling: 'false' }, `${path}: invalid autoscaling "false": must be true or false (got a string)`],
    ['a misspelt prop', { replica: 3 }, `${path}: unknown prop replica (did you mean replicas?)`],
    ['a misspelt probe field', { livenessProbe: { pth: '/healthz' } }, `${path}: unknown prop livenessProbe.pth (did you mean path?)`],
    ['a number for a quantity (YAML reads 0.25 as one)', { cpuRequest: 0.25 }, `${path}: invalid cpuRequest 0.25: must be a string (got a number)`],
    ['an image with spaces', { image: 'ghcr.io/acme/api 1.4' }, `${path}: invalid image "ghcr.io/acme/api 1.4"`],
    ['a name that cannot name a Service', { name: '1api' }, `${path}: invalid name "1api": must be a DNS-1035 label`],
    ['a bad env name', { env: { '1X': 'y' } }, `${path}: invalid env.1X "1X"`],
  ])('%s', (_name, props, message) => {
    expect(() => build(props as Partial<ResilientDeploymentProps>)).toThrow(message);
  });

  test('two workloads whose ids give one object name collide, naming both paths, the cluster and the namespace', () => {
    const { stack } = testStack();
    new ResilientDeployment(stack, 'api', BASE);
    expect(() => new ResilientDeployment(stack, 'Api', BASE)).toThrow(
      'test/Api: Kubernetes Deployment name "api" is already used by test/api (kubernetes ~/.kube/config namespace default)',
    );
    // Another namespace is another name.
    expect(() => new ResilientDeployment(stack, 'api2', { ...BASE, name: 'api', namespace: 'shop' })).not.toThrow();
  });

  test('user text reaches Terraform as literal text: ${ and %{ are escaped in the image, env, command and probe path', () => {
    const { json } = build({ image: 'ghcr.io/acme/api:${tag}', env: { GREETING: 'hi ${USER} %{x}' }, command: ['sh', '-c', 'echo ${HOME}'] });
    const c = onlyResource(json, 'kubernetes_deployment_v1').spec.template.spec.container[0];
    expect(c.image).toBe('ghcr.io/acme/api:$${tag}');
    expect(c.env).toEqual([{ name: 'GREETING', value: 'hi $${USER} %%{x}' }]);
    expect(c.command).toEqual(['sh', '-c', 'echo $${HOME}']);
  });

  test('tokens are carried: a label map variable is merged, replicas and a minimum from variables give a maximum expression', () => {
    const { stack } = testStack();
    const labels = new TerraformVariable(stack, 'labels', { type: 'map(string)' });
    const replicas = new TerraformVariable(stack, 'replicas', { type: 'number' });
    const image = new TerraformVariable(stack, 'image', { type: 'string' });
    new ResilientDeployment(stack, 'Api', { ...BASE, image: image.stringValue, labels: labels.value, replicas: replicas.numberValue });
    const json = synthJson(stack);
    const d = onlyResource(json, 'kubernetes_deployment_v1');
    expect(d.metadata.labels).toBe('${merge({"app.kubernetes.io/managed-by" = "cdktf-reliability"}, var.labels, {"app.kubernetes.io/name" = "api"})}');
    expect(d.spec.template.metadata.labels).toBe(d.metadata.labels);
    expect(d.spec.replicas).toBe('${var.replicas}');
    expect(d.spec.template.spec.container[0].image).toBe('${var.image}');
    const hpa = onlyResource(json, 'kubernetes_horizontal_pod_autoscaler_v2');
    expect(hpa.spec.min_replicas).toBe('${var.replicas}');
    expect(hpa.spec.max_replicas).toBe('${(var.replicas * 3)}');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a token that decides the shape is refused: autoscaling', () => {
    const { stack } = testStack();
    const on = new TerraformVariable(stack, 'on', { type: 'bool' });
    expect(() => new ResilientDeployment(stack, 'Api', { ...BASE, autoscaling: on.booleanValue as unknown as boolean })).toThrow(
      'test/Api: invalid autoscaling ${var.on} (a token): must be known at synth',
    );
  });
});
