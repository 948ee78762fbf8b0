import { CheckOptions, ReliabilityFinding, runRules } from './rule';
import { RELIABILITY_RULES } from './rules';
import { TerraformJsonStack } from './stack';

/** The findings of one stack. */
export interface StackCheckResult {
  readonly stack: string;
  /** Where the JSON came from (a file path), when read from disk. @default - absent for a stack checked in memory */
  readonly source?: string;
  readonly findings: readonly ReliabilityFinding[];
  /**
   * What each rule judged, by rule id: the resources of its types (passing
   * ones included), for reports that list passes (JUnit).
   * @default - absent: only the findings are known
   */
  readonly judged?: Readonly<Record<string, { readonly title: string; readonly addresses: readonly string[] }>>;
  /** Line (1-based) of each resource in the source file, by address, for SARIF locations. @default - absent */
  readonly lines?: Readonly<Record<string, number>>;
}

/** Runs the rule pack (or the given rules) over one synthesized stack (parsed JSON or a stack model). */
export function checkStack(stack: TerraformJsonStack | unknown, options: CheckOptions & { readonly name?: string } = {}): StackCheckResult {
  const model = stack instanceof TerraformJsonStack ? stack : TerraformJsonStack.fromJson(stack, options.name ?? 'stack');
  const rules = options.rules ?? RELIABILITY_RULES;
  const settings = options.ruleSettings ?? {};
  const judged: Record<string, { title: string; addresses: string[] }> = {};
  for (const rule of rules) {
    if (settings[rule.id] !== 'off') judged[rule.id] = { title: rule.title, addresses: model.ofType(...rule.resourceTypes).map((r) => r.address) };
  }
  return { stack: model.name, findings: runRules(model, rules, settings), judged };
}

/** Counts findings by severity; suppressed findings (`info`) count apart and never as errors. */
export function countFindings(results: readonly StackCheckResult[]): { errors: number; warnings: number; suppressed: number } {
  let errors = 0;
  let warnings = 0;
  let suppressed = 0;
  for (const r of results) {
    for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else if (f.severity === 'warning') warnings++;
      else suppressed++;
    }
  }
  return { errors, warnings, suppressed };
}
