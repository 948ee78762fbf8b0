import { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchMetricAlarm, CloudwatchMetricAlarmMetricQuery } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct, IConstruct } from 'constructs';
import { alarmNameProblem, CLOUDWATCH_LIMITS, compositeRuleProblem, evaluationRangeProblem, metricQueriesProblems, periodProblem } from '../../core/cloudwatch-limits';
import { SLO_TAGS } from '../../core/contract';
import { InvalidPropError } from '../../core/errors';
import { Severity } from '../../core/severity';
import { BurnRateAlert, detectionTime, formatDuration, humanDuration, ServiceLevelObjective } from '../../slo';
import { SliQueries } from './slo-sli';


/** What the SLO alarms of one SLO share. */
export interface SloAlarmContext {
  readonly service: string;
  readonly slo: ServiceLevelObjective;
  readonly sli: SliQueries;
  /** Fewest events an alert's long window must hold before it can fire. */
  readonly minimumEvents: number;
  /** The SLO's prop path in the calling construct, e.g. `slos[0]`. */
  readonly prop: string;
  /** The construct whose path errors name (the one the user created). */
  readonly owner: IConstruct;
  /** Whether the SLO's alerts were given by the user (errors then name `alerts[i]`) or come from the catalogue. */
  readonly userAlerts: boolean;
}

/** Formats a ratio as a percentage without float noise: 0.0144 -> `1.44%`. */
export function percent(ratio: number): string {
  return `${Number((ratio * 100).toPrecision(6))}%`;
}

/** Tags shared by every alarm of an SLO. */
export function sloTags(ctx: SloAlarmContext): Record<string, string> {
  return {
    [SLO_TAGS.service]: ctx.service,
    [SLO_TAGS.name]: ctx.slo.name,
    [SLO_TAGS.objective]: String(ctx.slo.objective),
    [SLO_TAGS.period]: ctx.slo.period,
  };
}

/** Name of the alarm for one window of one alert, e.g. `checkout-availability-page-1h-5m-long`. */
export function windowAlarmName(ctx: SloAlarmContext, alert: BurnRateAlert, role: 'long' | 'short'): string {
  return `${ctx.service}-${ctx.slo.name}-${alert.id}-${role}`;
}

/** Name of the composite alarm of one severity, e.g. `checkout-availability-page`. */
export function compositeAlarmName(ctx: SloAlarmContext, severity: Severity): string {
  return `${ctx.service}-${ctx.slo.name}-${severity}`;
}

/**
 * The metric queries of one window alarm: the SLI's metrics at period =
 * window (one datapoint of that period is the sum over the last window,
 * so the alarm reads the ratio over a sliding window), then `bad`, `total`
 * and the returned `ratio`, guarded so that a window with fewer than
 * `minimumEvents` events reads as 0 (healthy).
 */
export function windowQueries(sli: SliQueries, windowSeconds: number, minimumEvents: number): CloudwatchMetricAlarmMetricQuery[] {
  const ids = new Set(sli.metrics.map((m) => m.id));
  const queries: CloudwatchMetricAlarmMetricQuery[] = sli.metrics.map(({ id, metric }) => ({
    id,
    returnData: false,
    metric: {
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions ? { ...metric.dimensions } : undefined,
      stat: metric.statistic ?? 'Sum',
      unit: metric.unit,
      period: windowSeconds,
    },
  }));
  // A bare metric id needs no expression of its own.
  const ref = (name: 'bad' | 'total', expr: string): string => {
    if (ids.has(expr.trim())) return expr.trim();
    queries.push({ id: name, expression: expr, label: name === 'bad' ? 'bad events' : 'all events', returnData: false });
    return name;
  };
  const bad = ref('bad', sli.bad);
  const total = ref('total', sli.total);
  queries.push({
    id: 'ratio',
    expression: `IF(${total} >= ${minimumEvents}, ${bad} / ${total}, 0)`,
    label: `error ratio over ${formatDuration(windowSeconds)}`,
    returnData: true,
  });
  return queries;
}

/** Builds the metric-math alarm for one window of a burn-rate alert. It has no actions: composites notify. */
export function windowAlarm(scope: Construct, id: string, ctx: SloAlarmContext, alert: BurnRateAlert, alertIndex: number, role: 'long' | 'short', compositeName: string): CloudwatchMetricAlarm {
  const windowSeconds = role === 'long' ? alert.longWindowSeconds : alert.shortWindowSeconds;
  const windowProp = ctx.userAlerts ? `${ctx.prop}.alerts[${alertIndex}].${role}Window` : `${ctx.prop}.period`;
  const windowValue = ctx.userAlerts ? formatDuration(windowSeconds) : ctx.slo.period;
  const problem = periodProblem(windowSeconds) ?? evaluationRangeProblem(windowSeconds, 1);
  if (problem) throw new InvalidPropError(ctx.owner, windowProp, windowValue, `a CloudWatch alarm cannot use this window: ${problem}`);
  // Only the long window is guarded: the short window only confirms the errors are still happening.
  const queries = windowQueries(ctx.sli, windowSeconds, role === 'long' ? ctx.minimumEvents : 1);
  const queryProblems = metricQueriesProblems(queries.map((q) => ({ id: q.id, isMetric: q.metric !== undefined, returnData: q.returnData as boolean })));
  if (queryProblems.length) throw new InvalidPropError(ctx.owner, `${ctx.prop}.sli`, queries.map((q) => q.id), queryProblems.join('; '));
  const name = windowAlarmName(ctx, alert, role);
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, `${nameProblem} (the alarm ${name.slice(0, 40)}... is named from the service, SLO and alert)`);
  const threshold = ctx.slo.threshold(alert);
  return new CloudwatchMetricAlarm(scope, id, {
    alarmName: name,
    alarmDescription: fit(
      ctx,
      `${role === 'long' ? 'Long' : 'Short'} window (${formatDuration(windowSeconds)}) of the ${alert.severity} alert ${alert.id}: ` +
        `in ALARM while the error ratio over ${formatDuration(windowSeconds)} is above ${percent(threshold)} ` +
        `(a ${alert.burnRate}x burn rate; ${percent(alert.budgetFraction)} of the ${ctx.slo.period} error budget consumed in ${formatDuration(alert.longWindowSeconds)})` +
        `${role === 'long' ? ` and it holds at least ${ctx.minimumEvents} events` : ''}. ` +
        `A full outage is detected in ${humanDuration(detectionTime(ctx.slo, alert, 1))}. ` +
        `Notifies nobody itself: the composite alarm ${compositeName} does.`,
    ),
    comparisonOperator: 'GreaterThanThreshold',
    threshold,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: 'notBreaching',
    metricQuery: queries,
    tags: {
      ...sloTags(ctx),
      [SLO_TAGS.alert]: alert.id,
      [SLO_TAGS.window]: formatDuration(windowSeconds),
      [SLO_TAGS.burnRate]: String(alert.burnRate),
      [SLO_TAGS.longWindow]: formatDuration(alert.longWindowSeconds),
      [SLO_TAGS.shortWindow]: formatDuration(alert.shortWindowSeconds),
    },
  });
}

