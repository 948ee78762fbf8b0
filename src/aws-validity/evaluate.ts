/**
 * The evaluator: checks literal argument values of a Terraform resource body
 * against the generated tables (AWS API models and provider validators) and
 * the hand-kept facts. Pure: no cdktf import, tables load per type on first use.
 */
import { RULE_LOADERS } from './generated';
import { breach, breachTest } from './private/constraints';
import { crossBreach } from './private/cross';
import { ArnArgument, arnArgumentsOf, regionViolations, tagViolations } from './private/fact-checks';
import { isOpaque, isOpaqueUserText, isPlainObject, OpaqueTest, UNKNOWN } from './private/values';
import { argumentOf, ArgumentNode, argumentTree, blockInstances, blockPath } from './private/walk';
import type { ArgumentRule, Constraint, CrossArgumentRule, ResourceRules } from './types';

export { UNKNOWN };

/** One value AWS or the provider would refuse. */
export interface Violation {
  /** The Terraform resource type, e.g. `aws_backup_vault`. */
  readonly resourceType: string;
  /** The value's path in the body, with list indexes: `rule[0].lifecycle.delete_after`. */
  readonly path: string;
  readonly value: unknown;
  /** What is allowed, in words. */
  readonly allowed: string;
  /** Where the rule comes from: model file + shape + trait, provider file + line + validator, or a documentation page. */
  readonly source: string;
  /** A stable id, e.g. `aws_backup_vault.name.pattern`. */
  readonly rule: string;
}

/** Where the resource is, for the Region-dependent facts. */
export interface ValidationContext {
  /** The Region of the provider the resource uses. */
  readonly region?: string;
  /** The partition; derived from `region` when not given. */
  readonly partition?: string;
}

/** A cross-argument rule with its block path split. */
interface PreparedCross {
  readonly rule: CrossArgumentRule;
  readonly scope: readonly string[];
  /**
   * The mark ({@link ArgumentNode.reads}) of the top-level argument a body must have for the rule to be broken: a
   * conflicts-with or required-with needs its subject set, a rule inside a block needs the block. 0 when absence can
   * break it (an exactly-one-of or at-least-one-of of the body): it is always judged.
   */
  readonly mask: number;
}

/** A type's tables with what checking one resource needs, worked out once per type (asked per resource of 50,000). */
interface Prepared {
  readonly rules: ResourceRules;
  /** The judged arguments by name, and the top-level arguments the cross-argument rules and ARN facts read. */
  readonly top: ReadonlyMap<string, ArgumentNode>;
  /** The cross-argument rules, in table order. */
  readonly cross: readonly PreparedCross[];
  /** The ARN arguments that must be in the resource's Region or partition. */
  readonly arns: readonly ArnArgument[];
  /** The marks of their top-level arguments. */
  readonly arnMask: number;
}

const loaded = new Map<string, Prepared | null>();

/** The type's tables and what the checks need of them, loaded and built on first use; undefined when it is not covered. */
function preparedOf(resourceType: string): Prepared | undefined {
  let p = loaded.get(resourceType);
  if (p === undefined) {
    const load = Object.prototype.hasOwnProperty.call(RULE_LOADERS, resourceType) ? RULE_LOADERS[resourceType] : undefined;
    const rules = load?.();
    p = rules ? prepare(rules) : null;
    loaded.set(resourceType, p);
  }
  return p ?? undefined;
}

/** The tables of `resourceType`, loaded on first use; undefined when it is not covered. */
export function rulesOf(resourceType: string): ResourceRules | undefined {
  return preparedOf(resourceType)?.rules;
}

/** The top-level argument a cross-argument rule needs in the body to be broken; undefined when absence can break it. */
function gateOf(rule: CrossArgumentRule, scope: readonly string[]): string | undefined {
  if (scope.length > 0) return scope[0];
  // Without a subject, crossBreach never reports a conflicts-with or required-with: any gate will do.
  if (rule.kind === 'conflicts_with' || rule.kind === 'required_with') return rule.subject ?? '';
  return undefined;
}

/** Marks for 30 top-level arguments of a type, one bit each; any further ones share the last bit (checked together). */
const MARKS = 31;

/** The type's argument tree, cross-argument rules and ARN arguments, ready for {@link validateResource}. */
function prepare(rules: ResourceRules): Prepared {
  const reads = new Map<string, number>();
  const mark = (name: string): number => {
    let bit = reads.get(name);
    if (bit === undefined) reads.set(name, (bit = 1 << Math.min(reads.size, MARKS - 1)));
    return bit;
  };
  const cross = rules.crossArgument.map((rule) => {
    const scope = blockPath(rule.scope);
    const gate = gateOf(rule, scope);
    return { rule, scope, mask: gate !== undefined ? mark(gate) : 0 };
  });
  const arns = arnArgumentsOf(rules.resourceType);
  let arnMask = 0;
  for (const a of arns) arnMask |= mark(a.scope.length > 0 ? a.scope[0] : a.name);
  return { rules, top: argumentTree(rules, { reads, mayBreach: breachFilter }), cross, arns, arnMask };
}

