import { at, bool, nested, said, str, trueOrUnresolved } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';

const TABLE = ['aws_dynamodb_table'];

export const DYNAMODB_PITR: ReliabilityRule = {
  id: 'REL-DDB-1',
  severity: 'error',
  title: 'DynamoDB tables have point-in-time recovery',
  rationale: 'Point-in-time recovery restores a table to any second of the last 35 days, the only undo for a bad batch write or delete.',
  remediation: 'Add point_in_time_recovery { enabled = true }.',
  resourceTypes: TABLE,
  equivalents: { checkov: ['CKV_AWS_28'], cdkNag: ['DynamoDBPITREnabled'], trivy: ['AVD-AWS-0024'] },
  check: (r) => {
    const enabled = at(r.body, 'point_in_time_recovery', 'enabled');
    if (trueOrUnresolved(enabled)) return [];
    if (nested(r.body, 'point_in_time_recovery').length === 0) return violation('no point_in_time_recovery block: point-in-time recovery is off');
    return violation(said('point_in_time_recovery.enabled', enabled, 'not set (false)'));
  },
};

export const DYNAMODB_DELETION_PROTECTION: ReliabilityRule = {
  id: 'REL-DDB-2',
  severity: 'error',
  title: 'DynamoDB tables have deletion protection',
  rationale: 'Deleting a table deletes its point-in-time recovery history with it.',
  remediation: 'Set deletion_protection_enabled = true.',
  resourceTypes: TABLE,
  equivalents: {},
  check: (r) => (trueOrUnresolved(r.body.deletion_protection_enabled) ? [] : violation(said('deletion_protection_enabled', r.body.deletion_protection_enabled, 'not set (false)'))),
};

export const DYNAMODB_CUSTOMER_MANAGED_KEY: ReliabilityRule = {
  id: 'REL-DDB-3',
  severity: 'warning',
  title: 'DynamoDB tables (and their replicas) are encrypted with a customer-managed KMS key',
  rationale:
    'Under the AWS owned key, who may read the table, its backups and its exports cannot be governed or audited through a key policy; a customer-managed key per region lets the account decide, and keeps replicas and restored tables under keys it controls.',
  remediation: 'Add server_side_encryption { enabled = true, kms_key_arn = <customer-managed key> }, and kms_key_arn (a key of that region) on every replica block.',
  resourceTypes: TABLE,
  equivalents: { checkov: ['CKV_AWS_119'], trivy: ['AVD-AWS-0025'] },
  check: (r) => {
    const enabled = at(r.body, 'server_side_encryption', 'enabled');
    const key = str(at(r.body, 'server_side_encryption', 'kms_key_arn')) ?? '';
    if (bool(enabled) !== true && !trueOrUnresolved(enabled)) return violation('server_side_encryption is not enabled with a customer-managed key: the table uses the AWS owned key');
    const out: RuleViolation[] = [];
    if (key === '') out.push({ message: 'server_side_encryption has no kms_key_arn: the table uses the AWS managed key (aws/dynamodb)' });
    nested(r.body, 'replica').forEach((replica, i) => {
      if ((str(replica.kms_key_arn) ?? '') === '') out.push({ message: `replica ${str(replica.region_name) ?? `[${i}]`} has no kms_key_arn: it is encrypted with an AWS managed key` });
    });
    return out;
  },
};

/** Rules for `aws_dynamodb_table`. */
export const DYNAMODB_RULES: readonly ReliabilityRule[] = [DYNAMODB_PITR, DYNAMODB_DELETION_PROTECTION, DYNAMODB_CUSTOMER_MANAGED_KEY];
