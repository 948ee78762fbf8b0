import * as fs from 'node:fs';
import * as path from 'node:path';
import { BACKUP_PRESETS } from '../../src/aws/backup/schedule';
import { BACKUP_PROMISE_RULES } from '../../src/checks/rules/backup';
import { RETENTION } from '../../src/core/contract';
import { FIGURES } from '../../src/recovery/figures';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'backups.md'), 'utf8');
const row = (start: string) => doc.split('\n').find((l) => l.startsWith(start));

test('docs/backups.md gives each preset its schedule and retention', () => {
  for (const [name, p] of Object.entries(BACKUP_PRESETS)) {
    expect(row(`| \`${name}\` |`)).toBe(`| \`${name}\` | \`${p.schedule}\` | ${p.retentionDays} days |`);
  }
});

test('docs/backups.md lists the backup rules of the pack with their severity', () => {
  for (const r of BACKUP_PROMISE_RULES) expect(row(`| ${r.id} |`)).toMatch(new RegExp(`^\\| ${r.id} \\| ${r.severity} \\|`));
});

test('docs/backups.md states the floors and figures the code uses', () => {
  expect(doc).toContain(`\`coldStorageAfterDays\` + ${RETENTION.minColdStorageDays}`);
  expect(doc).toContain(`at most ${RETENTION.maxContinuousBackupDays} with continuous backup`);
  expect(doc).toContain(`default ${RETENTION.minVaultLockCoolingOffDays}, at least ${RETENTION.minVaultLockCoolingOffDays}`);
  expect(doc).toContain(`\`FIGURES.backupCopyTime\` (${FIGURES.backupCopyTime.seconds / 3600} h)`);
  expect(doc).toContain('## DynamoDB tables and S3 buckets');
});
