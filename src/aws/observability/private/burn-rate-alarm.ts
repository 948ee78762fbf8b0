import { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchMetricAlarm, CloudwatchMetricAlarmMetricQuery } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct, IConstruct } from 'constructs';
import { alarmNameProblem, CLOUDWATCH_LIMITS, compositeRuleProblem, evaluationRangeProblem, metricQueriesProblems, periodProblem } from '../../../core/cloudwatch-limits';
import { SLO_TAGS } from '../../../core/contract';
import { InvalidPropError } from '../../../core/errors';
import { claimName } from '../../../core/name-registry';
import { awsLocation } from '../../common/aws-location';
import { Severity } from '../../../core/severity';
import { literal, literalMap } from '../../../core/user-text';
import { BudgetExhaustedSignal, BurnRateAlert, detectionTime, formatDuration, humanDuration, PlannedWindowAlarm, ServiceLevelObjective, SliHealth } from '../../../slo';
import { SliMetric, SliQueries } from '../slo-sli';


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
 * and the returned `ratio`. The ratio is never above 1 (a window whose bad
 * events exceed its total, which only a total that misses some events can
 * cause, reads 1), and a window with fewer than `minimumEvents` events
 * reads 0 (healthy).
 */
export function windowQueries(sli: SliQueries, windowSeconds: number, minimumEvents: number): CloudwatchMetricAlarmMetricQuery[] {
  const ids = new Set(sli.metrics.map((m) => m.id));
  const queries: CloudwatchMetricAlarmMetricQuery[] = sli.metrics.map(({ id, metric }) => ({ id, returnData: false, metric: metricBlock(metric, windowSeconds) }));
  // A bare metric id needs no expression of its own. The expressions are the user's text (metric math): escaped.
  const ref = (name: 'bad' | 'total', expr: string): string => {
    if (ids.has(expr.trim())) return expr.trim();
    queries.push({ id: name, expression: literal(expr), label: name === 'bad' ? 'bad events' : 'all events', returnData: false });
    return name;
  };
  const bad = ref('bad', sli.bad);
  const total = ref('total', sli.total);
  queries.push({
    id: 'ratio',
    expression: ratioExpression(bad, total, minimumEvents),
    label: `error ratio over ${formatDuration(windowSeconds)}`,
    returnData: true,
  });
  return queries;
}

/**
 * An SLI metric as a query's `metric` block. Metric names and dimensions are
 * user text CloudWatch restricts little (`${` is allowed): escaped.
 */
export function metricBlock(metric: SliMetric, period: number): NonNullable<CloudwatchMetricAlarmMetricQuery['metric']> {
  return {
    namespace: metric.namespace,
    metricName: literal(metric.metricName),
    dimensions: metric.dimensions ? literalMap({ ...metric.dimensions }) : undefined,
    stat: metric.statistic ?? 'Sum',
    unit: metric.unit,
    period,
  };
}

/** `bad / total`, capped at 1, and 0 below `minimumEvents` events (the larger of bad and total counts). */
export function ratioExpression(bad: string, total: string, minimumEvents: number): string {
  return `IF(${bad} > ${total}, IF(${bad} >= ${minimumEvents}, 1, 0), IF(${total} >= ${minimumEvents}, ${bad} / ${total}, 0))`;
}

/**
 * {@link windowQueries}, refused (naming the SLO's `sli`) when the SLI's
 * metrics and the library's own expressions (bad, total, ratio), which count
 * together against CloudWatch's limits, exceed them.
 */
