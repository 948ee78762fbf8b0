import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { ResilientTable, ResilientTableProps } from '../../../src/aws/storage';
import { BackupProtection, isBackupTarget } from '../../../src/aws/common/backup-target';
import { checkStack } from '../../../src/checks';
import { NameCollisionError, RECOVERY_TAGS } from '../../../src/core';
import { FIGURES } from '../../../src/recovery/figures';
import { alarmsByKey, annotations, resolveTokens, expectSynthOrPropError, onlyResource, refTo, resourceOf, resourcesOf, schemaErrors, synth, synthJson, testStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

const KEY = { name: 'pk', type: 'S' } as const;

function build(props: Partial<ResilientTableProps> = {}) {
  const { stack } = testStack();
  const table = new ResilientTable(stack, 'orders', { partitionKey: KEY, alarmRouting: new FakeRouting(), ...props });
  return { stack, table, json: synthJson(stack) };
}

describe('ResilientTable: on-demand global table (defaults)', () => {
  const { stack, table, json } = build({ sortKey: { name: 'sk', type: 'S' }, replicas: [{ region: 'eu-central-1' }, { region: 'us-east-1' }] });
  const t = onlyResource(json, 'aws_dynamodb_table');

  test('stable logical id; on demand, PITR 35 days, deletion protection, SSE with the key created here', () => {
    expect(Object.keys(resourcesOf(json, 'aws_dynamodb_table'))).toEqual([expect.stringMatching(/^orders_table_[0-9A-F]{8}$/)]);
    expect(t).toMatchObject({
      name: 'test-orders',
      billing_mode: 'PAY_PER_REQUEST',
      hash_key: 'pk',
      range_key: 'sk',
      deletion_protection_enabled: true,
      point_in_time_recovery: { enabled: true, recovery_period_in_days: 35 },
      server_side_encryption: { enabled: true },
      stream_enabled: true,
      stream_view_type: 'NEW_AND_OLD_IMAGES',
    });
    expect(t.attribute).toEqual([{ name: 'pk', type: 'S' }, { name: 'sk', type: 'S' }]);
    expect(t.server_side_encryption.kms_key_arn).toBe(refTo(json, 'aws_kms_key', 'orders_key_', 'arn'));
    expect(t.read_capacity).toBeUndefined();
    expect(t.lifecycle).toBeUndefined();
  });

  test('each replica in its region with a key of that region, PITR, deletion protection and tags', () => {
    const keys = resourcesOf(json, 'aws_kms_key');
    expect(Object.values(keys).map((k: any) => [k.region, k.enable_key_rotation, k.deletion_window_in_days])).toEqual([
      [undefined, true, 30],
      ['eu-central-1', true, 30],
      ['us-east-1', true, 30],
    ]);
    const keyOf = (region: string) => Object.keys(keys).find((k) => (keys[k] as any).region === region);
    expect(t.replica).toEqual([
      { region_name: 'eu-central-1', kms_key_arn: `\${aws_kms_key.${keyOf('eu-central-1')}.arn}`, point_in_time_recovery: true, deletion_protection_enabled: true, propagate_tags: true },
      { region_name: 'us-east-1', kms_key_arn: `\${aws_kms_key.${keyOf('us-east-1')}.arn}`, point_in_time_recovery: true, deletion_protection_enabled: true, propagate_tags: true },
    ]);
    expect(Object.keys(table.replicaKeys)).toEqual(['eu-central-1', 'us-east-1']);
  });

  test('alarms: throttles, system errors and replication latency per receiving region, all routed', () => {
    const alarms = alarmsByKey(json, 'test-orders-');
    expect(Object.keys(alarms).sort()).toEqual(['eu-central-1-replicationLatency', 'systemErrors', 'systemErrors-2', 'throttledRequests', 'us-east-1-replicationLatency']);
    for (const a of Object.values(alarms) as any[]) expect(a.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:111111111111:alarms-ticket']);
    const latency = alarms['us-east-1-replicationLatency'];
    // The alarm fires when replication is slower than the region RPO the table reports.
    expect(latency).toMatchObject({ namespace: 'AWS/DynamoDB', metric_name: 'ReplicationLatency', statistic: 'Average', comparison_operator: 'GreaterThanThreshold' });
    expect(latency.threshold).toBe(table.recovery.rpoRegionSeconds! * 1000);
    expect(latency.dimensions).toEqual({ TableName: expect.stringMatching(/^\$\{aws_dynamodb_table\.orders_table_.*\.name\}$/), ReceivingRegion: 'us-east-1' });
    const throttles = alarms.throttledRequests;
    expect(throttles.metric_query.map((q: any) => q.metric?.metric_name ?? q.expression)).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents', 'FILL(r, 0) + FILL(w, 0)']);
    // Every operation that publishes SystemErrors (DynamoDB Developer Guide, "DynamoDB Metrics and dimensions",
    // Operation dimension), at most 10 metrics per alarm (PutMetricAlarm): two alarms, the first one keeping its id.
    const operations = (a: any) => a.metric_query.filter((q: any) => q.metric).map((q: any) => q.metric.dimensions.Operation);
    expect([...operations(alarms.systemErrors), ...operations(alarms['systemErrors-2'])].sort()).toEqual(
      ['BatchExecuteStatement', 'BatchGetItem', 'BatchWriteItem', 'DeleteItem', 'ExecuteStatement', 'ExecuteTransaction', 'GetItem', 'GetRecords', 'PutItem', 'Query', 'Scan', 'TransactGetItems', 'TransactWriteItems', 'UpdateItem'],
    );
    for (const key of ['systemErrors', 'systemErrors-2']) expect(operations(alarms[key]).length).toBeLessThanOrEqual(10);
    expect(resourceOf(json, 'aws_cloudwatch_metric_alarm', (a: any) => a.alarm_name === 'test-orders-systemErrors')).toBe(alarms.systemErrors);
    expect(Object.keys(resourcesOf(json, 'aws_cloudwatch_metric_alarm')).some((id) => id.startsWith('orders_systemErrors-alarm_'))).toBe(true);
    expect(Object.keys(table.alarms).sort()).toEqual(['eu-central-1-replicationLatency', 'systemErrors', 'systemErrors-2', 'throttledRequests', 'us-east-1-replicationLatency']);
  });

  test('recovery: zone 0, PITR 5 minutes, region by the global table (the figures table), with sources; written as tags', () => {
    expect(table.recovery).toMatchObject({
      resource: 'test/orders',
      kind: 'table',
      regions: ['eu-west-1', 'eu-central-1', 'us-east-1'],
      rpoZoneSeconds: 0,
      rpoDataSeconds: 300,
      rpoRegionSeconds: FIGURES.dynamodbGlobalTableLag.seconds,
      replication: 'dynamodb-global-table',
    });
    expect(table.recovery.sources).toEqual(expect.arrayContaining([FIGURES.dynamodbPitr.source, FIGURES.dynamodbGlobalTableLag.source]));
    expect(t.tags).toMatchObject({ [RECOVERY_TAGS.rpoData]: '5m', [RECOVERY_TAGS.rpoRegion]: '5s', [RECOVERY_TAGS.rpoZone]: '0s', [RECOVERY_TAGS.regions]: 'eu-west-1 eu-central-1 us-east-1', ManagedBy: 'cdktf-reliability' });
    for (const type of ['aws_kms_key', 'aws_cloudwatch_metric_alarm']) {
      for (const r of values(json, type)) expect(Object.keys(r.tags ?? {}).filter((k) => k.startsWith('recovery:'))).toEqual([]);
    }
  });

  test('valid against the provider schema, no warning, passes the rule pack but for backup coverage', () => {
    expect(schemaErrors(stack)).toEqual([]);
    expect(annotations(stack)).toEqual([]);
    const findings = checkStack(json, { name: 'test' }).findings;
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['REL-BAK-4 warning']);
  });

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });
});

