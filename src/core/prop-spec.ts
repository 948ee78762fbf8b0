import { IConstruct } from 'constructs';
import { parseIpv4Cidr } from './cidr';
import { InvalidPropError, PropError } from './errors';
import { checkBoolean, checkKeys, checkKnown, checkList, checkObject, checkString, isTokenFor, kindOf, ValueType } from './prop-types';
import { checkTags } from './tags';
import { isUnresolved } from './tokens';
import { checkArn, checkCount, checkEmail, checkNonEmpty, checkNumber, checkOneOf, checkPattern, checkUrl, describeNumberRule, NumberRule } from './validation';

/**
 * Props as data: what each prop of a construct accepts, written once, as a
 * typed spec (`PropSpecs<Props>` makes the compiler ask for every prop).
 * One validator ({@link checkPropsBySpec}) runs it in the construct, the
 * bad-input sweep derives its cases from it, and the docs' prop tables are
 * generated from it with the props interface's TSDoc. Checks that relate
 * two props, and defaults, stay code in the construct.
 */

/**
 * What happens when the value is a Terraform token (a variable, a reference):
 * `carry` it into the output unchecked (its value is known only at plan), or
 * `refuse` it because synth needs the value (it decides which resources exist).
 */
export type TokenPolicy = 'carry' | { readonly refuse: string };

/**
 * The argument of an AWS resource a prop's value lands in, checked against
 * AWS's own rules (the `aws-validity` tables: the API model's pattern,
 * length, range and enum, and the provider's validators).
 */
export interface AwsArgument {
  /** Terraform resource type, e.g. `aws_sns_topic`. */
  readonly resource: string;
  /** Argument path in the resource, e.g. `name` or `rule.lifecycle.delete_after`. */
  readonly argument: string;
}

interface SpecBase {
  /** When set, the prop must be given; the text says what it is (`the VPC to deploy into`). @default - optional */
  readonly required?: string;
  /** Tokens: carried (default for values) or refused (default for objects and references). */
  readonly tokens?: TokenPolicy;
  /** The AWS argument(s) the value lands in, checked against AWS's rules. @default - none */
  readonly aws?: AwsArgument | readonly AwsArgument[];
}

/** Free text or a restricted name. */
export interface StringSpec extends SpecBase {
  /** `text`: free text (escaped where it reaches Terraform); `name`: a name the service restricts. */
  readonly kind: 'text' | 'name';
  /** The pattern the whole string must match. @default - any */
  readonly pattern?: RegExp;
  /** The pattern in words, for the error (`letters, digits, "-" or "_"`). @default - the pattern */
  readonly what?: string;
  /** Refuse the empty (or blank) string. @default false */
  readonly nonEmpty?: boolean;
  /** Longest accepted length. @default - no limit */
  readonly maxLength?: number;
  /** Values to suggest when the string fails the pattern (a vocabulary written as a pattern). @default - none */
  readonly suggest?: readonly string[];
}

/** A number. */
export interface NumberSpec extends SpecBase, NumberRule {
  readonly kind: 'number';
  /** The rule in the prop's own words, for the error and the docs (`a percentage greater than 0 and less than 100`). @default - the rule's bounds */
  readonly what?: string;
}

export interface BooleanSpec extends SpecBase {
  readonly kind: 'boolean';
}

/** One of a fixed set of values. */
export interface EnumSpec extends SpecBase {
  readonly kind: 'enum';
  readonly values: readonly (string | number)[];
}

/** An ARN, optionally of one service. */
export interface ArnSpec extends SpecBase {
  readonly kind: 'arn';
  /** The service in the ARN (`kms`, `sns`). @default - any */
  readonly service?: string;
}

/** An IPv4 CIDR block (`10.0.0.0/16`), as the provider parses it. */
export interface CidrSpec extends SpecBase {
  readonly kind: 'cidr';
}

export interface EmailSpec extends SpecBase {
  readonly kind: 'email';
}

