import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import '../../src/aws/common/aws-argument-check';
import { checkArgumentsBySpec, checkBySpec, checkPropsBySpec, describeSpec, PropSpec, spec } from '../../src/core/prop-spec';
import { expectThrown, testStack } from '../harness';
import { InvalidPropError, PropError } from '../../src/core/errors';

function scope(): Construct {
  return new Construct(testStack().stack, 'c');
}

/** The message checkBySpec throws for a value, or undefined when it passes. */
function refusal(s: PropSpec, value: unknown): string | undefined {
  try {
    checkBySpec(scope(), 'p', value, s);
    return undefined;
  } catch (e) {
    if (e instanceof InvalidPropError) return e.message;
    throw e;
  }
}

describe('checkBySpec: one validator for props as data', () => {
  test.each<[string, PropSpec, unknown, string | undefined]>([
    ['an integer in range', spec.integer({ min: 7, max: 30 }), 30, undefined],
    ['an integer past the max', spec.integer({ min: 7, max: 30 }), 31, 'test/c: invalid p 31: must be an integer from 7 to 30'],
    ['a string for a number', spec.number(), '5', 'test/c: invalid p "5": must be a number (got a string)'],
    ['null', spec.text(), null, 'test/c: invalid p null: must be left out or given a value (null is not a value)'],
    ['a required prop left out', spec.text({ required: 'the address' }), undefined, 'test/c: invalid p undefined: is required: the address'],
    ['a required prop given null (JSON, YAML): required, not "leave it out"', spec.text({ required: 'the address' }), null, 'test/c: invalid p null: is required: the address (null is not a value)'],
    ['a map key off the keys spec', spec.map(spec.text(), { keys: spec.name({ pattern: /^[A-Z_]+$/, what: 'an upper-case name' }) }), { ok: 'x' }, 'test/c: invalid p.ok "ok": must be an upper-case name'],
    ['map keys that follow the keys spec', spec.map(spec.text(), { keys: spec.name({ pattern: /^[A-Z_]+$/, what: 'an upper-case name' }) }), { OK_1: 'x' }, 'test/c: invalid p.OK_1 "OK_1"'],
    ['map keys that follow the keys spec pass', spec.map(spec.text(), { keys: spec.name({ pattern: /^[A-Z_]+$/, what: 'an upper-case name' }) }), { OK: 'x' }, undefined],
    ['a name off its pattern', spec.name({ pattern: /^[a-z]+$/, what: 'lower-case letters' }), 'A', 'test/c: invalid p "A": must be lower-case letters'],
    ['a CIDR with a leading zero', spec.cidr(), '10.01.0.0/16', 'no leading zeros'],
    ['a list item null', spec.list(spec.object({ a: spec.boolean() })), [null], 'test/c: invalid p[0] null: must be an object (got null)'],
    ['a repeated item, naming the earlier one', spec.list(spec.text(), { unique: true }), ['a', 'b', 'a'], 'test/c: invalid p[2] "a": must not repeat an earlier item (p[0])'],
    ['too many items', spec.list(spec.text(), { maxItems: 1 }), ['a', 'b'], 'must have 0 to 1 item(s) (got 2)'],
    ['a misspelt field', spec.object({ enabled: spec.boolean() }), { enabeld: true }, 'test/c: unknown prop p.enabeld (did you mean enabled?)'],
    ['a nested field of the wrong type', spec.object({ enabled: spec.boolean() }), { enabled: 'yes' }, 'test/c: invalid p.enabled "yes": must be true or false'],
    ['a map value null', spec.map(spec.arn('sns')), { page: null }, 'test/c: invalid p.page null: must be an ARN (got null)'],
    ['either: false', spec.either('false or an object', [spec.constant(false), spec.object({ a: spec.boolean() })]), false, undefined],
    ['either: the object option explains', spec.either('false or an object', [spec.constant(false), spec.object({ a: spec.boolean() })]), { a: 1 }, 'invalid p.a 1: must be true or false'],
    ['either: neither shape', spec.either('false or an object', [spec.constant(false), spec.object({ a: spec.boolean() })]), 'no', 'invalid p "no": must be false or an object'],
    ['an enum near miss gets a did-you-mean', spec.oneOf(['Sum', 'Average']), 'sum', 'test/c: invalid p "sum": must be one of "Sum", "Average" (did you mean "Sum"?)'],
    ['a vocabulary written as a pattern suggests', spec.name({ pattern: /^(Sum|p\d+)$/, what: 'Sum or a percentile', suggest: ['Sum', 'p99'] }), 'P99', 'test/c: invalid p "P99": must be Sum or a percentile (did you mean "p99"?)'],
    ['a map key off its spec', spec.map(spec.text(), { keys: spec.name({ pattern: /^[A-Z]/, what: 'a capitalised name' }) }), { env: 'x' }, 'test/c: invalid p.env "env": must be a capitalised name'],
    ['a map with too many keys', spec.map(spec.text(), { maxKeys: 1 }), { a: 'x', b: 'y' }, 'test/c: invalid p {"a":"x","b":"y"}: must have at most 1 keys (got 2)'],
    ['a number in its own words', spec.number({ greaterThan: 0, lessThan: 100, what: 'a percentage between 0 and 100' }), 100, 'test/c: invalid p 100: must be a percentage between 0 and 100'],
    // AWS Backup API, CreateBackupVault: BackupVaultName ^[a-zA-Z0-9\-\_]{2,50}$ (the aws-validity tables).
    ['a value AWS refuses where it lands (aws_backup_vault.name)', spec.name({ aws: { resource: 'aws_backup_vault', argument: 'name' } }), 'a', 'aws_backup_vault.name; api-models-aws backup'],
  ])('%s', (_name, s, value, message) => {
    const got = refusal(s, value);
    if (message === undefined) expect(got).toBeUndefined();
    else expect(got).toContain(message);
  });

  test('tokens: carried by default for values, refused when the spec says why, refused for objects', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'c');
    const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
    expect(() => checkBySpec(c, 'p', n, spec.integer({ min: 1, max: 2 }))).not.toThrow();
    expect(expectThrown(() => checkBySpec(c, 'p', n, spec.integer({ tokens: { refuse: 'it sizes the plan' } })), InvalidPropError).message).toContain('must be known at synth, not a Terraform variable or reference: it sizes the plan');
    const m = new TerraformVariable(stack, 'm', { type: 'map(string)' }).value;
    expect(expectThrown(() => checkBySpec(c, 'p', m, spec.object({ a: spec.boolean() })), InvalidPropError).message).toContain('must be known at synth');
  });

  test('checkPropsBySpec refuses an unknown prop with a did-you-mean and a props object that is not one', () => {
    const specs = { severities: spec.list(spec.text()) };
    expect(expectThrown(() => checkPropsBySpec<unknown>(scope(), { severites: [] }, specs as never), InvalidPropError).message).toContain('unknown prop severites (did you mean severities?)');
    expect(expectThrown(() => checkPropsBySpec<unknown>(scope(), 'x', specs as never), InvalidPropError).message).toContain('must be an object of props (got a string)');
  });

  test('describeSpec says what is accepted, for the docs', () => {
    expect(describeSpec(spec.integer({ min: 7, max: 30, aws: { resource: 'aws_kms_key', argument: 'deletion_window_in_days' } }))).toBe('an integer from 7 to 30 (AWS: `aws_kms_key.deletion_window_in_days`)');
    expect(describeSpec(spec.list(spec.cidr(), { minItems: 1, maxItems: 50, unique: true }))).toBe('a list of 1 to 50 items, no repeats, each an IPv4 CIDR block');
    expect(describeSpec(spec.map(spec.text(), { keys: spec.name({ pattern: /^[A-Z]+$/, what: 'upper case' }) }))).toBe('a map, each key a name (upper case), each value text');
  });

  test('an interface spec: keys the construct does not read pass unchecked, a class instance passes by its fields, then the fields are related', () => {
    const related = jest.fn((_scope: unknown, prop: string, value: Readonly<Record<string, unknown>>) => {
      if (value.a === 'bad') throw new InvalidPropError('x', `${prop}.a`, value.a, 'must not be bad');
    });
    const s = spec.object<{ a: string }>({ a: spec.text({ required: 'a' }) }, { unread: ['b'], instances: true, check: related as never });
    expect(refusal(s, { a: 'x', b: 42 })).toBeUndefined();
    expect(refusal(s, { a: 'x', c: 42 })).toContain('; known: a, b');
    class Implementation {
      public readonly a = 'x';
      public readonly other = 1;
    }
    expect(refusal(s, new Implementation())).toBeUndefined();
    expect(refusal(spec.object<{ a: string }>({ a: spec.text() }), new Implementation())).toContain('unknown prop p.other');
    expect(refusal(s, { a: 'bad' })).toBe('x: invalid p.a "bad": must not be bad');
    expect(related).toHaveBeenCalledTimes(3); // not for the object refused by its keys
  });
});

