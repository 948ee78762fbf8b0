import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { RdsGlobalCluster } from '@cdktf/provider-aws/lib/rds-global-cluster';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { identifierWithSuffix, RDS_MAX_IDENTIFIER_LENGTH } from './rds-identifiers';
import { RecoveryAchievement } from '../../recovery/achievement';
import { literal } from '../../core/user-text';
import { FIGURES } from '../../recovery/figures';
import { IAlarmRouting } from '../common/alarm-routing';
import { awsRegionOf, checkArnPlacement } from '../common/aws-location';
import { KMS_KEY_REGION_WHY } from './engines';
import { AddAlarmsOptions } from '../common/reliable-construct';
import { ResourceAlarmDefinition, ResourceAlarmOverride } from '../common/resource-alarm';
import { copyAlarmDefinitions } from './database-alarms';
import { clusterParameterGroup, instanceParameterGroup } from './parameter-groups';
import type { ParameterGroupPlan } from './private/tls-parameters';
import { IMultiAzNetwork } from '../network/multi-az-network';

/**
 * A copy of the database in a recovery region: an Aurora Global Database
 * (Aurora engines) or a cross-region read replica (RDS engines).
 */
export interface DatabaseRecoveryRegion {
  /** A provider (alias) for the recovery region; it must be another region than the database's. */
  readonly provider: TerraformProvider;
  /** The network in the recovery region: the copy lives in its isolated subnets. */
  readonly network: IMultiAzNetwork;
  /**
   * What runs there. `readers`: the secondary cluster has readers (warm standby: it serves reads and fails over
   * in minutes). `headless` (Aurora only): the secondary cluster has storage and replication but no instance
   * (pilot light: cheaper; an instance is added before it can serve). RDS engines always run a replica instance.
   * @default 'readers'
   */
  readonly standby?: 'readers' | 'headless';
  /**
   * Readers of the Aurora secondary cluster with `standby: 'readers'` (1 to 15), spread over the network's zones.
   * @default 2 - after a failover the cluster has a writer and a reader in another zone, like the primary
   */
  readonly readers?: number;
  /**
   * Identifier of the secondary cluster or replica in the recovery region.
   * @default - the database identifier with the recovery region appended
   */
  readonly identifier?: string;
  /**
   * Identifier of the Aurora global cluster.
   * @default - the database identifier with `-global` appended
   */
  readonly globalIdentifier?: string;
  /**
   * KMS key ARN in the recovery region (an encrypted copy needs a key in its own region).
   * @default - a customer-managed key with yearly rotation, created there
   */
  readonly kmsKeyArn?: string;
  /**
   * Security groups in the recovery region allowed to connect.
   * @default - none: add rules to the copy's security group later
   */
  readonly clientSecurityGroupIds?: string[];
  /**
   * Where the copy's replication-lag alarm notifies: an `AlarmChannel` in the recovery region (an alarm can only
   * notify a topic in its own region, and the copy's metrics are published there).
   * @default - the alarm notifies no one, with a warning
   */
  readonly alarmRouting?: IAlarmRouting;
  /** Overrides of the copy's alarms. @default - every alarm with its defaults */
  readonly alarms?: DatabaseCopyAlarms;
}

/** Alarms of the copy in the recovery region. */
export interface DatabaseCopyAlarms {
  /**
   * Replication lag of the copy: what a region loss would lose now. Aurora: `AuroraGlobalDBReplicationLag` of the
   * secondary cluster (milliseconds); RDS: `ReplicaLag` of the replica (seconds). Maximum per minute.
   * @default - Aurora above 60000 ms, RDS above 300 s, for 5 of 5 minutes, ticket
   */
  readonly replicationLag?: ResourceAlarmOverride;
}


/** What the database tells the cross-region copy about itself. */
export interface PrimaryDatabase {
  readonly aurora: boolean;
  readonly engine: string;
  readonly engineVersion?: string;
  readonly identifier: string;
  readonly port: number;
  readonly instanceClass: string;
  readonly cluster?: RdsCluster;
  /** The primary cluster's instances (the writer first): the secondary waits for them. */
  readonly clusterInstances: readonly RdsClusterInstance[];
  readonly instance?: DbInstance;
  readonly retentionDays: number;
  readonly backupWindow: string;
  readonly maintenanceWindow: string;
  readonly deletionProtection: boolean;
  readonly skipFinalSnapshot: boolean;
  readonly logExports: readonly string[];
  readonly monitoringInterval: number;
  readonly monitoringRoleArn?: string;
  readonly piRetentionDays: number;
  /**
   * The primary's parameter group (family and parameters, the TLS-forcing one included): the copy gets its own in
   * the recovery Region, so a promoted replica or secondary forces TLS too.
   * @default - none: the copy uses the engine's default parameter group
   */
  readonly parameterGroup?: ParameterGroupPlan;
  /** Claims a physical name where the provider's resources live. */
  readonly claim: (kind: string, name: string, provider: TerraformProvider) => void;
  /** Creates alarms through the database's alarm seam (`ReliableConstruct.addAlarms`). */
  readonly addAlarms: (definitions: readonly ResourceAlarmDefinition[], options: AddAlarmsOptions) => Record<string, CloudwatchMetricAlarm>;
}

