import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../core/naming';
import { serviceRole } from '../common/service-role';
import { RegionPlacement } from './region-placement';

/** The only Replication Time Control threshold S3 accepts: `replication_time.time.minutes` and `metrics.event_threshold.minutes` must be 15 (S3 API, ReplicationTimeValue). */
export const S3_RTC_MINUTES = 15;

/** Id of the one replication rule: also the `RuleId` dimension of the replication metrics. */
export const REPLICATION_RULE_ID = 'recovery-region';

/** One side of a replication: a bucket, its key and its region. */
export interface ReplicationSide {
  /** The bucket. */
  readonly bucket: S3Bucket;
  /** The key its objects are encrypted with. */
  readonly kmsKeyArn: string;
  /** Its region. */
  readonly placement: RegionPlacement;
}

/** What {@link bucketReplication} creates. */
export interface BucketReplicationResources {
  /** Role S3 assumes to replicate (trusted by `s3.amazonaws.com` for this account only). */
  readonly role: IamRole;
  /** Its least-privilege policy. */
  readonly rolePolicy: IamRolePolicy;
  /** The replication rule (every object and delete marker, SSE-KMS objects, RTC and metrics). */
  readonly configuration: S3BucketReplicationConfigurationA;
}

/**
 * Live replication of every object version and delete marker to a bucket in
 * the recovery region, with S3 Replication Time Control (15 minutes, under an
 * SLA) and replication metrics. Objects are encrypted with SSE-KMS, so the
 * rule selects KMS-encrypted objects (`sse_kms_encrypted_objects`) and names
 * the destination key (`replica_kms_key_id`): without both, S3 silently
 * skips them.
 */
export function bucketReplication(
  scope: Construct,
  source: ReplicationSide,
  destination: ReplicationSide,
  options: { readonly storageClass?: string; readonly dependsOn: readonly ITerraformDependable[] },
): BucketReplicationResources {
  const account = new DataAwsCallerIdentity(scope, 'account');
  const partition = new DataAwsPartition(scope, 'partition');
  const role = serviceRole(scope, 'replication-role', {
    service: 's3.amazonaws.com',
    namePrefix: physicalName(scope, { maxLength: 38, suffix: 'repl' }),
    sourceAccount: account.accountId,
  });
  const s3Via = (region: string) => `s3.${region}.${partition.dnsSuffix}`;
  // With S3 Bucket Keys the encryption context is the bucket ARN; without, the object ARN: allow both.
  const context = (b: S3Bucket) => [b.arn, `${b.arn}/*`];
  const rolePolicy = new IamRolePolicy(scope, 'replication-policy', {
    name: 'replicate-to-recovery-region',
    role: role.id,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Sid: 'ReadReplicationConfiguration', Effect: 'Allow', Action: ['s3:GetReplicationConfiguration', 's3:ListBucket'], Resource: [source.bucket.arn] },
        {
          Sid: 'ReadSourceVersions',
          Effect: 'Allow',
          Action: ['s3:GetObjectVersionForReplication', 's3:GetObjectVersionAcl', 's3:GetObjectVersionTagging', 's3:GetObjectRetention', 's3:GetObjectLegalHold'],
          Resource: [`${source.bucket.arn}/*`],
        },
        { Sid: 'WriteReplicas', Effect: 'Allow', Action: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'], Resource: [`${destination.bucket.arn}/*`] },
        {
          Sid: 'DecryptSource',
          Effect: 'Allow',
          Action: ['kms:Decrypt'],
          Resource: [source.kmsKeyArn],
          Condition: { StringLike: { 'kms:ViaService': s3Via(source.placement.region), 'kms:EncryptionContext:aws:s3:arn': context(source.bucket) } },
        },
        {
          Sid: 'EncryptReplicas',
          Effect: 'Allow',
          Action: ['kms:Encrypt', 'kms:GenerateDataKey'],
          Resource: [destination.kmsKeyArn],
          Condition: { StringLike: { 'kms:ViaService': s3Via(destination.placement.region), 'kms:EncryptionContext:aws:s3:arn': context(destination.bucket) } },
        },
      ],
    }),
  });
  const configuration = new S3BucketReplicationConfigurationA(scope, 'replication', {
    bucket: source.bucket.id,
    role: role.arn,
    rule: [
      {
        id: REPLICATION_RULE_ID,
        status: 'Enabled',
        filter: {},
        deleteMarkerReplication: { status: 'Enabled' },
        sourceSelectionCriteria: { sseKmsEncryptedObjects: { status: 'Enabled' } },
        destination: {
          bucket: destination.bucket.arn,
          storageClass: options.storageClass,
          encryptionConfiguration: { replicaKmsKeyId: destination.kmsKeyArn },
          replicationTime: { status: 'Enabled', time: { minutes: S3_RTC_MINUTES } },
          metrics: { status: 'Enabled', eventThreshold: { minutes: S3_RTC_MINUTES } },
        },
      },
    ],
    // Replication needs versioning on both buckets, and the role's policy, before it is put.
    dependsOn: [...options.dependsOn, rolePolicy],
    ...source.placement.resourceConfig,
  });
  return { role, rolePolicy, configuration };
}