test('a restore test restores the table under its customer-managed key, and a copy in a replica region under the replica key there', () => {
  // AWS Backup, "Restore testing inferred metadata": DynamoDB infers encryptionType Default (an AWS owned key);
  // encryptionType and kmsMasterKeyArn are the overridable keys.
  const { table } = build({ replicas: [{ region: 'eu-central-1', kmsKeyArn: 'arn:aws:kms:eu-central-1:111111111111:key/r' }] });
  expect(resolveTokens(table, table.backupRestoreMetadataOverrides)).toEqual({ encryptionType: 'KMS', kmsMasterKeyArn: expect.stringMatching(/^\$\{aws_kms_key\.orders_key_.*\.arn\}$/) });
  expect(table.backupRestoreMetadataOverridesByRegion).toEqual({ 'eu-central-1': { encryptionType: 'KMS', kmsMasterKeyArn: 'arn:aws:kms:eu-central-1:111111111111:key/r' } });
});

describe('ResilientTable: provisioned with autoscaling in every region', () => {
  const { stack } = testStack();
  const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
  const table = new ResilientTable(stack, 'orders', {
    partitionKey: KEY,
    billingMode: 'provisioned',
    readCapacity: { min: 5, max: 200, targetUtilizationPercent: 60 },
    writeCapacity: { min: 2, max: 100 },
    globalSecondaryIndexes: [{ name: 'by-customer', partitionKey: { name: 'customer', type: 'S' }, sortKey: { name: 'createdAt', type: 'N' }, projection: 'INCLUDE', nonKeyAttributes: ['total'] }],
    replicas: [{ provider: dr }],
    alarmRouting: new FakeRouting(),
    timeToLiveAttribute: 'expiresAt',
    contributorInsights: true,
  });
  const json = synthJson(stack);
  const t = onlyResource(json, 'aws_dynamodb_table');

  test('capacity starts at the minimum and Terraform leaves autoscaled capacity alone', () => {
    expect(t).toMatchObject({ billing_mode: 'PROVISIONED', read_capacity: 5, write_capacity: 2, lifecycle: { ignore_changes: ['read_capacity', 'write_capacity'] }, ttl: { enabled: true, attribute_name: 'expiresAt' } });
    expect(t.global_secondary_index).toEqual([
      { name: 'by-customer', hash_key: 'customer', range_key: 'createdAt', projection_type: 'INCLUDE', non_key_attributes: ['total'], read_capacity: 5, write_capacity: 2 },
    ]);
    expect(t.attribute).toEqual([{ name: 'pk', type: 'S' }, { name: 'customer', type: 'S' }, { name: 'createdAt', type: 'N' }]);
  });

  test('read and write target tracking for table and index, in the table region and the replica region', () => {
    const targets = values(json, 'aws_appautoscaling_target');
    expect(targets.map((x) => `${x.provider ?? 'default'} ${x.resource_id} ${x.scalable_dimension} ${x.min_capacity}-${x.max_capacity}`).sort()).toEqual([
      'aws.dr table/test-orders dynamodb:table:ReadCapacityUnits 5-200',
      'aws.dr table/test-orders dynamodb:table:WriteCapacityUnits 2-100',
      'aws.dr table/test-orders/index/by-customer dynamodb:index:ReadCapacityUnits 5-200',
      'aws.dr table/test-orders/index/by-customer dynamodb:index:WriteCapacityUnits 2-100',
      'default table/test-orders dynamodb:table:ReadCapacityUnits 5-200',
      'default table/test-orders dynamodb:table:WriteCapacityUnits 2-100',
      'default table/test-orders/index/by-customer dynamodb:index:ReadCapacityUnits 5-200',
      'default table/test-orders/index/by-customer dynamodb:index:WriteCapacityUnits 2-100',
    ]);
    const policies = values(json, 'aws_appautoscaling_policy');
    expect(policies).toHaveLength(8);
    const read = policies.find((p) => p.name === 'read-capacity-target-tracking' && p.provider === undefined && p.resource_id.includes('table-read-scaling_'));
    expect(read.target_tracking_scaling_policy_configuration).toEqual({ target_value: 60, predefined_metric_specification: { predefined_metric_type: 'DynamoDBReadCapacityUtilization' } });
    expect(Object.keys(table.autoscaling).sort()).toEqual(['index-by-customer', 'index-by-customer-eu-central-1', 'table', 'table-eu-central-1']);
  });

  test('consumed-capacity alarms at 80% of the maximum, per second', () => {
    const alarms = alarmsByKey(json, 'test-orders-');
    expect(alarms.consumedReadCapacity.threshold).toBe(160);
    expect(alarms.consumedWriteCapacity.threshold).toBe(80);
    expect(alarms.consumedWriteCapacity.metric_query[1].expression).toBe('m / PERIOD(m)');
    expect(alarms['eu-central-1-replicationLatency'].dimensions.ReceivingRegion).toBe('eu-central-1');
  });

  test('contributor insights on the table and the index; the index-capacity gap is a warning', () => {
    expect(values(json, 'aws_dynamodb_contributor_insights').map((c) => c.index_name ?? '(table)').sort()).toEqual(['(table)', 'by-customer']);
    expect(annotations(stack)).toEqual([expect.stringMatching(/^test\/orders: billingMode is "provisioned": Terraform resets the capacity of the global secondary indexes/)]);
    expect(schemaErrors(stack)).toEqual([]);
  });
});

