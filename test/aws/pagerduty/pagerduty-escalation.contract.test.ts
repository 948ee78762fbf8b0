import { PagerdutyProvider } from '@cdktf/provider-pagerduty/lib/provider';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { PagerDutyEscalation, PagerDutyEscalationProps } from '../../../src/aws/pagerduty/pagerduty-escalation';
import { PAGERDUTY_ESCALATION_PROPS } from '../../../src/aws/pagerduty/private/pagerduty-escalation-spec';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<PagerDutyEscalationProps>({
  construct: 'PagerDutyEscalation',
  // No tags prop: PagerDuty resources take no tags, and an SNS topic subscription has none.
  build: (stack, overrides) => {
    new PagerdutyProvider(stack, 'pagerduty', {});
    return new PagerDutyEscalation(stack, SUBJECT, {
      alarmChannel: new AlarmChannel(stack, 'alarms', {}),
      service: 'checkout',
      escalationLevels: [{ targets: [{ userId: 'PUSER01' }] }, { targets: [{ userId: 'PLEAD01' }] }],
      ...overrides,
    } as PagerDutyEscalationProps);
  },
  specs: PAGERDUTY_ESCALATION_PROPS,
});
