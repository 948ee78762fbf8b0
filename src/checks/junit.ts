/**
 * JUnit XML output of `cdktf-reliability check --format junit` (`cdktn-reliability` in the cdktn build), for CI test
 * reporters: a test suite per stack, a test case per reliability rule and
 * resource the rule judged, and one validity test case per resource the
 * validity family judged (`AWS-VALIDITY`, failing with every value refused). An error-level finding is a failure; a warning passes with
 * the finding in its output (the command exits 0 on warnings too); a
 * suppressed finding is skipped with the reason.
 */
import { StackCheckResult } from './check';
import { ReliabilityFinding } from './rule';
import { toolName } from './sarif';
import { VALIDITY_FAMILY_ID } from './validity/family';

/** Escapes text for XML attributes and content, dropping characters XML 1.0 cannot hold. */
export function xmlEscape(text: string): string {
  const allowed = (c: number): boolean => c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
  return [...text]
    .filter((ch) => allowed(ch.codePointAt(0)!))
    .join('')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

interface Case {
  readonly ruleId: string;
  readonly title: string;
  readonly address: string;
  readonly findings: ReliabilityFinding[];
}

function casesOf(r: StackCheckResult): Case[] {
  const byKey = new Map<string, Case>();
  const key = (ruleId: string, address: string): string => `${ruleId}\u0000${address}`;
  for (const [ruleId, judged] of Object.entries(r.judged ?? {})) {
    for (const address of judged.addresses) byKey.set(key(ruleId, address), { ruleId, title: judged.title, address, findings: [] });
  }
  for (const f of r.findings) {
    // Validity findings of a resource are one case: the family judged the resource as a whole.
    const ruleId = f.family === 'validity' ? VALIDITY_FAMILY_ID : f.ruleId;
    const k = key(ruleId, f.address);
    const c = byKey.get(k) ?? { ruleId, title: f.title, address: f.address, findings: [] };
    c.findings.push(f);
    byKey.set(k, c);
  }
  return [...byKey.values()];
}

const detail = (f: ReliabilityFinding): string => [f.family === 'validity' ? `${f.ruleId}: ${f.message}` : f.message, f.constructPath !== undefined ? `construct: ${f.constructPath}` : undefined, `fix: ${f.remediation}`].filter((x) => x !== undefined).join('\n');

/** Renders check results as JUnit XML. */
export function toJunit(results: readonly StackCheckResult[]): string {
  const suites: string[] = [];
  let total = 0;
  let failures = 0;
  let skipped = 0;
  for (const r of results) {
    const cases = casesOf(r);
    let suiteFailures = 0;
    let suiteSkipped = 0;
    const body: string[] = [];
    for (const c of cases) {
      const errors = c.findings.filter((f) => f.severity === 'error');
      const warnings = c.findings.filter((f) => f.severity === 'warning');
      const suppressed = c.findings.filter((f) => f.severity === 'info' && f.suppression !== undefined);
      const notes = c.findings.filter((f) => f.severity === 'info' && f.suppression === undefined);
      const attrs = `name="${xmlEscape(`${c.ruleId} ${c.title}`)}" classname="${xmlEscape(`${r.stack}.${c.address}`)}"${r.source !== undefined ? ` file="${xmlEscape(r.source)}"` : ''}`;
      const inner: string[] = [];
      if (errors.length > 0) {
        suiteFailures++;
        inner.push(`      <failure type="${xmlEscape(c.ruleId)}" message="${xmlEscape(errors.map((f) => f.message).join('; '))}">${xmlEscape(errors.map(detail).join('\n\n'))}</failure>`);
      } else if (warnings.length === 0 && suppressed.length > 0) {
        suiteSkipped++;
        inner.push(`      <skipped message="${xmlEscape(`suppressed: ${suppressed.map((f) => f.suppression?.reason ?? '').join('; ')}`)}"/>`);
      }
      const out = [...warnings.map((f) => `warning: ${detail(f)}`), ...notes.map((f) => `note: ${detail(f)}`)];
      if (out.length > 0) inner.push(`      <system-out>${xmlEscape(out.join('\n\n'))}</system-out>`);
      body.push(inner.length === 0 ? `    <testcase ${attrs}/>` : `    <testcase ${attrs}>\n${inner.join('\n')}\n    </testcase>`);
    }
    total += cases.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${xmlEscape(r.stack)}" tests="${cases.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}"${r.source !== undefined ? ` file="${xmlEscape(r.source)}"` : ''}>` +
        (body.length > 0 ? `\n${body.join('\n')}\n  </testsuite>` : '</testsuite>'),
    );
  }
  return [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="${toolName()}" tests="${total}" failures="${failures}" errors="0" skipped="${skipped}">`, ...suites, '</testsuites>'].join('\n');
}
