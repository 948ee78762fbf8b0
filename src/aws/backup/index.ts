export * from './audit-framework';
export * from './backup-plan';
export * from './backup-rule';
export { BackupVaultLockProps } from './backup-vault';
export * from './restore-testing';
export { BACKUP_PRESETS, BackupPreset, BackupPresetName, scheduleInterval } from './schedule';
