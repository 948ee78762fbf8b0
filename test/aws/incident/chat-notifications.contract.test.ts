import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { ChatNotifications, ChatNotificationsProps } from '../../../src/aws/incident/chat-notifications';
import { CHAT_NOTIFICATIONS_PROPS } from '../../../src/aws/incident/private/chat-notifications-spec';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<ChatNotificationsProps>({
  construct: 'ChatNotifications',
  aws: true,
  build: (stack, overrides) =>
    new ChatNotifications(stack, SUBJECT, {
      alarmRouting: new AlarmChannel(stack, 'alarms', {}),
      slack: { workspaceId: 'T0123ABCD', channelId: 'C0123ABCD' },
      ...overrides,
    } as ChatNotificationsProps),
  specs: CHAT_NOTIFICATIONS_PROPS,
});
