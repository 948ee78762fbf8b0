import { JsonObject, list, nested, referencedAddresses, str, stringsIn } from '../json';
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

/** A glob of a `string_like` condition (`*` for any characters) as a pattern. */
function globPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/** A tag a condition compares: its key (without `aws:ResourceTag/`) and value. */
interface ConditionPair {
  readonly key: string;
  readonly value: string;
}

/** A `string_like` or `string_not_like` pair, with its glob as a pattern. */
interface GlobPair extends ConditionPair {
  readonly pattern: RegExp;
}

function conditionPairs(condition: JsonObject, op: string): ConditionPair[] {
  return nested(condition, op)
    .map((c) => ({ key: str(c.key) ?? '', value: str(c.value) ?? '' }))
    .map((c) => ({ key: c.key.startsWith(TAG_CONDITION_PREFIX) ? c.key.slice(TAG_CONDITION_PREFIX.length) : c.key, value: c.value }));
}

function globPairs(condition: JsonObject, op: string): GlobPair[] {
  return conditionPairs(condition, op).map((c) => ({ ...c, pattern: globPattern(c.value) }));
}

/**
 * What a selection says, read once per stack: the filter of `backupSelectionsOf` asks it of every stateful
 * resource (6,000 of the bench), and read per resource it walked the same lists, made the same blocks and
 * compiled the same globs each time.
 */
interface SelectionShape {
  /** Addresses its `not_resources` reference. */
  readonly excluded: ReadonlySet<string>;
  /** Its `selection_tag` blocks of type STRINGEQUALS (the default) with a key. */
  readonly tags: readonly { readonly key: string; readonly value: string | undefined }[];
  /** Whether `resources` lists anything; when it does not, a selection selects by its conditions alone. */
  readonly listed: boolean;
  readonly hasConditions: boolean;
  /** Addresses the entries of `resources` reference. */
  readonly referenced: ReadonlySet<string>;
  /** Whether `resources` holds `*`. */
  readonly all: boolean;
  /** Literal entries of `resources` with a `*` (wildcard ARNs). */
  readonly wildcards: readonly string[];
  readonly conditions: readonly { readonly equals: ConditionPair[]; readonly like: GlobPair[]; readonly notEquals: ConditionPair[]; readonly notLike: GlobPair[] }[];
}

/** Every address referenced anywhere in a list's entries. */
function addressesReferenced(entries: readonly unknown[]): Set<string> {
  const out = new Set<string>();
  for (const entry of entries) for (const text of stringsIn(entry)) for (const a of referencedAddresses(text)) out.add(a);
  return out;
}

function shapeOf(selection: TerraformJsonResource): SelectionShape {
  const body = selection.body;
  const resources = list(body.resources);
  const literals = (resources ?? []).filter((e): e is string => typeof e === 'string' && !e.includes('${'));
  const tags: { key: string; value: string | undefined }[] = [];
  for (const t of nested(body, 'selection_tag')) {
    const key = str(t.key);
    if (key !== undefined && (str(t.type) ?? 'STRINGEQUALS') === 'STRINGEQUALS') tags.push({ key, value: str(t.value) });
  }
  const conditions = nested(body, 'condition');
  return {
    excluded: addressesReferenced(list(body.not_resources) ?? []),
    tags,
    listed: resources !== undefined && resources.length > 0,
    hasConditions: conditions.length > 0,
    referenced: addressesReferenced(resources ?? []),
    all: literals.includes('*'),
    wildcards: literals.filter((e) => e.includes('*')),
    conditions: conditions.map((c) => ({ equals: conditionPairs(c, 'string_equals'), like: globPairs(c, 'string_like'), notEquals: conditionPairs(c, 'string_not_equals'), notLike: globPairs(c, 'string_not_like') })),
  };
}

/** True when a selection's `resources` list covers a resource (a reference to it, `*`, or a wildcard ARN of its service). */
function inResourceList(shape: SelectionShape, r: TerraformJsonResource, service: string): boolean {
  if (!shape.listed) return shape.hasConditions;
  if (shape.referenced.has(r.address) || shape.all) return true;
  return service !== '' && shape.wildcards.some((entry) => entry.startsWith(`arn:aws:${service}:`));
}

/** True when every condition of a selection holds for the tags. */
function conditionsHold(shape: SelectionShape, tags: Record<string, string>): boolean {
  for (let i = 0; i < shape.conditions.length; i++) {
    const condition = shape.conditions[i];
    if (!condition.equals.every((c) => tags[c.key] === c.value)) return false;
    if (!condition.like.every((c) => tags[c.key] !== undefined && c.pattern.test(tags[c.key]))) return false;
    if (condition.notEquals.some((c) => tags[c.key] === c.value)) return false;
    if (condition.notLike.some((c) => tags[c.key] !== undefined && c.pattern.test(tags[c.key]))) return false;
  }
  return true;
}

/** True when a selection selects a resource with these tags: by a tag, or by its resources list and conditions. */
function selects(shape: SelectionShape, r: TerraformJsonResource, service: string, tags: Record<string, string>): boolean {
  if (shape.excluded.has(r.address)) return false;
  if (shape.tags.some((t) => tags[t.key] !== undefined && tags[t.key] === t.value)) return true;
  return inResourceList(shape, r, service) && conditionsHold(shape, tags);
}

/**
 * The stack's backup selections: those that list resources only by
 * reference, indexed by the addresses they reference; every other one
 * (tags, conditions, wildcards, `*`) is general and judged for every resource.
 */
function selectionIndex(stack: TerraformJsonStack): { general: TerraformJsonResource[]; byAddress: Map<string, TerraformJsonResource[]>; order: Map<TerraformJsonResource, number>; shapes: Map<TerraformJsonResource, SelectionShape> } {
  return stack.cached('coverage:selections', () => {
    const general: TerraformJsonResource[] = [];
    const byAddress = new Map<string, TerraformJsonResource[]>();
    const order = new Map<TerraformJsonResource, number>();
    const shapes = new Map<TerraformJsonResource, SelectionShape>();
    for (const s of stack.ofType('aws_backup_selection')) {
      order.set(s, order.size);
      shapes.set(s, shapeOf(s));
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
    return { general, byAddress, order, shapes };
  });
}

/** The aws_backup_selection resources that select a resource, by ARN reference, wildcard or tags. */
export function backupSelectionsOf(r: TerraformJsonResource, stack: TerraformJsonStack): TerraformJsonResource[] {
  const service = STATEFUL_TYPES[r.type] ?? OPTIONAL_STATEFUL_TYPES[r.type] ?? '';
  const index = selectionIndex(stack);
  const direct = index.byAddress.get(r.address);
  const candidates = direct === undefined ? index.general : [...new Set([...index.general, ...direct])].sort((a, b) => index.order.get(a)! - index.order.get(b)!);
  const out: TerraformJsonResource[] = [];
  if (candidates.length === 0) return out;
  const tags = stack.tagsOf(r);
  for (let i = 0; i < candidates.length; i++) if (selects(index.shapes.get(candidates[i])!, r, service, tags)) out.push(candidates[i]);
  return out;
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
