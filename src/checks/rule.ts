import { checkArguments, optional, REQUIRED_RULES, SETTINGS, STACK_MODEL } from './arguments';
import { at, show, str } from './json';
import { applicableSuppression, RuleSuppression, suppressionsInJson } from './suppression';
import { TerraformJsonResource, TerraformJsonStack } from './stack';

/** How bad a finding is: errors fail `cdktf synth` and the `check` command, warnings do not. */
export type RuleSeverity = 'error' | 'warning';

/**
 * A finding's severity: a rule's, or `info` (reported, never failing) for a
 * suppressed finding or a note on what could not be judged (a count known
 * only at plan time, a module call whose resources the JSON does not hold).
 */
export type FindingSeverity = RuleSeverity | 'info';

/** Ids of the same check in other tools, where one exists. */
export interface RuleEquivalents {
  /** checkov ids, e.g. `CKV_AWS_157`. @default - no checkov equivalent */
  readonly checkov?: readonly string[];
  /** cdk-nag rule names, e.g. `RDSMultiAZSupport`. @default - no cdk-nag equivalent */
  readonly cdkNag?: readonly string[];
  /** trivy ids, e.g. `AVD-AWS-0077`. @default - no trivy equivalent */
  readonly trivy?: readonly string[];
}

/** One thing a rule found wrong with a resource. */
export interface RuleViolation {
  /** What is wrong, in a sentence about this resource. */
  readonly message: string;
  /**
   * Lowers (or raises) the severity for this violation only, e.g. a composite
   * alarm naming an alarm that may live in another stack is a warning; `info`
   * for a note saying what the rule could not judge (rule settings do not
   * raise a note).
   * @default - the rule's severity
   */
  readonly severity?: RuleSeverity | 'info';
}

/**
 * A reliability rule: a pure function over one resource's synthesized
 * Terraform JSON (and the stack, for rules that span resources). It must not
 * throw, whatever the JSON holds.
 */
export interface ReliabilityRule {
  /** Stable id, e.g. `REL-RDS-1`. */
  readonly id: string;
  readonly severity: RuleSeverity;
  /** What the rule asks for, e.g. "RDS instances are Multi-AZ". */
  readonly title: string;
  /** Why it matters for reliability. */
  readonly rationale: string;
  /** How to fix it. */
  readonly remediation: string;
  /** The resource types the rule looks at. */
  readonly resourceTypes: readonly string[];
  readonly equivalents: RuleEquivalents;
  /** Returns what is wrong with the resource; an empty list when it complies. */
  readonly check: (resource: TerraformJsonResource, stack: TerraformJsonStack) => RuleViolation[];
}

/**
 * The two rule families of `check`: the reliability rules (what makes a stack
 * survive failures) and the validity rules (what AWS or the provider would
 * refuse at apply). Teams run one or both.
 */
export type RuleFamily = 'reliability' | 'validity';

/** The families, in report order. */
export const RULE_FAMILIES: readonly RuleFamily[] = ['reliability', 'validity'];

/** What a validity finding is about: the value, what is allowed and who says so. */
export interface ValidityDetail {
  /** The argument's path in the resource (or provider) body, with list indexes: `rule[0].lifecycle.delete_after`. */
  readonly path: string;
  /** The value refused. @default - absent for a rule over several arguments */
  readonly value?: unknown;
  /** What AWS or the provider allows, in words. */
  readonly allowed: string;
  /** The API model shape, provider source line or documentation page the rule comes from. */
  readonly source: string;
}

/** A rule violation on a resource of a stack. */
export interface ReliabilityFinding {
  /** A reliability rule id (`REL-RDS-1`), or a validity rule id (`aws_backup_vault.name.pattern`). */
  readonly ruleId: string;
  /** The family of the rule. */
  readonly family: RuleFamily;
  /** The rule's severity (or its setting), or `info` when a suppression silences the finding. */
  readonly severity: FindingSeverity;
  readonly title: string;
  /** Stack name. */
  readonly stack: string;
  /** Resource address, e.g. `aws_db_instance.orders`. */
  readonly address: string;
  readonly message: string;
  readonly remediation: string;
  /** Path of the construct that created the resource (from cdktf's `//` metadata). @default - absent for JSON without it */
  readonly constructPath?: string;
  /** The suppression that silenced the finding (its severity is then `info`). @default - absent: the finding counts */
  readonly suppression?: RuleSuppression;
  /** The value, what is allowed and the source, for a validity finding. @default - absent: a reliability finding */
  readonly validity?: ValidityDetail;
}

