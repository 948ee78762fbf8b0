/**
 * The evaluator: checks literal argument values of a Terraform resource body
 * against the generated tables (AWS API models and provider validators) and
 * the hand-kept facts. Pure: no cdktf import, tables load per type on first use.
 */
import { RULE_LOADERS } from './generated';
import { breach } from './private/constraints';
import { crossBreach } from './private/cross';
import { regionViolations, tagViolations } from './private/fact-checks';
import { isOpaque, isOpaqueUserText, OpaqueTest, UNKNOWN } from './private/values';
import { argumentOf, blockInstances, walk, WalkIndex } from './private/walk';
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

const loaded = new Map<string, ResourceRules | undefined>();

/** The tables of `resourceType`, loaded on first use; undefined when it is not covered. */
export function rulesOf(resourceType: string): ResourceRules | undefined {
  if (!loaded.has(resourceType)) {
    const load = Object.prototype.hasOwnProperty.call(RULE_LOADERS, resourceType) ? RULE_LOADERS[resourceType] : undefined;
    loaded.set(resourceType, load?.());
  }
  return loaded.get(resourceType);
}

const walkIndexes = new WeakMap<ResourceRules, WalkIndex>();

/** The type's maps, and every argument path at or above a rule (and `tags` when taggable): built once per type. */
function walkIndexOf(rules: ResourceRules): WalkIndex {
  let index = walkIndexes.get(rules);
  if (index === undefined) {
    const judged = new Set<string>();
    const paths = Object.keys(rules.arguments);
    if (rules.taggable) paths.push('tags');
    for (const p of paths) {
      const parts = p.split('.');
      for (let i = 1; i <= parts.length; i++) judged.add(parts.slice(0, i).join('.'));
    }
    index = { maps: new Set(rules.maps), judged };
    walkIndexes.set(rules, index);
  }
  return index;
}

function constraintViolations(rules: ResourceRules, rule: ArgumentRule, path: string, value: unknown, opaque: OpaqueTest, out: Violation[]): void {
  // The model and the provider often state the same rule (a range, an enum): one finding per path and kind, naming
  // every source, so a user reads one problem once. (Made on the first breach: most values breach nothing.)
  let byKind: Map<string, number> | undefined;
  const check = (c: Constraint, at: string, v: unknown) => {
    const allowed = breach(c, v, opaque);
    if (allowed === undefined) return;
    byKind ??= new Map<string, number>();
    const key = `${at}|${c.kind}`;
    const earlier = byKind.get(key);
    if (earlier !== undefined) {
      out[earlier] = { ...out[earlier], source: `${out[earlier].source}; ${c.source}` };
      return;
    }
    byKind.set(key, out.length);
    out.push({ resourceType: rules.resourceType, path: at, value: v, allowed, source: c.source, rule: c.id });
  };
  for (const c of rule.constraints) {
    if (c.applies === 'value') check(c, path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => check(c, `${path}[${i}]`, item));
    else if (value !== null && typeof value === 'object' && rule.type === 'map') for (const [k, v] of Object.entries(value)) check(c, `${path}["${k}"]`, v);
  }
}

function valueViolations(rules: ResourceRules, body: Record<string, unknown>, prefixArgument = '', prefixPath = '', opaque: OpaqueTest = isOpaque): Violation[] {
  const out: Violation[] = [];
  walk(
    body,
    walkIndexOf(rules),
    (argument, path, value) => {
      const rule = rules.arguments[argument];
      if (rule) constraintViolations(rules, rule, path, value, opaque, out);
      if (argument === 'tags' && rules.taggable) out.push(...tagViolations(rules.resourceType, value));
    },
    prefixArgument,
    prefixPath,
    opaque,
  );
  return out;
}

function crossViolations(rules: ResourceRules, body: Record<string, unknown>, out: Violation[]): void {
  const breached = (rule: CrossArgumentRule, path: string, instance: Record<string, unknown>): void => {
    const allowed = crossBreach(rule, instance);
    if (allowed === undefined) return;
    const at = rule.subject ?? rule.others.join('|');
    out.push({ resourceType: rules.resourceType, path: path ? `${path}.${at}` : at, value: rule.subject ? instance[rule.subject] : undefined, allowed, source: rule.source, rule: rule.id });
  };
  for (const rule of rules.crossArgument) {
    // Most rules are about the body itself: no list of block instances for them.
    if (rule.scope === '') breached(rule, '', body);
    else for (const instance of blockInstances(body, rule.scope)) breached(rule, instance.path, instance.body);
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
  const rules = rulesOf(resourceType);
  if (!rules || body === null || typeof body !== 'object') return [];
  const out = valueViolations(rules, body);
  crossViolations(rules, body, out);
  for (const v of regionViolations(resourceType, body, context)) out.push(v);
  return out;
}

/**
 * The violations of one argument's value: `path` is the argument's path in
 * the body (`rule[0].lifecycle.delete_after` or `rule.lifecycle.delete_after`).
 * A block value is checked through; cross-argument rules need the whole body
 * ({@link validateResource}).
 */
export function validateArgument(resourceType: string, path: string, value: unknown, options: { readonly userText?: boolean } = {}): Violation[] {
  const rules = rulesOf(resourceType);
  if (!rules) return [];
  const argument = argumentOf(path);
  const dot = argument.lastIndexOf('.');
  const pathDot = path.lastIndexOf('.');
  const opaque = options.userText ? isOpaqueUserText : isOpaque;
  return valueViolations(rules, { [argument.slice(dot + 1)]: value }, dot < 0 ? '' : argument.slice(0, dot), pathDot < 0 ? '' : path.slice(0, pathDot), opaque);
}

/** The rules of one argument (`rule.lifecycle.delete_after`; list indexes are ignored), for docs and prop specs. */
export function argumentRules(resourceType: string, path: string): ArgumentRule | undefined {
  return rulesOf(resourceType)?.arguments[argumentOf(path)];
}

/** The Terraform resource types the tables cover, sorted. */
export function coveredResourceTypes(): string[] {
  return Object.keys(RULE_LOADERS).sort();
}
