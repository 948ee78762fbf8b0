import { BackupFramework } from '@cdktf/provider-aws/lib/backup-framework';
import { BackupLogicallyAirGappedVault } from '@cdktf/provider-aws/lib/backup-logically-air-gapped-vault';
import { BackupPlan as BackupPlanResource } from '@cdktf/provider-aws/lib/backup-plan';
import { BackupRestoreTestingPlan } from '@cdktf/provider-aws/lib/backup-restore-testing-plan';
import { BackupRestoreTestingSelection } from '@cdktf/provider-aws/lib/backup-restore-testing-selection';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration';
import { BackupVaultPolicy } from '@cdktf/provider-aws/lib/backup-vault-policy';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Annotations, Aspects, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CLOUDWATCH_LIMITS } from '../../core/cloudwatch-limits';
import { InvalidPropError } from '../../core/errors';
import { physicalName } from '../../core/naming';
import { checkBySpec } from '../../core/prop-spec';
import { Severity } from '../../core/severity';
import { isUnresolved } from '../../core/tokens';
import { literalMap } from '../../core/user-text';
import { FIGURES } from '../../recovery/figures';
import { awsRegionOf } from '../common/aws-location';
import { BackupProtection, BackupResourceType, IBackupTarget, isBackupTarget } from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { alarmMetricQueries } from '../common/resource-alarm';
import { serviceRole } from '../common/service-role';
import { BACKUP_ALARM_KEYS, BackupPlanAlarms, completedBackupQueries, missingBackupAlarm, missingBackupWindow } from './backup-alarms';
import { BackupRuleProps, NormalizedRule, normalizeRules } from './backup-rule';
import { BackupVaultLockProps, createVault, CreatedVault, NormalizedVaultLock, VaultDeletionGuardProps } from './backup-vault';
import { BACKUP_PLAN_PROPS, PROTECT_OPTIONS, RESOURCE_ARN } from './private/backup-plan-spec';
import { createAuditFramework } from './private/plan-audit';
import { checkAirGapped, checkCopies, checkDeletionGuard, checkPlanLock, checkVaultKey, checkVaultNames } from './private/plan-checks';
import { planProtection } from './private/plan-figures';
import { createJobFailureNotifications } from './private/plan-notifications';
import { PlanRestoreTests } from './private/plan-restore-tests';
import { isSharedClusterArn, PlanSelections } from './private/plan-selections';
import { createAirGappedVault, createCopyVaults, CopySite } from './private/plan-vaults';
import { NormalizedRestoreTesting, normalizeRestoreTesting, RestoreTestingProps } from './restore-testing';
import { BackupPresetName } from './schedule';

export { BackupPlanAlarms } from './backup-alarms';
export { BACKUP_SOURCES } from './private/plan-figures';

/** A logically air-gapped vault (ransomware recovery): every rule also copies there. */
export interface AirGappedVaultProps {
  /** Fewest days a recovery point is kept there (every rule's retention must be at least this). */
  readonly minRetentionDays: number;
  /** Most days a recovery point is kept there (every rule's retention must be at most this). */
  readonly maxRetentionDays: number;
  /**
   * Vault name.
   * @default - derived from the construct path, with `-air-gapped`
   */
  readonly name?: string;
}

/** An AWS Backup Audit Manager framework over the plan's promises (needs AWS Config recording in the region). */
export interface BackupAuditFrameworkProps {
  /**
   * Framework name (a letter, then letters, digits and `_`).
   * @default - derived from the construct path
   */
  readonly name?: string;
}

