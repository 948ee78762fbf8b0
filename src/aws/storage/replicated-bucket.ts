import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { Annotations, ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { claimName } from '../../core/name-registry';
import { physicalName } from '../../core/naming';
import { literal } from '../../core/user-text';
import { checkBoolean, checkKeys, checkKnown, checkObject, checkRequired, checkString } from '../../core/prop-types';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { checkArn, checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { IAlarmRouting } from '../common/alarm-routing';
import { BackupProtection, encryptionRestoreOverrides, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { BUCKET_ALARM_KEYS, failedReplicationAlarm, ReplicatedBucketAlarms, replicationLatencyAlarm } from './bucket-alarms';
import { bucketReplication } from './bucket-replication';
import { BucketLifecycle, BucketObjectLock, hardenedBucket, HardenedBucketResources } from './hardened-bucket';
import { FIGURES } from '../../recovery/figures';
import { checkRoutingRegion, placeRecoveryRegion, primaryPlacement, RecoveryRegion, RegionPlacement } from './region-placement';
import { storageKey } from './storage-key';

export { ReplicatedBucketAlarms } from './bucket-alarms';
export { BucketLifecycle, BucketObjectLock, HardenedBucketResources } from './hardened-bucket';

/** Replication of a bucket to a bucket in a recovery region, which the construct creates. */
export interface BucketReplication extends RecoveryRegion {
  /**
   * Name of the replica bucket (S3 names are global).
   * @default - `<bucketName>-<region>` when bucketName is given, else a unique name Terraform derives from the construct path
   */
  readonly bucketName?: string;
  /**
   * ARN of a customer-managed KMS key in the recovery region for the replicas.
   * @default - a key with yearly rotation, created in the recovery region
   */
  readonly kmsKeyArn?: string;
  /**
   * Storage class of the replicas, e.g. `STANDARD_IA` for a copy read only in a disaster.
   * @default - the storage class of each source object
   */
  readonly storageClass?: 'STANDARD' | 'STANDARD_IA' | 'ONEZONE_IA' | 'INTELLIGENT_TIERING' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';
  /**
   * Alarm routing whose actions are in the recovery region (for the replicationLatency alarm: CloudWatch alarms
   * notify only SNS topics of their own region).
   * @default - no replicationLatency alarm when alarmRouting is given (with a warning); an unrouted one otherwise
   */
  readonly alarmRouting?: IAlarmRouting;
}

/** Where access logs go. */
export interface BucketAccessLogs {
  /** Name of the bucket receiving the logs (same region; its policy must let `logging.s3.amazonaws.com` write). */
  readonly bucketName: string;
  /**
   * Key prefix of the log objects.
   * @default - the construct path and a slash
   */
  readonly prefix?: string;
}

export interface ReplicatedBucketProps extends ReliableConstructProps<ReplicatedBucketAlarms> {
  /**
   * Bucket name (3 to 63 lower-case letters, digits, dots, hyphens; S3 names are global). Changing it replaces the bucket.
   * @default - a unique name Terraform derives from the construct path (`bucket_prefix`)
   */
  readonly bucketName?: string;
  /**
   * ARN of a customer-managed KMS key in the bucket's region.
   * @default - a key with yearly rotation, created here
   */
  readonly kmsKeyArn?: string;
  /**
   * Versioning: every overwrite and delete keeps the previous version. Turning it off adds a warning, and is
   * refused with replication, object lock or a backup plan (they need it).
   * @default true
   */
  readonly versioned?: boolean;
  /**
   * Deletion protection: Terraform refuses to destroy or replace the bucket and its replica (`prevent_destroy`;
   * S3 has no deletion protection of its own, and a bucket name freed is anyone's). Turning it off adds a warning.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Days a version is kept after it is overwritten or deleted (the window in which a bad write can be undone).
   * @default 90
   */
  readonly noncurrentVersionExpirationDays?: number;
  /**
   * Noncurrent versions of each object kept regardless of age (1 to 100).
   * @default - age alone decides
   */
  readonly noncurrentVersionsToKeep?: number;
  /**
   * Days before the parts of an incomplete multipart upload are deleted.
   * @default 7
   */
  readonly abortIncompleteMultipartUploadDays?: number;
  /**
   * Server access logs.
   * @default - no access logs
   */
  readonly accessLogs?: BucketAccessLogs;
  /**
   * Object Lock (write once, read many) with a default retention; on the replica too. It can only be chosen when
   * the bucket is created, and needs versioning.
   * @default - no object lock
   */
  readonly objectLock?: BucketObjectLock;
  /**
   * Replication to a bucket in a recovery region, with S3 Replication Time Control and replication metrics.
   * @default - no replication: the bucket does not survive the loss of its region
   */
  readonly replication?: BucketReplication;
}

const PROP_KEYS = [
  'alarmRouting', 'alarms', 'tags', 'bucketName', 'kmsKeyArn', 'versioned', 'deletionProtection', 'noncurrentVersionExpirationDays', 'noncurrentVersionsToKeep',
  'abortIncompleteMultipartUploadDays', 'accessLogs', 'objectLock', 'replication',
];
const REPLICATION_KEYS = ['bucketName', 'kmsKeyArn', 'storageClass', 'alarmRouting'];
const STORAGE_CLASSES = ['STANDARD', 'STANDARD_IA', 'ONEZONE_IA', 'INTELLIGENT_TIERING', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE'] as const;
const BUCKET_NAME = /^(?!xn--)(?!sthree-)(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)(?!.*-s3alias$)(?!.*--ol-s3$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const BUCKET_NAME_RULE = '3 to 63 lower-case letters, digits, dots and hyphens, starting and ending with a letter or digit (no "..", not an IP address)';
/** Terraform appends 26 characters to a `bucket_prefix`; S3 allows 63 in all. */
const MAX_BUCKET_PREFIX = 37;
/** Object Lock default retention limits (days or years; S3 caps retention at 100 years). */
const LOCK_LIMITS = { maxDays: 36500, maxYears: 100 };
/** Where S3 names must be unique. */
const GLOBAL = 'aws global';

/**
 * An S3 bucket that survives overwrites, deletes and (with `replication`)
 * the loss of its region.
 *
 * Safe defaults: versioning, SSE-KMS with a customer-managed key (rotated)
 * and an S3 Bucket Key, all four public access block flags, ACLs off
 * (`BucketOwnerEnforced`), a policy denying requests without TLS 1.2,
 * noncurrent versions kept 90 days, incomplete multipart uploads aborted
 * after 7 days. Optional access logs and Object Lock. Replication creates a
 * hardened replica bucket in the recovery region with its own key and copies
 * every version and delete marker under S3 Replication Time Control, with
 * alarms on failed replication and on latency above 15 minutes.
 *
 * Reports what it achieves for recovery ({@link IRecoverable}) and writes it
 * as `recovery:*` tags on the bucket.
 */
export class ReplicatedBucket extends ReliableConstruct<ReplicatedBucketAlarms> implements IRecoverable, IBackupTarget {
  /** The bucket. */
  public readonly bucket: S3Bucket;
  /** Its versioning, encryption, public access block, ownership, policy, lifecycle and object lock resources. */
  public readonly resources: HardenedBucketResources;
  /** The key created when `kmsKeyArn` is not given. */
  public readonly kmsKey?: KmsKey;
  /** ARN of the key encrypting the objects. */
  public readonly kmsKeyArn: string;
  /** Region of the bucket. */
  public readonly region: string;
  /** The access logging configuration, when asked. */
  public readonly logging?: S3BucketLoggingA;
  /** The replica bucket in the recovery region, with its companions. */
  public readonly replica?: HardenedBucketResources;
  /** The key created in the recovery region when `replication.kmsKeyArn` is not given. */
  public readonly replicaKmsKey?: KmsKey;
  /** ARN of the replica key (given or created), when the bucket replicates. */
  public readonly replicaKmsKeyArn?: string;
  /** Region of the replica. */
  public readonly replicaRegion?: string;
  /** The role S3 assumes to replicate. */
  public readonly replicationRole?: IamRole;
  /** Its policy. */
  public readonly replicationRolePolicy?: IamRolePolicy;
  /** The replication configuration. */
  public readonly replicationConfiguration?: S3BucketReplicationConfigurationA;
  /** AWS Backup selects the bucket by this ARN. */
  public readonly backupResourceArn: string;
  /** AWS Backup's name for S3. */
  public readonly backupResourceType = 'S3' as const;
  /** Region of the bucket: a backup plan must be in the same region to select it. */
  public readonly backupRegion: string;
  /** A restore test restores into a new bucket under the bucket's customer-managed key (AWS Backup would use SSE-S3). */
  public readonly backupRestoreMetadataOverrides: Readonly<Record<string, string>>;
  /** A restore test of a copy in the replica's region uses the replica's key there. */
  public readonly backupRestoreMetadataOverridesByRegion: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Whether the bucket is versioned. */
  public readonly versioned: boolean;
  private readonly protections: BackupProtection[] = [];

  constructor(scope: Construct, id: string, props: ReplicatedBucketProps) {
    super(scope, id, props, { alarmKeys: BUCKET_ALARM_KEYS });
    checkKeys(this, '', props, PROP_KEYS);
    const primary = primaryPlacement(this, 'a replicated bucket');
    this.region = primary.region;
    checkRoutingRegion(this, 'alarmRouting', this.alarmRouting, primary.region);
    this.versioned = this.checkOptions(props);
    const recovery = props.replication !== undefined ? this.placeReplication(props.replication, primary) : undefined;
    const names = this.nameBuckets(props, recovery);

    if (props.kmsKeyArn !== undefined) {
      this.kmsKeyArn = props.kmsKeyArn;
    } else {
      this.kmsKey = storageKey(this, 'key', `Encrypts the objects of S3 bucket ${names.description} in ${primary.region}`, primary);
      this.kmsKeyArn = this.kmsKey.arn;
    }
    const preventDestroy = props.deletionProtection ?? true;
    const lifecycle = {
      noncurrentVersionExpirationDays: props.noncurrentVersionExpirationDays ?? 90,
      noncurrentVersionsToKeep: props.noncurrentVersionsToKeep,
      abortIncompleteMultipartUploadDays: props.abortIncompleteMultipartUploadDays ?? 7,
    };
    // Logical id 'bucket' (and its companions') is part of the public contract: never rename it.
    this.resources = hardenedBucket(this, {
      idPrefix: '',
      bucketName: props.bucketName,
      bucketPrefix: names.prefix,
      kmsKeyArn: this.kmsKeyArn,
      placement: primary,
      versioned: this.versioned,
      objectLock: props.objectLock,
      lifecycle,
      preventDestroy,
    });
    this.bucket = this.resources.bucket;
    if (props.accessLogs) {
      this.logging = new S3BucketLoggingA(this, 'access-logs', {
        bucket: this.bucket.id,
        targetBucket: props.accessLogs.bucketName,
        // An S3 key prefix takes any characters: the user's is escaped (a "${" in it would be a Terraform template).
        targetPrefix: literal(props.accessLogs.prefix) ?? `${physicalName(this, { maxLength: 200 })}/`,
      });
    }

    if (recovery) {
      const made = this.replicate(props.replication!, recovery, primary, { description: names.description, replicaName: names.replicaName, replicaPrefix: names.replicaPrefix, props, preventDestroy, lifecycle });
      this.replica = made.replica;
      this.replicaKmsKey = made.replicaKmsKey;
      this.replicaKmsKeyArn = made.replicaKmsKeyArn;
      this.replicaRegion = recovery.region;
      this.replicationRole = made.role;
      this.replicationRolePolicy = made.rolePolicy;
      this.replicationConfiguration = made.configuration;
      this.createAlarms(names.description, recovery, props.replication!.alarmRouting);
    }
    this.backupResourceArn = this.bucket.arn;
    this.backupRegion = this.region;
    this.backupRestoreMetadataOverrides = encryptionRestoreOverrides('S3', this.kmsKeyArn)!;
    this.backupRestoreMetadataOverridesByRegion =
      this.replicaRegion !== undefined && this.replicaKmsKeyArn !== undefined ? { [this.replicaRegion]: encryptionRestoreOverrides('S3', this.replicaKmsKeyArn)! } : {};
    // The replica is the copy, not protected data of its own (a backup plan does not select it): only the bucket is tagged.
    tagRecovery(this.bucket, this);
  }

  /** The replica bucket (hardened like this one, under its own key) and the replication to it. */
  private replicate(
    replication: BucketReplication,
    recovery: RegionPlacement,
    primary: RegionPlacement,
    o: { description: string; replicaName?: string; replicaPrefix: string; props: ReplicatedBucketProps; preventDestroy: boolean; lifecycle: BucketLifecycle },
  ) {
    const replicaKmsKey =
      replication.kmsKeyArn === undefined ? storageKey(this, 'replica-key', `Encrypts the ${recovery.region} replica of S3 bucket ${o.description}`, recovery) : undefined;
    const replicaKmsKeyArn = replication.kmsKeyArn ?? replicaKmsKey!.arn;
    const replica = hardenedBucket(this, {
      idPrefix: 'replica-',
      bucketName: o.replicaName,
      bucketPrefix: o.replicaPrefix,
      kmsKeyArn: replicaKmsKeyArn,
      placement: recovery,
      versioned: true,
      objectLock: o.props.objectLock,
      lifecycle: o.lifecycle,
      preventDestroy: o.preventDestroy,
    });
    const versionings = [this.resources.versioning, replica.versioning].filter((v): v is NonNullable<typeof v> => v !== undefined);
    const made = bucketReplication(
      this,
      { bucket: this.bucket, kmsKeyArn: this.kmsKeyArn, placement: primary },
      { bucket: replica.bucket, kmsKeyArn: replicaKmsKeyArn, placement: recovery },
      { storageClass: replication.storageClass, dependsOn: versionings as ITerraformDependable[] },
    );
    return { replica, replicaKmsKey, replicaKmsKeyArn, ...made };
  }

  /** Called by a `BackupPlan` that protects this bucket; its figures join {@link recovery}. */
  public addBackupProtection(protection: BackupProtection): void {
    if (!this.versioned) {
      throw new InvalidPropError(this, 'versioned', false, `must be true for backup plan ${protection.plan} to protect the bucket: AWS Backup backs up versioned buckets only`);
    }
    this.protections.push(protection);
  }

  /** What the bucket achieves for recovery, with the backup plans protecting it (see {@link IRecoverable}). */
  public get recovery(): RecoveryAchievement {
    const replicated = this.replicaRegion !== undefined;
    const sources: string[] = [FIGURES.s3Zone.source];
    if (this.versioned) sources.push(FIGURES.s3Versioning.source);
    if (replicated) sources.push(FIGURES.s3ReplicationRtc.source);
    return withBackupProtections(
      {
        resource: this.node.path,
        kind: 'bucket',
        regions: replicated ? [this.region, this.replicaRegion!] : [this.region],
        rpoZoneSeconds: FIGURES.s3Zone.seconds,
        // Versioning keeps every overwritten or deleted version (for noncurrentVersionExpirationDays): nothing is lost.
        rpoDataSeconds: this.versioned ? FIGURES.s3Versioning.seconds : undefined,
        rpoRegionSeconds: replicated ? FIGURES.s3ReplicationRtc.seconds : undefined,
        replication: replicated ? 's3-rtc' : undefined,
        synchronous: false,
        sources,
      },
      this.protections,
    );
  }

  /** Checks the props that do not depend on the region; returns whether the bucket is versioned. */
  private checkOptions(props: ReplicatedBucketProps): boolean {
    checkBoolean(this, 'deletionProtection', props.deletionProtection);
    checkKnown(this, 'deletionProtection', props.deletionProtection, 'Terraform lifecycle settings are fixed at synth');
    if (props.deletionProtection === false) this.warnUnsafe('deletionProtection', false, 'a destroy or a replacement deletes the bucket once it is empty, and frees its name for anyone');
    checkBoolean(this, 'versioned', props.versioned);
    checkKnown(this, 'versioned', props.versioned, 'replication and object lock depend on it');
    const versioned = props.versioned ?? true;
    checkString(this, 'kmsKeyArn', props.kmsKeyArn);
    this.checkKeyArn('kmsKeyArn', props.kmsKeyArn, this.region);
    checkNumber(this, 'noncurrentVersionExpirationDays', props.noncurrentVersionExpirationDays, { integer: true, min: 1 });
    checkNumber(this, 'noncurrentVersionsToKeep', props.noncurrentVersionsToKeep, { integer: true, min: 1, max: 100 });
    checkNumber(this, 'abortIncompleteMultipartUploadDays', props.abortIncompleteMultipartUploadDays, { integer: true, min: 1 });
    this.checkAccessLogs(props.accessLogs);
    this.checkObjectLock(props.objectLock, versioned);
    if (!versioned) {
      for (const p of ['noncurrentVersionExpirationDays', 'noncurrentVersionsToKeep'] as const) {
        if (props[p] !== undefined) throw new InvalidPropError(this, p, props[p], 'needs versioning (versioned is false)');
      }
      if (props.replication !== undefined) {
        throw new InvalidPropError(this, 'versioned', false, 'must be true with replication: S3 replicates versioned buckets only');
      }
      this.warnUnsafe('versioned', false, 'an overwrite or delete is final; nothing can undo a bad write');
    }
    if (props.replication === undefined) {
      for (const key of BUCKET_ALARM_KEYS) {
        if (props.alarms !== undefined && key in props.alarms) {
          throw new InvalidPropError(this, `alarms.${key}`, props.alarms[key], 'applies to a replicated bucket only: give replication (the bucket replicates nowhere)');
        }
      }
    }
    return versioned;
  }

  private checkAccessLogs(logs: BucketAccessLogs | undefined): void {
    checkObject(this, 'accessLogs', logs);
    if (logs === undefined) return;
    checkKeys(this, 'accessLogs', logs, ['bucketName', 'prefix']);
    checkRequired(this, 'accessLogs.bucketName', logs.bucketName, 'the bucket receiving the logs');
    checkString(this, 'accessLogs.bucketName', logs.bucketName);
    checkPattern(this, 'accessLogs.bucketName', logs.bucketName, BUCKET_NAME, BUCKET_NAME_RULE);
    checkString(this, 'accessLogs.prefix', logs.prefix);
    checkPattern(this, 'accessLogs.prefix', logs.prefix, /^.{0,900}$/s, 'at most 900 characters');
  }

  private checkObjectLock(lock: BucketObjectLock | undefined, versioned: boolean): void {
    checkObject(this, 'objectLock', lock);
    if (lock === undefined) return;
    checkKnown(this, 'objectLock', lock, 'object lock is chosen when the bucket is created');
    checkKeys(this, 'objectLock', lock, ['mode', 'days', 'years']);
    if (!versioned) throw new InvalidPropError(this, 'objectLock', lock, 'needs versioning: S3 locks object versions (versioned is false)');
    checkRequired(this, 'objectLock.mode', lock.mode, 'GOVERNANCE or COMPLIANCE');
    checkOneOf(this, 'objectLock.mode', lock.mode, ['GOVERNANCE', 'COMPLIANCE'] as const);
    checkNumber(this, 'objectLock.days', lock.days, { integer: true, min: 1, max: LOCK_LIMITS.maxDays });
    checkNumber(this, 'objectLock.years', lock.years, { integer: true, min: 1, max: LOCK_LIMITS.maxYears });
    if ((lock.days === undefined) === (lock.years === undefined)) {
      throw new InvalidPropError(this, 'objectLock', lock, 'must give exactly one of days or years: the default retention of new object versions');
    }
    if (lock.mode === 'COMPLIANCE') {
      Annotations.of(this).addInfo('objectLock is COMPLIANCE: no one, not even the root user, can delete an object version before its retention ends, nor the bucket while it holds one.');
    }
  }

  private placeReplication(replication: BucketReplication, primary: RegionPlacement): RegionPlacement {
    const placement = placeRecoveryRegion(this, 'replication', replication, primary, REPLICATION_KEYS);
    checkString(this, 'replication.bucketName', replication.bucketName);
    checkPattern(this, 'replication.bucketName', replication.bucketName, BUCKET_NAME, BUCKET_NAME_RULE);
    checkString(this, 'replication.kmsKeyArn', replication.kmsKeyArn);
    this.checkKeyArn('replication.kmsKeyArn', replication.kmsKeyArn, placement.region);
    checkOneOf(this, 'replication.storageClass', replication.storageClass, STORAGE_CLASSES);
    const routing = replication.alarmRouting;
    if (routing !== undefined && (routing === null || typeof (routing as IAlarmRouting).actionsFor !== 'function')) {
      throw new InvalidPropError(this, 'replication.alarmRouting', routing, 'must be an IAlarmRouting whose topics are in the recovery region');
    }
    checkRoutingRegion(this, 'replication.alarmRouting', routing, placement.region);
    return placement;
  }

  private checkKeyArn(prop: string, arn: string | undefined, region: string): void {
    checkArn(this, prop, arn, 'kms');
    if (arn === undefined || isUnresolved(arn)) return;
    const arnRegion = arn.split(':')[3];
    if (arnRegion !== '' && arnRegion !== region) throw new InvalidPropError(this, prop, arn, `must be a key in ${region}, the bucket's region (S3 uses a key of its own region)`);
  }

  /** Bucket names (claimed globally) or prefixes of the bucket and its replica. */
  private nameBuckets(props: ReplicatedBucketProps, recovery: RegionPlacement | undefined) {
    checkString(this, 'bucketName', props.bucketName);
    checkPattern(this, 'bucketName', props.bucketName, BUCKET_NAME, BUCKET_NAME_RULE);
    const prefixOf = (suffix?: string) => `${physicalName(this, { maxLength: MAX_BUCKET_PREFIX - 1, lowerCase: true, allowed: /[a-z0-9-]/, suffix })}-`;
    const given = props.bucketName;
    let replicaName = props.replication?.bucketName;
    if (recovery && replicaName === undefined && given !== undefined && !isUnresolved(given)) {
      replicaName = `${given}-${recovery.region}`;
      if (replicaName.length > 63) {
        throw new InvalidPropError(this, 'replication.bucketName', undefined, `is required: the default "${replicaName}" is longer than S3's 63 characters`);
      }
    }
    if (given !== undefined) claimName(this, { kind: 'S3 bucket', name: given, where: GLOBAL });
    if (replicaName !== undefined) claimName(this, { kind: 'S3 bucket', name: replicaName, where: GLOBAL });
    return { prefix: prefixOf(), replicaPrefix: prefixOf('replica'), replicaName, description: given ?? this.node.path };
  }

  /**
   * The failed-replication alarm in the bucket's Region, and the latency alarm in the replica's Region (S3 publishes
   * ReplicationLatency there, and an alarm notifies topics of its own Region only: replication.alarmRouting).
   */
  private createAlarms(what: string, recovery: RegionPlacement, replicaRouting: IAlarmRouting | undefined): void {
    const source = this.bucket.bucket;
    const destination = this.replica!.bucket.bucket;
    const label = `S3 bucket ${what}`;
    this.addAlarms([failedReplicationAlarm(source, destination, label, recovery.region)]);
    if (replicaRouting === undefined && this.alarmRouting !== undefined) {
      if (this.alarmOverride('replicationLatency').enabled !== false) {
        Annotations.of(this).addWarning(
          `No replicationLatency alarm: S3 publishes ReplicationLatency in ${recovery.region} and CloudWatch alarms notify only SNS topics of their own region. Give replication.alarmRouting (topics in ${recovery.region}), or set alarms.replicationLatency.enabled to false.`,
        );
      }
      return;
    }
    this.addAlarms([replicationLatencyAlarm(source, destination, label, recovery.region)], {
      routing: replicaRouting,
      routingProp: 'replication.alarmRouting',
      provider: recovery.provider,
      region: recovery.region,
    });
  }
}

