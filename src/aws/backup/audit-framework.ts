/**
 * The AWS Backup Audit Manager controls that check what a backup plan
 * promises, as data (control names and input parameters from "Choosing
 * your controls" and "Creating frameworks using the AWS Backup API", AWS
 * Backup Developer Guide). Pure: no cdktf import.
 */

/** One control of an `aws_backup_framework`. */
export interface AuditControlSpec {
  readonly name: string;
  readonly inputParameters: Readonly<Record<string, string>>;
  /** Whether the control is scoped to the protected resource types (else to the plan itself, or account-wide). */
  readonly scope: 'resource-types' | 'plan' | 'none';
}

/** What the plan promises. */
export interface PlanPromises {
  /** Shortest interval between backups of any rule, seconds. */
  readonly intervalSeconds: number;
  /** Retention of that most frequent rule, days. */
  readonly retentionOfMostFrequentDays: number;
  /** Shortest retention of any rule, days. */
  readonly minRetentionDays: number;
  /** Completion window of the most frequent rule, minutes. */
  readonly completionWindowMinutes: number;
  /** Regions the plan copies to (known at synth). */
  readonly copyRegions: readonly string[];
  /** Whether any rule copies to another region (a region may be unknown at synth). */
  readonly copiesToAnotherRegion: boolean;
  readonly vaultLock?: { readonly minRetentionDays: number; readonly maxRetentionDays?: number };
}

/** Frequency as the control takes it: whole days when the interval is whole days, else hours (rounded up). */
function frequency(intervalSeconds: number): { unit: string; value: string } {
  if (intervalSeconds % 86400 === 0) return { unit: 'days', value: String(intervalSeconds / 86400) };
  return { unit: 'hours', value: String(Math.ceil(intervalSeconds / 3600)) };
}

/** The controls for a plan's promises: frequency and retention, recovery point age and retention, encryption, cross-region copy, vault lock. */
export function auditControls(p: PlanPromises): AuditControlSpec[] {
  const f = frequency(p.intervalSeconds);
  const ageHours = Math.ceil((p.intervalSeconds + p.completionWindowMinutes * 60) / 3600);
  const controls: AuditControlSpec[] = [
    {
      name: 'BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK',
      inputParameters: { requiredFrequencyUnit: f.unit, requiredFrequencyValue: f.value, requiredRetentionDays: String(p.retentionOfMostFrequentDays) },
      scope: 'plan',
    },
    { name: 'BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK', inputParameters: { requiredRetentionDays: String(p.minRetentionDays) }, scope: 'resource-types' },
    { name: 'BACKUP_LAST_RECOVERY_POINT_CREATED', inputParameters: { recoveryPointAgeUnit: 'hours', recoveryPointAgeValue: String(ageHours) }, scope: 'resource-types' },
    { name: 'BACKUP_RECOVERY_POINT_ENCRYPTED', inputParameters: {}, scope: 'resource-types' },
  ];
  if (p.copiesToAnotherRegion) {
    controls.push({
      name: 'BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION',
      inputParameters: p.copyRegions.length ? { crossRegionList: p.copyRegions.join(',') } : {},
      scope: 'resource-types',
    });
  }
  if (p.vaultLock) {
    controls.push({
      name: 'BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK',
      inputParameters: {
        minRetentionDays: String(p.vaultLock.minRetentionDays),
        ...(p.vaultLock.maxRetentionDays !== undefined ? { maxRetentionDays: String(p.vaultLock.maxRetentionDays) } : {}),
      },
      scope: 'resource-types',
    });
  }
  return controls;
}
