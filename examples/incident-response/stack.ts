import { DataAwsLb } from '@cdktf/provider-aws/lib/data-aws-lb';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { PagerdutyProvider } from '@cdktf/provider-pagerduty/lib/provider';
import { TerraformStack, TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { AlarmChannel, ChatNotifications, PagerDutyEscalation, SloAlarms, SloSli } from '../../src';

/**
 * Incident response as code for a `payments` service behind an existing
 * ALB: two SLOs whose pages go to PagerDuty (a weekly follow-the-sun
 * rotation in two layers (Berlin and Sydney), escalating to the team lead and then the
 * engineering manager) and whose tickets go to the team's Slack channel
 * through AWS Chatbot. See README.md.
 */
export class IncidentResponseStack extends TerraformStack {
  public readonly alarms: AlarmChannel;
  public readonly slos: SloAlarms;
  public readonly pagerDuty: PagerDutyEscalation;
  public readonly chat: ChatNotifications;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    // The token comes from PAGERDUTY_TOKEN in the environment of terraform plan/apply.
    new PagerdutyProvider(this, 'pagerduty', {});

    const albName = new TerraformVariable(this, 'alb_name', { type: 'string', default: 'payments', description: 'Name of the Application Load Balancer in front of the payments service' });
    const alb = new DataAwsLb(this, 'alb', { name: albName.stringValue });

    this.alarms = new AlarmChannel(this, 'alarms', { tags: { Team: 'payments' } });

    this.pagerDuty = new PagerDutyEscalation(this, 'paging', {
      alarmChannel: this.alarms,
      service: 'payments',
      // Pages only: tickets go to Slack below, not to anyone's phone.
      severities: { page: 'high' },
      schedules: [
        {
          name: 'payments-primary',
          timeZone: 'Europe/Berlin',
          layers: [
            // Follow the sun: Berlin takes 08:00-20:00 Berlin time, Sydney (10 hours ahead in January: 18:00-06:00 there) the rest.
            { name: 'berlin-day', start: '2027-01-04T08:00:00+01:00', rotationTurnLengthSeconds: 604800, users: ['PBERL01', 'PBERL02', 'PBERL03'], restrictions: [{ type: 'daily', startTimeOfDay: '08:00:00', durationSeconds: 43200 }] },
            { name: 'sydney-day', start: '2027-01-04T08:00:00+01:00', rotationTurnLengthSeconds: 604800, users: ['PSYDN01', 'PSYDN02'], restrictions: [{ type: 'daily', startTimeOfDay: '20:00:00', durationSeconds: 43200 }] },
          ],
        },
      ],
      escalationLevels: [
        { targets: [{ schedule: 'payments-primary' }], escalateAfterMinutes: 10 },
        { targets: [{ userId: 'PLEAD01' }], escalateAfterMinutes: 15 },
        { targets: [{ userId: 'PMGR001' }] },
      ],
      repeats: 2,
    });

    this.chat = new ChatNotifications(this, 'chat', {
      alarmRouting: this.alarms,
      severities: ['ticket'],
      slack: { workspaceId: 'T0PAYMENT', channelId: 'C0PAYALRT' },
      tags: { Team: 'payments' },
    });

    this.slos = new SloAlarms(this, 'slos', {
      service: 'payments',
      alarmRouting: this.alarms,
      tags: { Team: 'payments' },
      slos: [
        {
          name: 'availability',
          objective: 99.9,
          description: 'Payment requests succeed (no 5xx from the targets or the load balancer).',
          runbookUrl: 'https://runbooks.example.com/payments/availability',
          sli: SloSli.albAvailability({ loadBalancer: alb.arnSuffix }),
        },
        {
          name: 'latency',
          objective: 99,
          description: 'Payment requests are answered by a target within 500 ms.',
          runbookUrl: 'https://runbooks.example.com/payments/latency',
          sli: SloSli.albLatency({ loadBalancer: alb.arnSuffix, thresholdSeconds: 0.5 }),
        },
      ],
    });
  }
}
