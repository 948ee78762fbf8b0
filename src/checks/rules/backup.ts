import { at, isReference, nested, num, str } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { MIN_BACKUP_RETENTION_DAYS } from './rds';

export const BACKUP_PLAN_SELECTION: ReliabilityRule = {
  id: 'REL-BAK-1',
  severity: 'error',
  title: 'Backup plans have a selection',
  rationale: 'A backup plan without a selection backs up nothing while looking like protection.',
  remediation: 'Add an aws_backup_selection whose plan_id references the plan.',
  resourceTypes: ['aws_backup_plan'],
  equivalents: {},
  check: (r, stack) => (stack.pointingAt(r, 'aws_backup_selection', 'plan_id', 'id').length > 0 ? [] : violation('no aws_backup_selection uses this plan')),
};

export const BACKUP_PLAN_RETENTION: ReliabilityRule = {
  id: 'REL-BAK-2',
  severity: 'error',
  title: `Backup plan rules keep recovery points for at least ${MIN_BACKUP_RETENTION_DAYS} days`,
  rationale: 'Corruption and bad deployments are often found days later; shorter retention can leave only bad copies.',
  remediation: `Set lifecycle { delete_after = ${MIN_BACKUP_RETENTION_DAYS} } or more on every rule (and on copy actions).`,
  resourceTypes: ['aws_backup_plan'],
  equivalents: {},
  check: (r) => {
    const out: RuleViolation[] = [];
    const rules = nested(r.body, 'rule');
    if (rules.length === 0 && !isReference(r.body.rule)) return violation('the plan has no rule');
    rules.forEach((rule, i) => {
      const ruleName = str(rule.rule_name);
      const name = ruleName !== undefined && !isReference(ruleName) ? `rule "${ruleName}"` : `rule[${i}]`;
      const days = num(at(rule, 'lifecycle', 'delete_after'));
      if (days !== undefined && days < MIN_BACKUP_RETENTION_DAYS) out.push({ message: `${name} deletes recovery points after ${days} day${days === 1 ? '' : 's'}; at least ${MIN_BACKUP_RETENTION_DAYS} are required` });
      for (const copy of nested(rule, 'copy_action')) {
        const copyDays = num(at(copy, 'lifecycle', 'delete_after'));
        if (copyDays !== undefined && copyDays < MIN_BACKUP_RETENTION_DAYS) out.push({ message: `${name} keeps copies for ${copyDays} day${copyDays === 1 ? '' : 's'}; at least ${MIN_BACKUP_RETENTION_DAYS} are required` });
      }
    });
    return out;
  },
};

export const BACKUP_VAULT_CMK: ReliabilityRule = {
  id: 'REL-BAK-3',
  severity: 'warning',
  title: 'Backup vaults use a customer-managed key',
  rationale: 'Recovery points under the AWS-managed key cannot be copied to another account, and access to them cannot be governed by a key policy.',
  remediation: 'Set kms_key_arn to a customer-managed KMS key.',
  resourceTypes: ['aws_backup_vault'],
  equivalents: { checkov: ['CKV_AWS_166'] },
  check: (r) => ((str(r.body.kms_key_arn) ?? '') !== '' ? [] : violation('kms_key_arn is not set: the vault uses the AWS-managed key')),
};

/** Rules for AWS Backup plans and vaults. */
export const BACKUP_RULES: readonly ReliabilityRule[] = [BACKUP_PLAN_SELECTION, BACKUP_PLAN_RETENTION, BACKUP_VAULT_CMK];
