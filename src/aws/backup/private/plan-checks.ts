import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { parseArn } from '../../../aws-validity/facts/arns';
import { InvalidPropError } from '../../../core/errors';
import { isUnresolved } from '../../../core/tokens';
import { awsProviderOf, awsRegionOf, checkArnPlacement } from '../../common/aws-location';
import type { AirGappedVaultProps, BackupPlanProps } from '../backup-plan';
import { NormalizedRule } from '../backup-rule';
import { checkRetentionWithinLock, NormalizedVaultLock, normalizeVaultLock, VaultDeletionGuardProps } from '../backup-vault';

/**
 * What relates a BackupPlan's props to each other and to where the plan is (each prop was checked by its spec):
 * the rules' retention within each lock, copies in another Region of the same partition, keys of the plan's Region,
 * and one name per vault.
 */

/**
 * The deletion guard (the default guard, with no exception, when none is given). `aws:PrincipalArn` of an assumed
 * role's session is the role's ARN (IAM User Guide, "AWS global condition context keys"), so the break-glass principal
 * must be a role ARN: a session ARN (`assumed-role/...`) or a user would never match.
 */
export function checkDeletionGuard(plan: IConstruct, guard: BackupPlanProps['deletionGuard']): VaultDeletionGuardProps | undefined {
  if (guard === false) return undefined;
  const arn = guard?.breakGlassRoleArn;
  if (arn !== undefined && !isUnresolved(arn) && !/^arn:aws[a-z-]*:iam::\d{12}:role\/.+$/.test(arn)) {
    throw new InvalidPropError(plan, 'deletionGuard.breakGlassRoleArn', arn, 'must be an IAM role ARN (arn:<partition>:iam::<account>:role/<path/name>): the guard excepts the principal by aws:PrincipalArn, which names a session by its role');
  }
  return guard ?? {};
}

/** The plan's lock (the default governance lock when none is given), with every rule's retention inside it. */
export function checkPlanLock(plan: IConstruct, lock: BackupPlanProps['vaultLock'], rules: readonly NormalizedRule[]): NormalizedVaultLock | undefined {
  if (lock === false) return undefined;
  const normalized = normalizeVaultLock(plan, 'vaultLock', lock ?? { mode: 'governance' });
  for (const r of rules) checkRetentionWithinLock(plan, `${r.prop}.retentionDays`, r.retentionDays, normalized, "plan's vault", 'vaultLock');
  return normalized;
}

/** The air-gapped vault's range holds every rule's retention (AWS Backup fails a copy job outside it). */
export function checkAirGapped(plan: IConstruct, p: AirGappedVaultProps | undefined, rules: readonly NormalizedRule[]): void {
  if (p === undefined) return;
  const lock = normalizeVaultLock(plan, 'airGappedVault', { mode: 'compliance', minRetentionDays: p.minRetentionDays, maxRetentionDays: p.maxRetentionDays });
  for (const r of rules) checkRetentionWithinLock(plan, `${r.prop}.retentionDays`, r.retentionDays, lock, 'air-gapped vault', 'airGappedVault');
}

/**
 * Copies go to another Region than the plan's (a provider of another Region, or a vault ARN of another Region) and
 * stay in its partition (AWS Backup copies across Regions and accounts of one partition); a copy vault the plan
 * creates is locked like its own. Returns the Regions copied to, as far as synth knows them.
 */
export function checkCopies(plan: IConstruct, rules: readonly NormalizedRule[], o: { provider?: TerraformProvider; region?: string; lock?: NormalizedVaultLock }): string[] {
  const planProvider = awsProviderOf(plan, o.provider);
  const regions: string[] = [];
  for (const rule of rules) {
    for (const c of rule.copies) {
      const arn = c.vaultArn !== undefined && !isUnresolved(c.vaultArn) ? parseArn(c.vaultArn) : undefined;
      const region = c.provider ? awsRegionOf(plan, c.provider, `${c.prop}.provider`) : arn?.region || undefined;
      const sameProvider = c.provider !== undefined && c.provider === planProvider;
      if (sameProvider || (region !== undefined && region === o.region)) {
        throw new InvalidPropError(
          plan,
          c.provider ? `${c.prop}.provider` : `${c.prop}.vaultArn`,
          c.provider ? `${c.provider.node.path}${region ? ` (${region})` : ''}` : c.vaultArn,
          `must be in another region than the plan${o.region ? ` (${o.region})` : ''}: a copy in the same region is lost with it (for a copy against ransomware, use airGappedVault)`,
        );
      }
      checkArnPlacement(plan, `${c.prop}.vaultArn`, c.vaultArn, {
        regional: false,
        provider: o.provider,
        why: 'AWS Backup copies between Regions and accounts of one partition (AWS Backup Developer Guide, "Creating backup copies across AWS Regions")',
      });
      if (c.provider) checkRetentionWithinLock(plan, `${c.prop}.retentionDays`, c.retentionDays, o.lock, 'copy vault', 'vaultLock');
      if (region !== undefined && !regions.includes(region)) regions.push(region);
    }
  }
  return regions;
}

/** The vault's key is of the plan's Region (AWS Backup encrypts a vault with a KMS key of its own Region). */
export function checkVaultKey(plan: IConstruct, arn: string | undefined, provider: TerraformProvider | undefined): void {
  checkArnPlacement(plan, 'vaultKmsKeyArn', arn, {
    regional: true,
    provider,
    why: 'AWS Backup encrypts a vault with a KMS key of its own Region (AWS KMS Developer Guide: a KMS key is a Regional resource; CreateBackupVault EncryptionKeyArn)',
  });
}

/**
 * The plan's vault and its air-gapped vault are both backup vaults of the plan's account and Region, where AWS
 * Backup names each vault once (CreateBackupVault, CreateLogicallyAirGappedBackupVault: names "unique to the
 * account used to create them and the Region where they are created").
 */
export function checkVaultNames(plan: IConstruct, vaultName: string, airGappedName: string | undefined): void {
  if (airGappedName === undefined || isUnresolved(vaultName) || isUnresolved(airGappedName) || vaultName !== airGappedName) return;
  throw new InvalidPropError(plan, 'airGappedVault.name', airGappedName, `must differ from the plan's vault name ("${vaultName}", vaultName): AWS Backup names each vault once per account and Region`);
}
