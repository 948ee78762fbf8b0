import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../src/core/errors';
import { checkNumber } from '../../src/core/validation';
import { spec } from '../../src/core/prop-spec';
import { describeCase } from './hostile';
import { kindFromSpec } from './spec-kinds';
import { classProbes, outputProblems, pairProbes, SUBJECT, sweep, targetsOf } from './sweep';

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
  const run = (props: Record<string, any>) => sweep({ construct: 'Careless', build, props }, { numRuns: 60, seed: 1, probes: false }).failures;

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

describe('the probes of the meaning classes (issue 21)', () => {
  test('pair probes join props of one family only, in both orders for numbers, and the same name twice', () => {
    const probes = pairProbes({ minCapacity: 'integer', maxCapacity: 'integer', port: 'integer', vaultName: 'name', planName: 'name', sortKey: 'name' });
    expect([...new Set(probes.map((p) => p.target.path))]).toEqual(['minCapacity & maxCapacity', 'vaultName & planName']);
    expect(probes.filter((p) => p.target.path === 'minCapacity & maxCapacity').map((p) => p.target.override(undefined))).toEqual([
      { minCapacity: 3, maxCapacity: 2 },
      { minCapacity: 2, maxCapacity: 3 },
    ]);
  });

  test('class probes: injected templates for text, 50 user tags, Regions that do not exist, leading-zero CIDRs, a key of another Region, bounds', () => {
    const targets = targetsOf({ description: 'string', tags: 'tags', provider: 'awsProvider', cidr: 'cidr', key: { arn: 'kms' }, days: { number: { min: 7, max: 30, integer: true } } });
    const values = (path: string) => classProbes(targets).filter((p) => p.target.path === path).map((p) => describeCase(p.value));
    expect(values('description')).toEqual(['"${var.injected}"', '"%{ if true }x%{ endif }"']);
    expect(values('tags')[0]).toMatch(/^\{"team-tag-0"/);
    expect(values('tags').slice(1)).toEqual(['{"key":"${var.injected}"}', '{"team":"a,b"}']);
    expect(values('provider')).toEqual(['an AwsProvider of region "eu-west-9"', 'an AwsProvider of region "EU-WEST-1"']);
    expect(values('cidr')).toEqual(['"10.01.0.0/16"']);
    expect(values('key')).toEqual(['"arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555"']);
    expect(values('days')).toEqual(['7', '30']);
  });

  test('the oracle flags user text Terraform would evaluate and resources over 50 tags, not escaped text', () => {
    const tags = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));
    expect(outputProblems({ resource: { t: { a: { d: 'run ${var.injected}', tags } } } })).toEqual([
      'user text reached Terraform as an expression: ${var.injected} (escape it with literal() or refuse it)',
      "t.a has 51 tags: AWS allows 50 per resource (the library's own count)",
    ]);
    expect(outputProblems({ resource: { t: { a: { d: 'run $${var.injected} and %%{ if true }' } } } })).toEqual([]);
    // AWS Backup API, CreateBackupVault: BackupVaultName ^[a-zA-Z0-9\-\_]{2,50}$ (the validity family of the check command).
    const refused = outputProblems({ provider: { aws: [{ region: 'eu-west-1' }] }, resource: { aws_backup_vault: { v: { name: 'a' } } } });
    expect(refused.length).toBeGreaterThan(0);
    for (const line of refused) expect(line).toMatch(/^AWS would refuse it: aws_backup_vault\.v name is "a"/);
  });
});

describe('kinds derived from specs', () => {
  test('an either of a string and a number is swept as the string (int-or-percent, duration-or-seconds); an either with an object sweeps the object', () => {
    expect(kindFromSpec(spec.either('a number or a percentage', [spec.integer({ min: 0, max: 10 }), spec.name({ pattern: /^\d+%$/ })]))).toBe('name');
    expect(kindFromSpec(spec.either('false or an object', [spec.constant(false), spec.object({ a: spec.boolean() })]))).toEqual({ object: { a: 'boolean' }, valid: {} });
    expect(kindFromSpec(spec.either('a routing', [spec.reference('a routing')]))).toBe('reference');
  });
});
