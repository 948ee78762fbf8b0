import { Aspects, Fn, IAspect, Token } from 'cdktf';
import { InvalidPropError, PropError } from '../../core/errors';
import { checkScopeArgument } from '../../core/function-arguments';
import { checkAchievementArgument, checkListArgument, checkObjectArgument, checkOneOfArgument, checkSecondsArgument, checkTextArgument } from '../../recovery/arguments';
import { IConstruct } from 'constructs';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { recoveryTags, splitTagList, tagList } from '../../recovery/tags';
import { checkResourceTags } from '../../core/tags';

/**
 * The resource types AWS Backup names in restore testing selections
 * (`protected_resource_type`) and in its job events, for the resources this
 * library's constructs hold.
 */
export type BackupResourceType = 'Aurora' | 'RDS' | 'DynamoDB' | 'S3' | 'EFS' | 'EBS' | 'EC2' | 'DocumentDB' | 'Neptune' | 'FSx';

/** Every {@link BackupResourceType}, for run-time checks. */
export const BACKUP_RESOURCE_TYPES: readonly BackupResourceType[] = Object.freeze([
  'Aurora', 'RDS', 'DynamoDB', 'S3', 'EFS', 'EBS', 'EC2', 'DocumentDB', 'Neptune', 'FSx',
]);

/**
 * What one AWS Backup plan gives a resource it protects. A `BackupPlan`
 * hands this to every {@link IBackupTarget} it protects; the target folds
 * it into its `recovery` with {@link withBackupProtections}.
 */
export interface BackupProtection {
  /** Name of the backup plan. */
  readonly plan: string;
  /** Longest retention of the plan's rules, in days. */
  readonly retentionDays: number;
  /** Finest restore point: the shortest rule interval, or 300 with continuous backup. */
  readonly rpoDataSeconds: number;
  /** Copy interval plus copy time when a rule copies to another region; absent otherwise. */
  readonly rpoRegionSeconds?: number;
  /** Regions the plan copies recovery points to (not the plan's own). */
  readonly copyRegions: readonly string[];
  /** Vault lock mode of the plan's vault. */
  readonly vaultLock: 'none' | 'governance' | 'compliance';
  /** Whether the plan tests restores of this resource type on a schedule. */
  readonly restoreTesting: boolean;
  /** Where the figures come from. */
  readonly sources: readonly string[];
}

/**
 * A construct an AWS Backup plan can protect (`plan.protect(construct)`):
 * a database, a table, a bucket. It tells the plan what to select, and
 * takes back what the plan achieves for it.
 */
export interface IBackupTarget extends IConstruct {
  /** ARN the plan's selection names (a token is fine). */
  readonly backupResourceArn: string;
  /** AWS Backup's name for the resource type (restore testing and the S3 policies depend on it). */
  readonly backupResourceType: BackupResourceType;
  /**
   * Region of the resource when known at synth: a plan refuses a resource
   * in another region (a selection reaches only its plan's region).
   * @default - not known; not checked
   */
  readonly backupRegion?: string;
  /**
   * Restore metadata a restore test must override (e.g. the subnet group
   * and security groups of a restored database, the key of a restored
   * table), as AWS Backup's restore metadata keys ("Restore testing inferred
   * metadata"; {@link encryptionRestoreOverrides} for the key).
   * @default - AWS Backup infers the restore metadata from the recovery point
   */
  readonly backupRestoreMetadataOverrides?: Readonly<Record<string, string>>;
  /**
   * The same for a restore test of a copy in another region, by region: the
   * network and key the resource has there (a recovery-region copy of a
   * database, a replica of a table or bucket).
   * @default - none: a copy is restore-tested there only when its type needs no network (DynamoDB, S3, EFS, EBS), under the copy vault's key
   */
  readonly backupRestoreMetadataOverridesByRegion?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * Called by each plan that protects this construct: record it, so
   * `recovery` (and the recovery tags) include it.
   */
  addBackupProtection(protection: BackupProtection): void;
}

/**
 * Resource types a restore test can restore without a network override (no
 * subnet, security group or default VPC needed): their copies in another
 * region are restore-tested there even when the resource has no network there.
 */
export const RESTORES_WITHOUT_NETWORK: readonly BackupResourceType[] = Object.freeze(['DynamoDB', 'S3', 'EFS', 'EBS']);

/**
 * The restore metadata that makes a restore of a resource type use a
 * customer-managed key, or `undefined` where the key is not a restore
 * parameter. AWS Backup Developer Guide, "Restore testing inferred metadata":
 * DynamoDB infers `encryptionType` Default (an AWS owned key) and overrides
 * `encryptionType` and `kmsMasterKeyArn`; S3 infers SSE-S3 and overrides
 * `encryptionType` (`SSE-KMS`) and `kmsKey`; Aurora, DocumentDB and Neptune
 * override `kmsKeyId` (RestoreDBClusterFromSnapshot `KmsKeyId`). An RDS
 * instance restored from a snapshot keeps the snapshot's key
 * (RestoreDBInstanceFromDBSnapshot has no `KmsKeyId`).
 */
export function encryptionRestoreOverrides(type: BackupResourceType, kmsKeyArn: string): Record<string, string> | undefined {
  switch (type) {
    case 'DynamoDB':
      return { encryptionType: 'KMS', kmsMasterKeyArn: kmsKeyArn };
    case 'S3':
      return { encryptionType: 'SSE-KMS', kmsKey: kmsKeyArn };
    case 'Aurora':
    case 'DocumentDB':
    case 'Neptune':
      return { kmsKeyId: kmsKeyArn };
    default:
      return undefined;
  }
}

