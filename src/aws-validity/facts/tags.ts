/**
 * Tag rules AWS documents but the API models do not say for every service:
 * hand-kept facts, each with the page it comes from. Data only.
 */

/** A documented source: the page's title and address. */
export interface FactSource {
  readonly title: string;
  readonly url: string;
}

/** The limits every AWS service that takes tags applies. */
export interface TagLimits {
  /** User-created tags per resource (tags with the reserved prefix do not count). */
  readonly maxTags: number;
  readonly keyLength: { readonly min: number; readonly max: number };
  readonly valueLength: { readonly min: number; readonly max: number };
  /** Keys may not start with this prefix, in any letter case. */
  readonly reservedKeyPrefix: string;
  readonly source: FactSource;
}

/** The tag limits AWS documents for tagging in general (and per service, with the same figures). */
export const TAG_LIMITS: TagLimits = {
  maxTags: 50,
  keyLength: { min: 1, max: 128 },
  valueLength: { min: 0, max: 256 },
  reservedKeyPrefix: 'aws:',
  source: {
    title: 'AWS Batch User Guide, Tag restrictions (the same limits in the EMR Serverless "Tagging limitations" page and the DynamoDB API reference, Tag)',
    url: 'https://docs.aws.amazon.com/batch/latest/userguide/tag-restrictions.html',
  },
};

/** A character set a service enforces on tag keys and values. */
export interface TagCharacterSet {
  /** JavaScript RegExp source, compiled with `flags`. */
  readonly pattern: string;
  readonly flags: string;
  /** In words, for messages. */
  readonly allowed: string;
  readonly source: FactSource;
}

/** The set most services document: Unicode letters, separators (spaces), digits and `_ . : / = + - @`. */
export const STANDARD_TAG_CHARACTERS = '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$';

/**
 * Services that enforce a tag character set, with the page that says so.
 * Services not listed (EC2 allows any character in tags) get the limits only.
 */
export const TAG_CHARACTER_SETS: Readonly<Record<string, TagCharacterSet>> = {
  rds: {
    pattern: STANDARD_TAG_CHARACTERS,
    flags: 'u',
    allowed: 'Unicode letters, digits, white space and _ . : / = + - @',
    source: { title: 'Amazon RDS User Guide, Tagging Amazon RDS resources (Java regex ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$)', url: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html' },
  },
  backup: {
    pattern: STANDARD_TAG_CHARACTERS,
    flags: 'u',
    allowed: 'Unicode letters, digits, white space and _ . : / = + - @',
    source: { title: 'AWS Backup API reference, KeyValue (Key and Value patterns)', url: 'https://docs.aws.amazon.com/aws-backup/latest/devguide/API_KeyValue.html' },
  },
  iam: {
    pattern: STANDARD_TAG_CHARACTERS,
    flags: 'u',
    allowed: 'letters, digits, spaces and _ . : / = + - @',
    source: { title: 'IAM User Guide, Tags for AWS Identity and Access Management resources (tag naming rules)', url: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_tags.html' },
  },
  s3: {
    pattern: STANDARD_TAG_CHARACTERS,
    flags: 'u',
    allowed: 'letters, digits, spaces and + - = . _ : / @',
    source: { title: 'Amazon S3 User Guide, Categorizing your storage using tags', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html' },
  },
  dynamodb: {
    pattern: '^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-]*)$',
    flags: 'u',
    allowed: 'letters, white space, digits and + - = . _ : /',
    source: { title: 'Amazon DynamoDB Developer Guide, Tagging restrictions in DynamoDB', url: 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Tagging.html' },
  },
};

/**
 * The service whose tag rules apply to each Terraform resource type with a
 * `tags` argument. A type whose service has no character set gets the limits
 * only. Types not listed here are not tag-checked.
 */
export const TAGGED_TYPE_SERVICE: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['rds', ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance', 'aws_db_subnet_group', 'aws_db_parameter_group', 'aws_rds_cluster_parameter_group', 'aws_db_option_group', 'aws_rds_global_cluster', 'aws_db_proxy']],
      ['backup', ['aws_backup_vault', 'aws_backup_plan', 'aws_backup_framework', 'aws_backup_logically_air_gapped_vault', 'aws_backup_restore_testing_plan']],
      ['iam', ['aws_iam_role', 'aws_iam_policy', 'aws_iam_user', 'aws_iam_instance_profile', 'aws_iam_openid_connect_provider']],
      ['s3', ['aws_s3_bucket', 'aws_s3_object']],
      ['dynamodb', ['aws_dynamodb_table']],
    ] as const
  ).flatMap(([service, types]) => types.map((t) => [t, service] as const)),
);

/** The service whose tag rules apply to `resourceType`, or undefined when it is not tag-checked by service; the limits apply to every taggable type. */
export function tagServiceOf(resourceType: string): string | undefined {
  return TAGGED_TYPE_SERVICE[resourceType];
}

/** Types whose tag count AWS limits below {@link TAG_LIMITS}.maxTags. */
export const TAG_COUNT_OVERRIDES: Readonly<Record<string, { readonly maxTags: number; readonly source: FactSource }>> = {
  aws_s3_object: {
    maxTags: 10,
    source: { title: 'Amazon S3 User Guide, Categorizing your storage using tags: you can associate up to 10 tags with an object', url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-tagging.html' },
  },
};
