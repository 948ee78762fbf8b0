import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration';
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
   * `governance`: users with the IAM permission can still remove the lock.
   * `compliance`: after the cooling-off period nobody, not even the root
   * user or AWS, can remove it or delete the vault while it holds recovery points.
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
  /** What the vault holds, for the key description. */
  readonly purpose: string;
}

/** A vault, its key (when created) and its lock (when locked). */
export interface CreatedVault {
  readonly vault: BackupVault;
  readonly key?: KmsKey;
  readonly keyArn: string;
  readonly lock?: BackupVaultLockConfiguration;
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
  return { vault, key, keyArn, lock };
}
