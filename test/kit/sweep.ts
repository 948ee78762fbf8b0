import * as fs from 'node:fs';
import * as path from 'node:path';
import { Testing, TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { InvalidPropError, NameCollisionError } from '../../src/core/errors';
import { schemaErrorsIn, tempDir, TestStack } from '../harness';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { describeCase, hostile, INJECTED, PropKind, ProviderOf, TokenOf, UNESCAPED_INJECTION } from './hostile';

/** Id of the construct under test in every contract and sweep stack. */
export const SUBJECT = 'subject';

/** How the sweep builds a construct: valid props plus one prop overridden. */
export interface SweepSubject {
  /** The construct's class name, as exported from the package root. */
  readonly construct: string;
  /** Creates the construct (id {@link SUBJECT}) with valid props plus `overrides`, and whatever it depends on. */
  readonly build: (stack: TestStack, overrides: Record<string, unknown>) => unknown;
  /** Each prop's kind. */
  readonly props: Readonly<Record<string, PropKind>>;
  /** The construct creates no taggable resource, so its `tags` (a token among them) reach no output. @default false */
  readonly untaggable?: boolean;
}

/** One prop (or nested field) the sweep varies, and how to put a value into the props. */
export interface Target {
  readonly path: string;
  readonly kind: PropKind;
  readonly override: (value: unknown) => Record<string, unknown>;
}

/** Every prop and nested field of a subject as a sweep target. */
export function targetsOf(props: Readonly<Record<string, PropKind>>, wrap: (v: Record<string, unknown>) => Record<string, unknown> = (v) => v, prefix = ''): Target[] {
  const out: Target[] = [];
  for (const [prop, kind] of Object.entries(props)) {
    const at = `${prefix}${prop}`;
    out.push({ path: at, kind, override: (value) => wrap({ [prop]: value }) });
    if (typeof kind === 'object' && 'object' in kind) {
      out.push(...targetsOf(kind.object, (v) => wrap({ [prop]: { ...kind.valid, ...v } }), `${at}.`));
    } else if (typeof kind === 'object' && 'list' in kind) {
      const [first, ...rest] = kind.valid as Array<Record<string, unknown>>;
      out.push(...targetsOf(kind.list, (v) => wrap({ [prop]: [{ ...first, ...v }, ...rest] }), `${at}[0].`));
    }
  }
  return out;
}

/** A failing case: the construct, the prop, the value and what went wrong. */
export interface SweepFailure {
  readonly construct: string;
  readonly path: string;
  readonly value: string;
  readonly problem: string;
}

const TOKEN_ID = 'sweep_token';

/** Replaces a {@link TokenOf} or {@link ProviderOf} marker (at any depth) with a Terraform variable of its type, or a provider, in the stack. */
function materialize(value: unknown, stack: TestStack): unknown {
  if (value instanceof ProviderOf) {
    const home = value.otherStack ? new TestStack(stack.node.root as never, 'other') : stack;
    return new AwsProvider(home, 'sweep_provider', { region: value.region, alias: 'sweep' });
  }
  if (value instanceof TokenOf) {
    const v = new TerraformVariable(stack, TOKEN_ID, { type: value.type });
    switch (value.type) {
      case 'string':
        return v.stringValue;
      case 'number':
        return v.numberValue;
      case 'bool':
        return v.booleanValue;
      case 'list(string)':
        return v.listValue;
      default:
        return v.value;
    }
  }
  if (Array.isArray(value)) return value.map((v) => materialize(v, stack));
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, materialize(v, stack)]));
  }
  return value;
}

function hasToken(value: unknown): boolean {
  if (value instanceof TokenOf) return true;
  if (value instanceof ProviderOf) return false;
  if (Array.isArray(value)) return value.some(hasToken);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasToken);
  return false;
}

