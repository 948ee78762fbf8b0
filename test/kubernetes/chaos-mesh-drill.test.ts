/**
 * ChaosMeshDrill: the Schedule (and the Workflow a run by hand creates) validated against Chaos Mesh's CRD schemas
 * (fixtures/chaos-mesh-schema.json: chaos-mesh/chaos-mesh helm/chaos-mesh/crds, pruned by
 * scripts/fixtures/chaos-mesh-schema.mjs; commit in the file), unknown fields refused as the API server's structural
 * schema would drop them; then what the objects say and how they relate to the deployment and the SLO rules. The
 * status code flip is proven against a real Prometheus in chaos-mesh-drill.prometheus.test.ts.
 */
import { ChaosMeshDrill, ChaosMeshDrillProps, ResilientDeployment, SloRules } from '../../src/kubernetes';
import { promqlSyntaxErrors } from '../../src/kubernetes/promql';
import { annotations, expectInvalidProp, synthJson, testStack, values } from '../harness';
import { AVAILABILITY, LATENCY } from './fixtures';
import { closedSchema, crdAjv } from './json-schema';
import schemaFixture from './fixtures/chaos-mesh-schema.json';

const ADDRESS = 'http://prometheus-operated.monitoring.svc:9090';

function build(overrides: Partial<ChaosMeshDrillProps> = {}) {
  const { stack } = testStack();
  const deployment = new ResilientDeployment(stack, 'api', { image: 'ghcr.io/acme/api:1.4.2', namespace: 'shop', readinessProbe: { path: '/ready' }, livenessProbe: { path: '/healthz' }, cpuRequest: '250m', memoryRequest: '256Mi' });
  const rules = new SloRules(stack, 'slos', { service: 'api', slos: [AVAILABILITY, LATENCY] });
  const make = (extra: Partial<ChaosMeshDrillProps> = {}) =>
    new ChaosMeshDrill(stack, 'drill', { pods: deployment, sloRules: rules, prometheusAddress: ADDRESS, scenarios: ['pod-delete'], ...overrides, ...extra } as ChaosMeshDrillProps);
  return { stack, deployment, rules, make };
}

function scheduleOf(stack: ReturnType<typeof testStack>['stack']): any {
  return values(synthJson(stack), 'kubernetes_manifest')
    .map((m: any) => m.manifest)
    .find((m: any) => m.kind === 'Schedule');
}

const templates = (spec: any) => Object.fromEntries(spec.templates.map((t: any) => [t.name, t]));

describe('ChaosMeshDrill: the manifests against the Chaos Mesh CRDs', () => {
  const { stack, make } = build({ scenarios: ['pod-delete', 'pod-failure', 'pod-cpu-stress', 'pod-network-latency'], jitterMilliseconds: 20, schedule: { days: ['TUE'], startTime: '10:00', timeZone: 'Europe/Dublin' } });
  const drill = make();
  const schedule = scheduleOf(stack);
  const ajv = crdAjv();

  test.each([
    ['Schedule', () => schedule],
    ['Workflow', () => drill.workflowManifest],
  ])('the %s is valid against its CRD schema (no unknown field, required fields set)', (kind, manifest) => {
    expect(schemaFixture.source.repository).toBe('chaos-mesh/chaos-mesh');
    expect(schemaFixture.source.commit).toMatch(/^[0-9a-f]{40}$/);
    const validate = ajv.compile(closedSchema((schemaFixture.schemas as any)[kind]));
    expect(validate(manifest()) ? [] : validate.errors).toEqual([]);
  });

  test('the validator can fail: an unknown field, a chaos without its selector, a mode the CRD does not know', () => {
    const validate = ajv.compile(closedSchema(schemaFixture.schemas.Schedule));
    const withTemplate = (change: (t: any) => any) => {
      const copy = JSON.parse(JSON.stringify(schedule));
      copy.spec.workflow.templates = copy.spec.workflow.templates.map((t: any) => (t.name === 'delete-pods' ? change(t) : t));
      return copy;
    };
    expect(validate(withTemplate((t) => ({ ...t, duraton: '1m' })))).toBe(false);
    expect(validate(withTemplate((t) => ({ ...t, podChaos: { action: 'pod-kill', mode: 'one' } })))).toBe(false);
    expect(validate(withTemplate((t) => ({ ...t, podChaos: { ...t.podChaos, mode: 'half' } })))).toBe(false);
  });
});

