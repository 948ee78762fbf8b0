import { Construct } from 'constructs';
import { BackupProtection, isBackupTarget, withBackupProtections } from '../../../src/aws/common/backup-target';
import { RecoveryAchievement } from '../../../src/recovery/achievement';

const base: RecoveryAchievement = { resource: 'app/table', kind: 'table', regions: ['eu-west-1'], rpoZoneSeconds: 0, rpoDataSeconds: 300, retentionDays: 35, sources: ['own'] };
const daily: BackupProtection = { plan: 'daily', retentionDays: 35, rpoDataSeconds: 86400, copyRegions: [], vaultLock: 'governance', restoreTesting: false, sources: ['plan'] };
const monthly: BackupProtection = { plan: 'monthly', retentionDays: 365, rpoDataSeconds: 31 * 86400, rpoRegionSeconds: 40 * 86400, copyRegions: ['eu-central-1'], vaultLock: 'compliance', restoreTesting: true, sources: ['plan', 'copy'] };

test('no protection leaves the achievement as it is', () => {
  expect(withBackupProtections(base, [])).toBe(base);
});

test('plans add up: finest restore point, best region RPO, longest retention, strongest lock, any restore testing, every copy region', () => {
  expect(withBackupProtections(base, [daily, monthly])).toEqual({
    ...base,
    regions: ['eu-west-1', 'eu-central-1'],
    rpoDataSeconds: 300,
    rpoRegionSeconds: 40 * 86400,
    // A tag list: RDS, DynamoDB and S3 refuse commas in tag values (RDS API Reference, "Tag"; recovery/tags.ts).
    backupPlan: 'daily monthly',
    retentionDays: 365,
    vaultLock: 'compliance',
    restoreTesting: true,
    sources: ['own', 'plan', 'copy'],
    replication: 'backup-copy',
  });
});

test('a construct that replicates keeps its own (better) region RPO and replication', () => {
  const replicated = { ...base, rpoRegionSeconds: 1, replication: 'dynamodb-global-table' };
  expect(withBackupProtections(replicated, [monthly])).toMatchObject({ rpoRegionSeconds: 1, replication: 'dynamodb-global-table' });
});

test('isBackupTarget needs the ARN, the type and the callback', () => {
  expect(isBackupTarget({ backupResourceArn: 'a', backupResourceType: 'S3', addBackupProtection: () => undefined })).toBe(true);
  expect(isBackupTarget({ backupResourceArn: 'a', backupResourceType: 'S3' })).toBe(false);
  expect(isBackupTarget(new Construct(undefined as any, ''))).toBe(false);
  expect(isBackupTarget(null)).toBe(false);
});
