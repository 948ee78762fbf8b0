import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel, MultiAzNetwork, ResilientDatabase } from '../../src';

/**
 * A staging environment that trades resilience for cost, on purpose and in
 * the open: one NAT gateway instead of one per zone, and an Aurora cluster
 * that can be destroyed without deletion protection or a final snapshot.
 * Each unsafe choice is an explicit prop; the construct warns about it and
 * records it as an opt-out, so `cdktf synth` with the rule pack succeeds and
 * reports the rule it breaks as info, with the prop and value as the reason.
 * See README.md.
 */
export class StagingStack extends TerraformStack {
  public readonly alarms: AlarmChannel;
  public readonly network: MultiAzNetwork;
  public readonly database: ResilientDatabase;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1', defaultTags: [{ tags: { Service: 'shop', Environment: 'staging' } }] });

    this.alarms = new AlarmChannel(this, 'alarms', {
      subscriptions: {
        // Staging pages nobody at night: both severities go to the team's mailbox.
        page: [{ protocol: 'email', endpoint: 'shop-team@example.com' }],
        ticket: [{ protocol: 'email', endpoint: 'shop-team@example.com' }],
      },
    });

    this.network = new MultiAzNetwork(this, 'network', {
      cidr: '10.30.0.0/16',
      zoneCount: 2,
      // Opt-out: one NAT gateway (about a third of the cost of three); losing its zone cuts the private subnets off.
      natGateways: 'single',
      alarmRouting: this.alarms,
    });

    this.database = new ResilientDatabase(this, 'db', {
      engine: 'aurora-postgresql',
      engineVersion: '16.4',
      databaseName: 'shop',
      network: this.network,
      instanceClass: 'db.t4g.medium',
      // Opt-outs: staging data is rebuilt from fixtures, so the cluster may be destroyed and keeps no final snapshot.
      deletionProtection: false,
      skipFinalSnapshot: true,
      alarmRouting: this.alarms,
    });

    new TerraformOutput(this, 'database_endpoint', { value: this.database.endpoint });
  }
}
