import * as fc from 'fast-check';
import { plainNetwork } from '../harness';

/**
 * What a prop is, for the bad-input sweep: the sweep throws values at it
 * that a JavaScript, JSON or YAML caller could pass by mistake. Record one
 * per prop in a construct's contract spec (`Record<keyof Props, PropKind>`,
 * so the compiler asks for a new prop's kind).
 */
export type PropKind =
  | 'string' // free text (descriptions, names the construct normalises)
  | 'name' // a name the construct or the service restricts
  | 'integer'
  | 'number'
  | 'boolean'
  | 'arn'
  | 'email'
  | 'url'
  | 'cidr'
  | 'stringList'
  | 'cidrList'
  | 'arnList'
  | 'stringMap' // tags, labels, env, parameters
  | 'reference' // an object of the library or the user (a network, a routing, an SLI): wrong types only
  | { readonly enum: readonly unknown[] }
  /** A nested object: its fields are swept inside `valid` (the rest of the object stays valid). */
  | { readonly object: Readonly<Record<string, PropKind>>; readonly valid: Readonly<Record<string, unknown>> }
  /** A list of objects: fields are swept in the first item of `valid`. */
  | { readonly list: Readonly<Record<string, PropKind>>; readonly valid: readonly unknown[] };

/** Stands for a Terraform variable of a type; the sweep creates it in the case's stack. */
export class TokenOf {
  constructor(public readonly type: 'string' | 'number' | 'bool' | 'list(string)' | 'map(string)') {}
  public toString(): string {
    return `a TerraformVariable of type ${this.type}`;
  }
}

const TOKENS = [new TokenOf('string'), new TokenOf('number'), new TokenOf('bool'), new TokenOf('list(string)'), new TokenOf('map(string)')];

const LONG = 'x'.repeat(300);
const BAD_NUMBERS = [NaN, Infinity, -Infinity, -1, 0, -0, 0.5, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, -1e9, '5'];
const BAD_STRINGS = ['', '   ', LONG, 'ünïcødé ✓ 名前', 'tab\there', 'line\nbreak', 'UPPER_case', '${var.injected}', '%{ if true }x%{ endif }', 'a,b', '*', 5, true];
const WRONG_TYPES = [null, {}, [], 'text', 1, true, { length: 2, 0: 'a', 1: 'b' }];
const BAD_ARNS = ['not-an-arn', 'arn:aws', 'arn:aws:::', 'arn:aws:iam::123:role/x', 'arn:aws:sqs:eu-west-1:12345678901234:q', 'arn:aws:s3:::', 'arn:aws:sns:eu-west-1:111111111111:${x}', ' arn:aws:sns:eu-west-1:111111111111:t'];
const BAD_EMAILS = ['foo', 'a@', '@b.c', 'a@b', 'a b@c.de', 'a@b.c\n', LONG + '@example.com'];
const BAD_URLS = ['http://example.com', 'ftp://example.com', 'https://', 'not a url', 'https://exa mple.com', 'javascript:alert(1)', '//example.com', 'https://example.com/${x}'];
const BAD_CIDRS = ['999.1.1.0/24', '10.0.0.1/8', '10.0.0.0/33', '10.0.0.0', '::/0', '10.0.0.0/-1', '10.0.0/16', ' 10.0.0.0/16', '0.0.0.0/0'];
const BAD_MAPS = [{ key: 1 }, { key: null }, { key: { nested: 'x' } }, { '': 'x' }, { 'aws:reserved': 'x' }, { key: LONG }, { [LONG]: 'x' }, { key: '${var.injected}' }, { 'ünï': 'cødé' }, ['a', 'b'], 'key=value'];

