import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { AutoscalingSchedule } from '@cdktf/provider-aws/lib/autoscaling-schedule';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { literal } from '../../core/user-text';
import { ResourceAlarmDefinition, ResourceAlarmMetric } from '../common/resource-alarm';

/** One step of a step-scaling policy, relative to the alarm threshold. */
export interface ScalingStep {
  /** Lower bound of the step, as metric minus threshold (inclusive). */
  readonly lowerBound: number;
  /**
   * Upper bound of the step, as metric minus threshold (exclusive).
   * @default - no upper bound (only the last step may leave it out)
   */
  readonly upperBound?: number;
  /** Instances to add (positive) when the metric is in this step. */
  readonly change: number;
}

/** Step scaling on a metric of your choice, in addition to target tracking. */
export interface StepScaling {
  /** The metric whose alarm drives the steps. */
  readonly metric: ResourceAlarmMetric;
  /** Threshold of the alarm (GreaterThanOrEqualToThreshold); steps are relative to it. */
  readonly threshold: number;
  /** Steps in increasing order, contiguous, the last without upper bound. */
  readonly steps: ScalingStep[];
  /**
   * Seconds per alarm period (10, 20, 30 or a multiple of 60).
   * @default 60
   */
  readonly periodSeconds?: number;
  /**
   * Periods that must breach before scaling out.
   * @default 2
   */
  readonly evaluationPeriods?: number;
}

/** A scheduled change of the group's size (e.g. ahead of a daily peak). */
export interface ScheduledScaling {
  /** Name of the action, unique in the group. */
  readonly name: string;
  /** Cron expression (`0 8 * * MON-FRI`) in `timeZone`. */
  readonly recurrence: string;
  /**
   * IANA time zone of the recurrence.
   * @default 'Etc/UTC'
   */
  readonly timeZone?: string;
  /**
   * New minimum size; held to the zone-failure headroom like `minCapacity`.
   * @default - unchanged
   */
  readonly minCapacity?: number;
  /**
   * New maximum size.
   * @default - unchanged
   */
  readonly maxCapacity?: number;
  /**
   * New desired size, between this action's `minCapacity` and `maxCapacity` where it gives them (EC2 Auto Scaling
   * refuses the action otherwise).
   * @default - unchanged
   */
  readonly desiredCapacity?: number;
}

/** Checks the steps against each other (each was checked by its spec): contiguous, increasing, from 0, only the last unbounded. */
export function checkStepScaling(scope: Construct, s: StepScaling): void {
  s.steps.forEach((step, i) => {
    const prop = `stepScaling.steps[${i}]`;
    const last = i === s.steps.length - 1;
    if (!last && step.upperBound === undefined) throw new InvalidPropError(scope, `${prop}.upperBound`, undefined, 'is required on every step but the last');
    if (last && step.upperBound !== undefined) throw new InvalidPropError(scope, `${prop}.upperBound`, step.upperBound, 'must be left out on the last step (it has no upper bound)');
    if (step.upperBound !== undefined && step.upperBound <= step.lowerBound) throw new InvalidPropError(scope, `${prop}.upperBound`, step.upperBound, `must be greater than lowerBound ${step.lowerBound}`);
    if (i > 0 && step.lowerBound !== s.steps[i - 1].upperBound) throw new InvalidPropError(scope, `${prop}.lowerBound`, step.lowerBound, `must equal the previous step's upperBound ${s.steps[i - 1].upperBound} (steps are contiguous)`);
  });
  if (s.steps[0].lowerBound < 0) throw new InvalidPropError(scope, 'stepScaling.steps[0].lowerBound', s.steps[0].lowerBound, 'must be 0 or more (steps scale out above the threshold)');
}

/** The step-scaling policy (logical id `step-scaling`). */
export function stepScalingPolicy(scope: Construct, groupName: string, s: StepScaling): AutoscalingPolicy {
  return new AutoscalingPolicy(scope, 'step-scaling', {
    name: 'step-scale-out',
    autoscalingGroupName: groupName,
    policyType: 'StepScaling',
    adjustmentType: 'ChangeInCapacity',
    stepAdjustment: s.steps.map((step) => ({
      metricIntervalLowerBound: String(step.lowerBound),
      metricIntervalUpperBound: step.upperBound === undefined ? undefined : String(step.upperBound),
      scalingAdjustment: step.change,
    })),
  });
}

/**
 * The alarm that drives the step policy: built by the one alarm builder (so its period and statistic are checked
 * like every other alarm's), acting on the policy instead of notifying; construct id and name as they always were.
 */
