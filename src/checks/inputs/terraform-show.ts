/**
 * Plans and states as `terraform show -json` writes them (Terraform's "JSON
 * Output Format"), read into the same stack model as a `cdk.tf.json`, so the
 * rules judge the same data whichever form it comes in:
 *
 * - resources from `planned_values.root_module` and its `child_modules`
 *   (plans) or `values.root_module` (states), with module addresses
 *   (`module.network.aws_subnet.private[0]`); managed resources only;
 * - in a plan, a value still unknown (`resource_changes[].change.after_unknown`)
 *   becomes an expression, as in a configuration: `${<what it references>}`
 *   when the configuration says (so the rules still see which resource points
 *   at which), else `${(known after apply)}`; known values are judged as they
 *   are (variables and known attributes resolved);
 * - in a plan, only the arguments the configuration sets (and nested blocks,
 *   which `dynamic` blocks may have produced: the configuration does not list
 *   those), so attributes the provider computes are not judged as if the user
 *   had written them; a state has no configuration: its unset values (null,
 *   "" and empty collections) are dropped;
 * - provider configurations from `configuration.provider_config`, each
 *   resource with the one its `provider_config_key` names;
 * - in a plan, what each module output references
 *   (`configuration...module_calls.<call>.module.outputs`), so a reference
 *   to `module.vpc.vpc_id` is matched to the module's VPC.
 */
import { checkArguments, NAME, SHOW_JSON } from '../arguments';
import { isObject, JsonObject } from '../json';
import { ProviderConfiguration, providerNameOf, TerraformJsonResource, TerraformJsonStack } from '../stack';
import { parseInstanceAddress } from './addresses';

/** The expression a value still unknown in a plan becomes when the configuration names nothing it depends on. */
export const KNOWN_AFTER_APPLY = '${(known after apply)}';

type Expressions = JsonObject;

/** An expression representation (`constant_value` or `references`), as opposed to a nested block's expressions. */
function isExpression(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  if ('constant_value' in value) return true;
  // `{}` is an expression with neither a constant nor a reference (a function call); an empty block has no meaning here.
  // (A loop rather than Object.keys: asked for every argument of every resource of a plan.)
  let empty = true;
  for (const k in value) {
    if (k !== 'references') return false;
    empty = false;
  }
  return empty || Array.isArray(value.references);
}

/** An expression that is a constant, as {@link bodyOf} reads it: an expression, nothing referenced (its value is never read). */
const CONSTANT: JsonObject = Object.freeze({ constant_value: null });

/** Nesting below which {@link withoutConstants} leaves expressions as they are (a guard: configurations nest a few levels). */
const CONSTANTS_DEPTH = 32;

/**
 * A resource's expressions (of a plan's configuration), changed in place so
 * that each expression that is only a constant is one shared
 * `{ constant_value: null }`: {@link bodyOf} reads of an expression whether
 * it is one and what it references, never its constant (the planned values
 * have it), and a large plan's configuration holds the constants of every
 * resource until the stack is built. Walks them as `bodyOf` does: a key's
 * expression, or its nested block (an object, or a list of them).
 */
export function withoutConstants(expressions: unknown, depth = 0): unknown {
  if (!isObject(expressions) || depth > CONSTANTS_DEPTH) return expressions;
  for (const key in expressions) {
    // `__proto__` (an own key JSON.parse may give) is left alone: assigning it would set the prototype.
    if (key === '__proto__') continue;
    const e = expressions[key];
    if (isExpression(e)) {
      if (isConstantOnly(e)) (expressions as Record<string, unknown>)[key] = CONSTANT;
    } else if (Array.isArray(e)) {
      for (const block of e) withoutConstants(block, depth + 1);
    } else withoutConstants(e, depth + 1);
  }
  return expressions;
}

/** `{ "constant_value": ... }` and nothing else. */
function isConstantOnly(e: JsonObject): boolean {
  let only = false;
  for (const k in e) {
    if (k !== 'constant_value') return false;
    only = true;
  }
  return only;
}

const NOT_ADDRESSES = /^(var|local|each|count|path|terraform|self)\b/;

