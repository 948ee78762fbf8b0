import { checkStack } from '../../../src/checks';
import { TerraformOutput, TerraformStack, TerraformVariable, Token } from 'cdktf';
import { InvalidPropError } from '../../../src/core/errors';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { ResilientDatabase, ResilientDatabaseProps } from '../../../src/aws/database/resilient-database';
import { performanceInsightsRetentionProblem } from '../../../src/aws/database/engines';
import { alarmsByKey, annotations, expectInvalidProp, ownResources, plainNetwork, resourcesOf, schemaErrors, synth, synthJson, testStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

const CLIENT_SG = 'sg-0123456789abcdef0';
const ZONES = ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'];
const VERSIONS = { postgres: '16.4', mysql: '8.0.39', 'aurora-postgresql': '16.4', 'aurora-mysql': '8.0.mysql_aurora.3.05.2' } as const;

function build(props: Partial<ResilientDatabaseProps> & Pick<ResilientDatabaseProps, 'engine'>, zones: string[] | null = ZONES) {
  const { stack } = testStack();
  const network = new MultiAzNetwork(stack, 'net', { zones: zones ?? undefined, alarms: { natPortAllocationErrors: { enabled: false } } });
  // Every engine with a version unless a test leaves it out on purpose: the TLS-forcing parameter group's family follows it.
  const version = 'engineVersion' in props ? {} : { engineVersion: VERSIONS[props.engine] };
  const db = new ResilientDatabase(stack, 'orders-db', { network, clientSecurityGroupIds: [CLIENT_SG], alarmRouting: new FakeRouting(), ...version, ...props });
  return { stack, db, network, json: synthJson(stack) };
}

describe('ResilientDatabase: Multi-AZ RDS PostgreSQL', () => {
  const { stack, db, json } = build({ engine: 'postgres', engineVersion: '16.4', databaseName: 'orders', tags: { data: 'orders' } });
  const inst = resourcesOf(json, 'aws_db_instance');

  test('stable logical id; Multi-AZ, private, encrypted with the key created here', () => {
    expect(Object.keys(inst)).toEqual([expect.stringMatching(/^orders-db_instance_[0-9A-F]{8}$/)]);
    const i = Object.values(inst)[0] as any;
    expect(i).toMatchObject({
      identifier: 'test-orders-db',
      engine: 'postgres',
      multi_az: true,
      publicly_accessible: false,
      storage_encrypted: true,
      storage_type: 'gp3',
      allocated_storage: 100,
      max_allocated_storage: 200,
      auto_minor_version_upgrade: true,
      copy_tags_to_snapshot: true,
      port: 5432,
      db_name: 'orders',
    });
    expect(i.kms_key_id).toMatch(/^\$\{aws_kms_key\..*\.arn\}$/);
    expect(values(json, 'aws_kms_key')[0]).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
    expect(db.instance).toBeInstanceOf(DbInstance);
    expect(db.cluster).toBeUndefined();
  });

  test('backups 14 days with windows, deletion protection, unique final snapshot kept by ignore_changes', () => {
    const i = Object.values(inst)[0] as any;
    expect(i).toMatchObject({
      backup_retention_period: 14,
      backup_window: '02:00-03:00',
      maintenance_window: 'sun:03:30-sun:04:30',
      deletion_protection: true,
      skip_final_snapshot: false,
      delete_automated_backups: false,
    });
    expect(i.final_snapshot_identifier).toBe('test-orders-db-final-${formatdate("YYYYMMDDhhmmss", timestamp())}');
    expect(i.lifecycle.ignore_changes).toEqual(['final_snapshot_identifier']);
  });

  test('master password in Secrets Manager; Performance Insights and enhanced monitoring with its role; log exports', () => {
    const i = Object.values(inst)[0] as any;
    expect(i.manage_master_user_password).toBe(true);
    expect(i.password).toBeUndefined();
    expect(i).toMatchObject({ performance_insights_enabled: true, performance_insights_retention_period: 7, monitoring_interval: 60 });
    expect(i.monitoring_role_arn).toMatch(/^\$\{aws_iam_role\..*\.arn\}$/);
    const role = ownResources(json, 'aws_iam_role', 'orders-db_')[0];
    const trust = JSON.parse(role.assume_role_policy).Statement[0];
    expect(trust.Principal.Service).toBe('monitoring.rds.amazonaws.com');
    expect(trust.Condition.StringEquals['aws:SourceAccount']).toMatch(/^\$\{data\.aws_caller_identity\..*\.account_id\}$/);
    expect(values(json, 'aws_iam_role_policy_attachment')[0].policy_arn).toMatch(/:iam::aws:policy\/service-role\/AmazonRDSEnhancedMonitoringRole$/);
    expect(i.enabled_cloudwatch_logs_exports).toEqual(['postgresql', 'upgrade']);
  });

  test('isolated subnets; only the client security group on the engine port', () => {
    const sn = values(json, 'aws_db_subnet_group')[0];
    expect(sn.subnet_ids).toHaveLength(3);
    expect(sn.subnet_ids.every((s: string) => /aws_subnet\.net_isolated-\d/.test(s))).toBe(true);
    const ingress = values(json, 'aws_vpc_security_group_ingress_rule');
    expect(ingress).toEqual([expect.objectContaining({ referenced_security_group_id: CLIENT_SG, from_port: 5432, to_port: 5432, ip_protocol: 'tcp' })]);
    expect(values(json, 'aws_security_group')[0].ingress).toBeUndefined();
  });

  test('alarms: CPU, free storage (page), memory; connections only with a threshold; no Aurora alarms', () => {
    const a = alarmsByKey(json, 'test-orders-db-');
    expect(Object.keys(a).sort()).toEqual(['cpu', 'freeStorage', 'freeableMemory']);
    expect(a.freeStorage).toMatchObject({ metric_name: 'FreeStorageSpace', comparison_operator: 'LessThanThreshold', threshold: 5 * 1024 ** 3 });
    expect(a.freeStorage.alarm_actions[0]).toMatch(/alarms-page$/);
    expect(a.cpu.alarm_actions[0]).toMatch(/alarms-ticket$/);
    expect(a.cpu.dimensions).toEqual({ DBInstanceIdentifier: expect.stringMatching(/aws_db_instance\..*\.identifier/) });
    expect(a.freeableMemory.threshold).toBe(256 * 1024 ** 2);
  });

  test('tags everywhere; no warnings; schema; snapshot', () => {
    expect((Object.values(inst)[0] as any).tags).toMatchObject({ data: 'orders', ManagedBy: 'cdktf-reliability' });
    expect(annotations(db)).toEqual([]);
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });
});

describe('ResilientDatabase: Aurora PostgreSQL', () => {
  const { stack, db, json } = build({ engine: 'aurora-postgresql', readers: 2, readerAutoscaling: { maxReaders: 5 }, alarms: { connections: { threshold: 400 } } });

  test('cluster with stable logical ids; writer in the first zone, readers in the others, promotion tiers', () => {
    expect(db.cluster).toBeInstanceOf(RdsCluster);
    expect(Object.keys(resourcesOf(json, 'aws_rds_cluster'))).toEqual([expect.stringMatching(/^orders-db_cluster_[0-9A-F]{8}$/)]);
    const instances = resourcesOf(json, 'aws_rds_cluster_instance');
    expect(Object.keys(instances).map((k) => k.replace(/_[0-9A-F]{8}$/, ''))).toEqual(['orders-db_instance-0', 'orders-db_instance-1', 'orders-db_instance-2']);
    expect(Object.values(instances).map((i: any) => [i.availability_zone, i.promotion_tier])).toEqual([
      ['eu-west-1a', 0],
      ['eu-west-1b', 1],
      ['eu-west-1c', 2],
    ]);
    for (const i of Object.values(instances) as any[]) {
      expect(i).toMatchObject({ publicly_accessible: false, performance_insights_enabled: true, monitoring_interval: 60, auto_minor_version_upgrade: true });
    }
  });

  test('cluster: encrypted, managed password, backups, final snapshot, logs, deletion protection', () => {
    const c = values(json, 'aws_rds_cluster')[0];
    expect(c).toMatchObject({
      engine: 'aurora-postgresql',
      storage_encrypted: true,
      manage_master_user_password: true,
      backup_retention_period: 14,
      preferred_backup_window: '02:00-03:00',
      deletion_protection: true,
      skip_final_snapshot: false,
      copy_tags_to_snapshot: true,
      enabled_cloudwatch_logs_exports: ['postgresql'],
      port: 5432,
    });
    expect(c.final_snapshot_identifier).toContain('-final-${formatdate(');
    expect(c.lifecycle.ignore_changes).toEqual(['final_snapshot_identifier']);
  });

  test('reader autoscaling on ReadReplicaCount from the readers count', () => {
    const t = values(json, 'aws_appautoscaling_target')[0];
    expect(t).toMatchObject({ service_namespace: 'rds', scalable_dimension: 'rds:cluster:ReadReplicaCount', min_capacity: 2, max_capacity: 5 });
    expect(t.resource_id).toMatch(/^cluster:\$\{aws_rds_cluster\..*\.cluster_identifier\}$/);
    const p = values(json, 'aws_appautoscaling_policy')[0];
    expect(p.target_tracking_scaling_policy_configuration).toMatchObject({ target_value: 60, predefined_metric_specification: { predefined_metric_type: 'RDSReaderAverageCPUUtilization' } });
  });

  test('alarms: CPU, memory, connections (threshold given), replica lag, deadlocks; no free storage', () => {
    const a = alarmsByKey(json, 'test-orders-db-');
    expect(Object.keys(a).sort()).toEqual(['connections', 'cpu', 'deadlocks', 'freeableMemory', 'replicaLag']);
    expect(a.connections.threshold).toBe(400);
    expect(a.replicaLag).toMatchObject({ metric_name: 'AuroraReplicaLagMaximum', threshold: 1000 });
    expect(a.deadlocks).toMatchObject({ metric_name: 'Deadlocks', threshold: 0.1 });
    expect(a.cpu.dimensions).toEqual({ DBClusterIdentifier: expect.stringMatching(/aws_rds_cluster\..*\.cluster_identifier/) });
  });

  test('schema; snapshot', () => {
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });
});

describe('ResilientDatabase and the reliability rule pack', () => {
  test.each(['postgres', 'mysql', 'aurora-postgresql', 'aurora-mysql'] as const)('%s defaults: no error; only the AWS Backup selection is left to the backup constructs', (engine) => {
    const findings = checkStack(build({ engine }).json, { name: 'test' }).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.map((f) => f.ruleId)).toEqual(['REL-BAK-4']);
  });
});

