import * as fs from 'node:fs';
import * as path from 'node:path';
import { ERROR_BUDGET_USAGE, errorBudgetCommand } from '../../src/cli/error-budget';
import { main } from '../../src/cli/main';
import { PROGRAM } from '../../src/cli/program';
import { tempDir } from '../harness';

const dir = tempDir('error-budget-');
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

  test('invalid definitions exit 2 (as the help says) naming the SLO and prop', () => {
    const bad = file('bad.yaml', 'slos:\n  - name: a\n    objective: 101\n');
    expect(errorBudgetCommand([bad])).toEqual({ exitCode: 2, output: `error-budget: ${bad}: invalid slos[0].objective 101: must be a percentage greater than 0 and less than 100, e.g. 99.9\n` });
    const shape = file('shape.json', '[1, 2]');
    expect(errorBudgetCommand([shape]).exitCode).toBe(2);
    expect(errorBudgetCommand([shape]).output).toContain('expected an object with "slos"');
    expect(ERROR_BUDGET_USAGE).toContain('exit codes: 0 report printed, 2 usage error, unreadable FILE or invalid SLO definitions in FILE');
  });

  test('an objective written as a ratio says which percentage was meant, before anything else', () => {
    const ratio = file('ratio.yaml', 'slos:\n  - name: a\n    objective: 0.9995\n');
    expect(errorBudgetCommand([ratio])).toEqual({
      exitCode: 2,
      output: `error-budget: ${ratio}: invalid slos[0].objective 0.9995: objective is a percentage: did you mean 99.95? (0.9995% would allow 99.0005% of events to fail)\n`,
    });
  });

  test.each([
    ['slos:\n  - name: a\n    objectve: 99.9\n', 'invalid slos[0].objectve 99.9: is not a known key (did you mean "objective"?)'],
    ['slos:\n  - name: a\n    objective: 99.9\neventPerPeriod: 100\n', 'invalid eventPerPeriod 100: is not a known key (did you mean "eventsPerPeriod"?)'],
    ['slos:\n  - name: a\n    objective: 99.9\n    alerts:\n      - severity: page\n        longWindow: 1h\n        burnrate: 14.4\n', 'invalid slos[0].alerts[0].burnrate 14.4: is not a known key (did you mean "burnRate"?)'],
    ['slos:\n  - name: a\n    objective: 99.9\n    sliHealth:\n      missingfor: 1h\n', 'invalid slos[0].sliHealth.missingfor "1h": is not a known key (did you mean "missingFor"?)'],
    ['slos:\n  - name: a\n    objective: 99.9\n    budgetExhausted:\n      enable: true\n', 'invalid slos[0].budgetExhausted.enable true: is not a known key (did you mean "enabled"?)'],
    ['slos:\n  - name: a\n    objective: 99.9\n    zzz: 1\n', 'invalid slos[0].zzz 1: is not a known key; known: name, objective,'],
  ])('unknown keys are errors with a did-you-mean (%#)', (content, message) => {
    const f = file('typo.yaml', content);
    const r = errorBudgetCommand([f]);
    expect(r.exitCode).toBe(2);
    expect(r.output).toContain(message);
  });

  test('28-day and 30-day output use the same units and rounding', () => {
    const f = file('periods.yaml', 'slos:\n  - name: thirty\n    objective: 99\n  - name: twentyeight\n    objective: 99\n    period: 28d\n');
    const out = errorBudgetCommand([f]).output;
    expect(out).toContain('error budget 1% = 7.2h of full outage per 30d');
    expect(out).toContain('error budget 1% = 6.7h of full outage per 28d');
    expect(out).toMatch(/ticket-3d-6h +ticket +3d \/ 6h +0\.93x +10% in 3d +0\.933% errors/);
    expect(out).not.toMatch(/\d\.\d{4,}/);
    // an hour or more is always given in hours, in both periods
    expect(out).not.toMatch(/\b([6-9]\d|\d{3,})(\.\d+)?m\b/);
  });

  test('the CloudWatch alarms each SLO creates and what they cost, per SLO and in total', () => {
    const f = file('cost.yaml', 'metricsPerAlarm: 2\nslos:\n  - name: api\n    objective: 99.9\n  - name: web\n    objective: 99.9\n    metricsPerAlarm: 5\n    sliHealth:\n      enabled: false\n');
    // Lines wrap at 100 columns: the sentences are read with their line breaks undone.
    const out = errorBudgetCommand([f]).output.replace(/\s+/g, ' ');
    expect(out).toContain('CloudWatch: 9 metric alarms (8 windows x 2 metrics + 1 SLI health), 2 composites = $2.70 a month');
    expect(out).toContain('CloudWatch: 8 metric alarms (8 windows x 5 metrics), 2 composites = $5.00 a month');
    expect(out).toContain('total for 2 SLOs: CloudWatch: 17 metric alarms (16 windows x 3.5 metrics + 1 SLI health), 4 composites = $7.70 a month');
    expect(out).toContain('https://aws.amazon.com/cloudwatch/pricing/');
    const bad = file('cost-bad.yaml', 'metricsPerAlarm: 11\nslos:\n  - name: api\n    objective: 99.9\n');
    expect(errorBudgetCommand([bad])).toMatchObject({ exitCode: 2, output: expect.stringContaining('invalid metricsPerAlarm 11: must be a whole number of metrics from 1 to 10') });
  });

  test('usage errors and unreadable files exit 2', () => {
    expect(errorBudgetCommand([]).exitCode).toBe(2);
    expect(errorBudgetCommand([]).output).toContain('missing FILE');
    expect(errorBudgetCommand([yaml, '--format', 'html'])).toMatchObject({ exitCode: 2, output: expect.stringContaining('--format must be text or markdown, not "html"') });
    expect(errorBudgetCommand([yaml, '--verbose']).output).toContain('unknown option --verbose');
    expect(errorBudgetCommand([path.join(dir, 'missing.yaml')])).toMatchObject({ exitCode: 2, output: expect.stringContaining('cannot read') });
    const broken = file('broken.json', '{ "slos": [');
    expect(errorBudgetCommand([broken])).toMatchObject({ exitCode: 2, output: expect.stringContaining('is not valid JSON') });
    expect(errorBudgetCommand(['--help'])).toMatchObject({ exitCode: 0, output: expect.stringContaining(`usage: ${PROGRAM} error-budget FILE`) });
  });
});

