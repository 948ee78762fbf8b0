import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { RdsClusterParameterGroup } from '@cdktf/provider-aws/lib/rds-cluster-parameter-group';
import { Construct } from 'constructs';
import { recordOptOut } from '../../../core/suppressions';
import { readerAutoscaling, ReaderAutoscaling } from '../aurora-topology';
import { DatabaseEngine } from '../engines';
import { GeneratedMasterPassword, MASTER_PASSWORD_VERSION } from '../master-password';
import { clusterParameterGroup, instanceParameterGroup } from '../parameter-groups';
import { DatabaseSettings } from './database-settings';

/** What the instance or the cluster is made of: the settings, the resources made before it, and the props it reads. */
export interface PrimaryParts {
  readonly settings: DatabaseSettings;
  readonly engine: DatabaseEngine;
  readonly engineVersion?: string;
  readonly identifier: string;
  readonly port: number;
  readonly databaseName?: string;
  readonly kmsKeyArn: string;
  readonly securityGroupId: string;
  readonly subnetGroupName: string;
  readonly monitoringRoleArn?: string;
  /** With `recoveryRegion`: the password the library generates (RDS cannot manage it there). */
  readonly masterPassword?: GeneratedMasterPassword;
  readonly readerAutoscaling?: ReaderAutoscaling;
  /** A global database is made from the cluster. */
  readonly globalMember: boolean;
  /** Claims an instance identifier in the database's Region (RDS compares case-insensitively). */
  readonly claimInstance: (identifier: string) => void;
}

/** An Aurora cluster and what comes with it. */
export interface CreatedCluster {
  readonly cluster: RdsCluster;
  readonly clusterInstances: RdsClusterInstance[];
  readonly clusterParameterGroup?: RdsClusterParameterGroup;
  readonly readerScalingTarget?: AppautoscalingTarget;
  readonly readerScalingPolicy?: AppautoscalingPolicy;
}

/** What the instance, the cluster and the cluster instances share: monitoring and Performance Insights. */
function monitoring(p: PrimaryParts) {
  return {
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: p.kmsKeyArn,
    performanceInsightsRetentionPeriod: p.settings.piRetention,
    ...(p.monitoringRoleArn ? { monitoringInterval: p.settings.monitoringInterval, monitoringRoleArn: p.monitoringRoleArn } : { monitoringInterval: 0 }),
  };
}

/** What the instance and the cluster share: engine, encryption, network, protection, final snapshot. */
function common(p: PrimaryParts) {
  const s = p.settings;
  return {
    engine: p.engine,
    engineVersion: p.engineVersion,
    storageEncrypted: true,
    kmsKeyId: p.kmsKeyArn,
    ...(p.masterPassword ? {} : { manageMasterUserPassword: true, masterUserSecretKmsKeyId: p.kmsKeyArn }),
    vpcSecurityGroupIds: [p.securityGroupId],
    dbSubnetGroupName: p.subnetGroupName,
    port: p.port,
    deletionProtection: s.deletionProtection,
    copyTagsToSnapshot: true,
    enabledCloudwatchLogsExports: s.logExports,
    skipFinalSnapshot: s.skipFinalSnapshot,
    // Unique per incarnation: the creation time, fixed by ignore_changes (see the skipFinalSnapshot TSDoc).
    finalSnapshotIdentifier: s.skipFinalSnapshot ? undefined : `${p.identifier}-final-\${formatdate("YYYYMMDDhhmmss", timestamp())}`,
    lifecycle: s.skipFinalSnapshot ? undefined : { ignoreChanges: ['final_snapshot_identifier'] },
  };
}

function parameterGroupOptions(p: PrimaryParts) {
  const plan = p.settings.parameterGroup;
  return plan ? { identifier: p.identifier, family: plan.family, parameters: plan.parameters } : undefined;
}

