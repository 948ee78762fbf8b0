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
import { blocks, isObject, JsonObject, setOwn } from '../json';
import { iteratorOf, literalRepetitions, substituteIterator } from '../repetition';

/** A value with the `dynamic` blocks of its blocks expanded; the same value when it has none (most have none). */
function expandValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    // Copied on the first change only.
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (!isObject(item)) continue;
      const next = expand(item);
      if (next !== item) (out ??= value.slice())[i] = next;
    }
    return out ?? value;
  }
  return isObject(value) ? expand(value) : value;
}

/**
 * A body with its `dynamic` blocks (at any depth) written as static blocks; the same object when it has none. One
 * pass that copies only the objects on the way to a `dynamic` key: asked of 50,000 bodies, most without one.
 */
export function expandDynamicBlocks(body: JsonObject): JsonObject {
  return expand(body);
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
    // An own `__proto__` (JSON.parse makes one) is copied as the data it is, as a spread does.
    setOwn(copy, key, body[key]);
  }
  return copy;
}

function expand(body: JsonObject): JsonObject {
  let out: Record<string, unknown> | undefined;
  // for-in meets a JSON object's keys as Object.entries lists them, without the pairs.
  for (const key in body) {
    if (key === 'dynamic' || key === '//') continue;
    const value = body[key];
    if (typeof value !== 'object' || value === null) continue;
    const next = expandValue(value);
    if (next !== value) (out ??= copyOf(body))[key] = next;
  }
  if (body.dynamic === undefined) return out ?? body;
  const result = out ?? copyOf(body);
  for (const d of blocks(body.dynamic)) {
    for (const name of Object.keys(d)) {
      const contents: JsonObject[] = [];
      for (const entry of blocks(d[name])) {
        // literalRepetitions reads each literal text once (repetition.ts).
        const elements = literalRepetitions(entry.for_each, 'block');
        const content = blocks(entry.content);
        if (elements === undefined) {
          for (const c of content) contents.push(expand(c));
          continue;
        }
        const iterator = iteratorOf(entry, name);
        for (const element of elements) for (const c of content) for (const b of blocks(substituteIterator(c, iterator, element))) contents.push(expand(b));
      }
      if (contents.length === 0) continue;
      result[name] = [...blocks(result[name]), ...contents];
    }
  }
  return result;
}
