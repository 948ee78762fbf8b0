import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
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
  const { partition, region, account } = props.location;
  let key: KmsKey | undefined;
  if (props.kmsKeyArn === undefined) {
    key = new KmsKey(scope, 'log-key', {
      region: props.region,
      description: `Encrypts the FIS experiment logs in ${props.name}`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
          {
            Sid: 'CloudWatchLogsUsesItForTheDrillLogs',
            Effect: 'Allow',
            Principal: { Service: `logs.${region}.amazonaws.com` },
            Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
            Resource: '*',
            Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:${props.name}` } },
          },
        ],
      }),
    });
  }
  const logGroup = new CloudwatchLogGroup(scope, 'log-group', {
    name: props.name,
    region: props.region,
    retentionInDays: props.retentionDays,
    kmsKeyId: props.kmsKeyArn ?? key!.arn,
  });
  return { logGroup, key };
}
