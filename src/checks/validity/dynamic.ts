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
import { iteratorOf, literalRepetitions, substituteIterator } from '../repetition';

function expandValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = isObject(item) ? expand(item) : item;
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  return isObject(value) ? expand(value) : value;
}

/** True when a value holds a `dynamic` block at any depth (no allocation: most bodies have none). */
function hasDynamic(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (typeof item === 'object' && item !== null && hasDynamic(item)) return true;
    return false;
  }
  if (typeof value !== 'object' || value === null) return false;
  const o = value as Record<string, unknown>;
  for (const key in o) {
    if (key === 'dynamic') return true;
    const v = o[key];
    if (typeof v === 'object' && v !== null && key !== '//' && hasDynamic(v)) return true;
  }
  return false;
}

/** A body with its `dynamic` blocks (at any depth) written as static blocks; the same object when it has none. */
export function expandDynamicBlocks(body: JsonObject): JsonObject {
  return hasDynamic(body) ? expand(body) : body;
}

function expand(body: JsonObject): JsonObject {
  let out: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(body)) {
    if (key === 'dynamic' || key === '//') continue;
    const next = expandValue(value);
    if (next !== value) (out ??= { ...body })[key] = next;
  }
  if (body.dynamic === undefined) return out ?? body;
  const result: Record<string, unknown> = out ?? { ...body };
  delete result.dynamic;
  for (const d of blocks(body.dynamic)) {
    for (const [name, entries] of Object.entries(d)) {
      const contents = blocks(entries).flatMap((entry) => {
        const elements = literalRepetitions(entry.for_each, 'block');
        const content = blocks(entry.content);
        if (elements === undefined) return content.map(expand);
        return elements.flatMap((element) => content.flatMap((c) => blocks(substituteIterator(c, iteratorOf(entry, name), element)).map(expand)));
      });
      if (contents.length === 0) continue;
      result[name] = [...blocks(result[name]), ...contents];
    }
  }
  return result;
}
