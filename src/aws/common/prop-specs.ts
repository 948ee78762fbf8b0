import {
  CLOUDWATCH_LIMITS,
  CLOUDWATCH_UNITS,
  DIMENSION_NAME_PATTERN,
  DIMENSION_NAME_WORDS,
  DIMENSION_VALUE_PATTERN,
  DIMENSION_VALUE_WORDS,
  NAMESPACE_PATTERN,
  NAMESPACE_WORDS,
  STATISTIC_PATTERN,
  STATISTIC_SUGGESTIONS,
  STATISTIC_WORDS,
  TREAT_MISSING_DATA,
} from '../../core/cloudwatch-limits';
import { IConstruct } from 'constructs';
import { REGIONS } from '../../aws-validity/facts/regions';
import { SEVERITY } from '../../core/slo-specs';
import { AwsArgument, PropSpec, PropSpecs, ReferenceSpec, spec, StringSpec } from '../../core/prop-spec';
import { resolveAlarm } from './alarm-reference';
import type { IAlarmRouting } from './alarm-routing';
import { checkAwsProvider } from './provider-prop';
import type { ReliableConstructProps } from './reliable-construct';
import type { ResourceAlarmMetric, ResourceAlarmOverride } from './resource-alarm';

/** A severity name, as an alarm routing knows it (one spec with the SLO constructs': core/slo-specs.ts). */
export { SEVERITY };

const ALL_REGIONS: readonly string[] = Object.values(REGIONS).flat();

/**
 * A Region AWS has, by name (`eu-west-1`; not `eu-west-9`, `EU-WEST-1` or a zone such as `eu-west-1a`), with a
 * did-you-mean: the Region facts of `aws-validity` (AWS General Reference, "AWS Regions and endpoints"). A token
 * is carried unless the construct refuses it.
 */
export const AWS_REGION: StringSpec = spec.name({
  pattern: new RegExp(`^(${ALL_REGIONS.join('|')})$`),
  what: 'an AWS Region such as eu-west-1 (lower-case, one AWS has: AWS General Reference, "AWS Regions and endpoints")',
  suggest: ALL_REGIONS,
});

/** An AWS provider of the construct's own stack, of a Region AWS has. */
export const AWS_PROVIDER: PropSpec = spec.reference('an AwsProvider of this stack', { check: (scope, prop, value) => checkAwsProvider(scope, prop, value) });

/**
 * {@link AWS_PROVIDER}, required or saying what the provider is for (`an alias for the region`); the sweep knows
 * it by its check.
 */
export function awsProviderSpec(o: { readonly required?: string; readonly what?: string } = {}): PropSpec {
  const check = o.what === undefined ? (AWS_PROVIDER as ReferenceSpec).check : (scope: IConstruct, prop: string, value: unknown) => checkAwsProvider(scope, prop, value, o.what);
  return { ...AWS_PROVIDER, check, ...(o.required !== undefined ? { required: o.required } : {}) } as PropSpec;
}

/** Where alarms notify. */
export const ALARM_ROUTING: PropSpec = spec.reference('an AlarmChannel or another IAlarmRouting (severities and actionsFor)', {
  is: (v) => typeof (v as IAlarmRouting).actionsFor === 'function' && Array.isArray((v as IAlarmRouting).severities),
});

/**
 * One alarm's override, the one description of it: the base checks every construct's `alarms` prop with it and
 * the alarm builder (`resourceAlarm`) checks the overrides it is given with it too. The builder adds what depends
 * on the alarm: the period CloudWatch accepts (10, 20, 30 or a multiple of 60), the evaluation range, datapoints
 * at most the evaluation periods, and a severity the routing knows.
 */
export const ALARM_OVERRIDE = spec.object<ResourceAlarmOverride>(
  {
    enabled: spec.boolean({ tokens: { refuse: 'it decides whether the alarm exists' } }),
    threshold: spec.number({ aws: { resource: 'aws_cloudwatch_metric_alarm', argument: 'threshold' } }),
    severity: SEVERITY,
    periodSeconds: spec.integer({ min: 10, aws: { resource: 'aws_cloudwatch_metric_alarm', argument: 'period' } }),
    evaluationPeriods: spec.integer({ min: 1, aws: { resource: 'aws_cloudwatch_metric_alarm', argument: 'evaluation_periods' } }),
    datapointsToAlarm: spec.integer({ min: 1, aws: { resource: 'aws_cloudwatch_metric_alarm', argument: 'datapoints_to_alarm' } }),
  },
  { tokens: { refuse: 'it decides whether the alarm exists and how it is set' } },
);

/** Where a metric's fields land: in a metric alarm (`namespace`) and in its metric-math queries (`metric_query.metric.namespace`). */
function metricArgument(alarm: string, query: string): AwsArgument[] {
  return [
    { resource: 'aws_cloudwatch_metric_alarm', argument: alarm },
    { resource: 'aws_cloudwatch_metric_alarm', argument: `metric_query.metric.${query}` },
  ];
}

