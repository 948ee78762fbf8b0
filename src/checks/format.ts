import { countFindings, StackCheckResult } from './check';
import { ReliabilityRule } from './rule';

/** Output formats of `cdktf-reliability check`. */
export type FindingsFormat = 'table' | 'json' | 'markdown';

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

function summary(results: readonly StackCheckResult[]): string {
  const { errors, warnings } = countFindings(results);
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${results.length} stack${results.length === 1 ? '' : 's'}`;
}

const HEADER = ['RULE', 'SEVERITY', 'ADDRESS', 'MESSAGE'];

function rowsOf(result: StackCheckResult): string[][] {
  return result.findings.map((f) => [f.ruleId, f.severity, f.address, f.message]);
}

/** Renders check results: a table per stack, JSON, or markdown. */
export function formatFindings(results: readonly StackCheckResult[], format: FindingsFormat): string {
  if (format === 'json') {
    const { errors, warnings } = countFindings(results);
    return JSON.stringify({ errors, warnings, stacks: results.map((r) => ({ stack: r.stack, source: r.source, findings: r.findings })) }, null, 2);
  }
  const parts: string[] = [];
  for (const r of results) {
    const title = `${r.stack}${r.source ? ` (${r.source})` : ''}`;
    if (format === 'markdown') {
      parts.push(`## Stack ${mdCell(title)}`, '', r.findings.length === 0 ? 'No findings.' : markdownTable(HEADER.map((h) => h[0] + h.slice(1).toLowerCase()), rowsOf(r)), '');
    } else {
      parts.push(`Stack ${title}`, r.findings.length === 0 ? '  no findings' : textTable(HEADER, rowsOf(r)), '');
    }
  }
  parts.push(format === 'markdown' ? `**${summary(results)}**` : summary(results));
  return parts.join('\n');
}

/** The rule table of the docs: id, severity, title, and equivalent checkov / cdk-nag / trivy ids. */
export function rulesMarkdownTable(rules: readonly ReliabilityRule[]): string {
  const ids = (xs: readonly string[] | undefined): string => (xs && xs.length > 0 ? xs.map((x) => `\`${x}\``).join(', ') : '-');
  return markdownTable(
    ['Rule', 'Severity', 'Checks', 'Resources', 'checkov', 'cdk-nag', 'trivy'],
    rules.map((r) => [r.id, r.severity, r.title, r.resourceTypes.map((t) => `\`${t}\``).join(', '), ids(r.equivalents.checkov), ids(r.equivalents.cdkNag), ids(r.equivalents.trivy)]),
  );
}
