import { CheckOptions, ReliabilityFinding, RuleFamily, runRules } from './rule';
import { CHECK_OPTIONS, CHECK_RESULTS, CHECK_STACK_OPTIONS, checkArguments, optional, shape } from './arguments';
import { RELIABILITY_RULES } from './rules';
import { moduleCallNotes, MODULE_CALLS_NOTE } from './module-calls';
import { TerraformJsonStack } from './stack';
import { checkValidity, VALIDITY_FAMILY_ID, VALIDITY_TITLE } from './validity/family';
import { ValidityEvaluator } from './validity/evaluator';
import { tally } from './tally';

/** The findings of one stack. */
export interface StackCheckResult {
  readonly stack: string;
  /** Where the JSON came from (a file path, or a folder of files), when read from disk. @default - absent for a stack checked in memory */
  readonly source?: string;
  readonly findings: readonly ReliabilityFinding[];
  /**
   * What each rule judged, by rule id: the resources of its types (passing
   * ones included), for reports that list passes (JUnit). The validity family
   * is one entry (`AWS-VALIDITY`) for every resource it judged.
   * @default - absent: only the findings are known
   */
  readonly judged?: Readonly<Record<string, { readonly title: string; readonly addresses: readonly string[] }>>;
  /** Line (1-based) of each resource in its source file, by address, for SARIF locations. @default - absent */
  readonly lines?: Readonly<Record<string, number>>;
  /** The file each resource is declared in, by address, when the stack spans several files. @default - every resource is in `source` */
  readonly files?: Readonly<Record<string, string>>;
}

/** Options of {@link checkStack} and {@link checkStacks}. */
export interface StackCheckOptions extends CheckOptions {
  /**
   * The rule families to run: the reliability rules, the validity rules (what
   * AWS or the provider would refuse at apply), or both (`RULE_FAMILIES`, as
   * the `check` command does by default).
   * @default - the reliability family only, as before the validity family existed
   */
  readonly families?: readonly RuleFamily[];
  /**
   * What AWS accepts, for the validity family.
   * @default - the AWS validity tables (src/aws-validity, docs/aws-validity.md)
   */
  readonly validity?: ValidityEvaluator;
}

function toModel(stack: TerraformJsonStack | unknown, name: string): TerraformJsonStack {
  return stack instanceof TerraformJsonStack ? stack : TerraformJsonStack.fromJson(stack, name);
}

/**
 * Runs the rule families over stacks checked together (one command line):
 * each stack alone, and the names AWS requires to be unique across accounts
 * (S3 buckets) across all of them.
 */
export function checkStacks(stacks: readonly (TerraformJsonStack | unknown)[], options: StackCheckOptions = {}): StackCheckResult[] {
  checkArguments('checkStacks', { stacks, options }, { stacks: shape.list(shape.unknown, 'stacks (synthesized Terraform JSON or stack models)'), options: optional(CHECK_OPTIONS) });
  return run(
    stacks.map((s, i) => toModel(s, `stack${stacks.length > 1 ? i + 1 : ''}`)),
    options ?? {},
  );
}

/** The rule families over stack models whose options are checked. */
function run(models: readonly TerraformJsonStack[], options: StackCheckOptions): StackCheckResult[] {
  const families = new Set<RuleFamily>(options.families ?? ['reliability']);
  const rules = options.rules ?? RELIABILITY_RULES;
  const settings = options.ruleSettings ?? {};
  const validity = families.has('validity') ? checkValidity(models, { ruleSettings: settings, ...(options.validity ? { evaluator: options.validity } : {}) }) : undefined;
  return models.map((model, i) => {
    const judged: Record<string, { title: string; addresses: string[] }> = {};
    const findings: ReliabilityFinding[] = [];
    if (families.has('reliability')) {
      // Rules of one family share their list of types (the six RDS rules, the four on Deployments...): their
      // addresses are listed once per list (read only), not once per rule (100,000 addresses over the bench).
      const addressesOf = new Map<readonly string[], string[]>();
      for (const rule of rules) {
        if (settings[rule.id] === 'off') continue;
        let addresses = addressesOf.get(rule.resourceTypes);
        if (addresses === undefined) {
          const resources = model.ofType(...rule.resourceTypes);
          addresses = new Array<string>(resources.length);
          for (let i = 0; i < resources.length; i++) addresses[i] = resources[i].address;
          addressesOf.set(rule.resourceTypes, addresses);
        }
        judged[rule.id] = { title: rule.title, addresses };
      }
      findings.push(...runRules(model, rules, settings));
      if (settings[MODULE_CALLS_NOTE.id] !== 'off') findings.push(...moduleCallNotes(model));
    }
    if (validity !== undefined) {
      judged[VALIDITY_FAMILY_ID] = { title: VALIDITY_TITLE, addresses: validity[i].judged };
      findings.push(...validity[i].findings);
    }
    return { stack: model.name, findings, judged };
  });
}

/** Runs the rule families (or the given rules) over one synthesized stack (parsed JSON or a stack model). */
export function checkStack(stack: TerraformJsonStack | unknown, options: StackCheckOptions & { readonly name?: string } = {}): StackCheckResult {
  checkArguments('checkStack', { options }, { options: optional(CHECK_STACK_OPTIONS) });
  return run([toModel(stack, options?.name ?? 'stack')], options ?? {})[0];
}

/**
 * Counts findings by severity; `info` findings count apart and never as
 * errors: suppressed findings, and notes on what could not be judged.
 */
export function countFindings(results: readonly StackCheckResult[]): { errors: number; warnings: number; suppressed: number; notes: number } {
  checkArguments('countFindings', { results }, { results: CHECK_RESULTS });
  return tally(results);
}

