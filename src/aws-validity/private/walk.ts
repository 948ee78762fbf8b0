/** Walks a Terraform JSON body along the argument paths of the tables. */
import { isOpaque, isPlainObject, OpaqueTest } from './values';

/** Terraform's meta-arguments: never provider arguments. */
const META_ARGUMENTS = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/** What the walk needs to know of a resource type's tables. */
export interface WalkIndex {
  /** Arguments that are maps: their keys are not argument names. */
  readonly maps: ReadonlySet<string>;
  /** Argument paths with a rule at or below them: the walk does not descend elsewhere. */
  readonly judged: ReadonlySet<string>;
}

/** Called for every value met on the walk: its argument path (no indexes), value path (with indexes) and value. */
export type WalkVisitor = (argument: string, path: string, value: unknown) => void;

const join = (prefix: string, name: string): string => (prefix ? `${prefix}.${name}` : name);

/**
 * Every argument value of `body` at or above a judged argument, depth first
 * (a callback rather than a generator, and no descent into blocks the tables
 * say nothing about: the check command walks 50,000 resources). Nested blocks
 * are objects or lists of objects (cdktf writes a single block either way).
 */
export function walk(body: Record<string, unknown>, index: WalkIndex, onValue: WalkVisitor, argument = '', path = '', opaque: OpaqueTest = isOpaque): void {
  for (const name in body) {
    if (!argument && META_ARGUMENTS.has(name)) continue;
    const a = join(argument, name);
    if (!index.judged.has(a)) continue;
    const value = body[name];
    const p = join(path, name);
    onValue(a, p, value);
    if (opaque(value) || index.maps.has(a)) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (isPlainObject(item)) walk(item, index, onValue, a, `${p}[${i}]`, opaque);
      }
    } else if (isPlainObject(value)) {
      walk(value, index, onValue, a, p, opaque);
    }
  }
}

/** An instance of a block: its value path and its object. */
export interface BlockInstance {
  readonly path: string;
  readonly body: Record<string, unknown>;
}

const NO_INSTANCES: readonly BlockInstance[] = Object.freeze([]);

/**
 * Every instance of the block at argument path `scope` (block names; none for the body itself); expressions are
 * skipped. Asked per rule and resource: a body without the block (most of them) allocates nothing.
 */
export function blockInstances(body: Record<string, unknown>, scope: readonly string[]): readonly BlockInstance[] {
  if (scope.length === 0) return [{ path: '', body }];
  const first = body[scope[0]];
  if (typeof first !== 'object' || first === null) return NO_INSTANCES;
  let level: BlockInstance[] = [{ path: '', body }];
  for (const name of scope) {
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

/** The block names of an argument path (`rule.lifecycle` -> `["rule", "lifecycle"]`; '' -> none). */
export function blockPath(scope: string): readonly string[] {
  return scope ? scope.split('.') : [];
}

/** The argument path of a value path: `rule[0].lifecycle.delete_after` -> `rule.lifecycle.delete_after`. */
export function argumentOf(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}