export interface UrlSpec extends SpecBase {
  readonly kind: 'url';
  /** Accepted protocols. @default ['https:'] */
  readonly protocols?: readonly string[];
}

/** A list whose items each follow a spec. */
export interface ListSpec extends SpecBase {
  readonly kind: 'list';
  readonly items: PropSpec;
  /** Fewest items. @default 0 */
  readonly minItems?: number;
  /** Most items. @default - no limit */
  readonly maxItems?: number;
  /** Refuse an item equal to an earlier one (literal strings and numbers). @default false */
  readonly unique?: boolean;
  /** A valid list, for the sweep (which varies one field of the first item) and the docs. @default - none */
  readonly example?: readonly unknown[];
}

/** A map of string keys to values of one spec (tags, labels, parameters). */
export interface MapSpec extends SpecBase {
  readonly kind: 'map';
  readonly values: PropSpec;
  /** What each key must be (the errors name `<prop>.<key>`). @default - any string */
  readonly keys?: StringSpec;
  /** Most keys. @default - no limit */
  readonly maxKeys?: number;
  /** AWS tags: keys and values held to AWS's tag rules. @default false */
  readonly tags?: boolean;
  /** A valid map, for the sweep (which varies the values of its keys) and the docs. @default - none */
  readonly example?: Readonly<Record<string, unknown>>;
}

/** A nested object with its own fields. */
export interface ObjectSpec extends SpecBase {
  readonly kind: 'object';
  readonly fields: Readonly<Record<string, PropSpec>>;
  /** A valid value, for the sweep (which varies one field at a time) and the docs. @default - `{}` */
  readonly example?: Readonly<Record<string, unknown>>;
  /**
   * Keys a plain object may also hold that the construct does not read (fields of a shared interface another
   * construct reads: a database reads no public subnets): accepted unchecked, and not swept.
   * @default - none: any key but the fields is refused
   */
  readonly unread?: readonly string[];
  /**
   * An instance of a class may stand for the object (a construct implementing the interface, such as a
   * `MultiAzNetwork` for a network): its fields are checked, its other members are not keys.
   * @default false - plain objects only
   */
  readonly instances?: boolean;
  /**
   * Relates the fields to each other once each passed its own spec (one subnet per zone); throws its own
   * `InvalidPropError` naming the field.
   * @default - none
   */
  readonly check?: (scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>) => void;
}

/** An object of the library or the user, checked by shape (a network, a routing, a provider). */
export interface ReferenceSpec extends SpecBase {
  readonly kind: 'reference';
  /** What it must be, in words (`an AlarmChannel or another IAlarmRouting`). */
  readonly what: string;
  /** Whether the value is one. @default - any object */
  readonly is?: (value: unknown) => boolean;
  /** A check that throws its own `InvalidPropError` (an AWS provider of the construct's own stack). @default - `is` only */
  readonly check?: (scope: IConstruct, prop: string, value: unknown) => void;
}

/** One of several specs (`false` or an object; a preset name or a rule object). */
export interface EitherSpec extends SpecBase {
  readonly kind: 'either';
  readonly options: readonly PropSpec[];
  /** What is accepted, in words, for the error. */
  readonly what: string;
}

/** Exactly one value (`false` in `vaultLock: false`). */
export interface ConstantSpec extends SpecBase {
  readonly kind: 'constant';
  readonly value: string | number | boolean;
}

/** What a prop accepts. */
export type PropSpec = StringSpec | NumberSpec | BooleanSpec | EnumSpec | ArnSpec | CidrSpec | EmailSpec | UrlSpec | ListSpec | MapSpec | ObjectSpec | ReferenceSpec | EitherSpec | ConstantSpec;

/** One spec per prop of `P`, every prop listed (the compiler asks for a new one). */
export type PropSpecs<P> = { readonly [K in keyof Required<P>]: PropSpec };

type Options<S> = Omit<S, 'kind'>;

