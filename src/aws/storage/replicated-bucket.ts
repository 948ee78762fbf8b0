import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketReplicationConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-replication-configuration';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { IAlarmRouting } from '../common/alarm-routing';
import { BackupProtection, encryptionRestoreOverrides, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { BUCKET_ALARM_KEYS, failedReplicationAlarm, ReplicatedBucketAlarms, replicationLatencyAlarm } from './bucket-alarms';
import { BucketObjectLock, HardenedBucketResources } from './hardened-bucket';
import { FIGURES } from '../../recovery/figures';
import { checkBucketOptions, nameBuckets, placeReplication } from './private/bucket-checks';
import { createBucketResources } from './private/bucket-resources';
import { REPLICATED_BUCKET_PROPS } from './private/replicated-bucket-spec';
import { checkRoutingRegion, primaryPlacement, RecoveryRegion, RegionPlacement } from './region-placement';

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
    super(scope, id, props, { alarmKeys: BUCKET_ALARM_KEYS, props: REPLICATED_BUCKET_PROPS });
    const primary = primaryPlacement(this, 'a replicated bucket');
    this.region = primary.region;
    checkRoutingRegion(this, 'alarmRouting', this.alarmRouting, primary.region);
    this.versioned = checkBucketOptions(this, props, primary, (p, v, why) => this.warnUnsafe(p, v, why));
    const recovery = placeReplication(this, props, primary);
    const names = nameBuckets(this, props, recovery);

    const made = createBucketResources(this, { props, names, primary, recovery, versioned: this.versioned });
    this.kmsKey = made.kmsKey;
    this.kmsKeyArn = made.kmsKeyArn;
    this.resources = made.resources;
    this.bucket = made.resources.bucket;
    this.logging = made.logging;
    if (recovery && made.replication) {
      this.replica = made.replication.replica;
      this.replicaKmsKey = made.replication.replicaKmsKey;
      this.replicaKmsKeyArn = made.replication.replicaKmsKeyArn;
      this.replicaRegion = recovery.region;
      this.replicationRole = made.replication.role;
      this.replicationRolePolicy = made.replication.rolePolicy;
      this.replicationConfiguration = made.replication.configuration;
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

