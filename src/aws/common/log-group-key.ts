import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';

/** Where a log group lives: the parts of its ARN. */
export interface LogGroupLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** Props of {@link logGroupKey}. */
export interface LogGroupKeyProps {
  /** The log group the key encrypts (its name, not its ARN: the key must exist before the group). */
  readonly logGroupName: string;
  readonly location: LogGroupLocation;
  /** The key's description. */
  readonly description: string;
  /** Sid of the statement that lets CloudWatch Logs use the key. */
  readonly sid: string;
  /** Region of the key when it is not the provider's (it must be the log group's). @default - the provider's */
  readonly region?: string;
}

/**
 * A customer-managed key (rotation on) for one CloudWatch Logs log group.
 * The policy follows the CloudWatch Logs User Guide, "Encrypt log data in
 * CloudWatch Logs using AWS KMS" (step 2): the account administers the key,
 * and the Regional service principal `logs.<region>.amazonaws.com` may use it
 * only when the encryption context `kms:EncryptionContext:aws:logs:arn` is
 * this log group's ARN, so no other log group (nor any other caller) can.
 */
export function logGroupKey(scope: Construct, id: string, props: LogGroupKeyProps): KmsKey {
  const { partition, region, account } = props.location;
  return new KmsKey(scope, id, {
    region: props.region,
    description: props.description,
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'AccountAdministers', Effect: 'Allow', Principal: { AWS: `arn:${partition}:iam::${account}:root` }, Action: 'kms:*', Resource: '*' },
        {
          Sid: props.sid,
          Effect: 'Allow',
          Principal: { Service: `logs.${region}.amazonaws.com` },
          Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
          Resource: '*',
          Condition: { ArnEquals: { 'kms:EncryptionContext:aws:logs:arn': `arn:${partition}:logs:${region}:${account}:log-group:${props.logGroupName}` } },
        },
      ],
    }),
  });
}
