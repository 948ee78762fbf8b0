/** Walks a Terraform JSON body along the argument paths of the tables. */
import { isOpaque, isPlainObject, OpaqueTest } from './values';

/** Terraform's meta-arguments: never provider arguments. */
const META_ARGUMENTS = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** One value met on the walk: its argument path (no indexes) and its value path (with indexes). */
export interface Visit {
  readonly argument: string;
  readonly path: string;
  readonly value: unknown;
}

const join = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name);

/**
 * Every argument value of `body`, depth first. Nested blocks are objects or
 * lists of objects (cdktf writes a single block either way). `isMap(argument)`
 * says which arguments are maps (their keys are not argument names).
 */
export function* visit(body: Record<string, unknown>, isMap: (argument: string) => boolean, argument = '', path = '', opaque: OpaqueTest = isOpaque): Generator<Visit> {
  for (const [name, value] of Object.entries(body)) {
    if (!argument && META_ARGUMENTS.has(name)) continue;
    yield* visitValue(join(argument, name), join(path, name), value, isMap, opaque);
  }
}

function* visitValue(argument: string, path: string, value: unknown, isMap: (argument: string) => boolean, opaque: OpaqueTest): Generator<Visit> {
  yield { argument, path, value };
  if (opaque(value) || isMap(argument)) return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) if (isPlainObject(item)) yield* visit(item, isMap, argument, `${path}[${i}]`, opaque);
  } else if (isPlainObject(value)) {
    yield* visit(value, isMap, argument, path, opaque);
  }
}

/** An instance of a block: its value path and its object. */
export interface BlockInstance {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

/** Every instance of the block at argument path `scope` ('' for the body itself); expressions are skipped. */
export function blockInstances(body: Record<string, unknown>, scope: string): BlockInstance[] {
  let level: BlockInstance[] = [{ path: '', body }];
  for (const name of scope ? scope.split('.') : []) {
    const next: BlockInstance[] = [];
    for (const { path, body: b } of level) {
      const v = b[name];
      const at = join(path, name);
      if (Array.isArray(v)) v.forEach((item, i) => isPlainObject(item) && next.push({ path: `${at}[${i}]`, body: item }));
      else if (isPlainObject(v)) next.push({ path: at, body: v });
    }
    level = next;
  }
  return level;
}

/** The argument path of a value path: `rule[0].lifecycle.delete_after` -> `rule.lifecycle.delete_after`. */
export function argumentOf(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}
