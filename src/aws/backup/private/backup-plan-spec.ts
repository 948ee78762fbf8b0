import { RETENTION } from '../../../core/contract';
import { PropSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { BACKUP_RESOURCE_TYPES } from '../../common/backup-target';
import { ALARM_ROUTING, AWS_PROVIDER, awsProviderSpec, reliableProps, SEVERITY } from '../../common/prop-specs';
import { BACKUP_ALARM_KEYS } from '../backup-alarms';
import type { AirGappedVaultProps, BackupAuditFrameworkProps, BackupPlanProps, ProtectOptions } from '../backup-plan';
import type { BackupCopyProps, BackupRuleProps } from '../backup-rule';
import type { BackupVaultLockProps, VaultDeletionGuardProps } from '../backup-vault';
import type { RestoreTestingProps } from '../restore-testing';
import { MAX_BACKUP_RETENTION_DAYS } from '../backup-rule';
import { BACKUP_PRESETS } from '../schedule';

const PRESETS = Object.keys(BACKUP_PRESETS);
const PLAN = 'aws_backup_plan';
const KNOWN_RETENTION = { refuse: 'it is checked against the vault lock and reported as the retention' } as const;
const KNOWN_WINDOW = { refuse: "it sets the missing-backup alarm's window and the recovery point the plan reports" } as const;

/** Days a recovery point is kept: the library's floor (7) to AWS Backup's 100 years. */
const RETENTION_DAYS = spec.integer({ min: RETENTION.minBackupDays, max: MAX_BACKUP_RETENTION_DAYS, tokens: KNOWN_RETENTION });
/** Days after which recovery points move to cold storage. */
const COLD_STORAGE_DAYS = spec.integer({ min: 1, max: MAX_BACKUP_RETENTION_DAYS, tokens: KNOWN_RETENTION });
/** An IANA time zone's characters (`Europe/Paris`, `Etc/GMT+2`); the construct asks the runtime whether it is one. */
const TIME_ZONE = spec.name({ pattern: /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, what: 'an IANA time zone such as Europe/Paris or America/New_York' });
/** A schedule AWS Backup takes: the construct parses it for the interval it gives. */
const SCHEDULE = spec.text({ nonEmpty: true, tokens: { refuse: 'it decides the recovery point objective and the missing-backup alarm' } });

/** Where a rule copies its recovery points. */
export const COPY = spec.object<BackupCopyProps>(
  {
    provider: awsProviderSpec({ what: 'an alias for the recovery region' }),
    vaultArn: spec.arn('backup', { aws: { resource: PLAN, argument: 'rule.copy_action.destination_vault_arn' } }),
    retentionDays: RETENTION_DAYS,
    coldStorageAfterDays: COLD_STORAGE_DAYS,
    alarmRouting: ALARM_ROUTING,
  },
  { required: 'a copy { provider } or { vaultArn }', example: { vaultArn: 'arn:aws:backup:eu-central-1:111111111111:backup-vault:dr' } },
);

/** One rule given as props (a preset with overrides, or a custom schedule). */
export const RULE = spec.object<BackupRuleProps>(
  {
    // AWS Backup API, BackupRule RuleName: 1 to 50 letters, digits, "-", "_" and "." (the generated tables).
    name: spec.name({ tokens: { refuse: 'rule names are compared at synth' }, aws: { resource: PLAN, argument: 'rule.rule_name' } }),
    preset: spec.oneOf(PRESETS, { tokens: { refuse: 'it fills in the schedule and retention' } }),
    schedule: SCHEDULE,
    scheduleTimezone: TIME_ZONE,
    retentionDays: RETENTION_DAYS,
    startWindowMinutes: spec.integer({ min: 60, max: 10080, tokens: KNOWN_WINDOW }),
    // At least an hour after the start window (checked with it); at most 70 days.
    completionWindowMinutes: spec.integer({ min: 120, max: 100800, tokens: KNOWN_WINDOW }),
    continuousBackup: spec.boolean({ tokens: { refuse: 'it decides the retention limits and the recovery point the rule gives' } }),
    coldStorageAfterDays: COLD_STORAGE_DAYS,
    copies: spec.list(COPY, { tokens: { refuse: 'each copy is a copy action of the rule, and may need a vault of its own' }, example: [COPY.example] }),
    // The construct also holds them to AWS Backup's tag characters and count.
    recoveryPointTags: spec.tags(),
  },
  { example: { preset: 'daily' } },
);

/** A vault lock, or `false` for none. */
export const VAULT_LOCK = spec.either('false, or a vault lock { mode, minRetentionDays?, maxRetentionDays?, coolingOffDays? }', [
  spec.constant(false),
  spec.object<BackupVaultLockProps>(
    {
      mode: spec.oneOf(['governance', 'compliance'], { required: '"governance" or "compliance"', tokens: { refuse: 'governance and compliance locks are configured, and checked, differently' } }),
      minRetentionDays: spec.integer({ min: 1, max: MAX_BACKUP_RETENTION_DAYS, tokens: { refuse: "the rules' retention is checked against it" } }),
      maxRetentionDays: spec.integer({ min: 1, max: MAX_BACKUP_RETENTION_DAYS, tokens: { refuse: "the rules' retention is checked against it" } }),
      // AWS Backup API, PutBackupVaultLockConfiguration ChangeableForDays: at least 3 days.
      // aws_backup_vault_lock_configuration changeable_for_days: validation.IntAtLeast(3) (internal/service/backup/vault_lock_configuration.go).
      coolingOffDays: spec.integer({ min: RETENTION.minVaultLockCoolingOffDays, tokens: { refuse: 'it decides when the lock becomes permanent' } }),
    },
    { example: { mode: 'governance' } },
  ),
]);

/** The deletion guard, or `false` for none. */
export const DELETION_GUARD = spec.either('false, or a deletion guard { breakGlassRoleArn? }', [
  spec.constant(false),
  spec.object<VaultDeletionGuardProps>(
    {
      // A Terraform reference is carried: the role may be created in the same stack.
      breakGlassRoleArn: spec.arn('iam'),
    },
    { example: {} },
  ),
]);

/** The logically air-gapped vault. */
export const AIR_GAPPED_VAULT = spec.object<AirGappedVaultProps>(
  {
    // AWS Backup API, CreateLogicallyAirGappedBackupVault MinRetentionDays: "The minimum value accepted is 7 days".
    minRetentionDays: spec.integer({ required: 'the fewest days a recovery point is kept there (at least 7)', min: 7, max: MAX_BACKUP_RETENTION_DAYS, tokens: KNOWN_RETENTION }),
    maxRetentionDays: spec.integer({ required: 'the most days a recovery point is kept there', min: 7, max: MAX_BACKUP_RETENTION_DAYS, tokens: KNOWN_RETENTION }),
    name: spec.name({ tokens: { refuse: 'vault names are compared at synth' }, aws: { resource: 'aws_backup_logically_air_gapped_vault', argument: 'name' } }),
  },
  { example: { minRetentionDays: 7, maxRetentionDays: 400 } },
);

/** Restore testing, or `false` for none. */
export const RESTORE_TESTING = spec.either('false, or restore testing settings', [
  spec.constant(false),
  spec.object<RestoreTestingProps>(
    {
      schedule: SCHEDULE,
      scheduleTimezone: TIME_ZONE,
      // The provider takes 0 to 168; a start window of 0 hours would leave no time to start.
      startWindowHours: spec.integer({ min: 1, max: 168, aws: { resource: 'aws_backup_restore_testing_plan', argument: 'start_window_hours' } }),
      selectionWindowDays: spec.integer({ min: 1, max: 365, aws: { resource: 'aws_backup_restore_testing_plan', argument: 'recovery_point_selection.selection_window_days' } }),
      algorithm: spec.oneOf(['LATEST_WITHIN_WINDOW', 'RANDOM_WITHIN_WINDOW'], { aws: { resource: 'aws_backup_restore_testing_plan', argument: 'recovery_point_selection.algorithm' } }),
      // aws_backup_restore_testing_selection validation_window_hours: int64validator.Between(1, 168)
      // (internal/service/backup/restore_testing_selection.go); the API also takes 0, the provider refuses it at plan.
      validationWindowHours: spec.integer({ min: 1, max: 168, aws: { resource: 'aws_backup_restore_testing_selection', argument: 'validation_window_hours' } }),
      copies: spec.boolean({ tokens: { refuse: 'it decides whether restore testing plans exist in the recovery regions' } }),
      tagSelectedResourceTypes: spec.list(spec.oneOf(BACKUP_RESOURCE_TYPES, { tokens: { refuse: 'each type gets a restore testing selection' } }), {
        tokens: { refuse: 'each type gets a restore testing selection' },
      }),
    },
    { example: {} },
  ),
]);

/** An Audit Manager framework: `true` for one with defaults. */
export const AUDIT_FRAMEWORK: PropSpec = spec.either('true, false, or an audit framework { name? }', [
  spec.boolean({ tokens: { refuse: 'it decides whether the framework exists' } }),
  spec.object<BackupAuditFrameworkProps>(
    { name: spec.name({ tokens: { refuse: 'framework names are compared at synth' }, aws: { resource: 'aws_backup_framework', argument: 'name' } }) },
    { example: {} },
  ),
]);

/** A resource to back up, by ARN (a reference is fine). */
export const RESOURCE_ARN = spec.arn();

/** What every prop of a BackupPlan accepts (the construct relates them: retention within the locks, copies in other Regions). */
export const BACKUP_PLAN_PROPS: PropSpecs<BackupPlanProps> = {
  // AWS Backup API, BackupPlanInput BackupPlanName: 1 to 50 letters, digits, "-", "_" and "." (aws_backup_plan.name has no table rule).
  planName: spec.name({ pattern: /^[A-Za-z0-9_.-]{1,50}$/, what: 'letters, digits, "-", "_" or "." (1 to 50)', tokens: { refuse: 'plan names are compared at synth and named in descriptions' } }),
  rules: spec.list(spec.either(`a preset (${PRESETS.map((p) => JSON.stringify(p)).join(', ')}) or rule props`, [spec.oneOf(PRESETS), RULE]), {
    minItems: 1,
    tokens: { refuse: 'each rule is a rule block of the plan' },
    example: [{ preset: 'daily' }],
  }),
  // AWS Backup API, CreateBackupVault BackupVaultName: 2 to 50 letters, digits, "-" and "_" (the generated tables).
  vaultName: spec.name({ tokens: { refuse: 'vault names are compared at synth' }, aws: { resource: 'aws_backup_vault', argument: 'name' } }),
  vaultKmsKeyArn: spec.arn('kms', { aws: { resource: 'aws_backup_vault', argument: 'kms_key_arn' } }),
  vaultLock: VAULT_LOCK,
  deletionGuard: DELETION_GUARD,
  airGappedVault: AIR_GAPPED_VAULT,
  resources: spec.list(RESOURCE_ARN, { minItems: 1, unique: true, tokens: { refuse: 'each ARN is checked for its region and selected on its own (each ARN may be a reference)' } }),
  selectionTags: spec.tags({ tokens: { refuse: 'each tag becomes one condition' } }),
  s3Policies: spec.boolean({ tokens: { refuse: 'it decides whether the S3 backup and restore policies are attached' } }),
  restoreTesting: RESTORE_TESTING,
  auditFramework: AUDIT_FRAMEWORK,
  copyTimeHours: spec.number({ min: 0, max: 24 * 7, tokens: { refuse: 'it is used at synth only, to work out the recovery point a copy in another region gives' } }),
  jobFailureSeverity: SEVERITY,
  provider: AWS_PROVIDER,
  ...reliableProps(BACKUP_ALARM_KEYS),
};

/** The options of `protect()`. */
export const PROTECT_OPTIONS = spec.object<ProtectOptions>(
  { resourceType: spec.oneOf(BACKUP_RESOURCE_TYPES, { tokens: { refuse: 'it decides how the resource is restore-tested' } }) },
  { required: 'the options of protect()' },
);
