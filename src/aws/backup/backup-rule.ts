import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { RETENTION } from '../../core/contract';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { checkTagsFor } from '../../core/tags';
import { checkNumber } from '../../core/validation';
import { IAlarmRouting } from '../common/alarm-routing';
import { BACKUP_PRESETS, BackupPresetName, scheduleInterval } from './schedule';

/** Longest retention AWS Backup takes (100 years), in days. */
export const MAX_BACKUP_RETENTION_DAYS = 36500;

/** Where a rule copies its recovery points: a vault the plan creates in another region, or a vault you name. */
export interface BackupCopyProps {
  /**
   * An AWS provider (an alias) for the recovery region: the plan creates a
   * vault there, encrypted with its own customer-managed key, locked as the
   * plan's vault is. Give this or `vaultArn`.
   * @default - none: `vaultArn` names the destination
   */
  readonly provider?: TerraformProvider;
  /**
   * ARN of an existing vault in another region, or in another account
   * (whose vault access policy must allow `backup:CopyIntoBackupVault` from
   * this account). Give this or `provider`.
   * @default - none: the plan creates the destination vault with `provider`
   */
  readonly vaultArn?: string;
  /**
   * Days the copy is kept, counted from the backup's creation.
   * @default - the rule's retention
   */
  readonly retentionDays?: number;
  /**
   * Days after which the copy moves to cold storage (it must then be kept at least 90 days more).
   * @default - the copy stays in warm storage
   */
  readonly coldStorageAfterDays?: number;
  /**
   * Where a failed restore test of the copies in this region notifies (with `provider`): an `AlarmChannel` in that
   * region, since a CloudWatch alarm notifies only SNS topics of its own region and AWS Backup publishes the
   * restore metrics where the restore runs.
   * @default - the restore tests of the copies raise no alarm (with a warning)
   */
  readonly alarmRouting?: IAlarmRouting;
}

/** One backup rule: a preset (`daily`, `weekly`, `monthly`) with overrides, or a custom schedule. */
export interface BackupRuleProps {
  /**
   * Rule name (letters, digits, `-`, `_`, `.`; up to 50), unique in the plan.
   * @default - the preset's name, or `rule-<n>`
   */
  readonly name?: string;
  /**
   * A preset: `daily` (05:00, kept 35 days), `weekly` (Sunday 05:00, kept 90
   * days) or `monthly` (the 1st at 05:00, kept 365 days). The other props override it.
   * @default - none: `schedule` and `retentionDays` are required
   */
  readonly preset?: BackupPresetName;
  /**
   * When the rule runs: `cron(minutes hours day-of-month month day-of-week year)`, at most hourly.
   * @default - the preset's schedule
   */
  readonly schedule?: string;
  /**
   * IANA time zone the schedule is read in, e.g. `Europe/Paris`.
   * @default - UTC
   */
  readonly scheduleTimezone?: string;
  /**
   * Days recovery points are kept (at least 7; at most 35 with continuous backup).
   * @default - the preset's retention
   */
  readonly retentionDays?: number;
  /**
   * Minutes after the scheduled time within which the job must start, or it is not run (and fails).
   * @default 60
   */
  readonly startWindowMinutes?: number;
  /**
   * Minutes after the scheduled time within which the job must finish, or AWS Backup cancels it.
   * @default 480 - eight hours
   */
  readonly completionWindowMinutes?: number;
  /**
   * Continuous backup: point-in-time restore to any second of the retention
   * (at most 35 days), for the resource types that support it (RDS, Aurora, S3, SAP HANA).
   * @default false
   */
  readonly continuousBackup?: boolean;
  /**
   * Days after which recovery points move to cold storage (resource types that
   * support it); they must then be kept at least 90 days more.
   * @default - recovery points stay in warm storage
   */
  readonly coldStorageAfterDays?: number;
  /**
   * Copies of each recovery point, each to a vault in another region or account.
   * @default - no copy: a region loss loses the backups
   */
  readonly copies?: readonly BackupCopyProps[];
  /**
   * Tags put on the recovery points.
   * @default - none
   */
  readonly recoveryPointTags?: Readonly<Record<string, string>>;
}

/** A checked copy action. */
export interface NormalizedCopy {
  readonly provider?: TerraformProvider;
  readonly alarmRouting?: IAlarmRouting;
  readonly vaultArn?: string;
  readonly retentionDays: number;
  readonly coldStorageAfterDays?: number;
  readonly prop: string;
}

/** A checked rule, with its defaults filled in. */
export interface NormalizedRule {
  readonly name: string;
  readonly schedule: string;
  readonly scheduleTimezone?: string;
  /** Longest gap between two runs, seconds. */
  readonly intervalSeconds: number;
  readonly retentionDays: number;
  readonly startWindowMinutes: number;
  readonly completionWindowMinutes: number;
  readonly continuousBackup: boolean;
  readonly coldStorageAfterDays?: number;
  readonly copies: readonly NormalizedCopy[];
  readonly recoveryPointTags?: Readonly<Record<string, string>>;
  /** Prop path of the rule, for messages (`rules[0]`). */
  readonly prop: string;
}

const PRESETS = Object.keys(BACKUP_PRESETS) as BackupPresetName[];

/** Checks an IANA time zone name (`Europe/Paris`): the spec checked its characters, the runtime knows the zones. */
export function checkTimezone(scope: IConstruct, prop: string, tz: string | undefined): void {
  if (tz === undefined || isUnresolved(tz)) return;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    throw new InvalidPropError(scope, prop, tz, 'must be an IANA time zone such as Europe/Paris or America/New_York');
  }
}

