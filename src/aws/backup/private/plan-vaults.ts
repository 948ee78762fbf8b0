import { BackupLogicallyAirGappedVault } from '@cdktf/provider-aws/lib/backup-logically-air-gapped-vault';
import { BackupRestoreTestingPlan } from '@cdktf/provider-aws/lib/backup-restore-testing-plan';
import { BackupRestoreTestingSelection } from '@cdktf/provider-aws/lib/backup-restore-testing-selection';
import { TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { physicalName } from '../../../core/naming';
import { isUnresolved } from '../../../core/tokens';
import { IAlarmRouting } from '../../common/alarm-routing';
import { awsRegionOf } from '../../common/aws-location';
import { BackupResourceType } from '../../common/backup-target';
import type { AirGappedVaultProps } from '../backup-plan';
import { NormalizedRule } from '../backup-rule';
import { createVault, CreatedVault, NormalizedVaultLock, VaultDeletionGuardProps } from '../backup-vault';

/** Claims a physical name in a provider's account and Region (the plan's `claimName`). */
export type ClaimName = (kind: string, name: string, provider?: TerraformProvider) => void;

/** A vault the plan created in a recovery region, and the restore tests of the copies there. */
export interface CopySite {
  /** Key of the vault in `copyVaults` (the provider's alias). */
  readonly key: string;
  readonly provider: TerraformProvider;
  readonly region?: string;
  readonly vault: CreatedVault;
  /** Where failed restore tests there notify. */
  readonly routing?: IAlarmRouting;
  /** The construct the vault and its restore testing live under (`copy-<key>`). */
  readonly scope: Construct;
  plan?: BackupRestoreTestingPlan;
  readonly selections: BackupRestoreTestingSelection[];
  readonly types: Set<BackupResourceType>;
}

/** What the copy vaults are made from. */
export interface CopyVaultOptions {
  readonly rules: readonly NormalizedRule[];
  readonly lock?: NormalizedVaultLock;
  readonly guard?: VaultDeletionGuardProps;
  readonly accountId: string;
  readonly partition: string;
  readonly backupRoleArn: string;
  readonly planName: string;
  readonly claim: ClaimName;
}

/**
 * One vault per recovery-region provider the rules copy to (under `copy-<alias>`: its key, vault and lock), locked as
 * the plan's vault is; the copies of one Region share one alarm routing, whose topics are in that Region.
 */
export function createCopyVaults(plan: Construct, o: CopyVaultOptions): { vaults: Record<string, CreatedVault>; sites: CopySite[] } {
  const vaults: Record<string, CreatedVault> = {};
  const sites: CopySite[] = [];
  const copies = o.rules.flatMap((r) => r.copies).filter((c) => c.provider !== undefined);
  const providers = [...new Set(copies.map((c) => c.provider!))];
  providers.forEach((provider, i) => {
    const key = provider.alias ?? `copy-${i + 1}`;
    const scope = new Construct(plan, `copy-${key}`);
    const region = awsRegionOf(plan, provider);
    const name = physicalName(plan, { maxLength: 50, suffix: 'copy-vault' });
    o.claim('AWS Backup vault', name, provider);
    vaults[key] = createVault(scope, {
      name,
      provider,
      accountId: o.accountId,
      partition: o.partition,
      backupRoleArn: o.backupRoleArn,
      lock: o.lock,
      guard: o.guard,
      purpose: `copies of backup plan ${o.planName}${region ? ` in ${region}` : ''}`,
    });
    const routed = copies.filter((c) => c.provider === provider && c.alarmRouting !== undefined);
    for (const c of routed) {
      if (c.alarmRouting !== routed[0].alarmRouting) {
        throw new InvalidPropError(plan, `${c.prop}.alarmRouting`, 'another alarm routing', `must be the same as ${routed[0].prop}.alarmRouting: both copy to ${region ?? key}`);
      }
      const routingRegion = c.alarmRouting!.region;
      if (routingRegion !== undefined && region !== undefined && !isUnresolved(routingRegion) && routingRegion !== region) {
        throw new InvalidPropError(plan, `${c.prop}.alarmRouting`, `topics in ${routingRegion}`, `must notify topics in ${region}, the region of the copies: a CloudWatch alarm notifies only SNS topics of its own region`);
      }
    }
    sites.push({ key, provider, region, vault: vaults[key], routing: routed[0]?.alarmRouting, scope, selections: [], types: new Set() });
  });
  return { vaults, sites };
}

/**
 * The logically air-gapped vault every rule also copies to (logical id `air-gapped-vault`), its name claimed in the
 * plan's Region: the plan's vault and its own must differ (AWS Backup names vaults per account and Region).
 */
export function createAirGappedVault(plan: Construct, p: AirGappedVaultProps, provider: TerraformProvider | undefined, claim: ClaimName): BackupLogicallyAirGappedVault {
  const name = p.name ?? physicalName(plan, { maxLength: 50, suffix: 'air-gapped' });
  claim('AWS Backup vault', name, provider);
  return new BackupLogicallyAirGappedVault(plan, 'air-gapped-vault', {
    provider,
    name,
    minRetentionDays: p.minRetentionDays,
    maxRetentionDays: p.maxRetentionDays,
  });
}
