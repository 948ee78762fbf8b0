/**
 * `dynamic` blocks as the evaluator reads blocks: the content of each
 * `dynamic "<name>"` becomes one more `<name>` block, so the literal values
 * inside it are judged like a static block's (the iterator's values,
 * `${each.value.x}`, are expressions and skipped). A `for_each` over a
 * literal empty collection yields no block.
 */
import { blocks, isObject, JsonObject } from '../json';

function emptyCollection(value: unknown): boolean {
  return (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

function expandValue(value: unknown): unknown {
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((item) => {
      const next = isObject(item) ? expandDynamicBlocks(item) : item;
      if (next !== item) changed = true;
      return next;
    });
    return changed ? out : value;
  }
  return isObject(value) ? expandDynamicBlocks(value) : value;
}

/** A body with its `dynamic` blocks (at any depth) written as static blocks; the same object when it has none. */
export function expandDynamicBlocks(body: JsonObject): JsonObject {
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
      const contents = blocks(entries).flatMap((entry) => (emptyCollection(entry.for_each) ? [] : blocks(entry.content).map(expandDynamicBlocks)));
      if (contents.length === 0) continue;
      result[name] = [...blocks(result[name]), ...contents];
    }
  }
  return result;
}