/** Props of {@link BackupPlan}. */
export interface BackupPlanProps extends ReliableConstructProps<BackupPlanAlarms> {
  /**
   * Plan name (letters, digits, `-`, `_`, `.`; up to 50).
   * @default - derived from the construct path
   */
  readonly planName?: string;
  /**
   * Backup rules: presets (`'daily'`, `'weekly'`, `'monthly'`) or rule props.
   * @default ['daily'] - daily at 05:00 UTC, kept 35 days, no copy
   */
  readonly rules?: readonly (BackupPresetName | BackupRuleProps)[];
  /**
   * Name of the plan's vault (letters, digits, `-`, `_`; 2 to 50).
   * @default - derived from the construct path, with `-vault`
   */
  readonly vaultName?: string;
  /**
   * A customer-managed KMS key for the vault.
   * @default - a key is created, with rotation and a policy for the backup role
   */
  readonly vaultKmsKeyArn?: string;
  /**
   * Vault Lock of the plan's vault and of the copy vaults it creates, or
   * `false` for none (with a warning: anyone with the permission can then
   * delete recovery points).
   * @default - governance mode, minimum retention 7 days, no maximum
   */
  readonly vaultLock?: BackupVaultLockProps | false;
  /**
   * A vault access policy on the plan's vault and the copy vaults it creates, denying
   * `backup:DeleteRecoveryPoint`, `backup:UpdateRecoveryPointLifecycle` and
   * `backup:DeleteBackupVaultLockConfiguration` to every principal but the break-glass
   * role, or `false` for none (with a warning). Lifecycle expiry is AWS Backup's own deletion, not a caller's.
   * @default - guarded with no exception: nobody erases a recovery point early or removes the lock until the policy is removed (a change CloudTrail records)
   */
  readonly deletionGuard?: VaultDeletionGuardProps | false;
  /**
   * A logically air-gapped vault in the plan's region that every rule also copies to.
   * @default - none
   */
  readonly airGappedVault?: AirGappedVaultProps;
  /**
   * Resource ARNs to back up (more with {@link BackupPlan.protect}).
   * @default - none
   */
  readonly resources?: readonly string[];
  /**
   * Back up every resource carrying ALL of these tags (one `condition`
   * `string_equals` entry per tag: AND, unlike several `selection_tag`s, which OR).
   * @default - no tag selection
   */
  readonly selectionTags?: Readonly<Record<string, string>>;
  /**
   * Attach the AWS managed S3 backup and restore policies to the backup role.
   * @default - attached when a bucket is protected with `protect()`
   */
  readonly s3Policies?: boolean;
  /**
   * Restore testing, or `false` for none (with a warning).
   * @default - weekly restore tests of every protected resource, kept 4 hours for validation
   */
  readonly restoreTesting?: RestoreTestingProps | false;
  /**
   * An AWS Backup Audit Manager framework checking the plan's promises, or `true` for one with defaults.
   * @default - none
   */
  readonly auditFramework?: BackupAuditFrameworkProps | boolean;
  /**
   * Hours a copy to another region takes, for the region RPO (measure your copy jobs and set it).
   * @default 4 - AWS publishes no bound; the library's disaster-recovery figure
   */
  readonly copyTimeHours?: number;
  /**
   * Severity notified of failed, aborted and expired backup and copy jobs.
   * @default 'ticket'
   */
  readonly jobFailureSeverity?: Severity;
  /**
   * AWS provider of the plan's region (its selections reach only that region's resources).
   * @default - the stack's default AWS provider
   */
  readonly provider?: TerraformProvider;
}

/** Options of {@link BackupPlan.protect}. */
export interface ProtectOptions {
  /**
   * AWS Backup resource type of a raw ARN (for restore testing and the S3 policies). Required for an
   * `arn:aws:rds:...:cluster:` ARN, which Aurora, DocumentDB and Neptune clusters share.
   * @default - read from the ARN; a token ARN is not restore-tested
   */
  readonly resourceType?: BackupResourceType;
}

