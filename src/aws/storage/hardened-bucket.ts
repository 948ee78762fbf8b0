import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketObjectLockConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-object-lock-configuration';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { Construct } from 'constructs';
import { RegionPlacement } from './region-placement';

/** Object Lock: write-once-read-many retention of every object version. */
export interface BucketObjectLock {
  /**
   * `GOVERNANCE` (users with `s3:BypassGovernanceRetention` may delete early) or `COMPLIANCE` (nobody,
   * not even the root user, may delete a version before its retention ends).
   */
  readonly mode: 'GOVERNANCE' | 'COMPLIANCE';
  /**
   * Default retention of new object versions, in days (give this or `years`).
   * @default - none: give `years`
   */
  readonly days?: number;
  /**
   * Default retention of new object versions, in years (give this or `days`).
   * @default - none: give `days`
   */
  readonly years?: number;
}

/** How a bucket keeps and cleans up versions. */
export interface BucketLifecycle {
  /** Days a version is kept after it stops being current. */
  readonly noncurrentVersionExpirationDays: number;
  /** Noncurrent versions kept regardless of age. @default - none: age alone decides */
  readonly noncurrentVersionsToKeep?: number;
  /** Days before an incomplete multipart upload's parts are deleted. */
  readonly abortIncompleteMultipartUploadDays: number;
}

/** What {@link hardenedBucket} creates. */
export interface HardenedBucketResources {
  /** The bucket. */
  readonly bucket: S3Bucket;
  /** Its versioning; absent when versioning is off (never for a replicated or locked bucket). */
  readonly versioning?: S3BucketVersioningA;
  /** Default encryption: SSE-KMS with an S3 Bucket Key. */
  readonly encryption: S3BucketServerSideEncryptionConfigurationA;
  /** All four public access block flags. */
  readonly publicAccessBlock: S3BucketPublicAccessBlock;
  /** `BucketOwnerEnforced`: ACLs off. */
  readonly ownershipControls: S3BucketOwnershipControls;
  /** The policy refusing requests without TLS 1.2. */
  readonly policy: S3BucketPolicy;
  /** Noncurrent-version expiry and multipart-upload cleanup. */
  readonly lifecycle: S3BucketLifecycleConfiguration;
  /** Object Lock default retention; absent without object lock. */
  readonly objectLockConfiguration?: S3BucketObjectLockConfigurationA;
}

/** Options of {@link hardenedBucket}. */
export interface HardenedBucketOptions {
  /** Prefix of every construct id (`''` for the primary bucket, `replica-` for its copy). */
  readonly idPrefix: string;
  /** The bucket name. @default - Terraform makes a unique one from `bucketPrefix` */
  readonly bucketName?: string;
  /** Prefix Terraform completes to a unique name (when `bucketName` is not given). */
  readonly bucketPrefix: string;
  /** The key objects are encrypted with (SSE-KMS with an S3 Bucket Key). */
  readonly kmsKeyArn: string;
  /** The region (provider or `region` argument) of every resource. */
  readonly placement: RegionPlacement;
  /** Whether the bucket is versioned. */
  readonly versioned: boolean;
  /** Object Lock, chosen at creation. @default - no object lock */
  readonly objectLock?: BucketObjectLock;
  /** Version retention and multipart cleanup. */
  readonly lifecycle: BucketLifecycle;
  /** Terraform refuses to destroy (or replace) the bucket: S3 has no deletion protection of its own. */
  readonly preventDestroy: boolean;
}

/** Lowest TLS version the bucket policy accepts. */
const MIN_TLS_VERSION = 1.2;

/**
 * A bucket with the data-protection baseline of this library: versioning,
 * SSE-KMS with an S3 Bucket Key (fewer KMS requests), all four public access
 * block flags, ACLs disabled (`BucketOwnerEnforced`), a policy refusing
 * requests without TLS 1.2, lifecycle rules that expire noncurrent versions
 * and abort stale multipart uploads, and Object Lock when asked (it can only
 * be chosen when the bucket is created). Used for a bucket and its replica.
 */
export function hardenedBucket(scope: Construct, o: HardenedBucketOptions): HardenedBucketResources {
  const id = (name: string) => `${o.idPrefix}${name}`;
  const where = o.placement.resourceConfig;
  const bucket = new S3Bucket(scope, id('bucket'), {
    bucket: o.bucketName,
    bucketPrefix: o.bucketName === undefined ? o.bucketPrefix : undefined,
    objectLockEnabled: o.objectLock !== undefined ? true : undefined,
    forceDestroy: false,
    lifecycle: o.preventDestroy ? { preventDestroy: true } : undefined,
    ...where,
  });
  const versioning = o.versioned
    ? new S3BucketVersioningA(scope, id('versioning'), { bucket: bucket.id, versioningConfiguration: { status: 'Enabled' }, ...where })
    : undefined;
  const encryption = new S3BucketServerSideEncryptionConfigurationA(scope, id('encryption'), {
    bucket: bucket.id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: o.kmsKeyArn }, bucketKeyEnabled: true }],
    ...where,
  });
  const publicAccessBlock = new S3BucketPublicAccessBlock(scope, id('public-access-block'), {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
    ...where,
  });
  const ownershipControls = new S3BucketOwnershipControls(scope, id('ownership-controls'), {
    bucket: bucket.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
    ...where,
  });
  const objects = `${bucket.arn}/*`;
  const policy = new S3BucketPolicy(scope, id('policy'), {
    bucket: bucket.id,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [bucket.arn, objects],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
        {
          Sid: 'DenyOutdatedTls',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [bucket.arn, objects],
          Condition: { NumericLessThan: { 's3:TlsVersion': MIN_TLS_VERSION } },
        },
      ],
    }),
    // A policy put before the public access block could be judged public; the block goes first.
    dependsOn: [publicAccessBlock],
    ...where,
  });
  const lc = o.lifecycle;
  const lifecycle = new S3BucketLifecycleConfiguration(scope, id('lifecycle'), {
    bucket: bucket.id,
    rule: [
      {
        id: 'expire-noncurrent-versions',
        status: o.versioned ? 'Enabled' : 'Disabled',
        filter: [{ prefix: '' }],
        noncurrentVersionExpiration: [{ noncurrentDays: lc.noncurrentVersionExpirationDays, newerNoncurrentVersions: lc.noncurrentVersionsToKeep }],
        // A delete marker with no versions left behind it only slows listing down.
        expiration: [{ expiredObjectDeleteMarker: true }],
      },
      {
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        filter: [{ prefix: '' }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: lc.abortIncompleteMultipartUploadDays }],
      },
    ],
    // Lifecycle rules on noncurrent versions need versioning in place first.
    dependsOn: versioning ? [versioning] : undefined,
    ...where,
  });
  const lock = o.objectLock;
  const objectLockConfiguration = lock
    ? new S3BucketObjectLockConfigurationA(scope, id('object-lock'), {
        bucket: bucket.id,
        rule: { defaultRetention: { mode: lock.mode, days: lock.days, years: lock.years } },
        dependsOn: versioning ? [versioning] : undefined,
        ...where,
      })
    : undefined;
  return { bucket, versioning, encryption, publicAccessBlock, ownershipControls, policy, lifecycle, objectLockConfiguration };
}
