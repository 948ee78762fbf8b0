import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration';
import { BackupVaultPolicy } from '@cdktf/provider-aws/lib/backup-vault-policy';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { RETENTION } from '../../core/contract';
import { InvalidPropError } from '../../core/errors';

/**
 * AWS Backup Vault Lock: recovery points in the vault cannot be deleted
 * (nor their retention shortened) before `minRetentionDays`, nor kept past
 * `maxRetentionDays`. Backups whose retention falls outside the range fail.
 */
export interface BackupVaultLockProps {
  /**
   * `governance`: users with the IAM permission (`backup:DeleteBackupVaultLockConfiguration`,
   * which the plan's deletion guard denies to all but the break-glass role) can still
   * remove the lock or delete recovery points early.
   * `compliance`: after the cooling-off period (`coolingOffDays`) nobody, not even the
   * root user or AWS, can remove the lock, shorten a retention or delete the vault while
   * it holds recovery points. Pick it when a regulation or a ransomware threat model asks
   * for backups that no one in the account can erase, and only once the retention range
   * is settled: after the cooling-off period a mistake in it is permanent, and so is the
   * cost of every recovery point kept to its end.
   */
  readonly mode: 'governance' | 'compliance';
  /**
   * Fewest days a recovery point must be kept.
   * @default 7
   */
  readonly minRetentionDays?: number;
  /**
   * Most days a recovery point may be kept.
   * @default - no maximum
   */
  readonly maxRetentionDays?: number;
  /**
   * Compliance mode only: days during which the lock can still be changed or
   * removed (Terraform's `changeable_for_days`); then it is permanent. At least 3.
   * @default 3
   */
  readonly coolingOffDays?: number;
}

/**
 * A vault access policy denying, to every principal but a break-glass role, the actions that erase backups early:
 * `backup:DeleteRecoveryPoint`, `backup:UpdateRecoveryPointLifecycle` and `backup:DeleteBackupVaultLockConfiguration`.
 * Vault access policies control users' access to the AWS Backup API (AWS Backup Developer Guide, "Vault access
 * policies"); AWS Config's backup-recovery-point-manual-deletion-disabled rule asks for this Deny, so lifecycle expiry
 * (AWS Backup's own deletion) is expected to go on.
 */
export interface VaultDeletionGuardProps {
  /**
   * The IAM role (ARN, as `aws:PrincipalArn` names a session's role) that alone may delete recovery points early,
   * change their lifecycle or remove the vault lock: keep it for incidents, behind MFA and an approval.
   * @default - no exception: nobody deletes a recovery point early, shortens its lifecycle or removes the lock until
   * someone with `backup:DeleteBackupVaultAccessPolicy` removes this policy, which CloudTrail records
   */
  readonly breakGlassRoleArn?: string;
}

/** The actions the deletion guard denies (AWS Backup access policies take no wildcard in Action). */
export const GUARDED_VAULT_ACTIONS = ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:DeleteBackupVaultLockConfiguration'] as const;

/** A checked lock. */
export interface NormalizedVaultLock {
  readonly mode: 'governance' | 'compliance';
  readonly minRetentionDays: number;
  readonly maxRetentionDays?: number;
  readonly coolingOffDays?: number;
}

/** A vault lock (each field checked by the plan's spec) with its defaults: min <= max, a cooling-off period for compliance mode only. */
export function normalizeVaultLock(scope: IConstruct, prop: string, lock: BackupVaultLockProps): NormalizedVaultLock {
  const min = lock.minRetentionDays ?? RETENTION.minBackupDays;
  if (lock.maxRetentionDays !== undefined && min > lock.maxRetentionDays) {
    throw new InvalidPropError(scope, `${prop}.minRetentionDays`, min, `must not exceed maxRetentionDays (${lock.maxRetentionDays})`);
  }
  if (lock.mode === 'governance') {
    if (lock.coolingOffDays !== undefined) {
      throw new InvalidPropError(scope, `${prop}.coolingOffDays`, lock.coolingOffDays, 'applies to compliance mode only: a governance lock has no lock date');
    }
    return { mode: 'governance', minRetentionDays: min, maxRetentionDays: lock.maxRetentionDays };
  }
  return { mode: 'compliance', minRetentionDays: min, maxRetentionDays: lock.maxRetentionDays, coolingOffDays: lock.coolingOffDays ?? RETENTION.minVaultLockCoolingOffDays };
}

/** Throws when a retention falls outside a vault lock's range (AWS would fail every such backup or copy job). */
export function checkRetentionWithinLock(scope: IConstruct, prop: string, retentionDays: number, lock: NormalizedVaultLock | undefined, vault: string, lockProp: string): void {
  if (!lock) return;
  if (retentionDays < lock.minRetentionDays || (lock.maxRetentionDays !== undefined && retentionDays > lock.maxRetentionDays)) {
    const range = lock.maxRetentionDays !== undefined ? `${lock.minRetentionDays} to ${lock.maxRetentionDays}` : `at least ${lock.minRetentionDays}`;
    throw new InvalidPropError(scope, prop, retentionDays, `must be ${range} days: the ${vault} is locked to that range (${lockProp}.minRetentionDays, ${lockProp}.maxRetentionDays), and AWS Backup fails jobs outside it`);
  }
}

