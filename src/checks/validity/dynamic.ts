/**
 * `dynamic` blocks as the evaluator reads blocks: the content of each
 * `dynamic "<name>"` becomes one more `<name>` block, so the literal values
 * inside it are judged like a static block's. A `for_each` over a literal
 * collection makes one block per element with the iterator substituted, as
 * Terraform does (and as the reliability rules read it: json.ts); over any
 * other expression the content is one block whose iterator values
 * (`${each.value.x}`) are expressions and skipped. A `for_each` over a
 * literal empty collection yields no block.
 */
import { blocks, isObject, JsonObject } from '../json';
import { iteratorOf, literalRepetitions, Repetition, substituteIterator } from '../repetition';

/** A value with the `dynamic` blocks of its blocks expanded; the same value when it has none (most have none). */
function expandValue(value: unknown, cache: ExpansionCache | undefined): unknown {
  if (Array.isArray(value)) {
    // Copied on the first change only.
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!isObject(item)) continue;
      const next = expand(item, cache);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  return isObject(value) ? expand(value, cache) : value;
}

/**
 * A body with its `dynamic` blocks (at any depth) written as static blocks; the same object when it has none. One
 * pass that copies only the objects on the way to a `dynamic` key: asked of 50,000 bodies, most without one.
 */
export function expandDynamicBlocks(body: JsonObject, cache?: ExpansionCache): JsonObject {
  return expand(body, cache);
}

/** The blocks a `dynamic` value makes, by block name, in the order they are added. */
type Expansion = readonly (readonly [name: string, contents: readonly JsonObject[]])[];

/**
 * What one run of the family expands again and again, worked out once: the elements of each `for_each` text met
 * (`${[1, 2]}`), and the blocks of the last `dynamic` value met, for the next equal one (a stack repeats the same
 * dynamic block on each of thousands of resources, listed together). The blocks and elements are shared by the bodies
 * made from them, which nothing changes.
 */
export class ExpansionCache {
  private readonly repetitions = new Map<string, Repetition[] | undefined>();
  private last: { readonly source: unknown; readonly expansion: Expansion } | undefined;

  /** The elements of a dynamic block's `for_each`, as literalRepetitions reads them. */
  public repetitionsOf(forEach: unknown): Repetition[] | undefined {
    if (typeof forEach !== 'string') return literalRepetitions(forEach, 'block');
    if (this.repetitions.has(forEach)) return this.repetitions.get(forEach);
    const elements = literalRepetitions(forEach, 'block');
    this.repetitions.set(forEach, elements);
    return elements;
  }

  /** The blocks of a `dynamic` value: those of the last value when this one is equal to it, else made by `make`. */
  public expansionOf(dynamic: unknown, make: () => Expansion): Expansion {
    if (this.last !== undefined && sameJson(dynamic, this.last.source)) return this.last.expansion;
    const expansion = make();
    this.last = { source: dynamic, expansion };
    return expansion;
  }
}

/**
 * Whether two values are the same JSON: the same primitives (===), arrays of the same items, objects of the same
 * prototype with the same own keys in the same order and equal values. Equal values expand to equal blocks.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== others[i] || !sameJson((a as Record<string, unknown>)[keys[i]], (b as Record<string, unknown>)[keys[i]])) return false;
  }
  return true;
}

/**
 * A copy of a body's own keys in their order, without its `dynamic` key when it has one: as `{ ...body }` then
 * `delete copy.dynamic`, without the delete, which would leave the copy a slow (dictionary) object for the evaluator.
 */
function copyOf(body: JsonObject): Record<string, unknown> {
  const skip = body.dynamic !== undefined;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(body)) {
    if (skip && key === 'dynamic') continue;
    // An own `__proto__` (JSON.parse makes one) is copied as the data it is, as a spread does, not set as the prototype.
    if (key === '__proto__') Object.defineProperty(copy, key, { value: body[key], writable: true, enumerable: true, configurable: true });
    else copy[key] = body[key];
  }
  return copy;
}

function expand(body: JsonObject, cache: ExpansionCache | undefined): JsonObject {
  let out: Record<string, unknown> | undefined;
  // for-in meets a JSON object's keys as Object.entries lists them, without the pairs.
  for (const key in body) {
    if (key === 'dynamic' || key === '//') continue;
    const value = body[key];
    if (typeof value !== 'object' || value === null) continue;
    const next = expandValue(value, cache);
    if (next !== value) (out ??= copyOf(body))[key] = next;
  }
  if (body.dynamic === undefined) return out ?? body;
  const result = out ?? copyOf(body);
  const make = (): Expansion => expansionOf(body.dynamic, cache);
  for (const [name, contents] of cache !== undefined ? cache.expansionOf(body.dynamic, make) : make()) result[name] = [...blocks(result[name]), ...contents];
  return result;
}

/** The blocks of each `dynamic "<name>"` of a `dynamic` value, in order (names with no block left out). */
function expansionOf(dynamic: unknown, cache: ExpansionCache | undefined): Expansion {
  const out: [string, JsonObject[]][] = [];
  for (const d of blocks(dynamic)) {
    for (const name of Object.keys(d)) {
      const contents: JsonObject[] = [];
      for (const entry of blocks(d[name])) {
        const elements = cache !== undefined ? cache.repetitionsOf(entry.for_each) : literalRepetitions(entry.for_each, 'block');
        const content = blocks(entry.content);
        if (elements === undefined) {
          for (const c of content) contents.push(expand(c, cache));
          continue;
        }
        const iterator = iteratorOf(entry, name);
        for (const element of elements) for (const c of content) for (const b of blocks(substituteIterator(c, iterator, element))) contents.push(expand(b, cache));
      }
      if (contents.length > 0) out.push([name, contents]);
    }
  }
  return out;
}
