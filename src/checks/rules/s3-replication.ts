import { at, isReference, JsonObject, nested, num, referencedAddresses, str } from '../json';
import { ReliabilityRule, RuleViolation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';
import { bucketCompanions } from './s3';

const REPLICATION = ['aws_s3_bucket_replication_configuration'];
/** The only threshold S3 accepts for Replication Time Control and its metrics event. */
const RTC_MINUTES = 15;

function enabled(value: unknown): boolean {
  return value === 'Enabled' || isReference(value);
}

/** The enabled rules of a replication configuration, with a name for messages. */
function enabledRules(r: TerraformJsonResource): { rule: JsonObject; name: string }[] {
  return nested(r.body, 'rule')
    .map((rule, i) => {
      const id = str(rule.id);
      return { rule, name: id !== undefined && !isReference(id) ? id : `rule[${i}]` };
    })
    .filter(({ rule }) => enabled(rule.status));
}

/** The bucket a replication configuration belongs to (by reference or name), when it is in the stack. */
function sourceBucket(r: TerraformJsonResource, stack: TerraformJsonStack): TerraformJsonResource | undefined {
  const value = str(r.body.bucket);
  if (value === undefined) return undefined;
  for (const address of referencedAddresses(value)) {
    const bucket = stack.resource(address);
    if (bucket?.type === 'aws_s3_bucket') return bucket;
  }
  // By name: the buckets of the stack indexed once by their literal bucket name.
  const byName = stack.cached('s3:buckets-by-name', () => {
    const index = new Map<string, TerraformJsonResource>();
    for (const b of stack.ofType('aws_s3_bucket')) {
      const name = str(b.body.bucket);
      if (name !== undefined && !index.has(name)) index.set(name, b);
    }
    return index;
  });
  return byName.get(value);
}

/** Whether a bucket's default encryption is SSE-KMS (inline or in its own resource). */
function kmsEncrypted(bucket: TerraformJsonResource, stack: TerraformJsonStack): boolean {
  const configs = [...nested(bucket.body, 'server_side_encryption_configuration'), ...bucketCompanions(bucket, stack, 'aws_s3_bucket_server_side_encryption_configuration').map((c) => c.body)];
  return configs.some((c) => nested(c, 'rule').some((rule) => /^aws:kms/.test(str(at(rule, 'apply_server_side_encryption_by_default', 'sse_algorithm')) ?? '')));
}

export const S3_REPLICATION_TIME_CONTROL: ReliabilityRule = {
  id: 'REL-S3REP-1',
  severity: 'warning',
  title: 'S3 replication uses Replication Time Control and replication metrics',
  rationale:
    'Without S3 Replication Time Control, replication has no time bound (most objects in seconds, some in hours), so the recovery region\'s RPO is unknown; without replication metrics, failed and late replication cannot raise an alarm.',
  remediation: `In each rule's destination add replication_time { status = "Enabled", time { minutes = ${RTC_MINUTES} } } and metrics { status = "Enabled", event_threshold { minutes = ${RTC_MINUTES} } }, and alarm on ReplicationLatency and OperationsFailedReplication.`,
  resourceTypes: REPLICATION,
  equivalents: {},
  check: (r) => {
    const out: RuleViolation[] = [];
    for (const { rule, name } of enabledRules(r)) {
      const rtc = at(rule, 'destination', 'replication_time');
      if (!enabled(at(rtc, 'status'))) out.push({ message: `rule "${name}" replicates without Replication Time Control: no bound on how far the replica lags` });
      else {
        const minutes = num(at(rtc, 'time', 'minutes'));
        if (minutes !== undefined && minutes !== RTC_MINUTES) out.push({ message: `rule "${name}" sets Replication Time Control to ${minutes} minutes; S3 accepts only ${RTC_MINUTES}` });
      }
      if (!enabled(at(rule, 'destination', 'metrics', 'status'))) out.push({ message: `rule "${name}" has no replication metrics: failed or late replication cannot raise an alarm` });
    }
    return out;
  },
};

export const S3_REPLICATION_KMS: ReliabilityRule = {
  id: 'REL-S3REP-2',
  severity: 'error',
  title: 'Replication of SSE-KMS buckets selects KMS-encrypted objects and names a replica key',
  rationale:
    'S3 replicates objects encrypted with SSE-KMS only when the rule opts in with source_selection_criteria.sse_kms_encrypted_objects and names the destination key (replica_kms_key_id); otherwise it skips them without an error, and the recovery copy silently lacks them.',
  remediation:
    'In each rule add source_selection_criteria { sse_kms_encrypted_objects { status = "Enabled" } } and destination { encryption_configuration { replica_kms_key_id = <key in the destination region> } }, and let the replication role decrypt with the source key and encrypt with the replica key.',
  resourceTypes: REPLICATION,
  equivalents: {},
  check: (r, stack) => {
    const source = sourceBucket(r, stack);
    const sourceKms = source !== undefined && kmsEncrypted(source, stack);
    const out: RuleViolation[] = [];
    for (const { rule, name } of enabledRules(r)) {
      const selects = enabled(at(rule, 'source_selection_criteria', 'sse_kms_encrypted_objects', 'status'));
      const replicaKey = str(at(rule, 'destination', 'encryption_configuration', 'replica_kms_key_id')) ?? '';
      if (sourceKms && !selects) out.push({ message: `rule "${name}" does not select SSE-KMS encrypted objects, but ${source!.address} encrypts with KMS: its objects are silently not replicated` });
      if ((sourceKms || selects) && replicaKey === '') out.push({ message: `rule "${name}" names no replica_kms_key_id: KMS-encrypted objects cannot be replicated` });
    }
    return out;
  },
};

/** Rules for `aws_s3_bucket_replication_configuration`. */
export const S3_REPLICATION_RULES: readonly ReliabilityRule[] = [S3_REPLICATION_TIME_CONTROL, S3_REPLICATION_KMS];
