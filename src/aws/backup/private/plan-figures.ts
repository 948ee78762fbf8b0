import { FIGURES } from '../../../recovery/figures';
import { BackupProtection, BackupResourceType } from '../../common/backup-target';
import { NormalizedRule } from '../backup-rule';
import { NormalizedVaultLock } from '../backup-vault';

/** Where each recovery figure of a backup plan comes from. */
export const BACKUP_SOURCES: readonly string[] = Object.freeze([
  'AWS Backup Developer Guide, "Backup plan options and configuration": schedule, start and completion windows, lifecycle',
  FIGURES.pointInTimeRecovery.source,
  FIGURES.backupCopyTime.source,
]);

/** Resource types whose continuous backup restores to a point in time (AWS Backup: RDS, Aurora, S3). */
const CONTINUOUS_TYPES: readonly BackupResourceType[] = ['RDS', 'Aurora', 'S3'];

/** What a plan promises, for the figures. */
export interface PlanPromise {
  readonly planName: string;
  readonly rules: readonly NormalizedRule[];
  /** Hours a copy to another Region takes. */
  readonly copyTimeHours: number;
  readonly copyRegions: readonly string[];
  readonly lock?: NormalizedVaultLock;
  readonly restoreTesting: boolean;
}

/**
 * What a plan gives a resource of a type: the finest restore point (the shortest rule interval, or the 5 minutes
 * of point-in-time recovery with continuous backup), the region RPO of a copy (interval, completion window and
 * copy time), the longest retention, the vault lock and restore testing.
 */
export function planProtection(p: PlanPromise, type: BackupResourceType): BackupProtection {
  const continuous = p.rules.some((r) => r.continuousBackup) && CONTINUOUS_TYPES.includes(type);
  const intervals = p.rules.map((r) => r.intervalSeconds);
  const regional = p.rules.filter((r) => r.copies.length > 0).map((r) => r.intervalSeconds + r.completionWindowMinutes * 60 + p.copyTimeHours * 3600);
  return {
    plan: p.planName,
    retentionDays: Math.max(...p.rules.map((r) => r.retentionDays)),
    rpoDataSeconds: continuous ? FIGURES.pointInTimeRecovery.seconds : Math.min(...intervals),
    ...(regional.length ? { rpoRegionSeconds: Math.min(...regional) } : {}),
    copyRegions: [...p.copyRegions],
    vaultLock: p.lock?.mode ?? 'none',
    restoreTesting: p.restoreTesting,
    sources: BACKUP_SOURCES,
  };
}