/** A CloudWatch namespace: the characters CloudWatch allows, so user text cannot reach Terraform as a template. */
export const METRIC_NAMESPACE: StringSpec = spec.name({ pattern: NAMESPACE_PATTERN, what: NAMESPACE_WORDS, aws: metricArgument('namespace', 'namespace') });

/** A metric name: 1 to 255 characters (CloudWatch restricts no characters, so the builders escape it). */
export const METRIC_NAME: StringSpec = spec.name({ nonEmpty: true, maxLength: CLOUDWATCH_LIMITS.maxMetricNameLength, aws: metricArgument('metric_name', 'metric_name') });

/** One dimension value (a load balancer's ARN suffix, a queue name): printable ASCII, 1 to 1024; a token is fine. */
export const DIMENSION_VALUE: StringSpec = spec.name({ nonEmpty: true, maxLength: CLOUDWATCH_LIMITS.maxDimensionValueLength, pattern: DIMENSION_VALUE_PATTERN, what: DIMENSION_VALUE_WORDS });

/** A metric's dimensions: at most 30, names and values as CloudWatch allows them (values may be tokens; the builders escape them). */
export const METRIC_DIMENSIONS = spec.map(DIMENSION_VALUE, {
  // Each dimension is written out (in the alarms, the dashboard's metric arrays): a whole-map reference cannot be.
  tokens: { refuse: 'each dimension is written into the alarm (its values may be references)' },
  keys: spec.name({ pattern: DIMENSION_NAME_PATTERN, what: DIMENSION_NAME_WORDS }),
  maxKeys: CLOUDWATCH_LIMITS.maxDimensionsPerMetric,
  example: { LoadBalancer: 'app/web/0123456789abcdef' },
});

/** A statistic CloudWatch accepts in an alarm, simple or extended, with a did-you-mean (`sum`: "Sum"; `P99`: "p99"). */
export const METRIC_STATISTIC: StringSpec = spec.name({ pattern: STATISTIC_PATTERN, what: STATISTIC_WORDS, suggest: STATISTIC_SUGGESTIONS });

/** A CloudWatch unit (the API model's StandardUnit, from the generated tables). */
export const METRIC_UNIT: PropSpec = spec.oneOf(CLOUDWATCH_UNITS, { aws: { resource: 'aws_cloudwatch_metric_alarm', argument: 'metric_query.metric.unit' } });

/** How an alarm treats missing data (PutMetricAlarm, TreatMissingData). */
export const TREAT_MISSING: PropSpec = spec.oneOf(TREAT_MISSING_DATA, { aws: { resource: 'aws_cloudwatch_metric_alarm', argument: 'treat_missing_data' } });

/** A metric a resource alarm reads (`ResourceAlarmMetric`): the statistic is known at synth, it picks `statistic` or `extended_statistic`. */
export const ALARM_METRIC = spec.object<ResourceAlarmMetric>(
  {
    namespace: { ...METRIC_NAMESPACE, required: 'the metric namespace, e.g. AWS/SQS' },
    metricName: { ...METRIC_NAME, required: 'the metric name, e.g. CPUUtilization' },
    dimensions: METRIC_DIMENSIONS,
    statistic: { ...METRIC_STATISTIC, required: 'the statistic, e.g. Average or p99', tokens: { refuse: 'it decides between the alarm\'s statistic and extended_statistic' } },
  },
  { required: 'the metric the alarm reads { namespace, metricName, dimensions, statistic }', example: { namespace: 'AWS/SQS', metricName: 'ApproximateAgeOfOldestMessage', dimensions: { QueueName: 'orders' }, statistic: 'Maximum' } },
);

/** The `alarms` prop of a construct with these alarm keys. */
export function alarmOverrides(keys: readonly string[]): PropSpec {
  return spec.object(Object.fromEntries(keys.map((k) => [k, ALARM_OVERRIDE])) as PropSpecs<Record<string, ResourceAlarmOverride>>, {
    tokens: { refuse: 'it decides which alarms exist and how they are set' },
  });
}

/** The props every AWS construct takes (ReliableConstructProps), for a construct with these alarm keys. */
export function reliableProps(alarmKeys: readonly string[]): PropSpecs<ReliableConstructProps> {
  return { alarmRouting: ALARM_ROUTING, alarms: alarmOverrides(alarmKeys), tags: spec.tags() };
}

/** An alarm to watch (a rollback trigger, a stop condition): a CloudWatch alarm ARN, an alarm construct, or an `SloAlarms` (its page alarms). */
export const ALARM_REFERENCE: PropSpec = spec.reference('a CloudWatch alarm ARN, an alarm construct or an SloAlarms', {
  tokens: { refuse: 'the alarm name and Region are checked at synth' },
  check: (scope, prop, value) => void resolveAlarm(scope, prop, value),
});
