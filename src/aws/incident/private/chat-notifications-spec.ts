import { PropSpecs, spec } from '../../../core/prop-spec';
import { ALARM_ROUTING, SEVERITY } from '../../common/prop-specs';
import type { ChatNotificationsProps, SlackChannel, TeamsChannel } from '../chat-notifications';

/** Regions with the AWS Chatbot API (AWS General Reference, "Amazon Q Developer in chat applications endpoints and quotas"). */
export const CHATBOT_REGIONS = ['us-east-2', 'us-west-2', 'eu-west-1', 'ap-southeast-1'] as const;

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const SLACK = spec.object<SlackChannel>(
  {
    // Slack ids: upper-case letters and digits (the workspace id comes from the Chatbot console after the one-time authorization).
    workspaceId: spec.name({ required: 'the Slack workspace id authorized in the AWS Chatbot console (T...)', pattern: /^[A-Z0-9]{9,15}$/, what: 'a Slack workspace id such as T0123ABCD' }),
    channelId: spec.name({
      required: 'the Slack channel id (C...)',
      pattern: /^[A-Z0-9]{9,15}$/,
      what: 'a Slack channel id such as C0123ABCD (the end of the channel link)',
      aws: { resource: 'aws_chatbot_slack_channel_configuration', argument: 'slack_channel_id' },
    }),
  },
  { example: { workspaceId: 'T0123ABCD', channelId: 'C0123ABCD' } },
);

const TEAMS = spec.object<TeamsChannel>(
  {
    tenantId: spec.name({ required: 'the Microsoft 365 tenant id', pattern: UUID, what: 'a UUID' }),
    teamId: spec.name({ required: 'the Microsoft Teams team id authorized in the AWS Chatbot console', pattern: UUID, what: 'a UUID' }),
    // AWS takes the id URL-encoded, as the channel link writes it: 19%3a...%40thread.tacv2 (Chatbot API model TeamsChannelId pattern).
    channelId: spec.name({
      required: 'the Teams channel id, URL-encoded as in the channel link (19%3a...%40thread.tacv2)',
      nonEmpty: true,
      aws: { resource: 'aws_chatbot_teams_channel_configuration', argument: 'channel_id' },
    }),
  },
  { example: { tenantId: '11111111-2222-3333-4444-555555555555', teamId: '66666666-7777-8888-9999-000000000000', channelId: '19%3aabc%40thread.tacv2' } },
);

/** What every prop of ChatNotifications accepts. */
export const CHAT_NOTIFICATIONS_PROPS: PropSpecs<ChatNotificationsProps> = {
  alarmRouting: { ...ALARM_ROUTING, required: 'the AlarmChannel whose topics post to the chat channel' },
  severities: spec.list(SEVERITY, { minItems: 1, tokens: { refuse: 'it decides which topics are subscribed' } }),
  slack: SLACK,
  teams: TEAMS,
  // logging_level: ERROR, INFO or NONE (provider: loggingLevel enum in internal/service/chatbot/slack_channel_configuration.go).
  loggingLevel: spec.oneOf(['ERROR', 'INFO', 'NONE']),
  guardrailPolicyArns: spec.list(spec.arn('iam'), { minItems: 1, example: ['arn:aws:iam::aws:policy/ReadOnlyAccess'] }),
  userAuthorizationRequired: spec.boolean(),
  region: spec.oneOf([...CHATBOT_REGIONS], { tokens: { refuse: 'the Region must be one with the Chatbot API, checked at synth' } }),
  tags: spec.tags(),
};
