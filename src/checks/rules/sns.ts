import { isReference, str, stringsIn } from '../json';
import { ReliabilityRule, violation } from '../rule';
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
  id: 'REL-SNS-2',
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

/** Rules for `aws_sns_topic`. */
export const SNS_RULES: readonly ReliabilityRule[] = [SNS_ENCRYPTED, SNS_NOTIFICATION_KEY];
