/**
 * Suppressions and opt-outs on the construct tree: what a construct records
 * when a user explicitly chooses an unsafe option, and what a user's
 * `ReliabilityChecks.suppress` records. The rule pack reads them back (the
 * aspect from construct metadata, the `check` command from the `//` comment
 * this writes into the resource's JSON). Here in `core`, not in `checks`,
 * so constructs never import the rule pack.
 */
import { IConstruct } from 'constructs';
import { RULE_ID_PATTERN, RuleSuppression, SUPPRESSION_METADATA_TYPE, SUPPRESSIONS_JSON_KEY } from './contract';
import { describeValue, InvalidPropError } from './errors';
import { checkScopeArgument } from './function-arguments';

/**
 * Records that a rule of the pack does not apply to `scope` and its children,
 * with the reason (what `ReliabilityChecks.suppress` does).
 * @throws InvalidPropError when the rule id is not one, or the reason is empty
 */
export function suppressRule(scope: IConstruct, ruleId: string, reason: string): void {
  if (typeof ruleId !== 'string' || !RULE_ID_PATTERN.test(ruleId)) {
    throw new InvalidPropError(scope, 'ruleId', ruleId, 'must be a rule id such as "REL-RDS-1"');
  }
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new InvalidPropError(scope, `suppressions.${ruleId}.reason`, reason, 'a suppression must say why the rule does not apply (a non-empty reason)');
  }
  scope.node.addMetadata(SUPPRESSION_METADATA_TYPE, { ruleId, reason: reason.trim() });
}

/** The suppressions recorded on a construct itself (not those of its scopes). */
export function ownSuppressions(scope: IConstruct): RuleSuppression[] {
  return scope.node.metadata.filter((m) => m.type === SUPPRESSION_METADATA_TYPE).map((m) => m.data as RuleSuppression);
}

/**
 * Records that the user of a construct explicitly chose an option that breaks
 * a rule of the pack (`deletionProtection: false`, `natGateways: 'single'`):
 * the finding on `scope` (pass the resource the option lands on, so other
 * resources stay checked) is reported as info with the reason
 * `<prop> is <value>, set explicitly[: note]`, instead of failing synth.
 *
 * The user's choice stays loud: the construct should also add its warning,
 * and a team that wants such choices to fail sets the rule's severity
 * (`ruleSettings: { 'REL-AUR-2': 'error' }`), which an opt-out does not
 * override. Recording the same opt-out twice is a no-op.
 *
 * @param scope the construct (usually the resource) whose findings the choice explains
 * @param ruleId the rule the choice breaks, e.g. `REL-AUR-2`
 * @param prop the prop the user set, as the user wrote it (e.g. `deletionProtection`)
 * @param value the value the user gave
 * @param note what the choice costs, appended to the reason
 * @throws InvalidPropError when the rule id is not one, or the prop is empty
 */
export function recordOptOut(scope: IConstruct, ruleId: string, prop: string, value: unknown, note?: string): void {
  checkScopeArgument('recordOptOut', scope, 'the construct (usually the resource) whose findings the choice explains');
  const invalid = (argument: string, v: unknown, allowed: string) => new InvalidPropError(scope, argument, v, `${allowed} (argument of recordOptOut)`);
  if (typeof ruleId !== 'string' || !RULE_ID_PATTERN.test(ruleId)) throw invalid('ruleId', ruleId, 'must be a rule id such as "REL-RDS-1"');
  if (typeof prop !== 'string' || prop.trim() === '') throw invalid('prop', prop, 'must name the prop the user set (a non-empty string)');
  // The value is written into the resource's JSON: a function or a symbol would vanish from it (or fail synth).
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw invalid('value', value, 'must be the value the user gave the prop: data such as false, "single" or 0');
  if (note !== undefined && typeof note !== 'string') throw invalid('note', note, 'must be text saying what the choice costs, or left out');
  const reason = `${prop} is ${describeValue(value)}, set explicitly${note ? `: ${note}` : ''}`;
  if (ownSuppressions(scope).some((s) => s.ruleId === ruleId && s.reason === reason)) return;
  const suppression: RuleSuppression = { ruleId, reason, optOut: { prop, value } };
  scope.node.addMetadata(SUPPRESSION_METADATA_TYPE, suppression);
  writeSuppressions(scope, ownSuppressions(scope));
}

/** A resource construct (duck-typed, so this module needs no cdktf import). */
interface Overridable {
  addOverride(path: string, value: unknown): void;
  readonly terraformResourceType: string;
}

function isResource(scope: IConstruct): scope is IConstruct & Overridable {
  const s = scope as Partial<Overridable>;
  return typeof s.addOverride === 'function' && typeof s.terraformResourceType === 'string';
}

/**
 * Writes suppressions into a resource's synthesized JSON (under
 * `//` {@link SUPPRESSIONS_JSON_KEY}); no-op for a construct that is not a
 * resource. Each call replaces the list, so pass all of them.
 */
export function writeSuppressions(scope: IConstruct, suppressions: readonly RuleSuppression[]): void {
  if (!isResource(scope) || suppressions.length === 0) return;
  scope.addOverride(`//.${SUPPRESSIONS_JSON_KEY}`, suppressions.map((s) => (s.optOut ? { ruleId: s.ruleId, reason: s.reason, optOut: s.optOut } : { ruleId: s.ruleId, reason: s.reason })));
}