/** The Aurora Global Database, as a Region switch plan needs it. */
export interface GlobalDatabaseInfo {
  readonly globalClusterIdentifier: string;
  readonly globalClusterArn: string;
  /** ARN of each regional cluster, by region. */
  readonly clusterArns: Readonly<Record<string, string>>;
}

/**
 * Relates the `recoveryRegion` prop (the spec checked each field) to the database: what applies to the engine, the
 * engine version every cluster of a global database shares, another Region than the database's, and alarms that
 * notify topics of the recovery Region. Returns the recovery Region's name (or undefined when it is a token).
 */
export function checkRecoveryRegion(scope: Construct, prop: string, r: DatabaseRecoveryRegion | undefined, primary: { aurora: boolean; engine: string; engineVersion?: string }): string | undefined {
  if (r === undefined) return undefined;
  if (!primary.aurora) {
    if (r.standby === 'headless') throw new InvalidPropError(scope, `${prop}.standby`, 'headless', `applies to Aurora engines only: an RDS cross-region replica of ${primary.engine} is always a running instance`);
    for (const p of ['readers', 'globalIdentifier'] as const) {
      if (r[p] !== undefined) throw new InvalidPropError(scope, `${prop}.${p}`, r[p], `applies to Aurora Global Database only; ${primary.engine} gets one cross-region read replica`);
    }
  }
  if (r.standby === 'headless' && r.readers !== undefined) throw new InvalidPropError(scope, `${prop}.readers`, r.readers, "applies to standby 'readers' only: a headless secondary has no instance");
  if (primary.aurora && primary.engineVersion === undefined) {
    throw new InvalidPropError(scope, 'engineVersion', undefined, `is required with ${prop}: every cluster of an Aurora Global Database must run the same engine version (e.g. 16.4), or the secondary could get a different default`);
  }
  const primaryRegion = awsRegionOf(scope);
  const recovery = awsRegionOf(scope, r.provider);
  if (recovery !== undefined && primaryRegion !== undefined && recovery === primaryRegion) {
    throw new InvalidPropError(scope, `${prop}.provider`, recovery, `must be another region than the database's (${primaryRegion}): a copy in the same region does not survive losing it`);
  }
  checkArnPlacement(scope, `${prop}.kmsKeyArn`, r.kmsKeyArn, { regional: true, why: KMS_KEY_REGION_WHY, provider: r.provider });
  const routingRegion = r.alarmRouting?.region;
  if (routingRegion !== undefined && recovery !== undefined && !isUnresolved(routingRegion) && routingRegion !== recovery) {
    throw new InvalidPropError(scope, `${prop}.alarmRouting`, routingRegion, `must notify topics in the recovery region ${recovery}: an alarm can only notify an SNS topic in its own region (an AlarmChannel created with the recovery provider)`);
  }
  return recovery;
}

/**
 * The copy of a database in the recovery region, created under `scope` (a
 * `ResilientDatabase`): a key, a subnet group and a security group there,
 * and either an Aurora Global Database (global cluster from the primary
 * cluster, a secondary cluster with readers or headless) or a cross-region
 * read replica; switchover and failover steps as outputs.
 */
export class DatabaseCopy {
  public readonly kmsKey?: KmsKey;
  public readonly kmsKeyArn: string;
  public readonly subnetGroup: DbSubnetGroup;
  public readonly securityGroup: SecurityGroup;
  public readonly globalCluster?: RdsGlobalCluster;
  public readonly secondaryCluster?: RdsCluster;
  public readonly secondaryInstances: RdsClusterInstance[] = [];
  public readonly replica?: DbInstance;
  /** The replica's DB parameter group in the recovery Region (with the primary's parameters). */
  public readonly replicaParameterGroup?: DbParameterGroup;
  /** The secondary cluster's DB cluster parameter group in the recovery Region (with the primary's parameters). */
  public readonly secondaryClusterParameterGroup?: RdsClusterParameterGroup;
  public readonly region?: string;
  public readonly primaryRegion?: string;
  public readonly identifier: string;
  public readonly headless: boolean;
  /** Identifier of the Aurora global cluster (Aurora engines). */
  public readonly globalIdentifier?: string;
  /** The copy's alarms by key. */
  public readonly alarms: Record<string, CloudwatchMetricAlarm>;

