import * as fc from 'fast-check';
import { RecoveryAchievement } from '../../src/recovery/achievement';
import { recoveryTags } from '../../src/recovery/tags';
import { achievementFromTags, objectivesFromTags } from '../../src/recovery/tags';

const duration = fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 400 }).map((n) => n * 60), fc.integer({ min: 1, max: 59 }));

test('property: recovery tags read back into the achievement they were written from', () => {
  fc.assert(
    fc.property(
      fc.record({
        regions: fc.array(fc.constantFrom('eu-west-1', 'eu-central-1', 'us-east-1'), { minLength: 1, maxLength: 3 }),
        rpoZoneSeconds: fc.option(duration, { nil: undefined }),
        rpoRegionSeconds: fc.option(duration, { nil: undefined }),
        rpoDataSeconds: fc.option(duration, { nil: undefined }),
        rtoRegionSeconds: fc.option(duration, { nil: undefined }),
        backupPlan: fc.option(fc.constantFrom('daily', 'web-backup'), { nil: undefined }),
        retentionDays: fc.option(fc.integer({ min: 7, max: 3650 }), { nil: undefined }),
        vaultLock: fc.option(fc.constantFrom('none' as const, 'governance' as const, 'compliance' as const), { nil: undefined }),
        restoreTesting: fc.option(fc.boolean(), { nil: undefined }),
      }),
      (a) => {
        const achievement: RecoveryAchievement = { resource: 'r', kind: 'table', ...a };
        expect(achievementFromTags('r', 'table', recoveryTags(achievement))).toEqual(achievement);
      },
    ),
  );
});

test('objective tags read back; anything else is not objectives', () => {
  expect(objectivesFromTags({ 'recovery:strategy': 'warm-standby', 'recovery:objective:region': 'rto=15m rpo=0' })).toEqual({
    strategy: 'warm-standby',
    objectives: { region: { rtoSeconds: 900, rpoSeconds: 0 } },
  });
  expect(objectivesFromTags({ 'recovery:strategy': 'hot', 'recovery:objective:region': 'rto=15m rpo=0' })).toBeUndefined();
  expect(objectivesFromTags({ team: 'x' })).toBeUndefined();
  expect(achievementFromTags('r', 'x', { team: 'x' })).toBeUndefined();
});
