/**
 * Issue 24: `report --html` over every example stack. One test file for the
 * whole picture: the examples are synthesized once; one child process (tsx,
 * where vega's ES modules load as in a real install) records what `check`
 * loads, then writes each example's page; the pages are checked as text, and
 * then in headless Chromium (Debian's `chromium`, driven by playwright-core,
 * never its own browser download): no console error or failed request, every
 * chart an SVG with data marks, the severity filter works, axe-core finds no
 * serious or critical violation, and a screenshot per stack is saved under
 * artifacts/screenshots/ (CI keeps them).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { formatReport, reportStack } from '../../src/checks/report';
import { TerraformJsonStack } from '../../src/checks/stack';
import { EXAMPLES } from '../examples/examples';
import { DIAGRAMS } from './mermaid';

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Where the screenshots go: CI prints the folder and keeps it as an artifact. */
export const SCREENSHOTS = path.join(ROOT, 'artifacts', 'screenshots');
/** The flags the issue asks for (the machines have no network); playwright-core adds a fresh user-data-dir. */
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'html-report-'));
const names = Object.keys(EXAMPLES);
const json: Record<string, unknown> = {};
let child: { loadedByCheck: string[]; loadedByHtml: string[]; outputs: string[] };
const html: Record<string, string> = {};

