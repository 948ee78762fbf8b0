import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { resourcesOf, schemaErrors, synthJson, testStack, values } from '../../harness';

describe('AlarmChannel in another region', () => {
  test('every resource and data source uses the given provider, and the channel states its region', () => {
    const { stack } = testStack();
    const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
    const channel = new AlarmChannel(stack, 'dr-alarms', { provider: dr, subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } });
    const json = synthJson(stack);
    const all = [...Object.values(json.resource ?? {}), ...Object.values(json.data ?? {})].flatMap((byName) => Object.values(byName as Record<string, any>));
    expect(all.length).toBeGreaterThan(6);
    for (const r of all) expect(r.provider).toBe('aws.dr');
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(2);
    expect(channel.region).toBe('eu-central-1');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('without a provider the channel is in the stack region; a non-AWS provider is refused', () => {
    const { stack } = testStack();
    expect(new AlarmChannel(stack, 'a', {}).region).toBe('eu-west-1');
    expect(values(synthJson(stack), 'aws_sns_topic').every((t: any) => t.provider === undefined)).toBe(true);
    expect(() => new AlarmChannel(stack, 'b', { provider: 'aws.dr' as never })).toThrow('test/b: invalid provider "aws.dr": must be an AwsProvider');
  });
});
