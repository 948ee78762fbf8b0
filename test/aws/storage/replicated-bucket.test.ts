import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable } from 'cdktf';
import * as fc from 'fast-check';
import { ReplicatedBucket, ReplicatedBucketProps } from '../../../src/aws/storage';
import { isBackupTarget } from '../../../src/aws/common/backup-target';
import { checkStack } from '../../../src/checks';
import { NameCollisionError, RECOVERY_TAGS } from '../../../src/core';
import { annotations, expectSynthOrPropError, refTo, resourceOf, resourcesOf, schemaErrors, synth, synthJson, testStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

/** A routing whose topics are in the recovery region. */
const RECOVERY_ROUTING = new FakeRouting(['page', 'ticket'], { region: 'eu-central-1', topicArn: (severity) => `arn:aws:sns:eu-central-1:111111111111:dr-${severity}` });

describe('ReplicatedBucket: replicated to a recovery region (provider alias)', () => {
  const { stack } = testStack();
  const dr = new AwsProvider(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
  const bucket = new ReplicatedBucket(stack, 'assets', {
    alarmRouting: new FakeRouting(),
    replication: { provider: dr, alarmRouting: RECOVERY_ROUTING, storageClass: 'STANDARD_IA' },
  });
  const json = synthJson(stack);

  test('stable logical ids; the source bucket is hardened: versioning, SSE-KMS with a bucket key, public access block, ownership, TLS policy', () => {
    expect(Object.keys(resourcesOf(json, 'aws_s3_bucket')).sort()).toEqual([expect.stringMatching(/^assets_bucket_[0-9A-F]{8}$/), expect.stringMatching(/^assets_replica-bucket_[0-9A-F]{8}$/)]);
    const source = resourceOf(json, 'aws_s3_bucket', 'assets_bucket_');
    expect(source).toMatchObject({ bucket_prefix: 'test-assets-', force_destroy: false, lifecycle: { prevent_destroy: true } });
    expect(resourceOf(json, 'aws_s3_bucket', 'assets_replica-bucket_').lifecycle).toEqual({ prevent_destroy: true });
    const sourceId = refTo(json, 'aws_s3_bucket', 'assets_bucket_', 'id');
    expect(resourceOf(json, 'aws_s3_bucket_versioning', 'assets_versioning_')).toEqual({ bucket: sourceId, versioning_configuration: { status: 'Enabled' } });
    expect(resourceOf(json, 'aws_s3_bucket_server_side_encryption_configuration', 'assets_encryption_')).toEqual({
      bucket: sourceId,
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: refTo(json, 'aws_kms_key', 'assets_key_', 'arn') }, bucket_key_enabled: true }],
    });
    expect(resourceOf(json, 'aws_s3_bucket_public_access_block', 'assets_public-access-block_')).toEqual({
      bucket: sourceId,
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(resourceOf(json, 'aws_s3_bucket_ownership_controls', 'assets_ownership-controls_').rule).toEqual({ object_ownership: 'BucketOwnerEnforced' });
    const policy = JSON.parse(resourceOf(json, 'aws_s3_bucket_policy', 'assets_policy_').policy);
    expect(policy.Statement.map((s: any) => [s.Sid, s.Effect, s.Condition])).toEqual([
      ['DenyInsecureTransport', 'Deny', { Bool: { 'aws:SecureTransport': 'false' } }],
      ['DenyOutdatedTls', 'Deny', { NumericLessThan: { 's3:TlsVersion': 1.2 } }],
    ]);
  });

  test('lifecycle: noncurrent versions 90 days, multipart uploads aborted after 7, on both buckets', () => {
    for (const lc of values(json, 'aws_s3_bucket_lifecycle_configuration')) {
      expect(lc.rule).toEqual([
        { id: 'expire-noncurrent-versions', status: 'Enabled', filter: [{ prefix: '' }], noncurrent_version_expiration: [{ noncurrent_days: 90 }], expiration: [{ expired_object_delete_marker: true }] },
        { id: 'abort-incomplete-multipart-uploads', status: 'Enabled', filter: [{ prefix: '' }], abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }] },
      ]);
    }
    expect(values(json, 'aws_s3_bucket_lifecycle_configuration')).toHaveLength(2);
  });

  test('the replica and every companion live in the recovery region, under a key of that region', () => {
    const replicaResources = Object.entries(resourcesOf(json, 'aws_s3_bucket')).concat(
      ...['aws_s3_bucket_versioning', 'aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_public_access_block', 'aws_s3_bucket_ownership_controls', 'aws_s3_bucket_policy', 'aws_s3_bucket_lifecycle_configuration', 'aws_kms_key'].map((t) => Object.entries(resourcesOf(json, t))),
    );
    const replicas = replicaResources.filter(([k]) => k.startsWith('assets_replica-'));
    expect(replicas).toHaveLength(8);
    for (const [, r] of replicas) expect(r.provider).toBe('aws.dr');
    for (const [k, r] of replicaResources.filter(([key]) => !key.startsWith('assets_replica-'))) expect([k, r.provider]).toEqual([k, undefined]);
    expect(resourceOf(json, 'aws_s3_bucket_server_side_encryption_configuration', 'assets_replica-encryption_').rule[0].apply_server_side_encryption_by_default.kms_master_key_id).toBe(
      refTo(json, 'aws_kms_key', 'assets_replica-key_', 'arn'),
    );
    expect(bucket.replicaRegion).toBe('eu-central-1');
  });

  test('replication: every object, delete markers, KMS-encrypted objects with the replica key, RTC and metrics at 15 minutes', () => {
    const r = values(json, 'aws_s3_bucket_replication_configuration')[0];
    expect(r.bucket).toBe(refTo(json, 'aws_s3_bucket', 'assets_bucket_', 'id'));
    expect(r.role).toBe(refTo(json, 'aws_iam_role', 'assets_replication-role_', 'arn'));
    expect(r.rule).toEqual([
      {
        id: 'recovery-region',
        status: 'Enabled',
        filter: {},
        delete_marker_replication: { status: 'Enabled' },
        source_selection_criteria: { sse_kms_encrypted_objects: { status: 'Enabled' } },
        destination: {
          bucket: refTo(json, 'aws_s3_bucket', 'assets_replica-bucket_', 'arn'),
          storage_class: 'STANDARD_IA',
          encryption_configuration: { replica_kms_key_id: refTo(json, 'aws_kms_key', 'assets_replica-key_', 'arn') },
          replication_time: { status: 'Enabled', time: { minutes: 15 } },
          metrics: { status: 'Enabled', event_threshold: { minutes: 15 } },
        },
      },
    ]);
    expect(r.depends_on.sort()).toEqual(
      [
        refTo(json, 'aws_s3_bucket_versioning', 'assets_versioning_', 'x'),
        refTo(json, 'aws_s3_bucket_versioning', 'assets_replica-versioning_', 'x'),
        refTo(json, 'aws_iam_role_policy', 'assets_replication-policy_', 'x'),
      ]
        .map((s) => s.slice(2, -3))
        .sort(),
    );
  });

  test('the replication role: S3 for this account only; least privilege on the two buckets and keys', () => {
    const role = values(json, 'aws_iam_role')[0];
    const trust = JSON.parse(role.assume_role_policy);
    expect(trust.Statement).toEqual([
      { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { StringEquals: { 'aws:SourceAccount': expect.stringMatching(/^\$\{data\.aws_caller_identity\..*\.account_id\}$/) } } },
    ]);
    const policy = JSON.parse(values(json, 'aws_iam_role_policy')[0].policy);
    const src = refTo(json, 'aws_s3_bucket', 'assets_bucket_', 'arn');
    const dst = refTo(json, 'aws_s3_bucket', 'assets_replica-bucket_', 'arn');
    const byId = Object.fromEntries(policy.Statement.map((s: any) => [s.Sid, s]));
    expect(byId.ReadReplicationConfiguration.Resource).toEqual([src]);
    expect(byId.ReadSourceVersions.Resource).toEqual([`${src}/*`]);
    expect(byId.WriteReplicas).toMatchObject({ Action: ['s3:ReplicateObject', 's3:ReplicateDelete', 's3:ReplicateTags'], Resource: [`${dst}/*`] });
    expect(byId.DecryptSource).toMatchObject({ Action: ['kms:Decrypt'], Resource: [refTo(json, 'aws_kms_key', 'assets_key_', 'arn')] });
    expect(byId.DecryptSource.Condition.StringLike['kms:ViaService']).toMatch(/^s3\.eu-west-1\.\$\{data\.aws_partition\..*\.dns_suffix\}$/);
    expect(byId.EncryptReplicas.Condition.StringLike['kms:EncryptionContext:aws:s3:arn']).toEqual([dst, `${dst}/*`]);
    expect(byId.EncryptReplicas.Resource).toEqual([refTo(json, 'aws_kms_key', 'assets_replica-key_', 'arn')]);
    for (const s of policy.Statement) expect(JSON.stringify(s.Resource)).not.toContain('"*"');
  });

  test('alarms: failed replication beside the bucket; latency above 15 minutes in the recovery region, routed there', () => {
    const alarms = Object.fromEntries(values(json, 'aws_cloudwatch_metric_alarm').map((a) => [a.alarm_name, a]));
    const failed = alarms['test-assets-failedReplication'];
    const latency = alarms['test-assets-replicationLatency'];
    const dims = { SourceBucket: refTo(json, 'aws_s3_bucket', 'assets_bucket_', 'bucket'), DestinationBucket: refTo(json, 'aws_s3_bucket', 'assets_replica-bucket_', 'bucket'), RuleId: 'recovery-region' };
    expect(failed).toMatchObject({ namespace: 'AWS/S3', metric_name: 'OperationsFailedReplication', statistic: 'Sum', threshold: 0, dimensions: dims, alarm_actions: ['arn:aws:sns:eu-west-1:111111111111:alarms-ticket'] });
    expect(failed.provider).toBeUndefined();
    expect(latency).toMatchObject({ metric_name: 'ReplicationLatency', statistic: 'Maximum', threshold: 900, dimensions: dims, provider: 'aws.dr', alarm_actions: ['arn:aws:sns:eu-central-1:111111111111:dr-ticket'] });
    expect(Object.keys(bucket.alarms).sort()).toEqual(['failedReplication', 'replicationLatency']);
  });

  test('recovery: zone 0, versions keep every write, region 15 minutes under RTC; tags on the bucket, not on its copy', () => {
    expect(bucket.recovery).toMatchObject({ kind: 'bucket', regions: ['eu-west-1', 'eu-central-1'], rpoZoneSeconds: 0, rpoDataSeconds: 0, rpoRegionSeconds: 900, replication: 's3-rtc' });
    expect(bucket.recovery.sources!.join(' ')).toMatch(/S3 Replication Time Control/);
    expect(resourceOf(json, 'aws_s3_bucket', 'assets_bucket_').tags).toMatchObject({ [RECOVERY_TAGS.rpoRegion]: '15m', [RECOVERY_TAGS.regions]: 'eu-west-1 eu-central-1' });
    // Only the bucket is the protected data: its replica, keys, roles and alarms carry no recovery tags.
    expect(Object.keys(resourceOf(json, 'aws_s3_bucket', 'assets_replica-bucket_').tags).filter((k) => k.startsWith('recovery:'))).toEqual([]);
    for (const type of ['aws_kms_key', 'aws_iam_role', 'aws_cloudwatch_metric_alarm']) {
      for (const r of values(json, type)) expect(Object.keys(r.tags ?? {}).filter((k) => k.startsWith('recovery:'))).toEqual([]);
    }
  });

  test('schema-valid, no warning, and the rule pack finds nothing', () => {
    expect(schemaErrors(stack)).toEqual([]);
    expect(annotations(stack)).toEqual([]);
    expect(checkStack(json, { name: 'test' }).findings).toEqual([]);
  });

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });
});

