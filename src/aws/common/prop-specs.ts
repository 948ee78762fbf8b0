import { PropSpec, PropSpecs, spec } from '../../core/prop-spec';
import { SEVERITY_PATTERN } from '../../core/severity';
import { IAlarmRouting } from './alarm-routing';
import { checkAwsProvider } from './provider-prop';
import { ReliableConstructProps } from './reliable-construct';
import { ResourceAlarmOverride } from './resource-alarm';

/** A severity name, as an alarm routing knows it. */
export const SEVERITY: PropSpec = spec.name({ pattern: SEVERITY_PATTERN, what: 'a severity: lower-case letters, digits and "-", starting with a letter, at most 32 characters' });

/** An AWS provider of the construct's own stack. */
export const AWS_PROVIDER: PropSpec = spec.reference('an AwsProvider of this stack', { check: (scope, prop, value) => checkAwsProvider(scope, prop, value) });

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