/** One pair of window alarms of an alert. */
export interface WindowPair {
  readonly alert: BurnRateAlert;
  readonly long: CloudwatchMetricAlarm;
  readonly short: CloudwatchMetricAlarm;
}

/**
 * The composite rule of a severity: any pair with both windows in ALARM,
 * and none of the suppressing composites (more urgent severities) in ALARM.
 */
export function compositeRule(pairNames: ReadonlyArray<{ long: string; short: string }>, suppressedBy: readonly string[]): string {
  const alarm = (name: string): string => `ALARM(${JSON.stringify(name)})`;
  const pairs = pairNames.map((p) => `(${alarm(p.long)} AND ${alarm(p.short)})`);
  const firing = pairs.length === 1 ? pairs[0] : pairs.join(' OR ');
  if (suppressedBy.length === 0) return firing;
  const suppress = suppressedBy.length === 1 ? alarm(suppressedBy[0]) : `(${suppressedBy.map(alarm).join(' OR ')})`;
  return `${pairs.length === 1 ? firing : `(${firing})`} AND NOT ${suppress}`;
}

/** Builds the composite alarm of one severity of an SLO, notifying `actions` on ALARM and OK. */
export function compositeAlarm(
  scope: Construct,
  id: string,
  ctx: SloAlarmContext,
  severity: Severity,
  pairs: readonly WindowPair[],
  suppressors: ReadonlyArray<{ name: string; alarm: CloudwatchCompositeAlarm }>,
  actions: string[],
): CloudwatchCompositeAlarm {
  const name = compositeAlarmName(ctx, severity);
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, nameProblem);
  const rule = compositeRule(
    pairs.map((p) => ({ long: windowAlarmName(ctx, p.alert, 'long'), short: windowAlarmName(ctx, p.alert, 'short') })),
    suppressors.map((s) => s.name),
  );
  const ruleProblem = compositeRuleProblem(rule);
  if (ruleProblem) throw new InvalidPropError(ctx.owner, `${ctx.prop}.alerts`, severity, ruleProblem);
  const pairText = pairs
    .map(
      ({ alert }) =>
        `${formatDuration(alert.longWindowSeconds)} and ${formatDuration(alert.shortWindowSeconds)} above ${alert.burnRate}x burn ` +
        `(${percent(alert.budgetFraction)} of the budget in ${formatDuration(alert.longWindowSeconds)}; a full outage is detected in ${humanDuration(detectionTime(ctx.slo, alert, 1))})`,
    )
    .join('; or ');
  const suppressText = suppressors.length ? ` Silent while ${suppressors.map((s) => s.name).join(' or ')} is in ALARM.` : '';
  return new CloudwatchCompositeAlarm(scope, id, {
    alarmName: name,
    alarmRule: rule,
    alarmDescription: fit(ctx, `${severity.toUpperCase()}: the error budget is burning too fast. Fires when ${pairText}.${suppressText}`),
    alarmActions: actions,
    okActions: actions,
    actionsEnabled: true,
    tags: { ...sloTags(ctx), [SLO_TAGS.severity]: severity },
    dependsOn: [...pairs.flatMap((p) => [p.long, p.short]), ...suppressors.map((s) => s.alarm)],
  });
}

/**
 * An alarm description: the SLO, then `body`, then the runbook, cut to
 * CloudWatch's 1024 characters by shortening the SLO's own description first.
 */
export function fit(ctx: SloAlarmContext, body: string): string {
  const max = CLOUDWATCH_LIMITS.maxAlarmDescriptionLength;
  const runbook = ctx.slo.runbookUrl ? `Runbook: ${ctx.slo.runbookUrl}` : 'No runbook.';
  const head = (desc: string): string => `SLO ${ctx.service}/${ctx.slo.name} (${ctx.slo.objective}% over ${ctx.slo.period}): ${sentence(desc)} SLI: ${ctx.sli.summary}. `;
  let text = `${head(ctx.slo.description)}${body} ${runbook}`;
  if (text.length > max) {
    const room = Math.max(0, ctx.slo.description.length - (text.length - max) - 3);
    text = `${head(`${ctx.slo.description.slice(0, room)}...`)}${body} ${runbook}`;
  }
  if (text.length > max) text = `${text.slice(0, max - runbook.length - 4)}... ${runbook}`;
  return text.length > max ? text.slice(0, max) : text;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
