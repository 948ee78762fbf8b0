import METRIC_ALARM_RULES from '../aws-validity/generated/aws-cloudwatch-metric-alarm';
import { didYouMean } from './spelling';

/**
 * CloudWatch alarm limits and vocabularies as pure functions over plain
 * values (no cdktf), shared by the constructs (which fail at synth) and the
 * rule pack (which reads synthesized JSON). Each `*Problem` returns a
 * sentence saying what is wrong, or undefined when the value is within the
 * limit.
 *
 * Source: PutMetricAlarm / PutCompositeAlarm API reference; the enums come
 * from the generated AWS tables of `aws_cloudwatch_metric_alarm` (the API
 * model), the rest is cited where it is written.
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
  /** Alarms one composite rule references: "as many as 100 underlying alarms" (PutCompositeAlarm). */
  maxAlarmsPerCompositeRule: 100,
  /** Actions per state of an alarm: AlarmActions and OKActions hold at most 5 (PutMetricAlarm and PutCompositeAlarm; the model's ResourceList). */
  maxActionsPerState: 5,
  /** Characters in an alarm name. */
  maxAlarmNameLength: 255,
  /** Characters in an alarm description. */
  maxAlarmDescriptionLength: 1024,
  /**
   * Characters in a metric-math expression of an alarm: the provider's `metric_query.expression` validator
   * (`validation.StringLenBetween(1, 1024)` in internal/service/cloudwatch/metric_alarm.go), stricter than the
   * API model's 2048.
   */
  maxMetricExpressionLength: 1024,
  /** Dimensions of one metric (API reference, Metric: Dimensions, at most 30 items). */
  maxDimensionsPerMetric: 30,
  /** Characters in a metric name (API reference, Metric: MetricName, 1 to 255). */
  maxMetricNameLength: 255,
  /** Characters in a namespace (API reference, Metric: Namespace, 1 to 255). */
  maxNamespaceLength: 255,
  /** Characters in a dimension name (API reference, Dimension: Name, 1 to 255). */
  maxDimensionNameLength: 255,
  /** Characters in a dimension value (API reference, Dimension: Value, 1 to 1024). */
  maxDimensionValueLength: 1024,
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

