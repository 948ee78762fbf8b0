/**
 * CloudWatch alarm limits as pure functions over plain values (no cdktf),
 * shared by the constructs (which fail at synth) and the rule pack (which
 * reads synthesized JSON). Each returns a sentence saying what is wrong, or
 * undefined when the value is within the limit.
 *
 * Source: PutMetricAlarm / PutCompositeAlarm API reference.
 */
export const CLOUDWATCH_LIMITS = {
  /** Longest evaluation range (period x evaluation periods) for periods of 1 hour or more. */
  maxEvaluationRangeSeconds: 7 * 86400,
  /** Longest evaluation range for periods under 1 hour. */
  maxEvaluationRangeShortPeriodSeconds: 86400,
  /** Metrics (metric stat queries) in one metric-math alarm. */
  maxMetricsPerAlarm: 10,
  /** Expressions in one metric-math alarm. */
  maxExpressionsPerAlarm: 10,
  /** Characters in a composite alarm rule. */
  maxCompositeRuleLength: 10240,
  /** Characters in an alarm name. */
  maxAlarmNameLength: 255,
  /** Characters in an alarm description. */
  maxAlarmDescriptionLength: 1024,
} as const;

/** Metric query ids: a lower-case letter, then letters, digits and underscores. */
export const METRIC_QUERY_ID_PATTERN = /^[a-z][a-zA-Z0-9_]*$/;

/** Why an alarm or metric period is invalid: 10, 20, 30 or a multiple of 60 seconds. */
export function periodProblem(periodSeconds: number): string | undefined {
  if (!Number.isInteger(periodSeconds) || periodSeconds <= 0) return `period ${periodSeconds} must be a positive whole number of seconds`;
  if ([10, 20, 30].includes(periodSeconds) || periodSeconds % 60 === 0) return undefined;
  return `period ${periodSeconds}s must be 10, 20, 30 or a multiple of 60 seconds`;
}

/** Why period x evaluation periods is too long: at most 7 days, or 1 day when the period is under an hour. */
export function evaluationRangeProblem(periodSeconds: number, evaluationPeriods: number): string | undefined {
  if (!Number.isInteger(evaluationPeriods) || evaluationPeriods < 1) return `evaluation periods ${evaluationPeriods} must be a whole number of at least 1`;
  const range = periodSeconds * evaluationPeriods;
  const max = periodSeconds >= 3600 ? CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds : CLOUDWATCH_LIMITS.maxEvaluationRangeShortPeriodSeconds;
  if (range <= max) return undefined;
  return `period x evaluation periods (${periodSeconds}s x ${evaluationPeriods} = ${range}s) must be at most ${max}s (${max / 86400} day(s)) for a period ${periodSeconds >= 3600 ? 'of 1 hour or more' : 'under 1 hour'}`;
}

/** One query of a metric-math alarm, as far as the limits care. */
export interface MetricQueryShape {
  readonly id: string;
  /** True for a metric stat query, false for an expression. */
  readonly isMetric: boolean;
  /** @default true (CloudWatch's default) */
  readonly returnData?: boolean;
}

/** Problems with a metric-math alarm's queries: counts, ids, exactly one returning data. */
export function metricQueriesProblems(queries: readonly MetricQueryShape[]): string[] {
  const problems: string[] = [];
  const metrics = queries.filter((q) => q.isMetric).length;
  const expressions = queries.length - metrics;
  if (metrics > CLOUDWATCH_LIMITS.maxMetricsPerAlarm) problems.push(`${metrics} metrics in one alarm; at most ${CLOUDWATCH_LIMITS.maxMetricsPerAlarm} are allowed`);
  if (expressions > CLOUDWATCH_LIMITS.maxExpressionsPerAlarm) problems.push(`${expressions} expressions in one alarm; at most ${CLOUDWATCH_LIMITS.maxExpressionsPerAlarm} are allowed`);
  const seen = new Set<string>();
  for (const q of queries) {
    if (!METRIC_QUERY_ID_PATTERN.test(q.id)) problems.push(`query id "${q.id}" must start with a lower-case letter and hold only letters, digits and underscores`);
    if (seen.has(q.id)) problems.push(`query id "${q.id}" is used twice`);
    seen.add(q.id);
  }
  const returning = queries.filter((q) => q.returnData !== false).length;
  if (queries.length > 0 && returning !== 1) problems.push(`${returning} queries return data; exactly one must (set returnData false on the others)`);
  return problems;
}

/** Why a composite alarm rule is invalid (length only; names are checked against the stack elsewhere). */
export function compositeRuleProblem(rule: string): string | undefined {
  if (rule.trim() === '') return 'composite alarm rule must not be empty';
  if (rule.length > CLOUDWATCH_LIMITS.maxCompositeRuleLength) {
    return `composite alarm rule is ${rule.length} characters; at most ${CLOUDWATCH_LIMITS.maxCompositeRuleLength} are allowed`;
  }
  return undefined;
}

/** Alarm names referenced by a composite rule (`ALARM("name")`, `OK(name)`, `INSUFFICIENT_DATA(...)`). */
export function alarmNamesInRule(rule: string): string[] {
  const names: string[] = [];
  const re = /\b(?:ALARM|OK|INSUFFICIENT_DATA)\s*\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^\s)]+))\s*\)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rule)) !== null) names.push((m[1] ?? m[2] ?? m[3]).replace(/\\(.)/g, '$1'));
  return names;
}

/** Why an alarm name is invalid: 1 to 255 characters. */
export function alarmNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'alarm name must not be empty';
  if (name.length > CLOUDWATCH_LIMITS.maxAlarmNameLength) return `alarm name is ${name.length} characters; at most ${CLOUDWATCH_LIMITS.maxAlarmNameLength} are allowed`;
  return undefined;
}
