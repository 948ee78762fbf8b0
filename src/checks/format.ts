import { CHECK_RESULTS, checkArguments, FORMAT_OPTIONS, optional, REQUIRED_RULES, shape } from './arguments';
import { StackCheckResult } from './check';
import { tally } from './tally';
import { toJunit } from './junit';
import { ReliabilityFinding, ReliabilityRule, RuleFamily } from './rule';
import { RELIABILITY_RULES } from './rules';
import { toSarif } from './sarif';
import { TEXT_WIDTH, wrapText } from '../core/text-layout';

export { wrapText };

/** Output formats of `cdktf-reliability check`. */
export type FindingsFormat = 'table' | 'json' | 'markdown' | 'sarif' | 'junit';

/** The formats, in the order the CLI lists them (the first is the default). */
export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['table', 'json', 'markdown', 'sarif', 'junit'];

/** Lays out rows as a plain-text table with a header and padded columns. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Escapes a markdown table cell. */
export function mdCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Lays out rows as a markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.map(mdCell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`)].join('\n');
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The results with only one family's findings. */
function ofFamily(results: readonly StackCheckResult[], family: RuleFamily): StackCheckResult[] {
  return results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.family === family) }));
}

function counts(results: readonly StackCheckResult[]): string {
  const { errors, warnings, suppressed, notes } = tally(results);
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}${suppressed > 0 ? `, ${suppressed} suppressed` : ''}${notes > 0 ? `, ${plural(notes, 'note')}` : ''}`;
}

/** The summary: totals, then (when both families ran) a line per family. */
function summary(results: readonly StackCheckResult[], families: readonly RuleFamily[]): string[] {
  const total = `${counts(results)} in ${plural(results.length, 'stack')}`;
  if (families.length < 2) return [total];
  return [total, `by family: ${families.map((f) => `${f} ${counts(ofFamily(results, f))}`).join('; ')}`];
}

/** How each family is named above its findings. */
export const FAMILY_HEADINGS: Readonly<Record<RuleFamily, string>> = {
  reliability: 'Reliability rules',
  validity: 'Validity rules (values AWS or the provider would refuse at apply)',
};

/** Width the terminal table is laid out in. */
export const TERMINAL_WIDTH = TEXT_WIDTH;

/**
 * Lays out rows as a plain-text table no wider than `width`: every column
 * but the last keeps its natural width (up to a third of the line), the last
 * takes the rest, and every cell wraps within its column. A cell may hold
 * several lines (an array).
 */
export function wrappedTable(header: readonly string[], rows: readonly (readonly (string | readonly string[])[])[], width = TERMINAL_WIDTH): string {
  const gap = 2;
  const lines = (cell: string | readonly string[] | undefined): readonly string[] => (cell === undefined ? [''] : typeof cell === 'string' ? [cell] : cell);
  const last = header.length - 1;
  const cap = Math.max(8, Math.floor(width / 3));
  const widths = header.map((h, i) => (i === last ? 0 : Math.min(cap, Math.max(h.length, ...rows.map((r) => Math.max(...lines(r[i]).map((l) => l.length)))))));
  widths[last] = Math.max(20, width - widths.slice(0, last).reduce((a, b) => a + b + gap, 0));
  const render = (cells: readonly (string | readonly string[])[]): string[] => {
    const wrapped = header.map((_, i) => lines(cells[i]).flatMap((l) => wrapText(l, widths[i])));
    const height = Math.max(...wrapped.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push(
        wrapped
          .map((c, i) => (i === last ? (c[k] ?? '') : (c[k] ?? '').padEnd(widths[i])))
          .join(' '.repeat(gap))
          .trimEnd(),
      );
    }
    return out;
  };
  return [...render(header), widths.map((w) => '-'.repeat(w)).join(' '.repeat(gap)), ...rows.flatMap(render)].join('\n');
}

/** The finding column of the terminal table: address, construct path, message, and the fix or the suppression. */
function findingLines(f: ReliabilityFinding): string[] {
  return [
    f.constructPath !== undefined ? `${f.address} (construct ${f.constructPath})` : f.address,
    f.message,
    f.suppression !== undefined ? `suppressed: ${f.suppression.reason}` : `fix: ${f.remediation}`,
  ];
}

function markdownRows(findings: readonly ReliabilityFinding[]): string[][] {
  return findings.map((f) => [
    f.ruleId,
    f.severity,
    f.constructPath !== undefined ? `${f.address} (${f.constructPath})` : f.address,
    f.message,
    f.suppression !== undefined ? `suppressed: ${f.suppression.reason}` : f.remediation,
  ]);
}

