import * as fs from 'node:fs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable, Testing } from 'cdktf';
import { RegionScope } from '../../../src/aws/common/region-scope';
import { ResilientDatabase, ResilientDatabaseProps } from '../../../src/aws/database/resilient-database';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { RecoveryObjectives } from '../../../src/aws/recovery';
import { FIGURES } from '../../../src/recovery/figures';
import { expectInvalidProp, onlyResource, refTo, resolveTokens, resourceOf, resourcesOf, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';
import { sharedFile } from '../../kit/shared';
import { FakeRouting } from '../test-helpers';

/** A routing of the recovery Region: CloudWatch notifies only topics of the alarm's own Region (PutMetricAlarm AlarmActions). */
const RECOVERY_ROUTING = new FakeRouting(['page', 'ticket'], { region: 'eu-central-1', topicArn: (severity) => `arn:aws:sns:eu-central-1:111111111111:alarms-${severity}` });

function setup(stack: TestStack) {
  const recovery = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
  const network = new MultiAzNetwork(stack, 'net', { zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], alarms: { natPortAllocationErrors: { enabled: false } } });
  const standbyNetwork = new MultiAzNetwork(new RegionScope(stack, 'standby', { provider: recovery }), 'net', {
    cidr: '10.30.0.0/16',
    zones: ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'],
    alarms: { natPortAllocationErrors: { enabled: false } },
  });
  const base: ResilientDatabaseProps = { network, engine: 'aurora-postgresql', engineVersion: '16.4', alarmRouting: new FakeRouting(), recoveryRegion: { provider: recovery, network: standbyNetwork, alarmRouting: RECOVERY_ROUTING } };
  return { recovery, network, standbyNetwork, base };
}

function build(change: (p: ResilientDatabaseProps) => ResilientDatabaseProps = (p) => p) {
  const { stack } = testStack();
  const s = setup(stack);
  const db = new ResilientDatabase(stack, 'orders-db', change(s.base));
  return { stack, db, json: synthJson(stack), ...s };
}

describe('ResilientDatabase with an Aurora Global Database (warm standby: readers)', () => {
  const { stack, db, json } = build();

  test('a global cluster made from the existing cluster; the primary keeps its logical id and ignores the attachment', () => {
    const global = values(json, 'aws_rds_global_cluster');
    expect(global).toHaveLength(1);
    const primary = resourceOf(json, 'aws_rds_cluster', 'orders-db_cluster_');
    expect(global[0]).toMatchObject({
      global_cluster_identifier: 'test-orders-db-global',
      source_db_cluster_identifier: refTo(json, 'aws_rds_cluster', 'orders-db_cluster_', 'arn'),
      force_destroy: true,
      deletion_protection: true,
      lifecycle: { ignore_changes: ['source_db_cluster_identifier'] },
    });
    expect(primary.lifecycle.ignore_changes).toContain('global_cluster_identifier');
    expect(primary.global_cluster_identifier).toBeUndefined();
  });

  test('a secondary cluster and a reader in the recovery region, encrypted with a key there, protected like the primary', () => {
    const secondary = values(json, 'aws_rds_cluster').find((c) => c.provider === 'aws.recovery');
    expect(secondary).toMatchObject({
      cluster_identifier: 'test-orders-db-eu-central-1',
      engine: 'aurora-postgresql',
      engine_version: '16.4',
      storage_encrypted: true,
      deletion_protection: true,
      skip_final_snapshot: false,
      backup_retention_period: 14,
      copy_tags_to_snapshot: true,
    });
    expect(secondary.global_cluster_identifier).toMatch(/^\$\{aws_rds_global_cluster\..*\.id\}$/);
    expect(secondary.master_username).toBeUndefined();
    expect(secondary.kms_key_id).toMatch(/^\$\{aws_kms_key\.orders-db_recovery-key_.*\.arn\}$/);
    expect(values(json, 'aws_kms_key').find((k) => k.provider === 'aws.recovery')).toMatchObject({ enable_key_rotation: true });
    const readers = values(json, 'aws_rds_cluster_instance').filter((i) => i.provider === 'aws.recovery');
    expect(readers.map((r) => [r.identifier, r.availability_zone, r.promotion_tier])).toEqual([
      ['test-orders-db-eu-central-1-0', 'eu-central-1a', 0],
      ['test-orders-db-eu-central-1-1', 'eu-central-1b', 1],
    ]);
    expect(values(json, 'aws_db_subnet_group').filter((g) => g.provider === 'aws.recovery')).toHaveLength(1);
  });

  test('reports both regions, the global lag as region RPO and the managed failover as region RTO', () => {
    expect(db.recovery).toMatchObject({
      regions: ['eu-west-1', 'eu-central-1'],
      rpoZoneSeconds: 0,
      rpoRegionSeconds: FIGURES.auroraGlobalLag.seconds,
      rtoRegionSeconds: FIGURES.auroraGlobalFailover.seconds,
      replication: 'aurora-global-database',
    });
    expect(db.recovery.sources).toContain(FIGURES.auroraGlobalLag.source);
    expect(db.globalDatabase).toMatchObject({ globalClusterIdentifier: expect.any(String), clusterArns: { 'eu-west-1': expect.any(String), 'eu-central-1': expect.any(String) } });
  });

  test('a replication-lag alarm on the secondary, in the recovery region, routed there', () => {
    const lag = values(json, 'aws_cloudwatch_metric_alarm').find((a) => a.metric_name === 'AuroraGlobalDBReplicationLag');
    expect(lag).toMatchObject({ provider: 'aws.recovery', namespace: 'AWS/RDS', dimensions: { DBClusterIdentifier: 'test-orders-db-eu-central-1' }, threshold: 60000, statistic: 'Maximum', period: 60, evaluation_periods: 5 });
    expect(lag.alarm_actions).toEqual(['arn:aws:sns:eu-central-1:111111111111:alarms-ticket']);
  });

  test('switchover and failover steps are outputs', () => {
    const outputs = Object.entries(json.output ?? {});
    const switchover = outputs.find(([k]) => k.includes('switchover-steps'))![1] as any;
    const failover = outputs.find(([k]) => k.includes('failover-steps'))![1] as any;
    expect(switchover.value).toMatch(/^aws rds switchover-global-cluster --region eu-central-1 --global-cluster-identifier test-orders-db-global --target-db-cluster-identifier \$\{aws_rds_cluster\..*\.arn\}$/);
    expect(failover.value).toContain('--allow-data-loss');
  });

  test('passes the provider-schema check', () => {
    expect(schemaErrors(stack)).toEqual([]);
  });
});

