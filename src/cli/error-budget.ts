import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SloDefinitionError } from '../slo/errors';
import { SloDefinition } from '../slo/objective';
import { errorBudgetReport, formatReportMarkdown, formatReportText } from '../slo/report';

/** Usage of the `error-budget` sub-command. */
export const ERROR_BUDGET_USAGE = `usage: cdktf-reliability error-budget FILE [--format text|markdown]

Prints the error-budget report of the SLOs in FILE (JSON or YAML):

  slos:                      # SloDefinition[]: name, objective, period, description, runbookUrl, alerts
    - name: availability
      objective: 99.9
  eventsPerPeriod: 50000000  # optional: requests per SLO period, to give the budget in requests

Per SLO: the objective, the error budget in minutes of full outage (and in
requests), and per burn-rate alert its windows, burn rate, budget consumed
and the time it takes to fire for a full outage and for a 2x, 10x and 100x burn.

exit codes: 0 report printed, 1 invalid SLO definitions, 2 usage error or unreadable file`;

/** The file the command reads. */
interface ErrorBudgetFile {
  readonly slos: SloDefinition[];
  readonly eventsPerPeriod?: number;
}

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
  const file = files[0];
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e: any) {
    return { exitCode: 2, output: `error-budget: cannot read ${file}: ${e.code ?? e.message}\n` };
  }
  let doc: unknown;
  try {
    doc = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e: any) {
    return { exitCode: 2, output: `error-budget: ${file} is not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'}: ${e.message.split('\n')[0]}\n` };
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || !Array.isArray((doc as ErrorBudgetFile).slos)) {
    return { exitCode: 1, output: `error-budget: ${file}: expected an object with "slos" (a list of SLO definitions) and optionally "eventsPerPeriod"\n` };
  }
  const { slos, eventsPerPeriod } = doc as ErrorBudgetFile;
  try {
    const report = errorBudgetReport(slos, { eventsPerPeriod });
    return { exitCode: 0, output: format === 'markdown' ? formatReportMarkdown(report) : formatReportText(report) };
  } catch (e) {
    if (e instanceof SloDefinitionError) return { exitCode: 1, output: `error-budget: ${file}: ${e.message}\n` };
    throw e;
  }
}

function usage(problem: string): { exitCode: number; output: string } {
  return { exitCode: 2, output: `error-budget: ${problem}\n\n${ERROR_BUDGET_USAGE}\n` };
}