export function stepScalingAlarmDefinition(s: StepScaling, policyArn: string): ResourceAlarmDefinition {
  return {
    key: 'stepScaleOut',
    constructId: 'step-scaling-alarm',
    nameSuffix: 'step-scale-out',
    userProp: 'stepScaling',
    summary: 'Scales the group out in steps; it calls the step policy and notifies no one.',
    runbook: 'None: the alarm calls the step-scaling policy. Check the Auto Scaling activity history if the group does not grow.',
    // User text: the alarm builder escapes the metric's name and dimensions (once); its spec refuses a namespace CloudWatch would.
    metric: { ...s.metric, dimensions: s.metric.dimensions ?? {} },
    comparisonOperator: 'GreaterThanOrEqualToThreshold',
    threshold: s.threshold,
    severity: 'ticket',
    periodSeconds: s.periodSeconds ?? 60,
    evaluationPeriods: s.evaluationPeriods ?? 2,
    actions: [policyArn],
  };
}

/**
 * Checks the scheduled actions against each other and each action's sizes (every field was checked by its spec):
 * names unique in the group, at least one size changed, and minimum <= desired <= maximum where the action gives
 * them (EC2 Auto Scaling refuses the action otherwise: "Desired capacity ... must be between the specified min size
 * and max size"; EC2 Auto Scaling User Guide, "Scheduled scaling"). `checkMin` holds a scheduled minimum to the
 * zone-failure headroom like `minCapacity`.
 */
export function checkScheduledScaling(scope: Construct, list: readonly ScheduledScaling[] | undefined, checkMin: (prop: string, min: number) => void): void {
  const names = new Map<string, number>();
  (list ?? []).forEach((s, i) => {
    const prop = `scheduledScaling[${i}]`;
    if (!isUnresolved(s.name) && names.has(s.name)) throw new InvalidPropError(scope, `${prop}.name`, s.name, `must be unique among the scheduled actions of the group (scheduledScaling[${names.get(s.name)}] has it)`);
    names.set(s.name, i);
    if (s.minCapacity === undefined && s.maxCapacity === undefined && s.desiredCapacity === undefined) {
      throw new InvalidPropError(scope, prop, s.name, 'must change at least one of minCapacity, maxCapacity, desiredCapacity');
    }
    const known = (n: number | undefined): n is number => n !== undefined && !isUnresolved(n);
    if (known(s.minCapacity) && known(s.maxCapacity) && s.minCapacity > s.maxCapacity) {
      throw new InvalidPropError(scope, `${prop}.minCapacity`, s.minCapacity, `must not exceed maxCapacity ${s.maxCapacity}`);
    }
    if (known(s.desiredCapacity) && known(s.minCapacity) && s.desiredCapacity < s.minCapacity) {
      throw new InvalidPropError(scope, `${prop}.desiredCapacity`, s.desiredCapacity, `must be at least minCapacity ${s.minCapacity}: EC2 Auto Scaling refuses a desired capacity outside the action's minimum and maximum`);
    }
    if (known(s.desiredCapacity) && known(s.maxCapacity) && s.desiredCapacity > s.maxCapacity) {
      throw new InvalidPropError(scope, `${prop}.desiredCapacity`, s.desiredCapacity, `must be at most maxCapacity ${s.maxCapacity}: EC2 Auto Scaling refuses a desired capacity outside the action's minimum and maximum`);
    }
    if (s.minCapacity !== undefined) checkMin(`${prop}.minCapacity`, s.minCapacity);
  });
}

/** One scheduled action (logical id `schedule-<i>`), checked by {@link checkScheduledScaling}. */
export function scheduledAction(scope: Construct, groupName: string, s: ScheduledScaling, i: number): AutoscalingSchedule {
  return new AutoscalingSchedule(scope, `schedule-${i}`, {
    autoscalingGroupName: groupName,
    scheduledActionName: s.name,
    recurrence: literal(s.recurrence),
    timeZone: s.timeZone ?? 'Etc/UTC',
    minSize: s.minCapacity,
    maxSize: s.maxCapacity,
    desiredCapacity: s.desiredCapacity,
  });
}

/** Target tracking on average CPU (`cpu-scaling`) and, optionally, on requests per target (`request-scaling`). */
export function targetTracking(
  scope: Construct,
  o: { readonly groupName: string; readonly cpuTargetPercent: number; readonly requestsPerTarget?: number; readonly resourceLabel: string },
): [AutoscalingPolicy, AutoscalingPolicy | undefined] {
  const cpu = new AutoscalingPolicy(scope, 'cpu-scaling', {
    name: 'cpu-target-tracking',
    autoscalingGroupName: o.groupName,
    policyType: 'TargetTrackingScaling',
    targetTrackingConfiguration: { targetValue: o.cpuTargetPercent, predefinedMetricSpecification: { predefinedMetricType: 'ASGAverageCPUUtilization' } },
  });
  if (o.requestsPerTarget === undefined) return [cpu, undefined];
  const requests = new AutoscalingPolicy(scope, 'request-scaling', {
    name: 'request-count-target-tracking',
    autoscalingGroupName: o.groupName,
    policyType: 'TargetTrackingScaling',
    targetTrackingConfiguration: {
      targetValue: o.requestsPerTarget,
      predefinedMetricSpecification: { predefinedMetricType: 'ALBRequestCountPerTarget', resourceLabel: o.resourceLabel },
    },
  });
  return [cpu, requests];
}
