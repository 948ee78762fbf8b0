import * as fc from 'fast-check';

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
  | 'stringMap' // labels, env, parameters
  | 'tags' // AWS tags: the library adds its own, so limits count both
  | 'reference' // an object of the library or the user (a network, a routing, an SLI): wrong types only
  | 'awsProvider' // an AwsProvider: wrong types, another stack's, and Regions that do not exist
  /** An ARN of one service (`kms`): also ARNs of another Region and partition. */
  | { readonly arn: string }
  /** A number with the spec's bounds: also the bounds themselves and just past them. */
  | { readonly number: { readonly min?: number; readonly max?: number; readonly integer?: boolean } }
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

/** Stands for an AwsProvider of a Region (or of another stack); the sweep creates it in the case's stack. */
export class ProviderOf {
  constructor(
    public readonly region: string,
    public readonly otherStack = false,
  ) {}
  public toString(): string {
    return `an AwsProvider of region ${JSON.stringify(this.region)}${this.otherStack ? ' in another stack' : ''}`;
  }
}

/** Marks a user string the sweep expects never to reach Terraform as an expression. */
export const INJECTED = ['${var.injected}', '%{ if true }x%{ endif }'];
/** An unescaped injected template in the synthesized JSON (escaped, it reads `$${...}` or `%%{...}`). */
export const UNESCAPED_INJECTION = /(?<!\$)\$\{var\.injected\}|(?<!%)%\{ if true \}/;

const TOKENS = [new TokenOf('string'), new TokenOf('number'), new TokenOf('bool'), new TokenOf('list(string)'), new TokenOf('map(string)')];

const LONG = 'x'.repeat(300);
const BAD_NUMBERS = [NaN, Infinity, -Infinity, -1, 0, -0, 0.5, 1.5, 1e21, Number.MAX_SAFE_INTEGER + 2, -1e9, '5'];
const BAD_STRINGS = ['', '   ', LONG, 'ünïcødé ✓ 名前', 'tab\there', 'line\nbreak', 'UPPER_case', ...INJECTED, 'text with ${var.injected} inside', 'a,b', '*', 5, true];
const WRONG_TYPES = [null, {}, [], 'text', 1, true, { length: 2, 0: 'a', 1: 'b' }];
const BAD_ARNS = ['not-an-arn', 'arn:aws', 'arn:aws:::', 'arn:aws:iam::123:role/x', 'arn:aws:sqs:eu-west-1:12345678901234:q', 'arn:aws:s3:::', 'arn:aws:sns:eu-west-1:111111111111:${x}', ' arn:aws:sns:eu-west-1:111111111111:t'];
const BAD_EMAILS = ['foo', 'a@', '@b.c', 'a@b', 'a b@c.de', 'a@b.c\n', LONG + '@example.com'];
const BAD_URLS = ['http://example.com', 'ftp://example.com', 'https://', 'not a url', 'https://exa mple.com', 'javascript:alert(1)', '//example.com', 'https://example.com/${x}'];
// Leading zeros: the provider parses cidr_block with Go's net.ParseCIDR, which refuses them.
const BAD_CIDRS = ['999.1.1.0/24', '10.0.0.1/8', '10.0.0.0/33', '10.0.0.0', '::/0', '10.0.0.0/-1', '10.0.0/16', ' 10.0.0.0/16', '0.0.0.0/0', '10.01.0.0/16', '010.0.0.0/8', '10.0.0.0/016'];
/** `n` tags that are each valid: the library's own tags on top must not push a resource past AWS's 50. */
export const manyTags = (n: number): Record<string, string> => Object.fromEntries(Array.from({ length: n }, (_, i) => [`team-tag-${i}`, `v${i}`]));
// Characters outside the tag set most services enforce: ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$ (RDS, DynamoDB, S3, Backup...).
export const BAD_TAGS = [manyTags(45), manyTags(50), manyTags(51), { 'cost,center': 'x' }, { team: 'a,b' }, { team: 'semi;colon' }, { team: 'quote"d' }, { 'aws:createdBy': 'me' }, { 'AWS:x': 'y' }];
const BAD_REGIONS = ['eu-west-9', 'EU-WEST-1', 'eu-west-1a', ' eu-west-1', 'europe-west1', 'us-gov-west-1', 'cn-north-1', ''];
const BAD_MAPS = [{ key: 1 }, { key: null }, { key: { nested: 'x' } }, { '': 'x' }, { 'aws:reserved': 'x' }, { key: LONG }, { [LONG]: 'x' }, { key: '${var.injected}' }, { 'ünï': 'cødé' }, ['a', 'b'], 'key=value'];