/** Turns a rule off or changes its severity. */
export type RuleSetting = RuleSeverity | 'off';

/** Options for running the rules over a stack. */
export interface CheckOptions {
  /**
   * The rules to run.
   * @default - every rule of the pack (`RELIABILITY_RULES`)
   */
  readonly rules?: readonly ReliabilityRule[];
  /**
   * Per-rule severity overrides, or `'off'` to disable a rule, by id.
   * @default - each rule at its own severity
   */
  readonly ruleSettings?: Readonly<Record<string, RuleSetting>>;
}

/** Shorthand for rule modules: one violation, or none. */
export function violation(message: string, severity?: RuleSeverity | 'info'): RuleViolation[] {
  return [severity === undefined ? { message } : { message, severity }];
}

/**
 * Runs rules over every resource of a stack. A rule that throws (a defect,
 * the property tests guard against it) becomes an error finding rather than
 * aborting the run.
 */
export function runRules(stack: TerraformJsonStack, rules: readonly ReliabilityRule[], settings: Readonly<Record<string, RuleSetting>> = {}): ReliabilityFinding[] {
  checkArguments('runRules', { stack, rules, settings }, { stack: STACK_MODEL, rules: REQUIRED_RULES, settings: optional(SETTINGS) });
  settings = settings ?? {};
  const findings: ReliabilityFinding[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id];
    if (setting === 'off') continue;
    // Type by type (the order of ofType), not one list of them all.
    for (let t = 0; t < rule.resourceTypes.length; t++) judge(stack, rule, setting, stack.ofType(rule.resourceTypes[t]), findings);
  }
  return findings;
}

/**
 * Runs a rule over resources (an index, not an iterator: about 100,000 rule and resource pairs over the bench's
 * 50,000 resources). A function of its own, not the inner loop of runRules: compiled while it runs, that loop
 * inlined the rule at hand with the readers it calls, and was compiled again whenever the next rule or shape of
 * body differed (200 to 280 ms of compiler work per run, on the core the main thread shares).
 */
function judge(stack: TerraformJsonStack, rule: ReliabilityRule, setting: RuleSeverity | undefined, resources: readonly TerraformJsonResource[], findings: ReliabilityFinding[]): void {
  for (let i = 0; i < resources.length; i++) {
    let violations: RuleViolation[];
    try {
      violations = rule.check(resources[i], stack);
    } catch (e) {
      violations = [{ message: `rule failed on this resource: ${e instanceof Error ? e.message : show(e)}`, severity: 'error' }];
    }
    if (violations.length !== 0) addFindings(stack, rule, setting, resources[i], violations, findings);
  }
}

/** The findings of a rule's violations on one resource. */
function addFindings(stack: TerraformJsonStack, rule: ReliabilityRule, setting: RuleSeverity | undefined, resource: TerraformJsonResource, violations: RuleViolation[], findings: ReliabilityFinding[]): void {
  const path = str(at(resource.body, '//', 'metadata', 'path'));
  const suppression = applicableSuppression(suppressionsInJson(resource.body), rule.id, setting !== undefined);
  for (const v of violations) {
    findings.push({
      ruleId: rule.id,
      family: 'reliability',
      severity: suppression || v.severity === 'info' ? 'info' : (setting ?? v.severity ?? rule.severity),
      title: rule.title,
      stack: stack.name,
      address: resource.address,
      message: v.message,
      remediation: rule.remediation,
      ...(path !== undefined ? { constructPath: path } : {}),
      ...(suppression ? { suppression } : {}),
    });
  }
}
