import { CLOUDWATCH_LIMITS, COMPARISON_OPERATORS, METRIC_QUERY_ID_PATTERN } from '../../../core/cloudwatch-limits';
import { spec } from '../../../core/prop-spec';
import { ALARM_METRIC, SEVERITY, TREAT_MISSING } from '../prop-specs';
import type { ResourceAlarmDefinition, ResourceAlarmQuery } from '../resource-alarm';

const ALARM = 'aws_cloudwatch_metric_alarm';

/** A construct id or name part: letters, digits, `-` and `_`, starting with a letter or digit, known at synth. */
const ID_PART = spec.name({ pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, what: 'letters, digits, "-" or "_" (it names the alarm and its construct)', tokens: { refuse: 'it names the alarm' } });

/** One query of a metric-math resource alarm. */
export const ALARM_QUERY = spec.object<ResourceAlarmQuery>(
  {
    id: spec.name({ required: 'the query id', pattern: METRIC_QUERY_ID_PATTERN, what: 'a query id: a lower-case letter, then letters, digits and "_"', tokens: { refuse: 'the expressions name it' } }),
    metric: { ...ALARM_METRIC, required: undefined },
    expression: spec.text({ nonEmpty: true, maxLength: CLOUDWATCH_LIMITS.maxMetricExpressionLength, tokens: { refuse: 'it is checked against the other queries' } }),
    label: spec.text({ maxLength: 255 }),
  },
  { required: 'a query { id, metric or expression, label? }', example: { id: 'e1', expression: 'm1 - m2' } },
);

/**
 * A resource alarm's definition (a construct's `*-alarms.ts`, or a user's metric given through a prop such as
 * `stepScaling`): checked by `resourceAlarm` before it builds anything, so a JavaScript caller of the exported
 * builder gets an error naming the field, never a crash. What relates fields (a metric or queries, the anomaly
 * operators, the period rules) stays code in the builder.
 */
export const ALARM_DEFINITION = spec.object<ResourceAlarmDefinition>(
  {
    key: { ...ID_PART, required: 'the alarm key, e.g. cpu' },
    summary: spec.text({ required: 'what the alarm means, in one sentence', nonEmpty: true }),
    runbook: spec.text({ required: 'what the on-call engineer does first', nonEmpty: true }),
    metric: { ...ALARM_METRIC, required: undefined },
    queries: spec.list(ALARM_QUERY, {
      minItems: 1,
      // 10 metrics and 10 expressions (MetricDataQuery, "A single PutMetricAlarm call can include up to 20").
      maxItems: CLOUDWATCH_LIMITS.maxMetricsPerAlarm + CLOUDWATCH_LIMITS.maxExpressionsPerAlarm,
      tokens: { refuse: 'each query is a block of the alarm' },
    }),
    returnId: spec.name({ pattern: METRIC_QUERY_ID_PATTERN, what: 'a query id', tokens: { refuse: 'it picks the query the alarm compares' } }),
    // Every operator CloudWatch knows, so the builder can say why the anomaly-detection ones do not fit.
    comparisonOperator: spec.oneOf(COMPARISON_OPERATORS, { required: 'how the metric is compared with the threshold', aws: { resource: ALARM, argument: 'comparison_operator' } }),
    threshold: spec.number(),
    severity: { ...SEVERITY, required: 'ticket, or page for an outage now or imminent' },
    periodSeconds: spec.integer({ min: 10, required: 'the period in seconds (10, 20, 30 or a multiple of 60)' }),
    evaluationPeriods: spec.integer({ min: 1, required: 'the number of periods evaluated' }),
    datapointsToAlarm: spec.integer({ min: 1 }),
    treatMissingData: TREAT_MISSING,
    unit: spec.text(),
    actions: spec.list(spec.text({ nonEmpty: true }), { maxItems: 5, aws: { resource: ALARM, argument: 'alarm_actions' } }),
    constructId: ID_PART,
    nameSuffix: ID_PART,
    userProp: spec.name({ nonEmpty: true }),
  },
  { required: 'an alarm definition', tokens: { refuse: 'its fields are read at synth' } },
);
