import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { ReplicatedBucket, ReplicatedBucketProps } from '../../../src/aws/storage/replicated-bucket';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind } from '../../kit/hostile';

const ALARM_KEYS = ['failedReplication', 'replicationLatency'];

/** A routing whose topics are in the recovery region, as the replica's alarms need. */
const RECOVERY_ROUTING = new FakeRouting(['page', 'ticket'], { region: 'eu-central-1', topicArn: (severity) => `arn:aws:sns:eu-central-1:111111111111:alarms-${severity}` });

contractSuite<ReplicatedBucketProps>({
  construct: 'ReplicatedBucket',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) => {
    const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
    return new ReplicatedBucket(stack, SUBJECT, {
      alarmRouting: new FakeRouting(),
      replication: { provider: dr, alarmRouting: RECOVERY_ROUTING },
      ...overrides,
    } as ReplicatedBucketProps);
  },
  props: {
    bucketName: 'name',
    kmsKeyArn: 'arn',
    versioned: 'boolean',
    deletionProtection: 'boolean',
    noncurrentVersionExpirationDays: 'integer',
    noncurrentVersionsToKeep: 'integer',
    abortIncompleteMultipartUploadDays: 'integer',
    accessLogs: { object: { bucketName: 'name', prefix: 'string' }, valid: { bucketName: 'acme-access-logs' } },
    objectLock: { object: { mode: { enum: ['GOVERNANCE', 'COMPLIANCE'] }, days: 'integer', years: 'integer' }, valid: { mode: 'GOVERNANCE', days: 30 } },
    replication: 'reference',
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
