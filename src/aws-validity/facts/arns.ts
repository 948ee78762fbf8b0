/**
 * ARN shape and which arguments hold ARNs that must be in the resource's own
 * Region and partition: hand-kept facts. Data plus a parser.
 */
import type { FactSource } from './tags';

/** The parts of an ARN: `arn:partition:service:region:account-id:resource`. */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** The ARN format, from the IAM User Guide. */
export const ARN_SOURCE: FactSource = {
  title: 'IAM User Guide, Amazon Resource Names (ARNs): arn:partition:service:region:account-id:resource-id',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html',
};

const ARN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|aws-iso-e|aws-iso-f|aws-eusc):([a-z0-9-]+):([a-z0-9-]*):(\d{12}|aws|)?:(.+)$/;

/** The parts of `value` when it is an ARN of a known partition, else undefined. */
export function parseArn(value: string): ArnParts | undefined {
  const m = ARN.exec(value);
  if (!m) return undefined;
  return { partition: m[1], service: m[2], region: m[3], account: m[4] ?? '', resource: m[5] };
}

/** Why an ARN argument must be in the resource's own Region. */
export interface RegionalArnArgument {
  /** Argument path (blocks joined by dots). */
  readonly path: string;
  /** What the ARN names. */
  readonly kind: 'kms-key' | 'sns-topic' | 'sqs-queue' | 'lambda-function' | 'iam-role' | 'log-group' | 'backup-vault';
  /** Region: the ARN's Region must be the resource's; partition: only the partition must match (global services such as IAM). */
  readonly scope: 'region' | 'partition';
  readonly source: FactSource;
}

const KMS_SAME_REGION: FactSource = {
  title: 'AWS KMS Developer Guide: a KMS key is a Regional resource; services encrypt with a key in the same Region as the resource (multi-Region keys are replicated as separate keys per Region)',
  url: 'https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html',
};
const ALARM_ACTIONS: FactSource = {
  title: 'Amazon CloudWatch API Reference, PutMetricAlarm: AlarmActions (an SNS topic ARN in the alarm\'s Region, arn:aws:sns:region:account-id:sns-topic-name)',
  url: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_PutMetricAlarm.html',
};
const IAM_PARTITION: FactSource = {
  title: 'IAM User Guide, IAM identifiers: IAM is global within a partition; an IAM ARN has an empty Region',
  url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html',
};

const kms = (...paths: string[]): RegionalArnArgument[] => paths.map((path) => ({ path, kind: 'kms-key', scope: 'region', source: KMS_SAME_REGION }));
const role = (...paths: string[]): RegionalArnArgument[] => paths.map((path) => ({ path, kind: 'iam-role', scope: 'partition', source: IAM_PARTITION }));
const alarmTopics = (...paths: string[]): RegionalArnArgument[] => paths.map((path) => ({ path, kind: 'sns-topic', scope: 'region', source: ALARM_ACTIONS }));

/** Per resource type, the arguments holding ARNs that must be in its own Region (or partition). */
export const REGIONAL_ARN_ARGUMENTS: Readonly<Record<string, readonly RegionalArnArgument[]>> = {
  aws_backup_vault: kms('kms_key_arn'),
  aws_backup_logically_air_gapped_vault: kms('encryption_key_arn'),
  aws_backup_selection: role('iam_role_arn'),
  aws_backup_restore_testing_selection: role('iam_role_arn'),
  aws_cloudwatch_log_group: kms('kms_key_id'),
  aws_cloudwatch_metric_alarm: alarmTopics('alarm_actions', 'ok_actions', 'insufficient_data_actions'),
  aws_cloudwatch_composite_alarm: alarmTopics('alarm_actions', 'ok_actions', 'insufficient_data_actions'),
  aws_sns_topic: kms('kms_master_key_id'),
  aws_sqs_queue: kms('kms_master_key_id'),
  aws_dynamodb_table: kms('server_side_encryption.kms_key_arn'),
  aws_db_instance: [...kms('kms_key_id', 'performance_insights_kms_key_id', 'master_user_secret_kms_key_id'), ...role('monitoring_role_arn')],
  aws_rds_cluster: [...kms('kms_key_id', 'performance_insights_kms_key_id', 'master_user_secret_kms_key_id')],
  aws_rds_cluster_instance: [...kms('performance_insights_kms_key_id'), ...role('monitoring_role_arn')],
  aws_ebs_volume: kms('kms_key_id'),
  aws_efs_file_system: kms('kms_key_id'),
  aws_secretsmanager_secret: kms('kms_key_id'),
  aws_ssm_parameter: kms('key_id'),
  aws_lambda_function: [...kms('kms_key_arn'), ...role('role')],
  aws_ecr_repository: kms('encryption_configuration.kms_key'),
  aws_eks_cluster: [...kms('encryption_config.provider.key_arn'), ...role('role_arn')],
  aws_kinesis_stream: kms('kms_key_id'),
  aws_s3_bucket_server_side_encryption_configuration: kms('rule.apply_server_side_encryption_by_default.kms_master_key_id'),
  aws_flow_log: role('iam_role_arn'),
};

/** The ARN arguments of `resourceType` that must be in its Region or partition. */
export function regionalArnArguments(resourceType: string): readonly RegionalArnArgument[] {
  return REGIONAL_ARN_ARGUMENTS[resourceType] ?? [];
}