  constructor(private readonly scope: Construct, private readonly db: PrimaryDatabase, private readonly r: DatabaseRecoveryRegion) {
    const provider = r.provider;
    this.region = awsRegionOf(scope, provider);
    this.primaryRegion = awsRegionOf(scope);
    this.headless = r.standby === 'headless';
    // Aurora readers are named <identifier>-<n> (n < 15): a derived identifier leaves them room.
    const withReaders = db.aurora && !this.headless;
    this.identifier = r.identifier ?? identifierWithSuffix(db.identifier, `-${this.region ?? 'recovery'}`, RDS_MAX_IDENTIFIER_LENGTH - (withReaders ? 3 : 0));
    db.claim(db.aurora ? 'RDS cluster identifier' : 'RDS DB identifier', this.identifier, provider);
    if (r.kmsKeyArn) {
      this.kmsKeyArn = r.kmsKeyArn;
    } else {
      this.kmsKey = new KmsKey(scope, 'recovery-key', {
        provider,
        description: literal(`Encrypts the recovery-region copy ${this.identifier} of database ${db.identifier}`),
        enableKeyRotation: true,
        deletionWindowInDays: 30,
      });
      this.kmsKeyArn = this.kmsKey.arn;
    }
    this.subnetGroup = new DbSubnetGroup(scope, 'recovery-subnets', {
      provider,
      namePrefix: `${this.identifier}-`,
      description: `Isolated subnets of ${this.identifier} (recovery region copy of ${db.identifier})`,
      subnetIds: r.network.isolatedSubnetIds,
      lifecycle: { createBeforeDestroy: true },
    });
    this.securityGroup = new SecurityGroup(scope, 'recovery-sg', {
      provider,
      namePrefix: `${this.identifier}-`,
      description: `Database ${this.identifier}: engine port from client security groups only`,
      vpcId: r.network.vpcId,
      lifecycle: { createBeforeDestroy: true },
    });
    (r.clientSecurityGroupIds ?? []).forEach(
      (client, i) =>
        new VpcSecurityGroupIngressRule(scope, `recovery-client-${i}`, {
          provider,
          securityGroupId: this.securityGroup.id,
          referencedSecurityGroupId: client,
          ipProtocol: 'tcp',
          fromPort: db.port,
          toPort: db.port,
          description: 'Database clients in the recovery region',
        }),
    );
    if (db.aurora) this.createGlobalDatabase();
    else this.replica = this.createReplica();
    this.alarms = this.createAlarms();
    this.outputs();
  }

  /** The global database for a Region switch plan (Aurora only). */
  public get globalDatabase(): GlobalDatabaseInfo | undefined {
    if (!this.globalCluster || !this.secondaryCluster || !this.db.cluster) return undefined;
    return {
      globalClusterIdentifier: this.globalIdentifier!,
      globalClusterArn: this.globalCluster.arn,
      clusterArns: { [this.primaryRegion ?? 'primary']: this.db.cluster.arn, [this.region ?? 'recovery']: this.secondaryCluster.arn },
    };
  }

  /** What the copy adds to the database's recovery: the regions, the region RPO and RTO, with sources. */
  public achievement(base: RecoveryAchievement): RecoveryAchievement {
    const regions = [...base.regions];
    if (this.region && !regions.includes(this.region)) regions.push(this.region);
    if (this.db.aurora) {
      const rto = FIGURES.auroraGlobalFailover.seconds + (this.headless ? FIGURES.auroraHeadlessInstance.seconds : 0);
      return {
        ...base,
        regions,
        rpoRegionSeconds: FIGURES.auroraGlobalLag.seconds,
        rtoRegionSeconds: rto,
        replication: this.headless ? 'aurora-global-database (headless secondary)' : 'aurora-global-database',
        sources: [...(base.sources ?? []), FIGURES.auroraGlobalLag.source, FIGURES.auroraGlobalFailover.source, ...(this.headless ? [FIGURES.auroraHeadlessInstance.source] : [])],
      };
    }
    return {
      ...base,
      regions,
      rpoRegionSeconds: FIGURES.rdsCrossRegionReplicaLag.seconds,
      rtoRegionSeconds: FIGURES.rdsReplicaPromotion.seconds,
      replication: 'rds-cross-region-replica',
      sources: [...(base.sources ?? []), FIGURES.rdsCrossRegionReplicaLag.source, FIGURES.rdsReplicaPromotion.source],
    };
  }

