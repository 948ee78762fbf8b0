/** The argument paths of a type's tables as the evaluator walks a body along them, and a body's block instances. */
import type { ArgumentRule, ResourceRules } from '../types';
import { isPlainObject } from './values';

/** Terraform's meta-arguments: never provider arguments. */
const META_ARGUMENTS = new Set(['//', 'count', 'for_each', 'depends_on', 'provider', 'lifecycle', 'provisioner', 'connection']);

/**
 * One argument path of a type's tables as the walk meets it: a tree built once per type, so that checking a body
 * visits only its keys that hold a judged value, with no path string to build and hash on the way.
 */
export interface ArgumentNode {
  /** The argument path, without list indexes (`rule.lifecycle.delete_after`). */
  readonly argument: string;
  /** Its rule, when it has one. */
  readonly rule: ArgumentRule | undefined;
  /**
   * With a rule: whether a value of it may break one of its constraints, false when it surely breaks none (an
   * expression or UNKNOWN breaks none). Asked before the constraints themselves, which build the words of a breach.
   * Compiled on the first value met (most of a type's arguments are never set): until then, a stand-in that compiles
   * the filter, puts it here and asks it.
   */
  mayBreach: ((value: unknown) => boolean) | undefined;
  /** The `tags` map of a taggable type (the tag facts apply to it). */
  readonly tags: boolean;
  /** The judged paths one level down, by name; undefined when none. */
  readonly children: ReadonlyMap<string, ArgumentNode> | undefined;
  /** The argument is a map: its keys are data, not argument names (the walk does not descend). */
  readonly map: boolean;
  /** At the top level: the argument's mark, when other checks read it ({@link ArgumentTreeOptions.reads}); else 0. */
  readonly reads: number;
}

/** Options of {@link argumentTree}. */
export interface ArgumentTreeOptions {
  /** Per top-level argument other checks read (cross-argument rules, ARN facts), the bit to mark it with. */
  readonly reads: ReadonlyMap<string, number>;
  /** The filter of a rule's constraints ({@link ArgumentNode.mayBreach}). */
  readonly mayBreach: (rule: ArgumentRule) => (value: unknown) => boolean;
}

/**
 * The top level of a type's argument tree: every argument path with a rule, and the paths above them (and `tags` when
 * taggable), by name; meta-arguments never (a `count` is never a provider argument).
 */
export function argumentTree(rules: ResourceRules, options: ArgumentTreeOptions): ReadonlyMap<string, ArgumentNode> {
  const judged = new Set<string>();
  const paths = Object.keys(rules.arguments);
  if (rules.taggable) paths.push('tags');
  for (const path of paths) {
    const parts = path.split('.');
    for (let i = 1; i <= parts.length; i++) judged.add(parts.slice(0, i).join('.'));
  }
  // The judged paths by the path above them ('' for the body's arguments).
  const byParent = new Map<string, string[]>();
  for (const argument of judged) {
    const dot = argument.lastIndexOf('.');
    const parent = dot < 0 ? '' : argument.slice(0, dot);
    const siblings = byParent.get(parent);
    if (siblings === undefined) byParent.set(parent, [argument]);
    else siblings.push(argument);
  }
  const maps = new Set(rules.maps);
  const level = (prefix: string): Map<string, ArgumentNode> | undefined => {
    const out = new Map<string, ArgumentNode>();
    for (const argument of byParent.get(prefix) ?? []) {
      const name = argument.slice(argument.lastIndexOf('.') + 1);
      if (!prefix && META_ARGUMENTS.has(name)) continue;
      const rule = Object.prototype.hasOwnProperty.call(rules.arguments, argument) ? rules.arguments[argument] : undefined;
      const children = level(argument);
      // Every node has every field (one shape for the walk's property reads).
      const node: ArgumentNode = {
        argument,
        rule,
        mayBreach: undefined,
        tags: argument === 'tags' && rules.taggable,
        children,
        map: maps.has(argument),
        reads: prefix ? 0 : (options.reads.get(name) ?? 0),
      };
      if (rule !== undefined) node.mayBreach = (value) => (node.mayBreach = options.mayBreach(rule))(value);
      out.set(name, node);
    }
    return out.size > 0 ? out : undefined;
  };
  const top = level('') ?? new Map<string, ArgumentNode>();
  // Arguments only other checks read: a node that marks them and judges nothing.
  for (const [name, reads] of options.reads) {
    const node = top.get(name);
    if (node === undefined) top.set(name, { argument: name, rule: undefined, mayBreach: undefined, tags: false, children: undefined, map: false, reads });
  }
  return top;
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
  if (scope.length === 1) {
    // A block of the body (most scopes): its instances without the levels.
    const name = scope[0];
    if (!Array.isArray(first)) return [{ path: name, body: first as Record<string, unknown> }];
    const instances: BlockInstance[] = [];
    for (let i = 0; i < first.length; i++) {
      const item: unknown = first[i];
      if (isPlainObject(item)) instances.push({ path: `${name}[${i}]`, body: item });
    }
    return instances;
  }
  let level: BlockInstance[] = [{ path: '', body }];
  for (const name of scope) {
    const next: BlockInstance[] = [];
    for (const { path, body: b } of level) {
      const v = b[name];
      const at = path ? `${path}.${name}` : name;
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
