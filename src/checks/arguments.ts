/**
 * Checks of what a caller hands the rule pack's exported functions
 * (`checkStacks`, `formatFindings`, `formatReport`, `loadStacks`,
 * `stackFromPlan`...), JavaScript and YAML callers too: each argument against
 * a small shape (written as data below), so a wrong value is an
 * `InvalidPropError` naming the function, the argument with its path inside
 * (`results[0].findings[2].severity`), the value and what is allowed, never a
 * TypeError from inside a formatter. Rule lists, settings and families are
 * rule-args.ts's. Pure: no framework import (the `check` command loads
 * without cdktf), hence not core/prop-spec.ts.
 */
import { describeValue, InvalidPropError } from '../core/errors';
import { didYouMean } from '../core/spelling';
import { RULE_FAMILIES } from './rule';
import { checkRuleFamilies, checkRuleList, checkRuleSettings } from './rule-args';
import { TerraformJsonStack } from './stack';

/** What a value must be. Objects list their required and optional fields; `open` ones may hold others. */
export type Shape =
  | { readonly kind: 'string' | 'boolean' | 'unknown' }
  | { readonly kind: 'number'; readonly integer?: boolean; readonly min?: number }
  | { readonly kind: 'oneOf'; readonly values: readonly unknown[] }
  | { readonly kind: 'list'; readonly items: Shape; readonly what?: string }
  | { readonly kind: 'record'; readonly values: Shape; readonly what?: string }
  | { readonly kind: 'object'; readonly what: string; readonly fields: Readonly<Record<string, Shape>>; readonly optional?: Readonly<Record<string, Shape>>; readonly open?: boolean }
  | { readonly kind: 'custom'; readonly check: (where: string, prop: string, value: unknown) => void };

export const shape = {
  string: { kind: 'string' } as Shape,
  boolean: { kind: 'boolean' } as Shape,
  unknown: { kind: 'unknown' } as Shape,
  number: (o: { integer?: boolean; min?: number } = {}): Shape => ({ kind: 'number', ...o }),
  oneOf: (values: readonly unknown[]): Shape => ({ kind: 'oneOf', values }),
  list: (items: Shape, what?: string): Shape => ({ kind: 'list', items, what }),
  record: (values: Shape, what?: string): Shape => ({ kind: 'record', values, what }),
  object: (what: string, fields: Record<string, Shape>, optional: Record<string, Shape> = {}, open = false): Shape => ({ kind: 'object', what, fields, optional, open }),
  /** An object whose fields this check does not read. */
  anyObject: (what: string): Shape => ({ kind: 'object', what, fields: {}, open: true }),
  custom: (check: (where: string, prop: string, value: unknown) => void): Shape => ({ kind: 'custom', check }),
};

