import { actionMatches, asList, conditionKeys, parsePolicy, servicePrincipals, statementsOf } from '../iam-policy';
import { isReference, str, stringsIn } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

export const SNS_ENCRYPTED: ReliabilityRule = {
  id: 'REL-SNS-1',
  severity: 'warning',
  title: 'SNS topics are encrypted',
  rationale: 'Alarm topics carry incident details; an encrypted topic under a customer-managed key also needs a key policy that lets CloudWatch publish, which is better found at synth than during an outage.',
  remediation: 'Set kms_master_key_id (a customer-managed key whose policy allows cloudwatch.amazonaws.com to use it).',
  resourceTypes: ['aws_sns_topic'],
  equivalents: { checkov: ['CKV_AWS_26'], cdkNag: ['SNSEncryptedKMS'], trivy: ['AVD-AWS-0095'] },
  check: (r) => ((str(r.body.kms_master_key_id) ?? '') !== '' ? [] : violation('kms_master_key_id is not set: the topic is not encrypted at rest')),
};

/** The key actions a publisher needs on an encrypted topic (SNS Developer Guide, "Key management"). */
const PUBLISH_KEY_ACTIONS = ['kms:GenerateDataKey', 'kms:Decrypt'];
const TOPIC_CONTEXT = 'kms:EncryptionContext:aws:sns:topicArn'.toLowerCase();
const SOURCE_KEYS = ['aws:SourceAccount', 'aws:SourceArn'].map((k) => k.toLowerCase());

/** What is wrong with one service grant of a topic key: unscoped, or scoped by keys its service does not send. */
function serviceGrantProblems(service: string, keys: Set<string>): RuleViolation[] {
  const sources = SOURCE_KEYS.filter((k) => keys.has(k));
  if (service === 'events.amazonaws.com' && sources.length > 0) {
    return violation(
      `the grant to events.amazonaws.com is conditioned on ${sources.join(' and ')}, which EventBridge does not send for encrypted topics (SNS Developer Guide, "Key management"): the grant never applies and every event is dropped silently`,
      'error',
    );
  }
  if (!keys.has(TOPIC_CONTEXT) && sources.length === 0) {
    return violation(`grants ${service} use of the key with no kms:EncryptionContext:aws:sns:topicArn, aws:SourceAccount or aws:SourceArn condition: the service may use it on behalf of any account, for any topic`);
  }
  return [];
}

export const SNS_KEY_GRANTS_SCOPED: ReliabilityRule = {
  id: 'REL-SNS-2',
  severity: 'warning',
  title: 'Topic keys scope their service grants to the topics, with conditions the service sends',
  rationale:
    'A key policy that lets a service principal use a topic key with no condition lets that service act for any account (the confused deputy). A condition the service does not send is worse: the grant never applies and notifications are dropped with no error at apply (EventBridge sends no aws:SourceAccount or aws:SourceArn to KMS for encrypted topics).',
  remediation:
    'Condition each service grant on kms:EncryptionContext:aws:sns:topicArn (the topic ARNs, built from their names); add aws:SourceAccount and aws:SourceArn for cloudwatch.amazonaws.com (arn:<partition>:cloudwatch:<region>:<account>:alarm:*), never for events.amazonaws.com. AlarmChannel does.',
  resourceTypes: ['aws_kms_key'],
  equivalents: {},
  check: (r, stack): RuleViolation[] => {
    if (stack.pointingAt(r, 'aws_sns_topic', 'kms_master_key_id', 'arn', 'key_id', 'id').length === 0) return [];
    const policy = parsePolicy(r.body.policy);
    if (!policy) return [];
    const out: RuleViolation[] = [];
    for (const s of statementsOf(policy)) {
      if (s.Effect !== 'Allow') continue;
      const actions = asList(s.Action);
      if (!PUBLISH_KEY_ACTIONS.some((a) => actions.some((p) => actionMatches(p, a)))) continue;
      const keys = conditionKeys(s);
      for (const service of servicePrincipals(s)) out.push(...serviceGrantProblems(service, keys));
    }
    return out;
  },
};


/** The AWS managed key of SNS, by alias name or alias ARN (any partition, region and account). */
const AWS_MANAGED_SNS_KEY = /^(?:arn:[a-z-]+:kms:[a-z0-9-]*:\d*:)?alias\/aws\/sns$/;

