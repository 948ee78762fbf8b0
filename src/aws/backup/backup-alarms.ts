import { BackupResourceType } from '../common/backup-target';
import { ResourceAlarmDefinition, ResourceAlarmOverride, ResourceAlarmQuery } from '../common/resource-alarm';
import type { NormalizedRule } from './backup-rule';

/** Alarms of a `BackupPlan`. */
export interface BackupPlanAlarms {
  /**
   * No backup job completed in the plan's vault for the most frequent rule's
   * interval plus its start and completion windows (hourly periods, missing
   * data breaching): `AWS/Backup` `NumberOfBackupJobsCompleted` of the vault,
   * by vault and by vault and each protected resource type, added up
   * (`backup-alarms.ts` says why). Default severity `ticket`.
   * @default - on, with the window computed from the schedule
   */
  readonly missingBackup?: ResourceAlarmOverride;
  /**
   * A restore job of a protected resource type failed in the last hour
   * (`AWS/Backup` `NumberOfRestoreJobsFailed`, by `ResourceType` and by
   * `ResourceType` and the vault, added up: restore tests, and any other
   * restore of that type in the region). One alarm per restore-tested type,
   * and per type in each region whose copies are restore-tested. Default severity `ticket`.
   * @default - on when restore testing is on
   */
  readonly restoreFailed?: ResourceAlarmOverride;
}

/** Every key of {@link BackupPlanAlarms}. */
export const BACKUP_ALARM_KEYS = ['missingBackup', 'restoreFailed'] as const;

/**
 * The metric queries a `BackupPlan`'s alarms read, as data.
 *
 * AWS Backup publishes its job metrics in `AWS/Backup` with the dimensions
 * `ResourceType` and `BackupVaultName` (AWS Backup Developer Guide, "AWS
 * Backup metrics with Amazon CloudWatch"); restore jobs carry
 * `ResourceType`. CloudWatch treats each combination of dimensions as a
 * metric of its own and returns nothing for a combination that was not
 * published (CloudWatch User Guide, "Dimension combinations"). So that an
 * alarm never reads a series that does not exist (with missing data
 * breaching, it would fire forever; with missing data not breaching, never),
 * each alarm reads every combination the documentation names for the
 * metric, fills the absent ones with 0 and adds them up. A job counted in
 * two combinations is counted twice, which neither alarm minds: one asks
 * for fewer than 1 completed job, the other for more than 0 failed ones.
 */
const NS = 'AWS/Backup';

/** CloudWatch's limit of metrics per alarm (PutMetricAlarm): the vault series plus at most this many resource types. */
export const MAX_TYPED_SERIES = 9;

/**
 * `NumberOfBackupJobsCompleted` of the vault: by vault, and by vault and
 * resource type for each type the plan protects (at most
 * {@link MAX_TYPED_SERIES}; with more, the vault series alone stands for the others).
 */
export function completedBackupQueries(vaultName: string, types: readonly BackupResourceType[]): ResourceAlarmQuery[] {
  const series: Record<string, string>[] = [
    { BackupVaultName: vaultName },
    ...types.slice(0, MAX_TYPED_SERIES).map((t) => ({ BackupVaultName: vaultName, ResourceType: t })),
  ];
  return [
    ...series.map((dimensions, i) => ({ id: `m${i}`, metric: { namespace: NS, metricName: 'NumberOfBackupJobsCompleted', dimensions, statistic: 'Sum' } })),
    { id: 'e1', expression: series.map((_, i) => `FILL(m${i}, 0)`).join(' + '), label: 'Backup jobs completed' },
  ];
}

