import { SEVERITY_TAG, SLO_TAGS } from '../../core/contract';
import { list, refersTo, str, stringsIn } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';
import { COMPOSITE_ALARM, METRIC_ALARM } from './cloudwatch';

/** SNS protocols that reach a person: mail and SMS directly, HTTPS through a paging tool (PagerDuty, Opsgenie) or a webhook. */
export const HUMAN_PROTOCOLS: readonly string[] = ['email', 'email-json', 'sms', 'https', 'http'];
/** AWS Chatbot channel configurations: Slack and Microsoft Teams. */
export const CHAT_CONFIGURATIONS: readonly string[] = ['aws_chatbot_slack_channel_configuration', 'aws_chatbot_teams_channel_configuration'];

/** Alarms that notify (alarm_actions) at the page severity: `Severity = page` or `slo:severity = page`. */
export function pageAlarms(stack: TerraformJsonStack): TerraformJsonResource[] {
  return stack.cached('incident:page-alarms', () =>
    stack.ofType(METRIC_ALARM, COMPOSITE_ALARM).filter((a) => {
      const tags = stack.tagsOf(a);
      const page = tags[SEVERITY_TAG] === 'page' || tags[SLO_TAGS.severity] === 'page';
      return page && (list(a.body.alarm_actions)?.length ?? 0) > 0;
    }),
  );
}

/** What reaches a person from a topic: subscriptions with a human-facing protocol and Chatbot channels. */
export function humanSubscribers(topic: TerraformJsonResource, stack: TerraformJsonStack): TerraformJsonResource[] {
  const subs = stack.referencing(topic, 'aws_sns_topic_subscription').filter((s) => refersTo(s.body.topic_arn, topic.address) && HUMAN_PROTOCOLS.includes(str(s.body.protocol) ?? ''));
  const chats = stack.referencing(topic, ...CHAT_CONFIGURATIONS).filter((c) => refersTo(c.body.sns_topic_arns, topic.address));
  return [...subs, ...chats];
}

export const PAGE_REACHES_A_PERSON: ReliabilityRule = {
  id: 'REL-INC-1',
  severity: 'error',
  title: 'Page topics reach a person',
  rationale:
    'A page that ends at an SNS topic nobody reads wakes nobody up: the incident is found by customers. A page topic needs a subscription that reaches a human: a paging tool (PagerDuty over HTTPS), AWS Chatbot (Slack, Teams), email or SMS; an SQS queue or a Lambda function alone does not.',
  remediation: 'Subscribe the topic to PagerDuty (PagerDutyEscalation), a chat channel (ChatNotifications), an email address or a phone number; or suppress the rule with the reason if it is subscribed in another stack.',
  resourceTypes: ['aws_sns_topic'],
  equivalents: {},
  check: (r, stack) => {
    const pages = pageAlarms(stack).filter((a) => refersTo(a.body.alarm_actions, r.address));
    if (pages.length === 0 || humanSubscribers(r, stack).length > 0) return [];
    return violation(`${pages.length} page alarm${pages.length === 1 ? '' : 's'} (${pages.map((a) => a.address).slice(0, 3).join(', ')}${pages.length > 3 ? ', ...' : ''}) notify this topic, and nothing subscribed to it reaches a person (no email, SMS or HTTPS subscription, no Chatbot channel)`);
  },
};

/** First steps written into the description: "Runbook:" and at least three words (not "Runbook: none"). */
const INLINE_RUNBOOK = /\bRunbook:\s*(?!none\b|n\/a\b|-)\S+\s+\S+\s+\S+/i;

export const PAGE_HAS_RUNBOOK: ReliabilityRule = {
  id: 'REL-INC-2',
  severity: 'warning',
  title: 'Page alarms carry a runbook',
  rationale:
    'Whoever is paged at night needs the first steps in the page itself; a page without a runbook costs minutes of the error budget while they search. A link to the runbook, or the first steps written after "Runbook:" (as the library\'s resource alarms do), both answer it.',
  remediation: 'Put the runbook URL in the alarm description (SloAlarms: runbookUrl on the SLO), or the first steps after "Runbook:".',
  resourceTypes: [METRIC_ALARM, COMPOSITE_ALARM],
  equivalents: {},
  check: (r, stack) => {
    if (!pageAlarms(stack).includes(r)) return [];
    const description = stringsIn(r.body.alarm_description).join(' ');
    return /https?:\/\/\S/.test(description) || INLINE_RUNBOOK.test(description)
      ? []
      : violation('the page alarm has no runbook in its alarm_description: no http(s) link, and no first steps after "Runbook:"');
  },
};

/** Rules for the path from a page to a person. */
export const INCIDENT_RULES: readonly ReliabilityRule[] = [PAGE_REACHES_A_PERSON, PAGE_HAS_RUNBOOK];