describe('checkArgumentsBySpec: exported functions check their arguments like constructs', () => {
  const specs = { size: spec.integer({ required: 'the size', min: 1 }), options: spec.object<{ share?: number }>({ share: spec.number({ max: 1 }) }) };

  test('a PropError naming the argument and the function, not a construct path', () => {
    const e = expectThrown(() => checkArgumentsBySpec('sizeIt', { size: 0 }, specs), PropError);
    expect(e).not.toBeInstanceOf(InvalidPropError);
    expect(e).toMatchObject({ prop: 'size', value: 0 });
    expect(e.message).toBe('invalid size 0: must be an integer >= 1 (argument of sizeIt)');
    expect(expectThrown(() => checkArgumentsBySpec('sizeIt', { size: 1, options: { share: 2 } }, specs), PropError).prop).toBe('options.share');
    expect(expectThrown(() => checkArgumentsBySpec('sizeIt', { size: 1, options: null }, specs), PropError).message).toContain('null is not a value');
    expect(() => checkArgumentsBySpec('sizeIt', { size: 1, options: {} }, specs)).not.toThrow();
  });

  test('a subclass of PropError when the function has its own', () => {
    class PlanError extends PropError {}
    expect(() => checkArgumentsBySpec('plan', { size: 'x' }, specs, (p, v, a) => new PlanError(p, v, a))).toThrow(PlanError);
  });

  test('a token is refused where the spec says why, with the function named', () => {
    const { stack } = testStack();
    const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
    expect(expectThrown(() => checkArgumentsBySpec('sizeIt', { size: n }, { size: spec.integer({ tokens: { refuse: 'it sizes the plan' } }) }), PropError).message).toContain('must be known at synth, not a Terraform variable or reference: it sizes the plan (argument of sizeIt)');
  });
});