test('headless secondary (pilot light): no instance there, the instance step first, a longer region RTO', () => {
  const { db, json } = build((p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, standby: 'headless' } }));
  expect(values(json, 'aws_rds_cluster_instance').filter((i) => i.provider === 'aws.recovery')).toEqual([]);
  expect(db.recovery.rtoRegionSeconds).toBe(FIGURES.auroraGlobalFailover.seconds + FIGURES.auroraHeadlessInstance.seconds);
  const failover = Object.entries(json.output ?? {}).find(([k]) => k.includes('failover-steps'))![1] as any;
  expect(failover.value).toMatch(/^First give the headless secondary an instance: aws rds create-db-instance --region eu-central-1/);
});

test('RDS PostgreSQL: a Multi-AZ cross-region read replica, replica lag and promotion figures, promotion steps', () => {
  const { stack, db, json } = build((p) => ({ ...p, engine: 'postgres' }));
  const replica = values(json, 'aws_db_instance').find((i) => i.provider === 'aws.recovery');
  expect(replica).toMatchObject({ identifier: 'test-orders-db-eu-central-1', replicate_source_db: refTo(json, 'aws_db_instance', 'orders-db_instance_', 'arn'), multi_az: true, storage_encrypted: true, deletion_protection: true });
  expect(db.recovery).toMatchObject({ regions: ['eu-west-1', 'eu-central-1'], rpoRegionSeconds: FIGURES.rdsCrossRegionReplicaLag.seconds, rtoRegionSeconds: FIGURES.rdsReplicaPromotion.seconds, replication: 'rds-cross-region-replica' });
  expect(db.globalDatabase).toBeUndefined();
  expect(JSON.stringify(json.output)).toContain('aws rds promote-read-replica --region eu-central-1');
  expect(schemaErrors(stack)).toEqual([]);
});

