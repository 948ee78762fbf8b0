import { SLO_ANNOTATION, SloRules, SloRulesProps } from '../../src/kubernetes';
import { annotations, onlyResource, schemaErrors, synth, synthJson, testStack } from '../harness';
import { AVAILABILITY, LATENCY } from './fixtures';
import { schemaViolations, sharedSchema } from './json-schema';

function build(props: Partial<SloRulesProps> = {}) {
  const { stack } = testStack();
  const rules = new SloRules(stack, 'rules', { service: 'api', slos: [AVAILABILITY, LATENCY], ...props });
  return { stack, rules };
}

function manifestOf(props: Partial<SloRulesProps> = {}) {
  const { stack } = build(props);
  return onlyResource(synthJson(stack), 'kubernetes_manifest').manifest;
}

const SEL = '{service="api", slo="availability"}';

describe('SloRules', () => {
  test('is a PrometheusRule with the SLO groups, valid for the provider schema', () => {
    const { stack } = build();
    const m = onlyResource(synthJson(stack), 'kubernetes_manifest').manifest;
    expect(m.apiVersion).toBe('monitoring.coreos.com/v1');
    expect(m.kind).toBe('PrometheusRule');
    expect(m.metadata).toMatchObject({
      name: 'api-slos',
      namespace: 'monitoring',
      labels: { 'app.kubernetes.io/managed-by': 'cdktf-reliability', 'app.kubernetes.io/part-of': 'api' },
    });
    expect(m.spec.groups.map((g: any) => g.name)).toEqual([
      'slo-sli-recordings-api-availability',
      'slo-meta-recordings-api-availability',
      'slo-alerts-api-availability',
      'slo-sli-recordings-api-latency',
      'slo-meta-recordings-api-latency',
      'slo-alerts-api-latency',
    ]);
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test('records the error ratio over every window of the 30d policy, and over the period from the 5m record', () => {
    const [sli] = manifestOf().spec.groups;
    expect(sli.rules.map((r: any) => r.record).filter((r: string) => r.startsWith('slo:sli_error'))).toEqual([
      'slo:sli_error:ratio_rate5m',
      'slo:sli_error:ratio_rate30m',
      'slo:sli_error:ratio_rate1h',
      'slo:sli_error:ratio_rate2h',
      'slo:sli_error:ratio_rate6h',
      'slo:sli_error:ratio_rate1d',
      'slo:sli_error:ratio_rate3d',
      'slo:sli_error:ratio_rate30d',
    ]);
    expect(sli.rules[2]).toEqual({
      record: 'slo:sli_error:ratio_rate1h',
      expr: '(sum(rate(http_requests_total{job="api",code=~"5.."}[1h])))\n/\n(sum(rate(http_requests_total{job="api"}[1h])))',
      labels: { service: 'api', slo: 'availability', window: '1h' },
    });
    expect(sli.rules[7].expr).toBe(
      `sum_over_time(slo:sli_error:ratio_rate5m${SEL}[30d])\n/ ignoring (window)\ncount_over_time(slo:sli_error:ratio_rate5m${SEL}[30d])`,
    );
  });

  test('the minimum-traffic guard: events per long window are recorded from totalQuery, and each long window must hold 10', () => {
    const [sli] = manifestOf().spec.groups;
    const events = sli.rules.filter((r: any) => r.record.startsWith('slo:sli_total_events'));
    expect(events.map((r: any) => [r.record, r.labels.window])).toEqual([
      ['slo:sli_total_events:increase1h', '1h'],
      ['slo:sli_total_events:increase6h', '6h'],
      ['slo:sli_total_events:increase1d', '1d'],
      ['slo:sli_total_events:increase3d', '3d'],
    ]);
    expect(events[0].expr).toBe('(sum(rate(http_requests_total{job="api"}[1h])))\n* 3600');
    const page = manifestOf({ minimumEventsPerWindow: 50 }).spec.groups[2].rules[0].expr;
    expect(page).toContain(`max(slo:sli_total_events:increase1h${SEL} >= 50) without (window)`);
    // turned off: no records, no guard
    const off = manifestOf({ minimumEventsPerWindow: 1 }).spec.groups;
    expect(off[0].rules.some((r: any) => r.record.startsWith('slo:sli_total_events'))).toBe(false);
    expect(off[2].rules[0].expr).not.toContain('sli_total_events');
  });

  test('a ratio SLI has no event count: no guard, and a warning that says how to get one', () => {
    const { stack } = build();
    expect(annotations(stack)).toEqual([
      expect.stringContaining('test/rules: slos[1]: errorRatioQuery without totalQuery has no event count, so its alerts have no minimum-traffic guard'),
    ]);
    const withTotal = manifestOf({ slos: [{ ...LATENCY, totalQuery: 'sum(rate(http_request_duration_seconds_count{job="api"}[{{.window}}]))' }] });
    expect(withTotal.spec.groups[2].rules[0].expr).toContain('max(slo:sli_total_events:increase1h{service="api", slo="latency"} >= 10) without (window)');
  });

  test('meta records: objective, budget, period days, current and period burn rate, budget remaining', () => {
    const meta = manifestOf().spec.groups[1].rules;
    const byName = Object.fromEntries(meta.map((r: any) => [r.record, r.expr]));
    expect(byName).toEqual({
      'slo:objective:ratio': 'vector(0.999)',
      'slo:error_budget:ratio': 'vector(0.001)',
      'slo:time_period:days': 'vector(30)',
      'slo:current_burn_rate:ratio': `slo:sli_error:ratio_rate5m${SEL}\n/ on(service, slo) group_left\nslo:error_budget:ratio${SEL}`,
      'slo:period_burn_rate:ratio': `slo:sli_error:ratio_rate30d${SEL}\n/ on(service, slo) group_left\nslo:error_budget:ratio${SEL}`,
      'slo:period_error_budget_remaining:ratio': `1 - slo:period_burn_rate:ratio${SEL}`,
    });
    for (const r of meta) expect(r.labels).toEqual({ service: 'api', slo: 'availability' });
  });

  test('page and ticket alerts use the workbook factors (14.4x/6x, 3x/1x) on long and short windows', () => {
    const alerts = manifestOf({ alertLabels: { team: 'payments' } }).spec.groups[2].rules;
    expect(alerts.map((a: any) => a.alert)).toEqual(['ApiAvailabilityBudgetBurnPage', 'ApiAvailabilityBudgetBurnTicket', 'ApiAvailabilitySliMissing']);
    const side = (w: string, f: number) => `max(slo:sli_error:ratio_rate${w}${SEL} > (${f} * 0.001)) without (window)`;
    const guard = (l: string) => `max(slo:sli_total_events:increase${l}${SEL} >= 10) without (window)`;
    const pair = (l: string, s: string, f: number) => `(\n    ${side(l, f)}\n    and\n    ${guard(l)}\n    and\n    ${side(s, f)}\n)`;
    expect(alerts[0].expr).toBe(`${pair('1h', '5m', 14.4)}\nor\n${pair('6h', '30m', 6)}`);
    expect(alerts[1].expr).toBe(`${pair('1d', '2h', 3)}\nor\n${pair('3d', '6h', 1)}`);
    expect(alerts[0].labels).toEqual({ team: 'payments', severity: 'page', slo: 'availability', service: 'api' });
    expect(alerts[1].labels.severity).toBe('ticket');
    expect(alerts[0].annotations).toEqual({
      summary: 'api availability SLO: error budget burning too fast (page)',
      description:
        '99.9% of events are good over 30d. The error budget (0.1% of events over 30d) is burning 14.4x over 1h and 5m ' +
        '(2% of the budget in 1h), or 6x over 6h and 30m (5% of the budget in 6h). A long window needs at least 10 events to fire. ' +
        'Runbook: https://runbooks.example.com/api/availability',
      runbook_url: 'https://runbooks.example.com/api/availability',
    });
  });

  test('a ratio SLI is recorded as given, with the window substituted', () => {
    const latency = manifestOf().spec.groups[3].rules;
    expect(latency[0].expr).toBe(
      '(1 - (sum(rate(http_request_duration_seconds_bucket{job="api",le="0.3"}[5m])) / sum(rate(http_request_duration_seconds_count{job="api"}[5m]))))',
    );
    // 99% over 30d: the budget is 0.01 and there is no runbook annotation.
    const alerts = manifestOf().spec.groups[5].rules;
    expect(alerts[0].expr).toContain('> (14.4 * 0.01)');
    expect(alerts[0].annotations.runbook_url).toBeUndefined();
    expect(alerts[0].annotations.description).toContain('No runbook is linked');
  });

  test('7d and 28d periods use their catalogues and record the period', () => {
    const m = manifestOf({ slos: [{ ...AVAILABILITY, period: '7d' }, { ...LATENCY, period: '28d' }] });
    const week = m.spec.groups[2].rules[0].expr;
    expect(week).toContain('ratio_rate1h{service="api", slo="availability"} > (13.44 * 0.001)');
    expect(week).toContain('> (3.5 * 0.001)');
    expect(m.spec.groups[0].rules.map((r: any) => r.record)).toContain('slo:sli_error:ratio_rate7d');
    expect(m.spec.groups[1].rules[2].expr).toBe('vector(7)');
    expect(m.spec.groups[3].rules.at(-1).record).toBe('slo:sli_error:ratio_rate28d');
    expect(m.spec.groups[5].rules[1].expr).toContain('> (0.933333333333 * 0.01)');
  });

  test('a custom policy records its own windows (and always the 5m base window)', () => {
    const m = manifestOf({ slos: [{ ...AVAILABILITY, alerts: [{ severity: 'page', longWindow: '2h', shortWindow: '10m', burnRate: 10 }] }] });
    expect(m.spec.groups[0].rules.map((r: any) => `${r.record.split(':')[1]} ${r.labels.window}`)).toEqual([
      'sli_error 5m',
      'sli_error 10m',
      'sli_error 2h',
      'sli_error 30d',
      'sli_total_events 2h',
    ]);
    expect(m.spec.groups[2].rules.map((r: any) => r.alert)).toEqual(['ApiAvailabilityBudgetBurnPage', 'ApiAvailabilitySliMissing']);
  });

  test('annotates the manifest with the SLOs and their alerts as compact JSON (the rule pack reads it)', () => {
    const m = manifestOf({ slos: [AVAILABILITY] });
    const text = m.metadata.annotations[SLO_ANNOTATION];
    expect(SLO_ANNOTATION).toBe('reliability.cdktf.io/slos');
    expect(text).not.toMatch(/\n| {2}/);
    expect(JSON.parse(text)).toEqual([
      {
        service: 'api',
        name: 'availability',
        objective: 99.9,
        period: '30d',
        alerts: [
          { id: 'page-1h-5m', severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4 },
          { id: 'page-6h-30m', severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6 },
          { id: 'ticket-1d-2h', severity: 'ticket', longWindow: '1d', shortWindow: '2h', burnRate: 3 },
          { id: 'ticket-3d-6h', severity: 'ticket', longWindow: '3d', shortWindow: '6h', burnRate: 1 },
        ],
      },
    ]);
  });

  test('namespace, name and labels can be set; user labels win', () => {
    const { stack, rules } = build({ namespace: 'observability', name: 'checkout-rules', labels: { release: 'kube-prometheus-stack' } });
    const m = onlyResource(synthJson(stack), 'kubernetes_manifest').manifest;
    expect(m.metadata.namespace).toBe('observability');
    expect(m.metadata.name).toBe('checkout-rules');
    expect(m.metadata.labels.release).toBe('kube-prometheus-stack');
    expect(rules.ruleName).toBe('checkout-rules');
    expect(rules.objectives.map((o) => o.name)).toEqual(['availability', 'latency']);
    expect(rules.manifest.terraformResourceType).toBe('kubernetes_manifest');
  });

  test('the manifest matches the PrometheusRule CRD schema (operator 0.93)', () => {
    const schema = sharedSchema('prometheus-operator/prometheusrule_v1.openapiv3.json');
    if (!schema) return;
    const m = manifestOf();
    expect(schemaViolations(schema, m)).toEqual([]);
    // the check itself can fail
    expect(schemaViolations(schema, { ...m, spec: { groups: [{ name: '', rules: [{ expr: 1, recrd: 'x' }] }] } })).not.toEqual([]);
  });
});

describe('SloRules: severities, suppression and SLI health', () => {
  test('declared severities are accepted, most urgent first after page and ticket', () => {
    const { rules } = build({
      severities: ['info'],
      slos: [{ ...AVAILABILITY, alerts: [{ severity: 'page', longWindow: '1h', burnRate: 14.4 }, { severity: 'ticket', longWindow: '1d', burnRate: 3 }, { severity: 'info', longWindow: '3d', burnRate: 0.5 }] }],
    });
    expect(rules.groups[2].rules.map((r) => r.labels?.severity)).toEqual(['page', 'ticket', 'info', 'ticket']);
    expect(rules.inhibitRules).toEqual([
      { source_matchers: ['severity="page"', 'slo=~".+"'], target_matchers: ['severity="ticket"', 'slo=~".+"'], equal: ['service', 'slo'] },
      { source_matchers: ['severity=~"page|ticket"', 'slo=~".+"'], target_matchers: ['severity="info"', 'slo=~".+"'], equal: ['service', 'slo'] },
    ]);
  });

  test('the ticket is held by an Alertmanager inhibit rule on the page of the same service and SLO; its own state is untouched', () => {
    const { rules } = build();
    expect(rules.inhibitRules).toEqual([{ source_matchers: ['severity="page"', 'slo=~".+"'], target_matchers: ['severity="ticket"', 'slo=~".+"'], equal: ['service', 'slo'] }]);
    const ticket = rules.groups[2].rules[1];
    // no "unless" on the page: the ticket keeps firing during a page, so Alertmanager sends no resolved notice
    expect(ticket.expr).not.toMatch(/unless|ALERTS/);
    const page = rules.groups[2].rules[0];
    for (const label of rules.inhibitRules[0].equal) expect(ticket.labels?.[label]).toBe(page.labels?.[label]);
  });

  test('the SLI health alert: absent_over_time over the series the total query reads', () => {
    const { rules } = build();
    const health = rules.groups[2].rules[2];
    expect(health).toEqual({
      alert: 'ApiAvailabilitySliMissing',
      expr: 'absent_over_time(http_requests_total{job="api"}[15m])',
      labels: { severity: 'ticket', slo: 'availability', service: 'api' },
      annotations: expect.objectContaining({ summary: 'api availability SLO: the SLI has reported nothing for 15m' }),
    });
    // a ratio SLI: every series its query reads
    expect(rules.groups[5].rules.at(-1)!.expr).toBe(
      'absent_over_time(http_request_duration_seconds_bucket{job="api",le="0.3"}[15m])\nor\nabsent_over_time(http_request_duration_seconds_count{job="api"}[15m])',
    );
    const custom = build({ sliHealth: { missingFor: '1h', severity: 'page' }, slos: [{ ...AVAILABILITY, sliHealth: { enabled: false } }, { ...LATENCY, name: 'l2' }] }).rules;
    expect(custom.groups.flatMap((g) => g.rules).filter((r) => r.alert?.endsWith('SliMissing')).map((r) => [r.alert, r.labels?.severity, r.expr.includes('[1h]')])).toEqual([
      ['ApiL2SliMissing', 'page', true],
    ]);
  });
});

describe('SloRules rejects', () => {
  const path = 'test/rules';
  test.each<[string, Partial<SloRulesProps>, string]>([
    ['invalid PromQL, naming the prop and the position', { slos: [{ ...AVAILABILITY, errorQuery: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}])' }] }, `${path}: invalid slos[0].errorQuery "sum(rate(http_requests_total{code=~\\"5..\\"}[{{.window}}])": is not valid PromQL: syntax error at line 1, column 56 (offset 55`],
    ['invalid PromQL in a ratio query', { slos: [{ name: 'x', objective: 99, errorRatioQuery: 'rate(x[{{.window}}]) / / 2' }] }, `${path}: invalid slos[0].errorRatioQuery`],
    ['a query without the window placeholder', { slos: [{ ...AVAILABILITY, totalQuery: 'sum(rate(http_requests_total[5m]))' }] }, `${path}: invalid slos[0].totalQuery "sum(rate(http_requests_total[5m]))": must contain the window placeholder {{.window}}`],
    ['a query Terraform would interpolate', { slos: [{ ...AVAILABILITY, totalQuery: 'sum(rate(x{a="${var.x}"}[{{.window}}]))' }] }, `${path}: invalid slos[0].totalQuery`],
    ['both an events and a ratio SLI', { slos: [{ ...AVAILABILITY, errorRatioQuery: 'rate(x[{{.window}}])' }] }, `${path}: invalid slos[0] `],
    ['an error query without a total query', { slos: [{ name: 'x', objective: 99, errorQuery: 'rate(x[{{.window}}])' }] }, `${path}: invalid slos[0] `],
    ['no SLI', { slos: [{ name: 'x', objective: 99 }] }, `${path}: invalid slos[0] `],
    ['an impossible burn-rate pair (objective 90 with the 30d catalogue)', { slos: [{ ...AVAILABILITY, objective: 90 }] }, `${path}: invalid slos[0].alerts[0].burnRate 14.4: a 14.4x burn rate fires only above an error ratio of 1.44`],
    ['an unknown period', { slos: [{ ...AVAILABILITY, period: '90d' as any }] }, `${path}: invalid slos[0].period "90d": must be one of "30d", "28d", "7d"`],
    ['a description Prometheus would expand as a template', { slos: [{ ...AVAILABILITY, description: 'ok {{ $value }}' }] }, `${path}: invalid slos[0].description "ok {{ $value }}": must be text without "{{" (Prometheus expands alert annotations as Go templates)`],
    ['duplicate SLO names', { slos: [AVAILABILITY, AVAILABILITY] }, `${path}: invalid slos[1].name "availability": must be unique among the SLOs`],
    ['no SLOs', { slos: [] }, `${path}: invalid slos []: must have at least 1 item(s) (got 0)`],
    ['a service name that is not a DNS label', { service: 'Checkout API' }, `${path}: invalid service "Checkout API"`],
    ['a bad namespace', { namespace: 'Monitoring' }, `${path}: invalid namespace "Monitoring"`],
    ['a reserved alert label', { alertLabels: { severity: 'critical' } }, `${path}: invalid alertLabels.severity "severity"`],
    ['a bad object label', { labels: { 'bad key!': 'x' } }, `${path}: invalid labels.bad key!`],
    [
      'a severity typo, which no Alertmanager route would match',
      { slos: [{ ...AVAILABILITY, alerts: [{ severity: 'pgae', longWindow: '1h', burnRate: 14.4 }] }] },
      `${path}: invalid slos[0].alerts[0].severity "pgae": is not a known severity (did you mean "page"?): known are "page", "ticket"; an alert whose severity no Alertmanager route matches reaches nobody, so declare other severities in \`severities\``,
    ],
    ['an undeclared severity for the SLI health alert', { sliHealth: { severity: 'info' } }, `${path}: invalid sliHealth.severity "info": is not a known severity`],
    ['a malformed declared severity', { severities: ['Info'] }, `${path}: invalid severities[0] "Info": must be a severity: lower-case letters, digits and "-", starting with a letter`],
    ['an objective written as a ratio', { slos: [{ ...AVAILABILITY, objective: 0.9995 }] }, `${path}: invalid slos[0].objective 0.9995: objective is a percentage: did you mean 99.95?`],
    ['a guard that is not a whole number', { minimumEventsPerWindow: 0.5 }, `${path}: invalid minimumEventsPerWindow 0.5: must be an integer >= 1`],
    ['an SLI health wait under 5 minutes', { slos: [{ ...AVAILABILITY, sliHealth: { missingFor: '1m' } }] }, `${path}: invalid slos[0].sliHealth.missingFor "1m": must be whole minutes and at least 5m`],
    ['an SLI health switch that is not a boolean', { sliHealth: { enabled: 'no' as any } }, `${path}: invalid sliHealth.enabled "no": must be true or false`],
  ])('%s', (_name, props, message) => {
    expect(() => build(props)).toThrow(message);
  });
});

describe('SloRules names and JavaScript callers', () => {
  test('two rule sets for one service in one namespace collide', () => {
    const { stack } = testStack();
    new SloRules(stack, 'a', { service: 'api', slos: [AVAILABILITY] });
    expect(() => new SloRules(stack, 'b', { service: 'api', slos: [LATENCY] })).toThrow(
      'test/b: Kubernetes PrometheusRule name "api-slos" is already used by test/a',
    );
  });

  test('a misspelt prop, a list for labels and a label map token are refused', () => {
    expect(() => build({ nmespace: 'x' } as any)).toThrow('test/rules: unknown prop nmespace (did you mean namespace?)');
    expect(() => build({ alertLabels: ['team'] } as any)).toThrow('test/rules: invalid alertLabels ["team"]: must be an object (got a list)');
  });

  test('${ in an SLO description reaches the manifest as literal text', () => {
    const m = manifestOf({ slos: [{ ...AVAILABILITY, description: 'costs ${5} per %{minute}' }] });
    const alert = m.spec.groups[2].rules[0];
    expect(JSON.stringify(alert.annotations)).toContain('costs $${5} per %%{minute}');
  });
});
