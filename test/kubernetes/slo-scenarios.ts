import { PrometheusRule, PrometheusRuleGroup } from '../../src/kubernetes';
import { resetTime, ServiceLevelObjective } from '../../src/slo';

/**
 * The promtool behaviour scenarios of a 99.9% / 30d availability SLO over
 * `http_requests_total{job="api"}`: what SloRules' rules must do, and
 * ManagedPrometheusSlos' rules too (the same generator, run over its output).
 */

/**
 * Synthetic request counters for `job="api"`, 1000 requests a minute. Each
 * segment is promtool's expanding notation `start+stepxN` (N+1 samples for
 * the first, N for the next ones, one sample a minute).
 */
export function series(ok: string, errors: string) {
  return [
    { series: 'http_requests_total{job="api",code="200"}', values: ok },
    { series: 'http_requests_total{job="api",code="500"}', values: errors },
  ];
}

/** The scenarios (promtool test cases without interval) for rule groups of that SLO. */
export function sloScenarios(groups: readonly PrometheusRuleGroup[], slo: ServiceLevelObjective) {
  const alerts = groups.flatMap((g) => g.rules).filter((r): r is PrometheusRule & { alert: string } => r.alert !== undefined);
  const page = alerts.find((a) => a.labels?.severity === 'page')!;
  const ticket = alerts.find((a) => a.labels?.severity === 'ticket')!;
  const firing = (a: PrometheusRule & { alert: string }) => [{ exp_labels: { ...a.labels }, exp_annotations: { ...a.annotations } }];
  const at = (evalTime: string, a: PrometheusRule & { alert: string }, fires: boolean) => ({
    eval_time: evalTime,
    alertname: a.alert,
    exp_alerts: fires ? firing(a) : [],
  });

  // The SLO model's reset time for the slowest page pair after a full outage ending at 70m (~100m).
    const resolvedAt = 70 + Math.ceil(Math.max(...slo.alertsFor('page').map((a) => resetTime(slo, a, 1))) / 60);

  const scenarios: Record<string, object> = {
    // Healthy for an hour, then every request fails.
    'a full outage pages within 2 minutes': {
      input_series: series('0+1000x60 60000+0x60', '0+0x60 1000+1000x59'),
      alert_rule_test: [at('59m', page, false), at('62m', page, true), at('90m', page, true)],
    },
    // 0.2% errors for 6 hours: twice the sustainable rate.
    'a steady 2x burn tickets and never pages': {
      input_series: series('0+998x360', '0+2x360'),
      alert_rule_test: [
        at('30m', ticket, true),
        at('6h', ticket, true),
        ...['10m', '30m', '1h', '3h', '6h'].map((t) => at(t, page, false)),
      ],
    },
    // 0.05% errors for 6 hours: half the budget.
    'a healthy service never alerts': {
      input_series: series('0+9995x360', '0+5x360'),
      alert_rule_test: ['10m', '1h', '3h', '6h'].flatMap((t) => [at(t, page, false), at(t, ticket, false)]),
    },
    // A 10-minute full outage at 60m, then healthy: the 6h/30m pair keeps
    // paging until the outage leaves the 30m window (~100m), then it resolves.
    'the page resolves after recovery': {
      input_series: series('0+1000x60 60000+0x9 61000+1000x80', '0+0x60 1000+1000x9 10000+0x80'),
      alert_rule_test: [
        at('62m', page, true),
        at('70m', page, true),
        at(`${resolvedAt - 5}m`, page, true),
        at(`${resolvedAt + 5}m`, page, false),
        at('150m', page, false),
      ],
    },
  };

  return { page, ticket, at, scenarios };
}