  private common() {
    const db = this.db;
    return {
      provider: this.r.provider,
      vpcSecurityGroupIds: [this.securityGroup.id],
      dbSubnetGroupName: this.subnetGroup.name,
      kmsKeyId: this.kmsKeyArn,
      storageEncrypted: true,
      port: db.port,
      deletionProtection: db.deletionProtection,
      copyTagsToSnapshot: true,
      enabledCloudwatchLogsExports: db.logExports as string[],
      skipFinalSnapshot: db.skipFinalSnapshot,
      finalSnapshotIdentifier: db.skipFinalSnapshot ? undefined : `${this.identifier}-final-\${formatdate("YYYYMMDDhhmmss", timestamp())}`,
    };
  }

  private monitoring() {
    const db = this.db;
    return {
      performanceInsightsEnabled: true,
      performanceInsightsKmsKeyId: this.kmsKeyArn,
      performanceInsightsRetentionPeriod: db.piRetentionDays,
      ...(db.monitoringRoleArn ? { monitoringInterval: db.monitoringInterval, monitoringRoleArn: db.monitoringRoleArn } : { monitoringInterval: 0 }),
    };
  }

  private createGlobalDatabase(): void {
    const db = this.db;
    const provider = this.r.provider;
    const globalId = this.r.globalIdentifier ?? identifierWithSuffix(db.identifier, '-global');
    (this as { globalIdentifier?: string }).globalIdentifier = globalId;
    db.claim('RDS global cluster identifier', globalId, provider);
    // Made from the existing primary cluster (source_db_cluster_identifier), so adding the global database never
    // replaces the primary; force_destroy is required with it and only detaches members on destroy.
    const global = new RdsGlobalCluster(this.scope, 'global-cluster', {
      globalClusterIdentifier: globalId,
      sourceDbClusterIdentifier: db.cluster!.arn,
      forceDestroy: true,
      deletionProtection: db.deletionProtection,
      dependsOn: [db.cluster!],
      lifecycle: { ignoreChanges: ['source_db_cluster_identifier'] },
    });
    const params = db.parameterGroup ? clusterParameterGroup(this.scope, { ...db.parameterGroup, identifier: this.identifier, provider }, 'secondary-cluster-params') : undefined;
    (this as { secondaryClusterParameterGroup?: RdsClusterParameterGroup }).secondaryClusterParameterGroup = params;
    const secondary = new RdsCluster(this.scope, 'secondary-cluster', {
      ...this.common(),
      dbClusterParameterGroupName: params?.name,
      engine: db.engine,
      engineVersion: db.engineVersion,
      clusterIdentifier: this.identifier,
      globalClusterIdentifier: global.id,
      backupRetentionPeriod: db.retentionDays,
      preferredBackupWindow: db.backupWindow,
      preferredMaintenanceWindow: db.maintenanceWindow,
      deleteAutomatedBackups: false,
      // The secondary replicates from the global cluster; after a switchover AWS rewrites these.
      lifecycle: { ignoreChanges: ['replication_source_identifier', 'final_snapshot_identifier'] },
      // A secondary can join only once the primary has a writer: wait for the primary's instances too, as the
      // provider's own aws_rds_global_cluster example does (depends_on = [aws_rds_cluster_instance.primary]).
      dependsOn: [global, ...db.clusterInstances],
    });
    Object.assign(this, { globalCluster: global, secondaryCluster: secondary });
    if (this.headless) return;
    const zones = this.r.network.zones;
    for (let i = 0; i < (this.r.readers ?? 2); i++) {
      const identifier = `${this.identifier}-${i}`;
      if (identifier.length > RDS_MAX_IDENTIFIER_LENGTH) {
        throw new InvalidPropError(this.scope, 'recoveryRegion.identifier', this.identifier, `must leave room for the reader ids <identifier>-${i} within ${RDS_MAX_IDENTIFIER_LENGTH} characters`);
      }
      db.claim('RDS DB identifier', identifier, provider);
      this.secondaryInstances.push(
        new RdsClusterInstance(this.scope, `secondary-instance-${i}`, {
          provider,
          identifier,
          clusterIdentifier: secondary.id,
          engine: db.engine,
          engineVersion: db.engineVersion,
          instanceClass: db.instanceClass,
          availabilityZone: zones && !isUnresolved(zones) && zones.length ? zones[i % zones.length] : undefined,
          promotionTier: Math.min(i, 15),
          publiclyAccessible: false,
          autoMinorVersionUpgrade: true,
          dbSubnetGroupName: this.subnetGroup.name,
          copyTagsToSnapshot: true,
          preferredMaintenanceWindow: db.maintenanceWindow,
          ...this.monitoring(),
        }),
      );
    }
  }

