import { JsonObject, list, nested, referencedAddresses, refersTo, str } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

/** Stateful resource types the backup coverage rule and the report look at, with their ARN service. */
export const STATEFUL_TYPES: Readonly<Record<string, string>> = {
  aws_db_instance: 'rds',
  aws_rds_cluster: 'rds',
  aws_dynamodb_table: 'dynamodb',
  aws_efs_file_system: 'elasticfilesystem',
  aws_ebs_volume: 'ec2',
};

/** S3 buckets are stateful too, but versioning (REL-S3-1) is their first line; coverage for them is opt-in. */
export const OPTIONAL_STATEFUL_TYPES: Readonly<Record<string, string>> = { aws_s3_bucket: 's3' };

const TAG_CONDITION_PREFIX = 'aws:ResourceTag/';

function globMatch(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

function conditionPairs(condition: JsonObject, op: string): { key: string; value: string }[] {
  return nested(condition, op)
    .map((c) => ({ key: str(c.key) ?? '', value: str(c.value) ?? '' }))
    .map((c) => ({ key: c.key.startsWith(TAG_CONDITION_PREFIX) ? c.key.slice(TAG_CONDITION_PREFIX.length) : c.key, value: c.value }));
}

/** True when a selection's `resources` list covers a resource (a reference to it, `*`, or a wildcard ARN of its service). */
function inResourceList(selection: TerraformJsonResource, r: TerraformJsonResource, service: string): boolean {
  const resources = list(selection.body.resources);
  if (resources === undefined || resources.length === 0) return nested(selection.body, 'condition').length > 0;
  return resources.some((entry) => {
    if (refersTo(entry, r.address)) return true;
    if (typeof entry !== 'string' || entry.includes('${')) return false;
    if (entry === '*') return true;
    return entry.includes('*') && service !== '' && entry.startsWith(`arn:aws:${service}:`);
  });
}

/** True when every condition of a selection holds for the tags. */
function conditionsHold(selection: TerraformJsonResource, tags: Record<string, string>): boolean {
  for (const condition of nested(selection.body, 'condition')) {
    if (!conditionPairs(condition, 'string_equals').every((c) => tags[c.key] === c.value)) return false;
    if (!conditionPairs(condition, 'string_like').every((c) => tags[c.key] !== undefined && globMatch(c.value, tags[c.key]))) return false;
    if (conditionPairs(condition, 'string_not_equals').some((c) => tags[c.key] === c.value)) return false;
    if (conditionPairs(condition, 'string_not_like').some((c) => tags[c.key] !== undefined && globMatch(c.value, tags[c.key]))) return false;
  }
  return true;
}

/**
 * The stack's backup selections: those that list resources only by
 * reference, indexed by the addresses they reference; every other one
 * (tags, conditions, wildcards, `*`) is general and judged for every resource.
 */
function selectionIndex(stack: TerraformJsonStack): { general: TerraformJsonResource[]; byAddress: Map<string, TerraformJsonResource[]>; order: Map<TerraformJsonResource, number> } {
  return stack.cached('coverage:selections', () => {
    const general: TerraformJsonResource[] = [];
    const byAddress = new Map<string, TerraformJsonResource[]>();
    const order = new Map<TerraformJsonResource, number>();
    for (const s of stack.ofType('aws_backup_selection')) {
      order.set(s, order.size);
      const resources = list(s.body.resources) ?? [];
      const addresses = resources.map((e) => (typeof e === 'string' ? referencedAddresses(e) : []));
      if (nested(s.body, 'selection_tag').length > 0 || resources.length === 0 || addresses.some((a) => a.length === 0)) {
        general.push(s);
        continue;
      }
      for (const a of new Set(addresses.flat())) {
        const l = byAddress.get(a);
        if (l === undefined) byAddress.set(a, [s]);
        else l.push(s);
      }
    }
    return { general, byAddress, order };
  });
}

/** The aws_backup_selection resources that select a resource, by ARN reference, wildcard or tags. */
export function backupSelectionsOf(r: TerraformJsonResource, stack: TerraformJsonStack): TerraformJsonResource[] {
  const service = STATEFUL_TYPES[r.type] ?? OPTIONAL_STATEFUL_TYPES[r.type] ?? '';
  const tags = stack.tagsOf(r);
  const index = selectionIndex(stack);
  const direct = index.byAddress.get(r.address);
  const candidates = direct === undefined ? index.general : [...new Set([...index.general, ...direct])].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  return candidates.filter((s) => {
    if ((list(s.body.not_resources) ?? []).some((e) => refersTo(e, r.address))) return false;
    const byTag = nested(s.body, 'selection_tag').some((t) => {
      const key = str(t.key);
      return key !== undefined && tags[key] !== undefined && tags[key] === str(t.value) && (str(t.type) ?? 'STRINGEQUALS') === 'STRINGEQUALS';
    });
    if (byTag) return true;
    return inResourceList(s, r, service) && conditionsHold(s, tags);
  });
}

export const BACKUP_COVERAGE: ReliabilityRule = {
  id: 'REL-BAK-4',
  severity: 'warning',
  title: 'Stateful resources are selected by an AWS Backup plan',
  rationale: 'AWS Backup adds what service-native backups lack: retention beyond 35 days, copies to another region or account, vault lock and restore testing. A warning, not an error: automated RDS backups and DynamoDB point-in-time recovery already protect the data.',
  remediation: 'Select the resource in an aws_backup_selection, by ARN (resources = [<resource>.arn]) or by a tag (selection_tag or condition string_equals) the resource carries.',
  resourceTypes: Object.keys(STATEFUL_TYPES),
  equivalents: { checkov: ['CKV2_AWS_8', 'CKV2_AWS_9', 'CKV2_AWS_18'], cdkNag: ['RDSInBackupPlan', 'DynamoDBInBackupPlan', 'EFSInBackupPlan', 'EC2EBSInBackupPlan'] },
  check: (r, stack) => (backupSelectionsOf(r, stack).length > 0 ? [] : violation('no aws_backup_selection selects this resource, by ARN or by tag')),
};

/** Rules that span resources for backup coverage. */
export const COVERAGE_RULES: readonly ReliabilityRule[] = [BACKUP_COVERAGE];
