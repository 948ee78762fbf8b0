import { AnnotationMetadataEntryType, Aspects, IAspect, TerraformResource, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../core/errors';
import { checkFramework } from '../core/framework';
import { isObject } from './json';
import { checkRuleList, checkRuleSettings } from './rule-args';
import { ReliabilityFinding, ReliabilityRule, RuleSetting, runRules } from './rule';
import { RELIABILITY_RULES } from './rules';
import { TerraformJsonStack } from './stack';
import { ownSuppressions, suppressRule, writeSuppressions } from '../core/suppressions';
import { applicableSuppression, listedSuppressions, RuleSuppression } from './suppression';

/**
 * Adds an annotation without a stack trace: a finding is about a resource of
 * the user's stack, so a trace into the rule pack's own code (what
 * `Annotations.of(...)` records unless `@cdktf/disable_stack_trace_in_metadata`
 * is set) says nothing useful.
 */
function annotate(scope: IConstruct, level: AnnotationMetadataEntryType, message: string): void {
  scope.node.addMetadata(level, message, { stackTrace: false });
}

/** Props of the `ReliabilityChecks` aspect. */
export interface ReliabilityChecksProps {
  /**
   * The rules to run.
   * @default - every rule of the pack (`RELIABILITY_RULES`)
   */
  readonly rules?: readonly ReliabilityRule[];
  /**
   * Per-rule severity overrides, or `'off'` to disable a rule, by rule id,
   * e.g. `{ 'REL-VPC-1': 'error', 'REL-BAK-4': 'off' }`.
   * @default - each rule at its own severity
   */
  readonly ruleSettings?: Readonly<Record<string, RuleSetting>>;
}

/** A finding placed on a construct, and the suppression that silenced it, if any. */
export interface PlacedFinding extends ReliabilityFinding {
  /** Path of the construct the annotation went to. */
  readonly constructPath: string;
}

/**
 * The reliability rule pack as a cdktf Aspect. Add it to a stack, or to
 * every stack of an app with `addTo`:
 *
 * ```ts
 * Aspects.of(stack).add(new ReliabilityChecks());
 * ReliabilityChecks.addTo(app); // cdktf 0.21 never invokes aspects added to the App itself
 * ```
 *
 * Added to a construct inside a stack, it reports only the findings on
 * resources below that construct.
 *
 * When it first visits a stack (or a construct in it) it registers a validation; cdktf runs validations
 * after every aspect (tagging included), so the rules see the stack's final
 * synthesized JSON (`stack.toTerraform()`), once per stack. Each finding
 * becomes an error or warning annotation on the construct that created the
 * resource, so `cdktf synth` fails on errors; suppressed findings become info
 * annotations that carry the reason.
 *
 * Validations run in `app.synth()` (what `cdktf synth` calls) and in
 * `Testing.synth(stack, true)` / `Testing.fullSynth(stack)`; plain
 * `Testing.synth(stack)` skips them, so call `checkStack(stack)` there.
 */
export class ReliabilityChecks implements IAspect {
  /**
   * Suppresses a rule on a construct and everything below it. The reason is
   * mandatory and is reported with every finding it silences.
   *
   * @throws InvalidPropError when the rule id or the reason is empty
   */
  public static suppress(scope: IConstruct, ruleId: string, reason: string): void {
    suppressRule(scope, ruleId, reason);
  }

  /**
   * Adds the checks to a stack, or to every stack below an app or other
   * scope. cdktf 0.21 invokes only aspects on a stack and below it
   * (`Aspects.of(app).add(...)` is silently ignored), so use this for apps.
   * Stacks created after this call are still checked, by an app-level
   * validation that runs after they synthesized and fails synth on errors.
   */
  public static addTo(scope: IConstruct, props: ReliabilityChecksProps = {}): ReliabilityChecks {
    checkFramework(scope);
    const checks = new ReliabilityChecks(props);
    if (TerraformStack.isStack(scope)) {
      Aspects.of(scope).add(checks);
      return checks;
    }
    const stacks = scope.node.findAll().filter((c): c is TerraformStack => TerraformStack.isStack(c));
    stacks.forEach(checkFramework);
    for (const stack of stacks) Aspects.of(stack).add(checks);
    scope.node.addValidation({
      validate: () =>
        scope.node
          .findAll()
          .filter((c): c is TerraformStack => TerraformStack.isStack(c) && !stacks.includes(c))
          .flatMap((stack) => checks.checkStack(stack))
          .filter((f) => f.severity === 'error' && !f.suppression)
          .map((f) => `[${f.ruleId}] ${f.constructPath}: ${f.address}: ${f.message}`),
    });
    return checks;
  }

  /** Suppressions that apply to a construct: its own and those of every scope above it. */
  public static suppressionsOf(scope: IConstruct): RuleSuppression[] {
    return scope.node.scopes.flatMap(ownSuppressions);
  }

  private readonly rules: readonly ReliabilityRule[];
  private readonly ruleSettings: Readonly<Record<string, RuleSetting>>;
  /** Per stack, the construct the checks were added under (findings outside it are not reported). */
  private readonly scopes = new WeakMap<TerraformStack, IConstruct>();
  private readonly results = new WeakMap<TerraformStack, PlacedFinding[]>();

  constructor(props: ReliabilityChecksProps = {}) {
    if (props === null || typeof props !== 'object' || Array.isArray(props)) throw new InvalidPropError('ReliabilityChecks', 'props', props, 'must be an object { rules?, ruleSettings? }');
    checkRuleList('ReliabilityChecks', 'rules', props.rules);
    checkRuleSettings('ReliabilityChecks', 'ruleSettings', props.ruleSettings);
    this.rules = props.rules ?? RELIABILITY_RULES;
    this.ruleSettings = props.ruleSettings ?? {};
  }

  public visit(node: IConstruct): void {
    let stack: TerraformStack;
    try {
      stack = TerraformStack.of(node);
    } catch {
      return; // not inside a stack (an App)
    }
    if (this.scopes.has(stack)) return;
    // Aspects are invoked top-down, so the first node visited in a stack is the highest one the checks were added to.
    this.scopes.set(stack, node);
    stack.node.addValidation({
      validate: () => {
        this.checkStack(stack);
        return [];
      },
    });
  }

  /**
   * Runs the rules over a stack's synthesized JSON and annotates its
   * constructs (once per stack: later calls return the first result).
   */
  public checkStack(stack: TerraformStack): PlacedFinding[] {
    const done = this.results.get(stack);
    if (done) return done;
    const json = stack.toTerraform();
    const model = TerraformJsonStack.fromJson(json, stack.node.id);
    const owners = resourceOwners(stack);
    const scope = this.scopes.get(stack) ?? stack;
    const placed: PlacedFinding[] = [];
    const recorded = new Map<IConstruct, RuleSuppression[]>();
    for (const finding of runRules(model, this.rules, this.ruleSettings)) {
      const owner = owners.get(finding.address) ?? ownerByMetadata(stack, model, finding.address) ?? stack;
      if (!owner.node.scopes.includes(scope)) continue;
      // Opt-outs recorded in the JSON were applied by runRules; suppressions the user wrote live on the construct tree.
      let suppression = finding.suppression;
      if (suppression === undefined) {
        suppression = applicableSuppression(ReliabilityChecks.suppressionsOf(owner), finding.ruleId, this.ruleSettings[finding.ruleId] !== undefined);
        if (suppression !== undefined) {
          const list = recorded.get(owner) ?? listedSuppressions(model.resource(finding.address)?.body);
          if (!list.some((s) => s.ruleId === suppression!.ruleId && s.reason === suppression!.reason)) list.push(suppression);
          recorded.set(owner, list);
        }
      }
      const text = `[${finding.ruleId}] ${finding.title}: ${finding.address}: ${finding.message}`;
      if (suppression) annotate(owner, AnnotationMetadataEntryType.INFO, `${text} (suppressed: ${suppression.reason})`);
      else if (finding.severity === 'info') annotate(owner, AnnotationMetadataEntryType.INFO, text);
      else annotate(owner, finding.severity === 'error' ? AnnotationMetadataEntryType.ERROR : AnnotationMetadataEntryType.WARN, `${text}. Fix: ${finding.remediation}`);
      placed.push({ ...finding, severity: suppression ? 'info' : finding.severity, constructPath: owner.node.path, ...(suppression ? { suppression } : {}) });
    }
    // So that `cdktf-reliability check` over the written cdk.tf.json agrees with synth (validations run before it is written).
    for (const [owner, list] of recorded) writeSuppressions(owner, list);
    this.results.set(stack, placed);
    return placed;
  }
}

/** Maps `type.logicalId` to the resource construct that synthesizes it. */
function resourceOwners(stack: TerraformStack): Map<string, IConstruct> {
  const owners = new Map<string, IConstruct>();
  for (const c of stack.node.findAll()) {
    if (TerraformResource.isTerraformResource(c)) owners.set(`${c.terraformResourceType}.${c.friendlyUniqueId}`, c);
  }
  return owners;
}

/** Falls back on the `//` metadata cdktf writes into each resource (its construct path). */
function ownerByMetadata(stack: TerraformStack, model: TerraformJsonStack, address: string): IConstruct | undefined {
  const meta = model.resource(address)?.body['//'];
  const path = isObject(meta) && isObject(meta.metadata) ? meta.metadata.path : undefined;
  if (typeof path !== 'string') return undefined;
  return stack.node.findAll().find((c) => c.node.path === path);
}
