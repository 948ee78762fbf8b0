import { at, nested, said, trueOrUnresolved } from '../json';
import { ReliabilityRule, violation } from '../rule';

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

/** Rules for `aws_dynamodb_table`. */
export const DYNAMODB_RULES: readonly ReliabilityRule[] = [DYNAMODB_PITR, DYNAMODB_DELETION_PROTECTION];
