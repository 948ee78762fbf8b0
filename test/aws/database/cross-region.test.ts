import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RegionScope } from '../../../src/aws/common/region-scope';
import { ResilientDatabase, ResilientDatabaseProps } from '../../../src/aws/database/resilient-database';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { RecoveryObjectives } from '../../../src/aws/recovery';
import { FIGURES } from '../../../src/recovery/figures';
import { refTo, resourceOf, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

function setup(stack: TestStack) {
  const recovery = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
  const network = new MultiAzNetwork(stack, 'net', { zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], alarms: { natPortAllocationErrors: { enabled: false } } });
  const standbyNetwork = new MultiAzNetwork(new RegionScope(stack, 'standby', { provider: recovery }), 'net', {
    cidr: '10.30.0.0/16',
    zones: ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'],
    alarms: { natPortAllocationErrors: { enabled: false } },
  });
  const base: ResilientDatabaseProps = { network, engine: 'aurora-postgresql', engineVersion: '16.4', alarmRouting: new FakeRouting(), recoveryRegion: { provider: recovery, network: standbyNetwork, alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'eu-central-1' }) } };
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
    expect(lag.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:111111111111:alarms-ticket']);
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
  const alone = new ResilientDatabase(single.stack, 'db', { network: net, engine: 'aurora-postgresql', alarmRouting: new FakeRouting() });
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
    ['a misspelt key', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, reader: 2 } as never }), 'invalid recoveryRegion.reader "reader": is not a known prop (did you mean "readers"?)'],
    ['routing to topics outside the recovery region', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'eu-west-1' }) } }), 'invalid recoveryRegion.alarmRouting "eu-west-1": must notify topics in the recovery region eu-central-1'],
    ['a misspelt alarm override', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, alarms: { replicatonLag: {} } as never } }), 'invalid recoveryRegion.alarms.replicatonLag "replicatonLag"'],
    ['a global identifier longer than RDS takes', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, globalIdentifier: `g${'x'.repeat(63)}` } }), `invalid recoveryRegion.globalIdentifier "g${'x'.repeat(63)}": must be 1 to 63 letters, digits and hyphens, starting with a letter`],
    ['a recovery network with one subnet', (p) => ({ ...p, recoveryRegion: { ...p.recoveryRegion!, network: { ...p.recoveryRegion!.network, vpcId: 'vpc-1', isolatedSubnetIds: ['subnet-1'] } as never } }), 'invalid recoveryRegion.network.isolatedSubnetIds'],
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
