// Issue 21 item 1: the recovery tag writer and readers, and the backup folding, name what is wrong.
import { withBackupProtections } from '../../src/aws/common/backup-target';
import { parseObjective } from '../../src/recovery/objectives-check';
import { achievementFromTags, objectivesFromTags, recoveryTags } from '../../src/recovery/tags';

const base = { resource: 'aws_dynamodb_table.orders', kind: 'dynamodb_table', regions: ['eu-west-1'] };

test.each<[string, () => unknown, string]>([
  ['recoveryTags of null', () => recoveryTags(null as never), 'invalid achievement null: must be an object (got null) (argument of recoveryTags)'],
  ['recoveryTags of regions that are not a list', () => recoveryTags({ ...base, regions: 'eu-west-1' } as never), 'invalid achievement.regions "eu-west-1": must be a list (got a string) (argument of recoveryTags)'],
  ['recoveryTags of negative seconds', () => recoveryTags({ ...base, rpoDataSeconds: -5 }), 'invalid achievement.rpoDataSeconds -5: must be seconds, a number of at least 0 (got a number) (argument of recoveryTags)'],
  ['achievementFromTags of tags that are not a map', () => achievementFromTags('a', 'b', null as never), 'invalid tags null: must be an object (got null) (argument of achievementFromTags)'],
  ['objectivesFromTags of a tag value that is a number', () => objectivesFromTags({ 'recovery:strategy': 5 } as never), 'invalid tags.recovery:strategy 5: must be a string tag value (got a number) (argument of objectivesFromTags)'],
  ['parseObjective with a prop that is not text', () => parseObjective({ rto: '15m', rpo: '1m' }, Symbol('p') as never), 'must be a non-empty string (got a symbol) (argument of parseObjective)'],
  ['withBackupProtections of a protection with an unknown lock', () => withBackupProtections(base, [{ plan: 'p', retentionDays: 35, rpoDataSeconds: 3600, copyRegions: [], vaultLock: 'strict' as never, restoreTesting: false, sources: [] }]), 'invalid protections[0].vaultLock "strict": must be one of "none", "governance", "compliance" (argument of withBackupProtections)'],
])('%s is refused', (_name, call, message) => {
  expect(call).toThrow(message);
});
