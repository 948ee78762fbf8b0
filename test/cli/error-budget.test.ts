import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { errorBudgetCommand } from '../../src/cli/error-budget';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'error-budget-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function file(name: string, content: string): string {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
}

const yaml = file('slos.yaml', 'slos:\n  - name: availability\n    objective: 99.9\n  - name: latency\n    objective: 99\n    period: 7d\neventsPerPeriod: 1000000\n');
const json = file('slos.json', JSON.stringify({ slos: [{ name: 'availability', objective: 99.9 }] }));

describe('cdktf-reliability error-budget FILE', () => {
  test('YAML, text by default', () => {
    const r = errorBudgetCommand([yaml]);
    expect(r.exitCode).toBe(0);
    expect(r.output).toContain('availability: 99.9% over 30d');
    expect(r.output).toContain('latency: 99% over 7d');
    expect(r.output).toContain('= 1,000 of 1,000,000 events');
    expect(r.output).toMatch(/page-1h-5m +page +1h \/ 5m +14\.4x/);
  });

  test('JSON, markdown', () => {
    for (const args of [[json, '--format', 'markdown'], ['--format=markdown', json]]) {
      const r = errorBudgetCommand(args);
      expect(r.exitCode).toBe(0);
      expect(r.output).toContain('### availability: 99.9% over 30d');
      expect(r.output).toContain('| page-1h-5m | page | 1h / 5m | 14.4x |');
    }
  });

  test('invalid definitions exit 1 naming the SLO and prop', () => {
    const bad = file('bad.yaml', 'slos:\n  - name: a\n    objective: 101\n');
    expect(errorBudgetCommand([bad])).toEqual({ exitCode: 1, output: `error-budget: ${bad}: invalid slos[0].objective 101: must be a percentage greater than 0 and less than 100, e.g. 99.9\n` });
    const shape = file('shape.json', '[1, 2]');
    expect(errorBudgetCommand([shape]).exitCode).toBe(1);
    expect(errorBudgetCommand([shape]).output).toContain('expected an object with "slos"');
  });

  test('usage errors and unreadable files exit 2', () => {
    expect(errorBudgetCommand([]).exitCode).toBe(2);
    expect(errorBudgetCommand([]).output).toContain('missing FILE');
    expect(errorBudgetCommand([yaml, '--format', 'html'])).toMatchObject({ exitCode: 2, output: expect.stringContaining('--format must be text or markdown, not "html"') });
    expect(errorBudgetCommand([yaml, '--verbose']).output).toContain('unknown option --verbose');
    expect(errorBudgetCommand([path.join(dir, 'missing.yaml')])).toMatchObject({ exitCode: 2, output: expect.stringContaining('cannot read') });
    const broken = file('broken.json', '{ "slos": [');
    expect(errorBudgetCommand([broken])).toMatchObject({ exitCode: 2, output: expect.stringContaining('is not valid JSON') });
    expect(errorBudgetCommand(['--help'])).toMatchObject({ exitCode: 0, output: expect.stringContaining('usage: cdktf-reliability error-budget FILE') });
  });
});
