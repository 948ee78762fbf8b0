import { BackupFramework } from '@cdktf/provider-aws/lib/backup-framework';
import { Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../../core/naming';
import { literal } from '../../../core/user-text';
import { BACKUP_RESOURCE_TYPES, BackupResourceType } from '../../common/backup-target';
import { auditControls } from '../audit-framework';
import type { BackupAuditFrameworkProps } from '../backup-plan';
import { NormalizedRule } from '../backup-rule';
import { NormalizedVaultLock } from '../backup-vault';
import { ClaimName } from './plan-vaults';

/** What the framework checks the plan's promises with. */
export interface AuditOptions {
  readonly planName: string;
  readonly planId: string;
  readonly rules: readonly NormalizedRule[];
  readonly copyRegions: readonly string[];
  readonly copiesToAnotherRegion: boolean;
  readonly lock?: NormalizedVaultLock;
  /** The protected resource types, read at synth (every type AWS Backup has when none is protected). */
  readonly protectedTypes: ReadonlySet<BackupResourceType>;
  readonly provider?: TerraformProvider;
  readonly claim: ClaimName;
}

/**
 * An AWS Backup Audit Manager framework (logical id `audit-framework`) whose controls check what the plan promises:
 * frequency and retention, recovery point age, encryption, cross-Region copy and vault lock (`audit-framework.ts`).
 */
export function createAuditFramework(plan: Construct, p: BackupAuditFrameworkProps, o: AuditOptions): BackupFramework {
  const name = p.name ?? `${physicalName(plan, { maxLength: 240, suffix: 'audit' }).replace(/-/g, '_')}`.replace(/^[^A-Za-z]+/, 'f');
  o.claim('AWS Backup framework', name, o.provider);
  const frequent = [...o.rules].sort((a, b) => a.intervalSeconds - b.intervalSeconds)[0];
  const controls = auditControls({
    intervalSeconds: frequent.intervalSeconds,
    retentionOfMostFrequentDays: frequent.retentionDays,
    minRetentionDays: Math.min(...o.rules.map((r) => r.retentionDays)),
    completionWindowMinutes: frequent.completionWindowMinutes,
    copyRegions: o.copyRegions,
    copiesToAnotherRegion: o.copiesToAnotherRegion,
    vaultLock: o.lock,
  });
  const types = Lazy.listValue({ produce: () => (o.protectedTypes.size ? [...o.protectedTypes] : [...BACKUP_RESOURCE_TYPES]) });
  return new BackupFramework(plan, 'audit-framework', {
    provider: o.provider,
    name,
    description: literal(`Checks what backup plan ${o.planName} promises: frequency, retention, encryption${o.copiesToAnotherRegion ? ', cross-region copy' : ''}${o.lock ? ', vault lock' : ''}.`),
    control: controls.map((c) => ({
      name: c.name,
      inputParameter: Object.entries(c.inputParameters).map(([n, value]) => ({ name: n, value })),
      scope:
        c.scope === 'plan'
          ? { complianceResourceIds: [o.planId], complianceResourceTypes: ['AWS::Backup::BackupPlan'] }
          : c.scope === 'resource-types'
            ? { complianceResourceTypes: types }
            : undefined,
    })),
  });
}
