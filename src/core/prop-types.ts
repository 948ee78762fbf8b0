import { IConstruct } from 'constructs';
import { InvalidPropError, UnknownPropError } from './errors';
import { isUnresolved } from './tokens';
import { didYouMean } from './spelling';

export { didYouMean };

/**
 * Run-time type checks for props. TypeScript checks a TypeScript caller's
 * types; JavaScript and YAML-driven callers get these: `"false"` for a
 * boolean, a string for a list (which would be split into characters) or
 * `null` for an object each fail with an {@link InvalidPropError} instead of
 * synthesizing wrong Terraform. Every check passes `undefined` (the prop is
 * optional; required props use {@link checkRequired}) and unresolved tokens.
 */

/** What a value is, in words, for "must be a boolean (got a string)". */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The kinds of value a prop takes, for {@link isTokenFor}. */
export type ValueType = 'string' | 'number' | 'boolean' | 'list' | 'map';

/**
 * Whether a value is a token that can stand for a value of this type, in the
 * form cdktf gives one: a string token for a string, a number token for a
 * number, a list token (an array) for a list, and a resolvable object (a
 * variable's `value`, `booleanValue`, a function call) for anything but a
 * string. A string token is not a list and a list token is not a number:
 * either would synthesize wrong Terraform or crash in cdktf.
 */
export function isTokenFor(value: unknown, type: ValueType): boolean {
  if (!isUnresolved(value)) return false;
  const resolvable = value !== null && typeof value === 'object' && !Array.isArray(value);
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' || resolvable;
    case 'list':
      return Array.isArray(value) || resolvable;
    default:
      return resolvable;
  }
}

/** Throws when a required prop is missing (`undefined` or `null`). */
export function checkRequired(scope: IConstruct, prop: string, value: unknown, what: string): void {
  if (value === undefined || value === null) throw new InvalidPropError(scope, prop, value, `is required: ${what}`);
}

/** A boolean or a boolean token. `"false"` is not `false`. */
export function checkBoolean(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || isTokenFor(value, 'boolean') || typeof value === 'boolean') return;
  throw new InvalidPropError(scope, prop, value, `must be true or false (got ${kindOf(value)})`);
}

/** A string or a string token. */
export function checkString(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || typeof value === 'string') return;
  throw new InvalidPropError(scope, prop, value, `must be a string (got ${kindOf(value)})`);
}

/** A plain object (not `null`, not a list), e.g. a nested props object. */
export function checkObject(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || isTokenFor(value, 'map')) return;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidPropError(scope, prop, value, `must be an object (got ${kindOf(value)})`);
  }
}

/**
 * A list (or a list token). A string is refused: iterating it would split it
 * into characters (`command: "/app --serve"` is not `["/app", "--serve"]`).
 */
export function checkList(scope: IConstruct, prop: string, value: unknown): void {
  if (value === undefined || isTokenFor(value, 'list') || Array.isArray(value)) return;
  throw new InvalidPropError(scope, prop, value, `must be a list (got ${kindOf(value)})`);
}

/** A list of strings; each item may be a token. */
export function checkStringList(scope: IConstruct, prop: string, value: unknown, options: { unique?: boolean } = {}): void {
  checkList(scope, prop, value);
  if (value === undefined || isUnresolved(value)) return;
  const seen = new Set<string>();
  (value as unknown[]).forEach((item, i) => {
    if (typeof item !== 'string') throw new InvalidPropError(scope, `${prop}[${i}]`, item, `must be a string (got ${kindOf(item)})`);
    if (options.unique && !isUnresolved(item)) {
      if (seen.has(item)) throw new InvalidPropError(scope, `${prop}[${i}]`, item, 'must not repeat an earlier item');
      seen.add(item);
    }
  });
}

/**
 * The items of a list prop that synth can check: the list's own items, or
 * none when the whole list is a Terraform variable or reference (it is
 * carried into the output as it is and checked by Terraform at plan).
 */
export function itemsToCheck<T>(value: readonly T[] | undefined): readonly T[] {
  // A list token (`variable.listValue`) is an array too: one encoded element that is no item.
  return Array.isArray(value) && !isUnresolved(value) ? value : [];
}

/** A map of string values (tags, labels, env): an object whose values are strings or tokens. */
export function checkStringMap(scope: IConstruct, prop: string, value: unknown): void {
  checkObject(scope, prop, value);
  if (value === undefined || isUnresolved(value)) return;
  for (const [key, item] of Object.entries(value as object)) {
    if (typeof item !== 'string') throw new InvalidPropError(scope, `${prop}.${key}`, item, `must be a string (got ${kindOf(item)})`);
  }
}

/**
 * Refuses an unresolved token for a prop whose value decides the shape of the
 * stack (how many resources, which ones): Terraform would know it only at
 * apply, after the shape is fixed.
 */
export function checkKnown(scope: IConstruct, prop: string, value: unknown, why = 'it decides which resources are created'): void {
  if (isUnresolved(value)) throw new InvalidPropError(scope, prop, value, `must be known at synth, not a Terraform variable or reference: ${why}`);
}

/**
 * Refuses keys an object may not have (a misspelt prop from JavaScript or YAML
 * would otherwise be ignored), and a token for the whole object: its fields
 * are read one by one, which a Terraform variable or reference cannot give
 * at synth (each field may be one instead).
 */
export function checkKeys(scope: IConstruct, prop: string, value: unknown, known: readonly string[]): void {
  if (value === undefined || value === null || typeof value !== 'object') return;
  if (isUnresolved(value)) {
    throw new InvalidPropError(scope, prop || 'props', value, `must be known at synth, an object of ${known.join(', ')} (each of them may be a Terraform reference): its fields are read one by one`);
  }
  for (const [key, item] of Object.entries(value)) {
    // `null` (JSON, YAML) in a nested object is not "left out": `??` would quietly turn it into the default.
    // (A construct's top-level props get their own per-prop checks.)
    if (item === null && prop && known.includes(key)) {
      throw new InvalidPropError(scope, `${prop}.${key}`, null, 'must be left out or given a value (null is not a value)');
    }
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known);
    const path = prop ? `${prop}.${key}` : key;
    throw new UnknownPropError(scope, path, item, known, hint);
  }
}

/**
 * Checks a construct's props object as a whole: present, an object, and no
 * key the construct does not know. `known` is best written as
 * `Object.keys(KEYS)` with `const KEYS: Record<keyof Props, true>`, so the
 * compiler keeps the list in step with the props interface.
 */
export function checkProps(scope: IConstruct, props: unknown, known: readonly string[]): void {
  if (props === undefined || props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new InvalidPropError(scope, 'props', props, `must be an object of props (got ${kindOf(props)})`);
  }
  checkKeys(scope, '', props, known);
}
