import { checkAwsProvider } from '../common/provider-prop';
import { BackupFramework } from '@cdktf/provider-aws/lib/backup-framework';
import { BackupLogicallyAirGappedVault } from '@cdktf/provider-aws/lib/backup-logically-air-gapped-vault';
import { BackupPlan as BackupPlanResource, BackupPlanRule } from '@cdktf/provider-aws/lib/backup-plan';
import { BackupRestoreTestingPlan } from '@cdktf/provider-aws/lib/backup-restore-testing-plan';
import { BackupRestoreTestingSelection } from '@cdktf/provider-aws/lib/backup-restore-testing-selection';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Annotations, Aspects, Lazy, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { CLOUDWATCH_LIMITS } from '../../core/cloudwatch-limits';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { physicalName } from '../../core/naming';
import { checkBoolean, checkKeys, checkKnown, checkObject, checkString, checkStringList, checkStringMap } from '../../core/prop-types';
import { Severity } from '../../core/severity';
import { checkTags } from '../../core/tags';
import { literal, literalMap } from '../../core/user-text';
import { checkArn, checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { IAlarmRouting, routedActions } from '../common/alarm-routing';
import { awsProviderOf, awsRegionOf } from '../common/aws-location';
import {
  BACKUP_RESOURCE_TYPES,
  BackupProtection,
  BackupResourceType,
  encryptionRestoreOverrides,
  IBackupTarget,
  isBackupTarget,
  RESTORES_WITHOUT_NETWORK,
} from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { alarmMetricQueries, resourceAlarm, ResourceAlarmDefinition, ResourceAlarmOverride } from '../common/resource-alarm';
import { completedBackupQueries, failedRestoreQueries } from './backup-alarms';
import { serviceRole } from '../common/service-role';
import { FIGURES } from '../../recovery/figures';
import { auditControls } from './audit-framework';
import { BackupRuleProps, NormalizedCopy, NormalizedRule, normalizeRules } from './backup-rule';
import { BackupVaultLockProps, checkRetentionWithinLock, createVault, CreatedVault, NormalizedVaultLock, normalizeVaultLock } from './backup-vault';
import { NormalizedRestoreTesting, normalizeRestoreTesting, RestoreTestingProps, restoreTestingPlan, restoreTestingSelection, RestoreTestingTarget } from './restore-testing';
import { BackupPresetName } from './schedule';

/** Alarms of a {@link BackupPlan}. */
export interface BackupPlanAlarms {
  /**
   * No backup job completed in the plan's vault for the most frequent rule's
   * interval plus its start and completion windows (hourly periods, missing
   * data breaching): `AWS/Backup` `NumberOfBackupJobsCompleted` of the vault,
   * by vault and by vault and each protected resource type, added up
   * (`backup-alarms.ts` says why). Default severity `ticket`.
   * @default - on, with the window computed from the schedule
   */
  readonly missingBackup?: ResourceAlarmOverride;
  /**
   * A restore job of a protected resource type failed in the last hour
   * (`AWS/Backup` `NumberOfRestoreJobsFailed`, by `ResourceType` and by
   * `ResourceType` and the vault, added up: restore tests, and any other
   * restore of that type in the region). One alarm per restore-tested type,
   * and per type in each region whose copies are restore-tested. Default severity `ticket`.
   * @default - on when restore testing is on
   */
  readonly restoreFailed?: ResourceAlarmOverride;
}

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

/** Where each recovery figure of a backup plan comes from. */
export const BACKUP_SOURCES: readonly string[] = Object.freeze([
  'AWS Backup Developer Guide, "Backup plan options and configuration": schedule, start and completion windows, lifecycle',
  FIGURES.pointInTimeRecovery.source,
  FIGURES.backupCopyTime.source,
]);

const PROPS_KEYS = [
  'alarmRouting', 'alarms', 'tags', 'planName', 'rules', 'vaultName', 'vaultKmsKeyArn', 'vaultLock', 'airGappedVault', 'resources', 'selectionTags',
  's3Policies', 'restoreTesting', 'auditFramework', 'copyTimeHours', 'jobFailureSeverity', 'provider',
];
const CONTINUOUS_TYPES: readonly BackupResourceType[] = ['RDS', 'Aurora', 'S3'];
/** The data continuous backup can lose: AWS Backup restores to within 5 minutes. */
const PITR_RPO_SECONDS = FIGURES.pointInTimeRecovery.seconds;
const JOB_FAILURE_STATES = ['FAILED', 'ABORTED', 'EXPIRED'];

/**
 * True for an `arn:aws:rds:<region>:<account>:cluster:<name>` ARN: Aurora,
 * DocumentDB and Neptune clusters all have that form (AWS Backup Developer
 * Guide, "Supported AWS resources": the ARN formats of the resource types),
 * so the ARN does not say which.
 */
export function isSharedClusterArn(arn: string): boolean {
  return /^arn:aws[a-z-]*:rds:[a-z0-9-]*:\d*:cluster:/.test(arn);
}

/** AWS Backup's resource type for an ARN, when the ARN says (not for a cluster ARN: see {@link isSharedClusterArn}). */
export function backupResourceTypeOfArn(arn: string): BackupResourceType | undefined {
  const m = /^arn:aws[a-z-]*:([a-z0-9-]+):[a-z0-9-]*:\d*:(.*)$/.exec(arn);
  if (!m) return undefined;
  const [, service, rest] = m;
  if (service === 'rds') return rest.startsWith('db:') ? 'RDS' : undefined;
  if (service === 'dynamodb') return 'DynamoDB';
  if (service === 's3') return 'S3';
  if (service === 'elasticfilesystem') return 'EFS';
  if (service === 'ec2') return rest.startsWith('volume/') ? 'EBS' : rest.startsWith('instance/') ? 'EC2' : undefined;
  if (service === 'fsx') return 'FSx';
  return undefined;
}

function arnRegion(arn: string | undefined): string | undefined {
  if (arn === undefined || isUnresolved(arn)) return undefined;
  return arn.split(':')[3] || undefined;
}

/**
 * An AWS Backup plan that is proven by restore tests and survives a lost
 * region, a lost account and ransomware:
 *
 * - a vault encrypted with a customer-managed key (rotated), locked (governance by default);
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
 * and recovery tags.
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
  public readonly jobFailureRules: CloudwatchEventRule[] = [];
  /** The region of the plan when known at synth. */
  public readonly region?: string;

  private readonly lock?: NormalizedVaultLock;
  private readonly restoreTesting?: NormalizedRestoreTesting;
  private readonly copyTimeHours: number;
  private readonly copyRegions: string[] = [];
  private readonly copiesToAnotherRegion: boolean;
  private readonly selectedArns: string[] = [];
  private readonly protectedTypes = new Set<BackupResourceType>();
  private readonly copySites: CopySite[] = [];
  private missingBackupAlarm?: CloudwatchMetricAlarm;
  private restoreTestingPlanName?: string;
  private readonly protectedTargets = new Set<IBackupTarget>();
  private readonly provider?: TerraformProvider;
  private readonly partition: DataAwsPartition;
  private readonly account: DataAwsCallerIdentity;
  private arnSelectionResource?: BackupSelection;
  private selectionConditions: { key: string; value: string }[] = [];
  private s3PoliciesAttached = false;

  constructor(scope: Construct, id: string, props: BackupPlanProps = {}) {
    super(scope, id, props, { alarmKeys: ['missingBackup', 'restoreFailed'] });
    checkKeys(this, '', props, PROPS_KEYS);
    this.provider = props.provider;
    checkAwsProvider(this, 'provider', props.provider);
    this.region = awsRegionOf(this, props.provider);
    this.rules = normalizeRules(this, 'rules', props.rules ?? ['daily']);
    this.lock = this.checkLock(props.vaultLock);
    this.restoreTesting = this.checkRestoreTesting(props.restoreTesting);
    this.copyTimeHours = props.copyTimeHours ?? FIGURES.backupCopyTime.seconds / 3600;
    checkNumber(this, 'copyTimeHours', this.copyTimeHours, { min: 0, max: 24 * 7 });
    checkKnown(this, 'copyTimeHours', this.copyTimeHours, 'it is used at synth only, to work out the recovery point a copy in another region gives');
    this.checkCopies();
    this.copiesToAnotherRegion = this.rules.some((r) => r.copies.length > 0);
    this.checkAirGapped(props.airGappedVault);

    this.planName = props.planName ?? physicalName(this, { maxLength: 50, allowed: /[A-Za-z0-9_.-]/ });
    checkPattern(this, 'planName', this.planName, /^[A-Za-z0-9_.-]{1,50}$/, 'letters, digits, "-", "_" or "." (1 to 50)');
    this.claimName('AWS Backup plan', this.planName, props.provider);
    this.vaultName = props.vaultName ?? physicalName(this, { maxLength: 50, suffix: 'vault' });
    checkPattern(this, 'vaultName', this.vaultName, /^[A-Za-z0-9_-]{2,50}$/, 'letters, digits, "-" or "_" (2 to 50)');
    this.claimName('AWS Backup vault', this.vaultName, props.provider);
    checkArn(this, 'vaultKmsKeyArn', props.vaultKmsKeyArn, 'kms');

    this.partition = new DataAwsPartition(this, 'partition');
    this.account = new DataAwsCallerIdentity(this, 'account');
    this.role = this.createRole();
    const primary = createVault(this, {
      name: this.vaultName,
      provider: props.provider,
      kmsKeyArn: props.vaultKmsKeyArn,
      accountId: this.account.accountId,
      partition: this.partition.partition,
      backupRoleArn: this.role.arn,
      lock: this.lock,
      purpose: `the recovery points of backup plan ${this.planName}`,
    });
    this.vault = primary.vault;
    this.vaultKey = primary.key;
    this.vaultLock = primary.lock;
    this.copyVaults = this.createCopyVaults();
    this.airGappedVault = this.createAirGappedVault(props.airGappedVault);
    this.plan = this.createPlan();

    this.tagSelection = this.createTagSelection(props.selectionTags);
    // Before the first ARN is selected: each selected resource gets its restore testing selection.
    this.restoreTestingPlan = this.createRestoreTestingPlan();
    checkStringList(this, 'resources', props.resources);
    checkKnown(this, 'resources', props.resources, 'each ARN is checked for its region and selected on its own (each ARN may be a reference)');
    if (props.resources !== undefined && props.resources.length === 0) {
      throw new InvalidPropError(this, 'resources', props.resources, 'must not be empty: leave it out, or give resource ARNs');
    }
    (props.resources ?? []).forEach((arn, i) => this.addArn(arn, `resources[${i}]`));
    checkBoolean(this, 's3Policies', props.s3Policies);
    checkKnown(this, 's3Policies', props.s3Policies, 'it decides whether the S3 backup and restore policies are attached');
    if (props.s3Policies) this.attachS3Policies();

    this.auditFramework = this.createAuditFramework(props.auditFramework);
    this.createJobFailureNotifications(props.jobFailureSeverity ?? 'ticket');
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
    checkObject(this, 'protect().options', options);
    checkKeys(this, 'protect().options', options, ['resourceType']);
    checkOneOf(this, 'protect().options.resourceType', options.resourceType, BACKUP_RESOURCE_TYPES);
    if (typeof target === 'string') {
      if (options.resourceType === undefined && typeof target === 'string' && !isUnresolved(target) && isSharedClusterArn(target)) {
        throw new InvalidPropError(
          this,
          'protect().options.resourceType',
          undefined,
          `is required for ${target}: Aurora, DocumentDB and Neptune clusters share the ARN form arn:aws:rds:<region>:<account>:cluster:<name> (AWS Backup Developer Guide, "Supported AWS resources"), and restore testing needs the type: pass { resourceType: 'Aurora' | 'DocumentDB' | 'Neptune' }`,
        );
      }
      this.addArn(target, 'protect()', options.resourceType);
      return this;
    }
    if (!isBackupTarget(target)) {
      throw new InvalidPropError(this, 'protect()', target, 'must be a construct of this library that can be backed up (IBackupTarget: ResilientDatabase, ...) or a resource ARN');
    }
    if (this.protectedTargets.has(target)) throw new InvalidPropError(this, 'protect()', target.node.path, 'is already protected by this plan');
    checkOneOf(this, `protect(${target.node.path}).backupResourceType`, target.backupResourceType, BACKUP_RESOURCE_TYPES);
    if (target.backupRegion !== undefined && this.region !== undefined && target.backupRegion !== this.region) {
      throw new InvalidPropError(this, 'protect()', target.node.path, `is in ${target.backupRegion}, but the plan is in ${this.region}: a backup selection reaches only its plan's region; create a plan there`);
    }
    this.protectedTargets.add(target);
    this.select(target.backupResourceArn, options.resourceType ?? target.backupResourceType, target.node.path, target);
    target.addBackupProtection(this.protectionFor(target.backupResourceType));
    return this;
  }

  /** What the plan gives a resource of a type: the figures a protected construct records. */
  public protectionFor(type: BackupResourceType): BackupProtection {
    const continuous = this.rules.some((r) => r.continuousBackup) && CONTINUOUS_TYPES.includes(type);
    const intervals = this.rules.map((r) => r.intervalSeconds);
    const regional = this.rules
      .filter((r) => r.copies.length > 0)
      .map((r) => r.intervalSeconds + r.completionWindowMinutes * 60 + this.copyTimeHours * 3600);
    return {
      plan: this.planName,
      retentionDays: Math.max(...this.rules.map((r) => r.retentionDays)),
      rpoDataSeconds: continuous ? PITR_RPO_SECONDS : Math.min(...intervals),
      ...(regional.length ? { rpoRegionSeconds: Math.min(...regional) } : {}),
      copyRegions: [...this.copyRegions],
      vaultLock: this.lock?.mode ?? 'none',
      restoreTesting: this.restoreTesting !== undefined,
      sources: BACKUP_SOURCES,
    };
  }

  /** The ARNs selected by ARN so far. */
  public get selectedResourceArns(): readonly string[] {
    return [...this.selectedArns];
  }

  /** The ARN selection (created by the first `protect()` or `resources`). */
  public get arnSelection(): BackupSelection | undefined {
    return this.arnSelectionResource;
  }

  /** True when the plan selects something (by ARN or by tags). */
  public get selectsSomething(): boolean {
    return this.selectedArns.length > 0 || this.tagSelection !== undefined;
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
    const current = alarm.metricQueryInput as { metric?: { period?: number } }[];
    const period = current[0].metric!.period!;
    alarm.putMetricQuery(alarmMetricQueries(this, 'missingBackup', completedBackupQueries(this.vault.name, [...this.protectedTypes]), period));
  }

  private checkLock(lock: BackupVaultLockProps | false | undefined): NormalizedVaultLock | undefined {
    if (lock === false) {
      this.warnUnsafe('vaultLock', false, 'recovery points can be deleted (or their retention shortened) by anyone with the permission, including an attacker with admin rights.');
      return undefined;
    }
    const normalized = normalizeVaultLock(this, 'vaultLock', lock ?? { mode: 'governance' });
    for (const r of this.rules) checkRetentionWithinLock(this, `${r.prop}.retentionDays`, r.retentionDays, normalized, "plan's vault", 'vaultLock');
    return normalized;
  }

  private checkRestoreTesting(p: RestoreTestingProps | false | undefined): NormalizedRestoreTesting | undefined {
    if (p === false) {
      this.warnUnsafe('restoreTesting', false, 'no restore is ever tried: a backup that cannot be restored is found only during an incident.');
      return undefined;
    }
    return normalizeRestoreTesting(this, 'restoreTesting', p ?? {});
  }

  /** Copies go to another region: a provider other than the plan's, or a vault ARN in another region. */
  private checkCopies(): void {
    const planProvider = awsProviderOf(this, this.provider);
    for (const rule of this.rules) {
      for (const c of rule.copies) {
        const region = c.provider ? awsRegionOf(this, c.provider) : arnRegion(c.vaultArn);
        const sameProvider = c.provider !== undefined && c.provider === planProvider;
        if (sameProvider || (region !== undefined && region === this.region)) {
          throw new InvalidPropError(
            this,
            c.provider ? `${c.prop}.provider` : `${c.prop}.vaultArn`,
            c.provider ? `${c.provider.node.path}${region ? ` (${region})` : ''}` : c.vaultArn,
            `must be in another region than the plan${this.region ? ` (${this.region})` : ''}: a copy in the same region is lost with it (for a copy against ransomware, use airGappedVault)`,
          );
        }
        if (c.provider) checkRetentionWithinLock(this, `${c.prop}.retentionDays`, c.retentionDays, this.lock, 'copy vault', 'vaultLock');
        if (region !== undefined && !this.copyRegions.includes(region)) this.copyRegions.push(region);
      }
    }
  }

  private checkAirGapped(p: AirGappedVaultProps | undefined): void {
    if (p === undefined) return;
    checkObject(this, 'airGappedVault', p);
    checkKeys(this, 'airGappedVault', p, ['minRetentionDays', 'maxRetentionDays', 'name']);
    checkKnown(this, 'airGappedVault.minRetentionDays', p.minRetentionDays);
    checkKnown(this, 'airGappedVault.maxRetentionDays', p.maxRetentionDays);
    const lock = normalizeVaultLock(this, 'airGappedVault', { mode: 'compliance', minRetentionDays: p.minRetentionDays, maxRetentionDays: p.maxRetentionDays });
    if (p.maxRetentionDays === undefined) throw new InvalidPropError(this, 'airGappedVault.maxRetentionDays', undefined, 'is required: the most days a recovery point is kept there');
    for (const r of this.rules) checkRetentionWithinLock(this, `${r.prop}.retentionDays`, r.retentionDays, lock, 'air-gapped vault', 'airGappedVault');
  }

  private createRole(): IamRole {
    const role = serviceRole(this, 'role', {
      service: 'backup.amazonaws.com',
      namePrefix: physicalName(this, { maxLength: 38, suffix: 'backup' }),
      sourceAccount: this.account.accountId,
    });
    for (const [id, policy] of [['backup-policy', 'service-role/AWSBackupServiceRolePolicyForBackup'], ['restore-policy', 'service-role/AWSBackupServiceRolePolicyForRestores']]) {
      new IamRolePolicyAttachment(this, id, { role: role.name, policyArn: `arn:${this.partition.partition}:iam::aws:policy/${policy}` });
    }
    return role;
  }

  private attachS3Policies(): void {
    if (this.s3PoliciesAttached) return;
    this.s3PoliciesAttached = true;
    for (const [id, policy] of [['s3-backup-policy', 'AWSBackupServiceRolePolicyForS3Backup'], ['s3-restore-policy', 'AWSBackupServiceRolePolicyForS3Restore']]) {
      new IamRolePolicyAttachment(this, id, { role: this.role.name, policyArn: `arn:${this.partition.partition}:iam::aws:policy/${policy}` });
    }
  }

  private createCopyVaults(): Record<string, CreatedVault> {
    const out: Record<string, CreatedVault> = {};
    const copies = this.rules.flatMap((r) => r.copies).filter((c) => c.provider !== undefined);
    const providers = [...new Set(copies.map((c) => c.provider!))];
    providers.forEach((provider, i) => {
      const key = provider.alias ?? `copy-${i + 1}`;
      const scope = new Construct(this, `copy-${key}`);
      const region = awsRegionOf(this, provider);
      const name = physicalName(this, { maxLength: 50, suffix: 'copy-vault' });
      this.claimName('AWS Backup vault', name, provider);
      out[key] = createVault(scope, {
        name,
        provider,
        accountId: this.account.accountId,
        partition: this.partition.partition,
        backupRoleArn: this.role.arn,
        lock: this.lock,
        purpose: `copies of backup plan ${this.planName}${region ? ` in ${region}` : ''}`,
      });
      const routed = copies.filter((c) => c.provider === provider && c.alarmRouting !== undefined);
      for (const c of routed) {
        if (c.alarmRouting !== routed[0].alarmRouting) {
          throw new InvalidPropError(this, `${c.prop}.alarmRouting`, 'another alarm routing', `must be the same as ${routed[0].prop}.alarmRouting: both copy to ${region ?? key}`);
        }
        const routingRegion = c.alarmRouting!.region;
        if (routingRegion !== undefined && region !== undefined && !isUnresolved(routingRegion) && routingRegion !== region) {
          throw new InvalidPropError(this, `${c.prop}.alarmRouting`, `topics in ${routingRegion}`, `must notify topics in ${region}, the region of the copies: a CloudWatch alarm notifies only SNS topics of its own region`);
        }
      }
      this.copySites.push({ key, provider, region, vault: out[key], routing: routed[0]?.alarmRouting, scope, selections: [], types: new Set() });
    });
    return out;
  }

  private createAirGappedVault(p: AirGappedVaultProps | undefined): BackupLogicallyAirGappedVault | undefined {
    if (p === undefined) return undefined;
    const name = p.name ?? physicalName(this, { maxLength: 50, suffix: 'air-gapped' });
    checkPattern(this, 'airGappedVault.name', name, /^[A-Za-z0-9_-]{2,50}$/, 'letters, digits, "-" or "_" (2 to 50)');
    this.claimName('AWS Backup vault', name, this.provider);
    return new BackupLogicallyAirGappedVault(this, 'air-gapped-vault', {
      provider: this.provider,
      name,
      minRetentionDays: p.minRetentionDays,
      maxRetentionDays: p.maxRetentionDays,
    });
  }

  private copyDestination(c: NormalizedCopy): string {
    if (c.vaultArn !== undefined) return c.vaultArn;
    const key = Object.keys(this.copyVaults).find((k) => this.copyVaults[k].vault.provider === c.provider)!;
    return this.copyVaults[key].vault.arn;
  }

  private createPlan(): BackupPlanResource {
    const rule: BackupPlanRule[] = this.rules.map((r) => ({
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
        ...r.copies.map((c) => ({ destinationVaultArn: this.copyDestination(c), lifecycle: { deleteAfter: c.retentionDays, coldStorageAfter: c.coldStorageAfterDays } })),
        ...(this.airGappedVault ? [{ destinationVaultArn: this.airGappedVault.arn, lifecycle: { deleteAfter: r.retentionDays } }] : []),
      ],
    }));
    return new BackupPlanResource(this, 'plan', { provider: this.provider, name: this.planName, rule });
  }

  private createTagSelection(tags: Readonly<Record<string, string>> | undefined): BackupSelection | undefined {
    if (tags === undefined) return undefined;
    checkStringMap(this, 'selectionTags', tags);
    checkKnown(this, 'selectionTags', tags, 'each tag becomes one condition');
    checkTags(this, 'selectionTags', tags);
    const entries = Object.entries(tags);
    if (entries.length === 0) throw new InvalidPropError(this, 'selectionTags', tags, 'must hold at least one tag: an empty tag selection selects nothing (leave it out instead)');
    this.selectionConditions = entries.map(([key, value]) => ({ key: `aws:ResourceTag/${literal(key)}`, value: literal(value) }));
    return new BackupSelection(this, 'tag-selection', {
      provider: this.provider,
      name: 'tags',
      planId: this.plan.id,
      iamRoleArn: this.role.arn,
      // With conditions, "*" means every resource that meets ALL of them; several selection_tag blocks would OR.
      resources: ['*'],
      condition: [{ stringEquals: this.selectionConditions }],
    });
  }

  private addArn(arn: string, prop: string, resourceType?: BackupResourceType): void {
    checkString(this, prop, arn);
    checkArn(this, prop, arn);
    const region = arnRegion(arn);
    if (region !== undefined && this.region !== undefined && region !== this.region) {
      throw new InvalidPropError(this, prop, arn, `must be in the plan's region ${this.region}: a backup selection reaches only its plan's region`);
    }
    if (!isUnresolved(arn) && this.selectedArns.includes(arn)) throw new InvalidPropError(this, prop, arn, 'is already selected by this plan');
    const type = resourceType ?? (isUnresolved(arn) ? undefined : backupResourceTypeOfArn(arn));
    this.select(arn, type, prop);
  }

  private select(arn: string, type: BackupResourceType | undefined, what: string, target?: IBackupTarget): void {
    this.selectedArns.push(arn);
    if (!this.arnSelectionResource) {
      this.arnSelectionResource = new BackupSelection(this, 'arn-selection', {
        provider: this.provider,
        name: 'resources',
        planId: this.plan.id,
        iamRoleArn: this.role.arn,
        resources: Lazy.listValue({ produce: () => this.selectedArns }),
      });
    }
    if (type === undefined) {
      if (this.restoreTesting) {
        const why = !isUnresolved(arn) && isSharedClusterArn(arn) ? 'is an Aurora, DocumentDB or Neptune cluster (they share the ARN form)' : 'has a type that is not known';
        Annotations.of(this).addWarning(`${what}: ${isUnresolved(arn) ? 'this ARN token' : arn} ${why}, so it is not restore-tested; select it with protect(arn, { resourceType }).`);
      }
      return;
    }
    this.addProtectedType(type);
    if (type === 'S3') this.attachS3Policies();
    if (this.restoreTestingPlan) {
      this.restoreTestArn(this, this.provider, this.restoreTestingPlan, this.restoreTestingSelections, type, arn, target?.backupRestoreMetadataOverrides);
      if (this.restoreTesting!.copies) for (const site of this.copySites) this.restoreTestCopy(site, arn, type, target);
    }
  }

  /** One restore testing selection of an ARN, the next in `selections` (named `<type>_<n>`). */
  private restoreTestArn(
    scope: Construct,
    provider: TerraformProvider | undefined,
    plan: BackupRestoreTestingPlan,
    selections: BackupRestoreTestingSelection[],
    type: BackupResourceType,
    arn: string,
    overrides: Readonly<Record<string, string>> | undefined,
  ): void {
    const n = selections.length + 1;
    selections.push(
      restoreTestingSelection(scope, `restore-test-${n}`, {
        provider,
        plan,
        name: `${type.toLowerCase()}_${n}`,
        type,
        roleArn: this.role.arn,
        validationWindowHours: this.restoreTesting!.validationWindowHours,
        target: { arn },
        overrides,
      }),
    );
  }

  /**
   * Restore tests of a resource's copies in a recovery region: AWS Backup restores a copy only in the region of
   * its vault ("Restoring S3 data": a restore job runs in the region of the backup or copy). The restore there
   * needs what the resource has in that region (its network and key: `backupRestoreMetadataOverridesByRegion`);
   * without them only types that need no network are tested, under the copy vault's customer-managed key.
   */
  private restoreTestCopy(site: CopySite, arn: string, type: BackupResourceType, target?: IBackupTarget): void {
    const given = site.region !== undefined ? target?.backupRestoreMetadataOverridesByRegion?.[site.region] : undefined;
    if (given === undefined && !RESTORES_WITHOUT_NETWORK.includes(type)) return;
    const overrides = given ?? encryptionRestoreOverrides(type, site.vault.keyArn);
    if (!site.plan) {
      // The name of the plan's own restore testing plan: names are per region, and this one is in another.
      const name = this.restoreTestingPlanName!;
      this.claimName('AWS Backup restore testing plan', name, site.provider);
      site.plan = restoreTestingPlan(site.scope, 'restore-testing-plan', { name, provider: site.provider, testing: this.restoreTesting!, vaultArn: site.vault.vault.arn, continuous: false });
      this.copyRestoreTestingPlans[site.key] = site.plan;
      this.copyRestoreTestingSelections[site.key] = site.selections;
      if (!site.routing) {
        Annotations.of(this).addWarning(
          `restore tests of the copies in ${site.region ?? site.key} raise no alarm when they fail: give the copy's alarmRouting (an AlarmChannel in that region; CloudWatch alarms notify only SNS topics of their own region).`,
        );
      }
    }
    this.restoreTestArn(site.scope, site.provider, site.plan, site.selections, type, arn, overrides);
    if (site.types.has(type)) return;
    site.types.add(type);
    if (site.routing) this.addRestoreFailedAlarm(type, site.vault.vault.name, { instance: `${site.region ?? site.key}-${type.toLowerCase()}`, provider: site.provider, routing: site.routing, where: ` in ${site.region ?? site.key}` });
  }

  /**
   * One routed alarm through the library's alarm builder, with the user's override for its key (on the plan's
   * provider and routing unless given). The restore alarms arrive with protect(), after the constructor; the
   * base's addAlarms checks the override keys against the definitions of each call, so one call per alarm would
   * refuse the other keys.
   */
  private addAlarm(def: ResourceAlarmDefinition, options: { instance?: string; provider?: TerraformProvider; routing?: IAlarmRouting } = {}): CloudwatchMetricAlarm | undefined {
    const alarm = resourceAlarm(
      { scope: this, routing: options.routing ?? this.alarmRouting, overrides: { [def.key]: this.alarmOverride(def.key) }, instance: options.instance, provider: options.provider ?? this.provider },
      def,
    );
    if (alarm) this.alarms[options.instance ? `${options.instance}-${def.key}` : def.key] = alarm;
    return alarm;
  }

  /** Records a protected type; the first of each restore-tested type gets its restore-failure alarm. */
  private addProtectedType(type: BackupResourceType): void {
    if (this.protectedTypes.has(type)) return;
    this.protectedTypes.add(type);
    if (!this.restoreTesting) return;
    this.addRestoreFailedAlarm(type, this.vault.name, { instance: type.toLowerCase(), where: '' });
  }

  private addRestoreFailedAlarm(type: BackupResourceType, vaultName: string, o: { instance: string; provider?: TerraformProvider; routing?: IAlarmRouting; where: string }): void {
    this.addAlarm(
      {
        key: 'restoreFailed',
        summary: `A restore job of a ${type} resource failed${o.where} (restore tests of plan ${this.planName} run ${this.restoreTesting!.schedule}).`,
        runbook: `Open AWS Backup > Jobs > Restore jobs${o.where}, filter on ${type}: read the status message of the failed job. A failed restore test means the backups of that resource may not restore: fix it before you need them.`,
        queries: failedRestoreQueries(type, vaultName),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
        severity: 'ticket',
        periodSeconds: 3600,
        evaluationPeriods: 1,
        treatMissingData: 'notBreaching',
        unit: 'jobs',
      },
      { instance: o.instance, provider: o.provider, routing: o.routing },
    );
  }

  private createRestoreTestingPlan(): BackupRestoreTestingPlan | undefined {
    const t = this.restoreTesting;
    if (!t) return undefined;
    const name = physicalName(this, { maxLength: 50, suffix: 'restore-test' }).replace(/-/g, '_');
    this.claimName('AWS Backup restore testing plan', name, this.provider);
    this.restoreTestingPlanName = name;
    const plan = restoreTestingPlan(this, 'restore-testing-plan', {
      name,
      provider: this.provider,
      testing: t,
      vaultArn: this.vault.arn,
      continuous: this.rules.some((r) => r.continuousBackup),
    });
    if (this.tagSelection === undefined) return plan;
    // Resources selected by tag: one restore testing selection per type the user names, by the same tags
    // (conditions, not ARNs: the provider takes exactly one of the two).
    const target: RestoreTestingTarget = { conditions: this.selectionConditions };
    t.tagSelectedResourceTypes.forEach((type, i) => {
      this.addProtectedType(type);
      this.restoreTestingSelections.push(
        restoreTestingSelection(this, `restore-test-tags-${i + 1}`, {
          provider: this.provider,
          plan,
          name: `${type.toLowerCase()}_tags`,
          type,
          roleArn: this.role.arn,
          validationWindowHours: t.validationWindowHours,
          target,
        }),
      );
    });
    if (t.tagSelectedResourceTypes.length === 0) {
      Annotations.of(this).addWarning('restoreTesting: resources selected by selectionTags are not restore-tested; name their types in restoreTesting.tagSelectedResourceTypes.');
    }
    return plan;
  }

  private createAuditFramework(p: BackupAuditFrameworkProps | boolean | undefined): BackupFramework | undefined {
    if (p === undefined || p === false) return undefined;
    const props = p === true ? {} : p;
    checkObject(this, 'auditFramework', props);
    checkKeys(this, 'auditFramework', props, ['name']);
    const name = props.name ?? `${physicalName(this, { maxLength: 240, suffix: 'audit' }).replace(/-/g, '_')}`.replace(/^[^A-Za-z]+/, 'f');
    checkPattern(this, 'auditFramework.name', name, /^[A-Za-z][A-Za-z0-9_]{0,255}$/, 'a letter, then letters, digits or "_" (up to 256)');
    this.claimName('AWS Backup framework', name, this.provider);
    const frequent = [...this.rules].sort((a, b) => a.intervalSeconds - b.intervalSeconds)[0];
    const controls = auditControls({
      intervalSeconds: frequent.intervalSeconds,
      retentionOfMostFrequentDays: frequent.retentionDays,
      minRetentionDays: Math.min(...this.rules.map((r) => r.retentionDays)),
      completionWindowMinutes: frequent.completionWindowMinutes,
      copyRegions: this.copyRegions,
      copiesToAnotherRegion: this.copiesToAnotherRegion,
      vaultLock: this.lock,
    });
    const types = Lazy.listValue({ produce: () => (this.protectedTypes.size ? [...this.protectedTypes] : [...BACKUP_RESOURCE_TYPES]) });
    return new BackupFramework(this, 'audit-framework', {
      provider: this.provider,
      name,
      description: literal(`Checks what backup plan ${this.planName} promises: frequency, retention, encryption${this.copiesToAnotherRegion ? ', cross-region copy' : ''}${this.lock ? ', vault lock' : ''}.`),
      control: controls.map((c) => ({
        name: c.name,
        inputParameter: Object.entries(c.inputParameters).map(([n, value]) => ({ name: n, value })),
        scope:
          c.scope === 'plan'
            ? { complianceResourceIds: [this.plan.id], complianceResourceTypes: ['AWS::Backup::BackupPlan'] }
            : c.scope === 'resource-types'
              ? { complianceResourceTypes: types }
              : undefined,
      })),
    });
  }

  private createJobFailureNotifications(severity: Severity): void {
    if (!this.alarmRouting) {
      Annotations.of(this).addWarning('alarmRouting is not set: failed, aborted and expired backup and copy jobs, missing backups and failed restores notify no one. Pass an AlarmChannel as alarmRouting.');
      return;
    }
    const routingRegion = this.alarmRouting.region;
    if (routingRegion !== undefined && this.region !== undefined && routingRegion !== this.region) {
      throw new InvalidPropError(this, 'alarmRouting', `topics in ${routingRegion}`, `must notify topics in the plan's region ${this.region}: EventBridge rules and CloudWatch alarms reach SNS topics only in their own region`);
    }
    const targets = routedActions(this, this.alarmRouting, severity, 'jobFailureSeverity');
    const patterns: [string, object][] = [
      ['backup-job-failed', { source: ['aws.backup'], 'detail-type': ['Backup Job State Change'], detail: { state: JOB_FAILURE_STATES, backupVaultName: [this.vault.name] } }],
      ['copy-job-failed', { source: ['aws.backup'], 'detail-type': ['Copy Job State Change'], detail: { state: JOB_FAILURE_STATES, sourceBackupVaultArn: [this.vault.arn] } }],
    ];
    for (const [suffix, pattern] of patterns) {
      const name = physicalName(this, { maxLength: 64, suffix, allowed: /[A-Za-z0-9_.-]/ });
      this.claimName('EventBridge rule', name, this.provider);
      const rule = new CloudwatchEventRule(this, suffix, {
        provider: this.provider,
        name,
        description: literal(`[${severity}] ${suffix.startsWith('copy') ? 'A copy' : 'A backup'} job of backup plan ${this.planName} failed, was aborted or expired.`),
        eventPattern: JSON.stringify(pattern),
      });
      targets.forEach((arn, i) => new CloudwatchEventTarget(this, `${suffix}-target-${i + 1}`, { provider: this.provider, rule: rule.name, arn }));
      this.jobFailureRules.push(rule);
    }
  }

  /** No completed backup job in the vault over the most frequent rule's interval plus its windows (plus an hour for daylight saving). */
  private createMissingBackupAlarm(): void {
    const frequent = [...this.rules].sort((a, b) => a.intervalSeconds - b.intervalSeconds)[0];
    const dst = frequent.scheduleTimezone !== undefined && !/^(UTC|Etc\/UTC|GMT|Etc\/GMT)$/.test(frequent.scheduleTimezone) ? 3600 : 0;
    const windowSeconds = frequent.intervalSeconds + (frequent.startWindowMinutes + frequent.completionWindowMinutes) * 60 + dst;
    const periods = Math.ceil(windowSeconds / 3600);
    const override = this.alarmOverride('missingBackup');
    if (periods * 3600 > CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds && override.evaluationPeriods === undefined && override.enabled !== false) {
      Annotations.of(this).addWarning(
        `alarms.missingBackup: the most frequent rule (${frequent.name}) runs ${Math.round(frequent.intervalSeconds / 3600)} hours apart, longer than a CloudWatch alarm can look back (7 days); no missing-backup alarm is created. Add a daily rule, or rely on the Audit Manager framework (BACKUP_LAST_RECOVERY_POINT_CREATED).`,
      );
      return;
    }
    this.missingBackupAlarm = this.addAlarm(
      {
        key: 'missingBackup',
        summary: `No backup job of plan ${this.planName} completed in ${periods} hours (rule ${frequent.name} runs every ${Math.round(frequent.intervalSeconds / 3600)} hours).`,
        runbook: `Open AWS Backup > Jobs for vault ${this.vaultName}: look for failed or expired jobs and their status message, check the plan's selections still match the resources, and run an on-demand backup.`,
        // The vault's series only: the protected types are known once protect() has been called (finishAtSynth).
        queries: completedBackupQueries(this.vault.name, []),
        comparisonOperator: 'LessThanThreshold',
        threshold: 1,
        severity: 'ticket',
        periodSeconds: 3600,
        evaluationPeriods: periods,
        treatMissingData: 'breaching',
        unit: 'jobs',
      },
    );
  }
}

/** A vault the plan created in a recovery region, and the restore tests of the copies there. */
interface CopySite {
  /** Key of the vault in `copyVaults` (the provider's alias). */
  readonly key: string;
  readonly provider: TerraformProvider;
  readonly region?: string;
  readonly vault: CreatedVault;
  /** Where failed restore tests there notify. */
  readonly routing?: IAlarmRouting;
  /** The construct the vault and its restore testing live under. */
  readonly scope: Construct;
  plan?: BackupRestoreTestingPlan;
  readonly selections: BackupRestoreTestingSelection[];
  readonly types: Set<BackupResourceType>;
}