describe('ResilientDatabase: other configurations', () => {
  test('Aurora MySQL on zones read from the region; own KMS key; parameters', () => {
    const { stack, json } = build(
      {
        engine: 'aurora-mysql',
        kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/0b7b4f4e-1111-2222-3333-444455556666',
        parameters: { require_secure_transport: 'ON' },
        parameterGroupFamily: 'aurora-mysql8.0',
      },
      null,
    );
    // The only key is the network's, for its flow-log group: the database creates none of its own.
    expect(values(json, 'aws_kms_key').map((k) => k.description)).toEqual(['Encrypts the VPC flow logs in /vpc/flow-logs/test-net']);
    const c = values(json, 'aws_rds_cluster')[0];
    expect(c.kms_key_id).toBe('arn:aws:kms:eu-west-1:111111111111:key/0b7b4f4e-1111-2222-3333-444455556666');
    expect(c.enabled_cloudwatch_logs_exports).toEqual(['error', 'slowquery']);
    expect(c.port).toBe(3306);
    expect(c.db_cluster_parameter_group_name).toMatch(/aws_rds_cluster_parameter_group/);
    const zones = values(json, 'aws_rds_cluster_instance').map((i) => i.availability_zone);
    expect(zones).toEqual([expect.stringMatching(/names\.0\}$/), expect.stringMatching(/names\.1\}$/)]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test.each([
    ['postgres', 'postgres16', 'aws_db_parameter_group', 'aws_db_instance', 'parameter_group_name'],
    ['aurora-postgresql', 'aurora-postgresql16', 'aws_rds_cluster_parameter_group', 'aws_rds_cluster', 'db_cluster_parameter_group_name'],
  ] as const)('%s parameters become a parameter group that replaces the old one before it goes', (engine, family, groupType, dbType, attr) => {
    const { stack, json } = build({ engine, parameters: { log_min_duration_statement: '500' }, parameterGroupFamily: family });
    const [group] = values(json, groupType);
    expect(group).toMatchObject({
      family,
      name_prefix: 'test-orders-db-',
      // The user's parameter as before, then the TLS-forcing one (dynamic: applied immediately).
      parameter: [
        { name: 'log_min_duration_statement', value: '500', apply_method: 'pending-reboot' },
        { name: 'rds.force_ssl', value: '1', apply_method: 'immediate' },
      ],
      lifecycle: { create_before_destroy: true },
    });
    expect(values(json, dbType)[0][attr]).toMatch(new RegExp(`^\\$\\{${groupType}\\.`));
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('MySQL with opt-outs: each is loud', () => {
    const { stack, db, json } = build({ engine: 'mysql', deletionProtection: false, skipFinalSnapshot: true, monitoringIntervalSeconds: 0, backupRetentionDays: 7 });
    const i = values(json, 'aws_db_instance')[0];
    expect(i).toMatchObject({ deletion_protection: false, skip_final_snapshot: true, monitoring_interval: 0, backup_retention_period: 7 });
    expect(i.final_snapshot_identifier).toBeUndefined();
    expect(i.monitoring_role_arn).toBeUndefined();
    expect(ownResources(json, 'aws_iam_role', 'orders-db_')).toEqual([]);
    expect(annotations(db).map((w) => w.split(': ')[1].split(' ')[0])).toEqual(['deletionProtection', 'skipFinalSnapshot', 'monitoringIntervalSeconds']);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('endpoints and the master secret ARN are exposed as references', () => {
    const { stack } = testStack();
    const net = plainNetwork();
    const network = { ...net, zoneCount: 2, publicSubnetIds: net.publicSubnetIds.slice(0, 2), privateSubnetIds: net.privateSubnetIds.slice(0, 2), isolatedSubnetIds: net.isolatedSubnetIds.slice(0, 2), zones: ['eu-west-1a', 'eu-west-1b'] };
    const rds = new ResilientDatabase(stack, 'rds', { network, engine: 'postgres', engineVersion: '16.4' });
    const aurora = new ResilientDatabase(stack, 'aurora', { network, engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2' });
    new TerraformOutput(stack, 'rds-secret', { value: rds.masterUserSecretArn });
    new TerraformOutput(stack, 'rds-endpoint', { value: rds.endpoint });
    new TerraformOutput(stack, 'aurora-secret', { value: aurora.masterUserSecretArn });
    new TerraformOutput(stack, 'aurora-reader', { value: aurora.readerEndpoint });
    const out = synthJson(stack).output!;
    expect(out['rds-secret'].value).toMatch(/^\$\{aws_db_instance\.rds_instance_[0-9A-F]+\.master_user_secret\[0\]\.secret_arn\}$/);
    expect(out['rds-endpoint'].value).toMatch(/^\$\{aws_db_instance\..*\.address\}$/);
    expect(out['aurora-secret'].value).toMatch(/^\$\{aws_rds_cluster\..*\.master_user_secret\[0\]\.secret_arn\}$/);
    expect(out['aurora-reader'].value).toMatch(/^\$\{aws_rds_cluster\..*\.reader_endpoint\}$/);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('Performance Insights retention values RDS accepts', () => {
    for (const ok of [7, 31, 62, 713, 731]) expect(performanceInsightsRetentionProblem(ok)).toBeUndefined();
    for (const bad of [0, 8, 30, 744, 732]) expect(performanceInsightsRetentionProblem(bad)).toBeDefined();
  });
});

describe('ResilientDatabase stable addresses', () => {
  // Renaming these logical ids would make Terraform destroy and recreate the database: a breaking change.
  test('RDS instance and Aurora cluster/instance logical ids are pinned', () => {
    expect(Object.keys(resourcesOf(build({ engine: 'postgres' }).json, 'aws_db_instance'))).toEqual(['orders-db_instance_E0529D63']);
    const aurora = build({ engine: 'aurora-postgresql', readers: 2 }).json;
    expect(Object.keys(resourcesOf(aurora, 'aws_rds_cluster'))).toEqual(['orders-db_cluster_EDBE28F2']);
    expect(Object.keys(resourcesOf(aurora, 'aws_rds_cluster_instance'))).toEqual(['orders-db_instance-0_F35908DF', 'orders-db_instance-1_33B871B0', 'orders-db_instance-2_C68E3698']);
  });
});

describe('ResilientDatabase bad inputs', () => {
  test.each<[string, Partial<ResilientDatabaseProps> & Pick<ResilientDatabaseProps, 'engine'>, string]>([
    ['retention below 7 days', { engine: 'postgres', backupRetentionDays: 3 }, 'test/orders-db: invalid backupRetentionDays 3: must be an integer from 7 to 35'],
    ['client security groups as one reference', { engine: 'postgres', clientSecurityGroupIds: Token.asList({ resolve: () => 'x' }) }, 'must be known at synth, not a Terraform variable or reference: each client group gets an ingress rule of its own'],
    ['a parameter group family without parameters or TLS', { engine: 'postgres', parameterGroupFamily: 'postgres16', requireTls: false }, 'test/orders-db: invalid parameterGroupFamily "postgres16": applies only with parameters or requireTls'],
    [
      'no engine version and no family to force TLS with',
      { engine: 'postgres', engineVersion: undefined },
      'test/orders-db: invalid parameterGroupFamily undefined: is needed for the parameter group (it forces TLS, and holds any parameters) when engineVersion is not given',
    ],
    [
      'a PostgreSQL major before 10 without its minor (the family was postgres9.6)',
      { engine: 'postgres', engineVersion: '9' },
      'test/orders-db: invalid parameterGroupFamily undefined: cannot be derived from engineVersion "9"',
    ],
    // RDS User Guide, "Using SSL with a PostgreSQL DB instance": rds.force_ssl 0 lets clients connect without TLS.
    ['rds.force_ssl 0 while TLS is required', { engine: 'postgres', parameters: { 'rds.force_ssl': '0' } }, 'test/orders-db: invalid parameters.rds.force_ssl "0": must force TLS (1) while requireTls is on'],
    // RDS User Guide, "Requiring SSL/TLS for all connections to a MySQL DB instance": OFF is the default that allows plaintext.
    ['require_secure_transport OFF while TLS is required', { engine: 'aurora-mysql', parameters: { require_secure_transport: 'OFF' } }, 'invalid parameters.require_secure_transport "OFF": must force TLS (1 or ON)'],
    [
      'the forcing parameter as a reference',
      { engine: 'mysql', parameters: { require_secure_transport: Token.asString({ resolve: () => 'x' }) } },
      'must be known at synth: the library checks that it forces TLS',
    ],
    ['retention above 35 days', { engine: 'aurora-mysql', backupRetentionDays: 36 }, 'test/orders-db: invalid backupRetentionDays 36'],
    ['zero Aurora readers', { engine: 'aurora-postgresql', readers: 0 }, 'test/orders-db: invalid readers 0: must be an integer from 1 to 15'],
    [
      'every reader in the writer\u2019s zone',
      { engine: 'aurora-postgresql', readers: 2, writerZone: 'eu-west-1a', readerZones: ['eu-west-1a', 'eu-west-1a'] },
      'test/orders-db: invalid readerZones ["eu-west-1a","eu-west-1a"]: must put at least one reader in a zone other than the writer\'s (eu-west-1a)',
    ],
    ['reader zone outside the network', { engine: 'aurora-postgresql', readerZones: ['us-east-1a'] }, 'test/orders-db: invalid readerZones[0] "us-east-1a": must be one of the network\'s zones'],
    ['reader zones count', { engine: 'aurora-postgresql', readers: 2, readerZones: ['eu-west-1b'] }, 'test/orders-db: invalid readerZones ["eu-west-1b"]: must have exactly 2 item(s) (got 1)'],
    ['readers on an RDS instance', { engine: 'postgres', readers: 2 }, 'test/orders-db: invalid readers 2: applies to Aurora engines only'],
    ['unknown engine', { engine: 'oracle' as any }, 'test/orders-db: invalid engine "oracle": must be one of "postgres", "mysql", "aurora-postgresql", "aurora-mysql"'],
    ['identifier with capitals', { engine: 'postgres', identifier: 'Orders_DB' }, 'test/orders-db: invalid identifier "Orders_DB"'],
    ['backup window nonsense', { engine: 'postgres', backupWindow: 'nightly' }, 'test/orders-db: invalid backupWindow "nightly": must be a UTC window hh:mm-hh:mm'],
    ['backup window too short', { engine: 'postgres', backupWindow: '02:00-02:15' }, 'test/orders-db: invalid backupWindow "02:00-02:15": must be at least 30 minutes long'],
    ['windows overlap', { engine: 'postgres', backupWindow: '03:00-04:00' }, 'test/orders-db: invalid backupWindow "03:00-04:00": must not overlap the maintenance window sun:03:30-sun:04:30'],
    ['PI retention', { engine: 'postgres', performanceInsightsRetentionDays: 30 }, 'test/orders-db: invalid performanceInsightsRetentionDays 30'],
    ['monitoring interval', { engine: 'postgres', monitoringIntervalSeconds: 45 }, 'test/orders-db: invalid monitoringIntervalSeconds 45'],
    ['log export the engine lacks', { engine: 'postgres', cloudwatchLogsExports: ['slowquery'] }, 'test/orders-db: invalid cloudwatchLogsExports[0] "slowquery": must be one of "postgresql"'],
    [
      'parameters without a family or an engine version to derive it from',
      { engine: 'postgres', engineVersion: undefined, requireTls: false, parameters: { log_min_duration_statement: '500' } },
      'test/orders-db: invalid parameterGroupFamily undefined: is needed for the parameter group',
    ],
    ['client that is not a security group', { engine: 'postgres', clientSecurityGroupIds: ['0.0.0.0/0'] }, 'test/orders-db: invalid clientSecurityGroupIds[0] "0.0.0.0/0"'],
    ['Aurora alarm on an instance', { engine: 'postgres', alarms: { replicaLag: { threshold: 5 } } }, 'test/orders-db: invalid alarms.replicaLag "replicaLag": does not apply to postgres'],
    ['storage alarm on Aurora', { engine: 'aurora-mysql', alarms: { freeStorage: {} } }, 'test/orders-db: invalid alarms.freeStorage "freeStorage": does not apply to aurora-mysql'],
    ['max storage below allocated', { engine: 'postgres', allocatedStorageGiB: 100, maxAllocatedStorageGiB: 50 }, 'test/orders-db: invalid maxAllocatedStorageGiB 50'],
    ['reader autoscaling below readers', { engine: 'aurora-postgresql', readers: 3, readerAutoscaling: { maxReaders: 2 } }, 'test/orders-db: invalid readerAutoscaling.maxReaders 2: must be an integer from 3 to 15'],
    ['master user name', { engine: 'postgres', masterUsername: '1admin' }, 'test/orders-db: invalid masterUsername "1admin"'],
    // RDS API Reference, CreateDBInstanceReadReplica KmsKeyId: "KMS keys are specific to the AWS Region that they are created in".
    [
      'a KMS key of another Region',
      { engine: 'postgres', kmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555' },
      'test/orders-db: invalid kmsKeyArn "arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555": must be in eu-west-1, the resource\'s Region (it is in us-east-1)',
    ],
    // The writer and readers are placed in the network's zones at synth: a whole-list reference cannot be read (it was dropped).
    [
      'network zones as one reference',
      { engine: 'postgres', network: { vpcId: 'vpc-0123456789abcdef0', zoneCount: 2, isolatedSubnetIds: ['subnet-0123456789abcdef0', 'subnet-0123456789abcdef1'], zones: Token.asList({ resolve: () => 'x' }) } as any },
      'test/orders-db: invalid network.zones',
    ],
  ])('%s', (_n, props, message) => {
    expect(() => build(props)).toThrow(message);
  });

  test('a network of one zone', () => {
    const { stack } = testStack();
    const net = plainNetwork();
    const network = { ...net, zoneCount: 1, isolatedSubnetIds: net.isolatedSubnetIds.slice(0, 1), zones: undefined };
    expect(() => new ResilientDatabase(stack, 'db', { network, engine: 'postgres', engineVersion: '16.4' })).toThrow('test/db: invalid network.zoneCount 1: must be an integer from 2 to 16');
  });
});

describe('ResilientDatabase: one construct shape (issue 9)', () => {
  const variable = (stack: TerraformStack, name: string) => new TerraformVariable(stack, name, { type: 'number' }).numberValue;

  test('an id with capitals gives a lower-cased identifier, not a garbled one', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zones: ZONES });
    const db = new ResilientDatabase(stack, 'OrdersDb', { network, engine: 'postgres', engineVersion: '16.4' });
    expect(db.identifier).toBe('test-ordersdb');
  });

  test('two databases with one identifier fail naming both paths, also a derived against a given one', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zones: ZONES });
    new ResilientDatabase(stack, 'orders', { network, engine: 'postgres', engineVersion: '16.4' });
    expect(() => new ResilientDatabase(stack, 'other', { network, engine: 'postgres', engineVersion: '16.4', identifier: 'test-orders' })).toThrow(
      'test/other: RDS DB identifier name "test-orders" is already used by test/orders',
    );
  });

  test('an Aurora instance id cannot be taken by another database', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zones: ZONES });
    new ResilientDatabase(stack, 'cluster', { network, engine: 'aurora-postgresql', engineVersion: '16.4', identifier: 'orders' });
    expect(() => new ResilientDatabase(stack, 'single', { network, engine: 'postgres', engineVersion: '16.4', identifier: 'orders-1' })).toThrow(
      'test/single: RDS DB identifier name "orders-1" is already used by test/cluster',
    );
  });

  test('an Aurora identifier whose instance ids exceed 63 characters is refused', () => {
    const identifier = `a${'b'.repeat(61)}`;
    expect(() => build({ engine: 'aurora-postgresql', identifier, readers: 2 })).toThrow(
      `test/orders-db: invalid identifier "${identifier}": must leave room for the instance ids <identifier>-0..-2: "${identifier}-2" is 64 characters, RDS allows 63`,
    );
    expect(() => build({ engine: 'aurora-postgresql', identifier: `a${'b'.repeat(60)}`, readers: 2 })).not.toThrow();
    expect(() => build({ engine: 'postgres', identifier: `a${'b'.repeat(62)}` })).not.toThrow();
  });

  test('Aurora readers as a token are refused: they decide how many instances exist', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zones: ZONES });
    expect(() => new ResilientDatabase(stack, 'db', { network, engine: 'aurora-postgresql', engineVersion: '16.4', readers: variable(stack, 'readers') })).toThrow(
      'test/db: invalid readers ${var.readers} (a token): must be known at synth, not a Terraform variable or reference: it decides how many instances exist',
    );
  });

  test('a token monitoringIntervalSeconds is refused: it decides whether the monitoring role exists', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zones: ZONES });
    expect(() => new ResilientDatabase(stack, 'db', { network, engine: 'postgres', engineVersion: '16.4', monitoringIntervalSeconds: variable(stack, 'interval') })).toThrow(
      'test/db: invalid monitoringIntervalSeconds ${var.interval} (a token): must be known at synth',
    );
  });

  test('a token allocatedStorageGiB is carried through: the ceiling and the storage alarm follow it', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zones: ZONES, alarms: { natPortAllocationErrors: { enabled: false } } });
    new ResilientDatabase(stack, 'db', { network, engine: 'postgres', engineVersion: '16.4', allocatedStorageGiB: variable(stack, 'storage'), alarmRouting: new FakeRouting() });
    const json = synthJson(stack);
    const i = values(json, 'aws_db_instance')[0];
    expect(i.allocated_storage).toBe('${var.storage}');
    expect(i.max_allocated_storage).toBe('${min((var.storage * 2), 65536)}');
    const storage = values(json, 'aws_cloudwatch_metric_alarm').find((a) => a.metric_name === 'FreeStorageSpace');
    expect(storage.threshold).toBe(`\${(var.storage * ${0.05 * 1024 ** 3})}`);
    expect(JSON.stringify(json)).not.toMatch(/e\+\d{3}/);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('allocatedStorageGiB 65536 (the documented maximum) is accepted: the derived ceiling stops at 65536', () => {
    const { json } = build({ engine: 'postgres', allocatedStorageGiB: 65536 });
    expect(values(json, 'aws_db_instance')[0]).toMatchObject({ allocated_storage: 65536, max_allocated_storage: 65536 });
  });

  test('engine versions are checked per engine', () => {
    expect(() => build({ engine: 'postgres', engineVersion: 'latest' })).toThrow('test/orders-db: invalid engineVersion "latest": must be a postgres engine version such as 16 or 16.4');
    expect(() => build({ engine: 'aurora-mysql', engineVersion: '8.0' })).toThrow('invalid engineVersion "8.0": must be a aurora-mysql engine version such as 8.0.mysql_aurora.3.05.2');
    expect(() => build({ engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2' })).not.toThrow();
    expect(() => build({ engine: 'mysql', engineVersion: '8.0.39' })).not.toThrow();
  });

  test('parameter values are user text: ${ reaches Terraform escaped', () => {
    const { json } = build({ engine: 'postgres', parameters: { search_path: '${user}' }, parameterGroupFamily: 'postgres16' });
    expect(values(json, 'aws_db_parameter_group')[0].parameter[0].value).toBe('$${user}');
  });

  test.each<[string, unknown, string]>([
    ['deletionProtection "false"', { deletionProtection: 'false' }, 'test/orders-db: invalid deletionProtection "false": must be true or false (got a string)'],
    ['skipFinalSnapshot "false"', { skipFinalSnapshot: 'false' }, 'test/orders-db: invalid skipFinalSnapshot "false": must be true or false (got a string)'],
    ['client security groups a string', { clientSecurityGroupIds: 'sg-0123456789abcdef0' }, 'test/orders-db: invalid clientSecurityGroupIds "sg-0123456789abcdef0": must be a list (got a string)'],
    ['a repeated client security group', { clientSecurityGroupIds: [CLIENT_SG, CLIENT_SG] }, 'test/orders-db: invalid clientSecurityGroupIds[1] "sg-0123456789abcdef0": must not repeat an earlier item'],
    ['log exports an object', { cloudwatchLogsExports: { postgresql: true } }, 'test/orders-db: invalid cloudwatchLogsExports {"postgresql":true}: must be a list (got an object)'],
    ['port a string', { port: '5432' }, 'test/orders-db: invalid port "5432"'],
    ['instance class a number', { instanceClass: 5 }, 'test/orders-db: invalid instanceClass 5: must be a string'],
    ['parameters values numbers', { parameters: { max_connections: 100 }, parameterGroupFamily: 'postgres16' }, 'test/orders-db: invalid parameters.max_connections 100: must be a string'],
    ['backupRetentionDays null', { backupRetentionDays: null }, 'test/orders-db: invalid backupRetentionDays null'],
    ['misspelt prop', { deletionProtect: false }, 'test/orders-db: unknown prop deletionProtect (did you mean deletionProtection?)'],
    ['maxReaders missing', { engine: 'aurora-postgresql', readerAutoscaling: {} }, 'test/orders-db: invalid readerAutoscaling.maxReaders undefined: is required'],
  ])('%s is an InvalidPropError', (_name, props, message) => {
    expectInvalidProp(() => build({ engine: 'postgres', ...(props as object) } as ResilientDatabaseProps), message);
  });

  test('a missing network or engine, or null props, is an InvalidPropError', () => {
    const { stack } = testStack();
    expect(() => new ResilientDatabase(stack, 'a', { engine: 'postgres', engineVersion: '16.4' } as ResilientDatabaseProps)).toThrow('test/a: invalid network undefined: is required');
    expect(() => new ResilientDatabase(stack, 'b', { network: { vpcId: 'v', zoneCount: 2, publicSubnetIds: [], privateSubnetIds: [], isolatedSubnetIds: 'subnet-1' } } as never)).toThrow('test/b: invalid engine undefined: is required');
    expect(() => new ResilientDatabase(stack, 'c', null as never)).toThrow(InvalidPropError);
  });
});
