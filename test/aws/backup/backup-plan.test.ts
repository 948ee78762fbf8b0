import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Testing } from 'cdktf';
import { BackupPlan, BackupPlanProps } from '../../../src/aws/backup/backup-plan';
import { ResilientDatabase } from '../../../src/aws/database/resilient-database';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { checkStack } from '../../../src/checks';
import { formatReport, reportStack } from '../../../src/checks/report';
import { TerraformJsonStack } from '../../../src/checks/stack';
import { RECOVERY_TAGS } from '../../../src/core/contract';
import { annotations, expectInvalidProp, onlyResource, refTo, resourcesOf, schemaErrors, synth, synthJson, testStack, TestStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';
import { FakeTarget } from './fake-target';

const DB_ARN = 'arn:aws:rds:eu-west-1:111111111111:db:orders';
/** The alarm over a metric (a single-metric alarm, or a metric-math alarm reading it). */
const alarmsOn = (json: any, metricName: string) =>
  values(json, 'aws_cloudwatch_metric_alarm').filter((a) => a.metric_name === metricName || (a.metric_query ?? []).some((q: any) => q.metric?.metric_name === metricName));
const missingAlarm = (json: any) => alarmsOn(json, 'NumberOfBackupJobsCompleted')[0];
/** The dimensions of each metric a metric-math alarm reads. */
const seriesOf = (alarm: any) => alarm.metric_query.filter((q: any) => q.metric).map((q: any) => q.metric.dimensions);

function plan(props: BackupPlanProps = {}, build?: (stack: TestStack, plan: BackupPlan) => void) {
  const { stack } = testStack();
  const p = new BackupPlan(stack, 'backup', { alarmRouting: new FakeRouting(), ...props });
  if (build) build(stack, p);
  else p.protect(DB_ARN);
  return { stack, plan: p, json: synthJson(stack) };
}

function auroraStack() {
  const { stack } = testStack();
  const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
  const network = new MultiAzNetwork(stack, 'net', { zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], alarms: { natPortAllocationErrors: { enabled: false } } });
  const db = new ResilientDatabase(stack, 'db', {
    network,
    engine: 'aurora-postgresql',
    engineVersion: '16.4',
    instanceClass: 'db.r6g.large',
    clientSecurityGroupIds: ['sg-0123456789abcdef0'],
    alarmRouting: new FakeRouting(),
  });
  const backup = new BackupPlan(stack, 'backup', {
    alarmRouting: new FakeRouting(),
    rules: [{ preset: 'daily', copies: [{ provider: dr }] }, { preset: 'monthly', coldStorageAfterDays: 30, retentionDays: 365 }],
    vaultLock: { mode: 'compliance', minRetentionDays: 7, maxRetentionDays: 400, coolingOffDays: 7 },
    auditFramework: true,
    airGappedVault: { minRetentionDays: 7, maxRetentionDays: 400 },
  });
  backup.protect(db);
  return { stack, db, backup, json: synthJson(stack) };
}

