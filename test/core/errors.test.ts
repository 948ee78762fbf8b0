import * as errors from '../../src/core/errors';
import { inspect } from 'node:util';
import { runApp } from '../../src/core/run-app';
import { describeValue, ERROR_CODES, FrameworkMismatchError, hasErrorCode, installAdvice, InvalidPropError, isReliabilityError, NameCollisionError, PropError, ReliabilityError, SloDefinitionError, UnknownPropError } from '../../src/core/errors';

/** A second copy of the error module, as cdktf-reliability and cdktn-reliability (or two versions) are in one app. */
function secondCopy(): typeof errors {
  let copy: typeof errors | undefined;
  jest.isolateModules(() => {
    copy = jest.requireActual<typeof errors>('../../src/core/errors');
  });
  expect(copy!.InvalidPropError).not.toBe(InvalidPropError);
  return copy!;
}

describe('one error module: identity by brand and stable codes', () => {
  const framework = { name: 'cdktf', version: '0.21.0' };
  const each: Array<[string, () => ReliabilityError, string, string[]]> = [
    ['PropError', () => new PropError('objective', 2, 'must be below 100'), ERROR_CODES.prop, ['ReliabilityError', 'PropError']],
    ['SloDefinitionError', () => new SloDefinitionError('objective', 2, 'must be below 100'), ERROR_CODES.sloDefinition, ['ReliabilityError', 'PropError', 'SloDefinitionError']],
    ['InvalidPropError', () => new InvalidPropError('app/db', 'port', 0, 'must be 1 to 65535'), ERROR_CODES.invalidProp, ['ReliabilityError', 'InvalidPropError']],
    ['UnknownPropError', () => new UnknownPropError('app/db', 'requiredCapcity', 4, ['requiredCapacity', 'zoneCount'], 'requiredCapacity'), ERROR_CODES.unknownProp, ['ReliabilityError', 'InvalidPropError', 'UnknownPropError']],
    ['NameCollisionError', () => new NameCollisionError('SNS topic', 'alerts', 'app/a', 'app/b', 'aws eu-west-1'), ERROR_CODES.nameCollision, ['ReliabilityError', 'NameCollisionError']],
    ['FrameworkMismatchError', () => new FrameworkMismatchError('app/db', framework, { name: 'cdktn', version: '0.24.0' }, 'stack'), ERROR_CODES.frameworkMismatch, ['ReliabilityError', 'FrameworkMismatchError']],
  ];
  const classes = { ReliabilityError, PropError, SloDefinitionError, InvalidPropError, UnknownPropError, NameCollisionError, FrameworkMismatchError };

  test.each(each)('%s has its code, its name, and is an instance of exactly its class chain', (name, make, code, chain) => {
    const e = make();
    expect(e.code).toBe(code);
    expect(e.name).toBe(name);
    expect(e).toBeInstanceOf(Error);
    expect(isReliabilityError(e)).toBe(true);
    for (const [cls, ctor] of Object.entries(classes)) expect([cls, e instanceof ctor]).toEqual([cls, chain.includes(cls)]);
  });

  test.each(each)('%s from another copy of the library is recognised by this copy (instanceof, guard, code)', (name, _make, code, chain) => {
    const other = secondCopy();
    const make = each.find(([n]) => n === name)![1];
    // Build the error with the other copy's class of the same name.
    const OtherClass = (other as unknown as Record<string, new (...a: unknown[]) => ReliabilityError>)[name];
    const e = Reflect.construct(OtherClass, argsOf(make));
    for (const [cls, ctor] of Object.entries(classes)) expect([cls, e instanceof ctor]).toEqual([cls, chain.includes(cls)]);
    expect(isReliabilityError(e)).toBe(true);
    expect(hasErrorCode(e, code as errors.ReliabilityErrorCode)).toBe(true);
  });

  test('plain errors and look-alikes are not the library\'s', () => {
    for (const v of [new Error('x'), { code: ERROR_CODES.invalidProp }, null, undefined, 'RELIABILITY_INVALID_PROP', Object.assign(new Error('x'), { name: 'InvalidPropError' })]) {
      expect(isReliabilityError(v)).toBe(false);
      expect(v instanceof InvalidPropError).toBe(false);
    }
  });

  test('a FrameworkMismatchError names the package to install', () => {
    const e = new FrameworkMismatchError('app/db', framework, { name: 'cdktn', version: '0.24.0' }, 'stack');
    expect(e.message).toContain('Install cdktn-reliability');
    expect(e.constructPath).toBe('app/db');
  });
});

/** The constructor arguments each factory above used, so the other copy's class gets the same. */
function argsOf(make: () => ReliabilityError): unknown[] {
  const e = make();
  if (e instanceof FrameworkMismatchError) return [e.constructPath, e.libraryFramework, e.appFramework, 'stack'];
  if (e instanceof UnknownPropError) return [e.constructPath, e.prop, e.value, e.known, e.suggestion];
  if (e instanceof InvalidPropError) return [e.constructPath, e.prop, e.value, e.allowed];
  if (e instanceof NameCollisionError) return [e.kind, e.physicalName, e.firstPath, e.secondPath, e.where];
  if (e instanceof PropError) return [e.prop, e.value, e.allowed];
  return [e.message];
}

