import { TerraformVariable } from 'cdktf';
import { ResilientDeployment, ResilientDeploymentProps, SloRules, SloRulesProps, VeleroSchedule, VeleroScheduleProps } from '../../src/kubernetes';
import { expectInvalidProp, onlyResource, synthJson, testStack, TestStack } from '../harness';
import { AVAILABILITY } from './fixtures';

/**
 * What the Kubernetes API server, Velero and Prometheus would refuse fails
 * synth, naming the prop (the specs in src/kubernetes/private/), and what they
 * accept synthesizes. Sources: k8s.io/apimachinery/pkg/util/validation
 * (IsDNS1123Label, IsDNS1035Label, IsDNS1123Subdomain, IsQualifiedName,
 * IsValidLabelValue, IsEnvVarName), k8s.io/apimachinery/pkg/api/validation/path
 * (IsValidPathSegmentName), pkg/apis/autoscaling/validation (metric names,
 * positive targets, MaxStabilizationWindowSeconds), pkg/apis/core/validation
 * (NameIsDNSSubdomain for priority classes and service accounts), Velero's
 * pkg/util/collections/includes_excludes.go (ValidateIncludesExcludes), and
 * Prometheus' alerting-rule docs (annotations and labels are templated).
 */
const BASE: ResilientDeploymentProps = {
  image: 'ghcr.io/acme/api:1.4.2',
  readinessProbe: { path: '/ready' },
  livenessProbe: { path: '/healthz' },
  cpuRequest: '250m',
  memoryRequest: '256Mi',
};
const PATH = 'test/api';

function workload(props: Record<string, unknown>, stack: TestStack = testStack().stack) {
  new ResilientDeployment(stack, 'api', { ...BASE, ...props } as ResilientDeploymentProps);
  return synthJson(stack);
}
function rules(props: Record<string, unknown>, stack: TestStack = testStack().stack) {
  new SloRules(stack, 'api', { service: 'api', slos: [AVAILABILITY], ...props } as SloRulesProps);
  return onlyResource(synthJson(stack), 'kubernetes_manifest').manifest;
}
function schedule(props: Record<string, unknown>, stack: TestStack = testStack().stack) {
  new VeleroSchedule(stack, 'api', { schedule: '0 3 * * *', includedNamespaces: ['shop'], ...props } as VeleroScheduleProps);
  return onlyResource(synthJson(stack), 'kubernetes_manifest').manifest;
}
const container = (json: ReturnType<typeof workload>) => onlyResource(json, 'kubernetes_deployment_v1').spec.template.spec.container[0];