describe('ChaosMeshDrill: what the workflow does', () => {
  const { stack, deployment, rules, make } = build({ scenarios: ['pod-delete', 'pod-cpu-stress'] });
  const drill = make();
  const schedule = scheduleOf(stack);
  const t = templates(schedule.spec.workflow);

  test('the Schedule runs the workflow the construct exposes, in the pods\' namespace, at most one at a time', () => {
    expect(schedule.metadata).toMatchObject({ name: 'drill', namespace: 'shop' });
    expect(schedule.spec).toMatchObject({ type: 'Workflow', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 300 });
    expect(schedule.spec.workflow).toEqual(drill.workflowSpec);
    expect(drill.workflowManifest).toMatchObject({ apiVersion: 'chaos-mesh.org/v1alpha1', kind: 'Workflow', metadata: { generateName: 'drill-', namespace: 'shop' } });
  });

  test('paused by default (experiment.chaos-mesh.org/pause, read by the schedule cron controller), Tuesdays 10:00 UTC', () => {
    expect(schedule.metadata.annotations).toEqual({ 'experiment.chaos-mesh.org/pause': 'true' });
    expect(schedule.spec.schedule).toBe('CRON_TZ=UTC 0 10 * * TUE');
  });

  test('a schedule given with enabled: true runs, in its time zone; one without enabled stays paused', () => {
    const on = build({ schedule: { days: ['TUE', 'THU'], startTime: '10:30', timeZone: 'Europe/Dublin', enabled: true } });
    on.make();
    expect(scheduleOf(on.stack).metadata.annotations['experiment.chaos-mesh.org/pause']).toBe('false');
    expect(scheduleOf(on.stack).spec.schedule).toBe('CRON_TZ=Europe/Dublin 30 10 * * TUE,THU');
    const off = build({ schedule: { days: ['WED'], startTime: '09:00' } });
    off.make();
    expect(scheduleOf(off.stack).metadata.annotations['experiment.chaos-mesh.org/pause']).toBe('true');
  });

  test("the chaos selects the deployment's pods by namespace and labels, a share of them, never all", () => {
    for (const name of ['delete-pods', 'stress-pod-cpu']) {
      const chaos = t[name].podChaos ?? t[name].stressChaos;
      expect(chaos.selector).toEqual({ namespaces: [deployment.namespace], labelSelectors: { ...deployment.selector } });
    }
    expect(t['delete-pods'].podChaos).toMatchObject({ action: 'pod-kill', mode: 'fixed-percent', value: '33' });
    expect(t['stress-pod-cpu'].stressChaos).toMatchObject({ mode: 'fixed-percent', value: '50', stressors: { cpu: { workers: 1, load: 80 } } });
  });

  test('bounded: every fault, the parallel step and the watch end at the deadline; no chaos sets a duration (the webhook refuses one in a workflow)', () => {
    for (const name of ['chaos-under-slo', 'delete-pods', 'stress-pod-cpu', 'slo-watch']) expect(t[name].deadline).toBe('10m');
    expect(JSON.stringify(schedule.spec.workflow)).not.toMatch(/"duration"/);
    expect(t['chaos-under-slo'].children).toEqual(['delete-pods', 'stress-pod-cpu', 'slo-watch']);
  });

  test('a pre-flight check, then the chaos beside a continuous check; both abort the workflow', () => {
    expect(schedule.spec.workflow.entry).toBe('drill');
    expect(t.drill).toEqual({ name: 'drill', templateType: 'Serial', children: ['slo-preflight', 'chaos-under-slo'] });
    // No deadline on the pre-flight: a Serial moves on past a child's deadline, which would start the chaos unchecked.
    expect(t['slo-preflight'].deadline).toBeUndefined();
    expect(t['slo-preflight']).toMatchObject({ templateType: 'StatusCheck', abortWithStatusCheck: true, statusCheck: { mode: 'Synchronous', successThreshold: 1 } });
    expect(t['slo-watch']).toMatchObject({ templateType: 'StatusCheck', abortWithStatusCheck: true, statusCheck: { mode: 'Continuous', type: 'HTTP', intervalSeconds: 10, timeoutSeconds: 5, failureThreshold: 3, recordsHistoryLimit: 100 } });
    for (const name of ['slo-preflight', 'slo-watch']) expect(t[name].statusCheck.http).toEqual({ url: drill.statusCheckUrl, method: 'GET', criteria: { statusCode: '200' } });
  });

  test("the check's URL asks Prometheus's instant-query API the page gate query, which reads every page alert of the SLOs", () => {
    expect(drill.statusCheckUrl.startsWith(`${ADDRESS}/api/v1/query?query=`)).toBe(true);
    expect(decodeURIComponent(new URL(drill.statusCheckUrl).searchParams.get('query') ?? '')).toBe(drill.pageGateQuery);
    expect(promqlSyntaxErrors(drill.pageGateQuery)).toEqual([]);
    expect(drill.pageGateQuery).toMatch(/^\(vector\(1\) or label_replace\(vector\(1\), "copy", "1", "", ""\)\) \+ on\(\) count\(/);
    const pages = rules.groups.flatMap((g) => g.rules).filter((r) => r.labels?.severity === 'page' && r.alert);
    expect(pages.map((r) => r.labels?.slo)).toEqual(['availability', 'latency']);
    for (const page of pages) expect(drill.pageGateQuery).toContain(`(${page.expr.replace(/\n\s*/g, ' ').trim()})`);
    // Every record a page alert reads is checked for absence (no data aborts), and each once.
    const records = new Set(pages.flatMap((r) => r.expr.match(/slo:[\w:]+\{[^}]*\}/g) ?? []));
    for (const record of records) expect(drill.pageGateQuery.split(`absent(${record})`)).toHaveLength(2);
    expect(drill.pageGateQuery).not.toMatch(/Ticket|severity="ticket"|ratio_rate(1d|2h|3d)/);
  });

  test('slos narrows the SLOs whose page aborts; a trailing slash in the address is not doubled', () => {
    const d = build({ slos: ['latency'], prometheusAddress: `${ADDRESS}/` }).make();
    expect(d.pageGateQuery).toMatch(/slo="latency"/);
    expect(d.pageGateQuery).not.toMatch(/slo="availability"/);
    expect(d.statusCheckUrl.startsWith(`${ADDRESS}/api/v1/query?query=`)).toBe(true);
  });

  test('network latency: delay with jitter on the outgoing traffic; allPods selects every pod, with a warning', () => {
    const b = build({ scenarios: ['pod-network-latency'], latencyMilliseconds: 150, jitterMilliseconds: 20, allPods: { reason: 'staging game day OPS-7' } });
    b.make();
    const n = templates(scheduleOf(b.stack).spec.workflow)['delay-pod-network'].networkChaos;
    expect(n).toMatchObject({ action: 'delay', mode: 'all', direction: 'to', delay: { latency: '150ms', jitter: '20ms' } });
    expect(n.value).toBeUndefined();
    expect(annotations(b.stack).join('\n')).toMatch(/hits every pod of shop\/app.kubernetes.io\/name=api: staging game day OPS-7/);
  });
});