/**
 * Whether a value of an argument may break one of the rule's constraints ({@link ArgumentNode.mayBreach}): each
 * constraint compiled once ({@link breachTest}), so that most values, which break nothing, cost no more than these
 * tests. On true, {@link constraintViolations} judges the value again and words what it breaks.
 */
function breachFilter(rule: ArgumentRule): (value: unknown) => boolean {
  const whole = rule.constraints.filter((c) => c.applies === 'value').map(breachTest);
  const each = rule.constraints.filter((c) => c.applies !== 'value').map(breachTest);
  const isMap = rule.type === 'map';
  const eachBreaks = (item: unknown): boolean => {
    if (isOpaque(item)) return false;
    for (const test of each) if (test(item)) return true;
    return false;
  };
  if (each.length === 0 && whole.length === 1) {
    const [test] = whole;
    return (value) => !isOpaque(value) && test(value);
  }
  return (value) => {
    if (isOpaque(value)) return false;
    for (const test of whole) if (test(value)) return true;
    if (each.length === 0) return false;
    if (Array.isArray(value)) {
      for (const item of value) if (eachBreaks(item)) return true;
    } else if (isMap && value !== null && typeof value === 'object') {
      // for-in also meets inherited keys: at worst a needless second look.
      const map = value as Record<string, unknown>;
      for (const key in map) if (eachBreaks(map[key])) return true;
    }
    return false;
  };
}

function constraintViolations(rules: ResourceRules, rule: ArgumentRule, path: string, value: unknown, opaque: OpaqueTest, out: Violation[]): void {
  // Item paths are built on a breach only: most values breach nothing.
  let byKind: Map<string, number> | undefined;
  for (const c of rule.constraints) {
    if (c.applies === 'value') {
      const allowed = breach(c, value, opaque);
      if (allowed !== undefined) byKind = record(rules, c, path, value, allowed, out, byKind);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const allowed = breach(c, value[i], opaque);
        if (allowed !== undefined) byKind = record(rules, c, `${path}[${i}]`, value[i], allowed, out, byKind);
      }
    } else if (value !== null && typeof value === 'object' && rule.type === 'map') {
      for (const [k, v] of Object.entries(value)) {
        const allowed = breach(c, v, opaque);
        if (allowed !== undefined) byKind = record(rules, c, `${path}["${k}"]`, v, allowed, out, byKind);
      }
    }
  }
}

/**
 * Adds a breach to `out`. The model and the provider often state the same rule (a range, an enum): one finding per
 * path and kind, naming every source, so a user reads one problem once. `byKind` (made on the first breach) holds
 * where each path and kind went in `out`; returned for the next breach of the same value.
 */
function record(rules: ResourceRules, c: Constraint, at: string, value: unknown, allowed: string, out: Violation[], byKind = new Map<string, number>()): Map<string, number> {
  const key = `${at}|${c.kind}`;
  const earlier = byKind.get(key);
  if (earlier !== undefined) out[earlier] = { ...out[earlier], source: `${out[earlier].source}; ${c.source}` };
  else {
    byKind.set(key, out.length);
    out.push({ resourceType: rules.resourceType, path: at, value, allowed, source: c.source, rule: c.id });
  }
  return byKind;
}

/**
 * Checks the judged values of `body` against their rules, depth first in the body's key order: only the body's keys
 * with a node in `nodes` are looked at (no descent into blocks the tables say nothing about, no path built unless a
 * value breaks a rule or holds blocks: the check command walks 50,000 resources). Nested blocks are objects or lists
 * of objects (cdktf writes a single block either way). Returns the marks of the top-level arguments met.
 */
function visit(rules: ResourceRules, nodes: ReadonlyMap<string, ArgumentNode>, body: Record<string, unknown>, path: string, opaque: OpaqueTest, out: Violation[]): number {
  let reads = 0;
  for (const name in body) {
    const node = nodes.get(name);
    if (node === undefined) continue;
    reads |= node.reads;
    const value = body[name];
    const rule = node.rule;
    // The filter knows the expressions isOpaque skips; a user's text (validateArgument) goes straight to the constraints.
    if (rule !== undefined && (opaque !== isOpaque || node.mayBreach!(value))) constraintViolations(rules, rule, path ? `${path}.${name}` : name, value, opaque, out);
    if (node.tags) tagViolations(rules.resourceType, value, 'tags', out);
    const children = node.children;
    if (children === undefined || node.map || opaque(value)) continue;
    if (Array.isArray(value)) {
      const at = path ? `${path}.${name}` : name;
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (isPlainObject(item)) visit(rules, children, item, `${at}[${i}]`, opaque, out);
      }
    } else if (isPlainObject(value)) {
      visit(rules, children, value, path ? `${path}.${name}` : name, opaque, out);
    }
  }
  return reads;
}

