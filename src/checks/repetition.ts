/**
 * Repetition as Terraform evaluates it: `for_each` and `count` on resources,
 * `for_each` on `dynamic` blocks, and the iterator references
 * (`each.value.x`, `<block>.value.x`, `each.key`) their elements feed.
 *
 * The rule pack judges what the JSON says. A repetition over a literal
 * collection is known at synth: its elements are substituted into the body,
 * as Terraform does, so the rules read the values each instance gets. A
 * repetition over a variable, a data source or any other expression is not:
 * how many instances (or blocks) it makes is unknown, and every count that
 * depends on it is unknown too (never one, never zero).
 */
import type { JsonObject } from './json';

// Not json.ts's isObject: json.ts reads dynamic blocks through this module, and the import stays one way.
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** One element of a `for_each`: its key (`each.key`) and value (`each.value`). */
export interface Repetition {
  readonly key: string | number;
  readonly value: unknown;
}

/** Whose elements a `for_each` gives: a resource (a map, or a set of strings) or a dynamic block (any collection). */
export type RepetitionOf = 'resource' | 'block';

const WHOLE_EXPRESSION = /^\$\{\s*([\s\S]*?)\s*\}$/;

/** The literal collection inside `${...}`: a JSON list or object, possibly wrapped in `toset(...)`; undefined for anything else. */
function literalInExpression(text: string): unknown {
  const m = WHOLE_EXPRESSION.exec(text.trim());
  if (!m) return undefined;
  let inner = m[1];
  const set = /^toset\(\s*([\s\S]*)\s*\)$/.exec(inner);
  if (set) inner = set[1];
  if (!/^[[{]/.test(inner)) return undefined;
  try {
    const parsed: unknown = JSON.parse(inner);
    return Array.isArray(parsed) || isObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The elements of a `for_each` when it is a literal collection (a JSON list
 * or object, or `${[...]}`, `${toset([...])}`); undefined when it is any other
 * expression, whose elements are known only at plan time. A resource's
 * `for_each` takes a map or a set of strings (each.key = each.value for a
 * set), a dynamic block's any collection (list elements keyed by index). A
 * list of a resource whose elements are not all plain strings is unknown.
 */
export function literalRepetitions(forEach: unknown, of: RepetitionOf): readonly Repetition[] | undefined {
  if (typeof forEach !== 'string') return repetitionsIn(forEach, of);
  // A literal starts with `[` or `{` (after `${` and any `toset(`): without either there is none to find, and no
  // pattern is run (`${var.rules}` is the common `for_each` of a dynamic block).
  if (!forEach.includes('[') && forEach.indexOf('{') === forEach.lastIndexOf('{')) return undefined;
  const read = READ_LITERALS[of];
  const known = read.get(forEach);
  if (known !== undefined || read.has(forEach)) return known;
  const elements = repetitionsIn(literalInExpression(forEach), of);
  if (elements === undefined || elements.every((e) => e.value === null || typeof e.value !== 'object')) {
    if (read.size >= MAX_READ_LITERALS) read.clear();
    read.set(forEach, elements);
  }
  return elements;
}

/**
 * The elements of the literal `for_each` texts read so far, by what they repeat and text: the same text is read for
 * every resource and reader that meets it (the bench's 2,000 tables each have a dynamic block over `${[1]}`), each
 * time with three patterns and a JSON.parse. Kept only when every value is a scalar: the readers copy scalars into
 * the blocks they make and hand out no element, so a kept list is never changed. Bounded (cleared when full).
 */
const READ_LITERALS: Readonly<Record<RepetitionOf, Map<string, readonly Repetition[] | undefined>>> = { resource: new Map(), block: new Map() };
const MAX_READ_LITERALS = 1024;

/** The elements of a collection read from a `for_each` (see `literalRepetitions`). */
function repetitionsIn(collection: unknown, of: RepetitionOf): Repetition[] | undefined {
  if (Array.isArray(collection)) {
    if (of === 'block') return collection.map((value, key) => ({ key, value }));
    if (!collection.every((v) => typeof v === 'string' && !v.includes('${'))) return undefined;
    return [...new Set(collection as string[])].map((v) => ({ key: v, value: v }));
  }
  // A map whose keys are literal; its values may hold references (they stay references after substitution).
  if (isObject(collection)) return Object.entries(collection).map(([key, value]) => ({ key, value }));
  return undefined;
}

/**
 * How many instances a resource's `count` and `for_each` make: 1 without
 * either, the number or the literal collection's size, undefined when it is
 * an expression known only at plan time.
 */
export function instanceCount(body: JsonObject): number | undefined {
  if (body.for_each !== undefined) return literalRepetitions(body.for_each, 'resource')?.length;
  if (body.count === undefined) return 1;
  if (typeof body.count === 'number') return Number.isInteger(body.count) && body.count >= 0 ? body.count : undefined;
  if (typeof body.count === 'string' && /^\s*\d+\s*$/.test(body.count)) return Number(body.count);
  return undefined;
}

/** The name a `dynamic "<name>"` block's content reads its element by: the `iterator` argument, else the block's name. */
export function iteratorOf(entry: JsonObject, name: string): string {
  return typeof entry.iterator === 'string' && entry.iterator !== '' ? entry.iterator : name;
}

const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_-]*';
/** A traversal after the iterator: `.a`, `["a"]`, `[0]`. */
const STEP = new RegExp(`^(?:\\.(${IDENTIFIER})|\\[\\s*"((?:[^"\\\\]|\\\\.)*)"\\s*\\]|\\[\\s*(\\d+)\\s*\\])`);

/** Follows `.a["b"][0]` through a value; `missing` when a step does not exist (Terraform refuses such a reference). */
const MISSING = Symbol('missing');
function traverse(value: unknown, path: string): unknown {
  let current = value;
  let rest = path;
  while (rest !== '') {
    const m = STEP.exec(rest);
    if (!m) return MISSING;
    rest = rest.slice(m[0].length);
    const key = m[1] ?? (m[2] !== undefined ? (JSON.parse(`"${m[2]}"`) as string) : Number(m[3]));
    if (typeof key === 'number' ? Array.isArray(current) && key < current.length : isObject(current) && key in current) current = (current as Record<string | number, unknown>)[key];
    else return MISSING;
  }
  return current;
}

const ITERATOR_REFERENCES = new Map<string, RegExp>();

/** The pattern of a reference to an iterator's key or value (`each.value.a["b"][0]`), made once per iterator name: asked per block and per instance. */
function iteratorReference(iterator: string): RegExp {
  let ref = ITERATOR_REFERENCES.get(iterator);
  if (ref === undefined) {
    const escaped = iterator.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    ref = new RegExp(`^${escaped}\\.(key|value)((?:\\.${IDENTIFIER}|\\[\\s*"(?:[^"\\\\]|\\\\.)*"\\s*\\]|\\[\\s*\\d+\\s*\\])*)$`);
    ITERATOR_REFERENCES.set(iterator, ref);
  }
  return ref;
}

/**
 * Rewrites a body as Terraform evaluates it for one element: every
 * `${<iterator>.key}` and `${<iterator>.value...}` that names a part of the
 * element is replaced by it (a whole-string reference by the value itself,
 * of any type; a reference inside a template by its text when it is a
 * scalar). Anything else (`lookup(each.value, ...)`, a missing attribute)
 * stays an expression, which the rules leave alone.
 */
export function substituteIterator(body: unknown, iterator: string, element: Repetition): unknown {
  const ref = iteratorReference(iterator);
  const resolve = (expr: string): unknown => {
    const m = ref.exec(expr.trim());
    if (!m) return MISSING;
    if (m[1] === 'key') return m[2] === '' ? element.key : MISSING;
    return traverse(element.value, m[2]);
  };
  return mapStrings(body, (text) => {
    if (!text.includes(iterator)) return text;
    const whole = WHOLE_EXPRESSION.exec(text.trim());
    if (whole && !whole[1].includes('${')) {
      const v = resolve(whole[1]);
      if (v !== MISSING) return v;
    }
    return text.replace(/\$\{([^{}]*)\}/g, (piece, expr: string) => {
      const v = resolve(expr);
      return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : piece;
    });
  });
}

/**
 * Replaces `${local.<name>}` (a whole string) by the local's value, as
 * Terraform evaluates it, and a `${local.<name>}` inside a template by its
 * text when the local is a scalar. A local that holds references keeps them
 * (the rules then see which resource it points at). Locals that refer to
 * locals are followed, cycles and depth bounded.
 */
export function substituteLocals(body: unknown, locals: Readonly<Record<string, unknown>>): unknown {
  if (Object.keys(locals).length === 0) return body;
  const resolved = new Map<string, unknown>();
  const valueOf = (name: string, depth: number): unknown => {
    if (resolved.has(name)) return resolved.get(name);
    if (!Object.prototype.hasOwnProperty.call(locals, name) || depth > 16) return MISSING;
    resolved.set(name, MISSING);
    const v = mapStrings(locals[name], (text) => replaceLocals(text, (n) => valueOf(n, depth + 1)));
    resolved.set(name, v);
    return v;
  };
  return mapStrings(body, (text) => replaceLocals(text, (n) => valueOf(n, 0)));
}

function replaceLocals(text: string, valueOf: (name: string) => unknown): unknown {
  if (!text.includes('local.')) return text;
  const whole = /^\$\{\s*local\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}$/.exec(text.trim());
  if (whole) {
    const v = valueOf(whole[1]);
    return v === MISSING ? text : v;
  }
  return text.replace(/\$\{\s*local\.([A-Za-z_][A-Za-z0-9_-]*)\s*\}/g, (piece, name: string) => {
    const v = valueOf(name);
    return (typeof v === 'string' && !v.includes('${')) || typeof v === 'number' || typeof v === 'boolean' ? String(v) : piece;
  });
}

/** Maps every string of a JSON value (keys untouched); returns the same object where nothing changed. */
function mapStrings(value: unknown, f: (text: string) => unknown, depth = 0): unknown {
  if (depth > 64) return value;
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const m = mapStrings(v, f, depth + 1);
      if (m !== v) changed = true;
      return m;
    });
    return changed ? out : value;
  }
  if (isObject(value)) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const m = mapStrings(v, f, depth + 1);
      if (m !== v) changed = true;
      out[k] = m;
    }
    return changed ? out : value;
  }
  return value;
}
