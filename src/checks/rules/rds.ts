import { RETENTION } from '../../core/contract';
import { bool, isReference, num, said, show, trueOrUnresolved } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { TerraformJsonResource } from '../stack';
import { tlsProblems } from './database-tls';

const DB_INSTANCE = ['aws_db_instance'];

/** Read replicas take their backups and final snapshot policy from the source. */
function isReplica(r: TerraformJsonResource): boolean {
  const src = r.body.replicate_source_db;
  return typeof src === 'string' && src !== '';
}

const plural = (n: number): string => `${n} day${n === 1 ? '' : 's'}`;

/**
 * What is wrong with an RDS or Aurora `backup_retention_period`, or undefined.
 * `unset` is the message for a missing value (the two services differ there).
 */
export function retentionProblem(value: unknown, unset: string): string | undefined {
  if (isReference(value)) return undefined;
  const days = num(value);
  if (days === undefined) return value === undefined ? unset : `backup_retention_period is ${show(value)}, not a number of days`;
  if (days === 0) return `backup_retention_period is 0: automated backups are off; at least ${RETENTION.minBackupDays} days are required`;
  if (days < RETENTION.minBackupDays) return `backup_retention_period is ${plural(days)}; at least ${RETENTION.minBackupDays} are required`;
  if (days > RETENTION.maxContinuousBackupDays) return `backup_retention_period is ${plural(days)}; AWS keeps automated backups for at most ${RETENTION.maxContinuousBackupDays} (the apply fails): use AWS Backup for longer retention`;
  return undefined;
}

export const RDS_MULTI_AZ: ReliabilityRule = {
  id: 'REL-RDS-1',
  severity: 'error',
  title: 'RDS instances are Multi-AZ',
  rationale: 'A single-AZ instance is down for as long as its zone or host is: Multi-AZ keeps a synchronous standby in another zone and fails over in one to two minutes.',
  remediation: 'Set multi_az = true (ResilientDatabase always does).',
  resourceTypes: DB_INSTANCE,
  equivalents: { checkov: ['CKV_AWS_157'], cdkNag: ['RDSMultiAZSupport'] },
  check: (r) => (trueOrUnresolved(r.body.multi_az) ? [] : violation(`${said('multi_az', r.body.multi_az, 'not set (false)')}: the database lives in one Availability Zone`)),
};

export const RDS_BACKUP_RETENTION: ReliabilityRule = {
  id: 'REL-RDS-2',
  severity: 'error',
  title: `RDS instances keep automated backups for ${RETENTION.minBackupDays} to ${RETENTION.maxContinuousBackupDays} days`,
  rationale: 'Automated backups are what point-in-time restore reads; corruption is often found days later, so a short window can leave nothing good to restore.',
  remediation: `Set backup_retention_period between ${RETENTION.minBackupDays} and ${RETENTION.maxContinuousBackupDays} days.`,
  resourceTypes: DB_INSTANCE,
  equivalents: { checkov: ['CKV_AWS_133'], cdkNag: ['RDSInstanceBackupEnabled'], trivy: ['AVD-AWS-0077'] },
  check: (r) => {
    if (isReplica(r)) return [];
    const problem = retentionProblem(r.body.backup_retention_period, `backup_retention_period is not set: automated backups may be off or kept for less than ${RETENTION.minBackupDays} days`);
    return problem === undefined ? [] : violation(problem);
  },
};

export const RDS_DELETION_PROTECTION: ReliabilityRule = {
  id: 'REL-RDS-3',
  severity: 'error',
  title: 'RDS instances have deletion protection',
  rationale: 'A mistaken destroy or replacement of a database is the outage that backups cannot shorten: deletion protection makes it a deliberate two-step act.',
  remediation: 'Set deletion_protection = true.',
  resourceTypes: DB_INSTANCE,
  equivalents: { checkov: ['CKV_AWS_293'], cdkNag: ['RDSInstanceDeletionProtectionEnabled'], trivy: ['AVD-AWS-0177'] },
  check: (r) => (trueOrUnresolved(r.body.deletion_protection) ? [] : violation(said('deletion_protection', r.body.deletion_protection, 'not set (false)'))),
};