test('the objectives check sees the copy: RPO 1 min for the region passes with the global database, not without it', () => {
  const { stack, db } = build();
  const o = new RecoveryObjectives(stack, 'o', { region: { rto: '15m', rpo: '1m' }, resources: [db] });
  expect(o.verdicts().filter((v) => !v.met)).toEqual([]);
  const single = testStack();
  const net = new MultiAzNetwork(single.stack, 'net', { alarms: { natPortAllocationErrors: { enabled: false } } });
  const alone = new ResilientDatabase(single.stack, 'db', { network: net, engine: 'aurora-postgresql', engineVersion: '16.4', alarmRouting: new FakeRouting() });
  const o2 = new RecoveryObjectives(single.stack, 'o', { region: { rto: '15m', rpo: '1m' }, resources: [alone] });
  expect(o2.verdicts().filter((v) => !v.met).map((v) => v.message)).toEqual([expect.stringContaining('has no copy that survives it')]);
});

describe('bad input', () => {
  test.each<[string, (p: ResilientDatabaseProps, s: TestStack) => ResilientDatabaseProps, string]>([
    ['the same region twice', (p, s) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, provider: new AwsProvider(s, 'same', { region: 'eu-west-1', alias: 'same' }) } }), 'invalid recoveryRegion.provider "eu-west-1": must be another region than the database\'s (eu-west-1)'],
    ['no engine version for a global database', (p) => ({ ...p, engineVersion: undefined }), 'invalid engineVersion undefined: is required with recoveryRegion'],
    ['a headless RDS replica', (p) => ({ ...p, engine: 'postgres', recoveryRegion: { ...p.recoveryRegion!, standby: 'headless' } }), 'invalid recoveryRegion.standby "headless": applies to Aurora engines only'],
    ['readers on a headless secondary', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, standby: 'headless', readers: 2 } }), "invalid recoveryRegion.readers 2: applies to standby 'readers' only"],
    ['an unknown standby', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, standby: 'cold' as never } }), 'invalid recoveryRegion.standby "cold"'],
    ['no provider', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, provider: undefined as never } }), 'invalid recoveryRegion.provider undefined: is required'],
    ['a misspelt key', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, reader: 2 } as never }), 'unknown prop recoveryRegion.reader (did you mean readers?)'],
    // Through the alarm seam (addAlarms): each action ARN is read, a routing that declares no Region included.
    [
      'a recovery routing whose topics are in the primary region',
      (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, alarmRouting: new FakeRouting() } }),
      'invalid recoveryRegion.alarmRouting "arn:aws:sns:eu-west-1:111111111111:alarms-ticket": must notify topics in eu-central-1',
    ],
    ['routing to topics outside the recovery region', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'eu-west-1' }) } }), 'invalid recoveryRegion.alarmRouting "eu-west-1": must notify topics in the recovery region eu-central-1'],
    ['a misspelt alarm override', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, alarms: { replicatonLag: {} } as never } }), 'unknown prop recoveryRegion.alarms.replicatonLag (did you mean replicationLag?)'],
    ['a global identifier longer than RDS takes', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, globalIdentifier: `g${'x'.repeat(63)}` } }), `invalid recoveryRegion.globalIdentifier "g${'x'.repeat(63)}": must be a lower-case letter, then up to 62 lower-case letters, digits or single hyphens`],
    // aws_rds_global_cluster global_cluster_identifier: the provider's validIdentifier refuses upper case (internal/service/rds/validate.go).
    ['an upper-case global identifier', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, globalIdentifier: 'Orders-Global' } }), 'invalid recoveryRegion.globalIdentifier "Orders-Global": must be a lower-case letter'],
    // RDS API Reference, CreateDBInstanceReadReplica KmsKeyId: a key "valid in the destination AWS Region".
    [
      'a recovery KMS key of the primary Region',
      (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/11111111-2222-3333-4444-555555555555' } }),
      'invalid recoveryRegion.kmsKeyArn "arn:aws:kms:eu-west-1:111111111111:key/11111111-2222-3333-4444-555555555555": must be in eu-central-1',
    ],
    ['a recovery network with one subnet', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, network: { vpcId: 'vpc-0123456789abcdef0', zoneCount: 2, isolatedSubnetIds: ['subnet-0123456789abcdef0'] } as never } }), 'invalid recoveryRegion.network.isolatedSubnetIds'],
  ])('%s is refused', (_n, change, message) => {
    const { stack } = testStack();
    const s = setup(stack);
    expect(() => new ResilientDatabase(stack, 'orders-db', change(s.base, stack))).toThrow(`test/orders-db: ${message}`);
  });

  test('a long database identifier gives default global and secondary identifiers within 63 characters, readers included', () => {
    const identifier = `orders-${'x'.repeat(48)}-db`;
    const { json } = build((p) => ({ ...p, identifier }));
    expect(values(json, 'aws_rds_global_cluster')[0].global_cluster_identifier).toBe(`${identifier.slice(0, 55)}-global`);
    const secondary = values(json, 'aws_rds_cluster').find((c) => c.provider === 'aws.recovery')!.cluster_identifier;
    expect(secondary).toBe(`${identifier.slice(0, 47)}-eu-central-1`);
    const readers = values(json, 'aws_rds_cluster_instance').filter((c) => c.provider === 'aws.recovery').map((c) => c.identifier);
    expect(readers).toEqual([`${secondary}-0`, `${secondary}-1`]);
    for (const id of readers) expect(id.length).toBeLessThanOrEqual(63);
  });

  test('two databases copying to one secondary identifier collide', () => {
    const { stack } = testStack();
    const s = setup(stack);
    new ResilientDatabase(stack, 'a', { ...s.base, recoveryRegion: { ...s.base.recoveryRegion!, identifier: 'orders-standby' } });
    expect(() => new ResilientDatabase(stack, 'b', { ...s.base, recoveryRegion: { ...s.base.recoveryRegion!, identifier: 'orders-standby' } })).toThrow(/test\/b: RDS cluster identifier name "orders-standby" is already used by test\/a/);
  });
});

