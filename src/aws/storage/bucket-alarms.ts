import { ResourceAlarmDefinition, ResourceAlarmOverride } from '../common/resource-alarm';
import { FIGURES } from '../../recovery/figures';
import { REPLICATION_RULE_ID } from './bucket-replication';

/** Alarms a `ReplicatedBucket` creates (with `replication` only). Each can be tuned or turned off. */
export interface ReplicatedBucketAlarms {
  /**
   * Objects failed to replicate (`OperationsFailedReplication`, Sum; published in the source bucket's region).
   * Unit: operations.
   * @default - above 0 in a period of 5 minutes, ticket
   */
  readonly failedReplication?: ResourceAlarmOverride;
  /**
   * The replica is behind by more than the S3 Replication Time Control threshold (`ReplicationLatency`, Maximum).
   * S3 publishes this metric in the destination region, and CloudWatch alarms notify only SNS topics of their
   * own region: the alarm is created in the recovery region and routed by `replication.alarmRouting`.
   * Unit: seconds.
   * @default - above 900 s (15 minutes) for 2 periods of 5 minutes, ticket; not created without replication.alarmRouting when alarmRouting is given (with a warning)
   */
  readonly replicationLatency?: ResourceAlarmOverride;
}

/** Every key of {@link ReplicatedBucketAlarms}. */
export const BUCKET_ALARM_KEYS = ['failedReplication', 'replicationLatency'] as const;

const NS = 'AWS/S3';

function dimensions(sourceBucket: string, destinationBucket: string): Record<string, string> {
  return { SourceBucket: sourceBucket, DestinationBucket: destinationBucket, RuleId: REPLICATION_RULE_ID };
}

/** Failed replication: published in the source region, so the alarm lives beside the bucket. */
export function failedReplicationAlarm(sourceBucket: string, destinationBucket: string, what: string, destinationRegion: string): ResourceAlarmDefinition {
  return {
    key: 'failedReplication',
    summary: `Objects of ${what} fail to replicate to ${destinationRegion}: the recovery copy is missing them.`,
    runbook:
      'Subscribe to or look up the s3:Replication:OperationFailedReplication events for the failure reason (KMS permissions, object lock, a deleted destination); fix it, then re-replicate the failed objects with S3 Batch Replication.',
    metric: { namespace: NS, metricName: 'OperationsFailedReplication', dimensions: dimensions(sourceBucket, destinationBucket), statistic: 'Sum' },
    comparisonOperator: 'GreaterThanThreshold',
    threshold: 0,
    severity: 'ticket',
    periodSeconds: 300,
    evaluationPeriods: 1,
    treatMissingData: 'notBreaching',
    unit: 'operations',
  };
}

/** Replication latency above the RTC threshold: published in the destination region. */
export function replicationLatencyAlarm(sourceBucket: string, destinationBucket: string, what: string, destinationRegion: string): ResourceAlarmDefinition {
  return {
    key: 'replicationLatency',
    summary: `The ${destinationRegion} replica of ${what} is behind by more than the 15-minute Replication Time Control threshold: a region failure now would lose more than the reported RPO.`,
    runbook:
      'Check BytesPendingReplication and OperationsPendingReplication for a backlog, the AWS Health Dashboard for S3 in both regions, and KMS throttling on the destination key; RTC covers 99.99% of objects, so a lasting breach is an incident.',
    metric: { namespace: NS, metricName: 'ReplicationLatency', dimensions: dimensions(sourceBucket, destinationBucket), statistic: 'Maximum' },
    comparisonOperator: 'GreaterThanThreshold',
    threshold: FIGURES.s3ReplicationRtc.seconds,
    severity: 'ticket',
    periodSeconds: 300,
    evaluationPeriods: 2,
    treatMissingData: 'notBreaching',
    unit: 'seconds',
  };
}
