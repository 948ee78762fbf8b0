import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { logGroupKey } from '../common/log-group-key';
import { DrillLocation } from './drill-plan';

/** The experiment log group and, unless the user brings one, the KMS key it is encrypted with. */
export interface DrillLogs {
  readonly logGroup: CloudwatchLogGroup;
  readonly key?: KmsKey;
}

/**
 * A log group for FIS experiment logs, encrypted with `kmsKeyArn` or with a
 * new customer-managed key (rotation on) whose policy lets CloudWatch Logs in
 * this region use it for this log group only.
 */
export function drillLogs(scope: Construct, props: { name: string; retentionDays: number; kmsKeyArn?: string; location: DrillLocation; region?: string }): DrillLogs {
  const key =
    props.kmsKeyArn === undefined
      ? logGroupKey(scope, 'log-key', { logGroupName: props.name, location: props.location, description: `Encrypts the FIS experiment logs in ${props.name}`, sid: 'CloudWatchLogsUsesItForTheDrillLogs', region: props.region })
      : undefined;
  const logGroup = new CloudwatchLogGroup(scope, 'log-group', {
    name: props.name,
    region: props.region,
    retentionInDays: props.retentionDays,
    kmsKeyId: props.kmsKeyArn ?? key!.arn,
  });
  return { logGroup, key };
}