/** Hostile values for one kind (without the token cases). */
export function hostileValues(kind: PropKind): unknown[] {
  if (typeof kind === 'object') {
    if ('enum' in kind) {
      const first = kind.enum.find((e) => typeof e === 'string') as string | undefined;
      return ['unknown-value', '', first?.toUpperCase(), first ? ` ${first}` : 7, 42, null, {}, []];
    }
    return [null, 'text', 1, true, 'object' in kind ? [] : {}, 'list' in kind ? [] : [{}]];
  }
  switch (kind) {
    case 'integer':
    case 'number':
      return [...BAD_NUMBERS, null, {}, [], true];
    case 'string':
    case 'name':
      return [...BAD_STRINGS, null, {}, []];
    case 'boolean':
      return ['false', 'true', 0, 1, null, {}, []];
    case 'arn':
      return [...BAD_ARNS, ...BAD_STRINGS.slice(0, 4), null, 5];
    case 'email':
      return [...BAD_EMAILS, '', null, 5];
    case 'url':
      return [...BAD_URLS, '', null, 5];
    case 'cidr':
      return [...BAD_CIDRS, '', null, 5];
    case 'stringList':
      return ['single string', [], ['dup', 'dup'], [''], ['   '], [1, 2], [null], [{}], [LONG], { 0: 'a' }, null];
    case 'cidrList':
      return ['10.0.0.0/8', [], ['10.0.0.0/8', '10.0.0.0/8'], ...BAD_CIDRS.map((c) => [c]), [1], null];
    case 'arnList':
      return ['arn:aws:iam::aws:policy/ReadOnlyAccess', [], ...BAD_ARNS.map((a) => [a]), [null], null];
    case 'stringMap':
      return [...BAD_MAPS, null, []];
    case 'reference':
      return [...WRONG_TYPES, { actionsFor: 'not a function' }];
  }
}

/** A random value of the kind's own JavaScript type (fast-check finds the edges the fixed lists miss). */
function randomValue(kind: PropKind): fc.Arbitrary<unknown> {
  if (typeof kind === 'object') return fc.oneof(fc.string(), fc.integer(), fc.constant(null));
  switch (kind) {
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.double(), fc.constantFrom(2 ** 31, 2 ** 53, 1e300));
    case 'boolean':
      return fc.oneof(fc.constantFrom('yes', 'no', 'False'), fc.integer({ min: -1, max: 2 }));
    case 'stringList':
    case 'cidrList':
    case 'arnList':
      return fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 });
    case 'stringMap':
      return fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), { maxKeys: 3 });
    case 'reference':
      return fc.oneof(fc.string(), fc.integer(), fc.object({ maxDepth: 1 }));
    default:
      return fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 20 }));
  }
}

/** Every hostile value for a kind: the fixed lists, a Terraform variable of each type, and random values of its own type. */
export function hostile(kind: PropKind): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...hostileValues(kind)), weight: 5 },
    { arbitrary: fc.constantFrom(...TOKENS), weight: 2 },
    { arbitrary: randomValue(kind), weight: 2 },
  );
}

/** A value for a failure report: tokens by type, long strings cut, undefined and NaN spelled out. */
export function describeCase(value: unknown): string {
  if (value instanceof TokenOf) return value.toString();
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'bigint') return Object.is(value, -0) ? '-0' : String(value);
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v instanceof TokenOf ? v.toString() : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** The kind of an AWS construct's `alarms` prop: one override object per alarm key. */
export function alarmsKind(keys: readonly string[]): PropKind {
  const override: PropKind = {
    object: {
      enabled: 'boolean',
      threshold: 'number',
      severity: { enum: ['page', 'ticket'] },
      periodSeconds: 'integer',
      evaluationPeriods: 'integer',
      datapointsToAlarm: 'integer',
    },
    valid: {},
  };
  return { object: Object.fromEntries(keys.map((k) => [k, override])), valid: {} };
}

const NETWORK_FIELDS: Readonly<Record<string, PropKind>> = {
  vpcId: 'name',
  zoneCount: 'integer',
  publicSubnetIds: 'stringList',
  privateSubnetIds: 'stringList',
  isolatedSubnetIds: 'stringList',
  zones: 'stringList',
};

/**
 * A network prop (`IMultiAzNetwork`), valid as `plainNetwork()`: a plain object of ids works as well as a
 * MultiAzNetwork, so the sweep varies the fields the construct reads (a database reads no public subnets, and
 * ignoring a field it does not read is not dropping a value).
 */
export function networkKind(fields: ReadonlyArray<keyof ReturnType<typeof plainNetwork>>): PropKind {
  return { object: Object.fromEntries(fields.map((f) => [f, NETWORK_FIELDS[f]])), valid: { ...plainNetwork() } };
}
