import { DatadogSlos, DatadogSlosProps } from '../../src/datadog/datadog-slos';
import { expectInvalidProp, synthJson, testStack } from '../harness';

const GOOD = 'sum:trace.http.request.hits{service:web}.as_count() - sum:trace.http.request.errors{service:web}.as_count()';
const TOTAL = 'sum:trace.http.request.hits{service:web}.as_count()';
const ALERTS = [
  { severity: 'page', longWindow: '1h', burnRate: 14.4 },
  { severity: 'page', longWindow: '6h', burnRate: 6 },
  { severity: 'ticket', longWindow: '1d', burnRate: 3 },
];

function build(props: Partial<DatadogSlosProps> = {}) {
  const { stack } = testStack();
  const slos = new DatadogSlos(stack, 'dd', { service: 'web', slos: [{ name: 'availability', objective: 99.9, good: GOOD, total: TOTAL, alerts: ALERTS }], notify: { page: ['@pagerduty-web'], ticket: ['@slack-web'] }, ...props });
  return { stack, slos };
}

describe('DatadogSlos', () => {
  test('a metric-based SLO (good / total, target and timeframe) and one slo alert monitor per burn-rate alert, same windows and factors', () => {
    const { stack } = build();
    const json = synthJson(stack) as any;
    const [[sloId, slo]] = Object.entries(json.resource.datadog_service_level_objective) as [string, any][];
    expect(slo).toMatchObject({ type: 'metric', query: { numerator: GOOD, denominator: TOTAL }, thresholds: [{ timeframe: '30d', target: 99.9 }] });
    expect(slo.tags).toEqual(expect.arrayContaining(['service:web', 'slo:availability', 'managed-by:cdktf-reliability']));
    const monitors = Object.values(json.resource.datadog_monitor) as any[];
    expect(monitors.map((m) => [m.type, m.query, m.monitor_thresholds.critical])).toEqual([
      ['slo alert', `burn_rate("\${datadog_service_level_objective.${sloId}.id}").over("30d").long_window("1h").short_window("5m") > 14.4`, '14.4'],
      ['slo alert', `burn_rate("\${datadog_service_level_objective.${sloId}.id}").over("30d").long_window("6h").short_window("30m") > 6`, '6'],
      ['slo alert', `burn_rate("\${datadog_service_level_objective.${sloId}.id}").over("30d").long_window("24h").short_window("120m") > 3`, '3'],
    ]);
    // Routed by severity mentions.
    expect(monitors.map((m) => m.message.split(' ').pop())).toEqual(['@pagerduty-web', '@pagerduty-web', '@slack-web']);
    expect(monitors.map((m) => m.tags.find((t: string) => t.startsWith('severity:')))).toEqual(['severity:page', 'severity:page', 'severity:ticket']);
  });

  // Datadog docs, "Burn Rate Alerts": 1 hour <= long window <= 48 hours; over() takes the SLO's 7d, 30d or 90d.
  test.each([
    ['the default catalogue (its 3d ticket window is over Datadog\'s 48h)', { alerts: undefined }, /slos\[0\]\.period.*whole hours from 1h to 48h.*3d ticket window/],
    ['a 3d long window', { alerts: [{ severity: 'ticket', longWindow: '3d', burnRate: 1 }] }, /slos\[0\]\.alerts\[0\].*1h to 48h/],
    ['a 30m long window', { alerts: [{ severity: 'page', longWindow: '30m', burnRate: 20 }] }, /slos\[0\]\.alerts\[0\].*1h to 48h/],
    ['a 28d period', { period: '28d' as const }, /slos\[0\]\.period "28d": is not a Datadog SLO timeframe/],
  ])('refuses %s', (_what, change, message) => {
    expectInvalidProp(() => build({ slos: [{ name: 'availability', objective: 99.9, good: GOOD, total: TOTAL, alerts: ALERTS, ...change }] }), message);
  });

  test('refuses a severity nobody is notified of', () => {
    expectInvalidProp(() => build({ notify: { page: ['@pagerduty-web'] } }), /notify.*"ticket" alerts of slos\[0\]/);
  });
});
