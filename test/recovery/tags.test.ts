import * as fc from 'fast-check';
import { RecoveryAchievement } from '../../src/recovery/achievement';
import { recoveryTags } from '../../src/recovery/tags';
import { achievementFromTags, objectivesFromTags, splitTagList, TAG_LIST_SEPARATOR } from '../../src/recovery/tags';
import { RESTRICTED_TAG_CHARACTERS } from '../../src/core/tag-rules';

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
        const tags = recoveryTags(achievement);
        expect(achievementFromTags('r', 'table', tags)).toEqual(achievement);
        // Every value fits the tag character set of RDS, DynamoDB and S3 (RDS API Reference, "Tag").
        for (const v of Object.values(tags)) expect(RESTRICTED_TAG_CHARACTERS.test(v)).toBe(true);
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

test('list tags are separated by a space, which AWS accepts in tag values; a comma (refused at apply) is not a separator', () => {
  expect(TAG_LIST_SEPARATOR).toBe(' ');
  expect(RESTRICTED_TAG_CHARACTERS.test(TAG_LIST_SEPARATOR)).toBe(true);
  expect(RESTRICTED_TAG_CHARACTERS.test(',')).toBe(false);
  expect(recoveryTags({ resource: 'r', kind: 'database', regions: ['eu-west-1', 'eu-central-1'], backupPlan: 'daily monthly' })).toMatchObject({
    'recovery:regions': 'eu-west-1 eu-central-1',
    'recovery:backup-plan': 'daily monthly',
  });
  expect(achievementFromTags('r', 'database', { 'recovery:regions': 'eu-west-1 eu-central-1' })!.regions).toEqual(['eu-west-1', 'eu-central-1']);
  expect(splitTagList('daily monthly')).toEqual(['daily', 'monthly']);
  expect(splitTagList(undefined)).toEqual([]);
});