/** What is wrong with a synthesized stack's resources, outputs and data sources, if anything. */
export function outputProblems(json: any, options: { tokens?: boolean } = {}): string[] {
  const body = { resource: json.resource, data: json.data, output: json.output, locals: json.locals };
  const text = JSON.stringify(body);
  const problems: string[] = [];
  if (/\bNaN\b/.test(text)) problems.push('NaN in the output');
  if (/\bInfinity\b/.test(text)) problems.push('Infinity in the output');
  if (/\bundefined\b/.test(text)) problems.push('"undefined" in the output');
  if (text.includes('[object Object]')) problems.push('[object Object] in the output');
  if (options.tokens !== false && /\d(\.\d+)?e\+(2[5-9]\d|3\d\d)/.test(text)) problems.push('a token written as the number that encodes it (e+2xx)');
  // User text Terraform would evaluate: the sweep's injected templates must arrive escaped ($${...}, %%{...}) or be refused.
  if (UNESCAPED_INJECTION.test(text)) problems.push(`user text reached Terraform as an expression: ${text.match(UNESCAPED_INJECTION)![0]} (escape it with literal() or refuse it)`);
  // AWS allows 50 user tags per resource (tagging docs of every service); the library's own tags count too.
  for (const [type, byName] of Object.entries((json.resource ?? {}) as Record<string, Record<string, { tags?: unknown }>>)) {
    for (const [name, body] of Object.entries(byName)) {
      const tags = body?.tags;
      if (tags && typeof tags === 'object' && !Array.isArray(tags) && Object.keys(tags).length > 50) problems.push(`${type}.${name} has ${Object.keys(tags).length} tags: AWS allows 50 per resource (the library's own count)`);
    }
  }
  const walk = (v: unknown, at: string): void => {
    if (v === null) problems.push(`null at ${at}`);
    else if (Array.isArray(v)) {
      if (v.length >= 3 && v.every((x) => typeof x === 'string' && x.length === 1)) problems.push(`a character-split list at ${at}: ${JSON.stringify(v).slice(0, 60)}`);
      v.forEach((x, i) => walk(x, `${at}[${i}]`));
    } else if (typeof v === 'object') {
      // A string spread into an object: {"0":"$","1":"{",...}.
      const entries = Object.entries(v as object);
      if (entries.length >= 3 && entries.every(([k, x], i) => k === String(i) && typeof x === 'string' && x.length === 1)) {
        problems.push(`a character-split object at ${at}: ${JSON.stringify(v).slice(0, 60)}`);
      }
      for (const [k, x] of entries) walk(x, at ? `${at}.${k}` : k);
    }
  };
  walk(body, '');
  return problems;
}

/** Whether an error is one the library throws on purpose, for this construct and prop. */
function errorProblem(e: unknown, subjectPath: string, target: string): string | undefined {
  if (e instanceof NameCollisionError) return e.secondPath === subjectPath || e.secondPath.startsWith(`${subjectPath}/`) ? undefined : `collision on another path: ${e.message}`;
  if (!(e instanceof InvalidPropError)) {
    const err = e as Error;
    return `crash instead of an InvalidPropError: ${err?.name ?? typeof e}: ${String(err?.message ?? e).split('\n')[0].slice(0, 200)}`;
  }
  if (e.constructPath !== subjectPath && !e.constructPath.startsWith(`${subjectPath}/`)) return `InvalidPropError on another construct (${e.constructPath}): ${e.message.slice(0, 200)}`;
  const top = target.split(/[.[]/)[0];
  const leaf = target.split(/[.\]]/).filter(Boolean).pop() ?? target;
  const related = target.startsWith(e.prop) || e.prop.startsWith(target) || e.prop.startsWith(top) || e.message.includes(leaf);
  return related ? undefined : `InvalidPropError names another prop (${e.prop}): ${e.message.slice(0, 200)}`;
}

export interface SweepOptions {
  /** Run the class and pair probes before the random cases. @default true */
  readonly probes?: boolean;
  /** Cases to run. @default SWEEP_RUNS or 8 per target, at most 240 */
  readonly numRuns?: number;
  /** fast-check seed. @default SWEEP_SEED or a fixed seed (the same cases every run) */
  readonly seed?: number;
}

/**
 * The meaning classes of bad input (issue 21), one deterministic probe per
 * class and target, so a class is tried on every prop it applies to however
 * the random cases fall: user text that Terraform would evaluate, AWS's tag
 * limit counting the library's own tags, Regions that do not exist, ARNs of
 * another Region, CIDRs Go's parser refuses, numbers at and just past the
 * spec's bounds, and structure (null or {} where an object or item is
 * expected). Values that must agree are probed by {@link pairProbes}.
 */