function checkedWindowQueries(ctx: SloAlarmContext, windowSeconds: number, minimumEvents: number): CloudwatchMetricAlarmMetricQuery[] {
  const queries = windowQueries(ctx.sli, windowSeconds, minimumEvents);
  const queryProblems = metricQueriesProblems(queries.map((q) => ({ id: q.id, isMetric: q.metric !== undefined, returnData: q.returnData as boolean })));
  const max = CLOUDWATCH_LIMITS.maxMetricExpressionLength;
  for (const q of queries) {
    if (q.expression !== undefined && q.expression.length > max) queryProblems.push(`the ${q.id} expression is ${q.expression.length} characters; the provider allows at most ${max}`);
  }
  if (queryProblems.length) throw new InvalidPropError(ctx.owner, `${ctx.prop}.sli`, queries.map((q) => q.id), queryProblems.join('; '));
  return queries;
}

/** Builds the metric-math alarm for one planned window alarm. It has no actions: composites notify. */
export function windowAlarm(scope: Construct, ctx: SloAlarmContext, planned: PlannedWindowAlarm, alertIndex: number, compositeNames: readonly string[]): CloudwatchMetricAlarm {
  const { alert, role, windowSeconds } = planned;
  const windowProp = ctx.userAlerts ? `${ctx.prop}.alerts[${alertIndex}].${role}Window` : `${ctx.prop}.period`;
  const windowValue = ctx.userAlerts ? formatDuration(windowSeconds) : ctx.slo.period;
  const problem = periodProblem(windowSeconds) ?? evaluationRangeProblem(windowSeconds, 1);
  if (problem) throw new InvalidPropError(ctx.owner, windowProp, windowValue, `a CloudWatch alarm cannot use this window: ${problem}`);
  // Only long windows are guarded: the short window only confirms the errors are still happening.
  const queries = checkedWindowQueries(ctx, windowSeconds, planned.guarded ? ctx.minimumEvents : 1);
  const name = windowAlarmName(ctx, alert, role);
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, `${nameProblem} (the alarm ${name.slice(0, 40)}... is named from the service, SLO and alert)`);
  claimAlarmName(ctx, name);
  const shared = planned.serves.length > 1 ? ` Shared by ${planned.serves.join(' and ')}.` : '';
  return new CloudwatchMetricAlarm(scope, planned.id, {
    alarmName: name,
    alarmDescription: fit(
      ctx,
      `${role === 'long' ? 'Long' : 'Short'} window (${formatDuration(windowSeconds)}) of the ${alert.severity} alert ${alert.id}: ` +
        `in ALARM while the error ratio over ${formatDuration(windowSeconds)} is above ${percent(planned.threshold)} ` +
        `(a ${alert.burnRate}x burn rate; ${percent(alert.budgetFraction)} of the ${ctx.slo.period} error budget consumed in ${formatDuration(alert.longWindowSeconds)})` +
        `${planned.guarded ? ` and it holds at least ${ctx.minimumEvents} events` : ''}. ` +
        `A full outage is detected in ${humanDuration(detectionTime(ctx.slo, alert, 1))}.${shared} ` +
        `Notifies nobody itself: ${compositeNames.join(' and ')} ${compositeNames.length > 1 ? 'do' : 'does'}.`,
    ),
    comparisonOperator: 'GreaterThanThreshold',
    threshold: planned.threshold,
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

/** Name of the SLI health alarm of an SLO, e.g. `checkout-availability-sli-health`. */
export function sliHealthAlarmName(ctx: SloAlarmContext): string {
  return `${ctx.service}-${ctx.slo.name}-sli-health`;
}

/**
 * The period and number of periods of the SLI health alarm: whole hours
 * when `missingFor` is, else 5 minutes or 1 minute, so every period of
 * `missingFor` must be empty for the alarm to fire.
 */
export function sliHealthPeriods(missingForSeconds: number): { period: number; evaluationPeriods: number } {
  const period = missingForSeconds % 3600 === 0 ? 3600 : missingForSeconds % 300 === 0 ? 300 : 60;
  return { period, evaluationPeriods: missingForSeconds / period };
}

/**
 * The SLI health alarm: on the SLI's health metric (the one that reports
 * whenever there is traffic), in ALARM when every period of `missingFor`
 * has no datapoint. A count is never below 0, so only missing data
 * (treated as breaching) can fire it.
 */
export function sliHealthAlarm(scope: Construct, id: string, ctx: SloAlarmContext, health: SliHealth, healthProp: string, actions: string[]): CloudwatchMetricAlarm {
  const { period, evaluationPeriods } = sliHealthPeriods(health.missingForSeconds);
  const problem = evaluationRangeProblem(period, evaluationPeriods);
  if (problem) throw new InvalidPropError(ctx.owner, `${healthProp}.missingFor`, formatDuration(health.missingForSeconds), `a CloudWatch alarm cannot wait this long: ${problem}`);
  const name = sliHealthAlarmName(ctx);
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, nameProblem);
  claimAlarmName(ctx, name);
  const { id: metricId, metric } = ctx.sli.health;
  const missing = formatDuration(health.missingForSeconds);
  return new CloudwatchMetricAlarm(scope, id, {
    alarmName: name,
    alarmDescription: fit(
      ctx,
      `${health.severity.toUpperCase()}: the SLI reported nothing for ${missing} (${metric.namespace} ${metric.metricName} has no datapoint). ` +
        (ctx.sli.healthReportedWithoutTraffic
          ? `That metric is published whatever the traffic, so the SLI no longer matches its metrics (renamed load balancer or target group, wrong dimension): `
          : `Either the service had no traffic for ${missing}, or the SLI no longer matches its metrics (renamed load balancer, wrong dimension, stopped publisher): `) +
        `then every burn-rate alarm of this SLO reads "no data" and cannot fire.`,
    ),
    comparisonOperator: 'LessThanThreshold',
    threshold: 0,
    evaluationPeriods,
    datapointsToAlarm: evaluationPeriods,
    treatMissingData: 'breaching',
    metricQuery: [{ id: metricId, returnData: true, metric: metricBlock(metric, period) }],
    alarmActions: actions,
    okActions: actions,
    actionsEnabled: true,
    tags: { ...sloTags(ctx), [SLO_TAGS.severity]: health.severity, [SLO_TAGS.sliHealth]: missing },
  });
}

/** Name of the budget-exhausted alarm of an SLO, e.g. `checkout-availability-budget-exhausted`. */
export function budgetExhaustedAlarmName(ctx: SloAlarmContext): string {
  return `${ctx.service}-${ctx.slo.name}-budget-exhausted`;
}

/**
 * The budget-exhausted alarm of an SLO (the math and what it can see:
 * `slo/budget-exhausted.ts`): a metric-math alarm on the error ratio over
 * the signal's window, built as the window alarms are (one datapoint of
 * period = window is the sum over the last window; ratio capped at 1; the
 * minimum-traffic guard), in ALARM while the ratio is at least the
 * threshold (`>=`, as the `gate` CLI stops at `spent >= threshold`). One
 * period of up to 7 days: "Period multiplied by EvaluationPeriods can't be
 * more than 604,800 seconds" (PutMetricAlarm, Period); a 7-day period is a
 * multiple of 60 (the provider's `metric_query.metric.period` validator).
 * Missing data is not breaching: a week without a datapoint spent nothing
 * (a broken SLI is the SLI health alarm's to report). Notifies `actions`
 * (the ticket severity by default) on ALARM and OK.
 */
export function budgetExhaustedAlarm(scope: Construct, id: string, ctx: SloAlarmContext, signal: BudgetExhaustedSignal, actions: string[]): CloudwatchMetricAlarm {
  const window = formatDuration(signal.windowSeconds);
  const problem = periodProblem(signal.windowSeconds) ?? evaluationRangeProblem(signal.windowSeconds, 1);
  if (problem) throw new InvalidPropError(ctx.owner, `${ctx.prop}.period`, ctx.slo.period, `a CloudWatch alarm cannot read the budget over ${window}: ${problem}`);
  const queries = checkedWindowQueries(ctx, signal.windowSeconds, ctx.minimumEvents);
  const name = budgetExhaustedAlarmName(ctx);
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, nameProblem);
  claimAlarmName(ctx, name);
  const { period } = ctx.slo;
  const spent = signal.budgetPercent === 100 ? 'the whole' : `${signal.budgetPercent}% of the`;
  const sees = signal.seesWholePeriod
    ? `${spent} ${period} error budget is spent (exact: the alarm reads the whole period).`
    : `${spent} ${period} error budget was spent within the last ${window} alone (the ${period}'s events counted as ${+(ctx.slo.periodSeconds / signal.windowSeconds).toFixed(4)} x the last ${window}'s), ` +
      `so the budget over ${period} is spent. A budget spent more slowly, or more than ${window} ago, does not show here, and the alarm clears once the spending leaves the last ${window} ` +
      `while the ${period} budget may still be spent: the gate CLI reads the whole ${period}.`;
  return new CloudwatchMetricAlarm(scope, id, {
    alarmName: name,
    alarmDescription: fit(
      ctx,
      `${signal.severity.toUpperCase()}: the error budget is spent. In ALARM while the error ratio over ${window} is at least ${percent(signal.threshold)} ` +
        `(a ${signal.burnRate}x burn rate) and it holds at least ${ctx.minimumEvents} events: ${sees} ` +
        `Instance refreshes that roll back on this alarm (rollBackOn) roll back while it is in ALARM; to ship a P0 or security fix, take it out of their alarm specification.`,
    ),
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    threshold: signal.threshold,
    evaluationPeriods: 1,
    datapointsToAlarm: 1,
    treatMissingData: 'notBreaching',
    metricQuery: queries,
    alarmActions: actions,
    okActions: actions,
    actionsEnabled: true,
    tags: {
      ...sloTags(ctx),
      [SLO_TAGS.severity]: signal.severity,
      [SLO_TAGS.window]: window,
      [SLO_TAGS.budgetExhausted]: String(signal.budgetPercent),
    },
  });
}

