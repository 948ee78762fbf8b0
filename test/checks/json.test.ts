import { at, blocks, bool, knownLength, num, referencedAddresses, referencedAttribute, refersTo, show, stringMap } from '../../src/checks/json';
import * as fc from 'fast-check';
import { TerraformJsonStack } from '../../src/checks/stack';

test('blocks reads objects and arrays of objects alike, and nothing else', () => {
  expect(blocks({ a: 1 })).toEqual([{ a: 1 }]);
  expect(blocks([{ a: 1 }, 'x', null, { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }]);
  expect(blocks('${var.x}')).toEqual([]);
  expect(at({ spec: [{ template: { spec: [{ replicas: '3' }] } }] }, 'spec', 'template', 'spec', 'replicas')).toBe('3');
  expect(at({ spec: 'oops' }, 'spec', 'template')).toBeUndefined();
});

test('scalars from strings, references left unknown', () => {
  expect([bool('true'), bool(false), bool('${var.x}'), bool(1)]).toEqual([true, false, undefined, undefined]);
  expect([num('7'), num(7), num('${var.days}'), num(''), num('x'), num(Infinity)]).toEqual([7, 7, undefined, undefined, undefined, undefined]);
  expect([knownLength(['a', 'b']), knownLength('${var.subnets}'), knownLength(['${aws_subnet.private[*].id}']), knownLength(undefined)]).toEqual([2, undefined, undefined, undefined]);
  expect(stringMap([{ a: 'x', b: 1 }, { c: 'y' }])).toEqual({ a: 'x', c: 'y' });
});

test('references: addresses inside interpolations, and whole-string attribute references', () => {
  expect(referencedAddresses('arn:${aws_db_instance.orders.arn}/${data.aws_region.current.name} ${var.x}')).toEqual(['aws_db_instance.orders', 'data.aws_region.current', 'var.x']);
  expect(refersTo({ resources: ['${aws_db_instance.orders.arn}'] }, 'aws_db_instance.orders')).toBe(true);
  expect(refersTo({ resources: ['${aws_db_instance.orders_replica.arn}'] }, 'aws_db_instance.orders')).toBe(false);
  expect(refersTo('aws_db_instance.orders', 'aws_db_instance.orders')).toBe(false);
  expect(referencedAttribute('${aws_db_instance.orders.arn}', 'aws_db_instance.orders')).toBe('arn');
  expect(referencedAttribute('x-${aws_db_instance.orders.arn}', 'aws_db_instance.orders')).toBeUndefined();
});

test('show renders any value without throwing', () => {
  expect(show('a')).toBe('"a"');
  expect(show({ toString: 1 })).toBe('{"toString":1}');
  expect(show(undefined)).toBe('undefined');
  expect(show('x'.repeat(200))).toHaveLength(120);
});

test('the stack model reads every shape Terraform JSON allows and the provider default tags', () => {
  const stack = TerraformJsonStack.fromJson({
    provider: { aws: [{ default_tags: { tags: { team: 'a', env: 'prod' } } }] },
    resource: [{ aws_s3_bucket: [{ one: [{ bucket: 'one', tags: { env: 'dev' } }] }, { two: { bucket: 'two' } }] }, { kubernetes_manifest: { m: { manifest: {} } } }],
  });
  expect(stack.resources.map((r) => r.address)).toEqual(['aws_s3_bucket.one', 'aws_s3_bucket.two', 'kubernetes_manifest.m']);
  expect(stack.tagsOf(stack.resource('aws_s3_bucket.one')!)).toEqual({ team: 'a', env: 'dev' });
  expect(stack.tagsOf(stack.resource('kubernetes_manifest.m')!)).toEqual({});
  expect(TerraformJsonStack.fromJson('nonsense').resources).toEqual([]);
});

describe('dynamic blocks', () => {
  const { nested, at, dynamicBlocks, UNKNOWN_BLOCK, isUnknownBlock } = require('../../src/checks/json');

  test('static and dynamic blocks are read together; an empty literal for_each yields none', () => {
    const body = { rule: [{ a: 1 }], dynamic: { rule: [{ for_each: '${var.x}', content: { a: 2 } }, { for_each: [], content: { a: 3 } }] } };
    expect(nested(body, 'rule')).toEqual([{ a: 1 }, { a: 2 }]);
    expect(dynamicBlocks(body, 'rule')).toEqual([{ a: 2 }]);
    expect(at({ dynamic: [{ m: [{ for_each: '${[1]}', content: [{ t: 'required' }] }] }] }, 'm', 't')).toBe('required');
  });

  test('unreadable content is an unknown block, whose attributes are unresolved references', () => {
    const body = { dynamic: { m: { for_each: '${var.x}', content: '${var.c}' } } };
    expect(nested(body, 'm')).toEqual([UNKNOWN_BLOCK]);
    expect(isUnknownBlock(nested(body, 'm')[0])).toBe(true);
    expect(at(body, 'm', 't')).toBe('${dynamic}');
    expect(at(body, 'm', 'x', 'y')).toBe('${dynamic}');
    expect(nested(nested(body, 'm'), 'deeper')).toEqual([UNKNOWN_BLOCK]);
    expect(String(UNKNOWN_BLOCK)).toBe('[object Object]');
    expect(JSON.stringify(UNKNOWN_BLOCK)).toBe('{}');
    expect(Object.keys(UNKNOWN_BLOCK)).toEqual([]);
  });

  test('a block given as a whole expression is unknown, and at() returns the expression', () => {
    expect(nested({ m: '${var.m}' }, 'm')).toEqual([UNKNOWN_BLOCK]);
    expect(at({ m: '${var.m}' }, 'm', 't')).toBe('${var.m}');
  });
});

test('a string that is one reference is read by hand (json.ts simpleReference) exactly as the two patterns read it', () => {
  // The oracle: a leading space keeps the fast path out (it wants `${` first) and leaves the interpolation, all the
  // patterns read, as it is. Pieces near the edges of the hand-read grammar: module and data prefixes, instance keys,
  // a dash, digits first, splats, other interpolations, characters from 128.
  const piece = fc.constantFrom('aws_s3_bucket', 'module', 'data', 'a', 'A', '_x', 'x-y', '9', '.', '..', 'id', '[0]', '["k"]', '[*]', '}', '${', '$', ' ', 'é', 'var', 'each', '_');
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 7 }), (pieces) => {
      const text = `\${${pieces.join('')}}`;
      expect(referencedAddresses(text)).toEqual(referencedAddresses(` ${text}`));
    }),
    { numRuns: 3000 },
  );
  // Read by hand, and what the patterns read.
  for (const text of ['${aws_s3_bucket.logs.id}', '${aws_s3_bucket.logs}', '${aws_s3_bucket.my-logs.arn}']) expect(referencedAddresses(text)).toEqual(referencedAddresses(` ${text}`));
  expect(referencedAddresses('${module.vpc.aws_vpc.this.id}')).toEqual(['module.vpc.aws_vpc.this']);
  expect(referencedAddresses('${data.aws_region.current.name}')).toEqual(['data.aws_region.current']);
});
