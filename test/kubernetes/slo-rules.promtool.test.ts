import * as fs from 'node:fs';
import * as path from 'node:path';
import { PrometheusRule, SloRules, SloRulesProps } from '../../src/kubernetes';
import { synthJson, testStack } from '../harness';
import { AVAILABILITY, LATENCY } from './fixtures';
import { checkRules, cleanup, describeWithPromtool, promtool, tempDir, writeRuleFiles } from './promtool';
import { series, sloScenarios } from './slo-scenarios';

function build(slos = [AVAILABILITY], service = 'api', props: Partial<SloRulesProps> = {}) {
  const { stack } = testStack();
  const rules = new SloRules(stack, 'rules', { service, slos, alertLabels: { team: 'payments' }, ...props });
  return { stack, rules };
}

/** Runs promtool test rules over a stack's rule file with one test case; returns promtool's result. */
function promtoolTest(stack: Parameters<typeof synthJson>[0], testCase: object): { status: number; output: string } {
  const dir = tempDir();
  try {
    const [ruleFile] = writeRuleFiles(synthJson(stack), dir);
    const testFile = path.join(dir, 'test.json');
    const { evaluation_interval: evaluationInterval = '1m', ...rest } = testCase as { evaluation_interval?: string };
    fs.writeFileSync(testFile, JSON.stringify({ rule_files: [path.basename(ruleFile)], evaluation_interval: evaluationInterval, tests: [{ interval: '1m', ...rest }] }, null, 2));
    return promtool(['test', 'rules', testFile], dir);
  } finally {
    cleanup(dir);
  }
}

describeWithPromtool('promtool check rules', () => {
  const cases: Array<[string, Parameters<typeof build>[0]]> = [
    ['30d events', [AVAILABILITY]],
    ['28d events and ratio', [{ ...AVAILABILITY, period: '28d' }, { ...LATENCY, period: '28d' }]],
    ['7d', [{ ...AVAILABILITY, period: '7d' }]],
    ['custom policy with one severity', [{ ...LATENCY, alerts: [{ severity: 'page', longWindow: '1h', burnRate: 10 }] }]],
  ];
  test.each(cases)('accepts the rule file for %s', (_name, slos) => {
    const { stack } = build(slos);
    const r = checkRules(synthJson(stack));
    expect(r.files).toBe(1);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test('rejects a broken rule file (the check can fail)', () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'bad.rules.json');
      fs.writeFileSync(file, JSON.stringify({ groups: [{ name: 'g', rules: [{ record: 'x', expr: 'rate(foo[5m]' }] }] }));
      expect(promtool(['check', 'rules', file]).status).not.toBe(0);
    } finally {
      cleanup(dir);
    }
  });
});

