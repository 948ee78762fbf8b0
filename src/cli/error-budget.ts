import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { didYouMean } from '../core/spelling';
import { SloDefinitionError } from '../core/errors';
import { BUDGET_EXHAUSTED_OPTION_KEYS } from '../slo/budget-exhausted';
import { SLI_HEALTH_OPTION_KEYS } from '../slo/sli-health';
import { errorBudgetReport, formatReportMarkdown, formatReportText, ReportedSloDefinition, SloReport } from '../slo/report';
import { PROGRAM } from './program';

/** Usage of the `error-budget` sub-command. */
export const ERROR_BUDGET_USAGE = `usage: ${PROGRAM} error-budget FILE [--format text|markdown] [--html OUT]

Prints the error-budget report of the SLOs in FILE (JSON or YAML):

  slos:                      # name, objective, period, description, runbookUrl, alerts,
    - name: availability     # metricsPerAlarm, sliHealth, budgetExhausted (as SloAlarms and SloRules take them)
      objective: 99.9        # a percentage: 99.9, not 0.999
  eventsPerPeriod: 50000000  # optional: requests per SLO period, to give the budget in requests
  metricsPerAlarm: 5         # optional: metrics per CloudWatch window alarm (5 = SloSli.albAvailability)

Per SLO: the objective, the error budget as time of full outage (and in
requests), per burn-rate alert its windows, burn rate, budget consumed and
the time it takes to fire for a full outage and for a 2x, 10x and 100x burn,
and the CloudWatch alarms SloAlarms creates with their monthly list price;
then the total for every SLO. With --html OUT, writes the same as one
self-contained HTML page with charts (time to page and to ticket against
burn rate, budget consumed over the period) to OUT; it needs the optional
peer dependencies vega and vega-lite.

exit codes: 0 report printed, 2 usage error, unreadable FILE or invalid SLO definitions in FILE`;

/** Keys the file may hold, per level: a misspelt key is an error, not silently ignored. */
const FILE_KEYS = ['slos', 'eventsPerPeriod', 'metricsPerAlarm'];
const SLO_KEYS = ['name', 'objective', 'period', 'description', 'runbookUrl', 'alerts', 'metricsPerAlarm', 'sliHealth', 'budgetExhausted'];
const ALERT_KEYS = ['severity', 'longWindow', 'shortWindow', 'burnRate', 'budgetPercent'];

/**
 * `cdktf-reliability error-budget FILE [--format text|markdown]`: reads SLO
 * definitions from a JSON or YAML file and returns the report. Pure apart
 * from reading FILE: the caller prints `output` and exits with `exitCode`.
 */
export function errorBudgetCommand(args: string[]): { exitCode: number; output: string } {
  let format = 'text';
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--help' || a === '-h') return { exitCode: 0, output: `${ERROR_BUDGET_USAGE}\n` };
    if (a === '--format' || a.startsWith('--format=')) {
      const value = a === '--format' ? args[++i] : a.slice('--format='.length);
      if (value !== 'text' && value !== 'markdown') return usage(`--format must be text or markdown, not ${JSON.stringify(value ?? '')}`);
      format = value;
    } else if (a.startsWith('-')) {
      return usage(`unknown option ${a}`);
    } else files.push(a);
  }
  if (files.length !== 1) return usage(files.length === 0 ? 'missing FILE' : `expected one FILE, got ${files.length}`);
  const read = readReports(files[0]);
  if ('exitCode' in read) return read;
  return { exitCode: 0, output: format === 'markdown' ? formatReportMarkdown(read.reports) : formatReportText(read.reports) };
}

/**
 * `error-budget FILE --html OUT`: the same report as a self-contained HTML
 * page with charts, written to OUT. Loads vega and vega-lite (optional peers).
 */
export async function errorBudgetHtmlCommand(file: string, out: string): Promise<{ exitCode: number; output: string }> {
  const read = readReports(file);
  if ('exitCode' in read) return read;
  const { errorBudgetHtml } = await import('../checks/html/report-html');
  const { ChartingUnavailableError } = await import('../checks/html/render-svg');
  const { writeHtmlFile } = await import('./html-report');
  try {
    return writeHtmlFile(out, await errorBudgetHtml(read.reports, `${PROGRAM} error-budget`), 'error-budget');
  } catch (e) {
    if (e instanceof ChartingUnavailableError) return { exitCode: 2, output: `error-budget: ${e.message}\n` };
    throw e;
  }
}

/** The SLO reports of FILE, or the exit code and message saying why not. */
function readReports(file: string): { reports: SloReport[] } | { exitCode: number; output: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e: any) {
    return { exitCode: 2, output: `error-budget: cannot read FILE ${file}: ${e.code ?? e.message}\n` };
  }
  let doc: unknown;
  try {
    doc = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e: any) {
    return { exitCode: 2, output: `error-budget: ${file} is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}\n` };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray((doc as { slos?: unknown }).slos)) {
    return { exitCode: 2, output: `error-budget: ${file}: expected an object with "slos" (a list of SLO definitions) and optionally "eventsPerPeriod" and "metricsPerAlarm"\n` };
  }
  const { slos, eventsPerPeriod, metricsPerAlarm } = doc as { slos: ReportedSloDefinition[]; eventsPerPeriod?: number; metricsPerAlarm?: number };
  try {
    checkKeys(doc, '', FILE_KEYS);
    slos.forEach((slo, i) => {
      checkKeys(slo, `slos[${i}]`, SLO_KEYS);
      const alerts: unknown = slo?.alerts;
      if (Array.isArray(alerts)) alerts.forEach((a, j) => checkKeys(a, `slos[${i}].alerts[${j}]`, ALERT_KEYS));
      checkKeys(slo?.sliHealth, `slos[${i}].sliHealth`, SLI_HEALTH_OPTION_KEYS);
      checkKeys(slo?.budgetExhausted, `slos[${i}].budgetExhausted`, BUDGET_EXHAUSTED_OPTION_KEYS);
    });
    return { reports: errorBudgetReport(slos, { eventsPerPeriod, metricsPerAlarm }) };
  } catch (e) {
    if (e instanceof SloDefinitionError) return { exitCode: 2, output: `error-budget: ${file}: ${e.message}\n` };
    throw e;
  }
}

/** Refuses a key the file format does not have, naming the closest known one. */
function checkKeys(value: unknown, prefix: string, known: readonly string[]): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known);
    throw new SloDefinitionError(
      prefix ? `${prefix}.${key}` : key,
      (value as Record<string, unknown>)[key],
      `is not a known key${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${known.join(', ')}`,
    );
  }
}

function usage(problem: string): { exitCode: number; output: string } {
  return { exitCode: 2, output: `error-budget: ${problem}\n\n${ERROR_BUDGET_USAGE}\n` };
}
