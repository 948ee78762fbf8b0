import { at, blocks, isReference, trueOrUnresolved } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

const BUCKET = ['aws_s3_bucket'];

/** The companion resources (aws_s3_bucket_versioning, ...) that configure a bucket. */
function companions(bucket: TerraformJsonResource, stack: TerraformJsonStack, type: string): TerraformJsonResource[] {
  return stack.ofType(type).filter((c) => stack.pointsAt(c.body.bucket, bucket, 'bucket', 'id'));
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
    if (trueOrUnresolved(at(r.body, 'versioning', 'enabled'))) return [];
    for (const v of companions(r, stack, 'aws_s3_bucket_versioning')) {
      const status = at(v.body, 'versioning_configuration', 'status');
      if (status === 'Enabled' || isReference(status)) return [];
    }
    return violation('versioning is not enabled (no aws_s3_bucket_versioning with status "Enabled" for this bucket)');
  },
};

export const S3_ENCRYPTION: ReliabilityRule = {
  id: 'REL-S3-2',
  severity: 'warning',
  title: 'S3 buckets declare server-side encryption',
  rationale: 'S3 encrypts new objects with S3-managed keys by default since January 2023; declaring the configuration (ideally with a customer-managed key) keeps it from drifting and lets replicas and backups use the same key.',
  remediation: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket.',
  resourceTypes: BUCKET,
  equivalents: { checkov: ['CKV_AWS_19', 'CKV_AWS_145'], cdkNag: ['S3BucketServerSideEncryptionEnabled'], trivy: ['AVD-AWS-0088'] },
  check: (r, stack) => {
    if (blocks(r.body.server_side_encryption_configuration).length > 0) return [];
    if (companions(r, stack, 'aws_s3_bucket_server_side_encryption_configuration').length > 0) return [];
    return violation('no server-side encryption configuration is declared for this bucket');
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
    const blocksFor = companions(r, stack, 'aws_s3_bucket_public_access_block');
    if (blocksFor.length === 0) return violation('no aws_s3_bucket_public_access_block for this bucket');
    const off = PUBLIC_ACCESS_FLAGS.filter((f) => !blocksFor.some((b) => trueOrUnresolved(b.body[f])));
    return off.length > 0 ? violation(`the public access block leaves ${off.join(', ')} off`) : [];
  },
};

/** Rules for `aws_s3_bucket`. */
export const S3_RULES: readonly ReliabilityRule[] = [S3_VERSIONING, S3_ENCRYPTION, S3_PUBLIC_ACCESS_BLOCK];

/** True when a bucket is versioned (for the report). */
export function bucketVersioned(r: TerraformJsonResource, stack: TerraformJsonStack): boolean {
  return S3_VERSIONING.check(r, stack).length === 0;
}

