import { BackupRestoreTestingPlan } from '@cdktf/provider-aws/lib/backup-restore-testing-plan';
import { BackupRestoreTestingSelection } from '@cdktf/provider-aws/lib/backup-restore-testing-selection';
import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { BackupResourceType } from '../common/backup-target';
import { checkTimezone } from './backup-rule';
import { scheduleInterval } from './schedule';

/** Restore testing: AWS Backup restores recent recovery points on a schedule, keeps them for validation, then deletes them. */
export interface RestoreTestingProps {
  /**
   * When restore tests run (`cron(...)`).
   * @default 'cron(0 6 ? * SAT *)' - weekly, Saturday 06:00
   */
  readonly schedule?: string;
  /**
   * IANA time zone of the schedule.
   * @default - UTC
   */
  readonly scheduleTimezone?: string;
  /**
   * Hours after the scheduled time within which the restore must start.
   * @default 24
   */
  readonly startWindowHours?: number;
  /**
   * Only recovery points from the last this many days are candidates.
   * @default 7
   */
  readonly selectionWindowDays?: number;
  /**
   * Which candidate is restored: the latest, or a random one (tests older points too).
   * @default 'LATEST_WITHIN_WINDOW'
   */
  readonly algorithm?: 'LATEST_WITHIN_WINDOW' | 'RANDOM_WITHIN_WINDOW';
  /**
   * Hours the restored resource is kept for your validation (e.g. an
   * EventBridge-triggered check that reports back with `PutRestoreValidationResult`)
   * before AWS Backup deletes it: 1 to 168 (the provider's validator; the API also takes 0).
   * @default 4
   */
  readonly validationWindowHours?: number;
  /**
   * Also restore-test the copies in each recovery region the plan creates a
   * vault in (`copies: [{ provider }]`), with a restore testing plan there
   * over the copy vault: AWS Backup restores a copy only in its own region.
   * A copy of a resource that needs a network (RDS, Aurora, EC2, ...) is
   * tested only when the resource has one there (a `ResilientDatabase`
   * with `recoveryRegion`).
   * @default true
   */
  readonly copies?: boolean;
  /**
   * Resource types to restore-test among the resources the plan selects by
   * tag (resources protected with `protect()` are tested by their own type).
   * @default - tag-selected resources are not restore-tested (with a warning)
   */
  readonly tagSelectedResourceTypes?: readonly BackupResourceType[];
}

/** Checked restore testing settings. */
export interface NormalizedRestoreTesting {
  readonly schedule: string;
  readonly scheduleTimezone?: string;
  readonly startWindowHours: number;
  readonly selectionWindowDays: number;
  readonly algorithm: 'LATEST_WITHIN_WINDOW' | 'RANDOM_WITHIN_WINDOW';
  readonly validationWindowHours: number;
  readonly tagSelectedResourceTypes: readonly BackupResourceType[];
  readonly copies: boolean;
}

/** Restore testing settings (each checked by the plan's spec) with their defaults; the schedule must be one AWS can run. */
export function normalizeRestoreTesting(scope: IConstruct, prop: string, p: RestoreTestingProps): NormalizedRestoreTesting {
  const schedule = p.schedule ?? 'cron(0 6 ? * SAT *)';
  const interval = scheduleInterval(schedule);
  if (interval.seconds === undefined) throw new InvalidPropError(scope, `${prop}.schedule`, schedule, interval.problem ?? 'is not a usable schedule');
  checkTimezone(scope, `${prop}.scheduleTimezone`, p.scheduleTimezone);
  return {
    schedule,
    scheduleTimezone: p.scheduleTimezone,
    startWindowHours: p.startWindowHours ?? 24,
    selectionWindowDays: p.selectionWindowDays ?? 7,
    algorithm: p.algorithm ?? 'LATEST_WITHIN_WINDOW',
    validationWindowHours: p.validationWindowHours ?? 4,
    tagSelectedResourceTypes: [...new Set(p.tagSelectedResourceTypes ?? [])],
    copies: p.copies ?? true,
  };
}

/** A restore testing plan over one vault, in one region. */
export function restoreTestingPlan(
  scope: Construct,
  id: string,
  o: { readonly name: string; readonly provider?: TerraformProvider; readonly testing: NormalizedRestoreTesting; readonly vaultArn: string; readonly continuous: boolean },
): BackupRestoreTestingPlan {
  const t = o.testing;
  return new BackupRestoreTestingPlan(scope, id, {
    provider: o.provider,
    name: o.name,
    scheduleExpression: t.schedule,
    scheduleExpressionTimezone: t.scheduleTimezone,
    startWindowHours: t.startWindowHours,
    recoveryPointSelection: [
      {
        algorithm: t.algorithm,
        includeVaults: [o.vaultArn],
        recoveryPointTypes: o.continuous ? ['CONTINUOUS', 'SNAPSHOT'] : ['SNAPSHOT'],
        selectionWindowDays: t.selectionWindowDays,
      },
    ],
  });
}

/** What a restore testing selection selects: resource ARNs, or the resources carrying tags (never both). */
export type RestoreTestingTarget = { readonly arn: string; readonly conditions?: undefined } | { readonly arn?: undefined; readonly conditions: readonly { key: string; value: string }[] };

/**
 * One restore testing selection. It names either ARNs or tag conditions: the
 * provider validates ExactlyOneOf(protected_resource_arns,
 * protected_resource_conditions) (internal/service/backup/restore_testing_selection.go,
 * ConfigValidators), so a tag selection carries no `["*"]`.
 */
export function restoreTestingSelection(
  scope: Construct,
  id: string,
  o: {
    readonly provider?: TerraformProvider;
    readonly plan: BackupRestoreTestingPlan;
    readonly name: string;
    readonly type: BackupResourceType;
    readonly roleArn: string;
    readonly validationWindowHours: number;
    readonly target: RestoreTestingTarget;
    readonly overrides?: Readonly<Record<string, string>>;
  },
): BackupRestoreTestingSelection {
  return new BackupRestoreTestingSelection(scope, id, {
    provider: o.provider,
    name: o.name,
    restoreTestingPlanName: o.plan.name,
    protectedResourceType: o.type,
    ...(o.target.arn !== undefined ? { protectedResourceArns: [o.target.arn] } : { protectedResourceConditions: [{ stringEquals: [...o.target.conditions] }] }),
    iamRoleArn: o.roleArn,
    validationWindowHours: o.validationWindowHours,
    restoreMetadataOverrides: o.overrides && Object.keys(o.overrides).length ? { ...o.overrides } : undefined,
  });
}
