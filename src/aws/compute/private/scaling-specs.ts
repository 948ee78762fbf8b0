import { PropSpecs, spec } from '../../../core/prop-spec';
import { ALARM_METRIC } from '../../common/prop-specs';
import type { PredictiveScaling } from '../predictive-scaling';
import type { ScalingStep, ScheduledScaling, StepScaling } from '../scaling';

const STEPS_AGREE = { refuse: 'steps are checked against each other' } as const;

/** One step of a step-scaling policy; the construct checks the steps against each other. */
const SCALING_STEP = spec.object<ScalingStep>(
  {
    lowerBound: spec.number({ required: 'the lower bound, as metric minus threshold', tokens: STEPS_AGREE }),
    upperBound: spec.number({ tokens: STEPS_AGREE }),
    change: spec.integer({ required: 'the instances to add', min: 1, tokens: STEPS_AGREE, aws: { resource: 'aws_autoscaling_policy', argument: 'step_adjustment.scaling_adjustment' } }),
  },
  { required: 'a step { lowerBound, upperBound?, change }', example: { lowerBound: 0, change: 1 } },
);

/** Step scaling on a user's metric. */
export const STEP_SCALING = spec.object<StepScaling>(
  {
    metric: ALARM_METRIC,
    threshold: spec.number({ required: 'the threshold the steps are relative to' }),
    // Amazon EC2 Auto Scaling quotas: step adjustments per step scaling policy, 20.
    steps: spec.list(SCALING_STEP, { required: 'the scaling steps', minItems: 1, maxItems: 20, tokens: { refuse: "it decides the policy's steps" }, example: [SCALING_STEP.example] }),
    // The alarm builder holds the period to CloudWatch's rules (10, 20, 30 or a multiple of 60 seconds).
    periodSeconds: spec.integer({ min: 10 }),
    evaluationPeriods: spec.integer({ min: 1 }),
  },
  {
    tokens: { refuse: 'it decides whether a step policy exists' },
    example: { metric: ALARM_METRIC.example, threshold: 100, steps: [SCALING_STEP.example] },
  },
);

/** One scheduled action; the construct checks names across actions and each action's sizes against each other. */
export const SCHEDULED_ACTION = spec.object<ScheduledScaling>(
  {
    // PutScheduledUpdateGroupAction ScheduledActionName: 1-255 characters; the library keeps to letters, digits, ".", "_", "-".
    name: spec.name({ required: 'the action name', pattern: /^[A-Za-z0-9._-]{1,255}$/, what: 'a name of letters, digits, ".", "_" and "-" (at most 255)', aws: { resource: 'aws_autoscaling_schedule', argument: 'scheduled_action_name' } }),
    recurrence: spec.text({ required: 'a cron expression such as "0 8 * * MON-FRI"', pattern: /^(\S+\s+){4}\S+$/, what: 'a cron expression of five fields such as "0 8 * * MON-FRI"', aws: { resource: 'aws_autoscaling_schedule', argument: 'recurrence' } }),
    timeZone: spec.name({ pattern: /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, what: 'an IANA time zone such as Europe/Dublin or Etc/UTC', aws: { resource: 'aws_autoscaling_schedule', argument: 'time_zone' } }),
    minCapacity: spec.integer({ min: 0, aws: { resource: 'aws_autoscaling_schedule', argument: 'min_size' } }),
    maxCapacity: spec.integer({ min: 0, aws: { resource: 'aws_autoscaling_schedule', argument: 'max_size' } }),
    desiredCapacity: spec.integer({ min: 0, aws: { resource: 'aws_autoscaling_schedule', argument: 'desired_capacity' } }),
  },
  { required: 'a scheduled action { name, recurrence, ... }', example: { name: 'business-hours', recurrence: '0 8 * * MON-FRI', minCapacity: 6 } },
);

/** Scheduled actions of a group. */
export const SCHEDULED_SCALING = spec.list(SCHEDULED_ACTION, {
  // Amazon EC2 Auto Scaling quotas: scheduled actions per Auto Scaling group, 125.
  maxItems: 125,
  tokens: { refuse: 'it decides how many scheduled actions exist' },
  example: [SCHEDULED_ACTION.example],
});

/**
 * EC2 Auto Scaling API Reference, PredictiveScalingConfiguration: SchedulingBufferTime "must be less than the
 * forecast interval duration of 3600 seconds"; MaxCapacityBuffer 0 to 100 (percent).
 */
export const MAX_SCHEDULING_BUFFER_SECONDS = 3599;

/** Predictive scaling beside target tracking. */
export const PREDICTIVE_SCALING = spec.object<PredictiveScaling>(
  {
    mode: spec.oneOf(['ForecastOnly', 'ForecastAndScale'], { tokens: { refuse: "the group's capacity tags record it for the report" }, aws: { resource: 'aws_autoscaling_policy', argument: 'predictive_scaling_configuration.mode' } }),
    metric: spec.oneOf(['cpu', 'requests', 'network-in', 'network-out'], { tokens: { refuse: 'it decides the metric pair and its resource label' } }),
    // The CPU target is at most 100 percent: the construct checks it once it knows the metric.
    targetValue: spec.number({ greaterThan: 0 }),
    schedulingBufferSeconds: spec.integer({ min: 0, max: MAX_SCHEDULING_BUFFER_SECONDS }),
    maxCapacityBufferPercent: spec.integer({ min: 0, max: 100 }),
  },
  { tokens: { refuse: 'it decides whether a predictive policy exists' }, example: { mode: 'ForecastOnly' } },
);

/** The three nested specs, by prop, for the service's spec. */
export const SCALING_PROPS: Pick<PropSpecs<{ stepScaling?: StepScaling; scheduledScaling?: ScheduledScaling[]; predictiveScaling?: PredictiveScaling }>, 'stepScaling' | 'scheduledScaling' | 'predictiveScaling'> = {
  stepScaling: STEP_SCALING,
  scheduledScaling: SCHEDULED_SCALING,
  predictiveScaling: PREDICTIVE_SCALING,
};
