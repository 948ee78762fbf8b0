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
