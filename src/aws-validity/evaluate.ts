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
import { argumentOf, blockInstances, blockPath, walk, WalkIndex } from './private/walk';
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

/** A type's tables with what checking one resource needs, worked out once per type (asked per resource of 50,000). */
interface Prepared {
  readonly rules: ResourceRules;
  readonly walk: WalkIndex;
  /** The cross-argument rules, in table order, each with its block path split. */
  readonly cross: readonly { readonly rule: CrossArgumentRule; readonly scope: readonly string[] }[];
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

/** The type's maps, every argument path at or above a rule (and `tags` when taggable), and the cross-argument rules' block paths. */
function prepare(rules: ResourceRules): Prepared {
  const judged = new Set<string>();
  const paths = Object.keys(rules.arguments);
  if (rules.taggable) paths.push('tags');
  for (const path of paths) {
    const parts = path.split('.');
    for (let i = 1; i <= parts.length; i++) judged.add(parts.slice(0, i).join('.'));
  }
  return { rules, walk: { maps: new Set(rules.maps), judged }, cross: rules.crossArgument.map((rule) => ({ rule, scope: blockPath(rule.scope) })) };
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

function valueViolations({ rules, walk: index }: Prepared, body: Record<string, unknown>, prefixArgument = '', prefixPath = '', opaque: OpaqueTest = isOpaque): Violation[] {
  const out: Violation[] = [];
  walk(
    body,
    index,
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

function crossViolation(rules: ResourceRules, rule: CrossArgumentRule, path: string, instance: Record<string, unknown>, out: Violation[]): void {
  const allowed = crossBreach(rule, instance);
  if (allowed === undefined) return;
  const at = rule.subject ?? rule.others.join('|');
  out.push({ resourceType: rules.resourceType, path: path ? `${path}.${at}` : at, value: rule.subject ? instance[rule.subject] : undefined, allowed, source: rule.source, rule: rule.id });
}

function crossViolations({ rules, cross }: Prepared, body: Record<string, unknown>, out: Violation[]): void {
  for (const { rule, scope } of cross) {
    // Most rules are about the body itself: no list of block instances for them.
    if (scope.length === 0) crossViolation(rules, rule, '', body, out);
    else for (const instance of blockInstances(body, scope)) crossViolation(rules, rule, instance.path, instance.body, out);
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
  const out = valueViolations(prepared, body);
  crossViolations(prepared, body, out);
  regionViolations(resourceType, body, context, out);
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
  return valueViolations(prepared, { [argument.slice(dot + 1)]: value }, dot < 0 ? '' : argument.slice(0, dot), pathDot < 0 ? '' : path.slice(0, pathDot), opaque);
}

/** The rules of one argument (`rule.lifecycle.delete_after`; list indexes are ignored), for docs and prop specs. */
export function argumentRules(resourceType: string, path: string): ArgumentRule | undefined {
  return rulesOf(resourceType)?.arguments[argumentOf(path)];
}

/** The Terraform resource types the tables cover, sorted. */
export function coveredResourceTypes(): string[] {
  return Object.keys(RULE_LOADERS).sort();
}