/**
 * An AWS Backup plan that is proven by restore tests and survives a lost
 * region, a lost account and ransomware:
 *
 * - a vault encrypted with a customer-managed key (rotated), locked (governance by default),
 *   and guarded by a vault access policy: only a break-glass role erases recovery points early;
 * - rules from readable presets or custom schedules, windows, continuous
 *   backup, cold storage and copies to vaults in other regions (created
 *   with their own keys through a provider alias) or accounts;
 * - selections by ARN (`protect(db)`) and by tags (all tags must match);
 * - an IAM role with the AWS managed backup and restore policies, trusted by
 *   AWS Backup for this account only;
 * - failed, aborted and expired backup and copy jobs notify the `ticket`
 *   severity (EventBridge), and a missing backup raises an alarm;
 * - weekly restore tests of every protected resource;
 * - optionally an air-gapped vault and an Audit Manager framework.
 *
 * Each construct it protects records the plan in its recovery achievement
 * and recovery tags. The vaults, selections, restore tests, notifications and
 * figures are built by the functions of `private/`, under the plan's own ids.
 */
export class BackupPlan extends ReliableConstruct<BackupPlanAlarms> {
  public readonly planName: string;
  public readonly vaultName: string;
  /** The rules, checked and with their defaults. */
  public readonly rules: readonly NormalizedRule[];
  public readonly plan: BackupPlanResource;
  public readonly vault: BackupVault;
  /** The vault's key, when the plan created it. */
  public readonly vaultKey?: KmsKey;
  public readonly vaultLock?: BackupVaultLockConfiguration;
  /** The vault access policy of the deletion guard on the plan's vault (absent with `deletionGuard: false`). */
  public readonly vaultPolicy?: BackupVaultPolicy;
  /** Vaults the plan created in recovery regions, by provider alias. */
  public readonly copyVaults: Readonly<Record<string, CreatedVault>>;
  public readonly airGappedVault?: BackupLogicallyAirGappedVault;
  /** The role AWS Backup assumes for backups, copies and restores. */
  public readonly role: IamRole;
  /** The tag selection (all tags must match), if any. */
  public readonly tagSelection?: BackupSelection;
  public readonly restoreTestingPlan?: BackupRestoreTestingPlan;
  /** Restore testing selections, one per protected resource (and per tag-selected type). */
  public readonly restoreTestingSelections: BackupRestoreTestingSelection[] = [];
  /** Restore testing plans over the copy vaults, by the key of {@link copyVaults} (created with the first copy they test). */
  public readonly copyRestoreTestingPlans: Record<string, BackupRestoreTestingPlan> = {};
  /** Their selections, by the same key. */
  public readonly copyRestoreTestingSelections: Record<string, BackupRestoreTestingSelection[]> = {};
  public readonly auditFramework?: BackupFramework;
  /** EventBridge rules sending failed backup and copy jobs to the routing (absent without routing). */
  public readonly jobFailureRules: CloudwatchEventRule[];
  /** The region of the plan when known at synth. */
  public readonly region?: string;

  private readonly lock?: NormalizedVaultLock;
  private readonly restoreTesting?: NormalizedRestoreTesting;
  private readonly copyTimeHours: number;
  private readonly copyRegions: string[];
  private readonly selections: PlanSelections;
  private readonly provider?: TerraformProvider;
  private missingBackupAlarm?: CloudwatchMetricAlarm;

