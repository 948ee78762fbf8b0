import { completedBackupQueries, failedRestoreQueries, MAX_TYPED_SERIES } from '../../../src/aws/backup/backup-alarms';
import { BACKUP_RESOURCE_TYPES } from '../../../src/aws/common/backup-target';
import { CLOUDWATCH_LIMITS, metricQueriesProblems } from '../../../src/core/cloudwatch-limits';

const shape = (queries: ReturnType<typeof completedBackupQueries>) => queries.map((q) => ({ id: q.id, isMetric: !!q.metric, returnData: q.id === 'e1' }));

test('the missing-backup queries stay within 10 metrics per alarm (PutMetricAlarm) however many types a plan protects', () => {
  expect(MAX_TYPED_SERIES + 1).toBe(CLOUDWATCH_LIMITS.maxMetricsPerAlarm);
  const all = completedBackupQueries('vault', BACKUP_RESOURCE_TYPES);
  expect(metricQueriesProblems(shape(all))).toEqual([]);
  expect(all.filter((q) => q.metric)).toHaveLength(10);
  // The vault's own series is always read: it stands for the types beyond the limit.
  expect(all[0].metric!.dimensions).toEqual({ BackupVaultName: 'vault' });
  expect(all.at(-1)!.expression).toBe(Array.from({ length: 10 }, (_, i) => `FILL(m${i}, 0)`).join(' + '));
});

test('the failed-restore queries read the type alone and the type in the vault, filled with 0 and added', () => {
  const q = failedRestoreQueries('S3', 'vault');
  expect(metricQueriesProblems(shape(q))).toEqual([]);
  expect(q.map((x) => x.metric?.dimensions ?? x.expression)).toEqual([{ ResourceType: 'S3' }, { ResourceType: 'S3', BackupVaultName: 'vault' }, 'FILL(m0, 0) + FILL(m1, 0)']);
});