/** One pair of window alarms of an alert. */
export interface WindowPair {
  readonly alert: BurnRateAlert;
  readonly long: CloudwatchMetricAlarm;
  readonly short: CloudwatchMetricAlarm;
}

/** The composite rule of a severity: any pair with both windows in ALARM. */
export function compositeRule(pairNames: ReadonlyArray<{ long: string; short: string }>): string {
  const alarm = (name: string): string => `ALARM(${JSON.stringify(name)})`;
  return pairNames.map((p) => `(${alarm(p.long)} AND ${alarm(p.short)})`).join(' OR ');
}

/** How a composite's notifications wait for a more urgent one: `actions_suppressor`. */
export interface CompositeSuppression {
  /** Name of the alarm whose ALARM state holds this composite's notifications. */
  readonly name: string;
  /** The alarm resource (for `depends_on`). */
  readonly alarm: CloudwatchCompositeAlarm;
  /** Seconds a new ALARM waits for the suppressor to go into ALARM before notifying. */
  readonly waitSeconds: number;
  /** Seconds notifications stay held after the suppressor leaves ALARM. */
  readonly extensionSeconds: number;
}

/**
 * Builds the composite alarm of one severity of an SLO, notifying `actions`
 * on ALARM and OK. With `suppression` its state still follows its own
 * windows (it stays in ALARM through a page), but its notifications wait
 * while the suppressor is in ALARM.
 */
