import { BackupPlan, BackupPlanProps } from '../../../src/aws/backup/backup-plan';
import { BACKUP_PLAN_PROPS } from '../../../src/aws/backup/private/backup-plan-spec';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<BackupPlanProps>({
  construct: 'BackupPlan',
  aws: true,
  alarmKeys: ['missingBackup', 'restoreFailed'],
  build: (stack, overrides) => {
    const plan = new BackupPlan(stack, SUBJECT, { alarmRouting: new FakeRouting(), ...overrides } as BackupPlanProps);
    plan.protect('arn:aws:rds:eu-west-1:111111111111:db:orders');
    return plan;
  },
  specs: BACKUP_PLAN_PROPS,
});