describe('names and labels as the API server validates them', () => {
  const long = (n: number) => 'a'.repeat(n);
  test.each<[string, Record<string, unknown>]>([
    ['a 63-character namespace (IsDNS1123Label)', { namespace: long(63) }],
    ['a priority class with a dot (ValidatePriorityClassName is NameIsDNSSubdomain)', { priorityClassName: 'system.critical' }],
    ['a service account with a dot (ValidateServiceAccountName is NameIsDNSSubdomain)', { serviceAccountName: 'ci.deployer' }],
    ['a prefixed label key, a 63-character value and an empty value (IsQualifiedName, IsValidLabelValue)', { labels: { 'example.com/team': long(63), tier: '' } }],
    ['environment names with "." and "-" (IsEnvVarName)', { env: { 'MY.VAR-1': 'x', _under: 'y' } }],
    ['a quantity below one (0.5 CPU)', { cpuRequest: '0.5' }],
  ])('accepts %s', (_name, props) => {
    expect(() => workload(props)).not.toThrow();
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['a 64-character namespace', { namespace: long(64) }, 'invalid namespace'],
    ['a namespace ending in "-"', { namespace: 'shop-' }, 'must be a DNS-1123 label'],
    ['a priority class with upper case', { priorityClassName: 'Critical' }, 'must be a DNS-1123 subdomain'],
    ['a 64-character label value', { labels: { team: long(64) } }, `invalid labels.team "${long(64)}": must be a label value`],
    ['a label key whose name part has 64 characters', { labels: { [long(64)]: 'x' } }, 'must be a label key'],
    ['a label key whose prefix has 254 characters', { labels: { [`${long(254)}/team`]: 'x' } }, 'must be a label key'],
    ['a label key whose prefix has upper case', { labels: { 'Example.com/team': 'x' } }, 'must be a label key'],
    ['a label value with a space', { labels: { team: 'pay ments' } }, 'must be a label value'],
    ['a zero quantity (requests must be positive)', { cpuRequest: '0' }, 'invalid cpuRequest "0": must be a positive Kubernetes quantity'],
    ['a zero quantity with a suffix', { memoryRequest: '0Mi' }, 'invalid memoryRequest "0Mi"'],
    ['an image with a leading space (validateContainers: no leading or trailing whitespace)', { image: ' ghcr.io/acme/api:1' }, 'invalid image'],
    ['a metric name with "/" (validateMetricIdentifier: IsValidPathSegmentName)', { podsMetrics: [{ name: 'requests/second', averageValue: '10' }] }, 'invalid podsMetrics[0].name "requests/second": must be a metric name'],
    ['a metric name with "%"', { externalMetrics: [{ name: 'cpu%', value: '10' }] }, 'invalid externalMetrics[0].name'],
    ['the metric name ".."', { podsMetrics: [{ name: '..', averageValue: '10' }] }, 'invalid podsMetrics[0].name'],
    ['a zero autoscaler target (validateMetricTarget: must be positive)', { podsMetrics: [{ name: 'rps', averageValue: '0' }] }, 'invalid podsMetrics[0].averageValue "0"'],
    ['a stabilization window over 3600 s (MaxStabilizationWindowSeconds)', { scaleDownStabilizationSeconds: 3601 }, 'invalid scaleDownStabilizationSeconds 3601: must be an integer from 0 to 3600'],
    ['a percentage over 100% for the disruption budget (IsValidPercent)', { pdbMaxUnavailable: '150%' }, 'invalid pdbMaxUnavailable "150%"'],
  ])('refuses %s', (_name, props, message) => {
    expectInvalidProp(() => workload(props), `${PATH}: `, message);
  });

  test('a PrometheusRule name may be a DNS-1123 subdomain (a custom resource), its namespace only a label', () => {
    expect(rules({ name: 'checkout.slos' }).metadata.name).toBe('checkout.slos');
    expectInvalidProp(() => rules({ namespace: 'monitoring.prod' }), 'invalid namespace "monitoring.prod": must be a DNS-1123 label');
  });

  test('Velero locations are custom resources: DNS-1123 subdomains', () => {
    expect(schedule({ storageLocation: 'aws.eu-west-1', volumeSnapshotLocations: ['aws.default'] }).spec.template.storageLocation).toBe('aws.eu-west-1');
    expectInvalidProp(() => schedule({ storageLocation: 'AWS' }), 'invalid storageLocation "AWS": must be a DNS-1123 subdomain');
  });
});

