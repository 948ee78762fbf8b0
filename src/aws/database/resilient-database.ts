import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { physicalName } from '../../core/naming';
import { checkPattern } from '../../core/validation';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { FIGURES } from '../../recovery/figures';
import { awsRegionOf } from '../common/aws-location';
import { BackupProtection, encryptionRestoreOverrides, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { ResourceAlarmOverride } from '../common/resource-alarm';
import { IMultiAzNetwork } from '../network/multi-az-network';
import { ReaderAutoscaling } from './aurora-topology';
import { checkRecoveryRegion, DatabaseCopy, DatabaseRecoveryRegion, GlobalDatabaseInfo, PrimaryDatabase } from './cross-region';
import { checkAlarmsApply, DATABASE_ALARM_KEYS, databaseAlarmDefinitions, freeStorageThreshold } from './database-alarms';
import { DatabaseEngine, ENGINE_FACTS } from './engines';
import { GeneratedMasterPassword, generatedMasterPassword } from './master-password';
import { createAuroraCluster, createMultiAzInstance, PrimaryParts, recordDatabaseOptOuts } from './private/database-primary';
import { createDatabaseKey, createMonitoringRole, createSecurityGroup, createSubnetGroup } from './private/database-resources';
import { DatabaseSettings, resolveDatabaseSettings } from './private/database-settings';
import { RESILIENT_DATABASE_PROPS } from './private/resilient-database-spec';
import { RDS_IDENTIFIER, RDS_IDENTIFIER_RULE } from './rds-identifiers';

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
   * Engine parameters (for Aurora, cluster parameters), merged with the one that forces TLS (`requireTls`); a value
   * for that parameter which does not force TLS is refused while `requireTls` is on. Applied `pending-reboot`.
   * @default - only the TLS-forcing parameter (none with `requireTls: false`: the engine's default parameter group)
   */
  readonly parameters?: Record<string, string>;
  /**
   * Parameter group family, e.g. `postgres16`, `aurora-postgresql16`, `mysql8.0`, `aurora-mysql8.0`.
   * @default - derived from engineVersion (`postgres` + major, `mysql` + major.minor, `aurora-postgresql` + major,
   * `aurora-mysql` + major.minor); required with `parameters` or `requireTls` when engineVersion is not given
   */
  readonly parameterGroupFamily?: string;
  /**
   * Refuse connections without TLS: the parameter group (for Aurora the DB cluster parameter group) sets
   * `rds.force_ssl = 1` (PostgreSQL) or `require_secure_transport` on (MySQL), applied immediately (both are
   * dynamic). Adding the group to an existing database changes its parameter group, which RDS applies only after
   * a reboot (docs/aws-building-blocks.md). Turning it off adds a warning and is recorded for REL-RDS-7 / REL-AUR-4.
   * @default true
   */
  readonly requireTls?: boolean;
  /**
   * A copy in a recovery region, so a region loss loses (almost) nothing: an Aurora Global Database (a global
   * cluster made from this cluster, a secondary cluster with readers, or headless for pilot light) or, for RDS
   * engines, a cross-region read replica. The database then reports the copy's region RPO and RTO, and its
   * outputs say how to switch over and fail over (docs/disaster-recovery.md).
   * @default - none: only backup copies (if a BackupPlan makes them) survive a region loss
   */
  readonly recoveryRegion?: DatabaseRecoveryRegion;
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
 * security groups given, connections forced to TLS by a parameter group,
 * tags copied to snapshots, logs exported to
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

  private readonly settings: DatabaseSettings;
  private readonly backupProtections: BackupProtection[] = [];

  constructor(scope: Construct, id: string, props: ResilientDatabaseProps) {
    super(scope, id, props, { alarmKeys: DATABASE_ALARM_KEYS, props: RESILIENT_DATABASE_PROPS });
    const aurora = ENGINE_FACTS[props.engine].aurora;
    checkRecoveryRegion(this, 'recoveryRegion', props.recoveryRegion, { aurora, engine: props.engine, engineVersion: props.engineVersion });
    checkAlarmsApply(this, props.alarms, aurora, props.engine);
    this.engine = props.engine;
    this.identifier = this.resolveIdentifier(props.identifier, aurora);
    this.port = props.port ?? ENGINE_FACTS[props.engine].defaultPort;
    this.settings = resolveDatabaseSettings(this, props, this.identifier, (p, v, c) => this.warnUnsafe(p, v, c));

    const partition = new DataAwsPartition(this, 'partition');
    this.kmsKey = props.kmsKeyArn ? undefined : createDatabaseKey(this, this.identifier);
    this.kmsKeyArn = props.kmsKeyArn ?? this.kmsKey!.arn;
    this.subnetGroup = createSubnetGroup(this, this.identifier, props.network.isolatedSubnetIds);
    this.securityGroup = createSecurityGroup(this, { identifier: this.identifier, vpcId: props.network.vpcId, port: this.port, clients: props.clientSecurityGroupIds ?? [] });
    if (this.settings.monitoringInterval > 0) this.monitoringRole = createMonitoringRole(this, partition);
    if (props.recoveryRegion) {
      this.masterPassword = generatedMasterPassword(this, { identifier: this.identifier, username: this.settings.masterUsername, kmsKeyArn: this.kmsKeyArn });
    }

    const parts: PrimaryParts = {
      settings: this.settings,
      engine: this.engine,
      engineVersion: props.engineVersion,
      identifier: this.identifier,
      port: this.port,
      databaseName: props.databaseName,
      kmsKeyArn: this.kmsKeyArn,
      securityGroupId: this.securityGroup.id,
      subnetGroupName: this.subnetGroup.name,
      monitoringRoleArn: this.monitoringRole?.arn,
      masterPassword: this.masterPassword,
      readerAutoscaling: props.readerAutoscaling,
      globalMember: props.recoveryRegion !== undefined,
      claimInstance: (identifier) => this.claimName('RDS DB identifier', identifier, undefined, true),
    };
    if (aurora) {
      const created = createAuroraCluster(this, parts);
      Object.assign(this, created);
      this.cluster = created.cluster;
      this.endpoint = created.cluster.endpoint;
      this.readerEndpoint = created.cluster.readerEndpoint;
    } else {
      const created = createMultiAzInstance(this, parts);
      this.instance = created.instance;
      this.parameterGroup = created.parameterGroup;
      this.endpoint = this.instance.address;
      this.readerEndpoint = this.instance.address;
    }
    const stateful = (this.cluster ?? this.instance)!;
    this.masterUserSecretArn = this.masterPassword?.secret.arn ?? stateful.masterUserSecret.get(0).secretArn;
    recordDatabaseOptOuts(stateful, this.settings);
    this.addAlarms(
      databaseAlarmDefinitions({
        aurora,
        what: aurora ? `Aurora cluster ${this.identifier}` : `database ${this.identifier}`,
        dimensions: aurora ? { DBClusterIdentifier: this.cluster!.clusterIdentifier } : { DBInstanceIdentifier: this.instance!.identifier },
        freeStorageThresholdBytes: freeStorageThreshold(this.settings.allocatedStorageGiB),
      }),
    );
    if (props.recoveryRegion) this.copy = this.createCopy(props);
    this.backupRetentionDays = this.settings.retention;
    this.backupResourceArn = stateful.arn;
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
  private createCopy(props: ResilientDatabaseProps): DatabaseCopy {
    const s = this.settings;
    const primary: PrimaryDatabase = {
      aurora: s.facts.aurora,
      engine: this.engine,
      engineVersion: props.engineVersion,
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
      parameterGroup: s.parameterGroup,
      claim: (kind, name, provider) => this.claimName(kind, name, provider, true),
      addAlarms: (definitions, options) => this.addAlarms(definitions, options),
    };
    const copy = new DatabaseCopy(this, primary, props.recoveryRegion!);
    tagRecovery((this.cluster ?? this.instance)!, this);
    // The application in the recovery region reads the password there, also when the primary region is down.
    if (copy.region !== undefined) this.masterPassword!.secret.putReplica([{ region: copy.region, kmsKeyId: copy.kmsKeyArn }]);
    return copy;
  }

  /** The identifier given, or one derived from the path; claimed for this database (RDS compares case-insensitively). */
  private resolveIdentifier(given: string | undefined, aurora: boolean): string {
    const derived = physicalName(this, { maxLength: 50, lowerCase: true, allowed: /[a-z0-9-]/ });
    const identifier = given ?? (/^[a-z]/.test(derived) ? derived : `db-${derived}`.slice(0, 50));
    // The spec checked a given identifier; a derived one is held to the same rule.
    checkPattern(this, 'identifier', identifier, RDS_IDENTIFIER, RDS_IDENTIFIER_RULE);
    this.claimName(aurora ? 'RDS cluster identifier' : 'RDS DB identifier', identifier, undefined, true);
    return identifier;
  }
}
