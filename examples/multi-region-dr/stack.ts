import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import {
  AlarmChannel,
  AlarmChannelProps,
  AutoScaledService,
  BackupPlan,
  MultiAzNetwork,
  RecoveryObjectives,
  RegionalFailover,
  RegionScope,
  RegionSwitchPlan,
  ReplicatedBucket,
  ResilientDatabase,
  SloAlarms,
  SloSli,
  standbyCapacity,
  standbyScaleUpStep,
} from '../../src';

export const PRIMARY_REGION = 'eu-west-1';
export const RECOVERY_REGION = 'eu-central-1';

/** Everything one region runs: its alarm channel, network, service and SLO alarms. */
interface RegionStack {
  readonly alarms: AlarmChannel;
  readonly network: MultiAzNetwork;
  readonly service: AutoScaledService;
  readonly slos: SloAlarms;
}

/**
 * A web service that survives the loss of its whole region within 20
 * minutes, losing at most a minute of orders: warm standby in a second
 * region, in one stack with a provider alias per region.
 *
 * - Both regions: a three-zone network, an autoscaled service behind an HTTPS
 *   load balancer, SLO burn-rate alarms routed to an AlarmChannel in that
 *   region (the recovery region is watched before it is needed).
 * - The recovery region's service runs at half the primary's size
 *   (`standbyCapacity`), and scales to the full size on failover.
 * - Orders: an Aurora PostgreSQL Global Database, a secondary cluster with
 *   two readers in the recovery region (RPO about 1 s, managed failover in
 *   minutes). RDS cannot manage the master password of a global database:
 *   the library generates it into a Secrets Manager secret under the
 *   database's key, replicated to the recovery region, through write-only
 *   arguments (the stack requires Terraform 1.11).
 * - Documents: an S3 bucket replicated to the recovery region under
 *   Replication Time Control (15 minutes).
 * - A backup plan: daily backups copied to the recovery region, locked
 *   vault, weekly restore tests (against corruption and deletion).
 * - Route 53 failover between the regions' load balancers, its health-check
 *   alarms in us-east-1 with a channel there.
 * - Recovery objectives: region RTO 20 min, RPO 1 min for orders (15 min
 *   for documents); warm standby is chosen, and synth proves they are met.
 * - An ARC Region switch plan: one execution fails over (capacity, database,
 *   DNS), another fails back; the failover records follow its health checks.
 *
 * README.md walks through a regional failover and a failback.
 */