export function classProbes(targets: readonly Target[]): Array<{ target: Target; value: unknown }> {
  const out: Array<{ target: Target; value: unknown }> = [];
  const add = (target: Target, ...values: unknown[]) => values.forEach((value) => out.push({ target, value }));
  for (const target of targets) {
    const k = target.kind;
    if (k === 'string' || k === 'name') add(target, ...INJECTED);
    else if (k === 'stringList') add(target, [INJECTED[0]]);
    else if (k === 'stringMap') add(target, { key: INJECTED[0] });
    // (50 user tags and tag characters AWS refuses join the probes when the library counts and checks tags: issue 19, item 1.)
    else if (k === 'tags') add(target, { key: INJECTED[0] });
    else if (k === 'awsProvider') add(target, new ProviderOf('eu-west-9'), new ProviderOf('EU-WEST-1'));
    else if (k === 'cidr') add(target, '10.01.0.0/16');
    else if (k === 'cidrList') add(target, ['10.01.0.0/16']);
    else if (typeof k === 'object' && 'arn' in k) add(target, `arn:aws:${k.arn}:us-east-1:111111111111:${k.arn === 'kms' ? 'key/11111111-2222-3333-4444-555555555555' : 'x'}`);
    else if (typeof k === 'object' && 'number' in k) add(target, ...[k.number.min, k.number.max].filter((v) => v !== undefined));
    else if (typeof k === 'object' && 'list' in k) add(target, [null], [{}]);
    else if (typeof k === 'object' && 'object' in k) add(target, null, {});
  }
  return out;
}

/**
 * Values that must agree: for every two props (or fields of one object) of
 * the same kind, the same name twice (two vaults of one name, a sort key
 * equal to the partition key) and two numbers in both orders (a desired
 * capacity below the minimum). The construct must refuse what AWS would, and
 * the oracle checks the rest synthesizes valid Terraform.
 */
export function pairProbes(props: Readonly<Record<string, PropKind>>, wrap: (v: Record<string, unknown>) => Record<string, unknown> = (v) => v, prefix = ''): Array<{ target: Target; value: unknown }> {
  const out: Array<{ target: Target; value: unknown }> = [];
  const entries = Object.entries(props);
  // Props that must agree share their last word: minCapacity / maxCapacity / desiredCapacity, partitionKey / sortKey,
  // vaultName / planName, minRetentionDays / maxRetentionDays. Pairing only those keeps the probes few.
  const family = (prop: string) => (prop.match(/[A-Z]?[a-z0-9]+$/)?.[0] ?? prop).toLowerCase();
  const numeric = (k: PropKind) => k === 'integer' || k === 'number' || (typeof k === 'object' && 'number' in k);
  for (let a = 0; a < entries.length; a++) {
    for (let b = a + 1; b < entries.length; b++) {
      const [pa, ka] = entries[a];
      const [pb, kb] = entries[b];
      if (family(pa) !== family(pb)) continue;
      const pair = (va: unknown, vb: unknown) =>
        out.push({ target: { path: `${prefix}${pa} & ${prefix}${pb}`, kind: ka, override: () => wrap({ [pa]: va, [pb]: vb }) }, value: [va, vb] });
      if (ka === 'name' && kb === 'name') pair('same-name-1', 'same-name-1');
      if (numeric(ka) && numeric(kb)) {
        const lo = typeof ka === 'object' && 'number' in ka ? Math.max(ka.number.min ?? 1, 1) : 1;
        pair(lo + 2, lo + 1);
        pair(lo + 1, lo + 2);
      }
    }
  }
  for (const [prop, kind] of entries) {
    if (typeof kind === 'object' && 'object' in kind) out.push(...pairProbes(kind.object, (v) => wrap({ [prop]: { ...kind.valid, ...v } }), `${prefix}${prop}.`));
    if (typeof kind === 'object' && 'list' in kind) {
      const [first, ...rest] = kind.valid as Array<Record<string, unknown>>;
      out.push(...pairProbes(kind.list, (v) => wrap({ [prop]: [{ ...first, ...v }, ...rest] }), `${prefix}${prop}[0].`));
    }
  }
  return out;
}

