import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { ChatNotifications, ChatNotificationsProps } from '../../../src/aws/incident/chat-notifications';
import { expectInvalidProp, refTo, synthJson, testStack, values } from '../../harness';

const SLACK = { workspaceId: 'T0123ABCD', channelId: 'C0123ABCD' };

function build(props: Partial<ChatNotificationsProps> = {}) {
  const { stack } = testStack();
  const channel = new AlarmChannel(stack, 'alarms', {});
  const chat = new ChatNotifications(stack, 'chat', { alarmRouting: channel, slack: SLACK, ...props });
  return { stack, chat };
}

describe('ChatNotifications', () => {
  test('a Slack channel configuration subscribed to the ticket topic, read-only guardrail, error logging', () => {
    const { stack, chat } = build();
    const json = synthJson(stack);
    const [slack] = values(json, 'aws_chatbot_slack_channel_configuration');
    expect(slack).toMatchObject({
      slack_team_id: 'T0123ABCD',
      slack_channel_id: 'C0123ABCD',
      sns_topic_arns: [refTo(json, 'aws_sns_topic', 'alarms_topic-ticket', 'arn')],
      // Left unset, AWS applies AdministratorAccess as the guardrail (AWS::Chatbot GuardrailPolicies): never unset.
      guardrail_policy_arns: [expect.stringMatching(/^arn:\$\{data\.aws_partition\.chat_partition_[0-9A-F]{8}\.partition\}:iam::aws:policy\/ReadOnlyAccess$/)],
      logging_level: 'ERROR',
      user_authorization_required: false,
      iam_role_arn: refTo(json, 'aws_iam_role', 'chat_role', 'arn'),
      // The test stack is in eu-west-1, a Region with the Chatbot API.
      region: 'eu-west-1',
    });
    expect(JSON.parse(values(json, 'aws_iam_role')[0].assume_role_policy).Statement[0].Principal).toEqual({ Service: 'chatbot.amazonaws.com' });
    expect(chat.teams).toBeUndefined();
  });

  test('Teams too, in a Region given explicitly (one of the four with the Chatbot API: AWS General Reference, Chatbot endpoints)', () => {
    const { stack } = testStack();
    const channel = new AlarmChannel(stack, 'alarms', {});
    new ChatNotifications(stack, 'chat', {
      alarmRouting: channel,
      severities: ['page', 'ticket'],
      region: 'us-west-2',
      teams: { tenantId: '11111111-2222-3333-4444-555555555555', teamId: '66666666-7777-8888-9999-000000000000', channelId: '19%3aabc%40thread.tacv2' },
    });
    const [teams] = values(synthJson(stack), 'aws_chatbot_teams_channel_configuration');
    expect(teams).toMatchObject({ tenant_id: '11111111-2222-3333-4444-555555555555', region: 'us-west-2' });
    expect(teams.sns_topic_arns).toHaveLength(2);
  });

  test.each([
    ['no channel at all', { slack: undefined }, 'slack'],
    ['a Region without the Chatbot API', { region: 'eu-central-1' }, 'region'],
    ['a logging level the provider does not know (ERROR, INFO, NONE)', { loggingLevel: 'DEBUG' as never }, 'loggingLevel'],
    ['a severity the routing does not have', { severities: ['info'] }, 'severities[0]'],
    ['a Slack channel name instead of its id', { slack: { workspaceId: 'T0123ABCD', channelId: '#checkout' } }, 'slack.channelId'],
  ])('refuses %s', (_, props, prop) => {
    expectInvalidProp(() => build(props as Partial<ChatNotificationsProps>), prop);
  });
});