/**
 * Aurora User Guide and RDS User Guide, "Password management with ... AWS Secrets Manager", Limitations: a
 * managed master password is not supported for "DB clusters that are part of an Aurora global database" nor
 * for "Cross-Region read replicas". With recoveryRegion the library generates the password instead.
 */
describe('the master password with recoveryRegion: generated into a secret, written through write-only arguments', () => {
  const { db, json } = build();
  const primary = resourceOf(json, 'aws_rds_cluster', 'orders-db_cluster_');
  const ephemeral = (json as any).ephemeral;

  test('the primary cluster of the global database does not ask RDS to manage its password', () => {
    expect(primary.manage_master_user_password).toBeUndefined();
    expect(primary.master_user_secret_kms_key_id).toBeUndefined();
    expect(primary.master_password).toBeUndefined();
    const read = Object.keys(ephemeral.aws_secretsmanager_secret_version)[0];
    // aws_rds_cluster master_password_wo: ConflictsWith manage_master_user_password, RequiredWith
    // master_password_wo_version (internal/service/rds/cluster.go).
    expect(primary.master_password_wo).toBe(`\${jsondecode(ephemeral.aws_secretsmanager_secret_version.${read}.secret_string).password}`);
    expect(primary.master_password_wo_version).toBe(1);
  });

  test('the secret: under the database key, replicated to the recovery region under the key there, written from an ephemeral password', () => {
    const secret = onlyResource(json, 'aws_secretsmanager_secret');
    expect(secret).toMatchObject({
      name_prefix: 'test-orders-db-master-',
      kms_key_id: refTo(json, 'aws_kms_key', 'orders-db_key_', 'arn'),
      replica: [{ region: 'eu-central-1', kms_key_id: refTo(json, 'aws_kms_key', 'orders-db_recovery-key_', 'arn') }],
    });
    expect(secret.recovery_window_in_days).toBeUndefined(); // 30 days, the longest
    const version = onlyResource(json, 'aws_secretsmanager_secret_version');
    const generated = Object.keys(ephemeral.aws_secretsmanager_random_password)[0];
    expect(version).toMatchObject({
      secret_id: refTo(json, 'aws_secretsmanager_secret', '', 'id'),
      secret_string_wo: `\${jsonencode({"username" = "dbadmin", "password" = ephemeral.aws_secretsmanager_random_password.${generated}.random_password})}`,
      secret_string_wo_version: 1,
    });
    expect(version.secret_string).toBeUndefined();
    // Letters and digits, 32 of them: inside every engine's master password rules (no / " @ or space).
    expect(ephemeral.aws_secretsmanager_random_password[generated]).toEqual({ password_length: 32, exclude_punctuation: true });
    // The cluster reads the password back from the secret, after the secret's version is written.
    expect(Object.values(ephemeral.aws_secretsmanager_secret_version)[0]).toEqual({ secret_id: refTo(json, 'aws_secretsmanager_secret_version', '', 'secret_id') });
    expect(resolveTokens(db, db.masterUserSecretArn)).toBe(refTo(json, 'aws_secretsmanager_secret', '', 'arn'));
  });

  test('the stack requires Terraform 1.11 (write-only arguments; ephemeral resources came in 1.10)', () => {
    expect((json as any).terraform.required_version).toBe('>= 1.11');
  });

  test('the ephemeral blocks use only arguments the provider declares for them', () => {
    const file = sharedFile('schemas', 'terraform', 'aws_6.47.0_providers_schema.json');
    if (!file) return;
    const schemas = (Object.values(JSON.parse(fs.readFileSync(file, 'utf8')).provider_schemas)[0] as any).ephemeral_resource_schemas;
    for (const [type, byId] of Object.entries(ephemeral)) {
      const attributes = schemas[type].block.attributes;
      for (const body of Object.values(byId as Record<string, any>)) {
        // Declared, and not computed only.
        for (const arg of Object.keys(body)) expect([type, arg, attributes[arg] !== undefined && (attributes[arg].optional === true || attributes[arg].required === true)]).toEqual([type, arg, true]);
      }
    }
  });

  test('no password is written anywhere in the configuration', () => {
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/"(master_)?password"\s*:/);
  });

  test('the secondary cluster waits for the primary writer: it depends on the primary instances (the provider\'s aws_rds_global_cluster example)', () => {
    const secondary = values(json, 'aws_rds_cluster').find((c) => c.provider === 'aws.recovery');
    const instances = Object.keys(resourcesOf(json, 'aws_rds_cluster_instance')).filter((id) => id.startsWith('orders-db_instance-'));
    expect(instances).toHaveLength(2);
    expect(secondary.depends_on).toEqual(expect.arrayContaining([...instances.map((id) => `aws_rds_cluster_instance.${id}`), expect.stringMatching(/^aws_rds_global_cluster\./)]));
  });

  test('a restore test restores into the database network and key, and a copy into the recovery-region network and key ("Restore testing inferred metadata")', () => {
    const ref = (match: string, attr = 'id') => refTo(json, match.startsWith('aws_kms') ? 'aws_kms_key' : match.startsWith('aws_db') ? 'aws_db_subnet_group' : 'aws_security_group', match.split(':')[1], attr);
    expect(resolveTokens(db, db.backupRestoreMetadataOverrides)).toEqual({
      dbSubnetGroupName: ref('aws_db:orders-db_subnets_', 'name'),
      vpcSecurityGroupIds: `\${jsonencode([${ref('aws_sg:orders-db_sg_').slice(2, -1)}])}`,
      kmsKeyId: ref('aws_kms:orders-db_key_', 'arn'),
    });
    expect(resolveTokens(db, db.backupRestoreMetadataOverridesByRegion)).toEqual({
      'eu-central-1': {
        dbSubnetGroupName: ref('aws_db:orders-db_recovery-subnets_', 'name'),
        vpcSecurityGroupIds: `\${jsonencode([${ref('aws_sg:orders-db_recovery-sg_').slice(2, -1)}])}`,
        kmsKeyId: ref('aws_kms:orders-db_recovery-key_', 'arn'),
      },
    });
  });
});