export const RDS_ENCRYPTION: ReliabilityRule = {
  id: 'REL-RDS-4',
  severity: 'error',
  title: 'RDS instances are encrypted at rest',
  rationale: 'Encryption cannot be turned on later without a snapshot-and-restore (an outage), and unencrypted snapshots cannot be copied under a customer key for cross-region recovery.',
  remediation: 'Set storage_encrypted = true (with kms_key_id for a customer-managed key).',
  resourceTypes: DB_INSTANCE,
  equivalents: { checkov: ['CKV_AWS_16'], cdkNag: ['RDSStorageEncrypted'], trivy: ['AVD-AWS-0080'] },
  check: (r) => {
    if (isReplica(r)) return [];
    if (trueOrUnresolved(r.body.storage_encrypted)) return [];
    const unencrypted = said('storage_encrypted', r.body.storage_encrypted, 'not set (false)');
    // AWS::RDS::DBInstance KmsKeyId (CloudFormation user guide): "If you specify the KmsKeyId property, then you must
    // enable the StorageEncrypted property"; CreateDBInstance refuses the combination, so the apply fails. A replica
    // is skipped above: a cross-region replica names its key with kms_key_id and no storage_encrypted (provider docs).
    const key = r.body.kms_key_id;
    if (typeof key === 'string' && key !== '') return violation(`kms_key_id is set but ${unencrypted}: RDS refuses a KMS key for unencrypted storage, so the apply fails`);
    return violation(unencrypted);
  },
};

export const RDS_FINAL_SNAPSHOT: ReliabilityRule = {
  id: 'REL-RDS-5',
  severity: 'error',
  title: 'RDS instances take a final snapshot when destroyed',
  rationale: 'Automated backups are deleted with the instance; the final snapshot is the only copy that survives a destroy.',
  remediation: 'Leave skip_final_snapshot false and set final_snapshot_identifier.',
  resourceTypes: DB_INSTANCE,
  equivalents: {},
  check: (r) => {
    if (isReplica(r)) return [];
    if (bool(r.body.skip_final_snapshot) === true) return violation('skip_final_snapshot is true: destroying the instance keeps no snapshot');
    if (r.body.final_snapshot_identifier === undefined || r.body.final_snapshot_identifier === '') {
      return violation('final_snapshot_identifier is not set: Terraform refuses to destroy the instance without one, or a caller flips skip_final_snapshot to get past it', 'warning');
    }
    return [];
  },
};

export const RDS_NOT_PUBLIC: ReliabilityRule = {
  id: 'REL-RDS-6',
  severity: 'error',
  title: 'RDS and Aurora instances are not publicly accessible',
  rationale: 'A database reachable from the internet can be overloaded or locked out from outside; it belongs in private subnets behind the application.',
  remediation: 'Set publicly_accessible = false (the default) and use private subnets.',
  resourceTypes: [...DB_INSTANCE, 'aws_rds_cluster_instance'],
  equivalents: { checkov: ['CKV_AWS_17'], cdkNag: ['RDSInstancePublicAccess'], trivy: ['AVD-AWS-0180'] },
  check: (r) => (bool(r.body.publicly_accessible) === true ? violation('publicly_accessible is true: the instance has a public address') : []),
};

export const RDS_TLS: ReliabilityRule = {
  id: 'REL-RDS-7',
  severity: 'warning',
  title: 'RDS PostgreSQL, MySQL and MariaDB instances refuse connections without TLS',
  rationale:
    'Without the server forcing TLS, a client that falls back to plaintext (libpq and JDBC default to sslmode=prefer) sends the password and every row in clear; the default parameter group does not force it and cannot be changed.',
  remediation:
    'Set parameter_group_name to an aws_db_parameter_group with rds.force_ssl = 1 (PostgreSQL; RDS User Guide, "Using SSL with a PostgreSQL DB instance") or require_secure_transport = 1 (MySQL, MariaDB; "Requiring SSL/TLS for all connections to a MySQL DB instance"). Both are dynamic (apply_method immediate); associating a new group takes a reboot.',
  resourceTypes: DB_INSTANCE,
  equivalents: {},
  // A read replica's group is its own, but a replica usually names no engine (it is its source's): not judged then.
  check: (r, stack) => tlsProblems(r, stack, { attribute: 'parameter_group_name', groupType: 'aws_db_parameter_group' }),
};

/** Rules for `aws_db_instance` (and, for REL-RDS-6, `aws_rds_cluster_instance`). */
export const RDS_RULES: readonly ReliabilityRule[] = [RDS_MULTI_AZ, RDS_BACKUP_RETENTION, RDS_DELETION_PROTECTION, RDS_ENCRYPTION, RDS_FINAL_SNAPSHOT, RDS_NOT_PUBLIC, RDS_TLS];
