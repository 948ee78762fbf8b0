/**
 * SARIF 2.1.0 output of `cdktf-reliability check --format sarif`, as checkov
 * and trivy emit it, for code-scanning dashboards: one run, the rule pack's
 * rules as the driver's rules (title, rationale, remediation, help), one
 * result per finding located in the `cdk.tf.json` it came from (file and
 * line of the resource) and by resource address.
 */
import * as path from 'node:path';
import { StackCheckResult } from './check';
import { FindingSeverity, ReliabilityRule } from './rule';

/** `$schema` of the documents written, the schema SARIF 2.1.0 publishes. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The tool name in SARIF and JUnit output. */
export const TOOL_NAME = 'cdktf-reliability';

const LEVEL: Record<FindingSeverity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a SARIF artifact URI: relative to the working directory when below it, forward slashes. */
function artifactUri(source: string): string {
  const abs = path.resolve(source);
  const rel = path.relative(process.cwd(), abs);
  if (rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).map(encodeURIComponent).join('/');
  return `file://${abs.split(path.sep).map(encodeURIComponent).join('/')}`;
}

function ruleDescriptor(rule: ReliabilityRule): Record<string, unknown> {
  const equivalents = Object.entries(rule.equivalents).filter(([, ids]) => ids && ids.length > 0);
  const equivalentsText = equivalents.map(([tool, ids]) => `${tool}: ${ids!.join(', ')}`).join('; ');
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.rationale },
    help: {
      text: `${rule.rationale}\n\nFix: ${rule.remediation}\n\nResources: ${rule.resourceTypes.join(', ')}${equivalentsText ? `\nEquivalent checks: ${equivalentsText}` : ''}`,
      markdown: `**${rule.title}**\n\n${rule.rationale}\n\n**Fix:** ${rule.remediation}\n\nResources: ${rule.resourceTypes.map((t) => `\`${t}\``).join(', ')}${equivalentsText ? `\n\nEquivalent checks: ${equivalentsText}` : ''}`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['reliability', ...rule.resourceTypes], ...Object.fromEntries(equivalents) },
  };
}

/**
 * Builds the SARIF log of check results. Suppressed findings are results of
 * level `note` with an accepted `inSource` suppression carrying the reason
 * (the suppression is recorded in the synthesized JSON). Rules that ran are
 * listed whether or not they found something, so dashboards can show them.
 */
export function toSarif(results: readonly StackCheckResult[], rules: readonly ReliabilityRule[], toolVersion?: string): Record<string, unknown> {
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i] as const));
  const descriptors = rules.map(ruleDescriptor);
  const sarifResults: Record<string, unknown>[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const line = r.lines?.[f.address];
      const physicalLocation = r.source !== undefined ? { physicalLocation: { artifactLocation: { uri: artifactUri(r.source) }, ...(line !== undefined ? { region: { startLine: line } } : {}) } } : {};
      const index = ruleIndex.get(f.ruleId);
      sarifResults.push({
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: LEVEL[f.severity],
        message: { text: `${f.address}: ${f.message}. Fix: ${f.remediation}` },
        locations: [
          {
            ...physicalLocation,
            logicalLocations: [{ name: f.address, fullyQualifiedName: `${r.stack}/${f.address}`, kind: 'resource' }],
          },
        ],
        partialFingerprints: { 'reliabilityFinding/v1': `${r.stack}/${f.address}/${f.ruleId}/${f.message}` },
        ...(f.suppression !== undefined ? { suppressions: [{ kind: 'inSource', status: 'accepted', justification: f.suppression.reason }] } : {}),
        properties: { stack: r.stack, ...(f.constructPath !== undefined ? { constructPath: f.constructPath } : {}) },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, ...(toolVersion !== undefined ? { version: toolVersion, semanticVersion: toolVersion } : {}), informationUri: 'https://www.npmjs.com/package/cdktf-reliability', rules: descriptors } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