/**
 * Throws hostile values at one prop at a time and returns every case that
 * neither failed with a clear `InvalidPropError` (or `NameCollisionError`)
 * naming the construct path and the prop, nor synthesized a clean stack: no
 * NaN, Infinity, `undefined`, `[object Object]`, encoded tokens or
 * character-split lists, no user text Terraform would evaluate, no resource
 * over AWS's 50 tags, each given token kept, and no provider-schema error
 * (checked for all synthesized cases in one tf-validate run). The cases are
 * the class probes and pair probes (deterministic), then random ones
 * (fast-check picks the prop and the value).
 */
export function sweep(subject: SweepSubject, options: SweepOptions = {}): { failures: SweepFailure[]; cases: number; synthesized: number } {
  const targets = targetsOf(subject.props);
  const numRuns = options.numRuns ?? Number(process.env.SWEEP_RUNS ?? Math.min(240, targets.length * 8));
  const seed = options.seed ?? Number(process.env.SWEEP_SEED ?? 20261201);
  const dir = tempDir('sweep-');
  const failures: SweepFailure[] = [];
  const written = new Map<string, { path: string; value: string }>();
  let cases = 0;
  const runCase = (target: Target, value: unknown): true => {
    const id = `case-${cases++}`;
    const shown = Array.isArray(value) && target.path.includes(' & ') ? value.map(describeCase).join(' & ') : describeCase(value);
    const fail = (problem: string) => failures.push({ construct: subject.construct, path: target.path, value: shown, problem });
    const stack = new TestStack(Testing.app(), 'test');
    const subjectPath = `${stack.node.path}/${SUBJECT}`;
    let json: any;
    try {
      subject.build(stack, target.override(materialize(value, stack)));
      json = JSON.parse(Testing.synth(stack));
    } catch (e) {
      const problem = errorProblem(e, subjectPath, target.path.split(' & ')[0]);
      const second = target.path.includes(' & ') ? errorProblem(e, subjectPath, target.path.split(' & ')[1]) : problem;
      if (problem && second) fail(problem);
      return true;
    }
    // A literal number of 1e250 or more is the caller's own value, not an encoded token.
    for (const problem of outputProblems(json, { tokens: hasToken(value) })) fail(`synthesized, but ${problem}`);
    const tagsGoNowhere = subject.untaggable === true && /^tags\b/.test(target.path);
    if (hasToken(value) && !tagsGoNowhere && !JSON.stringify({ r: json.resource, d: json.data, o: json.output }).includes(`var.${TOKEN_ID}`)) {
      fail('synthesized, but the token is not in the output (dropped: carry it or refuse it as "must be known at synth")');
    }
    fs.mkdirSync(path.join(dir, id));
    fs.writeFileSync(path.join(dir, id, 'cdk.tf.json'), JSON.stringify(json));
    written.set(id, { path: target.path, value: shown });
    return true;
  };
  try {
    if (options.probes !== false) for (const { target, value } of [...classProbes(targets), ...pairProbes(subject.props)]) runCase(target, value);
    const arb = fc.integer({ min: 0, max: targets.length - 1 }).chain((i) => hostile(targets[i].kind).map((value) => ({ target: targets[i], value })));
    fc.check(
      fc.property(arb, ({ target, value }) => runCase(target, value)),
      { numRuns, seed, endOnFailure: true },
    );
    // Every case may have been refused: then there is nothing to check.
    for (const line of written.size ? schemaErrorsIn(dir) : []) {
      const id = /\/(case-\d+)\/cdk\.tf\.json/.exec(line)?.[1];
      const c = id ? written.get(id) : undefined;
      failures.push({ construct: subject.construct, path: c?.path ?? '?', value: c?.value ?? '?', problem: `synthesized, but tf-validate: ${line.replace(/^error: \S+cdk\.tf\.json: /, '')}` });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return { failures, cases, synthesized: written.size };
}

/** A failure report, one line per case. */
export function formatFailures(failures: readonly SweepFailure[]): string {
  return failures.map((f) => `${f.construct}.${f.path} = ${f.value}: ${f.problem}`).join('\n');
}
