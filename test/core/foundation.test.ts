import { Fn, TerraformOutput, TerraformVariable, Testing, Token } from 'cdktf';
import { Construct } from 'constructs';
import * as fc from 'fast-check';
import { InvalidPropError, NameCollisionError, physicalName, PropError, ReliabilityError } from '../../src/core';
import { withPropPath } from '../../src/core/errors';
import { claimName } from '../../src/core/name-registry';
import { checkBoolean, checkKeys, checkKnown, checkList, checkStringList, checkStringMap, didYouMean } from '../../src/core/prop-types';
import { literal, literalInCall, literalMap } from '../../src/core/user-text';
import { SloDefinitionError } from '../../src/core/errors';
import { expectInvalidProp, testStack } from '../harness';

describe('error family', () => {
  test('every library error is a ReliabilityError; model errors are PropErrors', () => {
    const { stack } = testStack();
    expect(new InvalidPropError(stack, 'p', 1, 'x')).toBeInstanceOf(ReliabilityError);
    expect(new SloDefinitionError('objective', 0.9, 'x')).toBeInstanceOf(PropError);
    expect(new NameCollisionError('k', 'n', 'a', 'b', 'w')).toBeInstanceOf(ReliabilityError);
  });

  test('a model error is rethrown under the construct path with the prop prefixed', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'svc');
    expect(() =>
      withPropPath(c, 'slos[1]', () => {
        throw new SloDefinitionError('objective', 0.9995, 'must be a percentage');
      }),
    ).toThrow('test/svc: invalid slos[1].objective 0.9995: must be a percentage');
  });

  test('a token is shown as its Terraform expression, never as the number that encodes it', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'min', { type: 'number' });
    const e = new InvalidPropError(stack, 'minCapacity', v.numberValue, 'must be known at synth');
    expect(e.message).toBe('test: invalid minCapacity ${var.min} (a token): must be known at synth');
    expect(e.message).not.toMatch(/e\+\d+/);
    const s = new InvalidPropError(stack, 'service', `svc-${v.stringValue}`, 'x');
    expect(s.message).toContain('svc-${var.min}');
  });
});

describe('run-time type checks', () => {
  const { stack } = testStack();
  const bool = new TerraformVariable(stack, 'b', { type: 'bool' });
  const list = new TerraformVariable(stack, 'l', { type: 'list(string)' });
  const map = new TerraformVariable(stack, 'm', { type: 'map(string)' });

  test('"false" is not a boolean; a boolean token is', () => {
    expect(() => checkBoolean(stack, 'deletionProtection', 'false')).toThrow('test: invalid deletionProtection "false": must be true or false (got a string)');
    expect(() => checkBoolean(stack, 'x', bool.booleanValue)).not.toThrow();
    expect(() => checkBoolean(stack, 'x', undefined)).not.toThrow();
  });

  test('a string is not a list (it would be split into characters)', () => {
    expect(() => checkList(stack, 'command', '/app --serve')).toThrow('must be a list (got a string)');
    expect(() => checkStringList(stack, 'command', ['/app', 3])).toThrow('invalid command[1] 3: must be a string (got a number)');
    expect(() => checkStringList(stack, 'cidrs', ['a', 'a'], { unique: true })).toThrow('cidrs[1] "a": must not repeat');
    expect(() => checkStringList(stack, 'x', list.listValue)).not.toThrow();
  });

  test('maps hold strings; null and lists are not maps; a map token passes', () => {
    expect(() => checkStringMap(stack, 'tags', null)).toThrow('must be an object (got null)');
    expect(() => checkStringMap(stack, 'tags', ['a'])).toThrow('must be an object (got a list)');
    expect(() => checkStringMap(stack, 'tags', { a: 1 })).toThrow('invalid tags.a 1: must be a string');
    expect(() => checkStringMap(stack, 'tags', map.value)).not.toThrow();
  });

  test('unknown keys fail with a did-you-mean', () => {
    expect(() => checkKeys(stack, 'alarms', { cpuHihg: {} }, ['cpuHigh', 'freeStorage'])).toThrow('unknown prop alarms.cpuHihg (did you mean cpuHigh?)');
    expect(didYouMean('zzzzzz', ['cpuHigh'])).toBeUndefined();
  });

  test('an object of known fields given as one token is refused (its fields are read one by one); a token field passes', () => {
    expect(() => checkKeys(stack, 'healthCheck', map.value, ['path', 'port'])).toThrow(
      /invalid healthCheck \$\{var\.\w+\} \(a token\): must be known at synth, an object of path, port \(each of them may be a Terraform reference\)/,
    );
    expect(() => checkKeys(stack, 'healthCheck', { path: Token.asString(map.value) }, ['path', 'port'])).not.toThrow();
  });

  test('null for a field of a nested object is not "left out" (YAML and JSON callers): it fails, naming the field', () => {
    expect(() => checkKeys(stack, 'airGappedVault', { minRetentionDays: null, maxRetentionDays: 30 }, ['minRetentionDays', 'maxRetentionDays'])).toThrow(
      'invalid airGappedVault.minRetentionDays null: must be left out or given a value (null is not a value)',
    );
  });

  test('a shape-deciding prop must be known at synth', () => {
    expect(() => checkKnown(stack, 'readers', list.listValue)).toThrow('must be known at synth');
    expect(() => checkKnown(stack, 'readers', 2)).not.toThrow();
  });

  test('property: any non-boolean value fails checkBoolean with the prop named, and never crashes', () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== 'boolean' && v !== undefined), (v) => {
        expect(expectInvalidProp(() => checkBoolean(stack, 'flag', v)).prop).toBe('flag');
      }),
    );
  });
});

