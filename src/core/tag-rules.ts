/**
 * What AWS accepts in resource tags, per Terraform resource type: the
 * characters of keys and values, their lengths and the number of tags per
 * resource. Pure (no cdktf import), so the constructs (which refuse bad tags
 * at synth), the tests and the rule pack read the same rules.
 *
 * The facts come from the "AWS rules as data" tables (`src/aws-validity/facts/tags.ts`:
 * the limits, and the character sets of RDS, AWS Backup, IAM, S3 and
 * DynamoDB, each with its page). This module adds what the library needs on
 * top: the sets of a few more services it creates resources of, Route 53's
 * 10-tag limit, EC2's "any character", and a policy for every other service:
 * where a service's own rule is not confirmed, the restricted set most
 * services document is applied (`documented: false`) — stricter than the
 * service at worst, never looser.
 */
import { STANDARD_TAG_CHARACTERS, TAG_CHARACTER_SETS, TAG_COUNT_OVERRIDES, TAG_LIMITS, tagServiceOf, type FactSource } from '../aws-validity/facts/tags';

/**
 * The tag character set of most AWS services: Unicode letters, separators
 * (spaces), numbers and `_ . : / = + - @` (the `Tag` pattern of the RDS, ELB
 * and CloudWatch Logs APIs; IAM, S3, AWS Backup).
 */
export const RESTRICTED_TAG_CHARACTERS = new RegExp(STANDARD_TAG_CHARACTERS, 'u');

/** {@link RESTRICTED_TAG_CHARACTERS} in words, for messages. */
export const RESTRICTED_TAG_CHARACTERS_TEXT = 'letters, digits, spaces and _ . : / = + - @';

/** Tag rules of one service. */
export interface TagRuleSet {
  /** The service, for messages (`Amazon RDS`). */
  readonly service: string;
  /** Characters keys and values may hold; absent: any UTF-8 character. */
  readonly characters?: RegExp;
  /** {@link characters} in words. */
  readonly charactersText: string;
  /** Longest key (every service: 128). */
  readonly maxKeyLength: number;
  /** Longest value (every service: 256). */
  readonly maxValueLength: number;
  /** Most tags on one resource. */
  readonly maxTags: number;
  /** Where the rule comes from. */
  readonly source: string;
  /** False when the service's own rule is not confirmed and the restricted set is applied instead. */
  readonly documented: boolean;
}

const cite = (s: FactSource): string => `${s.title} <${s.url}>`;
const LIMITS = { maxKeyLength: TAG_LIMITS.keyLength.max, maxValueLength: TAG_LIMITS.valueLength.max, maxTags: TAG_LIMITS.maxTags };

/** Services of the aws-validity facts: their names for messages. */
const FACT_SERVICES: Readonly<Record<string, string>> = { rds: 'Amazon RDS', backup: 'AWS Backup', iam: 'AWS IAM', s3: 'Amazon S3', dynamodb: 'Amazon DynamoDB' };

function fromFacts(key: string): TagRuleSet {
  const set = TAG_CHARACTER_SETS[key];
  return { service: FACT_SERVICES[key] ?? key, characters: new RegExp(set.pattern, set.flags), charactersText: set.allowed, ...LIMITS, source: cite(set.source), documented: true };
}

function restricted(service: string, source: string, documented = true): TagRuleSet {
  return { service, characters: RESTRICTED_TAG_CHARACTERS, charactersText: RESTRICTED_TAG_CHARACTERS_TEXT, ...LIMITS, source, documented };
}

