/**
 * SARIF 2.1.0 output of `cdktf-reliability check --format sarif` (`cdktn-reliability` in the cdktn build), as checkov
 * and trivy emit it, for code-scanning dashboards: one run, the reliability
 * rules as the driver's rules (title, rationale, remediation, help), the
 * validity rules that found something as the rules of a tool component of
 * their own (`aws-validity`, in `tool.extensions`, each result pointing at it
 * through `rule.toolComponent`), so dashboards can filter either family; one
 * result per finding located in the file it came from (file and line of the
 * resource) and by resource address.
 */
import * as path from 'node:path';
import { packageInfo } from '../core/package-info';
import { StackCheckResult } from './check';
import { MODULE_CALLS_NOTE } from './module-calls';
import { FindingSeverity, ReliabilityFinding, ReliabilityRule } from './rule';

/** `$schema` of the documents written, the schema SARIF 2.1.0 publishes. */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/**
 * The tool name in SARIF and JUnit output: the package's own name
 * (cdktf-reliability or cdktn-reliability), from its package.json. Read when
 * output is written, not when the module loads (the build loads it first).
 */
export function toolName(): string {
  return packageInfo().name;
}

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

/** The name of the validity family's tool component. */
export const VALIDITY_COMPONENT = 'aws-validity';

/** A validity rule's descriptor, from its first finding: what is allowed and the source. */
function validityDescriptor(f: ReliabilityFinding): Record<string, unknown> {
  const allowed = f.validity?.allowed ?? f.message;
  const source = f.validity?.source ?? '';
  const [type] = f.ruleId.split('.');
  return {
    id: f.ruleId,
    name: f.ruleId,
    shortDescription: { text: `${f.validity?.path ?? f.ruleId}: ${allowed}` },
    fullDescription: { text: `${f.title}: AWS or the Terraform provider refuses other values at apply. Source: ${source}` },
    help: { text: `Allowed: ${allowed}\n\nSource: ${source}`, markdown: `**Allowed:** ${allowed}\n\n**Source:** ${source}` },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['validity', type], source },
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
  // The module-call note is no rule of the pack; it gets a descriptor of its own when it is reported.
  if (results.some((r) => r.findings.some((f) => f.ruleId === MODULE_CALLS_NOTE.id)) && !ruleIndex.has(MODULE_CALLS_NOTE.id)) {
    ruleIndex.set(MODULE_CALLS_NOTE.id, descriptors.length);
    descriptors.push({
      id: MODULE_CALLS_NOTE.id,
      name: MODULE_CALLS_NOTE.id,
      shortDescription: { text: MODULE_CALLS_NOTE.title },
      fullDescription: { text: 'A Terraform JSON configuration holds module calls, not the modules\' resources: no rule judged them.' },
      help: { text: `Fix: ${MODULE_CALLS_NOTE.remediation}`, markdown: `**Fix:** ${MODULE_CALLS_NOTE.remediation}` },
      defaultConfiguration: { level: 'note' },
      properties: { tags: ['reliability', 'module'] },
    });
  }
  const validityIndex = new Map<string, number>();
  const validityDescriptors: Record<string, unknown>[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      if (f.family !== 'validity' || validityIndex.has(f.ruleId)) continue;
      validityIndex.set(f.ruleId, validityDescriptors.length);
      validityDescriptors.push(validityDescriptor(f));
    }
  }
  const sarifResults: Record<string, unknown>[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const line = r.lines?.[f.address];
      const file = r.files?.[f.address] ?? r.source;
      const physicalLocation = file !== undefined ? { physicalLocation: { artifactLocation: { uri: artifactUri(file) }, ...(line !== undefined ? { region: { startLine: line } } : {}) } } : {};
      const validity = f.family === 'validity';
      const index = validity ? undefined : ruleIndex.get(f.ruleId);
      sarifResults.push({
        ruleId: f.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        ...(validity ? { rule: { id: f.ruleId, index: validityIndex.get(f.ruleId), toolComponent: { name: VALIDITY_COMPONENT, index: 0 } } } : {}),
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
        properties: {
          stack: r.stack,
          family: f.family,
          ...(f.constructPath !== undefined ? { constructPath: f.constructPath } : {}),
          ...(f.validity !== undefined ? { path: f.validity.path, ...(f.validity.value !== undefined ? { value: f.validity.value } : {}), allowed: f.validity.allowed, source: f.validity.source } : {}),
        },
      });
    }
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: toolName(), ...(toolVersion !== undefined ? { version: toolVersion, semanticVersion: toolVersion } : {}), informationUri: `https://www.npmjs.com/package/${toolName()}`, rules: descriptors },
          ...(validityDescriptors.length > 0 ? { extensions: [{ name: VALIDITY_COMPONENT, fullName: `${toolName()} validity rules: values AWS or the provider would refuse at apply`, rules: validityDescriptors }] } : {}),
        },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}