/** Options of {@link formatFindings}. */
export interface FormatOptions {
  /**
   * The reliability rules that were run, for the rule metadata of SARIF.
   * @default - every rule of the pack (`RELIABILITY_RULES`) when the reliability family ran
   */
  readonly rules?: readonly ReliabilityRule[];
  /** Version of this tool, for SARIF's tool.driver.version. @default - omitted */
  readonly toolVersion?: string;
  /** Width of the terminal table. @default 100 */
  readonly width?: number;
  /**
   * The rule families that ran: with both, each family's findings get a
   * heading of their own and the summary counts them apart.
   * @default - the reliability family
   */
  readonly families?: readonly RuleFamily[];
}

/**
 * Renders check results: a terminal table per stack and family (wrapped to
 * 100 columns), JSON, markdown, SARIF 2.1.0 or JUnit XML.
 */
export function formatFindings(results: readonly StackCheckResult[], format: FindingsFormat, options: FormatOptions = {}): string {
  checkArguments('formatFindings', { results, format, options }, { results: CHECK_RESULTS, format: shape.oneOf(FINDINGS_FORMATS), options: optional(FORMAT_OPTIONS) });
  return renderFindings(results, format, options ?? {});
}

/**
 * {@link formatFindings} without checking its arguments: for results `checkStacks` just made (the `check` command),
 * whose check would read every finding and judged address again (about 25 ms over 50,000 resources).
 */
export function renderFindings(results: readonly StackCheckResult[], format: FindingsFormat, options: FormatOptions): string {
  const families = options.families ?? (['reliability'] as const);
  if (format === 'json') {
    const { errors, warnings, suppressed, notes } = tally(results);
    const byFamily = Object.fromEntries(families.map((f) => [f, tally(ofFamily(results, f))]));
    return JSON.stringify({ errors, warnings, suppressed, notes, families: byFamily, stacks: results.map((r) => ({ stack: r.stack, source: r.source, findings: r.findings })) }, null, 2);
  }
  if (format === 'sarif') return JSON.stringify(toSarif(results, options.rules ?? (families.includes('reliability') ? RELIABILITY_RULES : []), options.toolVersion), null, 2);
  if (format === 'junit') return toJunit(results);
  const parts: string[] = [];
  for (const r of results) {
    const title = `${r.stack}${r.source ? ` (${r.source})` : ''}`;
    // Each family that found something gets its own table, reliability first.
    const sections = families.map((family) => ({ family, findings: r.findings.filter((f) => f.family === family) })).filter((x) => x.findings.length > 0);
    const heading = families.length > 1;
    if (format === 'markdown') {
      parts.push(`## Stack ${mdCell(title)}`, '');
      if (sections.length === 0) parts.push('No findings.', '');
      for (const { family, findings } of sections) parts.push(...(heading ? [`### ${FAMILY_HEADINGS[family]}`, ''] : []), markdownTable(['Rule', 'Severity', 'Address', 'Message', 'Fix'], markdownRows(findings)), '');
    } else {
      const width = options.width ?? TERMINAL_WIDTH;
      parts.push(...wrapText(`Stack ${title}`, width));
      if (sections.length === 0) parts.push('  no findings');
      for (const { family, findings } of sections) parts.push(...(heading ? wrapText(FAMILY_HEADINGS[family], width) : []), wrappedTable(['RULE', 'SEVERITY', 'FINDING'], findings.map((f) => [f.ruleId, f.severity, findingLines(f)]), width));
      parts.push('');
    }
  }
  const [total, ...byFamily] = summary(results, families);
  if (format === 'markdown') parts.push(`**${total}**`, ...byFamily.map((l) => `\n${l}`));
  else parts.push(total, ...byFamily.flatMap((l) => wrapText(l, options.width ?? TERMINAL_WIDTH)));
  return parts.join('\n');
}

/** The rule table of the docs: id, severity, title, and equivalent checkov / cdk-nag / trivy ids. */
export function rulesMarkdownTable(rules: readonly ReliabilityRule[]): string {
  checkArguments('rulesMarkdownTable', { rules }, { rules: REQUIRED_RULES });
  const ids = (xs: readonly string[] | undefined): string => (xs && xs.length > 0 ? xs.map((x) => `\`${x}\``).join(', ') : '-');
  return markdownTable(
    ['Rule', 'Severity', 'Checks', 'Resources', 'checkov', 'cdk-nag', 'trivy'],
    rules.map((r) => [r.id, r.severity, r.title, r.resourceTypes.map((t) => `\`${t}\``).join(', '), ids(r.equivalents.checkov), ids(r.equivalents.cdkNag), ids(r.equivalents.trivy)]),
  );
}