/** A breach of a cross-argument rule in one block instance, at `block` (with `[index]` when the instance is a list item). */
function crossViolation(rules: ResourceRules, rule: CrossArgumentRule, block: string, index: number, instance: Record<string, unknown>, out: Violation[]): void {
  const allowed = crossBreach(rule, instance);
  if (allowed === undefined) return;
  const path = index < 0 ? block : `${block}[${index}]`;
  const at = rule.subject ?? rule.others.join('|');
  out.push({ resourceType: rules.resourceType, path: path ? `${path}.${at}` : at, value: rule.subject ? instance[rule.subject] : undefined, allowed, source: rule.source, rule: rule.id });
}

/** The cross-argument violations of a body whose top-level arguments carry the marks `reads`. */
function crossViolations({ rules, cross }: Prepared, body: Record<string, unknown>, reads: number, out: Violation[]): void {
  for (const { rule, scope, mask } of cross) {
    // A rule that needs an argument the body does not have is not looked at: it could not be broken.
    if (mask !== 0 && (reads & mask) === 0) continue;
    if (scope.length === 0) crossViolation(rules, rule, '', -1, body, out);
    else if (scope.length === 1) {
      // A block of the body (most scoped rules), as blockInstances lists its instances, without the list.
      const block = scope[0];
      const value = body[block];
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (isPlainObject(item)) crossViolation(rules, rule, block, i, item, out);
        }
      } else if (isPlainObject(value)) crossViolation(rules, rule, block, -1, value, out);
    } else for (const instance of blockInstances(body, scope)) crossViolation(rules, rule, instance.path, -1, instance.body, out);
  }
}

/**
 * Every literal value of `body` (a Terraform JSON resource body, snake_case)
 * that AWS or the provider would refuse. Expressions (`${...}`) and
 * {@link UNKNOWN} are skipped; so is every type not covered
 * ({@link coveredResourceTypes}). Region-dependent facts apply only when
 * `context.region` is given.
 */
export function validateResource(resourceType: string, body: Record<string, unknown>, context: ValidationContext = {}): Violation[] {
  const prepared = preparedOf(resourceType);
  if (!prepared || body === null || typeof body !== 'object') return [];
  const out: Violation[] = [];
  const reads = visit(prepared.rules, prepared.top, body, '', isOpaque, out);
  // The marks of the body's top-level arguments, as for-in meets them (a JSON body has no others): the rules and facts
  // that need an argument the body does not have are skipped, they could not report anything.
  crossViolations(prepared, body, reads, out);
  if ((reads & prepared.arnMask) !== 0 || body.region !== undefined) regionViolations(resourceType, prepared.arns, body, context, out);
  return out;
}

/**
 * The violations of one argument's value: `path` is the argument's path in
 * the body (`rule[0].lifecycle.delete_after` or `rule.lifecycle.delete_after`).
 * A block value is checked through; cross-argument rules need the whole body
 * ({@link validateResource}).
 */
export function validateArgument(resourceType: string, path: string, value: unknown, options: { readonly userText?: boolean } = {}): Violation[] {
  const prepared = preparedOf(resourceType);
  if (!prepared) return [];
  const argument = argumentOf(path);
  const dot = argument.lastIndexOf('.');
  const pathDot = path.lastIndexOf('.');
  const opaque = options.userText ? isOpaqueUserText : isOpaque;
  // The nodes of the argument's block (the top level for an argument of the body).
  let nodes: ReadonlyMap<string, ArgumentNode> | undefined = prepared.top;
  if (dot >= 0) for (const name of argument.slice(0, dot).split('.')) nodes = nodes?.get(name)?.children;
  const out: Violation[] = [];
  if (nodes !== undefined) visit(prepared.rules, nodes, { [argument.slice(dot + 1)]: value }, pathDot < 0 ? '' : path.slice(0, pathDot), opaque, out);
  return out;
}

/** The rules of one argument (`rule.lifecycle.delete_after`; list indexes are ignored), for docs and prop specs. */
export function argumentRules(resourceType: string, path: string): ArgumentRule | undefined {
  return rulesOf(resourceType)?.arguments[argumentOf(path)];
}

/** The Terraform resource types the tables cover, sorted. */
export function coveredResourceTypes(): string[] {
  return Object.keys(RULE_LOADERS).sort();
}
