import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { NamespaceV1 } from '@cdktf/provider-kubernetes/lib/namespace-v1';
import { Construct } from 'constructs';
import { awsLocation, awsRegionOf } from '../../../src/aws/common/aws-location';
import { RegionScope } from '../../../src/aws/common/region-scope';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { resourcesOf, schemaErrors, synthJson, testStack, values } from '../../harness';

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
    expect(() => new RegionScope(stack, 's', { provider: 'eu-central-1' as never })).toThrow('test/s: invalid provider "eu-central-1": must be an AwsProvider');
  });
});