/** The Aurora cluster (logical id `cluster`), its writer and readers (`instance-<n>`), parameter group and reader autoscaling. */
export function createAuroraCluster(scope: Construct, p: PrimaryParts): CreatedCluster {
  const s = p.settings;
  const params = parameterGroupOptions(p);
  const parameterGroup = params ? clusterParameterGroup(scope, params) : undefined;
  // Logical ids 'cluster' and 'instance-N' are part of the public contract: never rename them.
  // A global database is made from this cluster (source_db_cluster_identifier); AWS then sets the cluster's
  // global_cluster_identifier, which Terraform must not try to undo.
  const shared = common(p);
  const lifecycle = p.globalMember ? { ...shared.lifecycle, ignoreChanges: [...(shared.lifecycle?.ignoreChanges ?? []), 'global_cluster_identifier'] } : shared.lifecycle;
  const cluster = new RdsCluster(scope, 'cluster', {
    ...shared,
    lifecycle,
    clusterIdentifier: p.identifier,
    databaseName: p.databaseName,
    masterUsername: s.masterUsername,
    ...(p.masterPassword ? { masterPasswordWo: p.masterPassword.passwordExpression, masterPasswordWoVersion: MASTER_PASSWORD_VERSION } : {}),
    backupRetentionPeriod: s.retention,
    preferredBackupWindow: s.backupWindow,
    preferredMaintenanceWindow: s.maintenanceWindow,
    dbClusterParameterGroupName: parameterGroup?.name,
    deleteAutomatedBackups: false,
  });
  const clusterInstances = [s.zones.writerZone, ...s.zones.readerZones].map((zone, i) => {
    const identifier = `${p.identifier}-${i}`;
    p.claimInstance(identifier);
    return new RdsClusterInstance(scope, `instance-${i}`, {
      identifier,
      clusterIdentifier: cluster.id,
      engine: p.engine,
      engineVersion: p.engineVersion,
      instanceClass: s.instanceClass,
      availabilityZone: zone,
      // Tier 0 for the initial writer, then 1, 2, ...: Aurora promotes the lowest tier first.
      promotionTier: Math.min(i, 15),
      publiclyAccessible: false,
      autoMinorVersionUpgrade: true,
      dbSubnetGroupName: p.subnetGroupName,
      copyTagsToSnapshot: true,
      preferredMaintenanceWindow: s.maintenanceWindow,
      ...monitoring(p),
    });
  });
  const [readerScalingTarget, readerScalingPolicy] = p.readerAutoscaling ? readerAutoscaling(scope, cluster, clusterInstances, p.readerAutoscaling, s.readers) : [];
  return { cluster, clusterInstances, clusterParameterGroup: parameterGroup, readerScalingTarget, readerScalingPolicy };
}

/** The Multi-AZ DB instance (logical id `instance`) and its parameter group. */
export function createMultiAzInstance(scope: Construct, p: PrimaryParts): { readonly instance: DbInstance; readonly parameterGroup?: DbParameterGroup } {
  const s = p.settings;
  const params = parameterGroupOptions(p);
  const parameterGroup = params ? instanceParameterGroup(scope, params) : undefined;
  // Logical id 'instance' is part of the public contract: never rename it.
  const instance = new DbInstance(scope, 'instance', {
    ...common(p),
    identifier: p.identifier,
    instanceClass: s.instanceClass,
    multiAz: true,
    allocatedStorage: s.allocatedStorageGiB,
    maxAllocatedStorage: s.maxAllocatedStorageGiB,
    storageType: 'gp3',
    dbName: p.databaseName,
    username: s.masterUsername,
    ...(p.masterPassword ? { passwordWo: p.masterPassword.passwordExpression, passwordWoVersion: MASTER_PASSWORD_VERSION } : {}),
    backupRetentionPeriod: s.retention,
    backupWindow: s.backupWindow,
    maintenanceWindow: s.maintenanceWindow,
    deleteAutomatedBackups: false,
    publiclyAccessible: false,
    autoMinorVersionUpgrade: true,
    parameterGroupName: parameterGroup?.name,
    ...monitoring(p),
  });
  return { instance, parameterGroup };
}

/** Explicit opt-outs: the rule pack reports them as info (with the reason) instead of failing synth. */
export function recordDatabaseOptOuts(stateful: RdsCluster | DbInstance, settings: DatabaseSettings): void {
  const aurora = stateful instanceof RdsCluster;
  const { deletionProtection, skipFinalSnapshot, requireTls } = settings;
  if (!deletionProtection) recordOptOut(stateful, aurora ? 'REL-AUR-2' : 'REL-RDS-3', 'deletionProtection', deletionProtection, 'a destroy or an accidental replacement deletes the database');
  if (skipFinalSnapshot) recordOptOut(stateful, aurora ? 'REL-AUR-3' : 'REL-RDS-5', 'skipFinalSnapshot', skipFinalSnapshot, 'destroying the database keeps no final snapshot');
  if (!requireTls) recordOptOut(stateful, aurora ? 'REL-AUR-4' : 'REL-RDS-7', 'requireTls', requireTls, 'clients may connect without TLS');
}
