import { RETENTION } from '../../../core/contract';
import { AwsArgument, PropSpecs, spec } from '../../../core/prop-spec';
import { ALARM_ROUTING, alarmOverrides, awsProviderSpec, reliableProps } from '../../common/prop-specs';
import { ObjectSpec } from '../../../core/prop-spec';
import { networkSpec, ZONE_NAME } from '../../network/network-spec';
import type { ReaderAutoscaling } from '../aurora-topology';
import type { DatabaseRecoveryRegion } from '../cross-region';
import { COPY_ALARM_KEYS, DATABASE_ALARM_KEYS } from '../database-alarms';
import { BACKUP_WINDOW_PATTERN, DATABASE_ENGINES, ENGINE_FACTS, MAINTENANCE_WINDOW_PATTERN, MONITORING_INTERVALS } from '../engines';
import { RDS_IDENTIFIER, RDS_IDENTIFIER_RULE } from '../rds-identifiers';
import type { ResilientDatabaseProps } from '../resilient-database';

/** RDS's largest gp3 volume, GiB (RDS User Guide, "Amazon RDS DB instance storage": 64 TiB). */
export const MAX_STORAGE_GIB = 65536;
/** RDS's smallest gp3 volume, GiB (RDS User Guide, "gp3 storage": 20 GiB for PostgreSQL and MySQL). */
export const MIN_STORAGE_GIB = 20;
/** Aurora replicas of a cluster: at most 15 (Aurora User Guide, "Aurora Replicas"). */
export const MAX_AURORA_READERS = 15;

/** Where a value lands: in the instance (RDS engines), the cluster and its instances (Aurora engines). */
function lands(instance: string | undefined, cluster: string | undefined, clusterInstance?: string): AwsArgument[] {
  return [
    ...(instance ? [{ resource: 'aws_db_instance', argument: instance }] : []),
    ...(cluster ? [{ resource: 'aws_rds_cluster', argument: cluster }] : []),
    ...(clusterInstance ? [{ resource: 'aws_rds_cluster_instance', argument: clusterInstance }] : []),
  ];
}

/**
 * The network of the database or its copy: isolated subnets in two zones at least, and the zone names the writer and
 * readers are placed in (a whole-list reference cannot be read at synth; its names may be references).
 */
function databaseNetwork(): ObjectSpec {
  // The database reads no zone count: it holds the zone names to it, so a reference would be read by nothing.
  const base = networkSpec({ subnets: { isolatedSubnetIds: 2 }, zones: true, zoneCountKnownBecause: 'the zone names are checked against it' });
  const zones = { ...base.fields.zones, tokens: { refuse: 'each instance is placed in one of its zones at synth (each zone name may be a reference)' } } as const;
  return { ...base, fields: { ...base.fields, zones } };
}

const SECURITY_GROUP_ID = spec.name({ pattern: /^sg-([0-9a-f]{8}|[0-9a-f]{17})$/, what: 'a security group id such as sg-0123456789abcdef0 ("sg-" and 8 or 17 lower-case hexadecimal digits)' });
const CLIENT_GROUPS = spec.list(SECURITY_GROUP_ID, { unique: true, tokens: { refuse: 'each client group gets an ingress rule of its own (each id may be a reference)' } });
const KMS_KEY = spec.arn('kms', { aws: lands('kms_key_id', 'kms_key_id') });
const READERS = spec.integer({ min: 1, max: MAX_AURORA_READERS, tokens: { refuse: 'it decides how many instances exist' } });
const ALL_LOG_EXPORTS = [...new Set(Object.values(ENGINE_FACTS).flatMap((f) => f.allowedLogExports))];

/** Reader autoscaling of an Aurora cluster; the construct relates minReaders, maxReaders and readers. */
export const READER_AUTOSCALING = spec.object<ReaderAutoscaling>(
  {
    minReaders: spec.integer({ min: 1, max: MAX_AURORA_READERS, aws: { resource: 'aws_appautoscaling_target', argument: 'min_capacity' } }),
    maxReaders: spec.integer({ required: `the most Aurora replicas, at most ${MAX_AURORA_READERS}`, min: 1, max: MAX_AURORA_READERS, aws: { resource: 'aws_appautoscaling_target', argument: 'max_capacity' } }),
    cpuTargetPercent: spec.number({ greaterThan: 0, max: 100, what: 'a percentage greater than 0 and at most 100' }),
  },
  { example: { maxReaders: 3 } },
);