/** The services that publish to a topic from these resources' arguments, and the principal whose key access they need. */
const PUBLISHERS: readonly { readonly type: string; readonly attributes: readonly string[]; readonly service: string }[] = [
  { type: 'aws_cloudwatch_metric_alarm', attributes: ['alarm_actions', 'ok_actions', 'insufficient_data_actions'], service: 'cloudwatch.amazonaws.com' },
  { type: 'aws_cloudwatch_composite_alarm', attributes: ['alarm_actions', 'ok_actions', 'insufficient_data_actions'], service: 'cloudwatch.amazonaws.com' },
  { type: 'aws_cloudwatch_event_target', attributes: ['arn'], service: 'events.amazonaws.com' },
];

/** The topic name a literal SNS topic ARN ends with, or undefined. */
function topicNameOfArn(text: string): string | undefined {
  return /^arn:[a-z-]+:sns:[a-z0-9-]*:\d*:([A-Za-z0-9_.-]+)$/.exec(text)?.[1];
}

/** Who publishes to a topic: alarms and EventBridge targets that reference it, or name it by a literal ARN. */
function publishersOf(topic: TerraformJsonResource, stack: TerraformJsonStack): { address: string; service: string }[] {
  const byArnName = stack.cached('sns:publishers-by-arn-name', () => {
    const index = new Map<string, { address: string; service: string }[]>();
    for (const p of PUBLISHERS) {
      for (const r of stack.ofType(p.type)) {
        for (const a of p.attributes) {
          for (const text of stringsIn(r.body[a])) {
            const name = topicNameOfArn(text);
            if (name !== undefined) index.set(name, [...(index.get(name) ?? []), { address: r.address, service: p.service }]);
          }
        }
      }
    }
    return index;
  });
  const out = new Map<string, { address: string; service: string }>();
  for (const p of PUBLISHERS) for (const a of p.attributes) for (const r of stack.pointingAt(topic, p.type, a)) out.set(r.address, { address: r.address, service: p.service });
  const name = str(topic.body.name);
  if (name !== undefined && !isReference(name)) for (const hit of byArnName.get(name) ?? []) out.set(hit.address, hit);
  return [...out.values()];
}

export const SNS_NOTIFICATION_KEY: ReliabilityRule = {
  id: 'REL-SNS-3',
  severity: 'error',
  title: 'SNS topics that alarms or EventBridge publish to use a customer-managed key',
  rationale:
    'CloudWatch alarms and EventBridge publish to an encrypted topic only when the key policy lets their service principal use the key; the policy of the AWS managed key alias/aws/sns cannot be changed, so their notifications are never delivered (Amazon SNS developer guide, "Enable compatibility between event sources from AWS services and encrypted topics"; EventBridge user guide, troubleshooting "encrypted Amazon SNS topic").',
  remediation:
    'Encrypt the topic with a customer-managed KMS key whose policy allows cloudwatch.amazonaws.com and events.amazonaws.com kms:GenerateDataKey* and kms:Decrypt (AlarmChannel creates one).',
  resourceTypes: ['aws_sns_topic'],
  equivalents: {},
  check: (r, stack) => {
    const key = str(r.body.kms_master_key_id);
    if (key === undefined || !AWS_MANAGED_SNS_KEY.test(key)) return [];
    const publishers = publishersOf(r, stack);
    if (publishers.length === 0) return [];
    const services = [...new Set(publishers.map((p) => p.service))];
    const shown = publishers.slice(0, 3).map((p) => p.address);
    const who = `${shown.join(', ')}${publishers.length > shown.length ? ` and ${publishers.length - shown.length} more` : ''}`;
    return violation(
      `kms_master_key_id is "${key}" (the AWS managed key) and ${who} publish${publishers.length === 1 ? 'es' : ''} to this topic: that key's policy cannot let ${services.join(' or ')} use it, so the notifications are never delivered`,
    );
  },
};

/** Rules for `aws_sns_topic` and the keys that encrypt topics. */
export const SNS_RULES: readonly ReliabilityRule[] = [SNS_ENCRYPTED, SNS_KEY_GRANTS_SCOPED, SNS_NOTIFICATION_KEY];