describe('ResilientTable: backup plans, names, options', () => {
  test('a backup plan folds its figures into recovery and tags', () => {
    const { stack } = testStack();
    const table = new ResilientTable(stack, 'orders', { partitionKey: KEY, alarmRouting: new FakeRouting() });
    expect(isBackupTarget(table)).toBe(true);
    expect(table.backupResourceType).toBe('DynamoDB');
    expect(table.backupRegion).toBe('eu-west-1');
    const protection: BackupProtection = {
      plan: 'daily',
      retentionDays: 35,
      rpoDataSeconds: 86400,
      rpoRegionSeconds: 90000,
      copyRegions: ['eu-central-1'],
      vaultLock: 'compliance',
      restoreTesting: true,
      sources: ['plan'],
    };
    table.addBackupProtection(protection);
    expect(table.recovery).toMatchObject({ rpoDataSeconds: 300, rpoRegionSeconds: 90000, backupPlan: 'daily', vaultLock: 'compliance', restoreTesting: true, regions: ['eu-west-1', 'eu-central-1'], replication: 'backup-copy' });
    const t = onlyResource(synthJson(stack), 'aws_dynamodb_table');
    expect(t.tags).toMatchObject({ [RECOVERY_TAGS.backupPlan]: 'daily', [RECOVERY_TAGS.vaultLock]: 'compliance', [RECOVERY_TAGS.retentionDays]: '35' });
  });

  test('a given table name and keys; point-in-time recovery and deletion protection off are loud', () => {
    const { stack, json, table } = build({
      tableName: 'orders-v2',
      kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/abc',
      pointInTimeRecovery: false,
      deletionProtection: false,
      stream: 'KEYS_ONLY',
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
      maxReadRequestUnits: 1000,
    });
    const t = onlyResource(json, 'aws_dynamodb_table');
    expect(t).toMatchObject({
      name: 'orders-v2',
      point_in_time_recovery: { enabled: false },
      deletion_protection_enabled: false,
      stream_view_type: 'KEYS_ONLY',
      table_class: 'STANDARD_INFREQUENT_ACCESS',
      on_demand_throughput: { max_read_request_units: 1000 },
      server_side_encryption: { enabled: true, kms_key_arn: 'arn:aws:kms:eu-west-1:111111111111:key/abc' },
    });
    expect(resourcesOf(json, 'aws_kms_key')).toEqual({});
    expect(table.recovery.rpoDataSeconds).toBeUndefined();
    expect(table.recovery.rpoRegionSeconds).toBeUndefined();
    expect(annotations(stack)).toEqual([
      'test/orders: pointInTimeRecovery is false: a bad write or delete can only be undone from backups, if a backup plan protects the table',
      'test/orders: deletionProtection is false: a destroy or an accidental replacement deletes the table and its point-in-time recovery history',
    ]);
  });

  test('attribute names holding a template are written as text (issue 21: user text escaped; DynamoDB attribute names take any characters)', () => {
    // The contract sweep's injected-template probe found key names and the TTL attribute reaching Terraform unescaped.
    const { json } = build({
      partitionKey: { name: 'pk${var.x}', type: 'S' },
      sortKey: { name: '%{ if true }sk', type: 'S' },
      timeToLiveAttribute: 'ttl${x}',
      globalSecondaryIndexes: [{ name: 'by-owner', partitionKey: { name: 'owner${y}', type: 'S' }, projection: 'INCLUDE', nonKeyAttributes: ['a${z}'] }],
    });
    const t = onlyResource(json, 'aws_dynamodb_table');
    expect([t.hash_key, t.range_key, t.ttl.attribute_name]).toEqual(['pk$${var.x}', '%%{ if true }sk', 'ttl$${x}']);
    expect(t.attribute.map((a: { name: string }) => a.name).sort()).toEqual(['%%{ if true }sk', 'owner$${y}', 'pk$${var.x}']);
    expect(t.global_secondary_index[0]).toMatchObject({ hash_key: 'owner$${y}', non_key_attributes: ['a$${z}'] });
  });

  test('two tables with one name in one region collide; a replica claims the name in its region too', () => {
    const { stack } = testStack();
    new ResilientTable(stack, 'a', { partitionKey: KEY, tableName: 'orders', replicas: [{ region: 'us-east-1' }] });
    expect(() => new ResilientTable(stack, 'b', { partitionKey: KEY, tableName: 'orders' })).toThrow(NameCollisionError);
    const us = new AwsProvider(stack, 'us', { region: 'us-east-1', alias: 'us' });
    expect(() => new ResilientTable(stack, 'c', { partitionKey: KEY, tableName: 'orders', replicas: [{ provider: us }] })).toThrow(NameCollisionError);
    expect(() => new ResilientTable(stack, 'd', { partitionKey: KEY, tableName: 'orders', replicas: [{ region: 'ap-south-1' }] })).toThrow(/DynamoDB table name "orders" is already used by test\/a \(aws eu-west-1\)/);
  });

  test('token table names and key ARNs are carried through; a token that decides what the table reports is refused', () => {
    const { stack } = testStack();
    const pitr = new TerraformVariable(stack, 'pitr', { type: 'bool' });
    expect(() => new ResilientTable(stack, 'p', { partitionKey: KEY, pointInTimeRecovery: pitr.booleanValue as unknown as boolean })).toThrow(
      /invalid pointInTimeRecovery \$\{var\.pitr\} \(a token\): must be known at synth/,
    );
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    const key = new TerraformVariable(stack, 'key', { type: 'string' });
    new ResilientTable(stack, 't', { partitionKey: KEY, tableName: name.stringValue, kmsKeyArn: key.stringValue });
    const t = onlyResource(synthJson(stack), 'aws_dynamodb_table');
    expect(t.name).toBe('${var.name}');
    expect(t.server_side_encryption.kms_key_arn).toBe('${var.key}');
  });
});

