import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { serviceRole } from '../common/service-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { recordOptOut } from '../../checks/opt-out';
import { InvalidPropError, isUnresolved } from '../../core/errors';
import { physicalName } from '../../core/naming';
import { checkTags, tagConstruct } from '../../core/tags';
import { checkArn, checkCount, checkNonEmpty, checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { IMultiAzNetwork } from '../network/multi-az-network';
import { IAlarmRouting } from '../common/alarm-routing';
import { awsRegionOf } from '../common/aws-location';
import { BackupProtection, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { IRecoverable, RecoveryAchievement } from '../../core/recovery';
import { FIGURES } from '../../recovery/figures';
import { ResourceAlarmDefinition, ResourceAlarmOverride, resourceAlarms } from '../common/resource-alarm';
import {
  BACKUP_WINDOW_PATTERN,
  DATABASE_ENGINES,
  DatabaseEngine,
  ENGINE_FACTS,
  MAINTENANCE_WINDOW_PATTERN,
  MONITORING_INTERVALS,
  performanceInsightsRetentionProblem,
  windowMinutes,
} from './engines';

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

/** Reader autoscaling of an Aurora cluster (Application Auto Scaling on `rds:cluster:ReadReplicaCount`). */
export interface ReaderAutoscaling {
  /**
   * Fewest Aurora replicas.
   * @default - the `readers` count
   */
  readonly minReaders?: number;
  /** Most Aurora replicas (at most 15). */
  readonly maxReaders: number;
  /**
   * Target average reader CPU, percent.
   * @default 60
   */
  readonly cpuTargetPercent?: number;
}

export interface ResilientDatabaseProps {
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
   * Database identifier (lower-case letters, digits, hyphens). Changing it replaces the database.
   * @default - derived from the construct path
   */
  readonly identifier?: string;
  /**
   * Name of a database created at launch.
   * @default - none
   */
  readonly databaseName?: string;
  /**
   * Master user name; its password is generated and kept in Secrets Manager by RDS.
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
   * Storage autoscaling ceiling of an RDS instance, GiB. Ignored by Aurora.
   * @default - twice allocatedStorageGiB
   */
  readonly maxAllocatedStorageGiB?: number;
  /**
   * Aurora readers (Aurora replicas) created with the cluster, each in a zone other than the writer's where the
   * network has one; at least 1 (a failover target).
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
   * Enhanced monitoring interval in seconds (0 turns it off, with a warning).
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
   * Routing of alarm severities to notifications (an `AlarmChannel`).
   * @default - alarms are created without actions, with a warning
   */
  readonly alarmRouting?: IAlarmRouting;
  /**
   * Per-alarm overrides (threshold, severity, period, or `enabled: false`).
   * @default - every alarm with its documented defaults
   */
  readonly alarms?: ResilientDatabaseAlarms;
  /**
   * Tags for every resource (copied to snapshots).
   * @default - only the library's `ManagedBy` tag
   */
  readonly tags?: Record<string, string>;
}

const ALARM_KEYS = ['cpu', 'freeStorage', 'freeableMemory', 'connections', 'replicaLag', 'deadlocks'] as const;
const AURORA_ONLY = ['replicaLag', 'deadlocks'];
const INSTANCE_ONLY = ['freeStorage'];
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

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
export class ResilientDatabase extends Construct implements IBackupTarget, IRecoverable {
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
  public readonly clusterInstances: RdsClusterInstance[];
  public readonly parameterGroup?: DbParameterGroup;
  public readonly clusterParameterGroup?: RdsClusterParameterGroup;
  public readonly readerScalingTarget?: AppautoscalingTarget;
  public readonly readerScalingPolicy?: AppautoscalingPolicy;
  /** Writer endpoint (host name). */
  public readonly endpoint: string;
  /** Reader endpoint (Aurora), or the writer endpoint (RDS). */
  public readonly readerEndpoint: string;
  /** ARN of the Secrets Manager secret holding the master password. */
  public readonly masterUserSecretArn: string;
  /** Health alarms by key (see {@link ResilientDatabaseAlarms}); disabled ones are absent. */
  public readonly alarms: Record<string, CloudwatchMetricAlarm>;
  /** Days of automated backups (point-in-time recovery). */
  public readonly backupRetentionDays: number;
  /** ARN of the cluster (Aurora) or instance (RDS), for `BackupPlan.protect()`. */
  public readonly backupResourceArn: string;
  /** `Aurora` or `RDS`. */
  public readonly backupResourceType: 'Aurora' | 'RDS';
  /** The region, when known at synth. */
  public readonly backupRegion?: string;
  private readonly backupProtections: BackupProtection[] = [];

  constructor(scope: Construct, id: string, props: ResilientDatabaseProps) {
    super(scope, id);
    checkTags(this, 'tags', props.tags);
    checkOneOf(this, 'engine', props.engine, DATABASE_ENGINES);
    this.engine = props.engine;
    const facts = ENGINE_FACTS[props.engine];
    const net = props.network;
    checkNumber(this, 'network.zoneCount', net.zoneCount, { integer: true, min: 2 });
    checkCount(this, 'network.isolatedSubnetIds', net.isolatedSubnetIds, 2);

    this.identifier = props.identifier ?? this.defaultIdentifier();
    checkPattern(this, 'identifier', this.identifier, /^[a-z](?!.*--)[a-z0-9-]{0,61}[a-z0-9]$/, 'a lower-case letter, then up to 62 lower-case letters, digits or single hyphens, not ending in a hyphen');
    this.port = props.port ?? facts.defaultPort;
    checkNumber(this, 'port', this.port, { integer: true, min: 1150, max: 65535 });
    checkPattern(this, 'masterUsername', props.masterUsername, /^[A-Za-z][A-Za-z0-9_]{0,15}$/, 'a letter, then up to 15 letters, digits or underscores');
    checkPattern(this, 'databaseName', props.databaseName, /^[A-Za-z][A-Za-z0-9_]{0,62}$/, 'a letter, then up to 62 letters, digits or underscores');
    checkNonEmpty(this, 'instanceClass', props.instanceClass);
    checkPattern(this, 'instanceClass', props.instanceClass, /^db\.[a-z0-9-]+\.[a-z0-9]+$/, 'an RDS instance class such as db.r6g.large');
    checkArn(this, 'kmsKeyArn', props.kmsKeyArn, 'kms');
    (props.clientSecurityGroupIds ?? []).forEach((sg, i) => checkPattern(this, `clientSecurityGroupIds[${i}]`, sg, /^sg-[0-9a-f]{8,17}$/, 'a security group id such as sg-0123456789abcdef0'));

    // Backups and windows.
    const retention = props.backupRetentionDays ?? 14;
    checkNumber(this, 'backupRetentionDays', retention, { integer: true, min: 7, max: 35 });
    this.backupRetentionDays = retention;
    const backupWindow = props.backupWindow ?? '02:00-03:00';
    const maintenanceWindow = props.maintenanceWindow ?? 'sun:03:30-sun:04:30';
    checkPattern(this, 'backupWindow', backupWindow, BACKUP_WINDOW_PATTERN, 'a UTC window hh:mm-hh:mm such as 02:00-03:00');
    checkPattern(this, 'maintenanceWindow', maintenanceWindow, MAINTENANCE_WINDOW_PATTERN, 'a UTC window ddd:hh:mm-ddd:hh:mm such as sun:03:30-sun:04:30');
    if (!isUnresolved(backupWindow) && windowMinutes(backupWindow) < 30) {
      throw new InvalidPropError(this, 'backupWindow', backupWindow, 'must be at least 30 minutes long');
    }
    if (!isUnresolved(backupWindow) && !isUnresolved(maintenanceWindow) && windowsOverlap(backupWindow, maintenanceWindow)) {
      throw new InvalidPropError(this, 'backupWindow', backupWindow, `must not overlap the maintenance window ${maintenanceWindow}`);
    }
    const deletionProtection = props.deletionProtection ?? true;
    if (!deletionProtection) Annotations.of(this).addWarning('deletionProtection is false: a destroy or an accidental replacement deletes the database.');
    const skipFinalSnapshot = props.skipFinalSnapshot ?? false;
    if (skipFinalSnapshot) Annotations.of(this).addWarning('skipFinalSnapshot is true: destroying the database keeps no final snapshot; only automated backups (until they expire) remain.');

    // Monitoring.
    const piRetention = props.performanceInsightsRetentionDays ?? 7;
    if (!isUnresolved(piRetention)) {
      const p = performanceInsightsRetentionProblem(piRetention);
      if (p) throw new InvalidPropError(this, 'performanceInsightsRetentionDays', piRetention, p);
    }
    const monitoringInterval = props.monitoringIntervalSeconds ?? 60;
    checkOneOf(this, 'monitoringIntervalSeconds', monitoringInterval, MONITORING_INTERVALS as readonly number[]);
    if (monitoringInterval === 0) Annotations.of(this).addWarning('monitoringIntervalSeconds is 0: enhanced monitoring (OS metrics per process) is off.');
    const logExports = props.cloudwatchLogsExports ?? [...facts.logExports];
    logExports.forEach((l, i) => checkOneOf(this, `cloudwatchLogsExports[${i}]`, l, facts.allowedLogExports));

    // Parameters.
    if (props.parameters !== undefined && props.parameterGroupFamily === undefined) {
      throw new InvalidPropError(this, 'parameterGroupFamily', undefined, 'is required with parameters (e.g. postgres16, aurora-mysql8.0)');
    }
    checkPattern(this, 'parameterGroupFamily', props.parameterGroupFamily, /^[a-z][a-z0-9.-]+$/, 'a parameter group family such as postgres16');

    // Aurora topology.
    const readers = props.readers ?? 1;
    if (facts.aurora) {
      checkNumber(this, 'readers', readers, { integer: true, min: 1, max: 15 });
    } else {
      for (const p of ['readers', 'writerZone', 'readerZones', 'readerAutoscaling'] as const) {
        if (props[p] !== undefined) throw new InvalidPropError(this, p, props[p], `applies to Aurora engines only; ${props.engine} is a Multi-AZ instance with a standby RDS places in another zone`);
      }
    }
    const { writerZone, readerZones } = facts.aurora ? this.planZones(props, readers) : { writerZone: undefined, readerZones: [] as (string | undefined)[] };

    // Shared pieces.
    const partition = new DataAwsPartition(this, 'partition');
    if (props.kmsKeyArn) {
      this.kmsKeyArn = props.kmsKeyArn;
    } else {
      this.kmsKey = new KmsKey(this, 'key', {
        description: `Encrypts database ${this.identifier} (storage, Performance Insights, master password)`,
        enableKeyRotation: true,
        deletionWindowInDays: 30,
      });
      this.kmsKeyArn = this.kmsKey.arn;
    }
    this.subnetGroup = new DbSubnetGroup(this, 'subnets', {
      namePrefix: `${this.identifier}-`,
      description: `Isolated subnets of database ${this.identifier}`,
      subnetIds: net.isolatedSubnetIds,
      lifecycle: { createBeforeDestroy: true },
    });
    this.securityGroup = new SecurityGroup(this, 'sg', {
      namePrefix: `${this.identifier}-`,
      description: `Database ${this.identifier}: engine port from client security groups only`,
      vpcId: net.vpcId,
      lifecycle: { createBeforeDestroy: true },
    });
    (props.clientSecurityGroupIds ?? []).forEach(
      (sg, i) =>
        new VpcSecurityGroupIngressRule(this, `client-${i}`, {
          securityGroupId: this.securityGroup.id,
          referencedSecurityGroupId: sg,
          ipProtocol: 'tcp',
          fromPort: this.port,
          toPort: this.port,
          description: 'Database clients',
        }),
    );
    if (monitoringInterval > 0) {
      const account = new DataAwsCallerIdentity(this, 'account');
      this.monitoringRole = serviceRole(this, 'monitoring-role', {
        service: 'monitoring.rds.amazonaws.com',
        namePrefix: physicalName(this, { maxLength: 38, suffix: 'mon' }),
        sourceAccount: account.accountId,
      });
      new IamRolePolicyAttachment(this, 'monitoring-policy', {
        role: this.monitoringRole.name,
        policyArn: `arn:${partition.partition}:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole`,
      });
    }
    const monitoring = monitoringInterval > 0 ? { monitoringInterval, monitoringRoleArn: this.monitoringRole!.arn } : { monitoringInterval: 0 };
    const performanceInsights = { performanceInsightsEnabled: true, performanceInsightsKmsKeyId: this.kmsKeyArn, performanceInsightsRetentionPeriod: piRetention };
    const finalSnapshot = {
      skipFinalSnapshot,
      // Unique per incarnation: the creation time, fixed by ignore_changes (see the skipFinalSnapshot TSDoc).
      finalSnapshotIdentifier: skipFinalSnapshot ? undefined : `${this.identifier}-final-\${formatdate("YYYYMMDDhhmmss", timestamp())}`,
    };
    const lifecycle = skipFinalSnapshot ? undefined : { ignoreChanges: ['final_snapshot_identifier'] };
    const common = {
      engine: props.engine,
      engineVersion: props.engineVersion,
      storageEncrypted: true,
      kmsKeyId: this.kmsKeyArn,
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: this.kmsKeyArn,
      vpcSecurityGroupIds: [this.securityGroup.id],
      dbSubnetGroupName: this.subnetGroup.name,
      port: this.port,
      deletionProtection,
      copyTagsToSnapshot: true,
      enabledCloudwatchLogsExports: logExports,
      ...finalSnapshot,
      lifecycle,
    };

    if (facts.aurora) {
      if (props.parameters) {
        this.clusterParameterGroup = new RdsClusterParameterGroup(this, 'cluster-params', this.parameterGroupConfig(props.parameters, props.parameterGroupFamily!));
      }
      // Logical ids 'cluster' and 'instance-N' are part of the public contract: never rename them.
      this.cluster = new RdsCluster(this, 'cluster', {
        ...common,
        clusterIdentifier: this.identifier,
        databaseName: props.databaseName,
        masterUsername: props.masterUsername ?? 'dbadmin',
        backupRetentionPeriod: retention,
        preferredBackupWindow: backupWindow,
        preferredMaintenanceWindow: maintenanceWindow,
        dbClusterParameterGroupName: this.clusterParameterGroup?.name,
        deleteAutomatedBackups: false,
      });
      const zones = [writerZone, ...readerZones];
      this.clusterInstances = zones.map(
        (zone, i) =>
          new RdsClusterInstance(this, `instance-${i}`, {
            identifier: `${this.identifier}-${i}`,
            clusterIdentifier: this.cluster!.id,
            engine: props.engine,
            engineVersion: props.engineVersion,
            instanceClass: props.instanceClass ?? 'db.r6g.large',
            availabilityZone: zone,
            // Tier 0 for the initial writer, then 1, 2, ...: Aurora promotes the lowest tier first.
            promotionTier: Math.min(i, 15),
            publiclyAccessible: false,
            autoMinorVersionUpgrade: true,
            dbSubnetGroupName: this.subnetGroup.name,
            copyTagsToSnapshot: true,
            preferredMaintenanceWindow: maintenanceWindow,
            ...performanceInsights,
            ...monitoring,
          }),
      );
      if (props.readerAutoscaling) [this.readerScalingTarget, this.readerScalingPolicy] = this.addReaderAutoscaling(props.readerAutoscaling, readers);
      this.endpoint = this.cluster.endpoint;
      this.readerEndpoint = this.cluster.readerEndpoint;
      this.masterUserSecretArn = this.cluster.masterUserSecret.get(0).secretArn;
    } else {
      const allocated = props.allocatedStorageGiB ?? 100;
      checkNumber(this, 'allocatedStorageGiB', allocated, { integer: true, min: 20, max: 65536 });
      const maxAllocated = props.maxAllocatedStorageGiB ?? 2 * allocated;
      checkNumber(this, 'maxAllocatedStorageGiB', maxAllocated, { integer: true, min: allocated, max: 65536 });
      if (props.parameters) {
        this.parameterGroup = new DbParameterGroup(this, 'params', this.parameterGroupConfig(props.parameters, props.parameterGroupFamily!));
      }
      // Logical id 'instance' is part of the public contract: never rename it.
      this.instance = new DbInstance(this, 'instance', {
        ...common,
        identifier: this.identifier,
        instanceClass: props.instanceClass ?? 'db.r6g.large',
        multiAz: true,
        allocatedStorage: allocated,
        maxAllocatedStorage: maxAllocated,
        storageType: 'gp3',
        dbName: props.databaseName,
        username: props.masterUsername ?? 'dbadmin',
        backupRetentionPeriod: retention,
        backupWindow,
        maintenanceWindow,
        deleteAutomatedBackups: false,
        publiclyAccessible: false,
        autoMinorVersionUpgrade: true,
        parameterGroupName: this.parameterGroup?.name,
        ...performanceInsights,
        ...monitoring,
      });
      this.clusterInstances = [];
      this.endpoint = this.instance.address;
      this.readerEndpoint = this.instance.address;
      this.masterUserSecretArn = this.instance.masterUserSecret.get(0).secretArn;
    }
    // Explicit opt-outs: the rule pack reports them as info (with the reason) instead of failing synth.
    const stateful = this.cluster ?? this.instance!;
    if (!deletionProtection) recordOptOut(stateful, this.cluster ? 'REL-AUR-2' : 'REL-RDS-3', 'deletionProtection', deletionProtection, 'a destroy or an accidental replacement deletes the database');
    if (skipFinalSnapshot) recordOptOut(stateful, this.cluster ? 'REL-AUR-3' : 'REL-RDS-5', 'skipFinalSnapshot', skipFinalSnapshot, 'destroying the database keeps no final snapshot');

    this.alarms = this.createAlarms(props);
    tagConstruct(this, props.tags);
    this.backupResourceArn = this.cluster ? this.cluster.arn : this.instance!.arn;
    this.backupResourceType = this.cluster ? 'Aurora' : 'RDS';
    this.backupRegion = awsRegionOf(this);
  }

  /**
   * What the database achieves: no committed data lost with a zone
   * (synchronous Multi-AZ, or Aurora's shared six-copy volume), point-in-time
   * recovery to within 5 minutes, plus what the backup plans protecting it add.
   */
  public get recovery(): RecoveryAchievement {
    return withBackupProtections(
      {
        resource: this.node.path,
        kind: 'database',
        regions: this.backupRegion ? [this.backupRegion] : [],
        rpoZoneSeconds: 0,
        rpoDataSeconds: FIGURES.pointInTimeRecovery.seconds,
        retentionDays: this.backupRetentionDays,
        sources: [FIGURES.pointInTimeRecovery.source],
      },
      this.backupProtections,
    );
  }

  /** Called by a `BackupPlan` protecting the database: the cluster or instance then carries the recovery tags. */
  public addBackupProtection(protection: BackupProtection): void {
    if (this.backupProtections.length === 0) tagRecovery((this.cluster ?? this.instance)!, this);
    this.backupProtections.push(protection);
  }

  private defaultIdentifier(): string {
    const name = physicalName(this, { maxLength: 50, lowerCase: true, allowed: /[a-z0-9-]/ });
    return /^[a-z]/.test(name) ? name : `db-${name}`.slice(0, 50);
  }

  /** Writer in the first zone, readers in the other zones in turn; at least one reader outside the writer's zone. */
  private planZones(props: ResilientDatabaseProps, readers: number): { writerZone?: string; readerZones: (string | undefined)[] } {
    const zones = props.network.zones;
    const writerZone = props.writerZone ?? zones?.[0];
    let readerZones: (string | undefined)[];
    if (props.readerZones !== undefined) {
      checkCount(this, 'readerZones', props.readerZones, readers, readers);
      readerZones = props.readerZones;
    } else if (zones && zones.length > 0) {
      const others = zones.filter((z) => z !== writerZone);
      const pool = others.length > 0 ? others : zones;
      readerZones = Array.from({ length: readers }, (_, i) => pool[i % pool.length]);
    } else {
      readerZones = Array.from({ length: readers }, () => undefined);
      Annotations.of(this).addWarning('The network exposes no zones and no writerZone/readerZones were given: RDS picks the instance zones and may put the writer and its readers in the same zone.');
    }
    if (writerZone !== undefined && readerZones.length > 0 && readerZones.every((z) => z === writerZone)) {
      throw new InvalidPropError(this, 'readerZones', readerZones, `must put at least one reader in a zone other than the writer's (${writerZone}), so a zone failure leaves a reader to promote`);
    }
    if (zones && !isUnresolved(zones)) {
      const known = (z: string | undefined) => z === undefined || isUnresolved(z) || zones.includes(z);
      if (!known(writerZone)) throw new InvalidPropError(this, 'writerZone', writerZone, `must be one of the network's zones (${zones.join(', ')})`);
      readerZones.forEach((z, i) => {
        if (!known(z)) throw new InvalidPropError(this, `readerZones[${i}]`, z, `must be one of the network's zones (${zones.join(', ')})`);
      });
    }
    return { writerZone, readerZones };
  }

  /** Cluster and instance parameter groups share this shape; a new group replaces the old before it goes. */
  private parameterGroupConfig(parameters: Record<string, string>, family: string) {
    return {
      namePrefix: `${this.identifier}-`,
      family,
      parameter: Object.entries(parameters).map(([name, value]) => ({ name, value, applyMethod: 'pending-reboot' })),
      lifecycle: { createBeforeDestroy: true },
    };
  }

  private addReaderAutoscaling(a: ReaderAutoscaling, readers: number): [AppautoscalingTarget, AppautoscalingPolicy] {
    const min = a.minReaders ?? readers;
    checkNumber(this, 'readerAutoscaling.minReaders', min, { integer: true, min: 1, max: 15 });
    checkNumber(this, 'readerAutoscaling.maxReaders', a.maxReaders, { integer: true, min: Math.max(min, 1), max: 15 });
    checkNumber(this, 'readerAutoscaling.cpuTargetPercent', a.cpuTargetPercent, { greaterThan: 0, max: 100 });
    const target = new AppautoscalingTarget(this, 'reader-scaling-target', {
      serviceNamespace: 'rds',
      scalableDimension: 'rds:cluster:ReadReplicaCount',
      resourceId: `cluster:${this.cluster!.clusterIdentifier}`,
      minCapacity: min,
      maxCapacity: a.maxReaders,
      dependsOn: this.clusterInstances,
    });
    const policy = new AppautoscalingPolicy(this, 'reader-scaling-policy', {
      name: 'reader-cpu-target-tracking',
      policyType: 'TargetTrackingScaling',
      serviceNamespace: target.serviceNamespace,
      scalableDimension: target.scalableDimension,
      resourceId: target.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        targetValue: a.cpuTargetPercent ?? 60,
        predefinedMetricSpecification: { predefinedMetricType: 'RDSReaderAverageCPUUtilization' },
        scaleInCooldown: 300,
        scaleOutCooldown: 300,
      },
    });
    return [target, policy];
  }

  private createAlarms(props: ResilientDatabaseProps): Record<string, CloudwatchMetricAlarm> {
    const aurora = ENGINE_FACTS[props.engine].aurora;
    const overrides = { ...(props.alarms ?? {}) } as Record<string, ResourceAlarmOverride | undefined>;
    for (const key of Object.keys(overrides)) {
      if (!(ALARM_KEYS as readonly string[]).includes(key)) {
        throw new InvalidPropError(this, `alarms.${key}`, key, `must be one of ${ALARM_KEYS.join(', ')}`);
      }
      if ((aurora ? INSTANCE_ONLY : AURORA_ONLY).includes(key)) {
        throw new InvalidPropError(this, `alarms.${key}`, key, `does not apply to ${props.engine}`);
      }
    }
    const dimensions: Record<string, string> = aurora ? { DBClusterIdentifier: this.cluster!.clusterIdentifier } : { DBInstanceIdentifier: this.instance!.identifier };
    const metric = (metricName: string, statistic: string) => ({ namespace: 'AWS/RDS', metricName, dimensions, statistic });
    const what = aurora ? `Aurora cluster ${this.identifier}` : `database ${this.identifier}`;
    const defs: ResourceAlarmDefinition[] = [
      {
        key: 'cpu',
        summary: `CPU of ${what} is high${aurora ? ' on at least one instance' : ''}.`,
        runbook: 'Open Performance Insights for the top SQL by load; check for a missing index or a traffic spike; scale the instance class (or readers) if the load is legitimate.',
        metric: metric('CPUUtilization', aurora ? 'Maximum' : 'Average'),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 80,
        severity: 'ticket',
        periodSeconds: 300,
        evaluationPeriods: 3,
        unit: 'percent',
      },
    ];
    if (!aurora) {
      const allocated = props.allocatedStorageGiB ?? 100;
      defs.push({
        key: 'freeStorage',
        summary: `Free storage of ${what} is nearly exhausted: writes stop at zero.`,
        runbook: 'Storage autoscaling may have reached maxAllocatedStorageGiB: raise it or allocate more storage now; then find what grew (tables, logs, replication slots).',
        metric: metric('FreeStorageSpace', 'Minimum'),
        comparisonOperator: 'LessThanThreshold',
        threshold: isUnresolved(allocated) ? 5 * GIB : Math.round(allocated * GIB * 0.05),
        severity: 'page',
        periodSeconds: 300,
        evaluationPeriods: 2,
        unit: 'bytes',
      });
    }
    defs.push(
      {
        key: 'freeableMemory',
        summary: `Freeable memory of ${what} is low: the engine may swap or be restarted.`,
        runbook: 'Check connections and memory-hungry queries in Performance Insights; lower work_mem / buffer settings or move to a larger instance class.',
        metric: metric('FreeableMemory', 'Minimum'),
        comparisonOperator: 'LessThanThreshold',
        threshold: 256 * MIB,
        severity: 'ticket',
        periodSeconds: 300,
        evaluationPeriods: 3,
        unit: 'bytes',
      },
      {
        key: 'connections',
        summary: `Connections to ${what} approach the limit: new connections will be refused.`,
        runbook: 'Find the client holding connections (pg_stat_activity / SHOW PROCESSLIST); check connection pool sizes and leaks; consider RDS Proxy.',
        metric: metric('DatabaseConnections', 'Maximum'),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: undefined,
        severity: 'ticket',
        periodSeconds: 300,
        evaluationPeriods: 2,
        unit: 'connections',
      },
    );
    if (aurora) {
      defs.push(
        {
          key: 'replicaLag',
          summary: `Aurora replicas of ${what} lag behind the writer: readers serve stale data.`,
          runbook: 'Check the write load on the writer and the readers\u2019 CPU and memory; a reader of a smaller class than the writer often lags.',
          metric: metric('AuroraReplicaLagMaximum', 'Maximum'),
          comparisonOperator: 'GreaterThanThreshold',
          threshold: 1000,
          severity: 'ticket',
          periodSeconds: 300,
          evaluationPeriods: 3,
          unit: 'milliseconds',
        },
        {
          key: 'deadlocks',
          summary: `Transactions on ${what} deadlock.`,
          runbook: 'Find the statements in the engine log (deadlock details are logged); make transactions lock rows in the same order and keep them short.',
          metric: metric('Deadlocks', 'Average'),
          comparisonOperator: 'GreaterThanThreshold',
          threshold: 0.1,
          severity: 'ticket',
          periodSeconds: 300,
          evaluationPeriods: 3,
          treatMissingData: 'notBreaching',
          unit: 'deadlocks per second',
        },
      );
    }
    return resourceAlarms({ scope: this, routing: props.alarmRouting, overrides }, defs);
  }
}

/** Whether a daily backup window overlaps a weekly maintenance window on any day (minutes of the day). */
function windowsOverlap(backup: string, maintenance: string): boolean {
  const minutes = (t: string) => {
    const p = t.split(':').map(Number);
    return p[p.length - 2] * 60 + p[p.length - 1];
  };
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const [bStart, bEnd] = backup.split('-').map(minutes);
  const [mS, mE] = maintenance.split('-');
  const week = 7 * 1440;
  const mStart = days.indexOf(mS.slice(0, 3)) * 1440 + minutes(mS);
  let mEnd = days.indexOf(mE.slice(0, 3)) * 1440 + minutes(mE);
  if (mEnd <= mStart) mEnd += week;
  const bLen = bEnd > bStart ? bEnd - bStart : bEnd - bStart + 1440;
  for (let d = -1; d <= 7; d++) {
    const s = d * 1440 + bStart;
    const e = s + bLen;
    for (const shift of [-week, 0, week]) if (s < mEnd + shift && mStart + shift < e) return true;
  }
  return false;
}
