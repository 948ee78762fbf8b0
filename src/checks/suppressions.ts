/**
 * Suppressions as construct metadata: what `ReliabilityChecks.suppress`
 * writes and what constructs record when a user explicitly chooses an unsafe
 * option. Imports only `constructs` (no cdktf, no construct module), so every
 * construct can call {@link recordOptOut} without an import cycle.
 */
import { IConstruct } from 'constructs';
import { show } from './json';

/** Metadata type under which suppressions are recorded on a construct. */
export const SUPPRESSION_METADATA_TYPE = 'cdktf-reliability:suppression';

/** A rule suppressed on a construct and its children, with the reason. */
export interface RuleSuppression {
  readonly ruleId: string;
  readonly reason: string;
  /**
   * Set when the suppression records a user's explicit choice of an unsafe
   * option (`recordOptOut`), not a `ReliabilityChecks.suppress` call. Such a
   * suppression yields to an explicit rule setting: with
   * `ruleSettings: { [ruleId]: 'error' }` the finding is reported again.
   * @default - absent: a suppression the user wrote
   */
  readonly optOut?: { readonly prop: string; readonly value: unknown };
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
 */
export function recordOptOut(scope: IConstruct, ruleId: string, prop: string, value: unknown, note?: string): void {
  const reason = `${prop} is ${show(value)}, set explicitly${note ? `: ${note}` : ''}`;
  if (ownSuppressions(scope).some((s) => s.ruleId === ruleId && s.reason === reason)) return;
  const suppression: RuleSuppression = { ruleId, reason, optOut: { prop, value } };
  scope.node.addMetadata(SUPPRESSION_METADATA_TYPE, suppression);
}
