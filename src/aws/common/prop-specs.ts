import { IConstruct } from 'constructs';
import { PropSpec, PropSpecs, ReferenceSpec, spec } from '../../core/prop-spec';
import { SEVERITY_PATTERN } from '../../core/severity';
import { resolveAlarm } from './alarm-reference';
import { IAlarmRouting } from './alarm-routing';
import { checkAwsProvider } from './provider-prop';
import { ReliableConstructProps } from './reliable-construct';
import { ALARM_STATISTIC_PATTERN, ResourceAlarmMetric, ResourceAlarmOverride } from './resource-alarm';

/** A severity name, as an alarm routing knows it. */
export const SEVERITY: PropSpec = spec.name({ pattern: SEVERITY_PATTERN, what: 'a severity: lower-case letters, digits and "-", starting with a letter, at most 32 characters' });

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
export const ALARM_ROUTING: PropSpec = spec.reference('an AlarmChannel or another IAlarmRouting', { is: (v) => typeof (v as IAlarmRouting).actionsFor === 'function' });

/** One alarm's override; the alarm builder checks what depends on the alarm (its period rules, its threshold's unit). */
export const ALARM_OVERRIDE = spec.object<ResourceAlarmOverride>(
  {
    enabled: spec.boolean(),
    threshold: spec.number(),
    severity: SEVERITY,
    periodSeconds: spec.integer({ min: 10 }),
    evaluationPeriods: spec.integer({ min: 1 }),
    datapointsToAlarm: spec.integer({ min: 1 }),
  },
  { tokens: { refuse: 'it decides whether the alarm exists and how it is set' } },
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

/**
 * A CloudWatch metric a user gives an alarm (step scaling's): namespace, name, dimensions and statistic, as
 * PutMetricAlarm takes them (CloudWatch API Reference: Namespace 1-255 characters, no leading ":"; MetricName 1-255;
 * at most 30 dimensions, checked by the alarm builder). The text reaches Terraform escaped.
 */
export const ALARM_METRIC = spec.object<ResourceAlarmMetric>(
  {
    namespace: spec.name({ required: 'the metric namespace, e.g. AWS/SQS', pattern: /^[^:\s][^:]{0,254}$/, what: 'a namespace of 1 to 255 characters without ":" such as AWS/SQS or MyApp' }),
    metricName: spec.text({ required: 'the metric name', nonEmpty: true, maxLength: 255 }),
    dimensions: spec.map(spec.text({ maxLength: 1024 }), { example: { QueueName: 'jobs' } }),
    statistic: spec.name({ required: 'the statistic', pattern: ALARM_STATISTIC_PATTERN, what: 'Average, Sum, Minimum, Maximum, SampleCount or a percentile such as p99' }),
  },
  { required: 'the metric the alarm reads', example: { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: { QueueName: 'jobs' }, statistic: 'Average' } },
);

/** An alarm to watch (a rollback trigger, a stop condition): a CloudWatch alarm ARN, an alarm construct, or an `SloAlarms` (its page alarms). */
export const ALARM_REFERENCE: PropSpec = spec.reference('a CloudWatch alarm ARN, an alarm construct or an SloAlarms', {
  tokens: { refuse: 'the alarm name and Region are checked at synth' },
  check: (scope, prop, value) => void resolveAlarm(scope, prop, value),
});