/** Why a composite alarm rule is invalid: its length, and how many alarms it references (names are checked against the stack elsewhere). */
export function compositeRuleProblem(rule: string): string | undefined {
  if (rule.trim() === '') return 'composite alarm rule must not be empty';
  if (rule.length > CLOUDWATCH_LIMITS.maxCompositeRuleLength) {
    return `composite alarm rule is ${rule.length} characters; at most ${CLOUDWATCH_LIMITS.maxCompositeRuleLength} are allowed`;
  }
  const alarms = new Set(alarmNamesInRule(rule)).size;
  if (alarms > CLOUDWATCH_LIMITS.maxAlarmsPerCompositeRule) {
    return `composite alarm rule references ${alarms} alarms; at most ${CLOUDWATCH_LIMITS.maxAlarmsPerCompositeRule} are allowed`;
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

/** Why an alarm's actions for one state are too many: at most 5 (AlarmActions, OKActions). */
export function alarmActionsProblem(actions: readonly unknown[]): string | undefined {
  const max = CLOUDWATCH_LIMITS.maxActionsPerState;
  return actions.length > max ? `${actions.length} actions for one alarm state; CloudWatch allows at most ${max} (AlarmActions, OKActions)` : undefined;
}

/** Why an alarm name is invalid: 1 to 255 characters. */
export function alarmNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'alarm name must not be empty';
  if (name.length > CLOUDWATCH_LIMITS.maxAlarmNameLength) return `alarm name is ${name.length} characters; at most ${CLOUDWATCH_LIMITS.maxAlarmNameLength} are allowed`;
  return undefined;
}

/** An enum of `aws_cloudwatch_metric_alarm` from the generated tables (the CloudWatch API model). */
function tableEnum(argument: string): readonly string[] {
  const c = METRIC_ALARM_RULES.arguments[argument]?.constraints.find((x) => x.kind === 'enum');
  if (!c || c.kind !== 'enum') throw new Error(`aws_cloudwatch_metric_alarm.${argument} has no enum in the generated tables`);
  return c.values.map(String);
}

/** The simple statistics (API model `Statistic`: SampleCount, Average, Sum, Minimum, Maximum). */
export const CLOUDWATCH_STATISTICS: readonly string[] = tableEnum('statistic');

/** CloudWatch's units (API model `StandardUnit`: Seconds, Bytes, Count, Percent, ..., None). */
export const CLOUDWATCH_UNITS: readonly string[] = tableEnum('unit');

/** Every comparison operator of an alarm (API model `ComparisonOperator`). */
export const COMPARISON_OPERATORS: readonly string[] = tableEnum('comparison_operator');

/**
 * The operators used only for alarms on an anomaly detection band: "The values
 * LessThanLowerOrGreaterThanUpperThreshold, LessThanLowerThreshold, and
 * GreaterThanUpperThreshold are used only for alarms based on anomaly
 * detection models" (PutMetricAlarm, ComparisonOperator). They need a
 * `threshold_metric_id` naming an `ANOMALY_DETECTION_BAND` expression.
 */
export const ANOMALY_DETECTION_OPERATORS: readonly string[] = COMPARISON_OPERATORS.filter((o) => /Lower|Upper/.test(o));

/** The operators that compare with a static threshold. */
export const STATIC_COMPARISON_OPERATORS: readonly string[] = COMPARISON_OPERATORS.filter((o) => !ANOMALY_DETECTION_OPERATORS.includes(o));

/**
 * How an alarm treats missing data: "Valid Values: breaching | notBreaching |
 * ignore | missing" (PutMetricAlarm, TreatMissingData; the API model types it
 * as a free string, so the tables carry only its length). The provider
 * accepts any case; CloudWatch documents these spellings.
 */
export const TREAT_MISSING_DATA: readonly string[] = ['missing', 'ignore', 'breaching', 'notBreaching'];

const DECIMAL = '\\d+(?:\\.\\d+)?';
/** p, tm, wm, tc, ts: 0 to 100 with at most two decimals (the provider's `extended_statistic` and `stat` validator). */
const SHORT_BOUND = '(?:\\d{1,2}(?:\\.\\d{1,2})?|100)';
/** TM, WM, TC, TS in an alarm: `X%` with X from 10 to 90 (PutMetricAlarm, ExtendedStatistic), up to 10 decimals ("Statistics definitions"). */
const ALARM_PERCENT = '(?:[1-8]\\d(?:\\.\\d{1,10})?|90(?:\\.0{1,10})?)%';

/**
 * An extended statistic CloudWatch accepts in an alarm ("CloudWatch
 * statistics definitions"; PutMetricAlarm, ExtendedStatistic), within the
 * provider's validator for `extended_statistic` and `metric_query.metric.stat`
 * (internal/service/cloudwatch/metric_alarm.go):
 * - percentiles and their short forms `p99`, `p99.9`, `tm90`, `wm98`, `tc90`, `ts90`
 *   (0 to 100, at most two decimals: the provider refuses `p99.999`);
 * - `IQM` (the interquartile mean);
 * - percentile rank `PR(n:m)` over metric values (no `%`, at least one bound);
 * - `TM`, `WM`, `TC`, `TS` over percentages `(X%:X%)`, X from 10 to 90, at least one bound.
 */
export const EXTENDED_STATISTIC_PATTERN = new RegExp(
  `^(?:IQM|(?:p|tm|wm|tc|ts)${SHORT_BOUND}|PR\\((?=[^)]*\\d)(?:${DECIMAL})?:(?:${DECIMAL})?\\)|(?:TM|WM|TC|TS)\\((?=[^)]*\\d)(?:${ALARM_PERCENT})?:(?:${ALARM_PERCENT})?\\))$`,
);

/** Any statistic an alarm's metric may use: a simple one or an extended one. */
export const STATISTIC_PATTERN = new RegExp(`^(?:${CLOUDWATCH_STATISTICS.join('|')})$|${EXTENDED_STATISTIC_PATTERN.source}`);

/** The statistic vocabulary in words, for errors and docs. */
export const STATISTIC_WORDS =
  'a CloudWatch statistic: SampleCount, Average, Sum, Minimum, Maximum, or an extended statistic ' +
  '(p0 to p100 with at most two decimals such as p99.9, tm90, wm90, tc90, ts90, IQM, PR(n:m) such as PR(:0.3), ' +
  'or TM, WM, TC, TS of percentages from 10% to 90% such as TM(10%:90%))';

/** Statistics to suggest for a near miss (`sum`, `P99`, `Avg`). */
export const STATISTIC_SUGGESTIONS: readonly string[] = [...CLOUDWATCH_STATISTICS, 'p50', 'p90', 'p95', 'p99', 'p99.9', 'IQM'];

/** Whether a statistic goes in an alarm's `statistic` (the simple five) rather than `extended_statistic`. */
export function isSimpleStatistic(statistic: string): boolean {
  return CLOUDWATCH_STATISTICS.includes(statistic);
}

/** Why a statistic is not one CloudWatch accepts in an alarm, with a did-you-mean. */
export function statisticProblem(statistic: string): string | undefined {
  if (STATISTIC_PATTERN.test(statistic)) return undefined;
  const hint = didYouMean(statistic, STATISTIC_SUGGESTIONS);
  return `must be ${STATISTIC_WORDS}${hint && hint !== statistic ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}`;
}

/**
 * Namespaces: "alphanumeric characters (0-9A-Za-z), period (.), hyphen (-),
 * underscore (_), forward slash (/), hash (#), colon (:), and the space
 * character", at least one non-whitespace character, 255 or fewer
 * (CloudWatch User Guide, "CloudWatch concepts", Namespaces); not starting
 * with a colon (API reference, Metric: Namespace pattern `[^:].*`).
 */
export const NAMESPACE_PATTERN = /^(?!:)(?=.*[^ ])[0-9A-Za-z._/#: -]{1,255}$/;
export const NAMESPACE_WORDS = 'a namespace of 1 to 255 letters, digits, ".", "-", "_", "/", "#", ":" or spaces, not starting with ":" (e.g. AWS/SQS or MyApp)';

/**
 * Dimension names: "only ASCII characters, must include at least one
 * non-whitespace character, and cannot start with a colon (:). ASCII control
 * characters are not supported", 1 to 255 (API reference, Dimension: Name).
 */
export const DIMENSION_NAME_PATTERN = /^(?!:)(?=.*[^ ])[\x20-\x7E]{1,255}$/;
export const DIMENSION_NAME_WORDS = 'a dimension name of 1 to 255 printable ASCII characters, not blank and not starting with ":"';

/** Dimension values: ASCII, at least one non-whitespace character, no control characters, 1 to 1024 (API reference, Dimension: Value). */
export const DIMENSION_VALUE_PATTERN = /^(?=.*[^ ])[\x20-\x7E]{1,1024}$/;
export const DIMENSION_VALUE_WORDS = 'a dimension value of 1 to 1024 printable ASCII characters, not blank';
