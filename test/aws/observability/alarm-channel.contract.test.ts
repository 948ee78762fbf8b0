import { AlarmChannel, AlarmChannelProps } from '../../../src/aws/observability/alarm-channel';
import { ALARM_CHANNEL_PROPS } from '../../../src/aws/observability/private/alarm-channel-spec';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<AlarmChannelProps>({
  construct: 'AlarmChannel',
  aws: true,
  build: (stack, overrides) =>
    new AlarmChannel(stack, SUBJECT, {
      subscriptions: {
        page: [{ protocol: 'https', endpoint: 'https://events.pagerduty.com/integration/0123456789abcdef/enqueue' }],
        ticket: [{ protocol: 'email', endpoint: 'oncall@example.com' }],
      },
      ...overrides,
    } as AlarmChannelProps),
  specs: ALARM_CHANNEL_PROPS,
});
