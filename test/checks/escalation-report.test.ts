import { PagerdutyProvider } from '@cdktf/provider-pagerduty/lib/provider';
import { AlarmChannel } from '../../src/aws/observability/alarm-channel';
import { SloAlarms } from '../../src/aws/observability/slo-alarms';
import { SloSli } from '../../src/aws/observability/slo-sli';
import { PagerDutyEscalation } from '../../src/aws/pagerduty/pagerduty-escalation';
import { formatReport, reportStack } from '../../src/checks/report';
import { TerraformJsonStack } from '../../src/checks/stack';
import { synthJson, testStack } from '../harness';

function report(withPagerDuty: boolean) {
  const { stack } = testStack();
  new PagerdutyProvider(stack, 'pagerduty', {});
  const channel = new AlarmChannel(stack, 'alarms', withPagerDuty ? {} : { subscriptions: { page: [{ protocol: 'https', endpoint: 'https://hooks.example.com/page' }] } });
  if (withPagerDuty) {
    new PagerDutyEscalation(stack, 'paging', {
      alarmChannel: channel,
      service: 'checkout',
      severities: { page: 'high' },
      escalationLevels: [{ targets: [{ userId: 'PUSER01' }], escalateAfterMinutes: 10 }, { targets: [{ userId: 'PLEAD01' }], escalateAfterMinutes: 20 }, { targets: [{ userId: 'PMGR001' }] }],
    });
  }
  new SloAlarms(stack, 'slos', {
    service: 'checkout',
    alarmRouting: channel,
    dashboard: false,
    slos: [{ name: 'availability', objective: 99.9, description: 'Checkout succeeds.', sli: SloSli.albAvailability({ loadBalancer: 'app/checkout/0123456789abcdef' }) }],
  });
  return reportStack(TerraformJsonStack.fromJson(synthJson(stack), 'test'));
}

test('report follows the page to the PagerDuty escalation policy: minutes to the last level beside the detection time', () => {
  const r = report(true);
  const [slo] = r.slos;
  // The delays before the last level: 10 + 20 (the last level's own delay only matters for repeats).
  expect(slo.escalation).toEqual({ policy: expect.stringMatching(/^pagerduty_escalation_policy\.paging_escalation-policy_[0-9A-F]{8}$/), levels: 3, minutesToLastLevel: 30 });
  const page = Math.min(...slo.alerts.filter((a) => a.severity === 'page').map((a) => a.detectsFullOutageIn));
  // The text report wraps at 100 columns: read it as one line. Durations in the report's one format (30m).
  expect(formatReport([r], 'text').replace(/\s+/g, ' ')).toContain(`Escalation: a full outage pages in 52s, the last of 3 levels of ${slo.escalation!.policy} is reached 30m after the page`);
  expect(formatReport([r], 'markdown')).toContain(`Escalation: a full outage pages in 52s, the last of 3 levels of ${slo.escalation!.policy} is reached 30m after the page (30.9m after the outage starts) when nobody acknowledges.`);
  expect(page).toBeCloseTo(51.84, 2);
});

test('a page that reaches no escalation policy in the stack reports none', () => {
  expect(report(false).slos[0].escalation).toBeUndefined();
});

