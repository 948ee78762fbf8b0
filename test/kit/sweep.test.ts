import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../src/core/errors';
import { checkNumber } from '../../src/core/validation';
import { outputProblems, SUBJECT, sweep, targetsOf } from './sweep';

/** A deliberately careless construct: each prop shows one way bad input goes wrong. */
class Careless extends Construct {
  constructor(scope: Construct, id: string, props: Record<string, any>) {
    super(scope, id);
    checkNumber(this, 'checked', props.checked, { min: -1e6, max: 1e6 });
    if (props.wrongProp !== undefined) throw new InvalidPropError(this, 'somethingElse', props.wrongProp, 'must be something');
    new TerraformOutput(this, 'out', {
      value: {
        split: props.split === undefined ? [] : [...String(props.split)],
        number: props.number === undefined ? 1 : props.number * 2,
        crash: props.crash === undefined ? 'x' : props.crash.toUpperCase(),
        dropped: props.dropped === undefined ? 'x' : 'fixed',
        checked: props.checked ?? 1,
      },
    });
  }
}

describe('the bad-input sweep finds what it is for', () => {
  const build = (stack: Construct, overrides: Record<string, unknown>) => new Careless(stack, SUBJECT, overrides);
  const run = (props: Record<string, any>) => sweep({ construct: 'Careless', build, props }, { numRuns: 60, seed: 1 }).failures;

  test('character-split lists, NaN, crashes, dropped tokens and errors naming another prop are reported', () => {
    const problems = (prop: string, kind: any) => [...new Set(run({ [prop]: kind }).map((f) => f.problem.replace(/:.*$/s, '')))];
    expect(problems('split', 'string')).toEqual(expect.arrayContaining([expect.stringMatching(/^synthesized, but a character-split list at output\.subject_out_\w+\.value\.split$/)]));
    expect(problems('number', 'number').join(' ')).toMatch(/NaN in the output|null at/);
    expect(problems('crash', 'string')).toContain('crash instead of an InvalidPropError');
    expect(problems('dropped', 'string')).toContain('synthesized, but the token is not in the output (dropped');
    expect(problems('wrongProp', 'string')).toContain('InvalidPropError names another prop (somethingElse)');
  });

  test('a prop checked at run time passes', () => {
    expect(run({ checked: 'integer' }).filter((f) => !f.problem.includes('tf-validate'))).toEqual([]);
  });

  test('nested fields are targets of their own', () => {
    const targets = targetsOf({ probe: { object: { path: 'string' }, valid: { path: '/' } }, metrics: { list: { name: 'name' }, valid: [{ name: 'a' }] } });
    expect(targets.map((t) => t.path)).toEqual(['probe', 'probe.path', 'metrics', 'metrics[0].name']);
    expect(targets[1].override('x')).toEqual({ probe: { path: 'x' } });
    expect(targets[3].override('x')).toEqual({ metrics: [{ name: 'x' }] });
  });

  test('output problems', () => {
    expect(outputProblems({ resource: { t: { a: { x: ['a', 'b', 'c'], y: 'NaN', z: '-1.8e+289', w: '[object Object]', v: { 0: '$', 1: '{', 2: 'v' } } } } })).toEqual([
      'NaN in the output',
      '[object Object] in the output',
      'a token written as the number that encodes it (e+2xx)',
      'a character-split list at resource.t.a.x: ["a","b","c"]',
      'a character-split object at resource.t.a.v: {"0":"$","1":"{","2":"v"}',
    ]);
    // A caller's own huge number is not an encoded token.
    expect(outputProblems({ resource: { t: { a: { threshold: 1e300 } } } }, { tokens: false })).toEqual([]);
  });
});