test('RDS PostgreSQL with a cross-Region read replica: the source takes password_wo, the replica no password', () => {
  const { json } = build((p) => ({ ...p, engine: 'postgres', engineVersion: '16.4' }));
  const [source, replica] = [values(json, 'aws_db_instance').find((i) => !i.provider), values(json, 'aws_db_instance').find((i) => i.provider === 'aws.recovery')];
  expect(source.manage_master_user_password).toBeUndefined();
  expect(source.password_wo).toMatch(/^\$\{jsondecode\(ephemeral\.aws_secretsmanager_secret_version\..*\.secret_string\)\.password\}$/);
  expect(source.password_wo_version).toBe(1);
  expect([replica.password_wo, replica.manage_master_user_password, replica.replicate_source_db]).toEqual([undefined, undefined, refTo(json, 'aws_db_instance', (r: any) => !r.provider, 'arn')]);
  // An RDS instance restored from a snapshot keeps the snapshot's key (RestoreDBInstanceFromDBSnapshot has no KmsKeyId).
  const { db } = build((p) => ({ ...p, engine: 'postgres', engineVersion: '16.4' }));
  expect(Object.keys(db.backupRestoreMetadataOverrides).sort()).toEqual(['dbSubnetGroupName', 'vpcSecurityGroupIds']);
});

