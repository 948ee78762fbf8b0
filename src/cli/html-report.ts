/**
 * `report PATH... --html OUT`: the reliability report of each stack, its rule
 * findings and chaos drills, as one self-contained HTML page. Loaded by the
 * CLI only when --html is given: it imports vega and vega-lite (optional peer
 * dependencies) to draw the charts.
 */
import * as fs from 'node:fs';
import { checkStacks } from '../checks/check';
import { drillsOf } from '../checks/drills';
import { loadStacks } from '../checks/files';
import { ChartingUnavailableError } from '../checks/html/render-svg';
import { reportHtml } from '../checks/html/report-html';
import { RULE_FAMILIES } from '../checks/rule';
import { reportStack } from '../checks/report';
import { PROGRAM } from './program';

/** Writes the page and says where, or says why the charts cannot be drawn (exit 2). */
export function writeHtmlFile(out: string, html: string, command: string): { exitCode: number; output: string } {
  try {
    fs.writeFileSync(out, html);
  } catch (e) {
    return { exitCode: 2, output: `${command}: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n` };
  }
  return { exitCode: 0, output: `${command}: wrote ${out} (${Math.round(html.length / 1024)} KiB, ${(html.match(/<figure class="chart"/g) ?? []).length} charts)\n` };
}

/** The HTML report of the stacks under PATHS, written to OUT. */
export async function reportHtmlCommand(paths: readonly string[], out: string): Promise<{ exitCode: number; output: string }> {
  const loaded = loadStacks([...paths], { lines: false });
  const results = checkStacks(
    loaded.map((l) => l.stack),
    { families: RULE_FAMILIES },
  );
  const stacks = loaded.map(({ file, stack }, i) => ({ report: reportStack(stack, file), findings: results[i].findings, drills: drillsOf(stack) }));
  try {
    return writeHtmlFile(out, await reportHtml(stacks, `${PROGRAM} report`), 'report');
  } catch (e) {
    if (e instanceof ChartingUnavailableError) return { exitCode: 2, output: `report: ${e.message}\n` };
    throw e;
  }
}