/**
 * The references of an expression that name resources (or data sources, or
 * module outputs), absolute from the root module (`aws_kms_key.k.arn` in
 * `module.app` -> `module.app.aws_kms_key.k.arn`). Only the most precise of
 * each chain (the format lists `a.b.c`, then the implied `a.b`).
 */
function references(list: readonly unknown[], module: string, resourcesOnly: boolean): string[] {
  const kept: string[] = [];
  for (const r of list) {
    if (typeof r !== 'string' || r === '') continue;
    if (kept.some((k) => k === r || (k.startsWith(r) && (k[r.length] === '.' || k[r.length] === '[')))) continue;
    kept.push(r);
  }
  const chosen = resourcesOnly ? kept.filter((r) => !NOT_ADDRESSES.test(r)) : kept;
  return chosen.map((r) => (module !== '' && !NOT_ADDRESSES.test(r) ? `${module}.${r}` : r));
}

/** References as one Terraform JSON expression string: `${a}${b}`. */
const asExpression = (refs: readonly string[]): string => refs.map((r) => `\${${r}}`).join('');

/** Unset, as a state without configuration records it: the zero values of an argument nobody set. */
function unset(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

/** A nested block in values: a list of objects, or one object holding an object or a list (not a map of scalars). */
function isBlockValue(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0 && value.every(isObject);
  if (!isObject(value)) return false;
  for (const k in value) if (typeof value[k] === 'object' && value[k] !== null) return true;
  return false;
}

interface Conversion {
  readonly module: string;
}

/**
 * Rebuilds a resource body from its values, its unknowns (`after_unknown`)
 * and its configuration's expressions (undefined: no configuration, keep
 * what is set).
 */
function bodyOf(values: unknown, unknown: unknown, expressions: Expressions | undefined, c: Conversion): JsonObject {
  const out: Record<string, unknown> = {};
  const v = isObject(values) ? values : {};
  const u = isObject(unknown) ? unknown : {};
  for (const key in u) if (!(key in v)) convertKey(out, key, v, u, expressions, c);
  for (const key in v) convertKey(out, key, v, u, expressions, c);
  return out;
}

/** One argument of a body, into `out`. */
function convertKey(out: Record<string, unknown>, key: string, v: JsonObject, u: JsonObject, expressions: Expressions | undefined, c: Conversion): void {
  const expression = expressions?.[key];
  if (expressions !== undefined && expression === undefined) {
    // Not in the configuration: computed by the provider, or a block a `dynamic` block wrote.
    if (isBlockValue(v[key])) out[key] = blockValue(v[key], u[key], undefined, c);
    return;
  }
  // Without the configuration (a state), an attribute the provider computes reads as its zero value when it was
  // never set (SNS `signature_version: 0`): that is "unset", not a value anyone asked AWS to accept.
  if (expressions === undefined && isZeroValue(v[key])) return;
  const value = attributeValue(v[key], u[key], expression, c);
  if (value !== undefined) out[key] = value;
}

function isZeroValue(value: unknown): boolean {
  return value === 0 || value === '' || (Array.isArray(value) && value.length === 0) || (isObject(value) && Object.keys(value).length === 0);
}

function blockValue(value: unknown, unknown: unknown, expressions: unknown, c: Conversion): unknown {
  if (Array.isArray(value)) {
    const exprs = Array.isArray(expressions) ? expressions : [];
    const unknowns = Array.isArray(unknown) ? unknown : [];
    return value.map((item, i) => (isObject(item) ? bodyOf(item, unknowns[i], isObject(exprs[i]) ? exprs[i] : undefined, c) : item));
  }
  return bodyOf(value, unknown, isObject(expressions) && !isExpression(expressions) ? expressions : undefined, c);
}

function attributeValue(value: unknown, unknown: unknown, expression: unknown, c: Conversion): unknown {
  if (isExpression(expression)) {
    // Known values are judged as they are (a plan resolves variables and known attributes); what is still
    // unknown is shown as the references it waits for, as the configuration (and a cdk.tf.json) writes them.
    if (!hasUnknown(unknown)) return withUnknowns(value, unknown);
    const refs = Array.isArray(expression.references) ? references(expression.references, c.module, true) : [];
    if (refs.length > 0) return referenced(value, unknown, refs);
    return withUnknowns(value, unknown);
  }
  if (expression !== undefined) {
    // A nested block (list, set or single) with its own expressions.
    if (unknown === true) return KNOWN_AFTER_APPLY;
    if (value === null || value === undefined) return undefined;
    return blockValue(value, unknown, expression, c);
  }
  // No configuration at all (a state): what is set, as it is.
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (unset(value)) return undefined;
  if (Array.isArray(value)) return value.map((item, i) => (isObject(item) ? bodyOf(item, Array.isArray(unknown) ? unknown[i] : undefined, undefined, c) : item));
  if (isObject(value)) return isBlockValue(value) ? bodyOf(value, unknown, undefined, c) : value;
  return value;
}

/**
 * An argument that waits for other resources' attributes, shown as the
 * references, as the configuration (and a cdk.tf.json) says it: a whole
 * value, or each unknown item of a list whose items are references
 * (`[aws_sns_topic.page.arn]`: the i-th reference when there is one per
 * item). Known items of a list stay.
 */
function referenced(value: unknown, unknown: unknown, refs: readonly string[]): unknown {
  if (Array.isArray(value) && unknown !== true) {
    const unknowns = Array.isArray(unknown) ? unknown : [];
    return value.map((item, i) => (unknowns[i] === true ? asExpression(refs.length === value.length ? [refs[i]] : refs) : withUnknowns(item, unknowns[i]) ?? null));
  }
  return asExpression(refs);
}

/** True when an `after_unknown` entry marks something unknown (itself, or an item or key inside it). */
function hasUnknown(unknown: unknown): boolean {
  if (unknown === true) return true;
  if (Array.isArray(unknown)) return unknown.some(hasUnknown);
  if (!isObject(unknown)) return false;
  for (const k in unknown) if (hasUnknown(unknown[k])) return true;
  return false;
}

/** A known value with the unknowns inside it (a list or map partly unknown) as expressions. */
function withUnknowns(value: unknown, unknown: unknown): unknown {
  if (unknown === true) return KNOWN_AFTER_APPLY;
  if (value === null) return undefined;
  if (Array.isArray(value) && Array.isArray(unknown)) return value.map((item, i) => withUnknowns(item, unknown[i]) ?? null);
  if (isObject(value) && isObject(unknown)) {
    const out: Record<string, unknown> = {};
    for (const k of new Set([...Object.keys(value), ...Object.keys(unknown)])) {
      const item = withUnknowns(value[k], unknown[k]);
      if (item !== undefined) out[k] = item;
    }
    return out;
  }
  return value;
}

/** A provider block's expressions as Terraform JSON: constants as values, anything else as an expression. */
function decodeBlock(expressions: unknown): JsonObject {
  const out: Record<string, unknown> = {};
  if (!isObject(expressions)) return out;
  for (const [key, e] of Object.entries(expressions)) {
    if (isExpression(e)) {
      if ('constant_value' in e) out[key] = e.constant_value;
      else {
        const refs = Array.isArray(e.references) ? references(e.references, '', false) : [];
        out[key] = refs.length > 0 ? asExpression(refs) : KNOWN_AFTER_APPLY;
      }
    } else if (Array.isArray(e)) out[key] = e.map(decodeBlock);
    else if (isObject(e)) out[key] = decodeBlock(e);
  }
  return out;
}

/** A resource of the configuration representation: `provider_config_key`, `expressions`. */
type ConfiguredResource = JsonObject;

/**
 * The configuration's resources by module call path (`''` at the root,
 * `app.net` for `module.app.module.net`, instance keys left out) and
 * module-relative address (`aws_subnet.private`).
 */
function configuredResources(module: unknown, calls: string, out: Map<string, Map<string, ConfiguredResource>>): Map<string, Map<string, ConfiguredResource>> {
  if (!isObject(module)) return out;
  const here = new Map<string, ConfiguredResource>();
  out.set(calls, here);
  if (Array.isArray(module.resources)) {
    for (const r of module.resources) if (isObject(r) && typeof r.address === 'string') here.set(r.address, r);
  }
  if (isObject(module.module_calls)) {
    for (const name in module.module_calls) {
      const call = module.module_calls[name];
      if (isObject(call)) configuredResources(call.module, calls === '' ? name : `${calls}.${name}`, out);
    }
  }
  return out;
}

/**
 * What each module output stands for, by its absolute name
 * (`module.vpc.vpc_id` -> `${module.vpc.aws_vpc.this[0].id}`): the
 * references of the output's expression in the configuration, so that a
 * root resource naming `module.vpc.vpc_id` is matched to the module's VPC.
 */
function moduleOutputs(module: unknown, path: string, out: Record<string, string>): Record<string, string> {
  if (!isObject(module) || !isObject(module.module_calls)) return out;
  for (const [name, call] of Object.entries(module.module_calls)) {
    if (!isObject(call) || !isObject(call.module)) continue;
    const prefix = `${path}module.${name}`;
    for (const [output, o] of Object.entries(isObject(call.module.outputs) ? call.module.outputs : {})) {
      const refs = isObject(o) && isObject(o.expression) && Array.isArray(o.expression.references) ? references(o.expression.references, prefix, true) : [];
      if (refs.length > 0) out[`${prefix}.${output}`] = asExpression(refs);
    }
    moduleOutputs(call.module, `${prefix}.`, out);
  }
  return out;
}

function providerConfigurations(configuration: unknown): ProviderConfiguration[] {
  const configs = isObject(configuration) && isObject(configuration.provider_config) ? configuration.provider_config : {};
  const out: ProviderConfiguration[] = [];
  for (const [key, p] of Object.entries(configs)) {
    if (!isObject(p)) continue;
    const name = typeof p.name === 'string' ? p.name : key.replace(/^.*:/, '').replace(/\..*$/, '');
    out.push({ key, name, ...(typeof p.alias === 'string' && p.alias !== '' ? { alias: p.alias } : {}), config: decodeBlock(p.expressions) });
  }
  return out;
}

/**
 * The key of the configuration a resource uses. Older Terraform versions
 * name a configuration a module inherits by the module's own key
 * (`module.app:aws`): fall back up the module path to one that exists.
 */
function resolveProviderKey(key: string, known: ReadonlySet<string>): string {
  let k = key;
  while (!known.has(k)) {
    const m = /^(.*)\.module\.[^.:]+:(.*)$/.exec(k) ?? /^module\.[^.:]+:(.*)$/.exec(k);
    if (!m) return key;
    k = m.length === 3 ? `${m[1]}:${m[2]}` : m[1];
  }
  return k;
}

/** A resource of a values representation, as the stack is built from it. */
export interface ValuesResource {
  readonly address: string;
  readonly type: string;
  readonly name: string;
  readonly values: unknown;
}

/** Visits resources one at a time (a file read as it comes need not hold them all). */
export type EachResource = (visit: (resource: ValuesResource) => void) => void;

/** A resource entry of a values representation's module; undefined for data sources and entries without address or type. */
export function valuesResource(r: unknown): ValuesResource | undefined {
  if (!isObject(r) || (r.mode !== undefined && r.mode !== 'managed')) return undefined;
  if (typeof r.address !== 'string' || typeof r.type !== 'string') return undefined;
  return { address: r.address, type: r.type, name: typeof r.name === 'string' ? r.name : r.address, values: r.values };
}

/** Every managed resource of a values representation's module tree, depth first. */
function eachValuesResource(module: unknown, visit: (resource: ValuesResource) => void): void {
  if (!isObject(module)) return;
  for (const entry of Array.isArray(module.resources) ? module.resources : []) {
    const r = valuesResource(entry);
    if (r !== undefined) visit(r);
  }
  for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) eachValuesResource(child, visit);
}

