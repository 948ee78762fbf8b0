import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel, BackupPlan, ReplicatedBucket, ResilientTable } from '../../src';

/** The region the application runs in, and the one its data survives in. */
export const PRIMARY_REGION = 'eu-west-1';
export const RECOVERY_REGION = 'eu-central-1';

/**
 * The data of an order service, protected against the four disruptions that
 * lose data: a lost zone, a lost region, a deleted resource and a bad write.
 *
 * - `orders`: a DynamoDB global table with a replica in the recovery region
 *   (each region its own KMS key), point-in-time recovery and deletion protection.
 * - `documents`: an S3 bucket replicated to a bucket in the recovery region
 *   under S3 Replication Time Control, versioned, with its own key per region.
 * - `backups`: an AWS Backup plan with a locked vault: daily backups kept 35
 *   days and monthly ones kept a year, every backup copied to the recovery
 *   region, restores tested weekly (the backups here, the copies there, each
 *   under the resource's own key in that region); it protects the table and the bucket.
 * - Alarms notify one channel per region: a CloudWatch alarm can only notify an
 *   SNS topic in its own region, and S3 publishes replication latency in the
 *   destination region.
 *
 * README.md says what each disruption costs in data and how to restore.
 */
export class DataProtectionStack extends TerraformStack {
  public readonly alarms: AlarmChannel;
  public readonly recoveryAlarms: AlarmChannel;
  public readonly orders: ResilientTable;
  public readonly documents: ReplicatedBucket;
  public readonly backups: BackupPlan;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: PRIMARY_REGION });
    const recovery = new AwsProvider(this, 'recovery', { region: RECOVERY_REGION, alias: 'recovery' });
    const tags = { Service: 'orders', Environment: 'production' };

    const pagerDutyUrl = new TerraformVariable(this, 'pagerduty_events_url', {
      type: 'string',
      sensitive: true,
      description: 'PagerDuty CloudWatch integration URL (https://events.pagerduty.com/integration/<key>/enqueue)',
    });
    const subscriptions = {
      page: [{ protocol: 'https' as const, endpoint: pagerDutyUrl.stringValue }],
      ticket: [{ protocol: 'email' as const, endpoint: 'orders-team@example.com' }],
    };
    this.alarms = new AlarmChannel(this, 'alarms', { subscriptions, tags });
    this.recoveryAlarms = new AlarmChannel(this, 'recovery-alarms', { provider: recovery, subscriptions, tags });

    this.orders = new ResilientTable(this, 'orders', {
      partitionKey: { name: 'orderId', type: 'S' },
      sortKey: { name: 'version', type: 'N' },
      globalSecondaryIndexes: [{ name: 'by-customer', partitionKey: { name: 'customerId', type: 'S' }, sortKey: { name: 'createdAt', type: 'S' } }],
      replicas: [{ provider: recovery }],
      timeToLiveAttribute: 'expiresAt',
      alarmRouting: this.alarms,
      tags,
    });

    this.documents = new ReplicatedBucket(this, 'documents', {
      replication: { provider: recovery, storageClass: 'STANDARD_IA', alarmRouting: this.recoveryAlarms },
      // A bad overwrite or delete can be undone for 90 days.
      noncurrentVersionExpirationDays: 90,
      alarmRouting: this.alarms,
      tags,
    });

    // The copies are restore-tested in the recovery region too; a failed restore there notifies its channel.
    const copy = { provider: recovery, alarmRouting: this.recoveryAlarms };
    this.backups = new BackupPlan(this, 'backups', {
      rules: [
        { preset: 'daily', copies: [copy] },
        { preset: 'monthly', copies: [copy] },
      ],
      // Governance mode: recovery points cannot be deleted early without the IAM permission to bypass it.
      // See README.md before switching to compliance mode (permanent after the cooling-off period).
      vaultLock: { mode: 'governance', minRetentionDays: 7, maxRetentionDays: 400 },
      alarmRouting: this.alarms,
      tags,
    });
    this.backups.protect(this.orders).protect(this.documents);

    new TerraformOutput(this, 'orders_table', { value: this.orders.tableName });
    new TerraformOutput(this, 'documents_bucket', { value: this.documents.bucket.bucket });
    new TerraformOutput(this, 'documents_replica_bucket', { value: this.documents.replica!.bucket.bucket });
  }
}
