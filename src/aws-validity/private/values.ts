/** What the evaluator skips, and what "set" means for a cross-argument rule. */

/** The marker callers put where a value is unknown (a plan's `after_unknown`). */
export const UNKNOWN: unique symbol = Symbol.for('cdktf-reliability.aws-validity.unknown');

/** A Terraform expression inside a JSON string (`${...}`): its value is not known here. */
export function isExpression(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** Values the evaluator never checks: UNKNOWN and Terraform expressions. */
export function isOpaque(value: unknown): boolean {
  return value === UNKNOWN || isExpression(value);
}

/**
 * What a check of a user's value skips: UNKNOWN and cdktf's token markers (`${TfToken[...]}`, `#{TfToken[...]}`).
 * Any other string is text, not an expression, even when it holds `${`: the library escapes it, so AWS receives the
 * `${` itself and its rules apply to it.
 */
export function isOpaqueUserText(value: unknown): boolean {
  return value === UNKNOWN || (typeof value === 'string' && /[$#]\{TfToken\[/.test(value));
}

/** Which values a walk does not judge. */
export type OpaqueTest = (value: unknown) => boolean;

/** A JSON object that is not a list (a block written as one object, or a map). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether an argument is set in a block instance: surely, surely not, or maybe (an expression or unknown). */
export type Presence = 'set' | 'absent' | 'maybe';

/** The presence of `value` as Terraform sees it in configuration: null and an empty list are not set. */
export function presenceOf(value: unknown): Presence {
  if (value === undefined || value === null) return 'absent';
  if (isOpaque(value)) return 'maybe';
  if (Array.isArray(value)) return value.length === 0 ? 'absent' : 'set';
  return 'set';
}