test('without recoveryRegion the password stays managed by RDS: no generated secret, no Terraform version raised', () => {
  const { json } = build((p) => ({ ...p, recoveryRegion: undefined }));
  expect(onlyResource(json, 'aws_rds_cluster')).toMatchObject({ manage_master_user_password: true, master_user_secret_kms_key_id: refTo(json, 'aws_kms_key', 'orders-db_key', 'arn') });
  expect(resourcesOf(json, 'aws_secretsmanager_secret')).toEqual({});
  expect((json as any).ephemeral).toBeUndefined();
  expect((json as any).terraform.required_version).toBeUndefined();
});

test('a master user name known only at apply is refused with recoveryRegion: it is written into the generated secret', () => {
  const { stack } = testStack();
  const s = setup(stack);
  const user = new TerraformVariable(stack, 'user', { type: 'string' });
  expectInvalidProp(() => new ResilientDatabase(stack, 'db', { ...s.base, masterUsername: user.stringValue }), /masterUsername .*must be known at synth/);
});

declare const RELIABILITY_FLAVOUR: string | undefined;

test('synth validations: cdktn checks the write-only arguments against the stack\'s targetVersions; declaring Terraform 1.11 satisfies it', () => {
  const validationErrors = (declare: boolean) => {
    const app = Testing.app();
    // In cdktf.json (the CLI passes it as context), on the App, or on a stack before its first construct.
    if (declare) app.node.setContext('targetVersions', { terraform: '>=1.11.0' });
    const stack = new TestStack(app, 'dr');
    const s = setup(stack);
    new ResilientDatabase(stack, 'db', s.base);
    synthJson(stack);
    return stack.node.findAll().flatMap((c) => c.node.validate());
  };
  const flavour = typeof RELIABILITY_FLAVOUR === 'string' ? RELIABILITY_FLAVOUR : 'cdktf';
  // cdktf 0.21 has no such check; cdktn 0.24 refuses write-only attributes below Terraform 1.11 (targetVersions).
  if (flavour === 'cdktn') expect(validationErrors(false)).toEqual(expect.arrayContaining([expect.stringMatching(/^write-only attributes requires terraform >=1\.11\.0/)]));
  expect(validationErrors(true)).toEqual([]);
});

describe('the copy forces TLS as the primary does (issue 27.5)', () => {
  // A promoted copy must not accept plaintext: a cross-Region replica would otherwise get the engine's default group
  // (RDS API, CreateDBInstanceReadReplica DBParameterGroupName), and a secondary cluster the default cluster group.
  test('Aurora: the secondary cluster has its own cluster parameter group in the recovery Region', () => {
    const { json } = build();
    const groups = values(json, 'aws_rds_cluster_parameter_group');
    expect(groups.map((g) => [g.provider, g.family, g.parameter])).toEqual([
      [undefined, 'aurora-postgresql16', [{ name: 'rds.force_ssl', value: '1', apply_method: 'immediate' }]],
      ['aws.recovery', 'aurora-postgresql16', [{ name: 'rds.force_ssl', value: '1', apply_method: 'immediate' }]],
    ]);
    const secondary = values(json, 'aws_rds_cluster').find((c) => c.provider === 'aws.recovery');
    expect(secondary.db_cluster_parameter_group_name).toBe(refTo(json, 'aws_rds_cluster_parameter_group', (g: any) => g.provider === 'aws.recovery', 'name'));
  });

  test('RDS: the cross-Region replica names a DB parameter group of its Region with the primary parameters', () => {
    const { json } = build((p) => ({ ...p, engine: 'mysql', engineVersion: '8.0.39', parameters: { slow_query_log: '1' } }));
    const replicaGroup = values(json, 'aws_db_parameter_group').find((g) => g.provider === 'aws.recovery');
    expect(replicaGroup).toMatchObject({ family: 'mysql8.0', parameter: [{ name: 'slow_query_log', value: '1' }, { name: 'require_secure_transport', value: '1', apply_method: 'immediate' }] });
    const replica = values(json, 'aws_db_instance').find((i) => i.provider === 'aws.recovery');
    expect(replica.parameter_group_name).toBe(refTo(json, 'aws_db_parameter_group', (g: any) => g.provider === 'aws.recovery', 'name'));
  });
});
