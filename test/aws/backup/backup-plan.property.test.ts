import * as fc from 'fast-check';
import { BackupPlan } from '../../../src/aws/backup/backup-plan';
import { expectInvalidProp, onlyResource, synthJson, testStack } from '../../harness';

/** What AWS Backup and the library accept, written independently of the construct. */
function accepted(r: { retention: number; cold?: number; continuous: boolean; start: number; completion: number }, lock: { min: number; max?: number }): boolean {
  if (r.retention < 7 || r.retention > 36500) return false;
  if (r.continuous && (r.retention > 35 || r.cold !== undefined)) return false;
  if (r.cold !== undefined && r.retention < r.cold + 90) return false;
  if (r.start < 60 || r.completion < r.start + 60) return false;
  if (lock.max !== undefined && lock.min > lock.max) return false;
  return r.retention >= lock.min && (lock.max === undefined || r.retention <= lock.max);
}

const ruleArb = fc.record({
  retention: fc.integer({ min: 1, max: 500 }),
  cold: fc.option(fc.integer({ min: 1, max: 200 }), { nil: undefined }),
  continuous: fc.boolean(),
  start: fc.integer({ min: 30, max: 300 }),
  completion: fc.integer({ min: 60, max: 800 }),
});
const lockArb = fc.record({ min: fc.integer({ min: 1, max: 60 }), max: fc.option(fc.integer({ min: 1, max: 600 }), { nil: undefined }) });

test('sweep: a rule and a vault lock synthesize exactly when AWS would accept them, as given; otherwise a clear InvalidPropError', () => {
  fc.assert(
    fc.property(ruleArb, lockArb, (r, lock) => {
      const { stack } = testStack();
      const build = () =>
        new BackupPlan(stack, 'backup', {
          rules: [{ name: 'r', schedule: 'cron(0 3 ? * * *)', retentionDays: r.retention, coldStorageAfterDays: r.cold, continuousBackup: r.continuous, startWindowMinutes: r.start, completionWindowMinutes: r.completion }],
          vaultLock: { mode: 'governance', minRetentionDays: lock.min, maxRetentionDays: lock.max },
          resources: ['arn:aws:rds:eu-west-1:111111111111:db:orders'],
        });
      if (!accepted(r, lock)) {
        expectInvalidProp(build, /^test\/backup: invalid (rules\[0\]|vaultLock)\./);
        return;
      }
      build();
      const rule = onlyResource(synthJson(stack), 'aws_backup_plan').rule[0];
      expect(rule.lifecycle).toEqual({ delete_after: r.retention, ...(r.cold !== undefined ? { cold_storage_after: r.cold } : {}) });
      expect([rule.start_window, rule.completion_window, rule.enable_continuous_backup ?? false]).toEqual([r.start, r.completion, r.continuous]);
    }),
    { numRuns: 60 },
  );
});