describe('BackupPlan defaults: daily, locked CMK vault, restore testing, notifications', () => {
  const { stack, plan: p, json } = plan();

  test('passes the provider-schema check, with no warning', () => {
    expect(schemaErrors(stack)).toEqual([]);
    expect(annotations(stack)).toEqual([]);
  });

  test('one daily rule at 05:00 UTC kept 35 days, in windows of 1 h to start and 8 h to finish, into the plan vault', () => {
    const rule = onlyResource(json, 'aws_backup_plan').rule;
    expect(rule).toEqual([
      {
        rule_name: 'daily',
        schedule: 'cron(0 5 ? * * *)',
        start_window: 60,
        completion_window: 480,
        lifecycle: { delete_after: 35 },
        copy_action: [],
        target_vault_name: refTo(json, 'aws_backup_vault', '', 'name'),
      },
    ]);
    expect(p.rules[0].intervalSeconds).toBe(86400);
  });

  test('the vault uses a rotated customer-managed key whose policy lets the backup role use it, grants only for AWS resources', () => {
    const vault = onlyResource(json, 'aws_backup_vault');
    expect(vault.kms_key_arn).toBe(refTo(json, 'aws_kms_key', '', 'arn'));
    expect(onlyResource(json, 'aws_kms_key')).toMatchObject({ enable_key_rotation: true, deletion_window_in_days: 30 });
    const policy = Object.values(json.data!.aws_iam_policy_document).find((d: any) => d.statement.some((s: any) => s.sid === 'AwsBackupUsesTheKey')) as any;
    const role = refTo(json, 'aws_iam_role', '', 'arn');
    const grants = policy.statement.find((s: any) => s.sid === 'AwsBackupGrantsForAwsResources');
    expect(grants).toMatchObject({ principals: [{ type: 'AWS', identifiers: [role] }], actions: expect.arrayContaining(['kms:CreateGrant']) });
    expect(grants.condition).toEqual([{ test: 'Bool', variable: 'kms:GrantIsForAWSResource', values: ['true'] }]);
    const viaBackup = policy.statement.find((s: any) => s.sid === 'AwsBackupServiceInThisAccount');
    expect(viaBackup.condition).toEqual([
      { test: 'StringEquals', variable: 'kms:CallerAccount', values: [expect.stringMatching(/aws_caller_identity\..*\.account_id/)] },
      { test: 'StringLike', variable: 'kms:ViaService', values: ['backup.*.amazonaws.com'] },
    ]);
  });

  test('the vault is locked in governance mode (no lock date), at least 7 days', () => {
    const lock = onlyResource(json, 'aws_backup_vault_lock_configuration');
    expect(lock).toEqual({ backup_vault_name: refTo(json, 'aws_backup_vault', '', 'name'), min_retention_days: 7 });
  });

  // AWS Backup Developer Guide, "Vault access policies" (actions named one by one: no wildcard in Action); AWS Config
  // backup-recovery-point-manual-deletion-disabled recognises a Deny with Principal and Resource "*".
  test('the vault is guarded: nobody deletes a recovery point, shortens its lifecycle or removes the lock (no break-glass role given)', () => {
    const policy = onlyResource(json, 'aws_backup_vault_policy');
    expect(policy.backup_vault_name).toBe(refTo(json, 'aws_backup_vault', '', 'name'));
    // Destroy removes the policy before the lock (the other order is denied).
    expect(policy.depends_on).toEqual([expect.stringMatching(/^aws_backup_vault_lock_configuration\.backup_lock_[0-9A-F]{8}$/)]);
    const [name, doc] = Object.entries(json.data!.aws_iam_policy_document).find(([n]) => n.includes('vault-policy-document')) as [string, any];
    expect(policy.policy).toBe(`\${data.aws_iam_policy_document.${name}.json}`);
    expect(doc.statement).toEqual([
      {
        sid: 'NobodyErasesRecoveryPointsEarly',
        effect: 'Deny',
        principals: [{ type: 'AWS', identifiers: ['*'] }],
        actions: ['backup:DeleteRecoveryPoint', 'backup:UpdateRecoveryPointLifecycle', 'backup:DeleteBackupVaultLockConfiguration'],
        resources: ['*'],
      },
    ]);
    expect(p.vaultPolicy).toBeDefined();
  });

  test('the role is trusted by AWS Backup for this account only, with the backup and restore policies (no S3 ones without a bucket)', () => {
    const role = onlyResource(json, 'aws_iam_role');
    const trust = JSON.parse(role.assume_role_policy);
    expect(trust.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 'backup.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': expect.stringMatching(/aws_caller_identity\..*\.account_id/) } } },
    ]);
    expect(values(json, 'aws_iam_role_policy_attachment').map((a) => a.policy_arn.replace(/^.*:policy\//, '')).sort()).toEqual([
      'service-role/AWSBackupServiceRolePolicyForBackup',
      'service-role/AWSBackupServiceRolePolicyForRestores',
    ]);
  });

  test('the ARN selection selects the resource with that role', () => {
    expect(onlyResource(json, 'aws_backup_selection')).toEqual({
      name: 'resources',
      plan_id: refTo(json, 'aws_backup_plan', '', 'id'),
      iam_role_arn: refTo(json, 'aws_iam_role', '', 'arn'),
      resources: [DB_ARN],
    });
  });

  test('restore tests run weekly on the latest snapshot of the vault; the resource is restored and kept 4 hours', () => {
    const t = onlyResource(json, 'aws_backup_restore_testing_plan');
    expect(t).toMatchObject({
      name: 'test_backup_restore_test',
      schedule_expression: 'cron(0 6 ? * SAT *)',
      start_window_hours: 24,
      recovery_point_selection: [{ algorithm: 'LATEST_WITHIN_WINDOW', include_vaults: [refTo(json, 'aws_backup_vault', '', 'arn')], recovery_point_types: ['SNAPSHOT'], selection_window_days: 7 }],
    });
    expect(onlyResource(json, 'aws_backup_restore_testing_selection')).toMatchObject({
      protected_resource_type: 'RDS',
      protected_resource_arns: [DB_ARN],
      validation_window_hours: 4,
      restore_testing_plan_name: refTo(json, 'aws_backup_restore_testing_plan', '', 'name'),
    });
  });

  test('failed, aborted and expired backup and copy jobs of this vault go to the ticket topic (EventBridge, not the deprecated vault notification)', () => {
    const rules = values(json, 'aws_cloudwatch_event_rule').map((r) => JSON.parse(r.event_pattern));
    expect(rules).toEqual([
      { source: ['aws.backup'], 'detail-type': ['Backup Job State Change'], detail: { state: ['FAILED', 'ABORTED', 'EXPIRED'], backupVaultName: [refTo(json, 'aws_backup_vault', '', 'name')] } },
      { source: ['aws.backup'], 'detail-type': ['Copy Job State Change'], detail: { state: ['FAILED', 'ABORTED', 'EXPIRED'], sourceBackupVaultArn: [refTo(json, 'aws_backup_vault', '', 'arn')] } },
    ]);
    expect(values(json, 'aws_cloudwatch_event_target').map((t) => t.arn)).toEqual(new FakeRouting().actionsFor('ticket').concat(new FakeRouting().actionsFor('ticket')));
    expect(resourcesOf(json, 'aws_backup_vault_notifications')).toEqual({});
  });

  test('a missing backup raises a ticket: no completed job in the vault for 24 h + 1 h + 8 h, missing data breaching', () => {
    // AWS Backup Developer Guide, "AWS Backup metrics with Amazon CloudWatch": job metrics carry ResourceType and
    // BackupVaultName; CloudWatch returns nothing for a dimension set that is not published ("Dimension
    // combinations"), and with missing data breaching an unpublished series would fire forever. The alarm reads the
    // vault's series and the vault's series of each protected type, filled with 0 and added up.
    const vault = refTo(json, 'aws_backup_vault', '', 'name');
    const alarm = missingAlarm(json);
    expect(seriesOf(alarm)).toEqual([{ BackupVaultName: vault }, { BackupVaultName: vault, ResourceType: 'RDS' }]);
    expect(alarm.metric_query.map((q: any) => [q.id, q.metric?.stat, q.metric?.period, q.metric?.namespace, q.expression, q.return_data])).toEqual([
      ['m0', 'Sum', 3600, 'AWS/Backup', undefined, false],
      ['m1', 'Sum', 3600, 'AWS/Backup', undefined, false],
      ['e1', undefined, undefined, undefined, 'FILL(m0, 0) + FILL(m1, 0)', true],
    ]);
    expect(alarm).toMatchObject({
      evaluation_periods: 33,
      datapoints_to_alarm: 33,
      comparison_operator: 'LessThanThreshold',
      threshold: 1,
      treat_missing_data: 'breaching',
      alarm_actions: new FakeRouting().actionsFor('ticket'),
    });
  });

  test('a failed restore of the protected type raises a ticket: NumberOfRestoreJobsFailed by ResourceType (and by vault), any failure in an hour', () => {
    // Restore job metrics carry ResourceType (AWS Backup Developer Guide, "AWS Backup metrics with Amazon
    // CloudWatch"); the vault's series is read too, so the alarm reads whichever combination AWS publishes.
    const restore = alarmsOn(json, 'NumberOfRestoreJobsFailed');
    expect(restore.map(seriesOf)).toEqual([[{ ResourceType: 'RDS' }, { ResourceType: 'RDS', BackupVaultName: refTo(json, 'aws_backup_vault', '', 'name') }]]);
    expect(restore[0].metric_query.find((q: any) => q.return_data).expression).toBe('FILL(m0, 0) + FILL(m1, 0)');
    expect(restore).toEqual([
      expect.objectContaining({
        alarm_name: 'test-backup-rds-restoreFailed',
        evaluation_periods: 1,
        comparison_operator: 'GreaterThanThreshold',
        threshold: 0,
        treat_missing_data: 'notBreaching',
        alarm_actions: new FakeRouting().actionsFor('ticket'),
      }),
    ]);
    expect(Object.keys(p.alarms).sort()).toEqual(['missingBackup', 'rds-restoreFailed']);
  });

  test('the rule pack: only the cross-region copy warning (this plan has no copy)', () => {
    const findings = checkStack(json).findings.filter((f) => f.ruleId.startsWith('REL-BAK'));
    expect(findings.map((f) => `${f.ruleId} ${f.severity}`)).toEqual(['REL-BAK-5 warning']);
  });
});