function kind(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The keys an object shape knows, in order (its fields, then its optional fields): built once per shape. */
const KNOWN_KEYS = new WeakMap<Shape, { readonly list: readonly string[]; readonly set: ReadonlySet<string> }>();

function knownKeys(s: Shape & { kind: 'object' }): { readonly list: readonly string[]; readonly set: ReadonlySet<string> } {
  let known = KNOWN_KEYS.get(s);
  if (known === undefined) {
    const list = [...Object.keys(s.fields), ...Object.keys(s.optional ?? {})];
    known = { list, set: new Set(list) };
    KNOWN_KEYS.set(s, known);
  }
  return known;
}

/**
 * True when `checkShape` would accept the value, found without building the path of each item, which only an
 * error needs (a custom shape needs its path: false, and the caller checks it in full). The check command's results
 * hold 50,000 judged addresses and thousands of findings, checked by each function they pass through: building a
 * path and an entry list per field of each finding showed as 55 to 330 ms of self time in CPU profiles of the bench's
 * 50,000-resource configuration (busy machine, 2026-12-06).
 */
function passes(value: unknown, s: Shape): boolean {
  switch (s.kind) {
    case 'unknown':
      return true;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && !(s.integer && !Number.isInteger(value)) && !(s.min !== undefined && !(value >= s.min));
    case 'oneOf':
      return s.values.includes(value);
    case 'list':
      if (!Array.isArray(value)) return false;
      for (const item of value) if (!passes(item, s.items)) return false;
      return true;
    case 'record':
      if (!isPlainObject(value)) return false;
      for (const key in value) if (!passes(value[key], s.values)) return false;
      return true;
    case 'object': {
      if (!isPlainObject(value)) return false;
      if (!s.open) {
        const known = knownKeys(s).set;
        for (const key in value) if (!known.has(key)) return false;
      }
      for (const field in s.fields) if (!passes(value[field], s.fields[field])) return false;
      for (const field in s.optional ?? {}) if (value[field] !== undefined && !passes(value[field], s.optional![field])) return false;
      return true;
    }
    case 'custom':
      return false;
  }
}

/** Checks one value against its shape; `where` is the function, `prop` the argument (dotted and indexed into it). */
export function checkShape(where: string, prop: string, value: unknown, s: Shape): void {
  const fail = (allowed: string): never => {
    throw new InvalidPropError(where, prop, value, `${allowed}`);
  };
  switch (s.kind) {
    case 'unknown':
      return;
    case 'string':
      if (typeof value !== 'string') fail(`must be a string (got ${kind(value)})`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') fail(`must be true or false (got ${kind(value)})`);
      return;
    case 'number':
      // A report's numbers may be NaN or Infinity (an SLO the model refused, a 100% objective): only integers are held to more.
      if (typeof value !== 'number' || (s.integer && !Number.isInteger(value)) || (s.min !== undefined && !(value >= s.min))) {
        fail(`must be ${s.integer ? 'an integer' : 'a number'}${s.min !== undefined ? ` of at least ${s.min}` : ''} (got ${kind(value)})`);
      }
      return;
    case 'oneOf':
      if (!s.values.includes(value)) fail(`must be one of ${s.values.map((v) => describeValue(v)).join(', ')}`);
      return;
    case 'list':
      if (!Array.isArray(value)) fail(`must be a list${s.what ? ` of ${s.what}` : ''} (got ${kind(value)})`);
      (value as unknown[]).forEach((item, i) => passes(item, s.items) || checkShape(where, `${prop}[${i}]`, item, s.items));
      return;
    case 'record':
      if (!isPlainObject(value)) fail(`must be an object${s.what ? ` of ${s.what}` : ''} (got ${kind(value)})`);
      for (const [key, item] of Object.entries(value as object)) if (!passes(item, s.values)) checkShape(where, `${prop}.${key}`, item, s.values);
      return;
    case 'object': {
      if (!isPlainObject(value)) fail(`must be ${s.what} (got ${kind(value)})`);
      const object = value as Record<string, unknown>;
      const optional = s.optional ?? {};
      if (!s.open) {
        const { list: known, set } = knownKeys(s);
        for (const key of Object.keys(object)) {
          if (set.has(key)) continue;
          const near = didYouMean(key, known);
          throw new InvalidPropError(where, `${prop}.${key}`, (object as Record<string, unknown>)[key], `is not a known key of ${s.what}${near ? ` (did you mean "${near}"?)` : ` (known: ${known.join(', ')})`}`);
        }
      }
      for (const [field, f] of Object.entries(s.fields)) if (!passes(object[field], f)) checkShape(where, `${prop}.${field}`, object[field], f);
      for (const [field, f] of Object.entries(optional)) if (object[field] !== undefined && !passes(object[field], f)) checkShape(where, `${prop}.${field}`, object[field], f);
      return;
    }
    case 'custom':
      s.check(where, prop, value);
      return;
  }
}

/** Checks a function's arguments, by name, in order; an optional argument's shape accepts `undefined` through `optional()`. */
export function checkArguments(where: string, args: Readonly<Record<string, unknown>>, shapes: Readonly<Record<string, Shape>>): void {
  for (const [name, s] of Object.entries(shapes)) checkShape(where, name, args[name], s);
}

/** Accepts `undefined` (an argument or option left out), else the shape. */
export function optional(s: Shape): Shape {
  return shape.custom((where, prop, value) => {
    if (value !== undefined) checkShape(where, prop, value, s);
  });
}

// Shapes of the rule pack's values, as the functions that format them read them.

/** Rules, as an option (may be left out). */
export const RULES = shape.custom((where, prop, value) => checkRuleList(where, prop, value));
/** Rules, as an argument that must be given. */
export const REQUIRED_RULES = shape.custom((where, prop, value) => {
  if (value === undefined) throw new InvalidPropError(where, prop, value, 'is required: a list of rules, e.g. RELIABILITY_RULES or some of them');
  checkRuleList(where, prop, value);
});
export const SETTINGS = shape.custom((where, prop, value) => checkRuleSettings(where, prop, value));
const FAMILIES = shape.custom((where, prop, value) => checkRuleFamilies(where, prop, value));

/** A finding as the rules and the validity family report it. */
export const FINDING = shape.object(
  'a finding { ruleId, family, severity, title, stack, address, message, remediation }',
  {
    ruleId: shape.string,
    // Read when checked (a getter): rule.ts imports this module, so RULE_FAMILIES may not be defined yet when it loads.
    family: {
      kind: 'oneOf',
      get values() {
        return RULE_FAMILIES;
      },
    },
    severity: shape.oneOf(['error', 'warning', 'info']),
    title: shape.string,
    stack: shape.string,
    address: shape.string,
    message: shape.string,
    remediation: shape.string,
  },
  {
    constructPath: shape.string,
    suppression: shape.object('a suppression { ruleId, reason }', { ruleId: shape.string, reason: shape.string }, { optOut: shape.unknown }),
    validity: shape.object('a validity detail { path, allowed, source }', { path: shape.string, allowed: shape.string, source: shape.string }, { value: shape.unknown }),
  },
  true,
);

/** The results of `checkStacks` / `checkStack`. */
export const CHECK_RESULTS = shape.list(
  shape.object(
    'a check result { stack, findings } (as checkStacks returns)',
    { stack: shape.string, findings: shape.list(FINDING, 'findings') },
    {
      source: shape.string,
      judged: shape.record(shape.object('{ title, addresses }', { title: shape.string, addresses: shape.list(shape.string) }), 'rule id to judged resources'),
      lines: shape.record(shape.number({ integer: true, min: 1 }), 'address to line'),
      files: shape.record(shape.string, 'address to file'),
    },
    true,
  ),
  'check results (as checkStacks returns)',
);

/** Options of `checkStacks` (and `checkStack`, which adds `name`). */
export const CHECK_OPTIONS = shape.object('the options { rules?, ruleSettings?, families?, validity? }', {}, { rules: RULES, ruleSettings: SETTINGS, families: FAMILIES, validity: shape.anyObject('a ValidityEvaluator') });
export const CHECK_STACK_OPTIONS = shape.object('the options { name?, rules?, ruleSettings?, families?, validity? }', {}, {
  name: shape.string,
  rules: RULES,
  ruleSettings: SETTINGS,
  families: FAMILIES,
  validity: shape.anyObject('a ValidityEvaluator'),
});

/** Options of `formatFindings`. */
export const FORMAT_OPTIONS = shape.object('the options { rules?, toolVersion?, width?, families? }', {}, {
  rules: RULES,
  toolVersion: shape.string,
  width: shape.number({ integer: true, min: 1 }),
  families: FAMILIES,
});

const REPORTED_ALERT = shape.object(
  'an alert { id, severity, longWindow, shortWindow, burnRate, threshold, detectsFullOutageIn, budgetGoneAtThresholdIn }',
  {
    id: shape.string,
    severity: shape.string,
    longWindow: shape.string,
    shortWindow: shape.string,
    burnRate: shape.number(),
    threshold: shape.number(),
    detectsFullOutageIn: shape.number(),
    budgetGoneAtThresholdIn: shape.number(),
  },
  {},
  true,
);

/** The reports of `reportStack`; recovery, backup and capacity details are passed on as they are. */
export const STACK_REPORTS = shape.list(
  shape.object(
    'a stack report { stack, stateful, slos, recoveryObjectives, capacity } (as reportStack returns)',
    {
      stack: shape.string,
      stateful: shape.list(
        shape.object(
          'a stateful resource { address, type, nativeBackups, awsBackup, deletionProtected, backup }',
          { address: shape.string, type: shape.string, nativeBackups: shape.boolean, awsBackup: shape.boolean, deletionProtected: shape.boolean, backup: shape.anyObject('a backup summary') },
          { multiAz: shape.boolean },
          true,
        ),
      ),
      slos: shape.list(
        shape.object(
          'an SLO { service, name, objective, period, budgetMinutes, source, alerts }',
          {
            service: shape.string,
            name: shape.string,
            objective: shape.number(),
            period: shape.string,
            budgetMinutes: shape.number(),
            source: shape.oneOf(['cloudwatch', 'prometheus']),
            alerts: shape.list(REPORTED_ALERT),
          },
          { problem: shape.string, escalation: shape.anyObject('an escalation { policy, levels, minutesToLastLevel }'), budgetExhausted: shape.anyObject('a budget-exhausted alarm { alarm, budgetPercent, window, severity? }') },
          true,
        ),
      ),
      recoveryObjectives: shape.list(shape.object('{ address, objectives }', { address: shape.string, objectives: shape.record(shape.string) }, {}, true)),
      capacity: shape.list(shape.anyObject('a capacity summary')),
    },
    { source: shape.string, recovery: shape.anyObject('a recovery report'), recoveries: shape.list(shape.anyObject('a recovery report')) },
    true,
  ),
  'stack reports (as reportStack returns)',
);

/** A stack model (`TerraformJsonStack.fromJson`, `stackFromPlan`, `loadStacks`). */
export const STACK_MODEL = shape.custom((where, prop, value) => {
  if (!(value instanceof TerraformJsonStack)) {
    throw new InvalidPropError(where, prop, value, `must be a stack model (TerraformJsonStack.fromJson(json, name), stackFromPlan, stackFromState or loadStacks give one; got ${kind(value)})`);
  }
});

/** The parsed JSON of \`terraform show -json\`: an object. */
export const SHOW_JSON = (what: string): Shape => shape.anyObject(`the parsed JSON of ${what}`);

/** A name or label argument: a non-empty string. */
export const NAME = shape.custom((where, prop, value) => {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidPropError(where, prop, value, `must be a non-empty string`);
});