/** `NumberOfRestoreJobsFailed` of one resource type: by type, and by type and the vault restored from. */
export function failedRestoreQueries(type: BackupResourceType, vaultName: string): ResourceAlarmQuery[] {
  return [
    { id: 'm0', metric: { namespace: NS, metricName: 'NumberOfRestoreJobsFailed', dimensions: { ResourceType: type }, statistic: 'Sum' } },
    { id: 'm1', metric: { namespace: NS, metricName: 'NumberOfRestoreJobsFailed', dimensions: { ResourceType: type, BackupVaultName: vaultName }, statistic: 'Sum' } },
    { id: 'e1', expression: 'FILL(m0, 0) + FILL(m1, 0)', label: `Failed ${type} restore jobs` },
  ];
}

/** What the missing-backup alarm says of the plan. */
export interface MissingBackupTarget {
  readonly planName: string;
  readonly vaultName: string;
  /** The vault's name as the metric's dimension (a reference to the vault). */
  readonly vaultDimension: string;
  /** The most frequent rule: its name and interval. */
  readonly ruleName: string;
  readonly intervalSeconds: number;
  /** Hourly periods the alarm looks back over. */
  readonly periods: number;
}

/**
 * No completed backup job in the vault over the most frequent rule's interval plus its windows. It reads the
 * vault's series only: the protected types are known once `protect()` has been called, and the plan replaces
 * the queries at synth ({@link completedBackupQueries}).
 */
export function missingBackupAlarm(t: MissingBackupTarget): ResourceAlarmDefinition {
  return {
    key: 'missingBackup',
    summary: `No backup job of plan ${t.planName} completed in ${t.periods} hours (rule ${t.ruleName} runs every ${Math.round(t.intervalSeconds / 3600)} hours).`,
    runbook: `Open AWS Backup > Jobs for vault ${t.vaultName}: look for failed or expired jobs and their status message, check the plan's selections still match the resources, and run an on-demand backup.`,
    queries: completedBackupQueries(t.vaultDimension, []),
    comparisonOperator: 'LessThanThreshold',
    threshold: 1,
    severity: 'ticket',
    periodSeconds: 3600,
    evaluationPeriods: t.periods,
    treatMissingData: 'breaching',
    unit: 'jobs',
  };
}

/** A failed restore job of one resource type, in the region of the vault restored from (`where`: ` in <region>`, or empty for the plan's own). */
export function restoreFailedAlarm(o: { readonly type: BackupResourceType; readonly vaultDimension: string; readonly planName: string; readonly schedule: string; readonly where: string }): ResourceAlarmDefinition {
  return {
    key: 'restoreFailed',
    summary: `A restore job of a ${o.type} resource failed${o.where} (restore tests of plan ${o.planName} run ${o.schedule}).`,
    runbook: `Open AWS Backup > Jobs > Restore jobs${o.where}, filter on ${o.type}: read the status message of the failed job. A failed restore test means the backups of that resource may not restore: fix it before you need them.`,
    queries: failedRestoreQueries(o.type, o.vaultDimension),
    comparisonOperator: 'GreaterThanThreshold',
    threshold: 0,
    severity: 'ticket',
    periodSeconds: 3600,
    evaluationPeriods: 1,
    treatMissingData: 'notBreaching',
    unit: 'jobs',
  };
}

/**
 * The window the missing-backup alarm looks back over: the most frequent rule's interval plus its start and
 * completion windows, plus an hour when its schedule is read in a time zone with daylight saving, in hourly periods.
 */
export function missingBackupWindow(rules: readonly NormalizedRule[]): { frequent: NormalizedRule; periods: number } {
  const frequent = [...rules].sort((a, b) => a.intervalSeconds - b.intervalSeconds)[0];
  const dst = frequent.scheduleTimezone !== undefined && !/^(UTC|Etc\/UTC|GMT|Etc\/GMT)$/.test(frequent.scheduleTimezone) ? 3600 : 0;
  const windowSeconds = frequent.intervalSeconds + (frequent.startWindowMinutes + frequent.completionWindowMinutes) * 60 + dst;
  return { frequent, periods: Math.ceil(windowSeconds / 3600) };
}