describe('BackupPlan protecting an Aurora cluster with a cross-region copy, cold storage, compliance lock, air-gapped vault and audit framework', () => {
  const { stack, db, backup, json } = auroraStack();

  test('passes the provider-schema check and the rule pack with no backup finding and no error', () => {
    expect(schemaErrors(stack)).toEqual([]);
    const findings = checkStack(json).findings;
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.ruleId.startsWith('REL-BAK'))).toEqual([]);
  });

  test('the copy goes to a vault the plan created in eu-central-1, with its own key there, locked the same way', () => {
    const copyVault = values(json, 'aws_backup_vault').find((v) => v.provider === 'aws.dr');
    expect(copyVault.name).toBe('test-backup-copy-vault');
    expect(copyVault.kms_key_arn).toBe(refTo(json, 'aws_kms_key', (k) => k.provider === 'aws.dr', 'arn'));
    const locks = values(json, 'aws_backup_vault_lock_configuration');
    expect(locks.map((l) => [l.provider ?? 'aws', l.min_retention_days, l.max_retention_days, l.changeable_for_days]).sort()).toEqual([
      ['aws', 7, 400, 7],
      ['aws.dr', 7, 400, 7],
    ]);
    const daily = onlyResource(json, 'aws_backup_plan').rule.find((r: any) => r.rule_name === 'daily');
    expect(daily.copy_action.map((c: any) => c.destination_vault_arn)).toEqual([
      refTo(json, 'aws_backup_vault', (v) => v.provider === 'aws.dr', 'arn'),
      refTo(json, 'aws_backup_logically_air_gapped_vault', '', 'arn'),
    ]);
    expect(daily.copy_action[0].lifecycle).toEqual({ delete_after: 35 });
  });

  test('the monthly rule moves recovery points to cold storage after 30 days and keeps them 365', () => {
    const monthly = onlyResource(json, 'aws_backup_plan').rule.find((r: any) => r.rule_name === 'monthly');
    expect(monthly.lifecycle).toEqual({ cold_storage_after: 30, delete_after: 365 });
    expect(monthly.schedule).toBe('cron(0 5 1 * ? *)');
  });

  test('the air-gapped vault keeps 7 to 400 days', () => {
    expect(onlyResource(json, 'aws_backup_logically_air_gapped_vault')).toMatchObject({ name: 'test-backup-air-gapped', min_retention_days: 7, max_retention_days: 400 });
  });

  test('the database reports the plan: RPO 0 for a zone, 5 min of data (PITR), 24 h + 8 h + 4 h for the region, 365 days, compliance lock, restore-tested', () => {
    expect(db.recovery).toMatchObject({
      regions: ['eu-west-1', 'eu-central-1'],
      rpoZoneSeconds: 0,
      rpoDataSeconds: 300,
      rpoRegionSeconds: 86400 + 8 * 3600 + 4 * 3600,
      backupPlan: 'test-backup',
      retentionDays: 365,
      vaultLock: 'compliance',
      restoreTesting: true,
      replication: 'backup-copy',
    });
    const cluster = onlyResource(json, 'aws_rds_cluster');
    expect(cluster.tags).toMatchObject({
      [RECOVERY_TAGS.backupPlan]: 'test-backup',
      [RECOVERY_TAGS.rpoZone]: '0s',
      [RECOVERY_TAGS.rpoData]: '5m',
      [RECOVERY_TAGS.rpoRegion]: '36h',
      [RECOVERY_TAGS.retentionDays]: '365',
      [RECOVERY_TAGS.vaultLock]: 'compliance',
      [RECOVERY_TAGS.restoreTesting]: 'true',
      // Space-separated: RDS refuses a comma in a tag value (RDS API Reference, "Tag": ^([\p{L}\p{Z}\p{N}_.:/=+\-@]*)$).
      [RECOVERY_TAGS.regions]: 'eu-west-1 eu-central-1',
    });
    // Only the stateful resource carries them, not the database's alarms or security group.
    expect(values(json, 'aws_cloudwatch_metric_alarm').filter((a) => a.tags?.[RECOVERY_TAGS.backupPlan])).toEqual([]);
    expect(backup.protectionFor('Aurora').copyRegions).toEqual(['eu-central-1']);
  });

  test('the report shows the cluster backed up by the plan with its RPOs, retention, lock and restore testing', () => {
    const report = reportStack(TerraformJsonStack.fromJson(json, 'app'));
    const cluster = report.stateful.find((s) => s.type === 'aws_rds_cluster')!;
    expect(cluster.backup).toEqual({ plans: ['test-backup'], rpoZone: '0s', rpoRegion: '36h', rpoData: '5m', retentionDays: 365, vaultLock: 'compliance', restoreTesting: true, crossRegionCopy: true });
    expect(formatReport([report], 'text')).toMatch(/aws_rds_cluster\.db_cluster_\w+\s+test-backup\s+0s\s+36h\s+365d\s+compliance\s+yes\s+5m/);
  });

  test('the Aurora cluster is restore-tested as Aurora', () => {
    expect(onlyResource(json, 'aws_backup_restore_testing_selection')).toMatchObject({ protected_resource_type: 'Aurora', protected_resource_arns: [refTo(json, 'aws_rds_cluster', '', 'arn')] });
  });

  test('the audit framework checks frequency and retention of the plan, recovery point age, encryption, cross-region copy and vault lock', () => {
    const fw = onlyResource(json, 'aws_backup_framework');
    const controls = Object.fromEntries(fw.control.map((c: any) => [c.name, { params: Object.fromEntries(c.input_parameter.map((p: any) => [p.name, p.value])), scope: c.scope }]));
    expect(controls).toEqual({
      BACKUP_PLAN_MIN_FREQUENCY_AND_MIN_RETENTION_CHECK: {
        params: { requiredFrequencyUnit: 'days', requiredFrequencyValue: '1', requiredRetentionDays: '35' },
        scope: { compliance_resource_ids: [refTo(json, 'aws_backup_plan', '', 'id')], compliance_resource_types: ['AWS::Backup::BackupPlan'] },
      },
      BACKUP_RECOVERY_POINT_MINIMUM_RETENTION_CHECK: { params: { requiredRetentionDays: '35' }, scope: { compliance_resource_types: ['Aurora'] } },
      BACKUP_LAST_RECOVERY_POINT_CREATED: { params: { recoveryPointAgeUnit: 'hours', recoveryPointAgeValue: '32' }, scope: { compliance_resource_types: ['Aurora'] } },
      BACKUP_RECOVERY_POINT_ENCRYPTED: { params: {}, scope: { compliance_resource_types: ['Aurora'] } },
      BACKUP_RESOURCES_PROTECTED_BY_CROSS_REGION: { params: { crossRegionList: 'eu-central-1' }, scope: { compliance_resource_types: ['Aurora'] } },
      BACKUP_RESOURCES_PROTECTED_BY_BACKUP_VAULT_LOCK: { params: { minRetentionDays: '7', maxRetentionDays: '400' }, scope: { compliance_resource_types: ['Aurora'] } },
    });
  });

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });
});