/** Hostile values for one kind (without the token cases). */
export function hostileValues(kind: PropKind): unknown[] {
  if (typeof kind === 'object') {
    if ('arn' in kind) {
      // Another Region, another partition, an alias where a key is wanted: AWS refuses a key of another Region or partition.
      const svc = kind.arn;
      return [
        `arn:aws:${svc}:us-east-1:111111111111:${svc === 'kms' ? 'key/11111111-2222-3333-4444-555555555555' : 'x'}`,
        `arn:aws-cn:${svc}:cn-north-1:111111111111:${svc === 'kms' ? 'key/11111111-2222-3333-4444-555555555555' : 'x'}`,
        ...(svc === 'kms' ? ['arn:aws:kms:eu-west-1:111111111111:alias/orders', 'alias/orders', '11111111-2222-3333-4444-555555555555'] : []),
        ...hostileValues('arn'),
      ];
    }
    if ('number' in kind) {
      const { min, max, integer } = kind.number;
      const edges = [min, max, min !== undefined ? min - 1 : undefined, max !== undefined ? max + 1 : undefined, integer && min !== undefined ? min + 0.5 : undefined];
      return [...edges.filter((v) => v !== undefined), ...hostileValues(integer ? 'integer' : 'number')];
    }
    if ('enum' in kind) {
      const first = kind.enum.find((e) => typeof e === 'string') as string | undefined;
      return ['unknown-value', '', first?.toUpperCase(), first ? ` ${first}` : 7, 42, null, {}, []];
    }
    // Structure: null or {} where an object or a list item is expected, null as an item, a field given as null.
    if ('list' in kind) return [null, 'text', 1, true, {}, [], [{}], [null], [{}, null], [...kind.valid, ...kind.valid]];
    const first = Object.keys(kind.object)[0];
    return [null, 'text', 1, true, [], {}, ...(first ? [{ ...kind.valid, [first]: null }] : [])];
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
      return ['single string', [], ['dup', 'dup'], [''], ['   '], [1, 2], [null], [{}], [LONG], { 0: 'a' }, null, [INJECTED[0]], Array.from({ length: 11 }, (_, i) => `item-${i}`)];
    case 'cidrList':
      return ['10.0.0.0/8', [], ['10.0.0.0/8', '10.0.0.0/8'], ...BAD_CIDRS.map((c) => [c]), [1], null];
    case 'arnList':
      return ['arn:aws:iam::aws:policy/ReadOnlyAccess', [], ...BAD_ARNS.map((a) => [a]), [null], null, Array.from({ length: 11 }, (_, i) => `arn:aws:sns:eu-west-1:111111111111:topic-${i}`)];
    case 'stringMap':
      return [...BAD_MAPS, null, []];
    case 'tags':
      return [...BAD_MAPS, ...BAD_TAGS, null, []];
    case 'awsProvider':
      return [...WRONG_TYPES, ...BAD_REGIONS.map((r) => new ProviderOf(r)), new ProviderOf('eu-west-1', true)];
    case 'reference':
      return [...WRONG_TYPES, { actionsFor: 'not a function' }];
  }
}

/** A random value of the kind's own JavaScript type (fast-check finds the edges the fixed lists miss). */
function randomValue(kind: PropKind): fc.Arbitrary<unknown> {
  if (typeof kind === 'object' && 'number' in kind) return randomValue(kind.number.integer ? 'integer' : 'number');
  if (typeof kind === 'object' && 'arn' in kind) return randomValue('arn');
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
    case 'tags':
      return fc.dictionary(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), { maxKeys: 3 });
    case 'reference':
    case 'awsProvider':
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
  if (value instanceof TokenOf || value instanceof ProviderOf) return value.toString();
  if (value === undefined) return 'undefined';
  if (typeof value === 'number' || typeof value === 'bigint') return Object.is(value, -0) ? '-0' : String(value);
  let text: string;
  try {
    text = JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v instanceof TokenOf || v instanceof ProviderOf ? v.toString() : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
