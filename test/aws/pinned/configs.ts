import { TerraformStack } from 'cdktf';
import { AutoScaledService } from '../../../src/aws/compute/auto-scaled-service';
import { ResilientDatabase } from '../../../src/aws/database/resilient-database';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { testStack } from '../../harness';
import { FakeRouting } from '../test-helpers';

/**
 * A default and a full configuration of each AWS construct, whose Terraform
 * addresses are pinned (see `addresses.ts`): a refactor must not change them.
 */
export type PinnedConfigs = Record<string, () => TerraformStack>;

const ZONES = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const IMAGE = 'ami-0123456789abcdef0';
const CERT = 'arn:aws:acm:eu-west-1:111111111111:certificate/0b7b4f4e-1111-2222-3333-444455556666';
const KMS = 'arn:aws:kms:eu-west-1:111111111111:key/0b7b4f4e-1111-2222-3333-444455556666';

function inStack(build: (stack: TerraformStack) => void): () => TerraformStack {
  return () => {
    const { stack } = testStack();
    build(stack);
    return stack;
  };
}

function withNetwork(build: (stack: TerraformStack, network: MultiAzNetwork) => void): () => TerraformStack {
  return inStack((stack) => build(stack, new MultiAzNetwork(stack, 'net', { zones: ZONES })));
}

export const NETWORK_CONFIGS: PinnedConfigs = {
  default: inStack((stack) => {
    new MultiAzNetwork(stack, 'net');
  }),
  full: inStack((stack) => {
    new MultiAzNetwork(stack, 'CoreNet', {
      cidr: '10.20.0.0/16',
      zones: ZONES,
      flowLogKmsKeyArn: KMS,
      flowLogRetentionDays: 90,
      publicSubnetPrefixLength: 24,
      alarmRouting: new FakeRouting(),
      alarms: { natPortAllocationErrors: { threshold: 5, severity: 'page' } },
      tags: { team: 'platform' },
    });
  }),
  'single-nat-s3-logs': inStack((stack) => {
    new MultiAzNetwork(stack, 'edge', { zoneCount: 2, natGateways: 'single', flowLogDestination: 's3', flowLogBucketArn: 'arn:aws:s3:::flow-logs', gatewayEndpoints: false });
  }),
};

export const SERVICE_CONFIGS: PinnedConfigs = {
  default: withNetwork((stack, network) => new AutoScaledService(stack, 'web', { network, requiredCapacity: 2, imageId: IMAGE })),
  full: withNetwork(
    (stack, network) =>
      new AutoScaledService(stack, 'WebApp', {
        network,
        requiredCapacity: 4,
        imageId: IMAGE,
        certificateArn: CERT,
        accessLogsBucket: 'access-logs',
        allowedCidrs: ['10.0.0.0/8', '192.168.0.0/16'],
        managedPolicyArns: ['arn:aws:iam::111111111111:policy/app-a', 'arn:aws:iam::111111111111:policy/app-b'],
        instanceTypes: ['m6i.large', 'm7i.large'],
        onDemandBaseCapacity: 1,
        requestsPerTarget: 1000,
        stepScaling: {
          metric: { namespace: 'App', metricName: 'QueueDepth', dimensions: { Queue: 'jobs' }, statistic: 'Average' },
          threshold: 100,
          steps: [{ lowerBound: 0, upperBound: 100, change: 1 }, { lowerBound: 100, change: 3 }],
        },
        scheduledScaling: [
          { name: 'morning', recurrence: '0 7 * * MON-FRI', minCapacity: 8 },
          { name: 'night', recurrence: '0 22 * * *', desiredCapacity: 6 },
        ],
        alarmRouting: new FakeRouting(),
        alarms: { targetResponseTime: { threshold: 0.5 } },
        tags: { team: 'web' },
      }),
  ),
};

export const DATABASE_CONFIGS: PinnedConfigs = {
  'postgres-default': withNetwork((stack, network) => new ResilientDatabase(stack, 'db', { network, engine: 'postgres', engineVersion: '16.4' })),
  'postgres-full': withNetwork(
    (stack, network) =>
      new ResilientDatabase(stack, 'OrdersDb', {
        network,
        engine: 'postgres',
        engineVersion: '16.4',
        clientSecurityGroupIds: ['sg-0123456789abcdef0', 'sg-0123456789abcdef1'],
        parameters: { log_min_duration_statement: '500' },
        parameterGroupFamily: 'postgres16',
        alarmRouting: new FakeRouting(),
        alarms: { connections: { threshold: 400 } },
        tags: { data: 'orders' },
      }),
  ),
  'mysql-own-key-no-monitoring': withNetwork(
    (stack, network) => new ResilientDatabase(stack, 'legacy', { network, engine: 'mysql', engineVersion: '8.0.39', kmsKeyArn: KMS, monitoringIntervalSeconds: 0 }),
  ),
  'aurora-default': withNetwork((stack, network) => new ResilientDatabase(stack, 'db', { network, engine: 'aurora-postgresql', engineVersion: '16.4' })),
  'aurora-full': withNetwork(
    (stack, network) =>
      new ResilientDatabase(stack, 'OrdersCluster', {
        network,
        engine: 'aurora-mysql',
        readers: 2,
        readerAutoscaling: { maxReaders: 5 },
        clientSecurityGroupIds: ['sg-0123456789abcdef0'],
        parameters: { slow_query_log: '1' },
        parameterGroupFamily: 'aurora-mysql8.0',
        alarmRouting: new FakeRouting(),
        alarms: { connections: { threshold: 400 } },
      }),
  ),
};

export const CHANNEL_CONFIGS: PinnedConfigs = {
  default: inStack((stack) => {
    new AlarmChannel(stack, 'alarms');
  }),
  full: inStack((stack) => {
    new AlarmChannel(stack, 'OnCall', {
      severities: ['info'],
      subscriptions: {
        page: [{ protocol: 'https', endpoint: 'https://events.pagerduty.com/integration/abc/enqueue' }],
        ticket: [{ protocol: 'email', endpoint: 'team@example.com' }],
        info: [
          { protocol: 'sqs', endpoint: 'arn:aws:sqs:eu-west-1:111111111111:alarms' },
          { protocol: 'lambda', endpoint: 'arn:aws:lambda:eu-west-1:111111111111:function:notify' },
        ],
      },
      tags: { team: 'sre' },
    });
  }),
  adopted: inStack((stack) => {
    new AlarmChannel(stack, 'shared', { existingTopicArns: { page: 'arn:aws:sns:eu-west-1:111111111111:page' }, kmsKeyArn: KMS, topicNamePrefix: 'team-a' });
  }),
};