  constructor(scope: Construct, id: string, props: BackupPlanProps = {}) {
    super(scope, id, props, { alarmKeys: BACKUP_ALARM_KEYS, props: BACKUP_PLAN_PROPS });
    this.provider = props.provider;
    this.region = awsRegionOf(this, props.provider);
    this.rules = normalizeRules(this, 'rules', props.rules ?? ['daily']);
    if (props.vaultLock === false) this.warnUnsafe('vaultLock', false, 'recovery points can be deleted (or their retention shortened) by anyone with the permission, including an attacker with admin rights.');
    this.lock = checkPlanLock(this, props.vaultLock, this.rules);
    if (props.deletionGuard === false) this.warnUnsafe('deletionGuard', false, 'anyone with backup:DeleteRecoveryPoint, backup:UpdateRecoveryPointLifecycle or backup:DeleteBackupVaultLockConfiguration can erase recovery points early.');
    if (props.restoreTesting === false) this.warnUnsafe('restoreTesting', false, 'no restore is ever tried: a backup that cannot be restored is found only during an incident.');
    this.restoreTesting = props.restoreTesting === false ? undefined : normalizeRestoreTesting(this, 'restoreTesting', props.restoreTesting ?? {});
    this.copyTimeHours = props.copyTimeHours ?? FIGURES.backupCopyTime.seconds / 3600;
    this.copyRegions = checkCopies(this, this.rules, { provider: props.provider, region: this.region, lock: this.lock });
    checkAirGapped(this, props.airGappedVault, this.rules);
    checkVaultKey(this, props.vaultKmsKeyArn, props.provider);

    this.planName = props.planName ?? physicalName(this, { maxLength: 50, allowed: /[A-Za-z0-9_.-]/ });
    this.claimName('AWS Backup plan', this.planName, props.provider);
    this.vaultName = props.vaultName ?? physicalName(this, { maxLength: 50, suffix: 'vault' });
    checkVaultNames(this, this.vaultName, props.airGappedVault?.name);
    this.claimName('AWS Backup vault', this.vaultName, props.provider);

    const partition = new DataAwsPartition(this, 'partition');
    const account = new DataAwsCallerIdentity(this, 'account');
    this.role = this.createRole(account, partition);
    const guard = checkDeletionGuard(this, props.deletionGuard);
    const vaultOptions = { accountId: account.accountId, partition: partition.partition, backupRoleArn: this.role.arn, lock: this.lock, guard };
    const claim = (kind: string, name: string, provider?: TerraformProvider) => this.claimName(kind, name, provider);
    const primary = createVault(this, { ...vaultOptions, name: this.vaultName, provider: props.provider, kmsKeyArn: props.vaultKmsKeyArn, purpose: `the recovery points of backup plan ${this.planName}` });
    [this.vault, this.vaultKey, this.vaultLock, this.vaultPolicy] = [primary.vault, primary.key, primary.lock, primary.policy];
    const copies = createCopyVaults(this, { ...vaultOptions, rules: this.rules, planName: this.planName, claim });
    this.copyVaults = copies.vaults;
    this.airGappedVault = props.airGappedVault ? createAirGappedVault(this, props.airGappedVault, this.provider, claim) : undefined;
    this.plan = this.createPlan(copies.sites);

    this.selections = new PlanSelections(this, { provider: this.provider, planId: this.plan.id, roleArn: this.role.arn, roleName: this.role.name, partition: partition.partition, region: this.region });
    const conditions = props.selectionTags !== undefined ? this.selections.selectTags(props.selectionTags) : undefined;
    this.tagSelection = this.selections.tagSelection;
    // Before the first ARN is selected: each selected resource gets its restore testing selection.
    if (this.restoreTesting) this.createRestoreTests(this.restoreTesting, copies.sites, conditions);
    (props.resources ?? []).forEach((arn, i) => this.selections.addArn(arn, `resources[${i}]`));
    if (props.s3Policies) this.selections.attachS3Policies();

    const audit = props.auditFramework === true ? {} : props.auditFramework || undefined;
    const promises = { planName: this.planName, rules: this.rules, copyRegions: this.copyRegions, copiesToAnotherRegion: this.rules.some((r) => r.copies.length > 0), lock: this.lock };
    this.auditFramework = audit && createAuditFramework(this, audit, { ...promises, planId: this.plan.id, protectedTypes: this.selections.types, provider: this.provider, claim });
    this.jobFailureRules = createJobFailureNotifications(this, {
      routing: this.alarmRouting,
      severity: props.jobFailureSeverity ?? 'ticket',
      region: this.region,
      planName: this.planName,
      vaultName: this.vault.name,
      vaultArn: this.vault.arn,
      provider: this.provider,
      claim,
    });
    this.createMissingBackupAlarm();
    Aspects.of(this).add({ visit: (node) => node === this && this.finishAtSynth() });
  }

