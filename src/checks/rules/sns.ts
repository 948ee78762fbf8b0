import { actionMatches, asList, conditionKeys, parsePolicy, servicePrincipals, statementsOf } from '../iam-policy';
import { str } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';

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

/** Rules for `aws_sns_topic` and the keys that encrypt topics. */
export const SNS_RULES: readonly ReliabilityRule[] = [SNS_ENCRYPTED, SNS_KEY_GRANTS_SCOPED];