/** What retention and cold storage must agree on: at most 35 days continuous, at least 90 days in cold storage. */
function checkLifecycle(scope: IConstruct, prop: string, retention: number, cold: number | undefined, continuous: boolean): void {
  if (continuous && retention > RETENTION.maxContinuousBackupDays) {
    throw new InvalidPropError(scope, `${prop}.retentionDays`, retention, `must be at most ${RETENTION.maxContinuousBackupDays} with continuous backup (AWS keeps continuous backups 1 to ${RETENTION.maxContinuousBackupDays} days)`);
  }
  if (cold === undefined) return;
  if (continuous) throw new InvalidPropError(scope, `${prop}.coldStorageAfterDays`, cold, 'must not be set with continuous backup: continuous recovery points do not move to cold storage');
  if (retention < cold + RETENTION.minColdStorageDays) {
    throw new InvalidPropError(
      scope,
      `${prop}.retentionDays`,
      retention,
      `must be at least coldStorageAfterDays + ${RETENTION.minColdStorageDays} = ${cold + RETENTION.minColdStorageDays}: AWS Backup keeps a recovery point in cold storage at least ${RETENTION.minColdStorageDays} days`,
    );
  }
}

function normalizeCopy(scope: IConstruct, prop: string, c: BackupCopyProps, ruleRetentionDays: number): NormalizedCopy {
  if ((c.provider === undefined) === (c.vaultArn === undefined)) {
    throw new InvalidPropError(scope, prop, c, 'must give exactly one of provider (the plan creates a vault in that region) or vaultArn (an existing vault)');
  }
  if (c.alarmRouting !== undefined && c.provider === undefined) {
    throw new InvalidPropError(scope, `${prop}.alarmRouting`, 'an alarm routing', 'applies to a copy with provider only: the plan restore-tests only the copies in vaults it creates');
  }
  const retentionDays = c.retentionDays ?? ruleRetentionDays;
  // A copy of a continuous backup is a snapshot: the 35-day limit does not apply to it.
  checkLifecycle(scope, prop, retentionDays, c.coldStorageAfterDays, false);
  return { provider: c.provider, alarmRouting: c.alarmRouting, vaultArn: c.vaultArn, retentionDays, coldStorageAfterDays: c.coldStorageAfterDays, prop };
}

/**
 * One rule (a preset name or props, each field checked by the plan's spec) with its defaults filled in, and what
 * its fields must agree on: a schedule AWS Backup runs at most hourly, windows an hour apart, retention and cold
 * storage, AWS Backup's tag rules for the recovery point tags.
 */
export function normalizeRule(scope: IConstruct, prop: string, input: BackupPresetName | BackupRuleProps, index: number): NormalizedRule {
  const r: BackupRuleProps = typeof input === 'string' ? { preset: input } : input;
  const preset = r.preset !== undefined ? BACKUP_PRESETS[r.preset] : undefined;
  const name = r.name ?? r.preset ?? `rule-${index + 1}`;
  const schedule = r.schedule ?? preset?.schedule;
  if (schedule === undefined) throw new InvalidPropError(scope, `${prop}.schedule`, schedule, `is required without a preset (${PRESETS.join(', ')}): a cron(...) expression`);
  const interval = scheduleInterval(schedule);
  if (interval.seconds === undefined) throw new InvalidPropError(scope, `${prop}.schedule`, schedule, interval.problem ?? 'is not a usable schedule');
  checkTimezone(scope, `${prop}.scheduleTimezone`, r.scheduleTimezone);

  const retentionDays = r.retentionDays ?? preset?.retentionDays;
  if (retentionDays === undefined) throw new InvalidPropError(scope, `${prop}.retentionDays`, retentionDays, 'is required without a preset: days recovery points are kept');
  const continuousBackup = r.continuousBackup ?? false;
  checkLifecycle(scope, prop, retentionDays, r.coldStorageAfterDays, continuousBackup);

  const startWindowMinutes = r.startWindowMinutes ?? 60;
  const completionWindowMinutes = r.completionWindowMinutes ?? 480;
  checkNumber(scope, `${prop}.completionWindowMinutes`, completionWindowMinutes, { integer: true, min: startWindowMinutes + 60, max: 10080 * 10 });
  // Recovery point tags are AWS Backup tags: the restricted character set and 50 per recovery point.
  checkTagsFor(scope, `${prop}.recoveryPointTags`, 'aws_backup_plan', r.recoveryPointTags);
  const copies = (r.copies ?? []).map((c, i) => normalizeCopy(scope, `${prop}.copies[${i}]`, c, retentionDays));
  return {
    name,
    schedule,
    scheduleTimezone: r.scheduleTimezone,
    intervalSeconds: interval.seconds,
    retentionDays,
    startWindowMinutes,
    completionWindowMinutes,
    continuousBackup,
    coldStorageAfterDays: r.coldStorageAfterDays,
    copies,
    recoveryPointTags: r.recoveryPointTags,
    prop,
  };
}

/** Every rule; names must be unique and at most one rule may be continuous (AWS keeps one continuous backup per resource). */
export function normalizeRules(scope: IConstruct, prop: string, rules: readonly (BackupPresetName | BackupRuleProps)[]): NormalizedRule[] {
  const out = rules.map((r, i) => normalizeRule(scope, `${prop}[${i}]`, r, i));
  const seen = new Map<string, number>();
  out.forEach((r, i) => {
    if (seen.has(r.name)) throw new InvalidPropError(scope, `${prop}[${i}].name`, r.name, `must be unique in the plan (rules[${seen.get(r.name)}] has it)`);
    seen.set(r.name, i);
  });
  const continuous = out.filter((r) => r.continuousBackup);
  if (continuous.length > 1) throw new InvalidPropError(scope, `${continuous[1].prop}.continuousBackup`, true, 'must be on one rule at most: AWS Backup keeps one continuous backup per resource');
  return out;
}
