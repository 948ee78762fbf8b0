/**
 * Readers for synthesized Terraform JSON that never throw.
 *
 * cdktf writes nested blocks as objects or as arrays of objects, hand-written
 * Terraform JSON does both, values may be unresolved references
 * (`${aws_kms_key.k.arn}`), numbers may be strings and anything may be
 * missing. Every rule reads its resource through these helpers.
 */

import { iteratorOf, literalRepetitions, substituteIterator } from './repetition';

/** A JSON object. */
export type JsonObject = { readonly [key: string]: unknown };

/** Sets a key as JSON.parse would: an own data property, even `__proto__` (which `out[key] = ` would take as the prototype). */
export function setOwn(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** True for a plain JSON object (not an array, not null). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A nested block in either shape (object or array of objects), as a list; anything else is no block. */
export function blocks(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/** The first block of a nested block in either shape, or undefined. */
export function block(value: unknown): JsonObject | undefined {
  // Asked for several blocks of each of 50,000 bodies: no list of blocks for it.
  if (Array.isArray(value)) {
    for (const item of value) if (isObject(item)) return item;
    return undefined;
  }
  return isObject(value) ? value : undefined;
}

/**
 * A block whose content cannot be known at synth: a `dynamic` block without
 * readable `content`, or a block given as a whole `${...}` expression. Every
 * attribute read from it is an unresolved reference, so rules leave it alone
 * (they judge what the JSON says, never what it might say) instead of
 * reporting the block as missing.
 */
export const UNKNOWN_BLOCK: JsonObject = new Proxy(Object.freeze({}), {
  // Object's own members (toString, valueOf, ...) stay what they are, so the block still prints and compares like an object.
  get: (target, key) => (typeof key === 'string' && !(key in Object.prototype) ? '${dynamic}' : Reflect.get(target, key)),
});

/** True for {@link UNKNOWN_BLOCK}. */
export function isUnknownBlock(value: unknown): boolean {
  return value === UNKNOWN_BLOCK;
}

/**
 * The content blocks of `dynamic "<name>"` in a block, in both shapes:
 * `{"dynamic": {"<name>": {"for_each": ..., "content": {...}}}}` as cdktf's
 * iterators and `addOverride('dynamic.<name>', ...)` write it, and the
 * arrays-of-objects shape of hand-written or converted Terraform JSON.
 *
 * A `for_each` over a literal collection yields one block per element, with
 * the iterator (`<name>.value.x`, or the `iterator` argument's name)
 * substituted as Terraform does; an empty one yields nothing. A `for_each`
 * over any other expression yields the content once, as a template whose
 * attributes every block shares: how many blocks there are is unknown
 * ({@link blockCount}), never one. Unreadable content yields {@link UNKNOWN_BLOCK}.
 */
export function dynamicBlocks(parent: unknown, name: string): JsonObject[] {
  const out: JsonObject[] = [];
  // Read without lists of blocks: asked for several names of each of 50,000 bodies, most with no dynamic block by that name.
  if (Array.isArray(parent)) {
    for (let i = 0; i < parent.length; i++) if (isObject(parent[i])) dynamicBlocksOf(out, parent[i] as JsonObject, name);
  } else if (isObject(parent)) dynamicBlocksOf(out, parent, name);
  return out;
}

/** Adds the content blocks of `dynamic "<name>"` in one block (see `dynamicBlocks`). */
function dynamicBlocksOf(out: JsonObject[], p: JsonObject, name: string): void {
  const dynamic = p.dynamic;
  // Most blocks have no dynamic blocks: nothing more to read in them.
  if (dynamic === undefined || isUnknownBlock(p)) return;
  if (Array.isArray(dynamic)) {
    for (let i = 0; i < dynamic.length; i++) if (isObject(dynamic[i])) dynamicEntries(out, (dynamic[i] as JsonObject)[name], name);
  } else if (isObject(dynamic)) dynamicEntries(out, dynamic[name], name);
}

/** Adds the content blocks of the entries of one `dynamic "<name>"` (see `dynamicBlocks`). */
function dynamicEntries(out: JsonObject[], entries: unknown, name: string): void {
  if (entries === undefined) return;
  const list = blocks(entries);
  for (let i = 0; i < list.length; i++) {
    const entry = list[i];
    const elements = literalRepetitions(entry.for_each, 'block');
    if (elements !== undefined && elements.length === 0) continue;
    const content = blocks(entry.content);
    if (content.length === 0) out.push(UNKNOWN_BLOCK);
    else if (elements === undefined) out.push(...content);
    else {
      for (const element of elements) for (const c of content) out.push(...blocks(substituteIterator(c, iteratorOf(entry, name), element)));
    }
  }
}

/**
 * How many blocks named `name` Terraform makes inside a block: the static
 * ones plus, for each `dynamic "<name>"`, the size of its literal `for_each`.
 * Undefined when that cannot be known at synth (a `for_each` over a variable
 * or any other expression, a block given as a whole `${...}` expression).
 * Rules that count blocks use this, never the length of {@link nested}, whose
 * unresolved dynamic content is one template standing for any number.
 */
export function blockCount(parent: unknown, name: string): number | undefined {
  const p = block(parent);
  if (p === undefined) return isReference(parent) ? undefined : 0;
  if (isUnknownBlock(p) || isReference(p[name])) return undefined;
  let n = blocks(p[name]).length;
  for (const d of blocks(p.dynamic)) {
    for (const entry of blocks(d[name])) {
      const elements = literalRepetitions(entry.for_each, 'block');
      if (elements === undefined) return undefined;
      n += elements.length;
    }
  }
  return n;
}

/** The `for_each` of the first `dynamic "<name>"` of a block whose elements are not known at synth, for a message; undefined when there is none. */
export function dynamicForEach(parent: unknown, name: string): unknown {
  for (const d of blocks(block(parent)?.dynamic)) {
    for (const entry of blocks(d[name])) if (literalRepetitions(entry.for_each, 'block') === undefined) return entry.for_each;
  }
  return undefined;
}

/**
 * Every block named `name` inside a block: the static ones (object or array
 * of objects) and the content of `dynamic "<name>"`. A block that is itself
 * unknown, or given as a whole `${...}` expression, yields {@link UNKNOWN_BLOCK}.
 * For what each block says, not how many there are: an unresolved dynamic
 * block is one template here; count with {@link blockCount}.
 */
export function nested(parent: unknown, name: string): JsonObject[] {
  const p = block(parent);
  if (p === undefined) return isReference(parent) ? [UNKNOWN_BLOCK] : [];
  if (isUnknownBlock(p)) return [UNKNOWN_BLOCK];
  const own = p[name];
  const fixed = isReference(own) ? [UNKNOWN_BLOCK] : blocks(own);
  if (p.dynamic === undefined) return fixed;
  const dynamic = dynamicBlocks(p, name);
  return dynamic.length === 0 ? fixed : [...fixed, ...dynamic];
}

/**
 * Follows a path of keys through nested blocks (first block at each step),
 * reading `dynamic` blocks as Terraform does. An unresolved step (a
 * `${...}` block, unknown dynamic content) makes the result an unresolved
 * reference, which rules leave alone.
 */
export function at(value: unknown, ...path: string[]): unknown {
  let current: unknown = value;
  // No iterator over the path: `at` reads several paths of each of 50,000 bodies.
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (isReference(current)) return current;
    const b = block(current);
    if (b === undefined) return undefined;
    const own = b[key];
    // Most blocks have no dynamic blocks (`at` reads several paths of each of 50,000 bodies).
    if (b.dynamic === undefined) {
      current = own;
      continue;
    }
    const dynamic = dynamicBlocks(b, key);
    current = dynamic.length === 0 ? own : own === undefined || isObject(own) || Array.isArray(own) ? [...blocks(own), ...dynamic] : own;
  }
  return current;
}

/** True when a value is a string holding a Terraform interpolation (`${...}`): known only at apply time. */
export function isReference(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** A boolean, also from "true"/"false" strings; undefined when missing or unresolved. */
export function bool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A finite number, also from numeric strings; undefined when missing or unresolved. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '' && !isReference(value)) {
    const n = Number(value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

/** A string (possibly a reference), or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A list: the array itself, or undefined when missing or not an array (e.g. an unresolved `${...}` list). */
export function list(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

/** A map of strings (tags, labels); non-string values are dropped, non-objects give {}. */
export function stringMap(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  // Keys, then each value: no [key, value] pair per entry, nor a list of blocks for one (tags and labels of every resource).
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (isObject(value[i])) copyStrings(value[i] as JsonObject, out);
  } else if (isObject(value)) copyStrings(value, out);
  return out;
}

/** Copies the string values of an object (see `stringMap`). */
function copyStrings(b: JsonObject, out: Record<string, string>): void {
  const keys = Object.keys(b);
  for (let i = 0; i < keys.length; i++) {
    const v = b[keys[i]];
    if (typeof v === 'string') out[keys[i]] = v;
  }
}

/** How long a list is, or undefined when it cannot be known (missing or unresolved). */
export function knownLength(value: unknown): number | undefined {
  const l = list(value);
  if (l === undefined) return undefined;
  // A list element that is itself a splat or a whole-list expression may stand for many.
  if (l.some((e) => typeof e === 'string' && /\[\*\]|\bflatten\(|\bconcat\(|\.\*\./.test(e))) return undefined;
  return l.length;
}

/** Every string found anywhere inside a value. */
export function stringsIn(value: unknown, out: string[] = [], depth = 0): string[] {
  if (depth > 64) return out;
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out, depth + 1);
  else if (isObject(value)) for (const v of Object.values(value)) stringsIn(v, out, depth + 1);
  return out;
}

const REFERENCE_PATTERN = /\$\{([^}]*)\}/g;
// A resource address, after any module path (`module.network.`, `module.app["eu"].`): plans and states name
// resources inside modules, and their references are rewritten to these absolute addresses (inputs/).
const ADDRESS_PATTERN = /(?:^|[^A-Za-z0-9_.\]])((?:module\.[A-Za-z_][A-Za-z0-9_-]*(?:\[[^\]]*\])?\.)*(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)/g;

/** Addresses (`type.name`, `data.type.name`, `module.x.type.name`) referenced by the interpolations in a string. */
export function referencedAddresses(text: string): string[] {
  // Asked for strings of every body (50,000 in the bench): no regular expression for one without an interpolation,
  // and exec loops rather than matchAll (an iterator and a copy of the pattern per call). Neither pattern matches
  // the empty string, so each loop advances. A list of one is made as one (a push would make room for 17).
  if (!text.includes('${')) return [];
  const simple = simpleReference(text);
  if (simple !== undefined) return [simple];
  const out: string[] = [];
  REFERENCE_PATTERN.lastIndex = 0;
  for (let m = REFERENCE_PATTERN.exec(text); m !== null; m = REFERENCE_PATTERN.exec(text)) {
    const expression = m[1];
    ADDRESS_PATTERN.lastIndex = 0;
    for (let a = ADDRESS_PATTERN.exec(expression); a !== null; a = ADDRESS_PATTERN.exec(expression)) out.push(a[1]);
  }
  return out;
}

/** Character classes of `simpleReference`, by character code below 128. */
const LOWER = 1; // [a-z]
const UPPER = 2; // [A-Z]
const DIGIT = 4; // [0-9]
const UNDERSCORE = 8;
const DASH = 16;
const CLASSES = new Uint8Array(128);
for (let c = 97; c <= 122; c++) CLASSES[c] = LOWER;
for (let c = 65; c <= 90; c++) CLASSES[c] = UPPER;
for (let c = 48; c <= 57; c++) CLASSES[c] = DIGIT;
CLASSES[95] = UNDERSCORE;
CLASSES[45] = DASH;

/**
 * The address in a string that is one reference and nothing else, `${type.name}` or `${type.name.attr...}`, with
 * a type of `[a-z][a-z0-9_]*` other than `module` and `data`, a name of `[A-Za-z_][A-Za-z0-9_-]*` and attributes
 * of `[A-Za-z0-9_]+`: what most references are. The two patterns of `referencedAddresses` find exactly `type.name`
 * in such a string (nothing before the type, and no character after the name that may start another address), so
 * it is read by hand: without the match arrays and substrings of two patterns for each of the 50,000 bodies'
 * references. Undefined for any other string (the patterns then read it).
 */
function simpleReference(text: string): string | undefined {
  const end = text.length - 1;
  if (end < 5 || text.charCodeAt(0) !== 36 /* $ */ || text.charCodeAt(1) !== 123 /* { */ || text.charCodeAt(end) !== 125 /* } */) return undefined;
  // The class of each character read inline (a function call per character costs more than the test before this
  // code is compiled); a code from 128 reads `undefined` from the table, which is 0 in `&`.
  let i = 2;
  if ((CLASSES[text.charCodeAt(i)] & LOWER) === 0) return undefined;
  for (i++; i < end && (CLASSES[text.charCodeAt(i)] & (LOWER | DIGIT | UNDERSCORE)) !== 0; i++);
  if (i >= end || text.charCodeAt(i) !== 46 /* . */) return undefined;
  // `module.` and `data.` begin longer addresses.
  if ((i === 8 && text.startsWith('module', 2)) || (i === 6 && text.startsWith('data', 2))) return undefined;
  i++;
  if (i >= end || (CLASSES[text.charCodeAt(i)] & (LOWER | UPPER | UNDERSCORE)) === 0) return undefined;
  for (i++; i < end && (CLASSES[text.charCodeAt(i)] & (LOWER | UPPER | DIGIT | UNDERSCORE | DASH)) !== 0; i++);
  const nameEnd = i;
  while (i < end) {
    if (text.charCodeAt(i) !== 46) return undefined;
    const start = ++i;
    for (; i < end && (CLASSES[text.charCodeAt(i)] & (LOWER | UPPER | DIGIT | UNDERSCORE)) !== 0; i++);
    if (i === start) return undefined;
  }
  return text.slice(2, nameEnd);
}

/** True when a value (anywhere inside) references a resource address, e.g. `aws_vpc.main`. */
export function refersTo(value: unknown, address: string): boolean {
  return stringsIn(value).some((s) => referencedAddresses(s).includes(address));
}

/**
 * The attribute a whole-string reference reads: for `${aws_db_instance.db.arn}`
 * and address `aws_db_instance.db`, returns `arn`. Undefined when the string is
 * not exactly one reference to that address.
 */
export function referencedAttribute(value: unknown, address: string): string | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^\$\{([^}]*)\}$/.exec(value.trim());
  if (!m) return undefined;
  const expr = m[1].trim();
  if (!expr.startsWith(`${address}.`)) return undefined;
  return expr.slice(address.length + 1);
}

/** Says what a setting holds, for a message: `deletion_protection is false`, `multi_az is not set`. */
export function said(name: string, value: unknown, unset = 'not set'): string {
  return `${name} is ${value === undefined ? unset : show(value)}`;
}

/** True when a flag is true, or an unresolved reference (which the rules do not second-guess). */
export function trueOrUnresolved(value: unknown): boolean {
  return bool(value) === true || isReference(value);
}

/**
 * Renders a JSON value for a message: strings quoted, long values cut. Never
 * throws (random JSON may hold keys such as "toString"). Kept here rather than
 * using core's describeValue so the CLI's import chain stays free of cdktf.
 */
export function show(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? 'undefined');
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
