import { CheckOptions, ReliabilityFinding, runRules } from './rule';
import { RELIABILITY_RULES } from './rules';
import { TerraformJsonStack } from './stack';

/** The findings of one stack. */
export interface StackCheckResult {
  readonly stack: string;
  /** Where the JSON came from (a file path), when read from disk. @default - absent for a stack checked in memory */
  readonly source?: string;
  readonly findings: readonly ReliabilityFinding[];
}

/** Runs the rule pack (or the given rules) over one synthesized stack (parsed JSON or a stack model). */
export function checkStack(stack: TerraformJsonStack | unknown, options: CheckOptions & { readonly name?: string } = {}): StackCheckResult {
  const model = stack instanceof TerraformJsonStack ? stack : TerraformJsonStack.fromJson(stack, options.name ?? 'stack');
  return { stack: model.name, findings: runRules(model, options.rules ?? RELIABILITY_RULES, options.ruleSettings ?? {}) };
}

/** Counts findings by severity. */
export function countFindings(results: readonly StackCheckResult[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const r of results) for (const f of r.findings) {
      if (f.severity === 'error') errors++;
      else warnings++;
    }
  return { errors, warnings };
}
