import { formatDuration, ServiceLevelObjective } from '../../../slo';
import { percent } from './burn-rate-alarm';
import { SliMetricQuery, SliQueries } from '../slo-sli';

/** One SLO as the dashboard shows it. */
export interface DashboardSlo {
  readonly slo: ServiceLevelObjective;
  readonly sli: SliQueries;
  /** The SLO's composite alarms (ARNs, tokens are fine). */
  readonly compositeAlarmArns: readonly string[];
}

const WIDTH = 6;
const HEIGHT = 6;

/**
 * Renames metric ids in a metric-math expression (ids are lower-case
 * words; function names are upper-case; quoted strings are left alone).
 */
export function renameIds(expression: string, rename: (id: string) => string | undefined): string {
  return expression
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/\b[a-z][a-zA-Z0-9_]*\b/g, (id) => rename(id) ?? id)))
    .join('');
}

/** Dashboard metric entries for an SLI at one period, with ids suffixed so several periods fit one widget. */
function metricEntries(region: string, metrics: readonly SliMetricQuery[], period: number, suffix: string): unknown[] {
  return metrics.map(({ id, metric }) => [
    metric.namespace,
    metric.metricName,
    ...Object.entries(metric.dimensions ?? {}).flat(),
    { id: `${id}${suffix}`, stat: metric.statistic ?? 'Sum', period, region, visible: false },
  ]);
}

/** The error-ratio expression over the SLI, at one period, ids suffixed. */
function ratioExpression(sli: SliQueries, suffix: string): string {
  const ids = new Set(sli.metrics.map((m) => m.id));
  const rename = (e: string): string => `(${renameIds(e, (id) => (ids.has(id) ? `${id}${suffix}` : undefined))})`;
  return `${rename(sli.bad)} / ${rename(sli.total)}`;
}

/**
 * The body of a CloudWatch dashboard with one row per SLO: the error ratio
 * over each alert window (with the alert thresholds), the burn rate over
 * 1 hour, the error budget remaining over the SLO period, and the state of
 * the SLO's composite alarms.
 */
export function sloDashboardBody(service: string, region: string, slos: readonly DashboardSlo[]): { widgets: unknown[] } {
  const widgets: unknown[] = [];
  slos.forEach(({ slo, sli, compositeAlarmArns }, row) => {
    const y = row * HEIGHT;
    const title = `${service}/${slo.name} (${slo.objective}% over ${slo.period})`;
    const windows = slo.windows;
    const ratioMetrics: unknown[] = [];
    windows.forEach((w, i) => {
      ratioMetrics.push(...metricEntries(region, sli.metrics, w, `_w${i}`));
      ratioMetrics.push([{ expression: ratioExpression(sli, `_w${i}`), label: `error ratio over ${formatDuration(w)}`, id: `ratio_w${i}`, region }]);
    });
    widgets.push({
      type: 'metric',
      x: 0,
      y,
      width: WIDTH,
      height: HEIGHT,
      properties: {
        title: `${title}: error ratio over the alert windows`,
        view: 'timeSeries',
        region,
        metrics: ratioMetrics,
        yAxis: { left: { min: 0, showUnits: false } },
        annotations: {
          horizontal: slo.alerts.map((a) => ({ label: `${a.id} (${a.burnRate}x)`, value: slo.threshold(a) })),
        },
      },
    });
    widgets.push({
      type: 'metric',
      x: WIDTH,
      y,
      width: WIDTH,
      height: HEIGHT,
      properties: {
        title: `${title}: burn rate over 1h (1 = the budget lasts exactly ${slo.period})`,
        view: 'timeSeries',
        region,
        period: 3600,
        metrics: [
          ...metricEntries(region, sli.metrics, 3600, '_b'),
          [{ expression: `(${ratioExpression(sli, '_b')}) / ${slo.errorBudget}`, label: 'burn rate', id: 'burn_rate', region }],
        ],
        yAxis: { left: { min: 0, showUnits: false } },
        annotations: { horizontal: [...new Set(slo.alerts.map((a) => a.burnRate))].map((b) => ({ label: `${b}x`, value: b })) },
      },
    });
    widgets.push({
      type: 'metric',
      x: 2 * WIDTH,
      y,
      width: WIDTH,
      height: HEIGHT,
      properties: {
        title: `${title}: error budget remaining over the last ${slo.period} (budget ${percent(slo.errorBudget)})`,
        view: 'singleValue',
        region,
        start: `-PT${slo.periodSeconds / 3600}H`,
        setPeriodToTimeRange: true,
        metrics: [
          ...metricEntries(region, sli.metrics, slo.periodSeconds, '_p'),
          [{ expression: `100 * (1 - (${ratioExpression(sli, '_p')}) / ${slo.errorBudget})`, label: 'error budget remaining (%)', id: 'budget_remaining', region }],
        ],
      },
    });
    widgets.push({
      type: 'alarm',
      x: 3 * WIDTH,
      y,
      width: WIDTH,
      height: HEIGHT,
      properties: { title: `${title}: alerts`, alarms: [...compositeAlarmArns] },
    });
  });
  return { widgets };
}