/** Tag rules by service key. */
export const TAG_RULES = Object.freeze({
  ...Object.fromEntries(Object.keys(TAG_CHARACTER_SETS).map((k) => [k, fromFacts(k)])),
  ec2: {
    service: 'Amazon EC2',
    charactersText: 'any UTF-8 character',
    ...LIMITS,
    source: 'Amazon EC2 User Guide, "Tag restrictions": EC2 allows any character in its tags (other services are more restrictive)',
    documented: true,
  },
  route53: {
    service: 'Amazon Route 53',
    charactersText: 'any character',
    ...LIMITS,
    // The provider sends every tag in one ChangeTagsForResource call (internal/service/route53/tags_gen.go, UpdateTags).
    maxTags: 10,
    source: 'Amazon Route 53 API Reference, "Tag" (key at most 128, value at most 256, no pattern) and "ChangeTagsForResource": at most 10 tags added to a health check or hosted zone',
    documented: true,
  },
  elb: restricted('Elastic Load Balancing', 'Elastic Load Balancing API Reference, "Tag": Key pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$'),
  logs: restricted('Amazon CloudWatch Logs', 'CloudWatch Logs API Reference, "TagResource": key pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]+)$'),
  restricted: restricted(
    'this AWS service',
    'not confirmed for this service: the restricted character set of RDS, S3, IAM and AWS Backup is applied (stricter at worst)',
    false,
  ),
} as Record<string, TagRuleSet>);

/** Which service's rules apply to a Terraform resource type beyond the facts' own list, by prefix; the first match wins. */
const BY_TYPE: readonly (readonly [RegExp, string])[] = [
  // VPC resources are EC2 resources (the EC2 API tags them).
  [/^aws_(vpc|subnet|internet_gateway|egress_only_internet_gateway|nat_gateway|eip|route_table|security_group|network_acl|network_interface|instance|launch_template|ebs_volume|ec2_|flow_log|customer_gateway|vpn_|dhcp_options|default_)/, 'ec2'],
  [/^aws_route53_/, 'route53'],
  [/^aws_(db_|rds_)/, 'rds'],
  [/^aws_dynamodb_/, 'dynamodb'],
  [/^aws_s3_/, 's3'],
  [/^aws_iam_/, 'iam'],
  [/^aws_backup_/, 'backup'],
  [/^aws_(lb|alb)(_|$)/, 'elb'],
  [/^aws_cloudwatch_log_/, 'logs'],
];

/** The tag rules of the service a Terraform resource type belongs to (the restricted set when unknown). */
export function tagRulesFor(terraformType: string): TagRuleSet {
  const service = tagServiceOf(terraformType) ?? BY_TYPE.find(([re]) => re.test(terraformType))?.[1] ?? 'restricted';
  const rules = TAG_RULES[service] ?? TAG_RULES.restricted;
  const count = TAG_COUNT_OVERRIDES[terraformType];
  return count ? { ...rules, maxTags: count.maxTags, source: `${rules.source}; ${cite(count.source)}` } : rules;
}

/** What is wrong with one tag on a resource type, or `undefined`. */
export function tagProblem(terraformType: string, key: string, value: string): string | undefined {
  const rules = tagRulesFor(terraformType);
  if (key.length < 1 || key.length > rules.maxKeyLength) return `tag keys must be 1 to ${rules.maxKeyLength} characters`;
  if (key.toLowerCase().startsWith(TAG_LIMITS.reservedKeyPrefix)) return `tag keys must not start with "${TAG_LIMITS.reservedKeyPrefix}" (reserved for AWS)`;
  if (value.length > rules.maxValueLength) return `tag values must be at most ${rules.maxValueLength} characters`;
  const where = `${rules.service} (${terraformType}) accepts ${rules.charactersText} in tag keys and values (${rules.source})`;
  if (rules.characters && !rules.characters.test(key)) return `the key has a character outside the set: ${where}`;
  if (rules.characters && !rules.characters.test(value)) return `the value has a character outside the set: ${where}`;
  return undefined;
}

/** What is wrong with the number of tags on a resource type, or `undefined`. */
export function tagCountProblem(terraformType: string, count: number): string | undefined {
  const rules = tagRulesFor(terraformType);
  return count > rules.maxTags ? `${rules.service} (${terraformType}) allows at most ${rules.maxTags} tags per resource (${rules.source})` : undefined;
}