export function compositeAlarm(
  scope: Construct,
  id: string,
  ctx: SloAlarmContext,
  severity: Severity,
  pairs: ReadonlyArray<{ alert: BurnRateAlert; long: string; short: string; alarms: CloudwatchMetricAlarm[] }>,
  suppression: CompositeSuppression | undefined,
  actions: string[],
): CloudwatchCompositeAlarm {
  const name = compositeAlarmName(ctx, severity);
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, nameProblem);
  claimAlarmName(ctx, name);
  const rule = compositeRule(pairs.map((p) => ({ long: p.long, short: p.short })));
  const ruleProblem = compositeRuleProblem(rule);
  if (ruleProblem) throw new InvalidPropError(ctx.owner, `${ctx.prop}.alerts`, severity, ruleProblem);
  const pairText = pairs
    .map(
      ({ alert }) =>
        `${formatDuration(alert.longWindowSeconds)} and ${formatDuration(alert.shortWindowSeconds)} above ${alert.burnRate}x burn ` +
        `(${percent(alert.budgetFraction)} of the budget in ${formatDuration(alert.longWindowSeconds)}; a full outage is detected in ${humanDuration(detectionTime(ctx.slo, alert, 1))})`,
    )
    .join('; or ');
  const suppressText = suppression
    ? ` Notifications wait while ${suppression.name} is in ALARM (and ${formatDuration(suppression.extensionSeconds)} after it clears); the state does not.`
    : '';
  return new CloudwatchCompositeAlarm(scope, id, {
    alarmName: name,
    alarmRule: rule,
    alarmDescription: fit(ctx, `${severity.toUpperCase()}: the error budget is burning too fast. Fires when ${pairText}.${suppressText}`),
    alarmActions: actions,
    okActions: actions,
    actionsEnabled: true,
    actionsSuppressor: suppression
      ? { alarm: suppression.name, waitPeriod: suppression.waitSeconds, extensionPeriod: suppression.extensionSeconds }
      : undefined,
    tags: { ...sloTags(ctx), [SLO_TAGS.severity]: severity },
    dependsOn: [...new Set(pairs.flatMap((p) => p.alarms)), ...(suppression ? [suppression.alarm] : [])],
  });
}

