import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../../core/naming';
import { literal } from '../../../core/user-text';
import { bucketReplication } from '../bucket-replication';
import { BucketLifecycle, hardenedBucket, HardenedBucketResources } from '../hardened-bucket';
import { RegionPlacement } from '../region-placement';
import type { ReplicatedBucketProps } from '../replicated-bucket';
import { storageKey } from '../storage-key';
import type { BucketNames } from './bucket-checks';

/** What a ReplicatedBucket decided before creating its resources. */
export interface BucketPlan {
  readonly props: ReplicatedBucketProps;
  readonly names: BucketNames;
  readonly primary: RegionPlacement;
  readonly recovery?: RegionPlacement;
  readonly versioned: boolean;
}

/** The replica bucket and the replication to it. */
export interface ReplicaResources {
  readonly replica: HardenedBucketResources;
  readonly replicaKmsKey?: KmsKey;
  readonly replicaKmsKeyArn: string;
  readonly role: IamRole;
  readonly rolePolicy: IamRolePolicy;
  readonly configuration: S3BucketReplicationConfigurationA;
}

/** The resources of a ReplicatedBucket, under the construct ids it has always had. */
export interface BucketResources {
  readonly kmsKey?: KmsKey;
  readonly kmsKeyArn: string;
  readonly resources: HardenedBucketResources;
  readonly logging?: S3BucketLoggingA;
  readonly replication?: ReplicaResources;
}

/** The bucket's key (unless given), the hardened bucket, its access logging, and the replica with its replication. */
export function createBucketResources(scope: Construct, plan: BucketPlan): BucketResources {
  const { props, names, primary } = plan;
  const kmsKey = props.kmsKeyArn === undefined ? storageKey(scope, 'key', `Encrypts the objects of S3 bucket ${names.description} in ${primary.region}`, primary) : undefined;
  const kmsKeyArn = props.kmsKeyArn ?? kmsKey!.arn;
  const preventDestroy = props.deletionProtection ?? true;
  const lifecycle: BucketLifecycle = {
    noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 90,
    noncurrentVersionsToKeep: props.noncurrentVersionsToKeep,
    abortIncompleteMultipartUploadDays: props.abortIncompleteMultipartUploadDays ?? 7,
  };
  // Logical id 'bucket' (and its companions') is part of the public contract: never rename it.
  const resources = hardenedBucket(scope, {
    idPrefix: '',
    bucketName: props.bucketName,
    bucketPrefix: names.prefix,
    kmsKeyArn,
    placement: primary,
    versioned: plan.versioned,
    objectLock: props.objectLock,
    lifecycle,
    preventDestroy,
  });
  const logging = props.accessLogs
    ? new S3BucketLoggingA(scope, 'access-logs', {
        bucket: resources.bucket.id,
        targetBucket: props.accessLogs.bucketName,
        // An S3 key prefix takes any characters: the user's is escaped (a "${" in it would be a Terraform template).
        targetPrefix: literal(props.accessLogs.prefix) ?? `${physicalName(scope, { maxLength: 200 })}/`,
      })
    : undefined;
  const replication = plan.recovery ? replicate(scope, plan, plan.recovery, { resources, kmsKeyArn, lifecycle, preventDestroy }) : undefined;
  return { kmsKey, kmsKeyArn, resources, logging, replication };
}

/** The replica bucket (hardened like the bucket, under its own key) and the replication to it. */
function replicate(
  scope: Construct,
  plan: BucketPlan,
  recovery: RegionPlacement,
  source: { resources: HardenedBucketResources; kmsKeyArn: string; lifecycle: BucketLifecycle; preventDestroy: boolean },
): ReplicaResources {
  const replication = plan.props.replication!;
  const replicaKmsKey =
    replication.kmsKeyArn === undefined ? storageKey(scope, 'replica-key', `Encrypts the ${recovery.region} replica of S3 bucket ${plan.names.description}`, recovery) : undefined;
  const replicaKmsKeyArn = replication.kmsKeyArn ?? replicaKmsKey!.arn;
  const replica = hardenedBucket(scope, {
    idPrefix: 'replica-',
    bucketName: plan.names.replicaName,
    bucketPrefix: plan.names.replicaPrefix,
    kmsKeyArn: replicaKmsKeyArn,
    placement: recovery,
    versioned: true,
    objectLock: plan.props.objectLock,
    lifecycle: source.lifecycle,
    preventDestroy: source.preventDestroy,
  });
  const versionings = [source.resources.versioning, replica.versioning].filter((v): v is NonNullable<typeof v> => v !== undefined);
  const made = bucketReplication(
    scope,
    { bucket: source.resources.bucket, kmsKeyArn: source.kmsKeyArn, placement: plan.primary },
    { bucket: replica.bucket, kmsKeyArn: replicaKmsKeyArn, placement: recovery },
    { storageClass: replication.storageClass, dependsOn: versionings as ITerraformDependable[] },
  );
  return { replica, replicaKmsKey, replicaKmsKeyArn, ...made };
}