describe('values that must agree', () => {
  test('a starting replica count above the autoscaler maximum is refused: the autoscaler would scale down at once', () => {
    expectInvalidProp(() => workload({ replicas: 10, minReplicas: 2, maxReplicas: 5 }), `${PATH}: invalid replicas 10: must be at most maxReplicas (5)`);
    expect(() => workload({ replicas: 5, minReplicas: 2, maxReplicas: 5 })).not.toThrow();
    // Without autoscaling there is no maximum to agree with.
    expect(() => workload({ replicas: 10, autoscaling: false })).not.toThrow();
  });

  test('a user label cannot replace the selector label, which is always the name (it would be dropped silently)', () => {
    expectInvalidProp(() => workload({ labels: { 'app.kubernetes.io/name': 'other' } }), `${PATH}: invalid labels.app.kubernetes.io/name "other": is the pods' selector label`);
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['"*" with other namespaces', { includedNamespaces: ['*', 'shop'] }, 'invalid includedNamespaces ["*","shop"]: must be ["*"] alone'],
    ['"*" with other resources', { includedResources: ['*', 'pods'] }, 'invalid includedResources ["*","pods"]: must be ["*"] alone'],
    ['"*" in the excluded resources', { excludedResources: ['*'] }, 'invalid excludedResources[0] "*": must be a resource name'],
    ['a resource both included and excluded', { includedResources: ['pods', 'secrets'], excludedResources: ['secrets'] }, 'invalid excludedResources[0] "secrets": must not also be in includedResources'],
  ])('Velero refuses a backup with %s (ValidateIncludesExcludes: every scheduled backup would fail validation)', (_name, props, message) => {
    expectInvalidProp(() => schedule(props), `${PATH}: `, message);
  });
});

describe('user text stays text: escaped where it reaches Terraform, refused where Prometheus would read a template', () => {
  test('metric names, arguments, probe and preStop commands are escaped', () => {
    const json = workload({
      args: ['--greeting=${USER}'],
      preStopCommand: ['sh', '-c', 'echo %{bye}'],
      startupProbe: { command: ['check', '${HOME}'] },
      podsMetrics: [{ name: 'rps_${env}', averageValue: '10' }],
      externalMetrics: [{ name: 'queue_${region}', value: '5' }],
    });
    const c = container(json);
    expect(c.args).toEqual(['--greeting=$${USER}']);
    expect(c.lifecycle.pre_stop[0].exec.command).toEqual(['sh', '-c', 'echo %%{bye}']);
    expect(c.startup_probe.exec.command).toEqual(['check', '$${HOME}']);
    const metric = onlyResource(json, 'kubernetes_horizontal_pod_autoscaler_v2').spec.metric;
    expect(metric.map((m: any) => (m.pods ?? m.external).metric.name)).toEqual(['rps_$${env}', 'queue_$${region}']);
  });

  test('alert label values and the runbook URL reach the manifest escaped, and may not hold a Prometheus template', () => {
    const m = rules({ alertLabels: { team: 'pay${ments}' } });
    expect(m.spec.groups[2].rules[0].labels.team).toBe('pay$${ments}');
    expectInvalidProp(() => rules({ alertLabels: { team: '{{ $labels.job }}' } }), 'invalid alertLabels.team "{{ $labels.job }}": must be text without "{{"');
    expectInvalidProp(() => rules({ slos: [{ ...AVAILABILITY, runbookUrl: 'https://runbooks.example.com/{{ $labels.slo }}' }] }), 'invalid slos[0].runbookUrl', 'must not contain "{{"');
  });

  test('alert label names are Prometheus label names, "__" reserved for Prometheus (data model docs)', () => {
    expectInvalidProp(() => rules({ alertLabels: { __name__: 'x' } }), 'invalid alertLabels.__name__ "__name__": must be a Prometheus label name');
    expectInvalidProp(() => rules({ alertLabels: { 'team-name': 'x' } }), 'invalid alertLabels.team-name');
  });
});

