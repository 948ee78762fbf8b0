/**
 * Which physical names must be unique, and where: hand-kept facts (data).
 * A later check compares the names of every resource of a type within the
 * scope; nothing here compares two resources.
 */
import type { FactSource } from './tags';

/** Where a name must be unique. */
export type NameScope =
  /** across every AWS account in the partition */
  | 'global'
  /** within one account and Region */
  | 'region'
  /** within one account (global services such as IAM) */
  | 'account';

/** The name argument of a resource type and where it must be unique. */
export interface PhysicalName {
  readonly argument: string;
  readonly scope: NameScope;
  readonly source: FactSource;
}

const src = (title: string, url: string): FactSource => ({ title, url });
const region = (argument: string, source: FactSource): PhysicalName => ({ argument, scope: 'region', source });
const account = (argument: string, source: FactSource): PhysicalName => ({ argument, scope: 'account', source });

/** Per resource type, the physical name and its uniqueness scope. */
export const PHYSICAL_NAMES: Readonly<Record<string, PhysicalName>> = {
  aws_s3_bucket: {
    argument: 'bucket',
    scope: 'global',
    source: src('Amazon S3 User Guide, General purpose bucket naming rules: bucket names must be unique across all AWS accounts in all the AWS Regions within a partition', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html'),
  },
  aws_backup_vault: region('name', src('AWS Backup API reference, CreateBackupVault: vault names are unique to the account and the Region where they are created', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupVault.html')),
  aws_backup_logically_air_gapped_vault: region('name', src('AWS Backup API reference, CreateLogicallyAirGappedBackupVault: unique to the account and Region', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateLogicallyAirGappedBackupVault.html')),
  aws_backup_plan: region('name', src('AWS Backup API reference, CreateBackupPlan: a plan name that already exists is refused (AlreadyExistsException)', 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_CreateBackupPlan.html')),
  aws_cloudwatch_metric_alarm: region('alarm_name', src('Amazon CloudWatch API Reference, PutMetricAlarm: AlarmName must be unique within the Region (a second put updates the alarm)', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html')),
  aws_cloudwatch_composite_alarm: region('alarm_name', src('Amazon CloudWatch API Reference, PutCompositeAlarm: the alarm name must be unique within the Region', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutCompositeAlarm.html')),
  aws_cloudwatch_dashboard: region('dashboard_name', src('Amazon CloudWatch API Reference, PutDashboard: a dashboard with the same name is replaced', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutDashboard.html')),
  aws_cloudwatch_log_group: region('name', src('Amazon CloudWatch Logs API Reference, CreateLogGroup: log group names must be unique within a Region for an AWS account', 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_CreateLogGroup.html')),
  aws_sns_topic: region('name', src('Amazon SNS API Reference, CreateTopic: topic names are unique per account and Region (a second create returns the existing topic)', 'https://docs.aws.amazon.com/sns/latest/api/API_CreateTopic.html')),
  aws_sqs_queue: region('name', src('Amazon SQS Developer Guide, queue naming: a queue name must be unique within an account and Region', 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html')),
  aws_dynamodb_table: region('name', src('Amazon DynamoDB API Reference, CreateTable: table names must be unique within each Region of an account', 'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_CreateTable.html')),
  aws_db_instance: region('identifier', src('Amazon RDS API Reference, CreateDBInstance: DBInstanceIdentifier must be unique for each account and Region', 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html')),
  aws_rds_cluster: region('cluster_identifier', src('Amazon RDS API Reference, CreateDBCluster: DBClusterIdentifier must be unique for each account and Region', 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html')),
  aws_rds_global_cluster: account('global_cluster_identifier', src('Amazon RDS API Reference, CreateGlobalCluster: the global cluster identifier is unique for the account (global clusters span Regions)', 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateGlobalCluster.html')),
  aws_lambda_function: region('function_name', src('AWS Lambda API Reference, CreateFunction: function names are unique per account and Region', 'https://docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html')),
  aws_lb: region('name', src('Elastic Load Balancing API Reference, CreateLoadBalancer: the name must be unique within your set of load balancers for the Region', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateLoadBalancer.html')),
  aws_lb_target_group: region('name', src('Elastic Load Balancing API Reference, CreateTargetGroup: the name must be unique per Region per account', 'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_CreateTargetGroup.html')),
  aws_iam_role: account('name', src('IAM User Guide, IAM object quotas and names: role names are unique within the account (case-insensitive)', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html')),
  aws_iam_policy: account('name', src('IAM User Guide, IAM object quotas and names: managed policy names are unique within the account and path', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html')),
  aws_iam_user: account('name', src('IAM User Guide, IAM object quotas and names: user names are unique within the account (case-insensitive)', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html')),
  aws_iam_instance_profile: account('name', src('IAM User Guide, IAM object quotas and names: instance profile names are unique within the account', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html')),
  aws_kms_alias: region('name', src('AWS KMS Developer Guide, Aliases: an alias name must be unique in the account and Region', 'https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html')),
  aws_ecr_repository: region('name', src('Amazon ECR API Reference, CreateRepository: the repository name is unique in the registry (account and Region)', 'https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_CreateRepository.html')),
  aws_secretsmanager_secret: region('name', src('AWS Secrets Manager API Reference, CreateSecret: the secret name must be unique within the account and Region', 'https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html')),
  aws_ssm_parameter: region('name', src('AWS Systems Manager API Reference, PutParameter: the parameter name is unique within the account and Region', 'https://docs.aws.amazon.com/systems-manager/latest/APIReference/API_PutParameter.html')),
  aws_scheduler_schedule: region('name', src('EventBridge Scheduler API Reference, CreateSchedule: the name is unique within the schedule group (account and Region)', 'https://docs.aws.amazon.com/scheduler/latest/APIReference/API_CreateSchedule.html')),
};

/** The physical name fact of `resourceType`, if one is kept. */
export function physicalNameOf(resourceType: string): PhysicalName | undefined {
  return PHYSICAL_NAMES[resourceType];
}