describe('user text', () => {
  test('template openers are escaped, tokens are left alone', () => {
    expect(literal('cost ${x} and %{if}')).toBe('cost $${x} and %%{if}');
    expect(literal(undefined)).toBeUndefined();
    const { stack } = testStack();
    const token = new TerraformVariable(stack, 'v', { type: 'string' }).stringValue;
    expect(literal(token)).toBe(token);
    expect(literal(`\${x} ${token}`)).toBe(`\${x} ${token}`);
    expect(literalMap({ team: '${oops}' })).toEqual({ team: '$${oops}' });
  });

  test('property: escaping is reversible by Terraform (unescape gives the original)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!s.includes('${TfToken') && !s.includes('#{TfToken'));
        const unescaped = literal(s).replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
        expect(unescaped).toBe(s);
      }),
    );
  });
});

describe('user text inside a function call (Fn.jsonencode)', () => {
  /** How Terraform reads a quoted HCL string: \\ \" \n escapes, $${ and %%{ for literal template openers. */
  const hclUnquote = (s: string): string => s.replace(/\\(.)|\$\$\{|%%\{/g, (m, c: string | undefined) => (c === undefined ? m.slice(1) : c === 'n' ? '\n' : c));

  test('cdktf escapes ${ there but not %{, " or \\: literalInCall escapes those, so the string reads back as written', () => {
    const { stack } = testStack();
    new TerraformOutput(stack, 'body', { value: Fn.jsonencode(literalInCall({ a: 'q"x\\y ${var.x} %{ if true }' })) });
    const value: string = JSON.parse(Testing.synth(stack)).output.body.value;
    const quoted = /"a" = "((?:[^"\\]|\\.)*)"/.exec(value)![1];
    expect(quoted).toBe('q\\"x\\\\y $${var.x} %%{ if true }');
    expect(hclUnquote(quoted)).toBe('q"x\\y ${var.x} %{ if true }');
  });

  test('property: cdktf\'s escaping after literalInCall reads back as the original (tokens left alone)', () => {
    const cdktfEscape = (s: string) => s.replace(/\n/g, '\\n').replace(/\$\{/g, '$$${');
    fc.assert(
      fc.property(fc.string(), (s) => {
        fc.pre(!s.includes('${TfToken') && !s.includes('#{TfToken'));
        expect(hclUnquote(cdktfEscape(literalInCall(s)))).toBe(s);
      }),
    );
    const { stack } = testStack();
    const token = new TerraformVariable(stack, 'v', { type: 'string' }).stringValue;
    expect(literalInCall({ k: [token] })).toEqual({ k: [token] });
  });
});

describe('physical names', () => {
  test('capitals are lower-cased before disallowed characters are replaced', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'OrdersDb');
    expect(physicalName(c, { lowerCase: true, allowed: /[a-z0-9-]/ })).toBe('test-ordersdb');
  });

  test('a second claim of one name in one place fails naming both constructs; other places are free', () => {
    const { stack } = testStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    claimName(a, { kind: 'SNS topic', name: 'alerts-page', where: 'aws eu-west-1' });
    claimName(b, { kind: 'SNS topic', name: 'alerts-page', where: 'aws us-east-1' });
    claimName(b, { kind: 'CloudWatch alarm', name: 'alerts-page', where: 'aws eu-west-1' });
    expect(() => claimName(b, { kind: 'SNS topic', name: 'alerts-page', where: 'aws eu-west-1' })).toThrow(
      'test/b: SNS topic name "alerts-page" is already used by test/a (aws eu-west-1)',
    );
    claimName(a, { kind: 'RDS identifier', name: 'Orders', where: 'w', caseInsensitive: true });
    expect(() => claimName(b, { kind: 'RDS identifier', name: 'orders', where: 'w', caseInsensitive: true })).toThrow(NameCollisionError);
  });
});