describe('ResilientTable: bad input', () => {
  const bad = (props: Record<string, unknown>, message: string | RegExp) => {
    const { stack } = testStack();
    expect(() => new ResilientTable(stack, 'orders', { partitionKey: KEY, ...props } as ResilientTableProps)).toThrow(message);
  };

  test('a replica in the table\'s own region', () => {
    bad({ replicas: [{ region: 'eu-west-1' }] }, 'test/orders: invalid replicas[0].region "eu-west-1": must differ from the primary region eu-west-1: a copy in the same region is lost with the region');
  });

  test('replicas: repeated, unknown region, provider mismatch, key of another region, tokens', () => {
    bad({ replicas: [{ region: 'us-east-1' }, { region: 'us-east-1' }] }, 'invalid replicas[1].region "us-east-1": must not repeat an earlier region');
    bad({ replicas: [{ region: 'mars-1' }] }, /invalid replicas\[0\]\.region "mars-1": must be an AWS Region such as eu-west-1/);
    // Issue 21 (a Region that does not exist): the form is right, AWS has no eu-west-9 (the Regions table, aws-validity/facts/regions).
    bad({ replicas: [{ region: 'eu-west-9' }] }, /invalid replicas\[0\]\.region "eu-west-9": must be an AWS Region such as eu-west-1 .*"AWS Regions and endpoints"\) \(did you mean "eu-west-\d"\?\)/);
    bad({ replicas: [{}] }, /invalid replicas\[0\]\.region undefined: is required/);
    bad({ replicas: [{ region: 'us-east-1', kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/x' }] }, /must be a key in us-east-1/);
    bad({ replicas: [{ region: 'us-east-1', provider: 'aws.us' }] }, /invalid replicas\[0\]\.provider "aws.us": must be an AwsProvider/);
    bad({ replicas: [{ region: 'us-east-1', regoin: 'x' }] }, /unknown prop replicas\[0\]\.regoin \(did you mean region\?\)/);
    bad({ replicas: 'us-east-1' }, 'invalid replicas "us-east-1": must be a list (got a string)');
    const { stack } = testStack();
    const region = new TerraformVariable(stack, 'r', { type: 'string' });
    expect(() => new ResilientTable(stack, 't', { partitionKey: KEY, replicas: [{ region: region.stringValue }] })).toThrow(/invalid replicas\[0\]\.region \$\{var\.r\} \(a token\): must be known at synth/);
    const us = new AwsProvider(stack, 'us', { region: 'us-east-1', alias: 'us' });
    expect(() => new ResilientTable(stack, 'u', { partitionKey: KEY, replicas: [{ region: 'eu-central-1', provider: us }] })).toThrow(/must match the region of replicas\[0\]\.provider \(us-east-1\)/);
    const { stack: pinned } = testStack('pinned');
    pinned.node.tryRemoveChild('aws');
    new AwsProvider(pinned, 'main', { region: 'eu-west-1', allowedAccountIds: ['111111111111'] });
    const other = new AwsProvider(pinned, 'other', { region: 'us-east-1', alias: 'other', allowedAccountIds: ['222222222222'] });
    const same = new AwsProvider(pinned, 'same', { region: 'us-west-2', alias: 'same', allowedAccountIds: ['111111111111'] });
    expect(() => new ResilientTable(pinned, 't', { partitionKey: KEY, replicas: [{ provider: other }] })).toThrow(
      'pinned/t: invalid replicas[0].provider "pinned/other": must reach the same account as the stack\'s provider (["111111111111"], not ["222222222222"]): the copy is created and replicated within one account',
    );
    expect(() => new ResilientTable(pinned, 'ok', { partitionKey: KEY, replicas: [{ provider: same }] })).not.toThrow();
  });

  test('capacity props that do not fit the billing mode', () => {
    bad({ readCapacity: { min: 1, max: 2 } }, /invalid readCapacity .*: applies to provisioned tables only/);
    bad({ billingMode: 'provisioned' }, 'invalid readCapacity undefined: is required');
    bad({ billingMode: 'provisioned', readCapacity: { min: 10, max: 5 }, writeCapacity: { min: 1, max: 1 } }, 'invalid readCapacity.max 5: must be at least readCapacity.min (10)');
    bad({ billingMode: 'provisioned', readCapacity: { min: 1, max: 5, targetUtilizationPercent: 95 }, writeCapacity: { min: 1, max: 1 } }, /targetUtilizationPercent 95: must be a number from 20 to 90/);
    bad({ billingMode: 'provisioned', readCapacity: { min: 1, max: 5 }, writeCapacity: { min: 1, max: 1 }, maxReadRequestUnits: 5 }, /maxReadRequestUnits 5: applies to on-demand tables only/);
    bad({ billingMode: 'PROVISIONED' }, /invalid billingMode "PROVISIONED": must be one of "on-demand", "provisioned"/);
    bad({ alarms: { consumedReadCapacity: { threshold: 5 } } }, /alarms.consumedReadCapacity .*applies to provisioned tables only/);
    bad({ alarms: { replicationLatency: { threshold: 5 } } }, /alarms.replicationLatency .*applies to tables with replicas only/);
  });

  test('keys, indexes, streams and the rest', () => {
    bad({ partitionKey: undefined }, 'invalid partitionKey undefined: is required');
    bad({ partitionKey: { name: 'pk', type: 'X' } }, /invalid partitionKey.type "X": must be one of "S", "N", "B"/);
    bad({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: { name: 'pk', type: 'N' } }] }, 'invalid globalSecondaryIndexes[0].partitionKey.type "N": must match the type S that partitionKey gives attribute "pk"');
    // Issue 21 (values that must agree): CreateTable refuses a KeySchema naming one attribute as both HASH and RANGE
    // ("Both the Hash Key and the Range Key element in the KeySchema have the same name").
    bad({ sortKey: { name: 'pk', type: 'S' } }, 'invalid sortKey.name "pk": must differ from partitionKey.name: a key schema names two attributes');
    bad({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: { name: 'c', type: 'S' }, sortKey: { name: 'c', type: 'S' } }] }, 'invalid globalSecondaryIndexes[0].sortKey.name "c": must differ from globalSecondaryIndexes[0].partitionKey.name');
    bad({ globalSecondaryIndexes: [{ name: 'ix', partitionKey: KEY }] }, /globalSecondaryIndexes\[0\]\.name "ix": must be 3 to 255/);
    bad({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: KEY }, { name: 'ixa', partitionKey: KEY }] }, /globalSecondaryIndexes\[1\]\.name "ixa": must not repeat/);
    bad({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: KEY, projection: 'INCLUDE' }] }, /nonKeyAttributes undefined: is required with projection INCLUDE/);
    bad({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: KEY, nonKeyAttributes: ['a'] }] }, /applies to projection INCLUDE only/);
    bad({ replicas: [{ region: 'us-east-1' }], stream: 'KEYS_ONLY' }, /invalid stream "KEYS_ONLY": must be NEW_AND_OLD_IMAGES/);
    bad({ pointInTimeRecovery: 'false' }, 'invalid pointInTimeRecovery "false": must be true or false (got a string)');
    bad({ pointInTimeRecoveryDays: 3 }, /pointInTimeRecoveryDays 3: must be an integer from 7 to 35/);
    bad({ pointInTimeRecovery: false, pointInTimeRecoveryDays: 10 }, /needs pointInTimeRecovery/);
    bad({ tableName: 'a b' }, /invalid tableName "a b": must be 3 to 255/);
    bad({ kmsKeyArn: 'arn:aws:sns:eu-west-1:111111111111:t' }, /invalid kmsKeyArn .*: must be an ARN of a kms resource/);
    bad({ kmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/x' }, /must be a key in eu-west-1/);
    bad({ alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'us-east-1' }) }, /invalid alarmRouting "us-east-1": must notify topics in eu-west-1/);
    bad({ tabelName: 'x' }, /unknown prop tabelName \(did you mean tableName\?\)/);
  });

  test('a token capacity max is refused, not mangled into the alarm threshold (issue 21: tokens carried or refused)', () => {
    const { stack } = testStack();
    const max = new TerraformVariable(stack, 'max', { type: 'number' }).numberValue;
    const min = new TerraformVariable(stack, 'min', { type: 'number' }).numberValue;
    expect(() => new ResilientTable(stack, 't', { partitionKey: KEY, billingMode: 'provisioned', readCapacity: { min: 1, max }, writeCapacity: { min: 1, max: 5 } })).toThrow(
      /invalid readCapacity\.max .*\(a token\): must be known at synth.*consumed-capacity alarm's threshold/,
    );
    // min only sets the created capacity and the scalable target's minimum: it is carried.
    new ResilientTable(stack, 'ok', { partitionKey: KEY, billingMode: 'provisioned', readCapacity: { min, max: 50 }, writeCapacity: { min: 1, max: 5 } });
    const table = Object.values(synthJson(stack).resource!.aws_dynamodb_table as Record<string, { read_capacity: unknown }>)[0];
    expect(table.read_capacity).toBe('${var.min}');
  });

  test('a table whose provider region is unknown at synth cannot be compared with its replicas', () => {
    const { stack } = testStack();
    const app = stack.node.root;
    const { TerraformStack } = jest.requireActual('cdktf');
    const s = new TerraformStack(app, 'other');
    new AwsProvider(s, 'aws', { region: new TerraformVariable(s, 'region', { type: 'string' }).stringValue });
    expect(() => new ResilientTable(s, 't', { partitionKey: KEY })).toThrow(/invalid provider.region undefined: must be known at synth/);
  });

  test('any prop value of the wrong type fails with an InvalidPropError naming the prop, never a crash (property)', () => {
    const wrong = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.double());
    const props = ['tableName', 'partitionKey', 'sortKey', 'globalSecondaryIndexes', 'billingMode', 'readCapacity', 'writeCapacity', 'maxReadRequestUnits', 'maxWriteRequestUnits', 'kmsKeyArn', 'replicas', 'pointInTimeRecovery', 'pointInTimeRecoveryDays', 'deletionProtection', 'timeToLiveAttribute', 'stream', 'contributorInsights', 'tableClass'];
    fc.assert(
      fc.property(fc.constantFrom(...props), wrong, (prop, value) => {
        expectSynthOrPropError(prop, (stack) => new ResilientTable(stack, 't', { partitionKey: KEY, [prop]: value } as unknown as ResilientTableProps));
      }),
      { numRuns: 150 },
    );
  });

  test('nested props of any shape fail with an InvalidPropError under their parent prop, never a crash (property)', () => {
    const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer({ min: -5, max: 50000 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.double());
    const nested: [string, (v: unknown) => Record<string, unknown>][] = [
      ['readCapacity', (v) => ({ billingMode: 'provisioned', readCapacity: { min: 1, max: 5, targetUtilizationPercent: v }, writeCapacity: { min: 1, max: 5 } })],
      ['readCapacity', (v) => ({ billingMode: 'provisioned', readCapacity: { min: v, max: 5 }, writeCapacity: { min: 1, max: 5 } })],
      ['replicas', (v) => ({ replicas: [{ region: v }] })],
      ['replicas', (v) => ({ replicas: [{ region: 'us-east-1', kmsKeyArn: v }] })],
      ['replicas', (v) => ({ replicas: [{ provider: v }] })],
      ['globalSecondaryIndexes', (v) => ({ globalSecondaryIndexes: [{ name: v, partitionKey: KEY }] })],
      ['globalSecondaryIndexes', (v) => ({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: v }] })],
      ['globalSecondaryIndexes', (v) => ({ globalSecondaryIndexes: [{ name: 'ixa', partitionKey: KEY, projection: 'INCLUDE', nonKeyAttributes: v }] })],
      ['partitionKey', (v) => ({ partitionKey: { name: v, type: 'S' } })],
      ['alarms', (v) => ({ alarms: { throttledRequests: { threshold: v } } })],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: nested.length - 1 }), anything, (i, value) => {
        const [parent, props] = nested[i];
        expectSynthOrPropError(parent, (stack) => new ResilientTable(stack, 't', { partitionKey: KEY, ...props(value) } as unknown as ResilientTableProps));
      }),
      { numRuns: 200 },
    );
  });
});
