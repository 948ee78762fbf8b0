import { DataAwsLb } from '@cdktf/provider-aws/lib/data-aws-lb';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel, SloAlarms, SloSli } from '../../src';

/**
 * Two SLOs on an existing Application Load Balancer, alerted by
 * multi-window multi-burn-rate CloudWatch alarms and routed through an
 * AlarmChannel: availability (99.9% of requests without a 5xx over 30
 * days) and latency (99% of requests answered within 300 ms over 30 days).
 * See README.md for what pages when.
 */
export class SloAlarmsExampleStack extends TerraformStack {
  public readonly alarms: AlarmChannel;
  public readonly slos: SloAlarms;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });

    const albName = new TerraformVariable(this, 'alb_name', {
      type: 'string',
      default: 'checkout',
      description: 'Name of the Application Load Balancer in front of the checkout service',
    });
    const pagerDutyUrl = new TerraformVariable(this, 'pagerduty_events_url', {
      type: 'string',
      sensitive: true,
      description: 'PagerDuty CloudWatch integration URL (https://events.pagerduty.com/integration/<key>/enqueue)',
    });
    // The ALB is looked up, not created: its ARN suffix is the LoadBalancer dimension of its metrics.
    const alb = new DataAwsLb(this, 'alb', { name: albName.stringValue });

    this.alarms = new AlarmChannel(this, 'alarms', {
      subscriptions: {
        page: [{ protocol: 'https', endpoint: pagerDutyUrl.stringValue }],
        ticket: [{ protocol: 'email', endpoint: 'checkout-team@example.com' }],
      },
      tags: { Team: 'checkout' },
    });

    this.slos = new SloAlarms(this, 'slos', {
      service: 'checkout',
      alarmRouting: this.alarms,
      tags: { Team: 'checkout' },
      slos: [
        {
          name: 'availability',
          objective: 99.9,
          description: 'Checkout requests succeed (no 5xx from the targets or the load balancer).',
          runbookUrl: 'https://runbooks.example.com/checkout/availability',
          sli: SloSli.albAvailability({ loadBalancer: alb.arnSuffix }),
        },
        {
          name: 'latency',
          objective: 99,
          description: 'Checkout requests are answered by a target within 300 ms.',
          runbookUrl: 'https://runbooks.example.com/checkout/latency',
          sli: SloSli.albLatency({ loadBalancer: alb.arnSuffix, thresholdSeconds: 0.3 }),
        },
      ],
    });
  }
}