/** Builders, so a spec reads as a sentence: `spec.number({ min: 7, max: 30, integer: true })`. */
export const spec = {
  text: (o: Options<StringSpec> = {}): StringSpec => ({ kind: 'text', ...o }),
  name: (o: Options<StringSpec> = {}): StringSpec => ({ kind: 'name', ...o }),
  number: (o: Options<NumberSpec> = {}): NumberSpec => ({ kind: 'number', ...o }),
  integer: (o: Options<NumberSpec> = {}): NumberSpec => ({ kind: 'number', integer: true, ...o }),
  boolean: (o: Options<BooleanSpec> = {}): BooleanSpec => ({ kind: 'boolean', ...o }),
  oneOf: (values: readonly (string | number)[], o: Omit<Options<EnumSpec>, 'values'> = {}): EnumSpec => ({ kind: 'enum', values, ...o }),
  arn: (service?: string, o: Omit<Options<ArnSpec>, 'service'> = {}): ArnSpec => ({ kind: 'arn', service, ...o }),
  cidr: (o: Options<CidrSpec> = {}): CidrSpec => ({ kind: 'cidr', ...o }),
  email: (o: Options<EmailSpec> = {}): EmailSpec => ({ kind: 'email', ...o }),
  url: (o: Options<UrlSpec> = {}): UrlSpec => ({ kind: 'url', ...o }),
  list: (items: PropSpec, o: Omit<Options<ListSpec>, 'items'> = {}): ListSpec => ({ kind: 'list', items, ...o }),
  map: (values: PropSpec, o: Omit<Options<MapSpec>, 'values'> = {}): MapSpec => ({ kind: 'map', values, ...o }),
  tags: (o: Omit<Options<MapSpec>, 'values' | 'tags'> = {}): MapSpec => ({ kind: 'map', values: { kind: 'text' }, tags: true, ...o }),
  object: <T>(fields: PropSpecs<T>, o: Omit<Options<ObjectSpec>, 'fields'> = {}): ObjectSpec => ({ kind: 'object', fields: fields as Record<string, PropSpec>, ...o }),
  reference: (what: string, o: Omit<Options<ReferenceSpec>, 'what'> = {}): ReferenceSpec => ({ kind: 'reference', what, ...o }),
  either: (what: string, options: readonly PropSpec[], o: Omit<Options<EitherSpec>, 'what' | 'options'> = {}): EitherSpec => ({ kind: 'either', what, options, ...o }),
  constant: (value: string | number | boolean): ConstantSpec => ({ kind: 'constant', value }),
};

/** Checks AWS's own rules for a value landing in an argument; installed by the AWS side (`aws/common`). */
export type AwsArgumentCheck = (scope: IConstruct, prop: string, value: unknown, argument: AwsArgument) => void;
let awsArgumentCheck: AwsArgumentCheck | undefined;

/** Installs the check of {@link AwsArgument}s (called once by `aws/common`, which knows the tables). @internal */
export function setAwsArgumentCheck(check: AwsArgumentCheck): void {
  awsArgumentCheck = check;
}

/** The token type a spec's value has, when it is a single value. */
function tokenType(s: PropSpec): ValueType | undefined {
  switch (s.kind) {
    case 'text':
    case 'name':
    case 'arn':
    case 'cidr':
    case 'email':
    case 'url':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return typeof s.values[0] === 'number' ? 'number' : 'string';
    case 'list':
      return 'list';
    case 'map':
      return 'map';
    default:
      return undefined;
  }
}

/** Whether a value passes a spec (for `either`): the first check's error, if any. */
function tryCheck(scope: IConstruct, prop: string, value: unknown, s: PropSpec): InvalidPropError | undefined {
  try {
    checkBySpec(scope, prop, value, s);
    return undefined;
  } catch (e) {
    if (e instanceof InvalidPropError) return e;
    throw e;
  }
}

/**
 * Checks one value against its spec: type (JavaScript and YAML callers),
 * tokens (carried or refused), range, pattern, nested fields and items, and
 * AWS's rules for the argument it lands in. Throws an `InvalidPropError`
 * naming the construct path, the prop (dotted, with list indexes), the value
 * and what is allowed. `undefined` passes unless the spec is `required`.
 */