/** What {@link createVault} needs. */
export interface VaultSpec {
  readonly name: string;
  /** Provider of the vault's region. @default - the stack's default AWS provider */
  readonly provider?: TerraformProvider;
  /** A key you manage; otherwise a key is created. @default - a key is created */
  readonly kmsKeyArn?: string;
  /** Account and partition (for the key policy) and the backup role allowed to use the key. */
  readonly accountId: string;
  readonly partition: string;
  readonly backupRoleArn: string;
  readonly lock?: NormalizedVaultLock;
  /** The deletion guard (a vault access policy). @default - none */
  readonly guard?: VaultDeletionGuardProps;
  /** What the vault holds, for the key description. */
  readonly purpose: string;
}

/** A vault, its key (when created) and its lock (when locked). */
export interface CreatedVault {
  readonly vault: BackupVault;
  readonly key?: KmsKey;
  readonly keyArn: string;
  readonly lock?: BackupVaultLockConfiguration;
  /** The vault access policy of the deletion guard, when guarded. */
  readonly policy?: BackupVaultPolicy;
}

/**
 * Creates a backup vault encrypted with a customer-managed key (rotated,
 * with a policy letting the account administer it, the backup role use it
 * with grants only for AWS resources, and AWS Backup use it on this
 * account's behalf) and its lock, under `scope`.
 */
export function createVault(scope: Construct, spec: VaultSpec): CreatedVault {
  let key: KmsKey | undefined;
  let keyArn = spec.kmsKeyArn;
  if (keyArn === undefined) {
    const policy = new DataAwsIamPolicyDocument(scope, 'key-policy', {
      statement: [
        {
          sid: 'AccountAdministersTheKey',
          principals: [{ type: 'AWS', identifiers: [`arn:${spec.partition}:iam::${spec.accountId}:root`] }],
          actions: ['kms:*'],
          resources: ['*'],
        },
        {
          sid: 'AwsBackupUsesTheKey',
          principals: [{ type: 'AWS', identifiers: [spec.backupRoleArn] }],
          actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
          resources: ['*'],
        },
        {
          // AWS Backup's service-linked role (copies, restore tests) calls through the service, in this account only.
          sid: 'AwsBackupServiceInThisAccount',
          principals: [{ type: 'AWS', identifiers: ['*'] }],
          actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey', 'kms:CreateGrant'],
          resources: ['*'],
          condition: [
            { test: 'StringEquals', variable: 'kms:CallerAccount', values: [spec.accountId] },
            { test: 'StringLike', variable: 'kms:ViaService', values: ['backup.*.amazonaws.com'] },
          ],
        },
        {
          sid: 'AwsBackupGrantsForAwsResources',
          principals: [{ type: 'AWS', identifiers: [spec.backupRoleArn] }],
          actions: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
          resources: ['*'],
          condition: [{ test: 'Bool', variable: 'kms:GrantIsForAWSResource', values: ['true'] }],
        },
      ],
    });
    key = new KmsKey(scope, 'key', {
      provider: spec.provider,
      description: `Encrypts ${spec.purpose} (AWS Backup vault ${spec.name})`,
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: policy.json,
    });
    keyArn = key.arn;
  }
  const vault = new BackupVault(scope, 'vault', { provider: spec.provider, name: spec.name, kmsKeyArn: keyArn });
  const lock = spec.lock
    ? new BackupVaultLockConfiguration(scope, 'lock', {
        provider: spec.provider,
        backupVaultName: vault.name,
        minRetentionDays: spec.lock.minRetentionDays,
        maxRetentionDays: spec.lock.maxRetentionDays,
        // Terraform: with changeable_for_days the lock is compliance mode and permanent after that many days; without it, governance.
        changeableForDays: spec.lock.coolingOffDays,
      })
    : undefined;
  const policy = spec.guard ? guardVault(scope, spec, vault, lock) : undefined;
  return { vault, key, keyArn, lock, policy };
}

/**
 * The deletion guard of a vault. The Deny names Principal `*` and Resource `*` (the form AWS Config's
 * backup-recovery-point-manual-deletion-disabled rule recognises); the break-glass role is excepted by
 * `aws:PrincipalArn`. The policy depends on the lock, so that `terraform destroy` removes the policy before the lock:
 * the other order would be denied.
 */
function guardVault(scope: Construct, spec: VaultSpec, vault: BackupVault, lock: BackupVaultLockConfiguration | undefined): BackupVaultPolicy {
  const breakGlass = spec.guard?.breakGlassRoleArn;
  const document = new DataAwsIamPolicyDocument(scope, 'vault-policy-document', {
    statement: [
      {
        sid: breakGlass === undefined ? 'NobodyErasesRecoveryPointsEarly' : 'OnlyTheBreakGlassRoleErasesRecoveryPointsEarly',
        effect: 'Deny',
        principals: [{ type: 'AWS', identifiers: ['*'] }],
        actions: [...GUARDED_VAULT_ACTIONS],
        resources: ['*'],
        condition: breakGlass === undefined ? undefined : [{ test: 'ArnNotEquals', variable: 'aws:PrincipalArn', values: [breakGlass] }],
      },
    ],
  });
  return new BackupVaultPolicy(scope, 'vault-policy', {
    provider: spec.provider,
    backupVaultName: vault.name,
    policy: document.json,
    dependsOn: lock ? [lock] : undefined,
  });
}