  /**
   * Backs up a construct of this library (a database, a table, a bucket) or a
   * resource ARN with this plan, restore-tests it, and (for a construct)
   * records the plan in its recovery achievement and tags. The resource must
   * be in the plan's region.
   */
  public protect(target: IBackupTarget | string, options: ProtectOptions = {}): this {
    checkBySpec(this, 'protect().options', options, PROTECT_OPTIONS);
    if (typeof target === 'string') {
      checkBySpec(this, 'protect()', target, RESOURCE_ARN);
      if (options.resourceType === undefined && !isUnresolved(target) && isSharedClusterArn(target)) {
        throw new InvalidPropError(
          this,
          'protect().options.resourceType',
          undefined,
          `is required for ${target}: Aurora, DocumentDB and Neptune clusters share the ARN form arn:aws:rds:<region>:<account>:cluster:<name> (AWS Backup Developer Guide, "Supported AWS resources"), and restore testing needs the type: pass { resourceType: 'Aurora' | 'DocumentDB' | 'Neptune' }`,
        );
      }
      this.selections.addArn(target, 'protect()', options.resourceType);
      return this;
    }
    if (!isBackupTarget(target)) {
      throw new InvalidPropError(this, 'protect()', target, 'must be a construct of this library that can be backed up (IBackupTarget: ResilientDatabase, ...) or a resource ARN');
    }
    if (this.selections.targets.has(target)) throw new InvalidPropError(this, 'protect()', target.node.path, 'is already protected by this plan');
    checkBySpec(this, `protect(${target.node.path}).backupResourceType`, target.backupResourceType, PROTECT_OPTIONS.fields.resourceType);
    if (target.backupRegion !== undefined && this.region !== undefined && target.backupRegion !== this.region) {
      throw new InvalidPropError(this, 'protect()', target.node.path, `is in ${target.backupRegion}, but the plan is in ${this.region}: a backup selection reaches only its plan's region; create a plan there`);
    }
    this.selections.targets.add(target);
    this.selections.select(target.backupResourceArn, options.resourceType ?? target.backupResourceType, target.node.path, target);
    target.addBackupProtection(this.protectionFor(target.backupResourceType));
    return this;
  }

  /** What the plan gives a resource of a type: the figures a protected construct records. */
  public protectionFor(type: BackupResourceType): BackupProtection {
    return planProtection({ planName: this.planName, rules: this.rules, copyTimeHours: this.copyTimeHours, copyRegions: this.copyRegions, lock: this.lock, restoreTesting: this.restoreTesting !== undefined }, type);
  }

  /** The ARNs selected by ARN so far. */
  public get selectedResourceArns(): readonly string[] {
    return [...this.selections.arns];
  }

  /** The ARN selection (created by the first `protect()` or `resources`). */
  public get arnSelection(): BackupSelection | undefined {
    return this.selections.arnSelection;
  }

  /** True when the plan selects something (by ARN or by tags). */
  public get selectsSomething(): boolean {
    return this.selections.arns.length > 0 || this.tagSelection !== undefined;
  }

  /**
   * At synth, once every protect() call is in: a plan that selects nothing is an error (it would back up nothing
   * while looking like protection), and the missing-backup alarm reads the vault's series of each protected type.
   */
  private finishAtSynth(): void {
    if (!this.selectsSomething) {
      throw new InvalidPropError(this, 'resources', undefined, 'the plan selects nothing: call plan.protect(construct or ARN), or give resources or selectionTags');
    }
    const alarm = this.missingBackupAlarm;
    if (!alarm) return;
    const period = (alarm.metricQueryInput as { metric?: { period?: number } }[])[0].metric!.period!;
    alarm.putMetricQuery(alarmMetricQueries(this, 'missingBackup', completedBackupQueries(this.vault.name, [...this.selections.types]), period));
  }