export function checkBySpec(scope: IConstruct, prop: string, value: unknown, s: PropSpec): void {
  if (value === undefined) {
    if (s.required !== undefined) throw new InvalidPropError(scope, prop, value, `is required: ${s.required}`);
    return;
  }
  if (value === null) throw new InvalidPropError(scope, prop, null, s.required !== undefined ? `is required: ${s.required} (null is not a value)` : 'must be left out or given a value (null is not a value)');
  if (isUnresolved(value)) {
    const type = tokenType(s);
    const policy = s.tokens ?? (type === undefined ? { refuse: 'its fields are read at synth' } : 'carry');
    if (policy !== 'carry') checkKnown(scope, prop, value, policy.refuse);
    if (type !== undefined && isTokenFor(value, type)) return;
    // A token of another type (a string token for a number): the type checks below say so.
  }
  switch (s.kind) {
    case 'text':
    case 'name':
      checkString(scope, prop, value);
      if (s.nonEmpty || s.maxLength !== undefined) checkNonEmptyOrLength(scope, prop, value as string, s);
      if (s.pattern) checkPattern(scope, prop, value as string, s.pattern, s.what ?? `a string matching ${s.pattern}`, s.suggest);
      break;
    case 'number':
      if (typeof value !== 'number' && !isTokenFor(value, 'number')) throw new InvalidPropError(scope, prop, value, `must be a number (got ${kindOf(value)})`);
      checkNumber(scope, prop, value as number, s, s.what);
      break;
    case 'boolean':
      checkBoolean(scope, prop, value);
      break;
    case 'enum':
      checkOneOf(scope, prop, value, s.values);
      break;
    case 'arn':
      checkString(scope, prop, value);
      checkArn(scope, prop, value as string, s.service);
      break;
    case 'cidr': {
      checkString(scope, prop, value);
      const parsed = parseIpv4Cidr(value as string);
      if ('problem' in parsed) throw new InvalidPropError(scope, prop, value, `must be ${parsed.problem}`);
      break;
    }
    case 'email':
      checkString(scope, prop, value);
      checkEmail(scope, prop, value as string);
      break;
    case 'url':
      checkUrl(scope, prop, value as string, s.protocols);
      break;
    case 'list':
      checkListBySpec(scope, prop, value, s);
      break;
    case 'map':
      checkObject(scope, prop, value);
      if (isUnresolved(value)) break;
      if (s.maxKeys !== undefined && Object.keys(value as object).length > s.maxKeys) {
        throw new InvalidPropError(scope, prop, value, `must have at most ${s.maxKeys} keys (got ${Object.keys(value as object).length})`);
      }
      for (const [key, item] of Object.entries(value as object)) {
        if (isUnresolved(key)) continue;
        if (s.keys) checkBySpec(scope, `${prop}.${key}`, key, s.keys);
        if (item === undefined || item === null) throw new InvalidPropError(scope, `${prop}.${key}`, item, `must be ${kindWords(s.values)} (got ${kindOf(item)})`);
        checkBySpec(scope, `${prop}.${key}`, item, s.values);
      }
      if (s.tags) checkTags(scope, prop, value as Record<string, string>);
      break;
    case 'object': {
      checkObject(scope, prop, value);
      const plain = Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null;
      if (plain || !s.instances || isUnresolved(value)) checkKeys(scope, prop, value, [...Object.keys(s.fields), ...(s.unread ?? [])]);
      for (const [field, fieldSpec] of Object.entries(s.fields)) checkBySpec(scope, `${prop}.${field}`, (value as Record<string, unknown>)[field], fieldSpec);
      s.check?.(scope, prop, value as Record<string, unknown>);
      break;
    }
    case 'reference':
      if (s.check) s.check(scope, prop, value);
      else if (typeof value !== 'object' || Array.isArray(value) || (s.is && !s.is(value))) throw new InvalidPropError(scope, prop, value, `must be ${s.what}`);
      break;
    case 'either': {
      const errors = s.options.map((o) => tryCheck(scope, prop, value, o));
      if (errors.every((e) => e !== undefined)) {
        // The option of the value's own shape explains best: an object's field error over "must be false".
        const shaped = s.options.findIndex((o) => sameShape(o, value));
        throw shaped >= 0 ? errors[shaped]! : new InvalidPropError(scope, prop, value, `must be ${s.what}`);
      }
      break;
    }
    case 'constant':
      if (value !== s.value) throw new InvalidPropError(scope, prop, value, `must be ${JSON.stringify(s.value)}`);
      break;
  }
  if (s.aws && awsArgumentCheck && !isUnresolved(value)) for (const argument of [s.aws].flat() as AwsArgument[]) awsArgumentCheck(scope, prop, value, argument);
}

