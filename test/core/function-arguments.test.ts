import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../src/core/naming';
import { InvalidPropError, PropError } from '../../src/core/errors';
import { recordOptOut } from '../../src/core/suppressions';
import { tagConstruct } from '../../src/core/tags';
import { expectThrown, testStack } from '../harness';

/**
 * Issue 21, item 1: the exported functions of core that take a construct check
 * their arguments as a construct checks its props: a scope that is no construct
 * is a PropError naming the function; the other arguments' errors name the
 * construct path, the argument (dotted into it), the value, what is allowed and
 * the function.
 */
const scope = () => new Construct(testStack().stack, 'c');

describe('physicalName', () => {
  test('a scope that is no construct, or a construct outside any stack, names the argument and the function', () => {
    const e = expectThrown(() => physicalName(null as never), PropError);
    expect(e.prop).toBe('scope');
    expect(e.message).toBe('invalid scope null: must be a construct: the construct to name, inside a TerraformStack (argument of physicalName)');
    expect(expectThrown(() => physicalName(new Construct(undefined as never, 'loose')), PropError).message).toContain('must be a construct inside a TerraformStack');
  });

  test('options are checked field by field under the construct path', () => {
    expect(() => physicalName(scope(), null as never)).toThrow('test/c: invalid options null: must be left out or given a value (null is not a value) (argument of physicalName)');
    expect(expectThrown(() => physicalName(scope(), { maxLength: 0 }), InvalidPropError).prop).toBe('options.maxLength');
    expect(() => physicalName(scope(), { allowed: '[a-z]' as never })).toThrow('invalid options.allowed "[a-z]": must be a regular expression matching one allowed character');
    expect(() => physicalName(scope(), { maxlength: 10 } as never)).toThrow('invalid options.maxlength 10: is not a known prop (did you mean maxLength?)');
  });

  test('a token suffix is refused, not mangled into the name (it is computed at synth)', () => {
    expect(() => physicalName(scope(), { suffix: Token.asString({ Ref: 'x' }) })).toThrow('must be known at synth');
  });

  test('valid options still name as before', () => {
    expect(physicalName(scope(), { suffix: 'page', lowerCase: true })).toBe('test-c-page');
  });
});

describe('tagConstruct', () => {
  test('a scope that is no construct', () => {
    expect(expectThrown(() => tagConstruct({} as never, {}), PropError).message).toBe('invalid scope {}: must be a construct: the construct whose resources to tag (argument of tagConstruct)');
  });

  test('tags that are not a map of strings, and a prop that is not a name', () => {
    expect(() => tagConstruct(scope(), null as never)).toThrow('test/c: invalid tags null: must be an object (got null) (argument of tagConstruct)');
    expect(() => tagConstruct(scope(), { Team: 42 } as never, 'labels')).toThrow('test/c: invalid labels.Team 42: tag values must be strings of at most 256 characters (argument of tagConstruct)');
    expect(() => tagConstruct(scope(), {}, '')).toThrow('invalid prop "": must name the prop the tags were given in');
  });
});

describe('recordOptOut', () => {
  test('a scope that is no construct, a value JSON cannot carry, a note that is not text', () => {
    expect(expectThrown(() => recordOptOut(undefined as never, 'REL-S3-1', 'versioned', false), PropError).prop).toBe('scope');
    expect(() => recordOptOut(scope(), 'REL-S3-1', 'versioned', () => false)).toThrow('test/c: invalid value a function: must be the value the user gave the prop');
    expect(() => recordOptOut(scope(), 'REL-S3-1', 'versioned', false, 42 as never)).toThrow('invalid note 42: must be text saying what the choice costs, or left out (argument of recordOptOut)');
  });
});