  private createReplica(): DbInstance {
    const db = this.db;
    // A cross-Region replica gets the engine's default group unless it names one (RDS API, CreateDBInstanceReadReplica
    // DBParameterGroupName); the provider sets a named group right after creating the replica, with a reboot
    // (terraform-provider-aws internal/service/rds/instance.go: parameter_group_name on a replica -> ModifyDBInstance).
    const params = db.parameterGroup ? instanceParameterGroup(this.scope, { ...db.parameterGroup, identifier: this.identifier, provider: this.r.provider }, 'replica-params') : undefined;
    (this as { replicaParameterGroup?: DbParameterGroup }).replicaParameterGroup = params;
    return new DbInstance(this.scope, 'replica', {
      ...this.common(),
      parameterGroupName: params?.name,
      identifier: this.identifier,
      // A cross-region replica names its source by ARN.
      replicateSourceDb: db.instance!.arn,
      instanceClass: db.instanceClass,
      multiAz: true,
      storageType: 'gp3',
      backupRetentionPeriod: db.retentionDays,
      backupWindow: db.backupWindow,
      maintenanceWindow: db.maintenanceWindow,
      deleteAutomatedBackups: false,
      publiclyAccessible: false,
      autoMinorVersionUpgrade: true,
      lifecycle: db.skipFinalSnapshot ? undefined : { ignoreChanges: ['final_snapshot_identifier'] },
      ...this.monitoring(),
    });
  }

  /** The copy's alarms, through the database's one alarm seam: in the recovery Region, notifying its routing. */
  private createAlarms(): Record<string, CloudwatchMetricAlarm> {
    const definitions = copyAlarmDefinitions({ aurora: this.db.aurora, identifier: this.identifier, region: this.region, primaryIdentifier: this.db.identifier });
    return this.db.addAlarms(definitions, {
      routing: this.r.alarmRouting,
      routingProp: 'recoveryRegion.alarmRouting',
      overrides: this.r.alarms as Record<string, ResourceAlarmOverride | undefined>,
      overridesProp: 'recoveryRegion.alarms',
      instance: 'recovery',
      provider: this.r.provider,
    });
  }

  private outputs(): void {
    const db = this.db;
    const recovery = this.region ?? '<recovery region>';
    const primary = this.primaryRegion ?? '<primary region>';
    if (db.aurora) {
      const g = this.globalIdentifier!;
      const addInstance = this.headless
        ? `First give the headless secondary an instance: aws rds create-db-instance --region ${recovery} --db-cluster-identifier ${this.identifier} --db-instance-identifier ${this.identifier}-0 --engine ${db.engine} --db-instance-class ${db.instanceClass}; wait until it is available. `
        : '';
      new TerraformOutput(this.scope, 'switchover-steps', {
        description: `Planned switchover of the global database ${db.identifier} to ${recovery} (no data loss)`,
        value: literal(`${addInstance}aws rds switchover-global-cluster --region ${recovery} --global-cluster-identifier ${g} --target-db-cluster-identifier `).concat(this.secondaryCluster!.arn),
      });
      new TerraformOutput(this.scope, 'failover-steps', {
        description: `Unplanned failover of the global database ${db.identifier} to ${recovery} when ${primary} is down (loses the replication lag, about a second)`,
        value: literal(
          `${addInstance}aws rds failover-global-cluster --region ${recovery} --global-cluster-identifier ${g} --allow-data-loss --target-db-cluster-identifier `,
        ).concat(this.secondaryCluster!.arn),
      });
      return;
    }
    new TerraformOutput(this.scope, 'failover-steps', {
      description: `Failover of database ${db.identifier} to its replica in ${recovery} (loses the replication lag)`,
      value: literal(
        `aws rds promote-read-replica --region ${recovery} --db-instance-identifier ${this.identifier}; then point clients at the replica's endpoint. ` +
          `Fail back: create a replica of it in ${primary} (aws rds create-db-instance-read-replica), promote that one, and make it the source again.`,
      ),
    });
  }
}