describe('ChaosMeshDrill: bad input fails at synth naming the prop', () => {
  test.each<[string, Partial<ChaosMeshDrillProps> | Record<string, unknown>, string | RegExp]>([
    ['podPercent 100 without allPods', { podPercent: 100 }, 'podPercent'],
    ['podPercent other than 100 with allPods', { podPercent: 50, allPods: { reason: 'x' } }, 'podPercent'],
    ['a CPU knob without the CPU scenario', { cpuLoadPercent: 90 }, 'cpuLoadPercent'],
    ['a latency knob without the latency scenario', { jitterMilliseconds: 5 }, 'jitterMilliseconds'],
    ['an SLO that is not in the rules', { slos: ['throughput'] }, 'slos[0]'],
    ['an address with a query', { prometheusAddress: `${ADDRESS}/api/v1/query?query=up` }, 'prometheusAddress'],
    ['an address that is not http(s)', { prometheusAddress: 'prometheus:9090' }, 'prometheusAddress'],
    ['a timeout longer than the interval', { statusCheck: { intervalSeconds: 5, timeoutSeconds: 10 } }, 'statusCheck.timeoutSeconds'],
    ['a threshold the drill cannot reach', { durationMinutes: 1, statusCheck: { intervalSeconds: 30, failureThreshold: 2 } }, 'statusCheck.failureThreshold'],
    ['a schedule outside its window', { schedule: { days: ['TUE'], startTime: '16:55' } }, 'schedule.startTime'],
    ['no scenario', { scenarios: [] }, 'scenarios'],
    ['an unknown scenario', { scenarios: ['pod-explode'] }, 'scenarios'],
    ['a name that is not a DNS-1123 label', { name: 'Drill' }, 'name'],
    ['a 13-hour drill', { durationMinutes: 780 }, 'durationMinutes'],
  ])('%s', (_, overrides, prop) => {
    const { make } = build(overrides as Partial<ChaosMeshDrillProps>);
    expectInvalidProp(() => make(), `drill`, typeof prop === 'string' ? `${prop}` : prop);
  });

  test('rules without any page alert leave nothing to abort the drill', () => {
    const { stack, deployment } = build();
    const ticketOnly = new SloRules(stack, 'ticket-only', { service: 'batch', slos: [{ ...AVAILABILITY, alerts: [{ severity: 'ticket', longWindow: '1d', shortWindow: '2h', burnRate: 3 }] } as never] });
    expectInvalidProp(() => new ChaosMeshDrill(stack, 'd', { pods: deployment, sloRules: ticketOnly, prometheusAddress: ADDRESS, scenarios: ['pod-delete'] }), 'sloRules', /no SLO with a page alert/);
  });

  test('two drills of the same name in a namespace collide', () => {
    const { stack, deployment, rules, make } = build();
    make();
    expect(() => new ChaosMeshDrill(stack, 'other', { name: 'drill', pods: deployment, sloRules: rules, prometheusAddress: ADDRESS, scenarios: ['pod-failure'] })).toThrow(/drill/);
  });
});
