import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { claimName } from '../../../core/name-registry';
import { physicalName } from '../../../core/naming';
import { isUnresolved } from '../../../core/tokens';
import { BUCKET_ALARM_KEYS } from '../bucket-alarms';
import { checkRoutingRegion, placeRecoveryRegion, RegionPlacement } from '../region-placement';
import type { ReplicatedBucketProps } from '../replicated-bucket';
import { REPLICATION } from './replicated-bucket-spec';
import { checkKeyInRegion, WarnUnsafe } from './storage-placement';

/**
 * The checks of a ReplicatedBucket that relate props to each other (each prop passed its spec already); defaults
 * stay with the construct.
 */

/** Terraform appends 26 characters to a `bucket_prefix`; S3 allows 63 in all. */
const MAX_BUCKET_PREFIX = 37;
/** Where S3 names must be unique. */
const GLOBAL = 'aws global';

/** Versioning against what needs it, the key's Region, alarms without replication; returns whether the bucket is versioned. */
export function checkBucketOptions(scope: IConstruct, props: ReplicatedBucketProps, primary: RegionPlacement, warn: WarnUnsafe): boolean {
  if (props.deletionProtection === false) warn('deletionProtection', false, 'a destroy or a replacement deletes the bucket once it is empty, and frees its name for anyone');
  const versioned = props.versioned ?? true;
  checkKeyInRegion(scope, 'kmsKeyArn', props.kmsKeyArn, primary, 'bucket');
  if (props.objectLock !== undefined) {
    if (!versioned) throw new InvalidPropError(scope, 'objectLock', props.objectLock, 'needs versioning: S3 locks object versions (versioned is false)');
    if (props.objectLock.mode === 'COMPLIANCE') {
      Annotations.of(scope).addInfo('objectLock is COMPLIANCE: no one, not even the root user, can delete an object version before its retention ends, nor the bucket while it holds one.');
    }
  }
  if (!versioned) {
    for (const p of ['noncurrentVersionExpirationDays', 'noncurrentVersionsToKeep'] as const) {
      if (props[p] !== undefined) throw new InvalidPropError(scope, p, props[p], 'needs versioning (versioned is false)');
    }
    if (props.replication !== undefined) throw new InvalidPropError(scope, 'versioned', false, 'must be true with replication: S3 replicates versioned buckets only');
    warn('versioned', false, 'an overwrite or delete is final; nothing can undo a bad write');
  }
  if (props.replication === undefined) {
    for (const key of BUCKET_ALARM_KEYS) {
      if (props.alarms !== undefined && key in props.alarms) {
        throw new InvalidPropError(scope, `alarms.${key}`, props.alarms[key], 'applies to a replicated bucket only: give replication (the bucket replicates nowhere)');
      }
    }
  }
  return versioned;
}

/** The recovery Region of the replica (another than the bucket's), its key there, and its alarms' routing there. */
export function placeReplication(scope: IConstruct, props: ReplicatedBucketProps, primary: RegionPlacement): RegionPlacement | undefined {
  const replication = props.replication;
  if (replication === undefined) return undefined;
  const placement = placeRecoveryRegion(scope, 'replication', replication, primary, Object.keys(REPLICATION.fields));
  checkKeyInRegion(scope, 'replication.kmsKeyArn', replication.kmsKeyArn, placement, 'replica bucket');
  checkRoutingRegion(scope, 'replication.alarmRouting', replication.alarmRouting, placement.region);
  return placement;
}

/** Names of the bucket and its replica (given ones claimed globally), or the prefixes Terraform completes. */
export interface BucketNames {
  readonly prefix: string;
  readonly replicaPrefix: string;
  readonly replicaName?: string;
  /** The bucket's name, or its construct path, for descriptions. */
  readonly description: string;
}

/** Bucket names (claimed globally) or prefixes of the bucket and its replica. */
export function nameBuckets(scope: IConstruct, props: ReplicatedBucketProps, recovery: RegionPlacement | undefined): BucketNames {
  const prefixOf = (suffix?: string) => `${physicalName(scope, { maxLength: MAX_BUCKET_PREFIX - 1, lowerCase: true, allowed: /[a-z0-9-]/, suffix })}-`;
  const given = props.bucketName;
  let replicaName = props.replication?.bucketName;
  if (recovery && replicaName === undefined && given !== undefined && !isUnresolved(given)) {
    replicaName = `${given}-${recovery.region}`;
    if (replicaName.length > 63) {
      throw new InvalidPropError(scope, 'replication.bucketName', undefined, `is required: the default "${replicaName}" is longer than S3's 63 characters`);
    }
  }
  // Issue 21 (values that must agree): one construct's two buckets cannot share a name (S3 names are global).
  if (replicaName !== undefined && replicaName === given && !isUnresolved(given)) {
    throw new InvalidPropError(scope, 'replication.bucketName', replicaName, 'must differ from bucketName: the replica is a second bucket, and S3 bucket names are unique across all accounts');
  }
  if (given !== undefined) claimName(scope, { kind: 'S3 bucket', name: given, where: GLOBAL });
  if (replicaName !== undefined) claimName(scope, { kind: 'S3 bucket', name: replicaName, where: GLOBAL });
  return { prefix: prefixOf(), replicaPrefix: prefixOf('replica'), replicaName, description: given ?? scope.node.path };
}