export class MultiRegionDrStack extends TerraformStack {
  public readonly primary: RegionStack;
  public readonly recovery: RegionStack;
  public readonly route53Alarms: AlarmChannel;
  public readonly database: ResilientDatabase;
  public readonly documents: ReplicatedBucket;
  public readonly backup: BackupPlan;
  public readonly failover: RegionalFailover;
  public readonly objectives: RecoveryObjectives;
  public readonly documentObjectives: RecoveryObjectives;
  public readonly plan: RegionSwitchPlan;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    // The database's generated password uses write-only arguments and ephemeral resources (Terraform 1.11):
    // cdktn checks them against the targets a stack declares (targetVersions), before any construct is added.
    this.node.setContext('targetVersions', { terraform: '>=1.11.0' });
    new AwsProvider(this, 'aws', { region: PRIMARY_REGION });
    const recoveryProvider = new AwsProvider(this, 'recovery', { region: RECOVERY_REGION, alias: 'recovery' });
    // Route 53 publishes health-check metrics in us-east-1 only.
    const useast1 = new AwsProvider(this, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
    const tags = { Service: 'shop', Environment: 'production' };

    const variable = (name: string, description: string, sensitive = false) => new TerraformVariable(this, name, { type: 'string', description, sensitive }).stringValue;
    const pagerDutyUrl = variable('pagerduty_events_url', 'PagerDuty CloudWatch integration URL (https://events.pagerduty.com/integration/<key>/enqueue)', true);
    const hostedZoneId = variable('hosted_zone_id', 'Route 53 hosted zone of the public name (Z...)');
    const subscriptions = {
      page: [{ protocol: 'https' as const, endpoint: pagerDutyUrl }],
      ticket: [{ protocol: 'email' as const, endpoint: 'shop-team@example.com' }],
    };

    this.primary = this.region(this, 'primary', {
      cidr: '10.20.0.0/16',
      imageId: variable('image_id', `AMI of the web servers in ${PRIMARY_REGION}`),
      certificateArn: variable('certificate_arn', `ACM certificate of the public host name, in ${PRIMARY_REGION}`),
      subscriptions,
      tags,
    });
    // Everything under this scope is deployed in the recovery region.
    const recoveryScope = new RegionScope(this, 'recovery-region', { provider: recoveryProvider });
    this.recovery = this.region(recoveryScope, 'recovery', {
      cidr: '10.30.0.0/16',
      imageId: variable('recovery_image_id', `AMI of the web servers in ${RECOVERY_REGION} (the same build, copied)`),
      certificateArn: variable('recovery_certificate_arn', `ACM certificate of the public host name, in ${RECOVERY_REGION}`),
      subscriptions,
      tags,
    });
    this.route53Alarms = new AlarmChannel(this, 'route53-alarms', { provider: useast1, subscriptions, tags });

    this.database = new ResilientDatabase(this, 'db', {
      network: this.primary.network,
      engine: 'aurora-postgresql',
      engineVersion: '16.4',
      instanceClass: 'db.r6g.large',
      databaseName: 'shop',
      readers: 1,
      clientSecurityGroupIds: [this.primary.service.instanceSecurityGroup.id],
      // Warm standby: the secondary cluster has two readers (zones a and b), so it fails over in minutes.
      recoveryRegion: {
        provider: recoveryProvider,
        network: this.recovery.network,
        standby: 'readers',
        clientSecurityGroupIds: [this.recovery.service.instanceSecurityGroup.id],
        alarmRouting: this.recovery.alarms,
      },
      alarmRouting: this.primary.alarms,
      alarms: { connections: { threshold: 1200 } },
      tags,
    });

    this.documents = new ReplicatedBucket(this, 'documents', {
      replication: { provider: recoveryProvider, alarmRouting: this.recovery.alarms },
      noncurrentVersionExpirationDays: 90,
      alarmRouting: this.primary.alarms,
      tags,
    });

    // Against corruption and deletion (which replication copies faithfully): daily backups copied to the
    // recovery region, a locked vault, weekly restore tests of the backups here and of the copies there (into
    // the database's recovery-region subnets and key); a failed restore there notifies that region's channel.
    this.backup = new BackupPlan(this, 'backup', {
      rules: [{ preset: 'daily', copies: [{ provider: recoveryProvider, alarmRouting: this.recovery.alarms }] }],
      vaultLock: { mode: 'governance', minRetentionDays: 7, maxRetentionDays: 400 },
      alarmRouting: this.primary.alarms,
      tags,
    });
    this.backup.protect(this.database).protect(this.documents);

    this.failover = new RegionalFailover(this, 'failover', {
      hostedZoneId,
      recordName: 'shop.example.com',
      primary: { region: PRIMARY_REGION, target: this.primary.service.loadBalancer },
      recovery: { region: RECOVERY_REGION, provider: recoveryProvider, target: this.recovery.service.loadBalancer },
      healthCheck: { path: '/healthz' },
      alarmProvider: useast1,
      alarmRouting: this.route53Alarms,
      data: [this.database, this.documents],
      tags,
    });

    // Orders: a minute of writes at most. Region RTO 20 min chooses warm standby (10 min); the Region switch plan's
    // chain (page 3.5 min + decision 5 + capacity and database 5 + DNS 2.5) is 16 min.
    this.objectives = new RecoveryObjectives(this, 'objectives', {
      zone: { rto: '5m', rpo: 0 },
      region: { rto: '20m', rpo: '1m' },
      data: { rto: '4h', rpo: '5m' },
      resources: [this.database, this.failover],
      tags,
    });
    // Documents: S3 Replication Time Control bounds the region RPO at 15 minutes; users re-upload the rest.
    this.documentObjectives = new RecoveryObjectives(this, 'document-objectives', {
      zone: { rto: '5m', rpo: 0 },
      region: { rto: '20m', rpo: '15m' },
      data: { rto: '4h', rpo: '5m' },
      resources: [this.documents],
      tags,
    });

    this.plan = new RegionSwitchPlan(this, 'region-switch', {
      failover: this.failover,
      objectives: this.objectives,
      database: this.database,
      services: { primary: this.primary.service, recovery: this.recovery.service },
      // The SLO page alarms of both regions show the service's health while the plan runs.
      healthAlarmArns: [this.primary.slos, this.recovery.slos].flatMap((s) => s.slos.map((slo) => slo.compositeAlarms.page.arn)),
      tags,
    });

    new TerraformOutput(this, 'url', { value: 'https://shop.example.com' });
    new TerraformOutput(this, 'standby_scale_up', { value: standbyScaleUpStep(this.primary.service, { strategy: this.objectives.strategy }) });
  }

  private region(
    scope: Construct,
    name: 'primary' | 'recovery',
    o: { cidr: string; imageId: string; certificateArn: string; subscriptions: AlarmChannelProps['subscriptions']; tags: Record<string, string> },
  ): RegionStack {
    const id = (what: string) => (name === 'primary' ? what : `${name}-${what}`);
    const alarms = new AlarmChannel(scope, id('alarms'), { subscriptions: o.subscriptions, tags: o.tags });
    const network = new MultiAzNetwork(scope, id('network'), { cidr: o.cidr, zoneCount: 3, alarmRouting: alarms, tags: o.tags });
    const sizing =
      name === 'primary'
        ? { requiredCapacity: 4 }
        : // Warm standby: half the primary's minimum runs here; on failover it grows to the primary's maximum.
          standbyCapacity(this.primary.service, { strategy: 'warm-standby', share: 0.5 });
    const service = new AutoScaledService(scope, id('web'), {
      network,
      ...sizing,
      imageId: o.imageId,
      instanceType: 'm6i.large',
      certificateArn: o.certificateArn,
      port: 8080,
      healthCheckPath: '/healthz',
      userData: ['#!/bin/bash', 'set -euo pipefail', 'systemctl enable --now shop'].join('\n'),
      requestsPerTarget: 1000,
      alarmRouting: alarms,
      tags: o.tags,
    });
    const slos = new SloAlarms(scope, id('slos'), {
      service: name === 'primary' ? 'shop-dr' : 'shop-dr-recovery',
      alarmRouting: alarms,
      tags: o.tags,
      slos: [
        {
          name: 'availability',
          objective: 99.9,
          description: `Shop requests in ${name === 'primary' ? PRIMARY_REGION : RECOVERY_REGION} succeed (no 5xx).`,
          runbookUrl: 'https://runbooks.example.com/shop/availability',
          sli: SloSli.albAvailability({ loadBalancer: service.loadBalancer.arnSuffix }),
        },
      ],
    });
    return { alarms, network, service, slos };
  }
}
