import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { Aspects, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { tagConstruct } from '../../src/core/tags';
import { ReliabilityChecks } from '../../src/checks/aspect';
import { annotations, TestStack, testStack } from '../harness';

/** A database that breaks most RDS rules, inside a construct of its own. */
function unsafeDatabase(scope: Construct, id: string): DbInstance {
  const group = new Construct(scope, id);
  return new DbInstance(group, 'db', {
    identifier: id,
    engine: 'postgres',
    instanceClass: 'db.t4g.micro',
    allocatedStorage: 20,
    multiAz: false,
    backupRetentionPeriod: 7,
    deletionProtection: true,
    storageEncrypted: true,
    finalSnapshotIdentifier: `${id}-final`,
  });
}

test('findings become error annotations on the construct that created the resource, and synth fails', () => {
  const { app, stack } = testStack();
  const db = unsafeDatabase(stack, 'orders');
  ReliabilityChecks.addTo(app);
  Testing.synth(stack, true);
  const errors = annotations(stack, 'error');
  expect(errors).toEqual([
    `${db.node.path}: [REL-RDS-1] RDS instances are Multi-AZ: aws_db_instance.${db.friendlyUniqueId}: multi_az is false: the database lives in one Availability Zone. Fix: Set multi_az = true (ResilientDatabase always does).`,
  ]);
  // Warnings: no parameter group forcing TLS (REL-RDS-7), no backup plan (REL-BAK-4).
  expect(annotations(stack, 'warn')).toEqual([expect.stringMatching(new RegExp(`^${db.node.path}: \\[REL-RDS-7\\]`)), expect.stringMatching(new RegExp(`^${db.node.path}: \\[REL-BAK-4\\]`))]);
  expect(() => Testing.fullSynth(stack)).toThrow(/REL-RDS-1/);
});

test('the stack is checked once, however often it is synthesized', () => {
  const { app, stack } = testStack();
  unsafeDatabase(stack, 'orders');
  const checks = ReliabilityChecks.addTo(app);
  Testing.synth(stack, true);
  Testing.synth(stack, true);
  expect(annotations(stack, 'error')).toHaveLength(1);
  expect(checks.checkStack(stack).map((f) => f.ruleId)).toEqual(['REL-RDS-1', 'REL-RDS-7', 'REL-BAK-4']);
});

test('a suppression with a reason silences the rule on the construct and its children, reported as info', () => {
  const { stack } = testStack();
  const db = unsafeDatabase(stack, 'reports');
  ReliabilityChecks.suppress(db.node.scope!, 'REL-RDS-1', 'reporting replica; single-AZ is acceptable, it is rebuilt from the primary');
  Aspects.of(stack).add(new ReliabilityChecks());
  Testing.synth(stack, true);
  expect(annotations(stack, 'error')).toEqual([]);
  expect(annotations(stack, 'info')).toEqual([
    `${db.node.path}: [REL-RDS-1] RDS instances are Multi-AZ: aws_db_instance.${db.friendlyUniqueId}: multi_az is false: the database lives in one Availability Zone (suppressed: reporting replica; single-AZ is acceptable, it is rebuilt from the primary)`,
  ]);
  expect(() => Testing.fullSynth(stack)).not.toThrow();
});

test('a suppression without a reason is rejected', () => {
  const { stack } = testStack();
  const db = unsafeDatabase(stack, 'orders');
  expect(() => ReliabilityChecks.suppress(db, 'REL-RDS-1', '')).toThrow(`${db.node.path}: invalid suppressions.REL-RDS-1.reason "": a suppression must say why the rule does not apply (a non-empty reason)`);
  expect(() => ReliabilityChecks.suppress(db, 'REL-RDS-1', '   ')).toThrow('invalid suppressions.REL-RDS-1.reason');
  expect(() => ReliabilityChecks.suppress(db, 'multi-az', 'because')).toThrow(`${db.node.path}: invalid ruleId "multi-az": must be a rule id such as "REL-RDS-1"`);
});

test('rule settings turn a rule off or change its severity', () => {
  const { stack } = testStack();
  unsafeDatabase(stack, 'orders');
  new SnsTopic(stack, 'topic', { name: 'plain' });
  Aspects.of(stack).add(new ReliabilityChecks({ ruleSettings: { 'REL-RDS-1': 'warning', 'REL-BAK-4': 'off', 'REL-SNS-1': 'error' } }));
  Testing.synth(stack, true);
  expect(annotations(stack, 'error').map((a) => a.split(': ')[1])).toEqual(['[REL-SNS-1] SNS topics are encrypted']);
  expect(annotations(stack, 'warn').map((a) => a.split(': ')[1])).toEqual(['[REL-RDS-1] RDS instances are Multi-AZ', '[REL-RDS-7] RDS PostgreSQL, MySQL and MariaDB instances refuse connections without TLS']);
  expect(() => new ReliabilityChecks({ ruleSettings: { 'REL-RDS-1': 'fatal' as never } })).toThrow('ReliabilityChecks: invalid ruleSettings.REL-RDS-1 "fatal": must be "error", "warning" or "off"');
});

test('rules see the final JSON, after other aspects (tags added by tagConstruct select the table for backup)', () => {
  const { stack } = testStack();
  Aspects.of(stack).add(new ReliabilityChecks());
  const data = new Construct(stack, 'data');
  new DynamodbTable(data, 'table', {
    name: 'orders',
    hashKey: 'id',
    attribute: [{ name: 'id', type: 'S' }],
    billingMode: 'PAY_PER_REQUEST',
    pointInTimeRecovery: { enabled: true },
    deletionProtectionEnabled: true,
    serverSideEncryption: { enabled: true, kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/orders' },
  });
  tagConstruct(data, { backup: 'daily' });
  const plan = new BackupPlan(stack, 'plan', {
    name: 'daily',
    rule: [
      {
        ruleName: 'daily',
        targetVaultName: 'main',
        schedule: 'cron(0 3 * * ? *)',
        lifecycle: { deleteAfter: 35 },
        copyAction: [{ destinationVaultArn: 'arn:aws:backup:eu-central-1:111111111111:backup-vault:dr', lifecycle: { deleteAfter: 35 } }],
      },
    ],
  });
  new BackupSelection(stack, 'selection', {
    name: 'by-tag',
    planId: plan.id,
    iamRoleArn: 'arn:aws:iam::111111111111:role/backup',
    selectionTag: [{ type: 'STRINGEQUALS', key: 'backup', value: 'daily' }],
  });
  Testing.synth(stack, true);
  expect(annotations(stack, 'error')).toEqual([]);
  expect(annotations(stack, 'warn')).toEqual([]);
  // Not vacuous: without the tag the same stack warns.
  const { stack: untagged } = testStack('untagged');
  Aspects.of(untagged).add(new ReliabilityChecks());
  new DynamodbTable(untagged, 'table', {
    name: 'orders',
    hashKey: 'id',
    attribute: [{ name: 'id', type: 'S' }],
    pointInTimeRecovery: { enabled: true },
    deletionProtectionEnabled: true,
    serverSideEncryption: { enabled: true, kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/orders' },
  });
  Testing.synth(untagged, true);
  expect(annotations(untagged, 'warn')).toEqual([expect.stringContaining('[REL-BAK-4]')]);
});

test('added to a construct, the checks report only the resources below it', () => {
  const { stack } = testStack();
  const checked = unsafeDatabase(stack, 'checked');
  const other = unsafeDatabase(stack, 'other');
  Aspects.of(checked.node.scope!).add(new ReliabilityChecks({ ruleSettings: { 'REL-BAK-4': 'off' } }));
  Testing.synth(stack, true);
  expect(annotations(stack, 'error').map((a) => a.split(': ')[0])).toEqual([checked.node.path]);
  expect(other.node.path).not.toBe(checked.node.path);
});

test('addTo(app) checks stacks created after it, failing app synth on errors', () => {
  const { app } = testStack();
  ReliabilityChecks.addTo(app, { ruleSettings: { 'REL-BAK-4': 'off' } });
  const late = new TestStack(app, 'late');
  unsafeDatabase(late, 'orders');
  expect(() => app.synth()).toThrow(/\[REL-RDS-1\] late\/orders\/db: aws_db_instance\.orders_db_[0-9A-F]+: multi_az is false/);
});
