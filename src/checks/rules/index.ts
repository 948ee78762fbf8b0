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

export * from './alb';
export * from './aurora';
export * from './autoscaling';
export * from './backup';
export * from './chaos';
export * from './cloudwatch';
export * from './coverage';
export * from './dynamodb';
export * from './kubernetes';
export * from './rds';
export * from './route53';
export * from './s3';
export * from './s3-replication';
export * from './sns';
export * from './vpc';

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
