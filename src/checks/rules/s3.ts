import { at, bool, isReference, isUnknownBlock, JsonObject, nested, show, trueOrUnresolved } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

const BUCKET = ['aws_s3_bucket'];

/** The companion resources (aws_s3_bucket_versioning, ...) that configure a bucket, matched by reference or by bucket name. */
export function bucketCompanions(bucket: TerraformJsonResource, stack: TerraformJsonStack, type: string): TerraformJsonResource[] {
  return stack.pointingAt(bucket, type, 'bucket', 'bucket', 'id');
}

export const S3_VERSIONING: ReliabilityRule = {
  id: 'REL-S3-1',
  severity: 'error',
  title: 'S3 buckets are versioned',
  rationale: 'Without versioning an overwrite or delete is final; versioning is also what replication and object lock need.',
  remediation: 'Add an aws_s3_bucket_versioning with versioning_configuration { status = "Enabled" }.',
  resourceTypes: BUCKET,
  equivalents: { checkov: ['CKV_AWS_21'], cdkNag: ['S3BucketVersioningEnabled'], trivy: ['AVD-AWS-0090'] },
  check: (r, stack) => {
    const inline = at(r.body, 'versioning', 'enabled');
    if (trueOrUnresolved(inline)) return [];
    const statuses = bucketCompanions(r, stack, 'aws_s3_bucket_versioning').map((v) => at(v.body, 'versioning_configuration', 'status'));
    if (statuses.some((s) => s === 'Enabled' || isReference(s))) return [];
    if (statuses.length > 0) return violation(`aws_s3_bucket_versioning sets status ${statuses.map((s) => (s === undefined ? 'nothing' : show(s))).join(', ')}; "Enabled" is required`);
    if (bool(inline) === false) return violation('versioning.enabled is false and no aws_s3_bucket_versioning enables it');
    return violation('versioning is not enabled (no aws_s3_bucket_versioning with status "Enabled" for this bucket)');
  },
};

/** The `sse_algorithm` values the AWS provider accepts. */
export const S3_SSE_ALGORITHMS: readonly string[] = ['AES256', 'aws:kms', 'aws:kms:dsse'];

/** Adds what is wrong with one server-side encryption configuration (inline block or companion resource), if anything. */
function encryptionProblems(config: JsonObject, where: string, out: RuleViolation[]): void {
  const rules = nested(config, 'rule');
  if (rules.length === 0) {
    out.push({ message: `${where} has no rule`, severity: 'error' });
    return;
  }
  for (const rule of rules) {
    const defaults = nested(rule, 'apply_server_side_encryption_by_default');
    if (defaults.length === 0) {
      if (!isUnknownBlock(rule)) out.push({ message: `${where} has a rule without apply_server_side_encryption_by_default`, severity: 'error' });
      continue;
    }
    for (const d of defaults) {
      const algorithm = d.sse_algorithm;
      if (isReference(algorithm)) continue;
      if (algorithm === undefined) out.push({ message: `${where} sets no sse_algorithm (required: ${S3_SSE_ALGORITHMS.join(', ')})`, severity: 'error' });
      else if (typeof algorithm !== 'string' || !S3_SSE_ALGORITHMS.includes(algorithm)) {
        out.push({ message: `${where} has sse_algorithm ${show(algorithm)}; the provider accepts ${S3_SSE_ALGORITHMS.join(', ')}`, severity: 'error' });
      }
    }
  }
}

export const S3_ENCRYPTION: ReliabilityRule = {
  id: 'REL-S3-2',
  severity: 'warning',
  title: 'S3 buckets declare valid server-side encryption',
  rationale: 'S3 encrypts new objects with S3-managed keys by default since January 2023; declaring the configuration (ideally with a customer-managed key) keeps it from drifting and lets replicas and backups use the same key. An unknown algorithm fails the apply.',
  remediation: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with rule { apply_server_side_encryption_by_default { sse_algorithm = "aws:kms" (or "AES256", "aws:kms:dsse") } }.',
  resourceTypes: BUCKET,
  equivalents: { checkov: ['CKV_AWS_19', 'CKV_AWS_145'], cdkNag: ['S3BucketServerSideEncryptionEnabled'], trivy: ['AVD-AWS-0088'] },
  check: (r, stack) => {
    const inline = nested(r.body, 'server_side_encryption_configuration');
    const companions = bucketCompanions(r, stack, 'aws_s3_bucket_server_side_encryption_configuration');
    if (inline.length === 0 && companions.length === 0) return violation('no server-side encryption configuration is declared for this bucket');
    const out: RuleViolation[] = [];
    for (const c of inline) encryptionProblems(c, 'server_side_encryption_configuration', out);
    for (const c of companions) encryptionProblems(c.body, c.address, out);
    return out;
  },
};

const PUBLIC_ACCESS_FLAGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

export const S3_PUBLIC_ACCESS_BLOCK: ReliabilityRule = {
  id: 'REL-S3-3',
  severity: 'error',
  title: 'S3 buckets have a public access block',
  rationale: 'A bucket opened to the public by mistake is an incident that ends only when it is closed; the block stops that mistake at the API.',
  remediation: 'Add an aws_s3_bucket_public_access_block for the bucket with all four flags true.',
  resourceTypes: BUCKET,
  equivalents: { checkov: ['CKV2_AWS_6'], cdkNag: ['S3BucketLevelPublicAccessProhibited'], trivy: ['AVD-AWS-0094'] },
  check: (r, stack) => {
    const blocksFor = bucketCompanions(r, stack, 'aws_s3_bucket_public_access_block');
    if (blocksFor.length === 0) return violation('no aws_s3_bucket_public_access_block for this bucket');
    const off = PUBLIC_ACCESS_FLAGS.filter((f) => !blocksFor.some((b) => trueOrUnresolved(b.body[f])));
    if (off.length === 0) return [];
    const said = (f: string): string => {
      const v = blocksFor.map((b) => b.body[f]).find((x) => x !== undefined);
      return v === undefined ? `${f} is not set` : `${f} is ${show(v)}`;
    };
    return violation(`the public access block leaves ${off.length === 1 ? 'a flag' : `${off.length} flags`} off: ${off.map(said).join(', ')}`);
  },
};

/** Rules for `aws_s3_bucket`. */
export const S3_RULES: readonly ReliabilityRule[] = [S3_VERSIONING, S3_ENCRYPTION, S3_PUBLIC_ACCESS_BLOCK];

/** True when a bucket is versioned (for the report). */
export function bucketVersioned(r: TerraformJsonResource, stack: TerraformJsonStack): boolean {
  return S3_VERSIONING.check(r, stack).length === 0;
}

