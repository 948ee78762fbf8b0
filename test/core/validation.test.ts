import { Fn, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { describeValue, InvalidPropError } from '../../src/core';
import { checkArn, checkCount, checkEmail, checkNonEmpty, checkNumber, checkOneOf, checkPattern, checkUrl } from '../../src/core/validation';
import { testStack } from '../harness';

function scope(): Construct {
  const { stack } = testStack();
  return new Construct(stack, 'thing');
}

describe('InvalidPropError', () => {
  test('names the construct path, the prop, the value and what is allowed', () => {
    const s = scope();
    const e = new InvalidPropError(s, 'retentionDays', 3, 'must be at least 7');
    expect(e.message).toBe('test/thing: invalid retentionDays 3: must be at least 7');
    expect(e).toMatchObject({ constructPath: 'test/thing', prop: 'retentionDays', value: 3, allowed: 'must be at least 7' });
    expect(e).toBeInstanceOf(Error);
  });

  test('quotes strings and cuts long values', () => {
    expect(describeValue('x')).toBe('"x"');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue('a'.repeat(500))).toHaveLength(120);
  });
});

describe('checkNumber', () => {
  test('accepts values in range and undefined', () => {
    const s = scope();
    expect(() => checkNumber(s, 'n', 5, { min: 1, max: 10, integer: true })).not.toThrow();
    expect(() => checkNumber(s, 'n', undefined, { min: 1 })).not.toThrow();
  });

  test.each([
    [0, 'must be an integer from 1 to 10'],
    [11, 'must be an integer from 1 to 10'],
    [2.5, 'must be an integer from 1 to 10'],
    [NaN, 'must be an integer from 1 to 10'],
    [Infinity, 'must be an integer from 1 to 10'],
  ])('rejects %p', (value, allowed) => {
    const s = scope();
    expect(() => checkNumber(s, 'minSize', value, { min: 1, max: 10, integer: true })).toThrow(`test/thing: invalid minSize ${value}: ${allowed}`);
  });

  test('an integer without a max is still held to what the APIs take (32-bit)', () => {
    const s = scope();
    expect(() => checkNumber(s, 'requiredCapacity', 2147483647, { min: 1, integer: true })).not.toThrow();
    expect(() => checkNumber(s, 'requiredCapacity', 1e300, { min: 1, integer: true })).toThrow(
      'test/thing: invalid requiredCapacity 1e+300: must be an integer >= 1 and at most 2147483647 (the APIs take 32-bit integers)',
    );
    expect(() => checkNumber(s, 'threshold', 1e300, {})).not.toThrow();
  });

  test('exclusive bounds', () => {
    const s = scope();
    expect(() => checkNumber(s, 'objective', 100, { greaterThan: 0, lessThan: 100 })).toThrow('must be a number > 0 and < 100');
  });

  test('does not range-check an unresolved token', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'size', { type: 'number' });
    expect(() => checkNumber(stack, 'n', v.numberValue, { min: 1, max: 2 })).not.toThrow();
  });
});

describe('string checks', () => {
  test('one of', () => {
    const s = scope();
    expect(() => checkOneOf(s, 'engine', 'oracle', ['postgres', 'mysql'])).toThrow('invalid engine "oracle": must be one of "postgres", "mysql"');
    expect(() => checkOneOf(s, 'engine', 'mysql', ['postgres', 'mysql'])).not.toThrow();
  });

  test('one of: a near miss gets a did-you-mean (issue 21: CloudWatch vocabularies and every other enum)', () => {
    const s = scope();
    expect(() => checkOneOf(s, 'treatMissingData', 'notbreaching', ['missing', 'ignore', 'breaching', 'notBreaching'])).toThrow(
      'test/thing: invalid treatMissingData "notbreaching": must be one of "missing", "ignore", "breaching", "notBreaching" (did you mean "notBreaching"?)',
    );
    expect(() => checkOneOf(s, 'engine', 'oracle', ['postgres', 'mysql'])).toThrow(/must be one of "postgres", "mysql"$/);
    expect(() => checkPattern(s, 'statistic', 'sum', /^(Sum|p\d+)$/, 'Sum or a percentile', ['Sum'])).toThrow('must be Sum or a percentile (did you mean "Sum"?)');
  });

  test('pattern and non-empty', () => {
    const s = scope();
    expect(() => checkPattern(s, 'name', 'A!', /^[a-z]+$/, 'lower-case letters')).toThrow('must be lower-case letters');
    expect(() => checkNonEmpty(s, 'name', '  ')).toThrow('must be a non-empty string');
    expect(() => checkNonEmpty(s, 'name', 'abcdef', 3)).toThrow('at most 3 characters (got 6)');
  });

  test('email', () => {
    const s = scope();
    expect(() => checkEmail(s, 'email', 'oncall@example.com')).not.toThrow();
    for (const bad of ['oncall', 'oncall@', '@example.com', 'on call@example.com', 'a@b']) {
      expect(() => checkEmail(s, 'email', bad)).toThrow(InvalidPropError);
    }
  });

  test('url', () => {
    const s = scope();
    expect(() => checkUrl(s, 'url', 'https://events.pagerduty.com/integration/abc/enqueue')).not.toThrow();
    expect(() => checkUrl(s, 'url', 'http://example.com')).toThrow('must be an absolute https:// URL');
    expect(() => checkUrl(s, 'url', 'http://example.com', ['http:', 'https:'])).not.toThrow();
    expect(() => checkUrl(s, 'url', 'not a url')).toThrow(InvalidPropError);
  });

  test('arn', () => {
    const s = scope();
    expect(() => checkArn(s, 'queue', 'arn:aws:sqs:eu-west-1:123456789012:alerts', 'sqs')).not.toThrow();
    expect(() => checkArn(s, 'queue', 'arn:aws:lambda:eu-west-1:123456789012:function:x', 'sqs')).toThrow('an ARN of a sqs resource');
    expect(() => checkArn(s, 'role', 'arn:aws:iam::123:role/x', 'iam')).toThrow('invalid role "arn:aws:iam::123:role/x"');
    expect(() => checkArn(s, 'policy', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'iam')).not.toThrow();
    expect(() => checkArn(s, 'bucket', 'arn:aws:s3:::logs', 's3')).not.toThrow();
    expect(() => checkArn(s, 'queue', 'alerts', 'sqs')).toThrow(InvalidPropError);
  });

  test('tokens pass string checks', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'email', { type: 'string' });
    expect(() => checkEmail(stack, 'email', v.stringValue)).not.toThrow();
    expect(() => checkUrl(stack, 'url', Fn.join('', ['https://', v.stringValue]))).not.toThrow();
  });

  test('count', () => {
    const s = scope();
    expect(() => checkCount(s, 'zones', ['a'], 2, 6)).toThrow('must have 2 to 6 item(s) (got 1)');
    expect(() => checkCount(s, 'zones', ['a', 'b'], 2)).not.toThrow();
  });
});