/** True for anything that implements {@link IBackupTarget}. */
export function isBackupTarget(x: unknown): x is IBackupTarget {
  if (typeof x !== 'object' || x === null) return false;
  const t = x as IBackupTarget;
  return typeof t.backupResourceArn === 'string' && typeof t.backupResourceType === 'string' && typeof t.addBackupProtection === 'function';
}

const LOCK_STRENGTH = { none: 0, governance: 1, compliance: 2 } as const;

function min(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

/** What one backup plan gives a resource (`BackupProtection`), as `withBackupProtections` reads it. */
/** A {@link BackupProtection} as `withBackupProtections` reads it, checked (its callers may be JavaScript). */
function checkProtectionArgument(fn: string, prop: string, q: unknown): void {
  checkObjectArgument(fn, prop, q);
  checkTextArgument(fn, `${prop}.plan`, q.plan);
  checkSecondsArgument(fn, `${prop}.retentionDays`, q.retentionDays);
  checkSecondsArgument(fn, `${prop}.rpoDataSeconds`, q.rpoDataSeconds);
  checkSecondsArgument(fn, `${prop}.rpoRegionSeconds`, q.rpoRegionSeconds, true);
  checkListArgument(fn, `${prop}.copyRegions`, q.copyRegions);
  q.copyRegions.forEach((r, i) => checkTextArgument(fn, `${prop}.copyRegions[${i}]`, r));
  checkOneOfArgument(fn, `${prop}.vaultLock`, q.vaultLock, ['none', 'governance', 'compliance']);
  if (typeof q.restoreTesting !== 'boolean') throw new PropError(`${prop}.restoreTesting`, q.restoreTesting, `must be true or false (argument of ${fn})`);
  checkListArgument(fn, `${prop}.sources`, q.sources);
}

/**
 * A construct's own achievement with the backup plans protecting it: the
 * finest restore point and region RPO of all, the longest retention, the
 * strongest vault lock any plan gives, restore testing if any plan tests,
 * the plans' names as a tag list (space-separated), and the copy regions added to
 * `regions`. Pure.
 */
export function withBackupProtections(base: RecoveryAchievement, protections: readonly BackupProtection[]): RecoveryAchievement {
  checkAchievementArgument('withBackupProtections', 'base', base);
  checkListArgument('withBackupProtections', 'protections', protections);
  protections.forEach((p, i) => checkProtectionArgument('withBackupProtections', `protections[${i}]`, p));
  if (protections.length === 0) return base;
  const regions = [...base.regions];
  for (const p of protections) for (const r of p.copyRegions) if (!regions.includes(r)) regions.push(r);
  let rpoData = base.rpoDataSeconds;
  let rpoRegion = base.rpoRegionSeconds;
  let retention = base.retentionDays ?? 0;
  let lock = base.vaultLock ?? 'none';
  let restoreTesting = base.restoreTesting ?? false;
  const sources = [...(base.sources ?? [])];
  for (const p of protections) {
    rpoData = min(rpoData, p.rpoDataSeconds);
    rpoRegion = min(rpoRegion, p.rpoRegionSeconds);
    retention = Math.max(retention, p.retentionDays);
    if (LOCK_STRENGTH[p.vaultLock] > LOCK_STRENGTH[lock]) lock = p.vaultLock;
    restoreTesting = restoreTesting || p.restoreTesting;
    for (const s of p.sources) if (!sources.includes(s)) sources.push(s);
  }
  const plans = [base.backupPlan, ...protections.map((p) => p.plan)].filter((p): p is string => p !== undefined);
  const regionFromCopy = base.replication === undefined && protections.some((p) => p.rpoRegionSeconds !== undefined && p.rpoRegionSeconds === rpoRegion);
  return {
    ...base,
    regions,
    rpoDataSeconds: rpoData,
    rpoRegionSeconds: rpoRegion,
    backupPlan: tagList([...new Set(plans.flatMap((p) => splitTagList(p)))]),
    retentionDays: retention,
    vaultLock: lock,
    restoreTesting,
    sources,
    ...(regionFromCopy ? { replication: 'backup-copy' } : {}),
  };
}

/** Overwrites the recovery tags of every taggable resource below a scope with what the construct achieves at synth. */
class TagRecovery implements IAspect {
  constructor(private readonly recoverable: IRecoverable) {}

  public visit(node: IConstruct): void {
    const taggable = node as unknown as { tags?: Record<string, string>; tagsInput?: Record<string, string>; resetTags?: unknown };
    if (typeof taggable.resetTags !== 'function' || !('tagsInput' in node)) return;
    const tags = recoveryTags(this.recoverable.recovery);
    const current = taggable.tagsInput;
    if (current !== undefined && Token.isUnresolved(current)) {
      taggable.tags = Fn.merge([current, tags]) as unknown as Record<string, string>;
      return;
    }
    taggable.tags = { ...(current ?? {}), ...tags };
    checkResourceTags(node);
  }
}

/**
 * Tags every taggable resource below `scope` with `recoverable.recovery`'s
 * recovery tags, read at synth, so backup plans protecting the construct
 * after it was built are included. Call once in the construct's constructor.
 */
export function tagRecovery(scope: IConstruct, recoverable: IRecoverable): void {
  checkScopeArgument('tagRecovery', scope, 'the construct whose resources carry the recovery tags');
  // The achievement is read at synth (plans may protect the construct later); here only its presence.
  if (typeof recoverable !== 'object' || recoverable === null || !('recovery' in recoverable)) {
    throw new InvalidPropError(scope, 'recoverable', recoverable, 'must be an IRecoverable: an object with a `recovery` achievement, read at synth (argument of tagRecovery)');
  }
  Aspects.of(scope).add(new TagRecovery(recoverable));
}
