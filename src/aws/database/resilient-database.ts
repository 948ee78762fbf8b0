import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Fn, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { recordOptOut } from '../../core/suppressions';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { RDS_IDENTIFIER, RDS_IDENTIFIER_RULE, RDS_MAX_IDENTIFIER_LENGTH } from './rds-identifiers';
import { MAX_STORAGE_GIB, MIN_STORAGE_GIB, RESILIENT_DATABASE_PROPS } from './private/resilient-database-spec';
import { physicalName } from '../../core/naming';
import { checkKnown, itemsToCheck } from '../../core/prop-types';
import { literal } from '../../core/user-text';
import { checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { ResourceAlarmOverride } from '../common/resource-alarm';
import { serviceRole } from '../common/service-role';
import { IMultiAzNetwork } from '../network/multi-az-network';
import { AuroraZones, checkReaderAutoscaling, planAuroraZones, ReaderAutoscaling, readerAutoscaling } from './aurora-topology';
import { AURORA_ONLY_ALARMS, DATABASE_ALARM_KEYS, databaseAlarmDefinitions, INSTANCE_ONLY_ALARMS } from './database-alarms';
import { awsRegionOf, checkArnPlacement } from '../common/aws-location';
import { BackupProtection, encryptionRestoreOverrides, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { FIGURES } from '../../recovery/figures';
import {
  DatabaseEngine,
  ENGINE_FACTS,
  KMS_KEY_REGION_WHY,
  EngineFacts,
  performanceInsightsRetentionProblem,
  windowMinutes,
  windowsOverlap,
} from './engines';
import { checkRecoveryRegion, DatabaseCopy, DatabaseRecoveryRegion, GlobalDatabaseInfo } from './cross-region';
import { clusterParameterGroup, instanceParameterGroup } from './parameter-groups';
import { GeneratedMasterPassword, generatedMasterPassword, MASTER_PASSWORD_VERSION } from './master-password';

export type { ReaderAutoscaling } from './aurora-topology';

/** Alarms a {@link ResilientDatabase} creates. Each can be tuned or turned off. */
export interface ResilientDatabaseAlarms {
  /**
   * CPU utilisation (`CPUUtilization`; Average of the instance, or Maximum over the cluster's instances). Unit: percent.
   * @default - above 80 percent for 3 periods of 5 minutes, ticket
   */
  readonly cpu?: ResourceAlarmOverride;
  /**
   * Free storage nearly exhausted (`FreeStorageSpace`, Minimum): writes stop when it reaches zero. RDS instances only
   * (Aurora storage grows by itself). Unit: bytes.
   * @default - below 5 percent of allocatedStorageGiB (storage autoscaling acts at 10 percent, so this fires when it could not) for 2 periods of 5 minutes, page
   */
  readonly freeStorage?: ResourceAlarmOverride;
  /**
   * Freeable memory low (`FreeableMemory`, Minimum): the instance swaps or the engine is killed. Unit: bytes.
   * @default - below 256 MiB for 3 periods of 5 minutes, ticket
   */
  readonly freeableMemory?: ResourceAlarmOverride;
  /**
   * Connections (`DatabaseConnections`, Maximum). The limit depends on the instance class and parameters, so
   * there is no default threshold: give one (e.g. 80% of `max_connections`) to create the alarm. Unit: connections.
   * @default - no alarm until a threshold is given; ticket
   */
  readonly connections?: ResourceAlarmOverride;
  /**
   * Aurora replica lag (`AuroraReplicaLagMaximum`, Maximum): readers serve stale data and a failover would take
   * longer. Aurora only. Unit: milliseconds.
   * @default - above 1000 ms for 3 periods of 5 minutes, ticket
   */
  readonly replicaLag?: ResourceAlarmOverride;
  /**
   * Aurora deadlocks (`Deadlocks`, Average per second). Aurora only. Unit: deadlocks per second.
   * @default - above 0.1 per second for 3 periods of 5 minutes, ticket
   */
  readonly deadlocks?: ResourceAlarmOverride;
}

export interface ResilientDatabaseProps extends ReliableConstructProps<ResilientDatabaseAlarms> {
  /** The network: the database lives in its isolated subnets (at least two zones). */
  readonly network: IMultiAzNetwork;
  /**
   * `postgres` or `mysql` make a Multi-AZ RDS instance (a synchronous standby in another zone);
   * `aurora-postgresql` or `aurora-mysql` make an Aurora cluster (a writer and readers in other zones).
   */
  readonly engine: DatabaseEngine;
  /**
   * Engine version, e.g. `16.4`.
   * @default - the default version RDS picks for the engine (minor versions then upgrade automatically)
   */
  readonly engineVersion?: string;
  /**
   * Instance class of the instance, or of every cluster instance.
   * @default 'db.r6g.large'
   */
  readonly instanceClass?: string;
  /**
   * Database identifier (lower-case letters, digits, hyphens; unique in the account and region, compared
   * case-insensitively). Aurora instances are named `<identifier>-<n>`, so an Aurora identifier leaves room for
   * that suffix within 63 characters. Changing it replaces the database.
   * @default - derived from the construct path (lower-cased)
   */
  readonly identifier?: string;
  /**
   * Name of a database created at launch.
   * @default - none
   */
  readonly databaseName?: string;
  /**
   * Master user name. Its password is generated and kept in Secrets Manager: by RDS
   * (`manage_master_user_password`), or, with `recoveryRegion` (RDS cannot manage the password of a global
   * database or of a cross-Region replica's source), by Terraform into a secret under the database's key,
   * replicated to the recovery region, through write-only arguments (Terraform 1.11; on cdktn, declare
   * `targetVersions` terraform >=1.11.0: docs/disaster-recovery.md).
   * @default 'dbadmin'
   */
  readonly masterUsername?: string;
  /**
   * Port the database listens on.
   * @default - 5432 for PostgreSQL, 3306 for MySQL
   */
  readonly port?: number;
  /**
   * Security groups of the clients allowed to connect (on the database port, nothing else).
   * @default - no client: add rules to `securityGroup` later
   */
  readonly clientSecurityGroupIds?: string[];
  /**
   * Storage of an RDS instance, GiB (gp3). Ignored by Aurora.
   * @default 100
   */
  readonly allocatedStorageGiB?: number;
  /**
   * Storage autoscaling ceiling of an RDS instance, GiB (at most 65536). Ignored by Aurora.
   * @default - twice allocatedStorageGiB, at most 65536 (a Terraform expression when the storage is a token)
   */
  readonly maxAllocatedStorageGiB?: number;
  /**
   * Aurora readers (Aurora replicas) created with the cluster, each in a zone other than the writer's where the
   * network has one; at least 1 (a failover target). Must be known at synth: it decides how many instances exist.
   * @default 1
   */
  readonly readers?: number;
  /**
   * Zone of the Aurora writer (a name the network's zones contain).
   * @default - the network's first zone, when it exposes zones
   */
  readonly writerZone?: string;
  /**
   * Zones of the Aurora readers, one per reader; at least one must differ from the writer's.
   * @default - the network's other zones, in turn
   */
  readonly readerZones?: string[];
  /**
   * Reader autoscaling for Aurora.
   * @default - a fixed number of readers
   */
  readonly readerAutoscaling?: ReaderAutoscaling;
  /**
   * Days automated backups (point-in-time recovery) are kept: 7 to 35.
   * @default 14
   */
  readonly backupRetentionDays?: number;
  /**
   * Daily backup window, UTC (`hh:mm-hh:mm`, at least 30 minutes, not overlapping the maintenance window).
   * @default '02:00-03:00'
   */
  readonly backupWindow?: string;
  /**
   * Weekly maintenance window, UTC (`ddd:hh:mm-ddd:hh:mm`).
   * @default 'sun:03:30-sun:04:30'
   */
  readonly maintenanceWindow?: string;
  /**
   * Deletion protection. Turning it off adds a warning.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Skip the final snapshot on destroy. Turning it on adds a warning: destroying then loses the data.
   *
   * The final snapshot is named `<identifier>-final-<UTC creation time>`: the time comes from Terraform's
   * `timestamp()` when the database is created and is then kept (`ignore_changes`), so each incarnation of
   * the database has its own snapshot name and a destroy never collides with an older final snapshot.
   * @default false
   */
  readonly skipFinalSnapshot?: boolean;
  /**
   * KMS key ARN encrypting storage, Performance Insights and the master password secret.
   * @default - a customer-managed key with yearly rotation, created here
   */
  readonly kmsKeyArn?: string;
  /**
   * Days Performance Insights keeps data: 7 (free), a whole number of months (31 x n), or 731.
   * @default 7
   */
  readonly performanceInsightsRetentionDays?: number;
  /**
   * Enhanced monitoring interval in seconds (0 turns it off, with a warning). Must be known at synth: it decides
   * whether the monitoring role exists.
   * @default 60
   */
  readonly monitoringIntervalSeconds?: number;
  /**
   * Log types exported to CloudWatch Logs.
   * @default - postgres: postgresql, upgrade; mysql and aurora-mysql: error, slowquery; aurora-postgresql: postgresql
   */
  readonly cloudwatchLogsExports?: string[];
  /**
   * Engine parameters (for Aurora, cluster parameters); needs `parameterGroupFamily`.
   * @default - the engine's default parameter group
   */
  readonly parameters?: Record<string, string>;
  /**
   * Parameter group family, e.g. `postgres16`, `aurora-postgresql16`; required with `parameters`.
   * @default - none
   */
  readonly parameterGroupFamily?: string;
  /**
   * A copy in a recovery region, so a region loss loses (almost) nothing: an Aurora Global Database (a global
   * cluster made from this cluster, a secondary cluster with readers, or headless for pilot light) or, for RDS
   * engines, a cross-region read replica. The database then reports the copy's region RPO and RTO, and its
   * outputs say how to switch over and fail over (docs/disaster-recovery.md).
   * @default - none: only backup copies (if a BackupPlan makes them) survive a region loss
   */
  readonly recoveryRegion?: DatabaseRecoveryRegion;
}

const GIB = 1024 ** 3;

/** Props with their defaults applied, after validation. */
interface DatabaseSettings {
  readonly facts: EngineFacts;
  readonly retention: number;
  readonly backupWindow: string;
  readonly maintenanceWindow: string;
  readonly deletionProtection: boolean;
  readonly skipFinalSnapshot: boolean;
  readonly piRetention: number;
  readonly monitoringInterval: number;
  readonly logExports: string[];
  readonly readers: number;
  readonly zones: AuroraZones;
  readonly allocatedStorageGiB: number;
  readonly maxAllocatedStorageGiB: number;
  readonly instanceClass: string;
  readonly masterUsername: string;
}

/**
 * A relational database that survives the loss of a zone, an instance, and
 * an accidental destroy.
 *
 * - RDS (`postgres`, `mysql`): a Multi-AZ DB instance; RDS fails over to the
 *   synchronous standby in another zone (typically 1-2 minutes).
 * - Aurora (`aurora-postgresql`, `aurora-mysql`): a cluster with a writer and
 *   at least one reader in another zone, with promotion tiers; Aurora
 *   promotes a reader when the writer fails (typically under a minute).
 *   Readers can autoscale.
 *
 * Safe defaults: automated backups kept 14 days (at least 7), a backup
 * window, deletion protection, a uniquely named final snapshot, storage
 * encrypted with a customer-managed KMS key (rotated), the master password
 * generated and kept in Secrets Manager, Performance Insights and enhanced
 * monitoring on, not publicly accessible, reachable only from the client
 * security groups given, tags copied to snapshots, logs exported to
 * CloudWatch Logs, automatic minor upgrades. Alarms on CPU, storage,
 * memory, connections, replica lag and deadlocks.
 */
export class ResilientDatabase extends ReliableConstruct<ResilientDatabaseAlarms> implements IBackupTarget, IRecoverable {
  public readonly engine: DatabaseEngine;
  public readonly identifier: string;
  public readonly port: number;
  public readonly securityGroup: SecurityGroup;
  public readonly subnetGroup: DbSubnetGroup;
  /** The key created when `kmsKeyArn` is not given. */
  public readonly kmsKey?: KmsKey;
  public readonly kmsKeyArn: string;
  /** Role RDS uses to publish enhanced monitoring (absent when monitoring is off). */
  public readonly monitoringRole?: IamRole;
  /** The Multi-AZ instance (RDS engines). */
  public readonly instance?: DbInstance;
  /** The cluster (Aurora engines). */
  public readonly cluster?: RdsCluster;
  /** Cluster instances: the initial writer first, then the readers (Aurora engines). */
  public readonly clusterInstances: RdsClusterInstance[] = [];
  public readonly parameterGroup?: DbParameterGroup;
  public readonly clusterParameterGroup?: RdsClusterParameterGroup;
  public readonly readerScalingTarget?: AppautoscalingTarget;
  public readonly readerScalingPolicy?: AppautoscalingPolicy;
  /** Writer endpoint (host name). */
  public readonly endpoint: string;
  /** Reader endpoint (Aurora), or the writer endpoint (RDS). */
  public readonly readerEndpoint: string;
  /** ARN of the Secrets Manager secret holding the master password (`{"username", "password"}`). */
  public readonly masterUserSecretArn: string;
  /**
   * With `recoveryRegion`: the secret the library generates the master password into (RDS cannot manage it for a
   * global database or a cross-Region replica's source), replicated to the recovery region, and its version.
   */
  public readonly masterPassword?: GeneratedMasterPassword;
  /** A restore test restores into the database's subnets, security group and key (AWS Backup would pick the default VPC). */
  public readonly backupRestoreMetadataOverrides: Readonly<Record<string, string>>;
  /** A restore test of a copy in the recovery region restores into the copy's subnets, security group and key there. */
  public readonly backupRestoreMetadataOverridesByRegion: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Days of automated backups (point-in-time recovery). */
  public readonly backupRetentionDays: number;
  /** ARN of the cluster (Aurora) or instance (RDS), for `BackupPlan.protect()`. */
  public readonly backupResourceArn: string;
  /** `Aurora` or `RDS`. */
  public readonly backupResourceType: 'Aurora' | 'RDS';
  /** The region, when known at synth. */
  public readonly backupRegion?: string;
  /** The copy in the recovery region (`recoveryRegion`): global cluster, secondary cluster or replica, and its key. */
  public readonly copy?: DatabaseCopy;

  private readonly props: ResilientDatabaseProps;
  private readonly settings: DatabaseSettings;
  private readonly backupProtections: BackupProtection[] = [];

  constructor(scope: Construct, id: string, props: ResilientDatabaseProps) {
    super(scope, id, props, { alarmKeys: DATABASE_ALARM_KEYS, props: RESILIENT_DATABASE_PROPS });
    this.props = props;
    checkRecoveryRegion(this, 'recoveryRegion', props.recoveryRegion, { aurora: ENGINE_FACTS[props.engine].aurora, engine: props.engine, engineVersion: props.engineVersion });
    this.engine = props.engine;
    this.identifier = this.resolveIdentifier(props);
    this.port = props.port ?? ENGINE_FACTS[props.engine].defaultPort;
    this.settings = this.resolveSettings(props);

    const partition = new DataAwsPartition(this, 'partition');
    this.kmsKeyArn = props.kmsKeyArn ?? this.createKey();
    this.subnetGroup = new DbSubnetGroup(this, 'subnets', {
      namePrefix: `${this.identifier}-`,
      description: `Isolated subnets of database ${this.identifier}`,
      subnetIds: props.network.isolatedSubnetIds,
      lifecycle: { createBeforeDestroy: true },
    });
    this.securityGroup = this.createSecurityGroup(props.clientSecurityGroupIds ?? []);
    if (this.settings.monitoringInterval > 0) this.monitoringRole = this.createMonitoringRole(partition);
    if (props.recoveryRegion) {
      this.masterPassword = generatedMasterPassword(this, { identifier: this.identifier, username: this.settings.masterUsername, kmsKeyArn: this.kmsKeyArn });
    }

    if (this.settings.facts.aurora) {
      this.cluster = this.createCluster();
      this.endpoint = this.cluster.endpoint;
      this.readerEndpoint = this.cluster.readerEndpoint;
    } else {
      this.instance = this.createInstance();
      this.endpoint = this.instance.address;
      this.readerEndpoint = this.instance.address;
    }
    this.masterUserSecretArn = this.masterPassword?.secret.arn ?? (this.cluster ?? this.instance!).masterUserSecret.get(0).secretArn;
    this.recordOptOuts();
    this.createAlarms();
    if (props.recoveryRegion) this.copy = this.createCopy(props.recoveryRegion);
    this.backupRetentionDays = this.settings.retention;
    this.backupResourceArn = this.cluster ? this.cluster.arn : this.instance!.arn;
    this.backupResourceType = this.cluster ? 'Aurora' : 'RDS';
    this.backupRegion = awsRegionOf(this);
    this.backupRestoreMetadataOverrides = this.restoreOverrides(this.subnetGroup, this.securityGroup, this.kmsKeyArn);
    this.backupRestoreMetadataOverridesByRegion =
      this.copy?.region !== undefined ? { [this.copy.region]: this.restoreOverrides(this.copy.subnetGroup, this.copy.securityGroup, this.copy.kmsKeyArn) } : {};
  }

  /**
   * What a restore test must be told to restore into the database's network: AWS Backup infers only the zones,
   * the identifier and the engine of an RDS or Aurora restore and would otherwise use the default VPC
   * ("Restore testing inferred metadata"). `vpcSecurityGroupIds` is a JSON array as a string.
   */
  private restoreOverrides(subnets: DbSubnetGroup, sg: SecurityGroup, kmsKeyArn: string): Record<string, string> {
    return {
      dbSubnetGroupName: subnets.name,
      vpcSecurityGroupIds: Fn.jsonencode([sg.id]),
      ...(encryptionRestoreOverrides(this.backupResourceType, kmsKeyArn) ?? {}),
    };
  }

  /**
   * What the database achieves: no committed data lost with a zone
   * (synchronous Multi-AZ, or Aurora's shared six-copy volume), writes again
   * after the failover to another zone (`multiAzFailover`), point-in-time
   * recovery to within 5 minutes, plus what the backup plans protecting it add.
   */
  public get recovery(): RecoveryAchievement {
    const own: RecoveryAchievement = {
      resource: this.node.path,
      kind: 'database',
      regions: this.backupRegion ? [this.backupRegion] : [],
      rpoZoneSeconds: 0,
      rtoZoneSeconds: FIGURES.multiAzFailover.seconds,
      rpoDataSeconds: FIGURES.pointInTimeRecovery.seconds,
      retentionDays: this.backupRetentionDays,
      sources: [FIGURES.pointInTimeRecovery.source, FIGURES.multiAzFailover.source],
    };
    return withBackupProtections(this.copy ? this.copy.achievement(own) : own, this.backupProtections);
  }

  /** The Aurora Global Database (with `recoveryRegion` on an Aurora engine), for a `RegionSwitchPlan`. */
  public get globalDatabase(): GlobalDatabaseInfo | undefined {
    return this.copy?.globalDatabase;
  }

  /** Called by a `BackupPlan` protecting the database: the cluster or instance then carries the recovery tags. */
  public addBackupProtection(protection: BackupProtection): void {
    if (this.backupProtections.length === 0 && !this.copy) tagRecovery((this.cluster ?? this.instance)!, this);
    this.backupProtections.push(protection);
  }

  /** The copy in the recovery region; the cluster or instance then carries the recovery tags. */
  private createCopy(recoveryRegion: DatabaseRecoveryRegion): DatabaseCopy {
    const s = this.settings;
    const copy = new DatabaseCopy(this, {
      aurora: s.facts.aurora,
      engine: this.engine,
      engineVersion: this.props.engineVersion,
      identifier: this.identifier,
      port: this.port,
      instanceClass: s.instanceClass,
      cluster: this.cluster,
      clusterInstances: this.clusterInstances,
      instance: this.instance,
      retentionDays: s.retention,
      backupWindow: s.backupWindow,
      maintenanceWindow: s.maintenanceWindow,
      deletionProtection: s.deletionProtection,
      skipFinalSnapshot: s.skipFinalSnapshot,
      logExports: s.logExports,
      monitoringInterval: s.monitoringInterval,
      monitoringRoleArn: this.monitoringRole?.arn,
      piRetentionDays: s.piRetention,
      claim: (kind, name, provider) => this.claimName(kind, name, provider, true),
    }, recoveryRegion);
    tagRecovery((this.cluster ?? this.instance)!, this);
    // The application in the recovery region reads the password there, also when the primary region is down.
    if (copy.region !== undefined) this.masterPassword!.secret.putReplica([{ region: copy.region, kmsKeyId: copy.kmsKeyArn }]);
    return copy;
  }

  /** The identifier given, or one derived from the path; claimed for this database (RDS compares case-insensitively). */
  private resolveIdentifier(props: ResilientDatabaseProps): string {
    const aurora = ENGINE_FACTS[props.engine].aurora;
    const identifier = props.identifier ?? this.defaultIdentifier();
    // The spec checked a given identifier; a derived one is held to the same rule.
    checkPattern(this, 'identifier', identifier, RDS_IDENTIFIER, RDS_IDENTIFIER_RULE);
    const kind = aurora ? 'RDS cluster identifier' : 'RDS DB identifier';
    this.claimName(kind, identifier, undefined, true);
    return identifier;
  }

  private defaultIdentifier(): string {
    const name = physicalName(this, { maxLength: 50, lowerCase: true, allowed: /[a-z0-9-]/ });
    return /^[a-z]/.test(name) ? name : `db-${name}`.slice(0, 50);
  }

  /** Every other prop: defaults, values, tokens that would decide the shape of the stack. */
  private resolveSettings(props: ResilientDatabaseProps): DatabaseSettings {
    const facts = ENGINE_FACTS[props.engine];
    checkPattern(this, 'engineVersion', props.engineVersion, facts.versionPattern, `a ${props.engine} engine version such as ${facts.versionExample}`);
    if (props.recoveryRegion) checkKnown(this, 'masterUsername', props.masterUsername, 'with recoveryRegion it is written into the generated master password secret');
    checkArnPlacement(this, 'kmsKeyArn', props.kmsKeyArn, { regional: true, why: KMS_KEY_REGION_WHY });
    const logExports = props.cloudwatchLogsExports ?? [...facts.logExports];
    itemsToCheck(logExports).forEach((l, i) => checkOneOf(this, `cloudwatchLogsExports[${i}]`, l, facts.allowedLogExports));
    if (props.parameters !== undefined && props.parameterGroupFamily === undefined) {
      throw new InvalidPropError(this, 'parameterGroupFamily', undefined, 'is required with parameters (e.g. postgres16, aurora-mysql8.0)');
    }
    if (props.parameterGroupFamily !== undefined && props.parameters === undefined) {
      throw new InvalidPropError(this, 'parameterGroupFamily', props.parameterGroupFamily, 'applies only with parameters: without them the engine default parameter group is used');
    }
    const readers = this.resolveReaders(props, facts);
    return {
      facts,
      ...this.resolveBackups(props),
      ...this.resolveMonitoring(props),
      ...this.resolveStorage(props, facts),
      logExports,
      readers,
      zones: facts.aurora ? planAuroraZones(this, { networkZones: props.network.zones, writerZone: props.writerZone, readerZones: props.readerZones, readers }) : { readerZones: [] },
      instanceClass: props.instanceClass ?? 'db.r6g.large',
      masterUsername: props.masterUsername ?? 'dbadmin',
    };
  }

  private resolveBackups(props: ResilientDatabaseProps) {
    const retention = props.backupRetentionDays ?? 14;
    const backupWindow = props.backupWindow ?? '02:00-03:00';
    const maintenanceWindow = props.maintenanceWindow ?? 'sun:03:30-sun:04:30';
    if (!isUnresolved(backupWindow) && windowMinutes(backupWindow) < 30) {
      throw new InvalidPropError(this, 'backupWindow', backupWindow, 'must be at least 30 minutes long');
    }
    if (!isUnresolved(backupWindow) && !isUnresolved(maintenanceWindow) && windowsOverlap(backupWindow, maintenanceWindow)) {
      throw new InvalidPropError(this, 'backupWindow', backupWindow, `must not overlap the maintenance window ${maintenanceWindow}`);
    }
    const deletionProtection = props.deletionProtection ?? true;
    if (deletionProtection === false) this.warnUnsafe('deletionProtection', false, 'a destroy or an accidental replacement deletes the database.');
    const skipFinalSnapshot = props.skipFinalSnapshot ?? false;
    if (skipFinalSnapshot === true) this.warnUnsafe('skipFinalSnapshot', true, 'destroying the database keeps no final snapshot; only automated backups (until they expire) remain.');
    return { retention, backupWindow, maintenanceWindow, deletionProtection, skipFinalSnapshot };
  }

  private resolveMonitoring(props: ResilientDatabaseProps) {
    const piRetention = props.performanceInsightsRetentionDays ?? 7;
    if (!isUnresolved(piRetention)) {
      const p = performanceInsightsRetentionProblem(piRetention);
      if (p) throw new InvalidPropError(this, 'performanceInsightsRetentionDays', piRetention, p);
    }
    const monitoringInterval = props.monitoringIntervalSeconds ?? 60;
    if (monitoringInterval === 0) this.warnUnsafe('monitoringIntervalSeconds', 0, 'enhanced monitoring (OS metrics per process) is off.');
    return { piRetention, monitoringInterval };
  }

  /** Storage of an RDS instance; the autoscaling ceiling follows a token storage as a Terraform expression. */
  private resolveStorage(props: ResilientDatabaseProps, facts: EngineFacts) {
    if (facts.aurora) {
      for (const p of ['allocatedStorageGiB', 'maxAllocatedStorageGiB'] as const) {
        if (props[p] !== undefined) this.warnUnsafe(p, props[p], `is ignored: Aurora storage grows by itself (${props.engine}).`);
      }
    }
    const allocated = props.allocatedStorageGiB ?? 100;
    let maxAllocated = props.maxAllocatedStorageGiB;
    if (maxAllocated === undefined) {
      maxAllocated = isUnresolved(allocated) ? Token.asNumber(Fn.min([Op.mul(allocated, 2), MAX_STORAGE_GIB])) : Math.min(2 * allocated, MAX_STORAGE_GIB);
    }
    // At least the storage allocated (the spec holds it to RDS's bounds).
    checkNumber(this, 'maxAllocatedStorageGiB', maxAllocated, { integer: true, min: isUnresolved(allocated) ? MIN_STORAGE_GIB : allocated, max: MAX_STORAGE_GIB });
    return { allocatedStorageGiB: allocated, maxAllocatedStorageGiB: maxAllocated };
  }

  /** Aurora readers: a number known at synth (it decides how many instances exist), whose ids fit in 63 characters. */
  private resolveReaders(props: ResilientDatabaseProps, facts: EngineFacts): number {
    if (!facts.aurora) {
      for (const p of ['readers', 'writerZone', 'readerZones', 'readerAutoscaling'] as const) {
        if (props[p] !== undefined) throw new InvalidPropError(this, p, props[p], `applies to Aurora engines only; ${props.engine} is a Multi-AZ instance with a standby RDS places in another zone`);
      }
      return 0;
    }
    const readers = props.readers ?? 1;
    const longest = `${this.identifier}-${readers}`;
    if (!isUnresolved(this.identifier) && longest.length > RDS_MAX_IDENTIFIER_LENGTH) {
      throw new InvalidPropError(this, 'identifier', this.identifier, `must leave room for the instance ids <identifier>-0..-${readers}: "${longest}" is ${longest.length} characters, RDS allows ${RDS_MAX_IDENTIFIER_LENGTH}`);
    }
    checkReaderAutoscaling(this, props.readerAutoscaling, readers);
    return readers;
  }

  private createKey(): string {
    const key = new KmsKey(this, 'key', {
      description: literal(`Encrypts database ${this.identifier} (storage, Performance Insights, master password)`),
      enableKeyRotation: true,
      deletionWindowInDays: 30,
    });
    (this as { kmsKey?: KmsKey }).kmsKey = key;
    return key.arn;
  }

  /** Reachable on the engine port from the client security groups only. */
  private createSecurityGroup(clients: string[]): SecurityGroup {
    const sg = new SecurityGroup(this, 'sg', {
      namePrefix: `${this.identifier}-`,
      description: `Database ${this.identifier}: engine port from client security groups only`,
      vpcId: this.props.network.vpcId,
      lifecycle: { createBeforeDestroy: true },
    });
    clients.forEach(
      (client, i) =>
        new VpcSecurityGroupIngressRule(this, `client-${i}`, {
          securityGroupId: sg.id,
          referencedSecurityGroupId: client,
          ipProtocol: 'tcp',
          fromPort: this.port,
          toPort: this.port,
          description: 'Database clients',
        }),
    );
    return sg;
  }

  private createMonitoringRole(partition: DataAwsPartition): IamRole {
    const account = new DataAwsCallerIdentity(this, 'account');
    const role = serviceRole(this, 'monitoring-role', {
      service: 'monitoring.rds.amazonaws.com',
      namePrefix: physicalName(this, { maxLength: 38, suffix: 'mon' }),
      sourceAccount: account.accountId,
    });
    new IamRolePolicyAttachment(this, 'monitoring-policy', {
      role: role.name,
      policyArn: `arn:${partition.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole`,
    });
    return role;
  }

  /** What the instance, the cluster and the cluster instances share: monitoring and Performance Insights. */
  private monitoring() {
    const { monitoringInterval, piRetention } = this.settings;
    return {
      performanceInsightsEnabled: true,
      performanceInsightsKmsKeyId: this.kmsKeyArn,
      performanceInsightsRetentionPeriod: piRetention,
      ...(this.monitoringRole ? { monitoringInterval, monitoringRoleArn: this.monitoringRole.arn } : { monitoringInterval: 0 }),
    };
  }

  /** What the instance and the cluster share: engine, encryption, network, protection, final snapshot. */
  private common() {
    const s = this.settings;
    return {
      engine: this.engine,
      engineVersion: this.props.engineVersion,
      storageEncrypted: true,
      kmsKeyId: this.kmsKeyArn,
      ...(this.masterPassword ? {} : { manageMasterUserPassword: true, masterUserSecretKmsKeyId: this.kmsKeyArn }),
      vpcSecurityGroupIds: [this.securityGroup.id],
      dbSubnetGroupName: this.subnetGroup.name,
      port: this.port,
      deletionProtection: s.deletionProtection,
      copyTagsToSnapshot: true,
      enabledCloudwatchLogsExports: s.logExports,
      skipFinalSnapshot: s.skipFinalSnapshot,
      // Unique per incarnation: the creation time, fixed by ignore_changes (see the skipFinalSnapshot TSDoc).
      finalSnapshotIdentifier: s.skipFinalSnapshot ? undefined : `${this.identifier}-final-\${formatdate("YYYYMMDDhhmmss", timestamp())}`,
      lifecycle: s.skipFinalSnapshot ? undefined : { ignoreChanges: ['final_snapshot_identifier'] },
    };
  }

  private parameterGroupOptions() {
    const { parameters, parameterGroupFamily } = this.props;
    return parameters ? { identifier: this.identifier, family: parameterGroupFamily!, parameters } : undefined;
  }

  private createCluster(): RdsCluster {
    const s = this.settings;
    const params = this.parameterGroupOptions();
    if (params) (this as { clusterParameterGroup?: RdsClusterParameterGroup }).clusterParameterGroup = clusterParameterGroup(this, params);
    // Logical ids 'cluster' and 'instance-N' are part of the public contract: never rename them.
    // A global database is made from this cluster (source_db_cluster_identifier); AWS then sets the cluster's
    // global_cluster_identifier, which Terraform must not try to undo.
    const common = this.common();
    const lifecycle = this.props.recoveryRegion ? { ...common.lifecycle, ignoreChanges: [...(common.lifecycle?.ignoreChanges ?? []), 'global_cluster_identifier'] } : common.lifecycle;
    const cluster = new RdsCluster(this, 'cluster', {
      ...common,
      lifecycle,
      clusterIdentifier: this.identifier,
      databaseName: this.props.databaseName,
      masterUsername: s.masterUsername,
      ...(this.masterPassword ? { masterPasswordWo: this.masterPassword.passwordExpression, masterPasswordWoVersion: MASTER_PASSWORD_VERSION } : {}),
      backupRetentionPeriod: s.retention,
      preferredBackupWindow: s.backupWindow,
      preferredMaintenanceWindow: s.maintenanceWindow,
      dbClusterParameterGroupName: this.clusterParameterGroup?.name,
      deleteAutomatedBackups: false,
    });
    [s.zones.writerZone, ...s.zones.readerZones].forEach((zone, i) => {
      const identifier = `${this.identifier}-${i}`;
      this.claimName('RDS DB identifier', identifier, undefined, true);
      this.clusterInstances.push(
        new RdsClusterInstance(this, `instance-${i}`, {
          identifier,
          clusterIdentifier: cluster.id,
          engine: this.engine,
          engineVersion: this.props.engineVersion,
          instanceClass: s.instanceClass,
          availabilityZone: zone,
          // Tier 0 for the initial writer, then 1, 2, ...: Aurora promotes the lowest tier first.
          promotionTier: Math.min(i, 15),
          publiclyAccessible: false,
          autoMinorVersionUpgrade: true,
          dbSubnetGroupName: this.subnetGroup.name,
          copyTagsToSnapshot: true,
          preferredMaintenanceWindow: s.maintenanceWindow,
          ...this.monitoring(),
        }),
      );
    });
    if (this.props.readerAutoscaling) {
      const [target, policy] = readerAutoscaling(this, cluster, this.clusterInstances, this.props.readerAutoscaling, s.readers);
      Object.assign(this, { readerScalingTarget: target, readerScalingPolicy: policy });
    }
    return cluster;
  }

  private createInstance(): DbInstance {
    const s = this.settings;
    const params = this.parameterGroupOptions();
    if (params) (this as { parameterGroup?: DbParameterGroup }).parameterGroup = instanceParameterGroup(this, params);
    // Logical id 'instance' is part of the public contract: never rename it.
    return new DbInstance(this, 'instance', {
      ...this.common(),
      identifier: this.identifier,
      instanceClass: s.instanceClass,
      multiAz: true,
      allocatedStorage: s.allocatedStorageGiB,
      maxAllocatedStorage: s.maxAllocatedStorageGiB,
      storageType: 'gp3',
      dbName: this.props.databaseName,
      username: s.masterUsername,
      ...(this.masterPassword ? { passwordWo: this.masterPassword.passwordExpression, passwordWoVersion: MASTER_PASSWORD_VERSION } : {}),
      backupRetentionPeriod: s.retention,
      backupWindow: s.backupWindow,
      maintenanceWindow: s.maintenanceWindow,
      deleteAutomatedBackups: false,
      publiclyAccessible: false,
      autoMinorVersionUpgrade: true,
      parameterGroupName: this.parameterGroup?.name,
      ...this.monitoring(),
    });
  }

  /** Explicit opt-outs: the rule pack reports them as info (with the reason) instead of failing synth. */
  private recordOptOuts(): void {
    const stateful = this.cluster ?? this.instance!;
    const { deletionProtection, skipFinalSnapshot } = this.settings;
    if (!deletionProtection) recordOptOut(stateful, this.cluster ? 'REL-AUR-2' : 'REL-RDS-3', 'deletionProtection', deletionProtection, 'a destroy or an accidental replacement deletes the database');
    if (skipFinalSnapshot) recordOptOut(stateful, this.cluster ? 'REL-AUR-3' : 'REL-RDS-5', 'skipFinalSnapshot', skipFinalSnapshot, 'destroying the database keeps no final snapshot');
  }

  private createAlarms(): void {
    const aurora = this.settings.facts.aurora;
    for (const key of Object.keys(this.props.alarms ?? {})) {
      if ((aurora ? INSTANCE_ONLY_ALARMS : AURORA_ONLY_ALARMS).includes(key)) {
        throw new InvalidPropError(this, `alarms.${key}`, key, `does not apply to ${this.engine}`);
      }
    }
    const allocated = this.settings.allocatedStorageGiB;
    this.addAlarms(
      databaseAlarmDefinitions({
        aurora,
        what: aurora ? `Aurora cluster ${this.identifier}` : `database ${this.identifier}`,
        dimensions: aurora ? { DBClusterIdentifier: this.cluster!.clusterIdentifier } : { DBInstanceIdentifier: this.instance!.identifier },
        // 5 percent of the storage: autoscaling acts at 10 percent, so this fires when it could not.
        freeStorageThresholdBytes: isUnresolved(allocated) ? Token.asNumber(Op.mul(allocated, 0.05 * GIB)) : Math.round(allocated * GIB * 0.05),
      }),
    );
  }
}
