import { MultiAzNetwork, MultiAzNetworkProps } from '../../../src/aws/network/multi-az-network';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind } from '../../kit/hostile';

const ALARM_KEYS = ['natPortAllocationErrors'];

contractSuite<MultiAzNetworkProps>({
  construct: 'MultiAzNetwork',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) => new MultiAzNetwork(stack, SUBJECT, { alarmRouting: new FakeRouting(), ...overrides } as MultiAzNetworkProps),
  props: {
    cidr: 'cidr',
    zones: 'stringList',
    zoneCount: 'integer',
    natGateways: { enum: ['one-per-zone', 'single', 'none'] },
    publicSubnetPrefixLength: 'integer',
    privateSubnetPrefixLength: 'integer',
    isolatedSubnetPrefixLength: 'integer',
    flowLogDestination: { enum: ['cloudwatch-logs', 's3', 'none'] },
    flowLogRetentionDays: 'integer',
    flowLogKmsKeyArn: 'arn',
    flowLogBucketArn: 'arn',
    gatewayEndpoints: 'boolean',
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
