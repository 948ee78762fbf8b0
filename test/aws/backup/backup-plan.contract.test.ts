import { BackupPlan, BackupPlanProps } from '../../../src/aws/backup/backup-plan';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind } from '../../kit/hostile';

const ALARM_KEYS = ['missingBackup', 'restoreFailed'];

contractSuite<BackupPlanProps>({
  construct: 'BackupPlan',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) => {
    const plan = new BackupPlan(stack, SUBJECT, { alarmRouting: new FakeRouting(), ...overrides } as BackupPlanProps);
    plan.protect('arn:aws:rds:eu-west-1:111111111111:db:orders');
    return plan;
  },
  props: {
    planName: 'name',
    rules: {
      list: {
        name: 'name',
        preset: { enum: ['hourly', 'daily', 'weekly', 'monthly'] },
        schedule: 'name',
        scheduleTimezone: 'name',
        retentionDays: 'integer',
        startWindowMinutes: 'integer',
        completionWindowMinutes: 'integer',
        continuousBackup: 'boolean',
        coldStorageAfterDays: 'integer',
        copies: 'reference',
        recoveryPointTags: 'stringMap',
      },
      valid: [{ preset: 'daily' }],
    },
    vaultName: 'name',
    vaultKmsKeyArn: 'arn',
    vaultLock: {
      object: { mode: { enum: ['governance', 'compliance'] }, minRetentionDays: 'integer', maxRetentionDays: 'integer', coolingOffDays: 'integer' },
      valid: { mode: 'governance' },
    },
    airGappedVault: { object: { minRetentionDays: 'integer', maxRetentionDays: 'integer', name: 'name' }, valid: { minRetentionDays: 7, maxRetentionDays: 400 } },
    resources: 'arnList',
    selectionTags: 'stringMap',
    s3Policies: 'boolean',
    restoreTesting: {
      object: { schedule: 'name', scheduleTimezone: 'name', startWindowHours: 'integer', selectionWindowDays: 'integer', algorithm: { enum: ['LATEST_WITHIN_WINDOW', 'RANDOM_WITHIN_WINDOW'] } },
      valid: {},
    },
    auditFramework: 'reference',
    copyTimeHours: 'number',
    jobFailureSeverity: { enum: ['page', 'ticket'] },
    provider: 'reference',
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
