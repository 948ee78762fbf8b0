import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { REPLICATED_BUCKET_PROPS } from '../../../src/aws/storage/private/replicated-bucket-spec';
import { ReplicatedBucket, ReplicatedBucketProps } from '../../../src/aws/storage/replicated-bucket';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

/** A routing whose topics are in the recovery region, as the replica's alarms need. */
const RECOVERY_ROUTING = new FakeRouting(['page', 'ticket'], { region: 'eu-central-1', topicArn: (severity) => `arn:aws:sns:eu-central-1:111111111111:alarms-${severity}` });

contractSuite<ReplicatedBucketProps>({
  construct: 'ReplicatedBucket',
  aws: true,
  alarmKeys: ['failedReplication', 'replicationLatency'],
  build: (stack, overrides) => {
    const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
    return new ReplicatedBucket(stack, SUBJECT, {
      alarmRouting: new FakeRouting(),
      replication: { provider: dr, alarmRouting: RECOVERY_ROUTING },
      ...overrides,
    } as ReplicatedBucketProps);
  },
  specs: REPLICATED_BUCKET_PROPS,
  // The replication's routing is an object of the test (topics in the recovery Region): a spec cannot hold one.
  examples: { replication: { region: 'eu-central-1', alarmRouting: RECOVERY_ROUTING } },
});