describe('values in messages: summarized and capped, never dumped (issue 29)', () => {
  class Provider {
    public readonly node = { path: 'payments/aws' };
    public readonly big = 'x'.repeat(10_000);
  }
  class Settings {
    public a = 1;
    public b = 2;
    public c = 3;
    public d = 4;
  }

  test.each<[string, unknown, string]>([
    ['a construct: its class and path', new Provider(), 'Provider at payments/aws'],
    ['another class instance: its class and first keys', new Settings(), 'Settings {a, b, c, ...}'],
    ['a plain object with a construct inside: JSON, the construct summarized', { provider: new Provider(), region: 'eu-west-1' }, '{"provider":"Provider at payments/aws","region":"eu-west-1"}'],
    ['a cyclic object: what it is, not a crash', (() => { const o: Record<string, unknown> = {}; o.self = o; return o; })(), 'an object'],
    ['a string', 'abc', '"abc"'],
    ['an infinite number inside an array', [Infinity], '["Infinity"]'],
  ])('%s', (_name, value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  test('nothing is longer than 120 characters', () => {
    for (const v of ['a'.repeat(500), { k: 'v'.repeat(500) }, Array.from({ length: 200 }, (_, i) => i)]) expect(describeValue(v).length).toBeLessThanOrEqual(120);
  });

  test('an uncaught prop error prints no value object: the value is not enumerable, the message carries its summary', () => {
    const e = new InvalidPropError('app/db', 'provider', new Provider(), 'must be an AwsProvider');
    expect(e.message).toBe('app/db: invalid provider Provider at payments/aws: must be an AwsProvider');
    expect(e.value).toBeInstanceOf(Provider);
    expect(Object.keys(e)).not.toContain('value');
    // What Node prints for an uncaught error: the stack, then the enumerable own properties.
    expect(inspect(e)).not.toContain('xxxxxxxxxx');
    const p = new PropError('objective', new Provider(), 'must be a number');
    expect(Object.keys(p)).not.toContain('value');
    expect(p.value).toBeInstanceOf(Provider);
  });

  test('a misspelt prop says "unknown prop" with the suggestion, not its own name where the value belongs', () => {
    const e = new UnknownPropError('app/svc', 'requiredCapcity', 4, ['requiredCapacity', 'zoneCount'], 'requiredCapacity');
    expect(e.message).toBe('app/svc: unknown prop requiredCapcity (did you mean requiredCapacity?); known: requiredCapacity, zoneCount');
    expect([e.prop, e.value, e.suggestion]).toEqual(['requiredCapcity', 4, 'requiredCapacity']);
    expect(new UnknownPropError('app/svc', 'alarms.cpu', {}, []).message).toBe('app/svc: unknown prop alarms.cpu; none is known here');
  });

  test('the install advice names the registry package and, until it is published, the tarball to pack', () => {
    expect(installAdvice('cdktn-reliability')).toBe(
      'npm install cdktn-reliability; while it is not published on npm, install the tarball packed from a clone of the library ' +
        '(npm ci && npm run build && npm pack ./build/cdktn): npm install /path/to/cdktn-reliability-<version>.tgz',
    );
    expect(installAdvice('cdktf-reliability')).toContain('(npm ci && npm run build && npm pack): npm install /path/to/cdktf-reliability-<version>.tgz');
  });
});

describe('runApp: one line for a library error, in place of the stack and field dump (issue 29)', () => {
  function capture(build: () => void): { lines: string[]; codes: number[] } {
    const lines: string[] = [];
    const codes: number[] = [];
    runApp(build, { error: (l) => lines.push(l), exit: (c) => codes.push(c) });
    return { lines, codes };
  }

  test('a library error is printed as one line and the exit code is 1', () => {
    const out = capture(() => {
      throw new UnknownPropError('payments/alarms', 'subscription', {}, ['subscriptions'], 'subscriptions');
    });
    expect(out).toEqual({ lines: ['Error: payments/alarms: unknown prop subscription (did you mean subscriptions?); known: subscriptions'], codes: [1] });
  });

  test('an app that succeeds prints nothing and sets no exit code; any other error keeps its stack', () => {
    expect(capture(() => undefined)).toEqual({ lines: [], codes: [] });
    expect(() => capture(() => { throw new TypeError('a bug'); })).toThrow(TypeError);
  });

  test('what Node prints for an uncaught library error is its stack, without the fields', () => {
    const e = new UnknownPropError('app/svc', 'requiredCapcity', 4, ['requiredCapacity', 'zoneCount'], 'requiredCapacity');
    const printed = inspect(e);
    expect(printed.startsWith('UnknownPropError: app/svc: unknown prop requiredCapcity')).toBe(true);
    expect(printed).not.toContain("known: [");
    expect(printed).not.toContain("suggestion:");
  });
});