/** The copy in a recovery Region; the construct relates it to the engine (headless and readers are Aurora's). */
export const RECOVERY_REGION = spec.object<DatabaseRecoveryRegion>(
  {
    provider: awsProviderSpec({ required: 'a provider alias for the recovery region', what: 'an alias for the recovery region' }),
    network: databaseNetwork(),
    standby: spec.oneOf(['readers', 'headless'], { tokens: { refuse: 'it decides whether instances exist' } }),
    readers: READERS,
    identifier: spec.name({ pattern: RDS_IDENTIFIER, what: RDS_IDENTIFIER_RULE, aws: lands('identifier', 'cluster_identifier', undefined) }),
    // aws_rds_global_cluster global_cluster_identifier: the provider's validIdentifier (in the tables) refuses upper
    // case, which the RDS API's pattern allows (RDS stores identifiers lower-cased): the DB identifier's rule.
    globalIdentifier: spec.name({ pattern: RDS_IDENTIFIER, what: RDS_IDENTIFIER_RULE, aws: { resource: 'aws_rds_global_cluster', argument: 'global_cluster_identifier' } }),
    kmsKeyArn: KMS_KEY,
    clientSecurityGroupIds: CLIENT_GROUPS,
    alarmRouting: ALARM_ROUTING,
    alarms: alarmOverrides(COPY_ALARM_KEYS),
  },
  { tokens: { refuse: 'it decides whether a copy exists and what it is made of' } },
);

/**
 * What every prop of a ResilientDatabase accepts. The construct relates them: the engine decides the version's form,
 * the log types, which props apply (Aurora's readers and zones, an instance's storage); the windows must not overlap;
 * the identifier leaves room for the instance ids; parameters and their family come together.
 */
