import { BackupResourceType } from '../common/backup-target';
import { ResourceAlarmQuery } from '../common/resource-alarm';

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