describe('tokens are carried into the output or refused, never dropped', () => {
  test('carried: namespace, surge, disruption budget, image and a TTL, schedule and namespace list of a Velero schedule', () => {
    const { stack } = testStack();
    const v = (id: string, type: string) => new TerraformVariable(stack, id, { type });
    const json = workload({ namespace: v('ns', 'string').stringValue, maxSurge: v('surge', 'string').stringValue, pdbMinAvailable: v('min', 'number').numberValue }, stack);
    const d = onlyResource(json, 'kubernetes_deployment_v1');
    expect(d.metadata.namespace).toBe('${var.ns}');
    expect(d.spec.strategy.rolling_update.max_surge).toBe('${var.surge}');
    expect(onlyResource(json, 'kubernetes_pod_disruption_budget_v1').spec.min_available).toBe('${var.min}');

    const other = testStack().stack;
    const w = (id: string, type: string) => new TerraformVariable(other, id, { type });
    const m = schedule({ ttl: w('ttl', 'string').stringValue, schedule: w('cron', 'string').stringValue, includedNamespaces: w('nss', 'list(string)').listValue }, other);
    expect([m.spec.template.ttl, m.spec.schedule, m.spec.template.includedNamespaces]).toEqual(['${var.ttl}', '${var.cron}', '${var.nss}']);
  });

  test.each<[string, (stack: TestStack) => unknown, string]>([
    ['a token probe kind', (s) => workload({ livenessProbe: { tcp: new TerraformVariable(s, 'tcp', { type: 'bool' }).booleanValue } }, s), 'invalid livenessProbe.tcp ${var.tcp} (a token): must be known at synth'],
    ['a token metric selector', (s) => workload({ podsMetrics: [{ name: 'rps', averageValue: '1', selector: new TerraformVariable(s, 'sel', { type: 'map(string)' }).value }] }, s), 'invalid podsMetrics[0].selector'],
    ['a token SLO description (synth checks it for templates)', (s) => rules({ slos: [{ ...AVAILABILITY, description: new TerraformVariable(s, 'd', { type: 'string' }).stringValue }] }, s), 'invalid slos[0].description ${var.d} (a token): must be known at synth'],
    ['a token burn rate (it used to be read as the number that encodes it)', (s) => rules({ slos: [{ ...AVAILABILITY, alerts: [{ severity: 'page', longWindow: '1h', burnRate: new TerraformVariable(s, 'b', { type: 'number' }).numberValue }] }] }, s), 'invalid slos[0].alerts[0].burnRate ${var.b} (a token): must be known at synth'],
    ['a token objective', (s) => rules({ slos: [{ ...AVAILABILITY, objective: new TerraformVariable(s, 'o', { type: 'number' }).numberValue }] }, s), 'invalid slos[0].objective ${var.o} (a token): must be known at synth'],
  ])('refused: %s', (_name, build, message) => {
    const { stack } = testStack();
    expectInvalidProp(() => build(stack), message);
  });
});

describe('null and {} where an object or a list item is expected (issue 21, class 1)', () => {
  test.each<[string, () => unknown, string]>([
    ['an SLO of null', () => rules({ slos: [null] }), 'invalid slos[0] null: must be an object (got null)'],
    ['an alert of null', () => rules({ slos: [{ ...AVAILABILITY, alerts: [null] }] }), 'invalid slos[0].alerts[0] null: must be an object (got null)'],
    ['an alert of {}', () => rules({ slos: [{ ...AVAILABILITY, alerts: [{}] }] }), 'invalid slos[0].alerts[0].severity undefined: is required'],
    ['an empty probe', () => workload({ readinessProbe: {} }), 'invalid readinessProbe {}: must give exactly one of path'],
    ['a metric of null', () => workload({ podsMetrics: [null] }), 'invalid podsMetrics[0] null'],
  ])('%s', (_name, build, message) => {
    expectInvalidProp(build, message);
  });
});

describe('limits that count what the library adds (issue 21, class 4)', () => {
  test('a PrometheusRule too large for etcd (1.5 MiB by default) is refused, counting the rules the library writes per SLO', () => {
    // A 20 KB description is written into both burn-rate alerts of each SLO: 40 SLOs make 1.6 MB of it alone.
    const slos = (description: string) => Array.from({ length: 40 }, (_, i) => ({ ...AVAILABILITY, name: `slo-${i}`, description }));
    expect(() => new SloRules(testStack().stack, 'api', { service: 'api', slos: slos('x'.repeat(10_000)) })).not.toThrow();
    expectInvalidProp(() => new SloRules(testStack().stack, 'api', { service: 'api', slos: slos('x'.repeat(20_000)) }), 'test/api: invalid slos "40 SLOs": make a PrometheusRule of', 'split them over several SloRules');
  });
});