describeWithPromtool('promtool test rules: a 99.9% / 30d SLO over synthetic series', () => {
  const { stack, rules } = build();
  const { page, at, scenarios } = sloScenarios(rules.groups, rules.objectives[0]);

  test.each(Object.keys(scenarios))('%s', (name) => {
    const r = promtoolTest(stack, scenarios[name]);
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test.each(['28d', '7d'] as const)('a full outage pages within 2 minutes for a %s period too', (period) => {
    const { stack: other, rules: otherRules } = build([{ ...AVAILABILITY, period }]);
    const otherPage = otherRules.groups.flatMap((g) => g.rules).find((r) => r.labels?.severity === 'page') as PrometheusRule & { alert: string };
    const input = series('0+1000x60 60000+0x30', '0+0x60 1000+1000x29');
    const r = promtoolTest(other, { input_series: input, alert_rule_test: [at('59m', otherPage, false), at('62m', otherPage, true)] });
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test('a wrong expectation fails (the unit tests can fail)', () => {
    expect(promtoolTest(stack, { input_series: series('0+9995x120', '0+5x120'), alert_rule_test: [at('1h', page, true)] }).status).not.toBe(0);
  });
});

describeWithPromtool('promtool test rules: the promises SloAlarms makes on CloudWatch, on SloRules', () => {
  type Alert = PrometheusRule & { alert: string };
  const alertsOf = (rules: SloRules): Alert[] => rules.groups.flatMap((g) => g.rules).filter((r): r is Alert => r.alert !== undefined);
  const expect1 = (a: Alert, extra: Record<string, string> = {}) => [{ exp_labels: { ...a.labels, ...extra }, exp_annotations: { ...a.annotations } }];
  const at = (evalTime: string, a: Alert, fires: boolean, extra: Record<string, string> = {}) => ({ eval_time: evalTime, alertname: a.alert, exp_alerts: fires ? expect1(a, extra) : [] });

  test('minimum-traffic guard: 1 failure out of 2 requests at night pages nobody; without the guard it pages', () => {
    // nothing for 3 hours, then 2 requests in one minute, one of them failing
    const input = series('0x180 1x60', '0x180 1x60');
    const guarded = build();
    const [page] = alertsOf(guarded.rules);
    const quiet = promtoolTest(guarded.stack, { input_series: input, alert_rule_test: ['182m', '185m', '190m', '200m'].map((t) => at(t, page, false)) });
    expect(quiet.output).toContain('SUCCESS');
    const unguarded = build([AVAILABILITY], 'api', { minimumEventsPerWindow: 1 });
    const [unguardedPage] = alertsOf(unguarded.rules);
    const pages = promtoolTest(unguarded.stack, { input_series: input, alert_rule_test: [at('183m', unguardedPage, true)] });
    expect(pages.output).toContain('SUCCESS');
  });

  test('a 2-hour full outage: the ticket fires and keeps firing while the page fires (its notifications are for the inhibit rule to hold), then the page resolves first', () => {
    const { stack, rules } = build();
    const [page, ticket] = alertsOf(rules);
    // healthy for 1h, every request failing for 2h, healthy for 5h
    const input = series('0+1000x60 60000+0x120 60000+1000x300', '0+0x60 0+1000x120 120000+0x300');
    const during = ['90m', '120m', '150m', '179m'].flatMap((t) => [at(t, page, true), at(t, ticket, true)]);
    // 63m, not 62m: promtool (like Prometheus) evaluates the recording and the alerting groups concurrently, so an
    // alert may read the recordings of the previous evaluation; asserting at 62m passed or failed with the scheduling.
    const r = promtoolTest(stack, { input_series: input, alert_rule_test: [at('63m', page, true), ...during, at('240m', page, false), at('240m', ticket, true)] });
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
    // the inhibit rule pairs these two alerts: same service and SLO, page as source, ticket as target
    expect(rules.inhibitRules[0].equal.every((l) => page.labels![l] === ticket.labels![l])).toBe(true);
    expect(rules.inhibitRules[0].source_matchers).toContain(`severity="${page.labels!.severity}"`);
    expect(rules.inhibitRules[0].target_matchers).toContain(`severity="${ticket.labels!.severity}"`);
  });

  test('SLI metrics stopping for 6 hours: the SLI health alert fires within its 15 minutes (plus staleness) and resolves when they return', () => {
    const { stack, rules } = build();
    const health = alertsOf(rules).find((a) => a.alert.endsWith('SliMissing'))!;
    // samples every minute for 1h, none for 6h, then again
    const input = series('0+1000x60 _x360 420000+1000x60', '0x60 _x360 0x60');
    const r = promtoolTest(stack, {
      input_series: input,
      alert_rule_test: [at('70m', health, false), at('81m', health, true, { job: 'api' }), at('6h', health, true, { job: 'api' }), at('430m', health, false)],
    });
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  // Rules are evaluated hourly here (every minute would take minutes of CPU); the series still have a sample a minute.
  test('30 healthy days (0.05% errors, half the budget) fire nothing at all', () => {
    const { stack, rules } = build();
    const minutes = 30 * 24 * 60;
    const input = series(`0+9995x${minutes}`, `0+5x${minutes}`);
    const times = ['1d', '7d', '15d', '29d', '30d'];
    const r = promtoolTest(stack, { evaluation_interval: '1h', input_series: input, alert_rule_test: times.flatMap((t) => alertsOf(rules).map((a) => at(t, a, false))) });
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });

  test('a quiet night (counters flat, no requests) fires nothing, SLI health included', () => {
    const { stack, rules } = build();
    const input = series('0+1000x60 60000x600', '0x660');
    const r = promtoolTest(stack, { input_series: input, alert_rule_test: ['2h', '6h', '10h'].flatMap((t) => alertsOf(rules).map((a) => at(t, a, false))) });
    expect(r.output).toContain('SUCCESS');
    expect(r.status).toBe(0);
  });
});
