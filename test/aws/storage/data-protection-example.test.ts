import { Testing } from 'cdktf';
import { DataProtectionStack, PRIMARY_REGION, RECOVERY_REGION } from '../../../examples/data-protection/stack';
import { checkStack } from '../../../src/checks';
import { RECOVERY_TAGS } from '../../../src/core';
import { annotations, resourceOf, resourcesOf, schemaErrors, synth, synthJson, values } from '../../harness';

describe('examples/data-protection: global table, replicated bucket, locked backup plan', () => {
  const stack = new DataProtectionStack(Testing.app(), 'data-protection');
  const json = synthJson(stack);

  test('passes the provider-schema check and the rule pack with no warning, and says nothing to act on', () => {
    expect(schemaErrors(stack)).toEqual([]);
    expect(annotations(stack)).toEqual([]);
    expect(checkStack(json, { name: 'data-protection' }).findings).toEqual([]);
  });

  test('a region loss: the table has a replica and the bucket a replica bucket in the recovery region, each under a key there', () => {
    const table = values(json, 'aws_dynamodb_table')[0];
    expect(table.replica).toEqual([expect.objectContaining({ region_name: RECOVERY_REGION, point_in_time_recovery: true, kms_key_arn: expect.stringMatching(/^\$\{aws_kms_key\.orders_replica-key-eu-central-1_/) })]);
    const replicaBucket = resourceOf(json, 'aws_s3_bucket', 'documents_replica-bucket_');
    expect(replicaBucket.provider).toBe('aws.recovery');
    expect(stack.orders.recovery.regions).toEqual([PRIMARY_REGION, RECOVERY_REGION]);
    expect(stack.documents.recovery.rpoRegionSeconds).toBe(900);
  });

  test('deletion and corruption: the plan backs both up daily and monthly, copies to the recovery region, locks its vault, tests restores', () => {
    const selection = values(json, 'aws_backup_selection');
    const resources = selection.flatMap((s) => s.resources ?? []);
    expect(resources).toEqual(expect.arrayContaining([expect.stringMatching(/^\$\{aws_dynamodb_table\.orders_table_.*\.arn\}$/), expect.stringMatching(/^\$\{aws_s3_bucket\.documents_bucket_.*\.arn\}$/)]));
    const plan = values(json, 'aws_backup_plan')[0];
    expect(plan.rule.map((r: any) => [r.rule_name, r.lifecycle.delete_after, r.copy_action?.length ?? 0])).toEqual([
      ['daily', 35, 1],
      ['monthly', 365, 1],
    ]);
    expect(values(json, 'aws_backup_vault_lock_configuration').length).toBeGreaterThanOrEqual(1);
    // One restore testing plan over the vault, one over the copy vault in the recovery region (AWS Backup restores a
    // copy only in its own region: "Restoring S3 data"); each restores under the resource's key in that region.
    const testing = values(json, 'aws_backup_restore_testing_plan');
    expect(testing.map((t) => t.provider ?? 'default')).toEqual(['aws.recovery', 'default']);
    const selections = values(json, 'aws_backup_restore_testing_selection');
    expect(selections.map((t) => [t.provider ?? 'default', t.protected_resource_type, t.restore_metadata_overrides])).toEqual([
      ['aws.recovery', 'DynamoDB', { encryptionType: 'KMS', kmsMasterKeyArn: expect.stringMatching(/^\$\{aws_kms_key\.orders_replica-key-eu-central-1_.*\.arn\}$/) }],
      ['aws.recovery', 'S3', { encryptionType: 'SSE-KMS', kmsKey: expect.stringMatching(/^\$\{aws_kms_key\.documents_replica-key_.*\.arn\}$/) }],
      ['default', 'DynamoDB', { encryptionType: 'KMS', kmsMasterKeyArn: expect.stringMatching(/^\$\{aws_kms_key\.orders_key_.*\.arn\}$/) }],
      ['default', 'S3', { encryptionType: 'SSE-KMS', kmsKey: expect.stringMatching(/^\$\{aws_kms_key\.documents_key_.*\.arn\}$/) }],
    ]);
    for (const r of [stack.orders.recovery, stack.documents.recovery]) expect(r).toMatchObject({ backupPlan: stack.backups.planName, vaultLock: 'governance', restoreTesting: true, retentionDays: 365 });
    expect(values(json, 'aws_dynamodb_table')[0].tags).toMatchObject({ [RECOVERY_TAGS.backupPlan]: stack.backups.planName, [RECOVERY_TAGS.rpoData]: '5m' });
  });

  test('every alarm notifies a channel in its own region', () => {
    const alarms = values(json, 'aws_cloudwatch_metric_alarm');
    const topics = Object.entries(resourcesOf(json, 'aws_sns_topic')) as [string, any][];
    const regionOfTopic = (arn: string) => topics.find(([k]) => arn === `\${aws_sns_topic.${k}.arn}`)![1].provider ?? 'default';
    expect(alarms.length).toBeGreaterThan(5);
    for (const a of alarms) {
      expect(a.alarm_actions.length).toBeGreaterThan(0);
      for (const action of a.alarm_actions) expect([a.alarm_name, regionOfTopic(action)]).toEqual([a.alarm_name, a.provider ?? 'default']);
    }
    const metricOf = (a: any) => a.metric_name ?? a.metric_query.find((q: any) => q.metric).metric.metric_name;
    expect(alarms.filter((a) => a.provider === 'aws.recovery').map(metricOf).sort()).toEqual(['NumberOfRestoreJobsFailed', 'NumberOfRestoreJobsFailed', 'ReplicationLatency']);
  });

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });
});