describe('through the package bin', () => {
  test('main dispatches error-budget and passes the format and exit code through', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(main(['error-budget', yaml, '--format', 'markdown'], io)).toBe(0);
    expect(out.join('')).toMatch(/^#+ .*availability/m);
    const bad = file('bad.json', JSON.stringify({ slos: [{ name: 'x', objective: 100 }] }));
    expect(main(['error-budget', bad], io)).toBe(2);
    expect(err.join('')).toContain('invalid slos[0].objective 100');
    expect(main(['error-budget'], io)).toBe(2);
  });

  test('errors and help name the argument the same way (FILE), and one FILE only', () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    expect(main(['error-budget'], io)).toBe(2);
    expect(err.join('')).toContain(`${PROGRAM}: error-budget needs a FILE`);
    expect(err.join('')).toContain('error-budget FILE [--format text|markdown]');
    expect(main(['error-budget', yaml, json], io)).toBe(2);
    expect(err.join('')).toContain('error-budget takes one FILE, got 2');
    expect(main(['error-budget', '--help'], io)).toBe(0);
    expect(out.join('')).toContain(`usage: ${PROGRAM} error-budget FILE`);
  });

  test('--version prints the package version', () => {
    const out: string[] = [];
    const io = { out: (t: string) => out.push(t), err: () => undefined };
    const version = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;
    expect(main(['--version'], io)).toBe(0);
    expect(out).toEqual([version]);
    expect(main(['-V'], io)).toBe(0);
  });
});
