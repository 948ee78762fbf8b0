export { BACKUP_SOURCES, BackupPlan } from './backup-plan';
export type { AirGappedVaultProps, BackupAuditFrameworkProps, BackupPlanAlarms, BackupPlanProps, ProtectOptions } from './backup-plan';
// Rule normalisation, timezone checks and audit-control tables are BackupPlan's internals.
export { MAX_BACKUP_RETENTION_DAYS } from './backup-rule';
export type { BackupCopyProps, BackupRuleProps } from './backup-rule';
export { BackupVaultLockProps, VaultDeletionGuardProps } from './backup-vault';
export type { RestoreTestingProps } from './restore-testing';
export { BACKUP_PRESETS, BackupPreset, BackupPresetName } from './schedule';