test('a restore test restores into a new bucket under the bucket\'s key, and a copy in the replica region under the replica key', () => {
  // AWS Backup, "Restore testing inferred metadata": S3 infers SSE-S3; encryptionType (SSE-KMS) and kmsKey override it.
  const { stack } = testStack();
  const bucket = new ReplicatedBucket(stack, 'assets', { kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/a', replication: { region: 'eu-central-1', kmsKeyArn: 'arn:aws:kms:eu-central-1:111111111111:key/b' } });
  expect(bucket.backupRestoreMetadataOverrides).toEqual({ encryptionType: 'SSE-KMS', kmsKey: 'arn:aws:kms:eu-west-1:111111111111:key/a' });
  expect(bucket.backupRestoreMetadataOverridesByRegion).toEqual({ 'eu-central-1': { encryptionType: 'SSE-KMS', kmsKey: 'arn:aws:kms:eu-central-1:111111111111:key/b' } });
});

describe('ReplicatedBucket: other configurations', () => {
  test('a named bucket replicated by region argument (no provider alias); names claimed globally', () => {
    const { stack } = testStack();
    const b = new ReplicatedBucket(stack, 'invoices', { bucketName: 'acme-invoices', replication: { region: 'us-east-1' }, alarms: { replicationLatency: { enabled: false } }, alarmRouting: new FakeRouting() });
    const json = synthJson(stack);
    expect(values(json, 'aws_s3_bucket').map((x) => [x.bucket, x.region])).toEqual([
      ['acme-invoices', undefined],
      ['acme-invoices-us-east-1', 'us-east-1'],
    ]);
    expect(Object.keys(b.alarms)).toEqual(['failedReplication']);
    expect(annotations(stack)).toEqual([]);
    expect(schemaErrors(stack)).toEqual([]);
    // S3 names are global: another stack, region or account cannot take them either.
    const other = testStack().stack;
    expect(() => new ReplicatedBucket(stack, 'again', { bucketName: 'acme-invoices-us-east-1' })).toThrow(NameCollisionError);
    expect(() => new ReplicatedBucket(other, 'again', { bucketName: 'acme-invoices-us-east-1' })).not.toThrow();
  });

  test('without a routing in the recovery region the latency alarm is left out, with a warning saying why', () => {
    const { stack } = testStack();
    const b = new ReplicatedBucket(stack, 'assets', { replication: { region: 'us-east-1' }, alarmRouting: new FakeRouting() });
    expect(Object.keys(b.alarms)).toEqual(['failedReplication']);
    expect(annotations(stack)).toEqual([
      'test/assets: No replicationLatency alarm: S3 publishes ReplicationLatency in us-east-1 and CloudWatch alarms notify only SNS topics of their own region. Give replication.alarmRouting (topics in us-east-1), or set alarms.replicationLatency.enabled to false.',
    ]);
  });

  test('object lock on the bucket and its replica; access logs; options', () => {
    const { stack } = testStack();
    new ReplicatedBucket(stack, 'vault', {
      objectLock: { mode: 'COMPLIANCE', years: 7 },
      replication: { region: 'eu-central-1', alarmRouting: RECOVERY_ROUTING },
      accessLogs: { bucketName: 'acme-logs', prefix: 'vault/' },
      noncurrentVersionExpirationDays: 400,
      noncurrentVersionsToKeep: 3,
      abortIncompleteMultipartUploadDays: 2,
      kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/a',
    });
    const json = synthJson(stack);
    expect(values(json, 'aws_s3_bucket').map((b) => b.object_lock_enabled)).toEqual([true, true]);
    expect(values(json, 'aws_s3_bucket_object_lock_configuration').map((l) => [l.rule.default_retention, l.region])).toEqual([
      [{ mode: 'COMPLIANCE', years: 7 }, undefined],
      [{ mode: 'COMPLIANCE', years: 7 }, 'eu-central-1'],
    ]);
    expect(values(json, 'aws_s3_bucket_logging')[0]).toMatchObject({ target_bucket: 'acme-logs', target_prefix: 'vault/' });
    expect(values(json, 'aws_s3_bucket_lifecycle_configuration')[0].rule[0].noncurrent_version_expiration).toEqual([{ noncurrent_days: 400, newer_noncurrent_versions: 3 }]);
    expect(values(json, 'aws_kms_key').map((k) => k.region)).toEqual(['eu-central-1']);
    expect(schemaErrors(stack)).toEqual([]);
    expect(annotations(stack, 'info')).toEqual([expect.stringMatching(/objectLock is COMPLIANCE: no one, not even the root user/)]);
  });

  test('a bucket without replication: no role, no alarms; recovery has no region copy; backup plans may protect it', () => {
    const { stack } = testStack();
    const b = new ReplicatedBucket(stack, 'plain', {});
    const json = synthJson(stack);
    expect(resourcesOf(json, 'aws_s3_bucket_replication_configuration')).toEqual({});
    expect(resourcesOf(json, 'aws_iam_role')).toEqual({});
    expect(resourcesOf(json, 'aws_cloudwatch_metric_alarm')).toEqual({});
    expect(b.recovery.rpoRegionSeconds).toBeUndefined();
    expect(b.recovery.regions).toEqual(['eu-west-1']);
    expect(isBackupTarget(b)).toBe(true);
    expect(b.backupResourceType).toBe('S3');
    b.addBackupProtection({ plan: 'daily', retentionDays: 35, rpoDataSeconds: 86400, copyRegions: [], vaultLock: 'governance', restoreTesting: false, sources: [] });
    expect(b.recovery).toMatchObject({ backupPlan: 'daily', rpoDataSeconds: 0, vaultLock: 'governance' });
    expect(values(synthJson(stack), 'aws_s3_bucket')[0].tags[RECOVERY_TAGS.backupPlan]).toBe('daily');
  });

  test('an unversioned, unprotected bucket is loud, and refuses a backup plan', () => {
    const { stack } = testStack();
    const b = new ReplicatedBucket(stack, 'scratch', { versioned: false, deletionProtection: false });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'aws_s3_bucket_versioning')).toEqual({});
    expect(values(json, 'aws_s3_bucket')[0].lifecycle).toBeUndefined();
    expect(values(json, 'aws_s3_bucket_lifecycle_configuration')[0].rule[0].status).toBe('Disabled');
    expect(annotations(stack)).toEqual([
      'test/scratch: deletionProtection is false: a destroy or a replacement deletes the bucket once it is empty, and frees its name for anyone',
      'test/scratch: versioned is false: an overwrite or delete is final; nothing can undo a bad write',
    ]);
    expect(() => b.addBackupProtection({ plan: 'p', retentionDays: 7, rpoDataSeconds: 1, copyRegions: [], vaultLock: 'none', restoreTesting: false, sources: [] })).toThrow(
      'test/scratch: invalid versioned false: must be true for backup plan p to protect the bucket: AWS Backup backs up versioned buckets only',
    );
  });
});