describe('BackupPlan selections', () => {
  test('tags select with AND: one condition block of string_equals entries over every resource, never several selection_tag blocks', () => {
    const { json, stack } = plan({ selectionTags: { backup: 'daily', env: 'prod' }, restoreTesting: { tagSelectedResourceTypes: ['DynamoDB'] } }, () => undefined);
    const sel = onlyResource(json, 'aws_backup_selection');
    expect(sel.selection_tag).toBeUndefined();
    expect(sel.resources).toEqual(['*']);
    expect(sel.condition).toEqual([
      { string_equals: [{ key: 'aws:ResourceTag/backup', value: 'daily' }, { key: 'aws:ResourceTag/env', value: 'prod' }] },
    ]);
    const testing = onlyResource(json, 'aws_backup_restore_testing_selection');
    expect(testing).toMatchObject({
      protected_resource_type: 'DynamoDB',
      protected_resource_conditions: [{ string_equals: [{ key: 'aws:ResourceTag/backup', value: 'daily' }, { key: 'aws:ResourceTag/env', value: 'prod' }] }],
    });
    // The provider validates ExactlyOneOf(protected_resource_arns, protected_resource_conditions)
    // (internal/service/backup/restore_testing_selection.go, ConfigValidators): conditions only, no ["*"].
    expect(testing.protected_resource_arns).toBeUndefined();
    expect(schemaErrors(stack)).toEqual([]);
    // The coverage rule agrees: a table with only one of the tags is not selected.
    const findings = checkStack(json).findings.filter((f) => f.ruleId === 'REL-BAK-8');
    expect(findings).toEqual([]);
  });

  test('tag-selected resources without types to test get a warning that they are not restore-tested', () => {
    const { stack } = plan({ selectionTags: { backup: 'daily' } }, () => undefined);
    expect(annotations(stack)).toEqual([expect.stringContaining('resources selected by selectionTags are not restore-tested')]);
  });

  test('a bucket adds the S3 backup and restore policies; a table gets the plan figures (no PITR from the plan without continuous backup)', () => {
    let bucket!: FakeTarget;
    let table!: FakeTarget;
    const { json } = plan({ rules: [{ preset: 'daily', continuousBackup: true, retentionDays: 35 }] }, (stack, p) => {
      bucket = new FakeTarget(stack, 'bucket', 'S3', 'arn:aws:s3:::orders-bucket', 'eu-west-1');
      table = new FakeTarget(stack, 'table', 'DynamoDB', 'arn:aws:dynamodb:eu-west-1:111111111111:table/orders');
      p.protect(bucket).protect(table);
    });
    expect(values(json, 'aws_iam_role_policy_attachment').map((a) => a.policy_arn.replace(/^.*:policy\//, '')).sort()).toEqual([
      'AWSBackupServiceRolePolicyForS3Backup',
      'AWSBackupServiceRolePolicyForS3Restore',
      'service-role/AWSBackupServiceRolePolicyForBackup',
      'service-role/AWSBackupServiceRolePolicyForRestores',
    ]);
    expect(onlyResource(json, 'aws_backup_selection').resources).toEqual(['arn:aws:s3:::orders-bucket', 'arn:aws:dynamodb:eu-west-1:111111111111:table/orders']);
    expect(bucket.protections[0]).toMatchObject({ plan: 'test-backup', rpoDataSeconds: 300, retentionDays: 35, vaultLock: 'governance', restoreTesting: true, copyRegions: [] });
    expect(bucket.protections[0].rpoRegionSeconds).toBeUndefined();
    expect(table.protections[0].rpoDataSeconds).toBe(86400);
    expect(onlyResource(json, 'aws_backup_plan').rule[0].enable_continuous_backup).toBe(true);
    expect(onlyResource(json, 'aws_backup_restore_testing_plan').recovery_point_selection[0].recovery_point_types).toEqual(['CONTINUOUS', 'SNAPSHOT']);
    expect(values(json, 'aws_backup_restore_testing_selection').map((s) => [s.name, s.protected_resource_type])).toEqual([
      ['s3_1', 'S3'],
      ['dynamodb_2', 'DynamoDB'],
    ]);
  });

  test('ARNs given as resources are selected and restore-tested like protected ones', () => {
    const { json } = plan({ resources: [DB_ARN, 'arn:aws:dynamodb:eu-west-1:111111111111:table/orders'] }, () => undefined);
    expect(onlyResource(json, 'aws_backup_selection').resources).toEqual([DB_ARN, 'arn:aws:dynamodb:eu-west-1:111111111111:table/orders']);
    expect(values(json, 'aws_backup_restore_testing_selection').map((s) => [s.protected_resource_type, s.protected_resource_arns])).toEqual([
      ['RDS', [DB_ARN]],
      ['DynamoDB', ['arn:aws:dynamodb:eu-west-1:111111111111:table/orders']],
    ]);
  });

  test('restore metadata overrides of a target reach its restore testing selection', () => {
    const { json } = plan({}, (stack, p) => p.protect(new FakeTarget(stack, 'db', 'RDS', DB_ARN, undefined, { dbsubnetgroupname: 'restore-tests' })));
    expect(onlyResource(json, 'aws_backup_restore_testing_selection').restore_metadata_overrides).toEqual({ dbsubnetgroupname: 'restore-tests' });
  });

  test('a token ARN is selected; it is restore-tested only with a resource type', () => {
    const { json, stack } = plan({}, (s, p) => {
      const other = new ResilientDatabaseLike(s);
      p.protect(other.arn);
      p.protect(other.arn2, { resourceType: 'EFS' });
    });
    expect(onlyResource(json, 'aws_backup_selection').resources).toHaveLength(2);
    expect(onlyResource(json, 'aws_backup_restore_testing_selection').protected_resource_type).toBe('EFS');
    expect(annotations(stack)).toEqual([expect.stringContaining('is not known, so it is not restore-tested')]);
  });
});

/** Two resources with ARN tokens. */
class ResilientDatabaseLike {
  public readonly arn: string;
  public readonly arn2: string;
  constructor(stack: TestStack) {
    const { EfsFileSystem } = require('@cdktf/provider-aws/lib/efs-file-system');
    this.arn = new EfsFileSystem(stack, 'fs1', {}).arn;
    this.arn2 = new EfsFileSystem(stack, 'fs2', {}).arn;
  }
}

describe('BackupPlan options', () => {
  test('custom rule: cron with a time zone, windows, recovery point tags', () => {
    const { json, plan: p } = plan({ rules: [{ name: 'hourly-ish', schedule: 'cron(15 */4 ? * * *)', scheduleTimezone: 'Europe/Paris', retentionDays: 14, startWindowMinutes: 90, completionWindowMinutes: 200, recoveryPointTags: { note: 'a b/c' } }] });
    expect(onlyResource(json, 'aws_backup_plan').rule[0]).toMatchObject({
      rule_name: 'hourly-ish',
      schedule: 'cron(15 */4 ? * * *)',
      schedule_expression_timezone: 'Europe/Paris',
      start_window: 90,
      completion_window: 200,
      lifecycle: { delete_after: 14 },
      recovery_point_tags: { note: 'a b/c' },
    });
    // 4 h + 90 min + 200 min + 1 h for daylight saving = 9 h 50 min: 10 hourly periods.
    expect(missingAlarm(json).evaluation_periods).toBe(10);
    expect(p.protectionFor('RDS').rpoDataSeconds).toBe(4 * 3600);
  });

  test('a copy to an existing vault in another account and region takes its ARN', () => {
    const arn = 'arn:aws:backup:eu-central-1:222222222222:backup-vault:central';
    const { json, plan: p } = plan({ rules: [{ preset: 'weekly', copies: [{ vaultArn: arn, retentionDays: 120 }] }] });
    expect(onlyResource(json, 'aws_backup_plan').rule[0].copy_action).toEqual([{ destination_vault_arn: arn, lifecycle: { delete_after: 120 } }]);
    expect(p.protectionFor('RDS')).toMatchObject({ copyRegions: ['eu-central-1'], rpoRegionSeconds: 7 * 86400 + 8 * 3600 + 4 * 3600 });
  });

  test('without routing: job failures and the alarms notify no one, with a warning', () => {
    const { stack } = testStack();
    new BackupPlan(stack, 'backup').protect(DB_ARN);
    Testing.synth(stack);
    expect(annotations(stack)).toEqual([expect.stringContaining('failed, aborted and expired backup and copy jobs, missing backups and failed restores notify no one')]);
    expect(values(synthJson(stack), 'aws_cloudwatch_metric_alarm').map((a) => a.alarm_actions)).toEqual([[], []]);
  });

  test('a break-glass role is the one principal the guard excepts (aws:PrincipalArn), on the plan\'s vault and its copy vaults', () => {
    const { stack } = testStack();
    const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
    const role = 'arn:aws:iam::111111111111:role/ops/backup-break-glass';
    new BackupPlan(stack, 'backup', { alarmRouting: new FakeRouting(), rules: [{ preset: 'daily', copies: [{ provider: dr }] }], deletionGuard: { breakGlassRoleArn: role } }).protect(DB_ARN);
    const json = synthJson(stack);
    const policies = values(json, 'aws_backup_vault_policy');
    expect(policies.map((x) => x.provider ?? 'aws').sort()).toEqual(['aws', 'aws.dr']);
    const docs = Object.entries(json.data!.aws_iam_policy_document).filter(([name]) => name.includes('vault-policy-document')).map(([, d]) => d as any);
    expect(docs).toHaveLength(2);
    for (const doc of docs) {
      expect(doc.statement).toEqual([
        expect.objectContaining({
          sid: 'OnlyTheBreakGlassRoleErasesRecoveryPointsEarly',
          effect: 'Deny',
          principals: [{ type: 'AWS', identifiers: ['*'] }],
          condition: [{ test: 'ArnNotEquals', variable: 'aws:PrincipalArn', values: [role] }],
        }),
      ]);
    }
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a break-glass principal that is not a role ARN is refused (aws:PrincipalArn names a session by its role)', () => {
    expectInvalidProp(
      () => plan({ deletionGuard: { breakGlassRoleArn: 'arn:aws:sts::111111111111:assumed-role/admin/alice' } }),
      /deletionGuard\.breakGlassRoleArn "arn:aws:sts::111111111111:assumed-role\/admin\/alice": must be an ARN of a iam resource/,
    );
    expectInvalidProp(() => plan({ deletionGuard: { breakGlassRoleArn: 'arn:aws:iam::111111111111:user/alice' } }), /deletionGuard\.breakGlassRoleArn "arn:aws:iam::111111111111:user\/alice": must be an IAM role ARN/);
  });

  test('turning off the deletion guard is possible, and loud', () => {
    const { stack, json } = plan({ deletionGuard: false });
    expect(resourcesOf(json, 'aws_backup_vault_policy')).toEqual({});
    expect(annotations(stack)).toEqual([expect.stringContaining('deletionGuard is false')]);
  });

  test('turning off the lock and restore testing is possible, and loud', () => {
    const { stack, json } = plan({ vaultLock: false, restoreTesting: false });
    expect(resourcesOf(json, 'aws_backup_vault_lock_configuration')).toEqual({});
    expect(resourcesOf(json, 'aws_backup_restore_testing_plan')).toEqual({});
    expect(annotations(stack)).toEqual([expect.stringContaining('vaultLock is false'), expect.stringContaining('restoreTesting is false')]);
    expect(checkStack(json).findings.map((f) => f.ruleId).sort()).toEqual(['REL-BAK-5', 'REL-BAK-6', 'REL-BAK-7']);
  });

  test('a monthly-only plan cannot have a missing-backup alarm (CloudWatch looks back 7 days at most): a warning says so', () => {
    const { stack, json } = plan({ rules: ['monthly'] });
    expect(missingAlarm(json)).toBeUndefined();
    expect(annotations(stack)).toEqual([expect.stringContaining('no missing-backup alarm is created')]);
  });

  test('the missing-backup alarm takes overrides like every resource alarm', () => {
    const { json } = plan({ alarms: { missingBackup: { severity: 'page', periodSeconds: 7200, evaluationPeriods: 20 }, restoreFailed: { enabled: false } } });
    const alarms = values(json, 'aws_cloudwatch_metric_alarm');
    expect(alarms.map((a) => a.alarm_actions)).toEqual([new FakeRouting().actionsFor('page')]);
    // The series it reads at synth keep the period of the override.
    expect(alarms[0].metric_query.filter((q: any) => q.metric).map((q: any) => [q.metric.metric_name, q.metric.period])).toEqual([
      ['NumberOfBackupJobsCompleted', 7200],
      ['NumberOfBackupJobsCompleted', 7200],
    ]);
  });

  test('a plan in another region (a provider alias) puts every resource, its alarm included, on that provider', () => {
    const { stack } = testStack();
    const frankfurt = new AwsProvider(stack, 'fra', { region: 'eu-central-1', alias: 'fra' });
    // Its alarms and EventBridge rules notify topics of eu-central-1 (a routing of eu-west-1 is refused: PutMetricAlarm AlarmActions).
    const routing = new FakeRouting(['page', 'ticket'], { region: 'eu-central-1', topicArn: (s) => `arn:aws:sns:eu-central-1:111111111111:alarms-${s}` });
    new BackupPlan(stack, 'backup', { provider: frankfurt, alarmRouting: routing }).protect('arn:aws:rds:eu-central-1:111111111111:db:orders');
    const json = synthJson(stack);
    for (const type of ['aws_backup_vault', 'aws_kms_key', 'aws_backup_plan', 'aws_backup_selection', 'aws_backup_vault_lock_configuration', 'aws_backup_restore_testing_plan', 'aws_cloudwatch_event_rule', 'aws_cloudwatch_metric_alarm']) {
      expect({ type, providers: values(json, type).map((r) => r.provider) }).toEqual({ type, providers: values(json, type).map(() => 'aws.fra') });
    }
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('two plans in one stack get distinct names; one name twice is refused', () => {
    const { stack } = testStack();
    new BackupPlan(stack, 'a', { resources: [DB_ARN] });
    new BackupPlan(stack, 'b', { resources: [DB_ARN] });
    expect(() => new BackupPlan(stack, 'c', { planName: 'test-a', resources: [DB_ARN] })).toThrow(/test-a.*test\/a|test\/a.*test-a/s);
  });
});

describe('BackupPlan: restore tests of the copies in the recovery region', () => {
  // AWS Backup restores a copy only in its own region ("Restoring S3 data": a restore job runs in the region of
  // the backup or copy), so the copies are tested by a restore testing plan there, over the copy vault.
  const TABLE = 'arn:aws:dynamodb:eu-west-1:111111111111:table/orders';
  const DR_KEY = 'arn:aws:kms:eu-central-1:111111111111:key/replica';
  function withCopy(props: Partial<BackupPlanProps> = {}, copy: Record<string, unknown> = {}) {
    const { stack } = testStack();
    const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
    const drRouting = new FakeRouting(['ticket'], { region: 'eu-central-1', topicArn: (s) => `arn:aws:sns:eu-central-1:111111111111:dr-${s}` });
    const p = new BackupPlan(stack, 'backup', { alarmRouting: new FakeRouting(), rules: [{ preset: 'daily', copies: [{ provider: dr, alarmRouting: drRouting, ...copy }] }], ...props });
    return { stack, plan: p, dr };
  }

  test('a table with a key in the recovery region is restored there under that key; one without, under the copy vault key', () => {
    const { stack, plan: p } = withCopy();
    p.protect(new FakeTarget(stack, 'orders', 'DynamoDB', TABLE, 'eu-west-1', { encryptionType: 'KMS', kmsMasterKeyArn: 'k' }, { 'eu-central-1': { encryptionType: 'KMS', kmsMasterKeyArn: DR_KEY } }));
    p.protect(new FakeTarget(stack, 'events', 'DynamoDB', 'arn:aws:dynamodb:eu-west-1:111111111111:table/events', 'eu-west-1'));
    const json = synthJson(stack);
    const plans = values(json, 'aws_backup_restore_testing_plan');
    expect(plans.map((t) => [t.provider ?? 'default', t.recovery_point_selection[0].include_vaults])).toEqual([
      ['aws.dr', [refTo(json, 'aws_backup_vault', 'backup_copy-dr_vault_', 'arn')]],
      ['default', [refTo(json, 'aws_backup_vault', 'backup_vault_', 'arn')]],
    ]);
    // Copies of continuous backups are snapshots.
    expect(plans[0].recovery_point_selection[0].recovery_point_types).toEqual(['SNAPSHOT']);
    const copies = values(json, 'aws_backup_restore_testing_selection').filter((s) => s.provider === 'aws.dr');
    expect(copies.map((s) => s.restore_metadata_overrides)).toEqual([
      { encryptionType: 'KMS', kmsMasterKeyArn: DR_KEY },
      { encryptionType: 'KMS', kmsMasterKeyArn: refTo(json, 'aws_kms_key', 'backup_copy-dr_key_', 'arn') },
    ]);
    expect(Object.keys(p.copyRestoreTestingPlans)).toEqual(['dr']);
    expect(annotations(stack)).toEqual([]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a failed restore there notifies the copy\'s routing, from an alarm in that region', () => {
    const { stack, plan: p } = withCopy();
    p.protect(new FakeTarget(stack, 'orders', 'DynamoDB', TABLE, 'eu-west-1'));
    const json = synthJson(stack);
    const alarm = alarmsOn(json, 'NumberOfRestoreJobsFailed').find((a) => a.provider === 'aws.dr');
    expect(alarm).toMatchObject({ alarm_name: 'test-backup-eu-central-1-dynamodb-restoreFailed', alarm_actions: ['arn:aws:sns:eu-central-1:111111111111:dr-ticket'] });
    expect(seriesOf(alarm)).toEqual([{ ResourceType: 'DynamoDB' }, { ResourceType: 'DynamoDB', BackupVaultName: refTo(json, 'aws_backup_vault', 'backup_copy-dr_vault_', 'name') }]);
  });

  test('a database without a network in the recovery region is not restore-tested there (it would land in the default VPC)', () => {
    const { stack, plan: p } = withCopy();
    p.protect(DB_ARN);
    const json = synthJson(stack);
    expect(values(json, 'aws_backup_restore_testing_plan').map((t) => t.provider ?? 'default')).toEqual(['default']);
    expect(p.copyRestoreTestingPlans).toEqual({});
  });

  test('without the copy\'s alarmRouting the copies are still tested, with a warning that a failure notifies no one', () => {
    const { stack, plan: p } = withCopy({}, { alarmRouting: undefined });
    p.protect(new FakeTarget(stack, 'orders', 'DynamoDB', TABLE, 'eu-west-1'));
    synthJson(stack);
    expect(annotations(stack)).toEqual([expect.stringMatching(/^test\/backup: restore tests of the copies in eu-central-1 raise no alarm when they fail/)]);
  });

  test('restoreTesting.copies: false tests the backups here only', () => {
    const { stack, plan: p } = withCopy({ restoreTesting: { copies: false } });
    p.protect(new FakeTarget(stack, 'orders', 'DynamoDB', TABLE, 'eu-west-1'));
    expect(values(synthJson(stack), 'aws_backup_restore_testing_plan')).toHaveLength(1);
  });

  test('a copy routing in another region than the copies is refused (a CloudWatch alarm notifies only topics of its region)', () => {
    expectInvalidProp(
      () => withCopy({}, { alarmRouting: new FakeRouting(['ticket'], { region: 'us-east-1' }) }),
      /invalid rules\[0\]\.copies\[0\]\.alarmRouting "topics in us-east-1": must notify topics in eu-central-1/,
    );
  });
});

describe('BackupPlan: an rds cluster ARN does not say Aurora, DocumentDB or Neptune', () => {
  // AWS Backup Developer Guide, "Supported AWS resources": Aurora, DocumentDB and Neptune clusters all have
  // ARNs of the form arn:aws:rds:<region>:<account>:cluster:<name>.
  const CLUSTER = 'arn:aws:rds:eu-west-1:111111111111:cluster:catalog';

  test('protect(arn) without resourceType is refused, naming the three types', () => {
    expectInvalidProp(() => plan({}, (_s, p) => p.protect(CLUSTER)), /protect\(\)\.options\.resourceType undefined: is required for arn:aws:rds:eu-west-1:111111111111:cluster:catalog: Aurora, DocumentDB and Neptune/);
  });

  test('with resourceType the restore test uses it', () => {
    const { json } = plan({}, (_s, p) => p.protect(CLUSTER, { resourceType: 'DocumentDB' }));
    expect(onlyResource(json, 'aws_backup_restore_testing_selection')).toMatchObject({ protected_resource_type: 'DocumentDB', name: 'documentdb_1' });
  });

  test('in resources (no type to give) it is backed up but not restore-tested, with a warning saying why', () => {
    const { stack, json } = plan({ resources: [CLUSTER] }, () => undefined);
    expect(resourcesOf(json, 'aws_backup_restore_testing_selection')).toEqual({});
    expect(annotations(stack)).toEqual([expect.stringMatching(/is an Aurora, DocumentDB or Neptune cluster \(they share the ARN form\), so it is not restore-tested/)]);
  });
});