/**
 * What a spec accepts, in words, for the docs' prop tables: the kind and every
 * constraint (`an integer from 7 to 30`, `a list of 1 to 50 CIDR blocks`).
 */
export function describeSpec(s: PropSpec, nested = false): string {
  const parts: string[] = [];
  switch (s.kind) {
    case 'text':
    case 'name':
      parts.push(s.kind === 'name' ? 'a name' : 'text');
      if (s.what) parts.push(`(${s.what})`);
      else if (s.pattern) parts.push(`matching \`${s.pattern.source}\``);
      if (s.nonEmpty) parts.push('not empty');
      if (s.maxLength !== undefined) parts.push(`at most ${s.maxLength} characters`);
      break;
    case 'number':
      parts.push(s.what ?? describeNumberRule(s));
      break;
    case 'list':
      parts.push(`a list${s.minItems !== undefined || s.maxItems !== undefined ? ` of ${countWords(s.minItems, s.maxItems)} items` : ''}${s.unique ? ', no repeats' : ''}, each ${describeSpec(s.items, true)}`);
      break;
    case 'map':
      parts.push(
        s.tags
          ? 'AWS tags (keys 1-128 characters, not `aws:`; values at most 256)'
          : `a map${s.maxKeys !== undefined ? ` of at most ${s.maxKeys} keys` : ''}${s.keys ? `, each key ${describeSpec(s.keys, true)}` : ''}, each value ${describeSpec(s.values, true)}`,
      );
      break;
    case 'object':
      parts.push(Object.keys(s.fields).length ? `an object of ${Object.keys(s.fields).map((f) => `\`${f}\``).join(', ')}` : 'an empty object (no keys)');
      break;
    case 'either':
      parts.push(s.what);
      break;
    case 'cidr':
      parts.push('an IPv4 CIDR block');
      break;
    case 'email':
      parts.push('an email address');
      break;
    case 'url':
      parts.push(`an ${(s.protocols ?? ['https:']).map((p) => p.replace(':', '')).join(' or ')} URL`);
      break;
    case 'arn':
      parts.push(s.service ? `an ARN of ${s.service}` : 'an ARN');
      break;
    default:
      parts.push(kindWords(s));
  }
  if (!nested && s.tokens !== undefined && s.tokens !== 'carry') parts.push('(known at synth: no Terraform reference)');
  if (s.aws) parts.push(`(AWS: ${[s.aws].flat().map((a) => `\`${(a as AwsArgument).resource}.${(a as AwsArgument).argument}\``).join(', ')})`);
  return parts.join(' ');
}

function countWords(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min}` : `${min} to ${max}`;
  return min !== undefined ? `at least ${min}` : `at most ${max}`;
}