/**
 * A composite that notifies nobody and is in ALARM while any of the named
 * composites is: the suppressor of a severity with more than one more
 * urgent severity above it (an actions suppressor is a single alarm).
 */
export function anyOfCompositeAlarm(scope: Construct, id: string, ctx: SloAlarmContext, name: string, members: ReadonlyArray<{ name: string; alarm: CloudwatchCompositeAlarm }>): CloudwatchCompositeAlarm {
  const nameProblem = alarmNameProblem(name);
  if (nameProblem) throw new InvalidPropError(ctx.owner, 'service', ctx.service, nameProblem);
  claimAlarmName(ctx, name);
  const rule = members.map((m) => `ALARM(${JSON.stringify(m.name)})`).join(' OR ');
  const ruleProblem = compositeRuleProblem(rule);
  if (ruleProblem) throw new InvalidPropError(ctx.owner, `${ctx.prop}.alerts`, members.map((m) => m.name), ruleProblem);
  return new CloudwatchCompositeAlarm(scope, id, {
    alarmName: name,
    alarmRule: rule,
    alarmDescription: fit(ctx, `In ALARM while ${members.map((m) => m.name).join(' or ')} is: holds the notifications of less urgent alerts. Notifies nobody.`),
    actionsEnabled: false,
    tags: sloTags(ctx),
    dependsOn: members.map((m) => m.alarm),
  });
}

/**
 * Claims an SLO alarm's name for the construct the user created, so two
 * constructs (two `SloAlarms` with the same service, or a resource alarm of
 * the same name) cannot both create it: CloudWatch would keep only one.
 */
function claimAlarmName(ctx: SloAlarmContext, name: string): void {
  claimName(ctx.owner, { kind: 'CloudWatch alarm', name, where: awsLocation(ctx.owner) });
}

/**
 * An alarm description: the SLO, then `body`, then the runbook, cut to
 * CloudWatch's 1024 characters by shortening the SLO's own description first.
 * The SLO's description, runbook URL and the SLI's metric names and
 * expressions are user text: the whole description reaches Terraform escaped
 * (cut first: CloudWatch counts the text Terraform writes, not the escapes).
 */
export function fit(ctx: SloAlarmContext, body: string): string {
  return literal(cut(ctx, body));
}

function cut(ctx: SloAlarmContext, body: string): string {
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
