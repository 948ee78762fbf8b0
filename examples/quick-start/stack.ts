import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel } from '../../src';

/**
 * The README's quick start: alarm routing by severity. Pages go to a
 * PagerDuty events URL (a sensitive variable, so the key never sits in
 * code), tickets to the team's mailbox.
 */
export class QuickStartStack extends TerraformStack {
  public readonly alarms: AlarmChannel;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });

    const pagerDutyUrl = new TerraformVariable(this, 'pagerduty_events_url', {
      type: 'string',
      sensitive: true,
      description: 'PagerDuty CloudWatch integration URL (https://events.pagerduty.com/integration/<key>/enqueue)',
    });

    this.alarms = new AlarmChannel(this, 'alarms', {
      subscriptions: {
        page: [{ protocol: 'https', endpoint: pagerDutyUrl.stringValue }],
        ticket: [{ protocol: 'email', endpoint: 'payments-oncall@example.com' }],
      },
      tags: { Team: 'payments', Environment: 'production' },
    });
  }
}
