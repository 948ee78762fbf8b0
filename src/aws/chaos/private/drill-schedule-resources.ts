import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { SchedulerSchedule } from '@cdktf/provider-aws/lib/scheduler-schedule';
import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { serviceRole } from '../../common/service-role';
import { DrillLocation } from '../drill-plan';
import { cronExpression, DrillSchedule, scheduleProblem } from '../drill-schedule';

/** What the schedule of a drill needs to know of it. */
export interface DrillScheduleOptions {
  readonly schedule: DrillSchedule;
  readonly durationMinutes: number;
  /** The drill's name and scenario, for the description. */
  readonly drillName: string;
  readonly scenario: string;
  readonly location: DrillLocation;
  readonly templateArn: string;
  readonly templateId: string;
  /** The schedule's name and the prefix of its role's name, derived by the drill. */
  readonly scheduleName: string;
  readonly rolePrefix: string;
  /** The region given to the drill, which its resources carry. @default - the provider's */
  readonly region?: string;
}

/**
 * The weekly schedule of a drill (checked against its window: a problem names the schedule prop) and the role it
 * starts the experiment with, created in the drill under the ids `schedule-role`, `schedule-role-policy` and `schedule`.
 */
export function drillScheduleResources(drill: IConstruct, o: DrillScheduleOptions): [SchedulerSchedule, IamRole] {
  const s = o.schedule;
  const problem = scheduleProblem(s, o.durationMinutes);
  if (problem) throw new InvalidPropError(drill, problem.prop, problem.value, problem.allowed);
  const role = serviceRole(drill, 'schedule-role', { service: 'scheduler.amazonaws.com', namePrefix: o.rolePrefix, sourceAccount: o.location.account });
  const loc = o.location;
  new IamRolePolicy(drill, 'schedule-role-policy', {
    role: role.id,
    name: 'start-chaos-drill',
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'StartThisDrillOnly', Effect: 'Allow', Action: ['fis:StartExperiment'], Resource: [o.templateArn, `arn:${loc.partition}:fis:${loc.region}:${loc.account}:experiment/*`] }],
    }),
  });
  const enabled = s.enabled ?? false;
  if (enabled) Annotations.of(drill).addInfo(`drill scheduled ${cronExpression(s)} ${s.timeZone ?? 'Etc/UTC'}`);
  const schedule = new SchedulerSchedule(drill, 'schedule', {
    name: o.scheduleName,
    description: `Starts chaos drill ${o.drillName} (${o.scenario})`,
    scheduleExpression: cronExpression(s),
    scheduleExpressionTimezone: s.timeZone ?? 'Etc/UTC',
    state: enabled ? 'ENABLED' : 'DISABLED',
    flexibleTimeWindow: { mode: 'OFF' },
    region: o.region,
    target: {
      arn: 'arn:aws:scheduler:::aws-sdk:fis:startExperiment',
      roleArn: role.arn,
      input: JSON.stringify({ ClientToken: '<aws.scheduler.execution-id>', ExperimentTemplateId: o.templateId }),
      // A drill that could not start is not retried into a later, unplanned hour.
      retryPolicy: { maximumRetryAttempts: 0 },
    },
  });
  return [schedule, role];
}