export const RESILIENT_DATABASE_PROPS: PropSpecs<ResilientDatabaseProps> = {
  // The engine first: it decides what the others may be.
  engine: spec.oneOf(DATABASE_ENGINES, { required: `one of ${DATABASE_ENGINES.join(', ')}`, tokens: { refuse: 'it decides between an instance and a cluster' } }),
  network: databaseNetwork(),
  // The engine decides the form (16.4, 8.0.39, 8.0.mysql_aurora.3.05.2): checked by the construct, which names it.
  engineVersion: spec.name({ aws: lands('engine_version', 'engine_version', 'engine_version') }),
  // RDS API, DBInstanceClass: db.<family>.<size> (RDS User Guide, "DB instance classes").
  instanceClass: spec.name({ pattern: /^db\.[a-z0-9-]+\.[a-z0-9]+$/, what: 'an RDS instance class such as db.r6g.large', aws: lands('instance_class', undefined, 'instance_class') }),
  identifier: spec.name({ pattern: RDS_IDENTIFIER, what: RDS_IDENTIFIER_RULE, tokens: { refuse: 'instance identifiers and resource names are derived from it' }, aws: lands('identifier', 'cluster_identifier') }),
  // RDS API, CreateDBInstance DBName: a letter, then letters, digits or underscores (63 for PostgreSQL, 64 for MySQL).
  databaseName: spec.name({ pattern: /^[A-Za-z][A-Za-z0-9_]{0,62}$/, what: 'a letter, then up to 62 letters, digits or underscores', aws: lands('db_name', 'database_name') }),
  // RDS API, MasterUsername: a letter, then letters, digits or underscores, 1 to 16 characters (MySQL's limit, the lower).
  masterUsername: spec.name({ pattern: /^[A-Za-z][A-Za-z0-9_]{0,15}$/, what: 'a letter, then up to 15 letters, digits or underscores', aws: lands('username', 'master_username') }),
  // RDS API, Port: 1150 to 65535 for PostgreSQL and MySQL (RDS User Guide, "Working with a DB instance in a VPC").
  port: spec.integer({ min: 1150, max: 65535, aws: lands('port', 'port') }),
  clientSecurityGroupIds: CLIENT_GROUPS,
  allocatedStorageGiB: spec.integer({ min: MIN_STORAGE_GIB, max: MAX_STORAGE_GIB, aws: lands('allocated_storage', undefined) }),
  maxAllocatedStorageGiB: spec.integer({ min: MIN_STORAGE_GIB, max: MAX_STORAGE_GIB, aws: lands('max_allocated_storage', undefined) }),
  readers: READERS,
  writerZone: spec.name({ pattern: ZONE_NAME, what: 'an Availability Zone name such as eu-west-1a', aws: { resource: 'aws_rds_cluster_instance', argument: 'availability_zone' } }),
  readerZones: spec.list(spec.name({ pattern: ZONE_NAME, what: 'an Availability Zone name such as eu-west-1a', aws: { resource: 'aws_rds_cluster_instance', argument: 'availability_zone' } }), {
    maxItems: MAX_AURORA_READERS,
    tokens: { refuse: 'each reader is an instance of its own (each zone may be a reference)' },
  }),
  readerAutoscaling: READER_AUTOSCALING,
  // The library's floor (7) to RDS's most (35): RDS API, BackupRetentionPeriod; aws_rds_cluster IntAtMost(35) in the tables.
  backupRetentionDays: spec.integer({ min: RETENTION.minBackupDays, max: RETENTION.maxContinuousBackupDays, aws: lands('backup_retention_period', 'backup_retention_period') }),
  // The construct checks the length (30 minutes) and that it does not overlap the maintenance window.
  backupWindow: spec.name({ pattern: BACKUP_WINDOW_PATTERN, what: 'a UTC window hh:mm-hh:mm such as 02:00-03:00', aws: lands('backup_window', 'preferred_backup_window') }),
  maintenanceWindow: spec.name({
    pattern: MAINTENANCE_WINDOW_PATTERN,
    what: 'a UTC window ddd:hh:mm-ddd:hh:mm such as sun:03:30-sun:04:30',
    aws: lands('maintenance_window', 'preferred_maintenance_window', 'preferred_maintenance_window'),
  }),
  deletionProtection: spec.boolean({ aws: lands('deletion_protection', 'deletion_protection') }),
  skipFinalSnapshot: spec.boolean({ tokens: { refuse: 'it decides whether a final snapshot is named' }, aws: lands('skip_final_snapshot', 'skip_final_snapshot') }),
  kmsKeyArn: KMS_KEY,
  // 7, whole months or 731: the construct checks the months (RDS API, PerformanceInsightsRetentionPeriod).
  performanceInsightsRetentionDays: spec.integer({ min: 7, max: 731, aws: lands('performance_insights_retention_period', 'performance_insights_retention_period', 'performance_insights_retention_period') }),
  monitoringIntervalSeconds: spec.oneOf(MONITORING_INTERVALS, { tokens: { refuse: 'it decides whether the enhanced-monitoring role exists' }, aws: lands('monitoring_interval', 'monitoring_interval', 'monitoring_interval') }),
  // The engine decides which: checked by the construct.
  cloudwatchLogsExports: spec.list(spec.oneOf(ALL_LOG_EXPORTS), { unique: true, aws: lands('enabled_cloudwatch_logs_exports', 'enabled_cloudwatch_logs_exports') }),
  parameters: spec.map(spec.text(), {
    tokens: { refuse: 'each parameter is a parameter block of its own (each value may be a reference)' },
    keys: spec.name({ pattern: /^[A-Za-z0-9_.:-]{1,255}$/, what: 'a parameter name: letters, digits, "_", ".", ":" and "-"' }),
  }),
  parameterGroupFamily: spec.name({ pattern: /^[a-z][a-z0-9.-]+$/, what: 'a parameter group family such as postgres16', aws: [{ resource: 'aws_db_parameter_group', argument: 'family' }, { resource: 'aws_rds_cluster_parameter_group', argument: 'family' }] }),
  requireTls: spec.boolean({ tokens: { refuse: 'it decides whether the parameter group exists and what it holds' } }),
  recoveryRegion: RECOVERY_REGION,
  ...reliableProps(DATABASE_ALARM_KEYS),
};
