import { REDUNDANCY, RETENTION } from '../../core/contract';
import { bool, said, str, trueOrUnresolved } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { instanceCount } from '../repetition';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';
import { tlsProblems } from './database-tls';
import { retentionProblem } from './rds';

const CLUSTER = ['aws_rds_cluster'];

/** Aurora (provisioned) clusters: engine aurora*, and not the serverless v1 engine mode. Unknown engines count as Aurora. */
function isAuroraProvisioned(r: TerraformJsonResource): boolean {
  const engine = str(r.body.engine);
  if (engine !== undefined && !engine.includes('${') && !engine.startsWith('aurora')) return false;
  const mode = str(r.body.engine_mode);
  return mode === undefined || mode === 'provisioned' || mode.includes('${');
}

/** A secondary cluster of an Aurora Global Database: it joins a global cluster and has no master user of its own. */
function isHeadlessSecondary(r: TerraformJsonResource): boolean {
  return r.body.global_cluster_identifier !== undefined && r.body.master_username === undefined && r.body.snapshot_identifier === undefined;
}

/** How many aws_rds_cluster_instance resources join a cluster, or undefined when a count is unknown. */
export function clusterInstanceCount(cluster: TerraformJsonResource, stack: TerraformJsonStack): number | undefined {
  let total = 0;
  for (const inst of stack.pointingAt(cluster, 'aws_rds_cluster_instance', 'cluster_identifier', 'cluster_identifier')) {
    // A count or for_each known only at plan time makes the total unknown (never one).
    const n = instanceCount(inst.body);
    if (n === undefined) return undefined;
    total += n;
  }
  return total;
}

export const AURORA_INSTANCES: ReliabilityRule = {
  id: 'REL-AUR-1',
  severity: 'error',
  title: 'Aurora clusters have at least two instances',
  rationale: 'Aurora storage spans three zones, but with one instance a failure means creating a new instance (about 10 minutes); a replica in another zone is promoted in about 30 seconds.',
  remediation: 'Add a second aws_rds_cluster_instance (a reader) in another Availability Zone.',
  resourceTypes: CLUSTER,
  equivalents: {},
  check: (r, stack) => {
    if (!isAuroraProvisioned(r)) return [];
    const n = clusterInstanceCount(r, stack);
    if (n === undefined || n >= REDUNDANCY.minReplicas) return [];
    // A headless secondary of a global database (pilot light) has no instance on purpose; the recovery check counts
    // the time to add one. Once it has instances, it is held to the same two.
    if (n === 0 && isHeadlessSecondary(r)) return [];
    return violation(`the cluster has ${n} instance${n === 1 ? '' : 's'} in this stack; at least 2 (a writer and a reader in another zone) are required`);
  },
};

export const AURORA_DELETION_PROTECTION: ReliabilityRule = {
  id: 'REL-AUR-2',
  severity: 'error',
  title: 'Aurora clusters have deletion protection',
  rationale: 'Deleting a cluster deletes its automated backups; deletion protection makes that a deliberate act.',
  remediation: 'Set deletion_protection = true.',
  resourceTypes: CLUSTER,
  equivalents: { checkov: ['CKV_AWS_139'], trivy: ['AVD-AWS-0343'] },
  check: (r) => (trueOrUnresolved(r.body.deletion_protection) ? [] : violation(said('deletion_protection', r.body.deletion_protection, 'not set (false)'))),
};

export const AURORA_BACKUP_RETENTION: ReliabilityRule = {
  id: 'REL-AUR-3',
  severity: 'error',
  title: `Aurora clusters keep backups for ${RETENTION.minBackupDays} to ${RETENTION.maxContinuousBackupDays} days and a final snapshot`,
  rationale: 'The default retention is one day, too short to find and undo a bad write; without a final snapshot a destroy keeps nothing.',
  remediation: `Set backup_retention_period between ${RETENTION.minBackupDays} and ${RETENTION.maxContinuousBackupDays} days and leave skip_final_snapshot false.`,
  resourceTypes: CLUSTER,
  equivalents: { checkov: ['CKV_AWS_133'], trivy: ['AVD-AWS-0077'] },
  check: (r) => {
    const out = [];
    const problem = retentionProblem(r.body.backup_retention_period, `backup_retention_period is not set: Aurora keeps 1 day; at least ${RETENTION.minBackupDays} are required`);
    if (problem !== undefined) out.push({ message: problem });
    if (bool(r.body.skip_final_snapshot) === true) out.push({ message: 'skip_final_snapshot is true: destroying the cluster keeps no snapshot' });
    return out;
  },
};

export const AURORA_TLS: ReliabilityRule = {
  id: 'REL-AUR-4',
  severity: 'warning',
  title: 'Aurora (and Multi-AZ DB) clusters refuse connections without TLS',
  rationale:
    'Without the server forcing TLS, a client that falls back to plaintext sends the password and every row in clear; the default DB cluster parameter group does not force it (Aurora PostgreSQL before 17, Aurora MySQL) and cannot be changed.',
  remediation:
    'Set db_cluster_parameter_group_name to an aws_rds_cluster_parameter_group with rds.force_ssl = 1 (Aurora PostgreSQL) or require_secure_transport = ON (Aurora MySQL): Aurora User Guide, "Securing Aurora PostgreSQL data with SSL/TLS" and "Encrypting connections to Aurora MySQL with TLS". Both are dynamic (apply_method immediate).',
  resourceTypes: CLUSTER,
  equivalents: {},
  check: (r, stack) => tlsProblems(r, stack, { attribute: 'db_cluster_parameter_group_name', groupType: 'aws_rds_cluster_parameter_group' }),
};

/** Rules for `aws_rds_cluster`. */
export const AURORA_RULES: readonly ReliabilityRule[] = [AURORA_INSTANCES, AURORA_DELETION_PROTECTION, AURORA_BACKUP_RETENTION, AURORA_TLS];
