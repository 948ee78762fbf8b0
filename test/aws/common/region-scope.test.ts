import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { awsLocation, awsRegionOf } from '../../../src/aws/common/aws-location';
import { RegionScope } from '../../../src/aws/common/region-scope';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { InvalidPropError } from '../../../src/core/errors';
import { expectThrown, resourcesOf, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';

describe('RegionScope', () => {
  test('every AWS resource and data source below it uses its provider; those naming one keep it', () => {
    const { stack } = testStack();
    const recovery = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
    const useast1 = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
    const region = new RegionScope(stack, 'standby', { provider: recovery });
    new MultiAzNetwork(region, 'network', { cidr: '10.30.0.0/16' });
    new SnsTopic(region, 'pinned', { name: 'pinned', provider: useast1 });
    new SnsTopic(stack, 'primary', { name: 'primary' });
    new NamespaceV1(region, 'k8s', { metadata: { name: 'x' } });
    const json = synthJson(stack);
    const vpcs = values(json, 'aws_vpc');
    expect(vpcs.map((v: any) => v.provider)).toEqual(['aws.recovery']);
    expect(Object.values(json.data!.aws_availability_zones).map((d: any) => d.provider)).toEqual(['aws.recovery']);
    const topics = resourcesOf(json, 'aws_sns_topic');
    expect(Object.values(topics).map((t: any) => [t.name, t.provider]).sort()).toEqual([
      ['pinned', 'aws.us-east-1'],
      ['primary', undefined],
    ]);
    expect(values(json, 'kubernetes_namespace_v1')[0].provider).toBeUndefined();
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('region lookups and name claims below it see its region', () => {
    const { stack } = testStack();
    const recovery = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
    const inner = new Construct(new RegionScope(stack, 'standby', { provider: recovery }), 'x');
    expect(awsRegionOf(inner)).toBe('eu-central-1');
    expect(awsLocation(inner)).toBe('aws eu-central-1');
    expect(awsRegionOf(stack)).toBe('eu-west-1');
  });

  test('a provider that is not an AwsProvider is refused', () => {
    const { stack } = testStack();
    expect(() => new RegionScope(stack, 'r', { provider: undefined as never })).toThrow('test/r: invalid provider undefined: is required');
    expect(() => new RegionScope(stack, 's', { provider: 'eu-central-1' as never })).toThrow('test/s: invalid provider "eu-central-1": must be an AwsProvider (an alias for the region) (got a string)');
  });

  test('an unknown prop is refused, naming the one meant (it was ignored)', () => {
    const { stack } = testStack();
    const recovery = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
    expect(() => new RegionScope(stack, 'r', { provider: recovery, providr: recovery } as never)).toThrow(
      'test/r: unknown prop providr (did you mean provider?); known: provider',
    );
  });

  test('a provider of another stack is refused (resources below named an alias this stack does not configure)', () => {
    const { app, stack } = testStack();
    const other = new TestStack(app, 'other');
    const recovery = new AwsProvider(other, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
    const error = expectThrown(() => new RegionScope(stack, 'r', { provider: recovery }), InvalidPropError);
    expect(error).toMatchObject({ constructPath: 'test/r', prop: 'provider' });
    expect(error.message).toBe('test/r: invalid provider "other/recovery": must be an AwsProvider of this construct\'s stack test, not of other: each stack configures its own providers');
  });

  test('in a region scope nested in another, the nearest scope gives the provider, as it gives the region of name claims', () => {
    const { stack } = testStack();
    const central = new AwsProvider(stack, 'central', { region: 'eu-central-1', alias: 'central' });
    const ohio = new AwsProvider(stack, 'ohio', { region: 'us-east-2', alias: 'ohio' });
    const outer = new RegionScope(stack, 'outer', { provider: central });
    const inner = new RegionScope(outer, 'inner', { provider: ohio });
    new SnsTopic(inner, 'inner-topic', { name: 'inner' });
    new SnsTopic(outer, 'outer-topic', { name: 'outer' });
    const topics = values(synthJson(stack), 'aws_sns_topic').map((t: any) => [t.name, t.provider]);
    expect(topics.sort()).toEqual([
      ['inner', 'aws.ohio'],
      ['outer', 'aws.central'],
    ]);
    expect(awsRegionOf(inner)).toBe('us-east-2');
  });

  // AWS General Reference, "AWS Regions": Region names are lower-case (eu-west-1); a provider of a Region AWS does not
  // have fails every call at plan, and names, zones and ARNs would be compared against it at synth.
  test.each([
    ['eu-west-9', 'must be an AWS Region (the region of test/bad): "eu-west-9" is none (did you mean "eu-west-1"?)'],
    ['EU-WEST-1', '"EU-WEST-1" is none (did you mean "eu-west-1"?); Region names are lower-case'],
    ['eu-west-1a', '"eu-west-1a" is none (did you mean "eu-west-1"?)'],
    ['', '"" is none'],
  ])('a provider of region %j is refused, naming the provider prop', (region, message) => {
    const { stack } = testStack();
    const bad = new AwsProvider(stack, 'bad', { region, alias: 'bad' });
    const error = expectThrown(() => new RegionScope(stack, 'r', { provider: bad }), InvalidPropError);
    expect(error).toMatchObject({ constructPath: 'test/r', prop: 'provider', value: region });
    expect(error.message).toContain(message);
  });

  test('a Region of another partition and a Region known only at plan are accepted', () => {
    const { stack } = testStack();
    const china = new AwsProvider(stack, 'china', { region: 'cn-north-1', alias: 'china' });
    const region = new TerraformVariable(stack, 'region', { type: 'string' }).stringValue;
    const later = new AwsProvider(stack, 'later', { region, alias: 'later' });
    expect(awsRegionOf(new RegionScope(stack, 'cn', { provider: china }))).toBe('cn-north-1');
    expect(awsRegionOf(new RegionScope(stack, 'var', { provider: later }))).toBeUndefined();
  });

  test('where the library reads a Region it names the prop the provider came from', () => {
    const { stack } = testStack();
    const bad = new AwsProvider(stack, 'bad', { region: 'eu-west-9', alias: 'bad' });
    const scope = new Construct(stack, 'db');
    expect(expectThrown(() => awsRegionOf(scope, bad, 'recoveryRegion.provider'), InvalidPropError)).toMatchObject({ constructPath: 'test/db', prop: 'recoveryRegion.provider' });
    expect(expectThrown(() => awsLocation(scope, bad), InvalidPropError).prop).toBe('provider');
  });
});
