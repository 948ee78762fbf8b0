// The rules and their tables are public; the readers they share (bucketVersioned, routedAlarms, ...) are internal.
import { ReliabilityRule } from '../rule';
import { ALB_RULES } from './alb';
import { AURORA_RULES } from './aurora';
import { AUTOSCALING_RULES } from './autoscaling';
import { BACKUP_PROMISE_RULES, BACKUP_RULES } from './backup';
import { CHAOS_RULES } from './chaos';
import { CLOUDWATCH_RULES } from './cloudwatch';
import { COVERAGE_RULES } from './coverage';
import { DYNAMODB_RULES } from './dynamodb';
import { KUBERNETES_RULES } from './kubernetes';
import { RDS_RULES } from './rds';
import { ROUTE53_RULES } from './route53';
import { S3_RULES } from './s3';
import { S3_REPLICATION_RULES } from './s3-replication';
import { SNS_RULES } from './sns';
import { VPC_RULES } from './vpc';

export { LB_DELETION_PROTECTION, ALB_DROP_INVALID_HEADERS, LB_SUBNETS, TARGET_GROUP_HEALTH_CHECK, ALB_RULES } from './alb';
export { AURORA_INSTANCES, AURORA_DELETION_PROTECTION, AURORA_BACKUP_RETENTION, AURORA_RULES } from './aurora';
export { ASG_SUBNETS, ASG_MIN_SIZE, ASG_ELB_HEALTH_CHECK, ASG_GRACE_PERIOD, ASG_SCALING_POLICY, LAUNCH_TEMPLATE_IMDSV2, AUTOSCALING_RULES } from './autoscaling';
export { BACKUP_PLAN_SELECTION, BACKUP_PLAN_RETENTION, BACKUP_VAULT_CMK, BACKUP_RULES, BACKUP_CROSS_REGION_COPY, BACKUP_VAULT_LOCKED, BACKUP_RESTORE_TESTING, BACKUP_TAG_SELECTION_OR, BACKUP_PROMISE_RULES } from './backup';
export { FIS_STOP_CONDITION, FIS_ROLE_SCOPED, CHAOS_RULES } from './chaos';
export { METRIC_ALARM, COMPOSITE_ALARM, ALARM_PERIOD, ALARM_EVALUATION_RANGE, ALARM_METRIC_QUERIES, COMPOSITE_RULE, ALARM_ROUTED, ALARM_NAMES, CLOUDWATCH_RULES } from './cloudwatch';
export { STATEFUL_TYPES, OPTIONAL_STATEFUL_TYPES, BACKUP_COVERAGE, COVERAGE_RULES } from './coverage';
export { DYNAMODB_PITR, DYNAMODB_DELETION_PROTECTION, DYNAMODB_CUSTOMER_MANAGED_KEY, DYNAMODB_RULES } from './dynamodb';
export { DEPLOYMENT_TYPES, POD_TYPES, ZONE_TOPOLOGY_KEYS, K8S_REPLICAS, K8S_PROBES, K8S_REQUESTS, K8S_ZONE_SPREAD, K8S_PDB, KUBERNETES_RULES } from './kubernetes';
export { RDS_MULTI_AZ, RDS_BACKUP_RETENTION, RDS_DELETION_PROTECTION, RDS_ENCRYPTION, RDS_FINAL_SNAPSHOT, RDS_NOT_PUBLIC, RDS_RULES } from './rds';
export { FAILOVER_RECORD_HEALTH_CHECK, ROUTE53_RULES } from './route53';
export { S3_VERSIONING, S3_SSE_ALGORITHMS, S3_ENCRYPTION, S3_PUBLIC_ACCESS_BLOCK, S3_RULES } from './s3';
export { S3_REPLICATION_TIME_CONTROL, S3_REPLICATION_KMS, S3_REPLICATION_RULES } from './s3-replication';
export { SNS_ENCRYPTED, SNS_RULES } from './sns';
export { VPC_FLOW_LOGS, NAT_GATEWAY_PER_ZONE, VPC_RULES } from './vpc';

/** The reliability rule pack: every rule, in a stable order. */
export const RELIABILITY_RULES: readonly ReliabilityRule[] = [
  ...RDS_RULES,
  ...AURORA_RULES,
  ...DYNAMODB_RULES,
  ...S3_RULES,
  ...S3_REPLICATION_RULES,
  ...AUTOSCALING_RULES,
  ...ALB_RULES,
  ...VPC_RULES,
  ...BACKUP_RULES,
  ...COVERAGE_RULES,
  ...BACKUP_PROMISE_RULES,
  ...CLOUDWATCH_RULES,
  ...SNS_RULES,
  ...CHAOS_RULES,
  ...ROUTE53_RULES,
  ...KUBERNETES_RULES,
];