/** Where a resource instance's configuration is: module call path and module-relative address (see `configuredResources`). */
function configurationOf(address: string): { module: string; calls: string; local: string } | undefined {
  // The common case, a root module resource without instance key (`aws_vpc.main`), needs no parsing.
  const dot = address.indexOf('.');
  if (dot > 0 && dot === address.lastIndexOf('.') && !address.includes('[') && !address.includes('"') && !address.startsWith('module.')) {
    return { module: '', calls: '', local: address };
  }
  const parsed = parseInstanceAddress(address);
  return parsed && { module: parsed.module, calls: parsed.moduleCalls.join('.'), local: `${parsed.type}.${parsed.name}` };
}

function build(name: string, origin: 'plan' | 'state', resources: EachResource, unknowns: Map<string, unknown>, configuration: unknown): TerraformJsonStack {
  const hasConfiguration = isObject(configuration) && isObject(configuration.root_module);
  const configured = hasConfiguration ? configuredResources(configuration.root_module, '', new Map()) : new Map<string, Map<string, ConfiguredResource>>();
  const providers = providerConfigurations(configuration);
  const knownKeys = new Set(providers.map((p) => p.key));
  const providerKeys = new Map<string, string>();
  const out: TerraformJsonResource[] = [];
  resources((r) => {
    const where = configurationOf(r.address);
    const config = where && configured.get(where.calls)?.get(where.local);
    // Without the resource's configuration (a state, or a plan that lacks it), keep what is set.
    const expressions = hasConfiguration && config !== undefined ? (isObject(config.expressions) ? config.expressions : {}) : undefined;
    const body: Record<string, unknown> = bodyOf(r.values, unknowns.get(r.address), expressions, { module: where?.module ?? '' });
    if (typeof config?.provider_config_key === 'string') {
      const key = resolveProviderKey(config.provider_config_key, knownKeys);
      // The meta-argument a configuration would carry for a non-default provider (rules compare placements by it).
      // A resource of its provider's default configuration needs neither: the stack falls back to that.
      if (key !== providerNameOf(r.type)) {
        providerKeys.set(r.address, key);
        body.provider = key;
      }
    }
    out.push({ type: r.type, name: r.name, address: r.address, body });
  });
  const aliases = hasConfiguration ? moduleOutputs(configuration.root_module, '', {}) : {};
  return TerraformJsonStack.fromModel({ origin, resources: out, providers, providerKeys, aliases }, name);
}

