import * as errors from '../../src/core/errors';
import { ERROR_CODES, FrameworkMismatchError, hasErrorCode, InvalidPropError, isReliabilityError, NameCollisionError, PropError, ReliabilityError, SloDefinitionError } from '../../src/core/errors';

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
    ['NameCollisionError', () => new NameCollisionError('SNS topic', 'alerts', 'app/a', 'app/b', 'aws eu-west-1'), ERROR_CODES.nameCollision, ['ReliabilityError', 'NameCollisionError']],
    ['FrameworkMismatchError', () => new FrameworkMismatchError('app/db', framework, { name: 'cdktn', version: '0.24.0' }, 'stack'), ERROR_CODES.frameworkMismatch, ['ReliabilityError', 'FrameworkMismatchError']],
  ];
  const classes = { ReliabilityError, PropError, SloDefinitionError, InvalidPropError, NameCollisionError, FrameworkMismatchError };

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
  if (e instanceof InvalidPropError) return [e.constructPath, e.prop, e.value, e.allowed];
  if (e instanceof NameCollisionError) return [e.kind, e.physicalName, e.firstPath, e.secondPath, e.where];
  if (e instanceof PropError) return [e.prop, e.value, e.allowed];
  return [e.message];
}
