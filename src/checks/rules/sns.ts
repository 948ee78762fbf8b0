import { str } from '../json';
import { ReliabilityRule, violation } from '../rule';

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

/** Rules for `aws_sns_topic`. */
export const SNS_RULES: readonly ReliabilityRule[] = [SNS_ENCRYPTED];
