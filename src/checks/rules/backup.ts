import { RETENTION } from '../../core/contract';
import { at, blockCount, blocks, isReference, list, nested, num, str } from '../json';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';
import { ReliabilityRule, RuleViolation, violation } from '../rule';

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
  title: `Backup plan rules keep recovery points for at least ${RETENTION.minBackupDays} days`,
  rationale: 'Corruption and bad deployments are often found days later; shorter retention can leave only bad copies.',
  remediation: `Set lifecycle { delete_after = ${RETENTION.minBackupDays} } or more on every rule (and on copy actions).`,
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
      if (days !== undefined && days < RETENTION.minBackupDays) out.push({ message: `${name} deletes recovery points after ${days} day${days === 1 ? '' : 's'}; at least ${RETENTION.minBackupDays} are required` });
      for (const copy of nested(rule, 'copy_action')) {
        const copyDays = num(at(copy, 'lifecycle', 'delete_after'));
        if (copyDays !== undefined && copyDays < RETENTION.minBackupDays) out.push({ message: `${name} keeps copies for ${copyDays} day${copyDays === 1 ? '' : 's'}; at least ${RETENTION.minBackupDays} are required` });
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

// Rules over what a backup plan promises: a copy outside the region, locked vaults, restore tests, AND tag selections.

/** The vault an `aws_backup_vault` reference or literal (name or ARN) points at. */
function vaultOf(value: unknown, stack: TerraformJsonStack, ...types: string[]): TerraformJsonResource | undefined {
  return stack.ofType(...types).find((v) => stack.pointsAt(value, v, 'name', 'arn') || (typeof value === 'string' && value.endsWith(`:backup-vault:${str(v.body.name) ?? '\0'}`)));
}

/** Where a resource runs, as far as the JSON says: its provider alias and its own `region` argument. */
function placement(r: TerraformJsonResource): string {
  return `${str(r.body.provider) ?? 'aws'}|${str(r.body.region) ?? ''}`;
}

/** True when a copy action's destination is in another region than the plan. */
function copiesElsewhere(plan: TerraformJsonResource, destination: unknown, stack: TerraformJsonStack): boolean {
  const vault = vaultOf(destination, stack, 'aws_backup_vault', 'aws_backup_logically_air_gapped_vault');
  if (vault) return placement(vault) !== placement(plan);
  const arn = str(destination);
  if (arn === undefined || arn.includes('${')) return isReference(destination);
  const region = arn.split(':')[3];
  const planRegion = str(plan.body.region);
  return region !== undefined && region !== '' && region !== planRegion;
}

export const BACKUP_CROSS_REGION_COPY: ReliabilityRule = {
  id: 'REL-BAK-5',
  severity: 'warning',
  title: 'Backup plans copy recovery points to another region',
  rationale: 'Recovery points in the plan\'s region are lost with the region (or unreachable during its outage); a copy in another region is what a regional restore starts from.',
  remediation: 'Add a copy_action to a rule whose destination_vault_arn is a vault in another region (a vault created with a provider alias for that region, or its ARN).',
  resourceTypes: ['aws_backup_plan'],
  equivalents: {},
  check: (plan, stack) => {
    const rules = nested(plan.body, 'rule');
    if (rules.length === 0 || isReference(plan.body.rule)) return [];
    const copies = rules.flatMap((rule) => nested(rule, 'copy_action'));
    if (copies.some((c) => copiesElsewhere(plan, c.destination_vault_arn, stack))) return [];
    return violation(copies.length ? 'every copy_action stays in the plan\'s region: a region loss loses the copies too' : 'no rule copies its recovery points to another region');
  },
};

export const BACKUP_VAULT_LOCKED: ReliabilityRule = {
  id: 'REL-BAK-6',
  severity: 'warning',
  title: 'Backup vaults are locked',
  rationale: 'Without Vault Lock anyone with the permission (an attacker with admin rights, a cleanup script) can delete recovery points or shorten their retention, and the backups go with the data.',
  remediation: 'Add an aws_backup_vault_lock_configuration for the vault (governance mode, or compliance mode with changeable_for_days >= 3).',
  resourceTypes: ['aws_backup_vault'],
  equivalents: {},
  check: (vault, stack) =>
    stack.pointingAt(vault, 'aws_backup_vault_lock_configuration', 'backup_vault_name', 'name').length > 0 ? [] : violation('no aws_backup_vault_lock_configuration locks this vault'),
};

/** True when a restore testing plan's recovery point selection includes a vault. */
function includesVault(testing: TerraformJsonResource, vault: TerraformJsonResource, stack: TerraformJsonStack): boolean {
  return nested(testing.body, 'recovery_point_selection').some((sel) => {
    const include = list(sel.include_vaults) ?? [];
    return include.includes('*') || isReference(sel.include_vaults) || include.some((v) => vaultOf(v, stack, 'aws_backup_vault') === vault);
  });
}

export const BACKUP_RESTORE_TESTING: ReliabilityRule = {
  id: 'REL-BAK-7',
  severity: 'warning',
  title: 'Backup plans have restore testing',
  rationale: 'A backup that was never restored is a hope: restore testing proves on a schedule that recovery points restore, and how long it takes.',
  remediation: 'Add an aws_backup_restore_testing_plan whose recovery_point_selection includes the plan\'s vault, and an aws_backup_restore_testing_selection for the protected resources.',
  resourceTypes: ['aws_backup_plan'],
  equivalents: {},
  check: (plan, stack) => {
    const vaults = nested(plan.body, 'rule')
      .map((rule) => vaultOf(rule.target_vault_name, stack, 'aws_backup_vault'))
      .filter((v): v is TerraformJsonResource => v !== undefined);
    if (vaults.length === 0) return [];
    const tested = stack
      .ofType('aws_backup_restore_testing_plan')
      .filter((t) => vaults.some((v) => includesVault(t, v, stack)))
      .some((t) => stack.pointingAt(t, 'aws_backup_restore_testing_selection', 'restore_testing_plan_name', 'name').length > 0);
    return tested ? [] : violation('no restore testing plan (with a selection) tests the recovery points of this plan\'s vault');
  },
};

export const BACKUP_TAG_SELECTION_OR: ReliabilityRule = {
  id: 'REL-BAK-8',
  severity: 'warning',
  title: 'Tag selections do not OR several tags',
  rationale: 'Several selection_tag blocks in one aws_backup_selection combine with OR: a resource carrying any one of the tags is backed up, which is rarely what a list of tags means (and can back up far more, at a cost).',
  remediation: 'Use resources = ["*"] with one condition { string_equals { key = "aws:ResourceTag/<key>", value = ... } } per tag: conditions combine with AND. Keep several selection_tag blocks only if OR is meant (then suppress this rule).',
  resourceTypes: ['aws_backup_selection'],
  equivalents: {},
  check: (s) => {
    // A dynamic selection_tag over a collection known only at plan time makes any number of blocks: only the static ones are certain.
    const tags = blockCount(s.body, 'selection_tag') === undefined ? blocks(s.body.selection_tag) : nested(s.body, 'selection_tag');
    return tags.length > 1 ? violation(`${tags.length} selection_tag blocks combine with OR: any one of ${tags.map((t) => str(t.key) ?? '?').join(', ')} selects a resource`) : [];
  },
};

/** Rules over what backup plans promise (REL-BAK-5 to 8). */
export const BACKUP_PROMISE_RULES: readonly ReliabilityRule[] = [BACKUP_CROSS_REGION_COPY, BACKUP_VAULT_LOCKED, BACKUP_RESTORE_TESTING, BACKUP_TAG_SELECTION_OR];