/** What a spec's values are, in words: `an object`, `a string`. */
export function kindWords(s: PropSpec): string {
  switch (s.kind) {
    case 'object':
    case 'map':
      return 'an object';
    case 'list':
      return 'a list';
    case 'number':
      return s.integer ? 'an integer' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'reference':
    case 'either':
      return s.what;
    case 'enum':
      return `one of ${s.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'constant':
      return JSON.stringify(s.value);
    case 'arn':
      return 'an ARN';
    default:
      return 'a string';
  }
}

function sameShape(s: PropSpec, value: unknown): boolean {
  if (s.kind === 'object' || s.kind === 'map' || s.kind === 'reference') return typeof value === 'object' && value !== null && !Array.isArray(value);
  if (s.kind === 'list') return Array.isArray(value);
  if (s.kind === 'constant') return typeof value === typeof s.value;
  return typeof value === (tokenType(s) === 'boolean' ? 'boolean' : tokenType(s));
}

function checkNonEmptyOrLength(scope: IConstruct, prop: string, value: string, s: StringSpec): void {
  if (s.nonEmpty) checkNonEmpty(scope, prop, value, s.maxLength);
  else if (s.maxLength !== undefined && value.length > s.maxLength) throw new InvalidPropError(scope, prop, value, `must be at most ${s.maxLength} characters (got ${value.length})`);
}

function checkListBySpec(scope: IConstruct, prop: string, value: unknown, s: ListSpec): void {
  checkList(scope, prop, value);
  if (isUnresolved(value)) return;
  const items = value as unknown[];
  if (s.minItems !== undefined || s.maxItems !== undefined) checkCount(scope, prop, items, s.minItems ?? 0, s.maxItems);
  const seen = new Map<unknown, number>();
  items.forEach((item, i) => {
    if (item === undefined || item === null) throw new InvalidPropError(scope, `${prop}[${i}]`, item, `must be ${kindWords(s.items)} (got ${kindOf(item)})`);
    checkBySpec(scope, `${prop}[${i}]`, item, s.items);
    if (s.unique && (typeof item === 'string' || typeof item === 'number') && !isUnresolved(item)) {
      if (seen.has(item)) throw new InvalidPropError(scope, `${prop}[${i}]`, item, `must not repeat an earlier item (${prop}[${seen.get(item)}])`);
      seen.set(item, i);
    }
  });
}

/**
 * Checks a construct's props against its specs: the props object itself,
 * no unknown prop (with a did-you-mean), then every prop by its spec.
 */
export function checkPropsBySpec<P>(scope: IConstruct, props: P, specs: PropSpecs<P>): void {
  if (props === undefined || props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new InvalidPropError(scope, 'props', props, `must be an object of props (got ${kindOf(props)})`);
  }
  const all = specs as Record<string, PropSpec>;
  checkKeys(scope, '', props, Object.keys(all));
  for (const [prop, s] of Object.entries(all)) checkBySpec(scope, prop, (props as Record<string, unknown>)[prop], s);
}

/**
 * Checks the arguments of an exported function (a helper called without a
 * construct: `zoneHeadroom(4, 3)`, `standbyCapacity(primary, options)`) the
 * way a construct checks its props, by the same specs: types for JavaScript
 * and YAML callers, `null` and `{}`, tokens carried or refused, ranges. A
 * refusal is a {@link PropError} (or the function's own subclass, from
 * `make`) naming the argument (dotted into nested fields), the value and what
 * is allowed, and the function in the message; a construct calling the
 * function rethrows it under its own path with `withPropPath`.
 */
export function checkArgumentsBySpec(
  fn: string,
  args: Readonly<Record<string, unknown>>,
  specs: Readonly<Record<string, PropSpec>>,
  make: (prop: string, value: unknown, allowed: string) => PropError = (prop, value, allowed) => new PropError(prop, value, allowed),
): void {
  // The specs' checks want a construct for the path in their errors; the function's name stands in, and is dropped again.
  const scope = { node: { path: fn } } as unknown as IConstruct;
  try {
    for (const [name, s] of Object.entries(specs)) checkBySpec(scope, name, args[name], s);
  } catch (e) {
    if (e instanceof InvalidPropError && e.constructPath === fn) throw make(e.prop, e.value, `${e.allowed} (argument of ${fn})`);
    throw e;
  }
}
