import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { PropSpecs, spec } from '../../../core/prop-spec';
import { ALARM_ROUTING, reliableProps } from '../../common/prop-specs';
import { BUCKET_ALARM_KEYS } from '../bucket-alarms';
import type { BucketObjectLock } from '../hardened-bucket';
import type { BucketAccessLogs, BucketReplication, ReplicatedBucketProps } from '../replicated-bucket';
import { RECOVERY_REGION_FIELDS } from './storage-placement';

/**
 * S3 general purpose bucket names: 3 to 63 lower-case letters, digits, dots and hyphens, no "..", not an IP
 * address, no reserved prefix or suffix (the generated tables: S3 User Guide, "General purpose bucket naming rules").
 */
const BUCKET_NAME = { resource: 'aws_s3_bucket', argument: 'bucket' } as const;
/** Object Lock default retention limits (days or years; S3 caps retention at 100 years). */
const LOCK_LIMITS = { maxDays: 36500, maxYears: 100 };

/** Where access logs go (the name is the target bucket's: a reference is fine). */
export const ACCESS_LOGS = spec.object<BucketAccessLogs>(
  {
    bucketName: spec.name({ required: 'the bucket receiving the logs', aws: BUCKET_NAME }),
    // An object key is at most 1024 bytes; S3 appends the log object's own name to the prefix.
    prefix: spec.text({ maxLength: 900 }),
  },
  { example: { bucketName: 'acme-access-logs' } },
);

/** Object Lock's default retention: a mode and exactly one of days or years. */
export const OBJECT_LOCK = spec.object<BucketObjectLock>(
  {
    mode: spec.oneOf(['GOVERNANCE', 'COMPLIANCE'], {
      required: 'GOVERNANCE or COMPLIANCE',
      tokens: { refuse: 'a COMPLIANCE lock is announced at synth: nothing can delete a locked version' },
      aws: { resource: 'aws_s3_bucket_object_lock_configuration', argument: 'rule.default_retention.mode' },
    }),
    days: spec.integer({ min: 1, max: LOCK_LIMITS.maxDays }),
    years: spec.integer({ min: 1, max: LOCK_LIMITS.maxYears }),
  },
  { tokens: { refuse: 'object lock is chosen when the bucket is created' }, example: { mode: 'GOVERNANCE', days: 30 }, check: checkOneRetention },
);

function checkOneRetention(scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>): void {
  if ((value.days === undefined) === (value.years === undefined)) {
    throw new InvalidPropError(scope, prop, value, 'must give exactly one of days or years: the default retention of new object versions');
  }
}

/** Replication to a replica bucket in a recovery Region (the construct places it and checks its key's Region). */
export const REPLICATION = spec.object<BucketReplication>(
  {
    ...RECOVERY_REGION_FIELDS,
    bucketName: spec.name({ aws: BUCKET_NAME }),
    kmsKeyArn: spec.arn('kms'),
    storageClass: spec.oneOf(['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'], {
      aws: { resource: 'aws_s3_bucket_replication_configuration', argument: 'rule.destination.storage_class' },
    }),
    alarmRouting: ALARM_ROUTING,
  },
  { tokens: { refuse: 'it decides whether the replica bucket exists and where' }, example: { region: 'eu-central-1' } },
);

/** What every prop of a ReplicatedBucket accepts (the construct relates them: versioning, object lock, replication, alarms). */
export const REPLICATED_BUCKET_PROPS: PropSpecs<ReplicatedBucketProps> = {
  bucketName: spec.name({ aws: BUCKET_NAME }),
  kmsKeyArn: spec.arn('kms'),
  versioned: spec.boolean({ tokens: { refuse: 'replication and object lock depend on it' } }),
  deletionProtection: spec.boolean({ tokens: { refuse: 'Terraform lifecycle settings are fixed at synth' } }),
  noncurrentVersionExpirationDays: spec.integer({ min: 1 }),
  // S3 lifecycle NoncurrentVersionExpiration NewerNoncurrentVersions: at most 100 (S3 API Reference).
  noncurrentVersionsToKeep: spec.integer({ min: 1, max: 100 }),
  abortIncompleteMultipartUploadDays: spec.integer({ min: 1 }),
  accessLogs: ACCESS_LOGS,
  objectLock: OBJECT_LOCK,
  replication: REPLICATION,
  ...reliableProps(BUCKET_ALARM_KEYS),
};