/** Reads a plan (`terraform show -json PLANFILE`) into a stack model. */
export function stackFromPlan(plan: JsonObject, name: string): TerraformJsonStack {
  checkArguments('stackFromPlan', { plan, name }, { plan: SHOW_JSON('a plan (terraform show -json PLANFILE)'), name: NAME });
  return planStack(plan, name);
}

/**
 * {@link stackFromPlan}, with the resources of the planned values given by
 * `planned` instead of `plan.planned_values` (which must then be an object):
 * a file read as it comes visits them one at a time.
 */
export function planStack(plan: JsonObject, name: string, planned?: EachResource): TerraformJsonStack {
  const changes = Array.isArray(plan.resource_changes) ? plan.resource_changes : [];
  // planned_values is the planned state; without it, the changes' `after` values are the same data.
  const hasPlanned = isObject(plan.planned_values);
  const unknowns = new Map<string, unknown>();
  const afterValues: ValuesResource[] = [];
  for (const rc of changes) {
    if (!isObject(rc) || typeof rc.address !== 'string' || rc.deposed !== undefined || !isObject(rc.change)) continue;
    unknowns.set(rc.address, rc.change.after_unknown);
    if (hasPlanned) continue;
    const actions = Array.isArray(rc.change.actions) ? rc.change.actions : [];
    if ((rc.mode === undefined || rc.mode === 'managed') && typeof rc.type === 'string' && isObject(rc.change.after) && !(actions.length === 1 && actions[0] === 'delete')) {
      afterValues.push({ address: rc.address, type: rc.type, name: typeof rc.name === 'string' ? rc.name : rc.address, values: rc.change.after });
    }
  }
  const resources: EachResource = !hasPlanned ? (visit) => afterValues.forEach((r) => visit(r)) : (planned ?? ((visit) => eachValuesResource((plan.planned_values as JsonObject).root_module, visit)));
  return build(name, 'plan', resources, unknowns, plan.configuration);
}

/** Reads a state (`terraform show -json` of a state file) into a stack model. */
export function stackFromState(state: JsonObject, name: string): TerraformJsonStack {
  checkArguments('stackFromState', { state, name }, { state: SHOW_JSON('a state (terraform show -json)'), name: NAME });
  return stateStack(state, name);
}

/** {@link stackFromState}, with the resources of `state.values` given by `current` (see {@link planStack}). */
export function stateStack(state: JsonObject, name: string, current?: EachResource): TerraformJsonStack {
  const values = isObject(state.values) ? state.values : {};
  const resources: EachResource = current ?? ((visit) => eachValuesResource(values.root_module, visit));
  return build(name, 'state', resources, new Map(), undefined);
}
