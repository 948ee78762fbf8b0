import * as fs from 'node:fs';
import * as path from 'node:path';
import { FIGURES } from '../../src/recovery/figures';
import { STRATEGIES, STRATEGY_RTO } from '../../src/recovery/objectives-check';
import { humanDuration } from '../../src/slo/duration';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'disaster-recovery.md'), 'utf8');

function short(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) return `${seconds / 60} min`;
  return `${seconds / 3600} h`;
}

test('docs/disaster-recovery.md lists every recovery figure with its value and source', () => {
  for (const [key, f] of Object.entries(FIGURES)) {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
    expect(row).toBeDefined();
    expect(row).toContain(`| ${short(f.seconds)} |`);
    expect(row).toContain(f.source.replace(/read \d{4}-\d{2}/, '').trim().slice(0, 40));
  }
});

test('the strategy table gives the recovery time the check uses', () => {
  for (const s of STRATEGIES) {
    const row = doc.split('\n').find((l) => l.startsWith(`| \`${s}\` |`));
    expect(row).toBeDefined();
    expect(row!.endsWith(`| ${humanDuration(STRATEGY_RTO[s].seconds)} |`)).toBe(true);
  }
});