describe('ReplicatedBucket: bad input', () => {
  const bad = (props: Record<string, unknown>, message: string | RegExp) => {
    const { stack } = testStack();
    expect(() => new ReplicatedBucket(stack, 'b', props as ReplicatedBucketProps)).toThrow(message);
  };

  test('a replication destination in the source bucket\'s region', () => {
    bad({ replication: { region: 'eu-west-1' } }, 'test/b: invalid replication.region "eu-west-1": must differ from the primary region eu-west-1: a copy in the same region is lost with the region');
    const { stack } = testStack();
    const same = new AwsProvider(stack, 'same', { region: 'eu-west-1', alias: 'same' });
    expect(() => new ReplicatedBucket(stack, 'b', { replication: { provider: same } })).toThrow(/must differ from the primary region/);
  });

  test('object lock without versioning, and malformed object lock', () => {
    bad({ versioned: false, objectLock: { mode: 'GOVERNANCE', days: 1 } }, /invalid objectLock .*: needs versioning/);
    bad({ objectLock: { mode: 'GOVERNANCE' } }, /must give exactly one of days or years/);
    bad({ bucketName: 'acme-orders', replication: { region: 'us-east-1', bucketName: 'acme-orders' } }, 'invalid replication.bucketName "acme-orders": must differ from bucketName');
    bad({ objectLock: { mode: 'GOVERNANCE', days: 1, years: 1 } }, /must give exactly one of days or years/);
    bad({ objectLock: { mode: 'LEGAL', days: 1 } }, /objectLock.mode "LEGAL": must be one of "GOVERNANCE", "COMPLIANCE"/);
  });

  test('alarm routings whose topics are in another region than their alarms', () => {
    const elsewhere = new FakeRouting(['page', 'ticket'], { region: 'us-east-1' });
    bad({ replication: { region: 'eu-central-1', alarmRouting: elsewhere } }, 'test/b: invalid replication.alarmRouting "us-east-1": must notify topics in eu-central-1, where its alarms are: a CloudWatch alarm can only notify an SNS topic in its own region');
    bad({ alarmRouting: elsewhere }, /invalid alarmRouting "us-east-1": must notify topics in eu-west-1/);
  });

  test('a routing that declares no Region but whose topics are in another Region than the replica (CloudWatch API Reference, PutMetricAlarm AlarmActions: a topic of the alarm\'s Region)', () => {
    // The sweep's validity oracle found the latency alarm in eu-central-1 notifying eu-west-1 topics: each action ARN is read.
    const undeclared = new FakeRouting(['page', 'ticket'], { topicArn: (s) => `arn:aws:sns:eu-west-1:111111111111:${s}` });
    bad({ replication: { region: 'eu-central-1', alarmRouting: undeclared } }, /invalid replication.alarmRouting "arn:aws:sns:eu-west-1:111111111111:ticket": must notify topics in eu-central-1, the alarm's Region/);
  });

  test('an access-log prefix holding a template is written as text (issue 21: user text escaped)', () => {
    const { stack } = testStack();
    new ReplicatedBucket(stack, 'b', { accessLogs: { bucketName: 'acme-logs', prefix: 'logs/${var.x}/%{ if true }' } });
    expect(resourceOf(synthJson(stack), 'aws_s3_bucket_logging', () => true).target_prefix).toBe('logs/$${var.x}/%%{ if true }');
  });

  test('RTC alarms without replication', () => {
    bad({ alarms: { replicationLatency: { threshold: 600 } } }, 'test/b: invalid alarms.replicationLatency {"threshold":600}: applies to a replicated bucket only: give replication (the bucket replicates nowhere)');
    bad({ alarms: { failedReplication: { enabled: false } } }, /alarms.failedReplication .*applies to a replicated bucket only/);
  });

  test('names, keys and the rest', () => {
    // S3 User Guide, "General purpose bucket naming rules", through the generated tables (aws_s3_bucket.bucket).
    bad({ bucketName: 'Acme_Bucket' }, /invalid bucketName "Acme_Bucket": must be .*'can consist only of lowercase letters, numbers, periods \(\.\), and hyphens \(-\)'/);
    bad({ bucketName: '192.168.1.1' }, /invalid bucketName "192\.168\.1\.1": .*'must not be formatted as an IP address/);
    // Reserved affixes the construct's own pattern missed (amzn-s3-demo-, .mrap): the tables have them.
    bad({ bucketName: 'amzn-s3-demo-orders' }, /invalid bucketName "amzn-s3-demo-orders": .*must not start with the prefix/);
    bad({ replication: { region: 'us-east-1', bucketName: 'orders.mrap' } }, /invalid replication\.bucketName "orders\.mrap": .*must not end with the suffix/);
    bad({ accessLogs: { bucketName: 'Logs' } }, /invalid accessLogs\.bucketName "Logs": must be/);
    // Issue 21 (a Region that does not exist): AWS has no eu-west-9 (aws-validity/facts/regions).
    bad({ replication: { region: 'eu-west-9' } }, /invalid replication\.region "eu-west-9": must be an AWS Region such as eu-west-1 .*\(did you mean "eu-west-\d"\?\)/);
    bad({ bucketName: 'acme-orders', replication: { region: 'us-east-1', bucketName: 'acme-orders' } }, 'invalid replication.bucketName "acme-orders": must differ from bucketName');
    bad({ objectLock: { mode: 'GOVERNANCE', days: 1, years: 1 } }, /invalid objectLock .*: must give exactly one of days or years/);
    bad({ bucketName: 'a'.repeat(60), replication: { region: 'us-east-1' } }, /invalid replication.bucketName undefined: is required: the default ".*" is longer than S3's 63 characters/);
    bad({ kmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/x' }, /must be a key in eu-west-1/);
    bad({ replication: { region: 'us-east-1', kmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/x' } }, /invalid replication.kmsKeyArn .*: must be a key in us-east-1/);
    bad({ replication: { region: 'us-east-1', storageClass: 'COLD' } }, /replication.storageClass "COLD": must be one of/);
    bad({ replication: { region: 'us-east-1', alarmRouting: 'arn:aws:sns:us-east-1:111111111111:t' } }, /replication.alarmRouting .*must be an AlarmChannel or another IAlarmRouting/);
    bad({ versioned: false, replication: { region: 'us-east-1' } }, /invalid versioned false: must be true with replication/);
    bad({ versioned: 'true' }, 'invalid versioned "true": must be true or false (got a string)');
    bad({ versioned: false, noncurrentVersionExpirationDays: 5 }, /noncurrentVersionExpirationDays 5: needs versioning/);
    bad({ noncurrentVersionsToKeep: 101 }, /noncurrentVersionsToKeep 101: must be an integer from 1 to 100/);
    bad({ accessLogs: { prefix: 'x' } }, 'invalid accessLogs.bucketName undefined: is required');
    bad({ replicaton: {} }, /unknown prop replicaton \(did you mean replication\?\)/);
    bad({ replication: { region: 'us-east-1', bucket: 'x' } }, /unknown prop replication.bucket/);
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'versioned', { type: 'bool' });
    expect(() => new ReplicatedBucket(stack, 'b', { versioned: v.booleanValue as unknown as boolean })).toThrow(/invalid versioned \$\{var\.versioned\} \(a token\): must be known at synth/);
  });

  test('token names and keys are carried through', () => {
    const { stack } = testStack();
    const name = new TerraformVariable(stack, 'name', { type: 'string' });
    new ReplicatedBucket(stack, 'b', { bucketName: name.stringValue, replication: { region: 'us-east-1', bucketName: 'acme-dr-copy' }, alarms: { replicationLatency: { enabled: false } } });
    expect(values(synthJson(stack), 'aws_s3_bucket').map((b) => b.bucket)).toEqual(['${var.name}', 'acme-dr-copy']);
  });

  test('any prop value of the wrong type fails with an InvalidPropError naming the prop, never a crash (property)', () => {
    const wrong = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}), fc.double());
    const props = ['bucketName', 'kmsKeyArn', 'versioned', 'deletionProtection', 'noncurrentVersionExpirationDays', 'noncurrentVersionsToKeep', 'abortIncompleteMultipartUploadDays', 'accessLogs', 'objectLock', 'replication'];
    fc.assert(
      fc.property(fc.constantFrom(...props), wrong, (prop, value) => {
        expectSynthOrPropError(prop, (stack) => new ReplicatedBucket(stack, 'b', { [prop]: value } as unknown as ReplicatedBucketProps));
      }),
      { numRuns: 150 },
    );
  });

  test('nested props of any shape fail with an InvalidPropError under their parent prop, never a crash (property)', () => {
    const anything = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer({ min: -5, max: 50000 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.double());
    const nested: [string, (v: unknown) => Record<string, unknown>][] = [
      ['replication', (v) => ({ replication: { region: v } })],
      ['replication', (v) => ({ replication: { region: 'us-east-1', bucketName: v } })],
      ['replication', (v) => ({ replication: { region: 'us-east-1', kmsKeyArn: v } })],
      ['replication', (v) => ({ replication: { region: 'us-east-1', storageClass: v } })],
      ['replication', (v) => ({ replication: { region: 'us-east-1', alarmRouting: v } })],
      ['replication', (v) => ({ replication: { provider: v } })],
      ['objectLock', (v) => ({ objectLock: { mode: v, days: 1 } })],
      ['objectLock', (v) => ({ objectLock: { mode: 'GOVERNANCE', days: v } })],
      ['objectLock', (v) => ({ objectLock: { mode: 'GOVERNANCE', years: v } })],
      ['accessLogs', (v) => ({ accessLogs: { bucketName: v } })],
      ['accessLogs', (v) => ({ accessLogs: { bucketName: 'acme-logs', prefix: v } })],
      ['alarms', (v) => ({ replication: { region: 'us-east-1' }, alarms: { failedReplication: { threshold: v } } })],
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: nested.length - 1 }), anything, (i, value) => {
        const [parent, props] = nested[i];
        expectSynthOrPropError(parent, (stack) => new ReplicatedBucket(stack, 'b', props(value) as unknown as ReplicatedBucketProps));
      }),
      { numRuns: 200 },
    );
  });
});