  private createRole(account: DataAwsCallerIdentity, partition: DataAwsPartition): IamRole {
    const role = serviceRole(this, 'role', { service: 'backup.amazonaws.com', namePrefix: physicalName(this, { maxLength: 38, suffix: 'backup' }), sourceAccount: account.accountId });
    for (const [id, policy] of [['backup-policy', 'service-role/AWSBackupServiceRolePolicyForBackup'], ['restore-policy', 'service-role/AWSBackupServiceRolePolicyForRestores']]) {
      new IamRolePolicyAttachment(this, id, { role: role.name, policyArn: `arn:${partition.partition}:iam::aws:policy/${policy}` });
    }
    return role;
  }

  /** The plan (logical id `plan`): a rule block per rule, copying to its copy vaults and to the air-gapped vault. */
  private createPlan(sites: readonly CopySite[]): BackupPlanResource {
    const destination = (c: NormalizedRule['copies'][number]) => c.vaultArn ?? sites.find((s) => s.provider === c.provider)!.vault.vault.arn;
    const rule = this.rules.map((r) => ({
      ruleName: r.name,
      targetVaultName: this.vault.name,
      schedule: r.schedule,
      scheduleExpressionTimezone: r.scheduleTimezone,
      startWindow: r.startWindowMinutes,
      completionWindow: r.completionWindowMinutes,
      enableContinuousBackup: r.continuousBackup || undefined,
      recoveryPointTags: literalMap(r.recoveryPointTags),
      lifecycle: { deleteAfter: r.retentionDays, coldStorageAfter: r.coldStorageAfterDays },
      copyAction: [
        ...r.copies.map((c) => ({ destinationVaultArn: destination(c), lifecycle: { deleteAfter: c.retentionDays, coldStorageAfter: c.coldStorageAfterDays } })),
        ...(this.airGappedVault ? [{ destinationVaultArn: this.airGappedVault.arn, lifecycle: { deleteAfter: r.retentionDays } }] : []),
      ],
    }));
    return new BackupPlanResource(this, 'plan', { provider: this.provider, name: this.planName, rule });
  }

  /** The restore testing plan and the selections of tagged resources; every later selection adds its own. */
  private createRestoreTests(testing: NormalizedRestoreTesting, sites: readonly CopySite[], conditions: { key: string; value: string }[] | undefined): void {
    const tests = new PlanRestoreTests(this, {
      testing,
      planName: this.planName,
      provider: this.provider,
      roleArn: this.role.arn,
      vaultArn: this.vault.arn,
      vaultName: this.vault.name,
      continuous: this.rules.some((r) => r.continuousBackup),
      copySites: sites,
      claim: (kind, name, provider) => this.claimName(kind, name, provider),
      addAlarms: (definitions, options) => this.addAlarms(definitions, options),
    });
    Object.assign(this, { restoreTestingPlan: tests.plan, restoreTestingSelections: tests.selections, copyRestoreTestingPlans: tests.copyPlans, copyRestoreTestingSelections: tests.copySelections });
    this.selections.restoreTests = tests;
    if (conditions) tests.testTagged(conditions, (type) => this.selections.protectType(type));
  }

  /** No completed backup job in the vault over the most frequent rule's interval plus its windows (plus an hour for daylight saving). */
  private createMissingBackupAlarm(): void {
    const { frequent, periods } = missingBackupWindow(this.rules);
    const override = this.alarmOverride('missingBackup');
    if (periods * 3600 > CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds && override.evaluationPeriods === undefined && override.enabled !== false) {
      Annotations.of(this).addWarning(
        `alarms.missingBackup: the most frequent rule (${frequent.name}) runs ${Math.round(frequent.intervalSeconds / 3600)} hours apart, longer than a CloudWatch alarm can look back (7 days); no missing-backup alarm is created. Add a daily rule, or rely on the Audit Manager framework (BACKUP_LAST_RECOVERY_POINT_CREATED).`,
      );
      return;
    }
    const definition = missingBackupAlarm({ planName: this.planName, vaultName: this.vaultName, vaultDimension: this.vault.name, ruleName: frequent.name, intervalSeconds: frequent.intervalSeconds, periods });
    this.missingBackupAlarm = this.addAlarms([definition], { provider: this.provider }).missingBackup;
  }
}