beforeAll(() => {
  for (const name of names) {
    json[name] = JSON.parse(Testing.synth(EXAMPLES[name]()));
    fs.mkdirSync(path.join(work, name));
    fs.writeFileSync(path.join(work, name, 'cdk.tf.json'), JSON.stringify(json[name]));
  }
  const script = `
    const path = require('node:path');
    const paths = () => Object.keys(require.cache).filter((f) => /[\\\\/]node_modules[\\\\/](vega|vega-lite)[\\\\/]|[\\\\/]checks[\\\\/]html[\\\\/]|[\\\\/]cli[\\\\/]html-report/.test(f));
    require('./src');
    const { main } = require('./src/cli/main');
    main(['check', ${JSON.stringify(path.join(work, 'quick-start'))}, '--format', 'json'], { out() {}, err() {} });
    const loadedByCheck = paths();
    (async () => {
      const outputs = [];
      for (const name of ${JSON.stringify(names)}) {
        const dir = path.join(${JSON.stringify(work)}, name);
        const io = { out: (t) => outputs.push(t), err: (t) => outputs.push('ERR ' + t) };
        const code = await main(['report', dir, '--html', dir + '.html'], io);
        if (code !== 0) outputs.push('exit ' + code);
      }
      process.stdout.write(JSON.stringify({ loadedByCheck, loadedByHtml: paths(), outputs }));
    })();
  `;
  child = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
  for (const name of names) html[name] = fs.readFileSync(path.join(work, `${name}.html`), 'utf8');
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

test('importing the library and running check load neither vega nor the HTML report; --html does', () => {
  expect(child.loadedByCheck).toEqual([]);
  // The control: the same probe sees the HTML modules once --html ran (vega's ES modules are not in require.cache).
  expect(child.loadedByHtml.some((f) => /checks[\\/]html[\\/]render-svg/.test(f))).toBe(true);
  expect(child.outputs.filter((o) => !/^report: wrote .*\.html \(\d+ KiB, \d+ charts\)/.test(o))).toEqual([]);
  // The charting packages are imported in one place only.
  const importers = execFileSync('grep', ['-rlE', "'vega(-lite)?'", path.join(ROOT, 'src')], { encoding: 'utf8' }).trim().split('\n');
  expect(importers.map((f) => path.relative(ROOT, f))).toEqual(['src/checks/html/render-svg.ts']);
});

/** The charts a stack's page must have: two per SLO rebuilt from the stack, one per set of recovery objectives, one for headroom. */
function expectedCharts(name: string): number {
  const r = reportStack(TerraformJsonStack.fromJson(json[name], name));
  return 2 * r.slos.filter((s) => !s.problem).length + (r.recoveries?.length ?? 0) + (r.capacity.some((c) => c.zoneLossHeadroom !== undefined) ? 1 : 0);
}

test.each(names)('%s: one self-contained page (nothing fetched), a chart per SLO, recovery set and headroom, each an SVG with data marks', (name) => {
  const page = html[name];
  expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
  expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">`);
  // No external resource: no src/href but in-page anchors, no <link>, no url() in styles.
  expect(page.match(/\b(src|href)="(?!#)[^"]*"/g) ?? []).toEqual([]);
  expect(page).not.toMatch(/<link\b|url\(/);
  const figures = page.split('<figure class="chart"').slice(1);
  expect(figures).toHaveLength(expectedCharts(name));
  for (const f of figures) {
    expect(f).toMatch(/<svg[^>]*>/);
    expect(f).toMatch(/class="mark-(line|rect|symbol|tick)[^"]*"[^>]*>(<[^>]+>)*<path[^>]* d="M/);
  }
  // The data behind the page is in it.
  const data = JSON.parse(page.split('<script type="application/json" id="report-data">')[1].split('</script>')[0]);
  expect(data.stacks[0].stack).toBe(name);
});

test('the incident-response page shows, under its SLO, when the last PagerDuty escalation level is reached (escalation path per SLO)', () => {
  expect(html['incident-response']).toMatch(/<p>Escalation: a full outage pages in [^<]+, the last of \d+ levels of pagerduty_escalation_policy\.[^<]+ is reached [^<]+ after the page \([^<]+ after the outage starts\) when nobody acknowledges\.<\/p>/);
  // Pages whose SLOs reach no escalation policy say nothing of one.
  expect(html['slo-alarms']).not.toContain('Escalation:');
});

test('the text report of every example fits 100 columns and writes durations one way', () => {
  for (const name of names) {
    const text = formatReport([reportStack(TerraformJsonStack.fromJson(json[name], name))], 'text');
    const long = text.split('\n').filter((l) => l.length > 100);
    expect({ name, long }).toEqual({ name, long: [] });
    // `36 h`, `2 d`, `4.3 min` were the other two formats (issue 24).
    expect({ name, other: text.match(/\d (min|h|d)\b/g) ?? [] }).toEqual({ name, other: [] });
  }
});

/** The docs with diagrams: every example README and the SLO, backup, disaster-recovery and chaos pages. */
const DIAGRAM_DOCS = [...names.map((n) => `examples/${n}/README.md`), 'docs/slo-alarms.md', 'docs/backups.md', 'docs/disaster-recovery.md', 'docs/chaos-and-self-healing.md'];
const BLOCK = /<!-- diagram: (\S+) (\S+) \(([^)]*)\) -->\n```mermaid\n([\s\S]*?)```\n<!-- \/diagram -->/g;

describe('diagrams in the docs are generated from the synthesized stacks', () => {
  test.each(DIAGRAM_DOCS)('%s: each Mermaid diagram is what the stack synthesizes (UPDATE_DIAGRAMS=1 rewrites them)', (doc) => {
    const file = path.join(ROOT, doc);
    const text = fs.readFileSync(file, 'utf8');
    const blocks = [...text.matchAll(BLOCK)];
    expect(blocks.length).toBeGreaterThan(0);
    const expected = text.replace(BLOCK, (_, kind: string, stack: string, note: string) => {
      expect(Object.keys(DIAGRAMS)).toContain(kind);
      expect(names).toContain(stack);
      return `<!-- diagram: ${kind} ${stack} (${note}) -->\n\`\`\`mermaid\n${DIAGRAMS[kind](TerraformJsonStack.fromJson(json[stack], stack))}\n\`\`\`\n<!-- /diagram -->`;
    });
    if (process.env.UPDATE_DIAGRAMS === '1') fs.writeFileSync(file, expected);
    else expect(text).toBe(expected);
  });

  test('the diagrams name what the stacks hold: subnets per zone, alarm names and windows, stop conditions, failover records', () => {
    const stack = (n: string): TerraformJsonStack => TerraformJsonStack.fromJson(json[n], n);
    const web = stack('web-service');
    const zones = DIAGRAMS.zones(web);
    for (const s of web.ofType('aws_subnet')) expect(zones).toContain(String(s.body.cidr_block));
    expect(zones.match(/subgraph \S+\["zone \d"\]/g)).toHaveLength(new Set(web.ofType('aws_subnet').map((s) => String(s.body.availability_zone))).size);
    const burn = DIAGRAMS['burn-rate'](stack('slo-alarms'));
    for (const a of stack('slo-alarms').ofType('aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm')) {
      const tags = stack('slo-alarms').tagsOf(a);
      // Every window alarm and every severity composite (the SLI-health alarm is not a burn-rate window).
      if (tags['slo:alert'] !== undefined || tags['slo:severity'] !== undefined) expect(burn).toContain(String(a.body.alarm_name));
    }
    expect(burn).toContain('checkout-availability-page-1h-5m-long (1h)');
    expect(burn).toContain('checkout-availability-page-1h-5m-short (5m)');
    const drill = DIAGRAMS.drill(web);
    expect(drill).toMatch(/stop when in ALARM: \S+-availability-page/);
    expect(drill).toContain('cron(0 10 ? * TUE *)');
    const failover = DIAGRAMS.failover(stack('multi-region-dr'));
    expect(failover).toMatch(/shop\.example\.com PRIMARY/);
    expect(failover).toMatch(/shop\.example\.com SECONDARY/);
  });
});

declare const RELIABILITY_FLAVOUR: string | undefined;
/**
 * The browser run is the slow part: once per CI run, on the cdktf flavour. The page is built from the synthesized
 * JSON only, and CI compares the two flavours' JSON (scripts/compare-flavours.cjs).
 */
const cdktn = typeof RELIABILITY_FLAVOUR === 'string' && RELIABILITY_FLAVOUR === 'cdktn';
const chromiumThere = fs.existsSync(CHROMIUM);
if (!chromiumThere && process.env.CI !== 'true' && !cdktn) {
  console.log(`html-report browser test skipped: no Chromium at ${CHROMIUM} (apt-get install chromium; .ci/run installs it)`);
}

// In CI (CI=true) the test runs, and fails, without Chromium: .ci/run installs it.
(!cdktn && (chromiumThere || process.env.CI === 'true') ? test : test.skip)(
  'every example page in headless Chromium: no console error or failed request, charts drawn with data, filters work, no serious axe violation; the docs\' Mermaid diagrams render',
  async () => {
    // In CI a missing Chromium fails here rather than skipping.
    expect(fs.existsSync(CHROMIUM)).toBe(true);
    const { chromium } = await import('playwright-core');
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_FLAGS, viewport: { width: 1200, height: 900 } });
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const axe = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(`console: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
      page.on('request', (r) => {
        if (!r.url().startsWith('file://')) problems.push(`request: ${r.url()}`);
      });
      for (const name of names) {
        await page.goto(`file://${path.join(work, `${name}.html`)}`, { waitUntil: 'load' });
        const charts = await page.$$eval('figure.chart', (figures) =>
          figures.map((f) => ({
            svg: f.querySelectorAll('svg').length,
            width: f.querySelector('svg')?.getBoundingClientRect().width ?? 0,
            marks: f.querySelectorAll('g[class*="mark-line"] path, g[class*="mark-rect"] path, g[class*="mark-symbol"] path, g[class*="mark-tick"] path').length,
          })),
        );
        expect({ name, charts: charts.length }).toEqual({ name, charts: expectedCharts(name) });
        for (const c of charts) {
          expect(c.svg).toBe(1);
          expect(c.width).toBeGreaterThan(100);
          expect(c.marks).toBeGreaterThan(0);
        }
        // The severity filter hides and shows rows.
        const rows = await page.$$eval('table.findings tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-severity')));
        if (rows.length > 0) {
          const severity = rows[0] as string;
          await page.uncheck(`input[data-severity-filter][value="${severity}"]`);
          expect(await page.$$eval('table.findings tbody tr:not([hidden])', (trs) => trs.length)).toBe(rows.filter((s) => s !== severity).length);
          await page.check(`input[data-severity-filter][value="${severity}"]`);
          expect(await page.$$eval('table.findings tbody tr:not([hidden])', (trs) => trs.length)).toBe(rows.length);
        }
        await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
        if (charts.length > 0) await page.locator('figure.chart').first().screenshot({ path: path.join(SCREENSHOTS, `${name}-first-chart.png`) });
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const result = await (globalThis as unknown as { axe: { run: (options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
          return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
        });
        expect({ name, serious: violations.filter((v) => v.impact === 'serious' || v.impact === 'critical') }).toEqual({ name, serious: [] });
      }
      // The docs' Mermaid diagrams render with Mermaid itself (GitHub renders them with it): no syntax error, nodes drawn.
      await page.setContent('<!doctype html><html lang="en"><head><title>diagrams</title></head><body></body></html>');
      await page.addScriptTag({ content: fs.readFileSync(require.resolve('mermaid/dist/mermaid.min.js'), 'utf8') });
      const diagrams = DIAGRAM_DOCS.flatMap((doc) => [...fs.readFileSync(path.join(ROOT, doc), 'utf8').matchAll(BLOCK)].map((m) => ({ doc, text: m[4] })));
      const rendered = await page.evaluate(async (list) => {
        const mermaid = (globalThis as unknown as { mermaid: { initialize(o: unknown): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        mermaid.initialize({ startOnLoad: false });
        const out: { doc: string; nodes: number; error?: string }[] = [];
        for (const [i, d] of list.entries()) {
          try {
            const { svg } = await mermaid.render(`diagram-${i}`, d.text);
            out.push({ doc: d.doc, nodes: (svg.match(/class="node[ "]/g) ?? []).length });
          } catch (e) {
            out.push({ doc: d.doc, nodes: 0, error: String((e as Error).message ?? e).slice(0, 300) });
          }
        }
        return out;
      }, diagrams);
      expect(rendered.filter((r) => r.error !== undefined || r.nodes === 0)).toEqual([]);
      expect(rendered).toHaveLength(diagrams.length);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  },
  180_000,
);
