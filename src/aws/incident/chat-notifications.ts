import { ChatbotSlackChannelConfiguration } from '@cdktf/provider-aws/lib/chatbot-slack-channel-configuration';
import { ChatbotTeamsChannelConfiguration } from '@cdktf/provider-aws/lib/chatbot-teams-channel-configuration';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { literal } from '../../core/user-text';
import { IAlarmRouting } from '../common/alarm-routing';
import { awsRegionOf } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { serviceRole } from '../common/service-role';
import { CHAT_NOTIFICATIONS_PROPS, CHATBOT_REGIONS } from './private/chat-notifications-spec';

/** A Slack channel in a workspace authorized once in the AWS Chatbot console. */
export interface SlackChannel {
  /** The workspace id the Chatbot console shows after the one-time Slack authorization (`T0123ABCD`). */
  readonly workspaceId: string;
  /** The channel id, the end of the channel's link (`C0123ABCD`); invite the AWS Chatbot app to a private channel. */
  readonly channelId: string;
}

/** A Microsoft Teams channel of a team authorized once in the AWS Chatbot console. */
export interface TeamsChannel {
  /** The Microsoft 365 tenant id (a UUID). */
  readonly tenantId: string;
  /** The team id the Chatbot console shows after the one-time Teams authorization (a UUID). */
  readonly teamId: string;
  /** The channel id, URL-encoded as the channel link writes it (`19%3a...%40thread.tacv2`): AWS refuses `19:...@...`. */
  readonly channelId: string;
}

/** Props of {@link ChatNotifications}. */
export interface ChatNotificationsProps extends Pick<ReliableConstructProps, 'tags'> {
  /** The AlarmChannel (or another routing) whose severity topics post to the chat channel. */
  readonly alarmRouting: IAlarmRouting;
  /**
   * The severities posted to the channel.
   * @default ['ticket']
   */
  readonly severities?: readonly string[];
  /** A Slack channel. @default - no Slack channel (give slack, teams or both) */
  readonly slack?: SlackChannel;
  /** A Microsoft Teams channel. @default - no Teams channel (give slack, teams or both) */
  readonly teams?: TeamsChannel;
  /**
   * What AWS Chatbot logs to CloudWatch Logs: `ERROR`, `INFO` or `NONE`.
   * @default 'ERROR' - failed deliveries are logged
   */
  readonly loggingLevel?: 'ERROR' | 'INFO' | 'NONE';
  /**
   * IAM policies that cap what anyone in the channel can do through Chatbot. Left unset, AWS applies
   * `AdministratorAccess`; the library never leaves it unset.
   * @default - the AWS managed ReadOnlyAccess policy
   */
  readonly guardrailPolicyArns?: readonly string[];
  /**
   * Whether each chat user needs their own IAM role to run commands (the channel role only reads).
   * @default false
   */
  readonly userAuthorizationRequired?: boolean;
  /**
   * Region of the channel configurations: one with the AWS Chatbot API (us-east-2, us-west-2, eu-west-1,
   * ap-southeast-1). Topics of any Region can post to them.
   * @default - the stack's Region when it has the Chatbot API, else us-east-2
   */
  readonly region?: string;
}

const READ_ONLY = (partition: string): string => `arn:${partition}:iam::aws:policy/ReadOnlyAccess`;

/**
 * Posts alarms to Slack or Microsoft Teams through AWS Chatbot: a channel
 * configuration per chat channel subscribed to the chosen severity topics,
 * with a read-only channel role and a read-only guardrail by default (left
 * unset, AWS would apply AdministratorAccess) and error logging. The alarm
 * messages keep what the library's alarms carry in their description: the
 * SLO, the error budget left, the runbook and the dashboard.
 *
 * The Slack workspace (or Teams team) must be authorized once in the AWS
 * Chatbot console before `terraform apply`: no API does that step.
 */
export class ChatNotifications extends ReliableConstruct {
  /** The Slack channel configuration, if a Slack channel was given. */
  public readonly slack?: ChatbotSlackChannelConfiguration;
  /** The Teams channel configuration, if a Teams channel was given. */
  public readonly teams?: ChatbotTeamsChannelConfiguration;
  /** The role AWS Chatbot assumes for the channels (read-only). */
  public readonly role: IamRole;
  /** The Region of the channel configurations. */
  public readonly chatbotRegion: string;

  constructor(scope: Construct, id: string, props: ChatNotificationsProps) {
    super(scope, id, props, { alarmKeys: [], props: CHAT_NOTIFICATIONS_PROPS });
    if (props.slack === undefined && props.teams === undefined) throw new InvalidPropError(this, 'slack', undefined, 'or teams is required: the channel to post to');
    const severities = props.severities ?? ['ticket'];
    const topics = severities.flatMap((s, i) => {
      if (!props.alarmRouting.severities.includes(s)) {
        throw new InvalidPropError(this, `severities[${i}]`, s, `is not a severity of the alarm routing; it has ${props.alarmRouting.severities.map((x) => `"${x}"`).join(', ')}`);
      }
      return props.alarmRouting.actionsFor(s, `severities[${i}]`);
    });
    const here = awsRegionOf(this);
    this.chatbotRegion = props.region ?? (here !== undefined && (CHATBOT_REGIONS as readonly string[]).includes(here) ? here : 'us-east-2');
    const partition = new DataAwsPartition(this, 'partition');
    this.role = serviceRole(this, 'role', { service: 'chatbot.amazonaws.com', namePrefix: this.derivedName('iam-role-prefix', { maxLength: 38, suffix: 'chat' }) });
    // The channel role reads alarm details and graphs; the guardrail caps every action run from the channel.
    new IamRolePolicyAttachment(this, 'role-read-only', { role: this.role.name, policyArn: `arn:${partition.partition}:iam::aws:policy/CloudWatchReadOnlyAccess` });
    const common = {
      iamRoleArn: this.role.arn,
      snsTopicArns: topics,
      loggingLevel: props.loggingLevel ?? 'ERROR',
      guardrailPolicyArns: (props.guardrailPolicyArns as string[] | undefined) ?? [READ_ONLY(partition.partition)],
      userAuthorizationRequired: props.userAuthorizationRequired ?? false,
      region: this.chatbotRegion,
    };
    if (props.slack) {
      this.slack = new ChatbotSlackChannelConfiguration(this, 'slack', {
        ...common,
        configurationName: this.derivedName('chatbot-configuration', { maxLength: 128, suffix: 'slack' }),
        slackTeamId: props.slack.workspaceId,
        slackChannelId: props.slack.channelId,
      });
    }
    if (props.teams) {
      this.teams = new ChatbotTeamsChannelConfiguration(this, 'teams', {
        ...common,
        configurationName: this.derivedName('chatbot-configuration', { maxLength: 128, suffix: 'teams' }),
        tenantId: props.teams.tenantId,
        teamId: props.teams.teamId,
        // A Teams channel id is user text (19%3a...%40thread.tacv2): `${` in it must not reach Terraform as a template.
        channelId: literal(props.teams.channelId),
      });
    }
  }
}
