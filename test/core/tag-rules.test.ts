import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Route53HealthCheck } from '@cdktf/provider-aws/lib/route53-health-check';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { Aspects, Testing, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { ResilientTable } from '../../src/aws/storage/resilient-table';
import { InvalidPropError, ReliabilityError } from '../../src/core/errors';
import { RESTRICTED_TAG_CHARACTERS, TAG_RULES, tagCountProblem, tagProblem, tagRulesFor } from '../../src/core/tag-rules';
import { checkTagsFor, tagConstruct, TagResources } from '../../src/core/tags';
import { literalMap } from '../../src/core/user-text';
import { tagList } from '../../src/recovery/tags';
import { expectThrown, onlyResource, synthJson, testStack } from '../harness';

describe('the tag rules, per service', () => {
  test('RDS, DynamoDB and S3 refuse a comma in a tag value; the space-separated list tag fits (RDS API Reference, "Tag" pattern ^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*)$)', () => {
    const listed = tagList(['eu-west-1', 'eu-central-1']);
    expect(listed).toBe('eu-west-1 eu-central-1');
    for (const type of ['aws_rds_cluster', 'aws_db_instance', 'aws_dynamodb_table', 'aws_s3_bucket', 'aws_iam_role']) {
      expect([type, tagProblem(type, 'recovery:regions', 'eu-west-1,eu-central-1')]).toEqual([type, expect.stringContaining('the value has a character outside the set')]);
      expect([type, tagProblem(type, 'recovery:regions', listed)]).toEqual([type, undefined]);
    }
    expect(RESTRICTED_TAG_CHARACTERS.test('slo:burn-rate 14.4 = x/y+z@w')).toBe(true);
  });

  test('EC2 allows any character (Amazon EC2 User Guide, "Tag restrictions"); Route 53 has no pattern but takes at most 10 tags (ChangeTagsForResource)', () => {
    expect(tagRulesFor('aws_vpc')).toBe(TAG_RULES.ec2);
    expect(tagRulesFor('aws_security_group')).toBe(TAG_RULES.ec2);
    expect(tagProblem('aws_subnet', 'Note', 'a,b (c) ${d}')).toBeUndefined();
    expect(tagProblem('aws_route53_health_check', 'Name', 'stack/failover primary (eu-west-1)')).toBeUndefined();
    expect(tagCountProblem('aws_route53_health_check', 10)).toBeUndefined();
    expect(tagCountProblem('aws_route53_health_check', 11)).toMatch(/at most 10 tags per resource/);
    expect(tagCountProblem('aws_dynamodb_table', 51)).toMatch(/Amazon DynamoDB \(aws_dynamodb_table\) allows at most 50 tags/);
  });

  test('a service whose rule is not confirmed gets the restricted set, and says so', () => {
    expect(tagRulesFor('aws_sns_topic')).toMatchObject({ documented: false, characters: RESTRICTED_TAG_CHARACTERS });
    expect(tagProblem('aws_sns_topic', 'Note', 'a;b')).toMatch(/not confirmed for this service/);
  });

  test('every service: keys 1 to 128 characters, not aws:, values at most 256', () => {
    expect(tagProblem('aws_vpc', 'aws:reserved', 'x')).toMatch(/"aws:"/);
    expect(tagProblem('aws_vpc', 'k'.repeat(129), 'x')).toMatch(/1 to 128/);
    expect(tagProblem('aws_vpc', 'k', 'v'.repeat(257))).toMatch(/at most 256/);
  });
});

describe('tags are checked at synth against the service of each resource they land on', () => {
  test('a user tag the service refuses is an InvalidPropError naming tags.<key> and the resource type', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'svc');
    new Vpc(c, 'vpc', { cidrBlock: '10.0.0.0/16' });
    new SnsTopic(c, 'topic', {});
    tagConstruct(c, { Note: 'a,b' });
    const e = expectThrown(() => synthJson(stack), InvalidPropError);
    expect(e.prop).toBe('tags.Note');
    expect(e.constructPath).toBe('test/svc');
    expect(e.message).toMatch(/aws_sns_topic test\/svc\/topic/);
  });

  test('the same tag on EC2 resources only is accepted, and user text reaches Terraform escaped', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'net');
    new Vpc(c, 'vpc', { cidrBlock: '10.0.0.0/16' });
    tagConstruct(c, literalMap({ Note: 'a,b ${c}' }));
    expect(onlyResource(synthJson(stack), 'aws_vpc').tags).toEqual({ ManagedBy: 'cdktf-reliability', Note: 'a,b $${c}' });
  });

  test('a tag the library writes itself that the service refuses is a ReliabilityError, not a user error', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'svc');
    new SnsTopic(c, 'topic', {});
    tagConstruct(c, {});
    Aspects.of(c).add(new TagResources({ 'recovery:regions': 'eu-west-1,eu-central-1' }));
    const e = expectThrown(() => synthJson(stack), ReliabilityError);
    expect(e).not.toBeInstanceOf(InvalidPropError);
    expect(e.message).toMatch(/the library wrote the tag "recovery:regions"/);
  });

  test("too many tags: the library's count on the resource is named, and the user's prop (AWS allows 50 per DynamoDB table)", () => {
    const { stack } = testStack();
    const tags = Object.fromEntries(Array.from({ length: 49 }, (_, i) => [`k${i}`, 'v']));
    new ResilientTable(stack, 'orders', { partitionKey: { name: 'id', type: 'S' }, tags });
    const e = expectThrown(() => synthJson(stack), InvalidPropError);
    expect(e.prop).toBe('tags');
    // ManagedBy and the table's recovery tags (rpo-zone, rpo-data, regions).
    expect(e.message).toMatch(/aws_dynamodb_table test\/orders\/table: it would carry 53 tags, 4 from the library \(ManagedBy, recovery:[^)]*\), 49 of yours/);
  });

  test("the provider's default_tags count too", () => {
    const app = Testing.app();
    const stack = new TerraformStack(app, 'test');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1', defaultTags: [{ tags: Object.fromEntries(Array.from({ length: 48 }, (_, i) => [`d${i}`, 'v'])) }] });
    const c = new Construct(stack, 'svc');
    new SnsTopic(c, 'topic', {});
    tagConstruct(c, { Team: 'a', Env: 'b' });
    expect(expectThrown(() => synthJson(stack), InvalidPropError).message).toMatch(/51 tags, 1 from the library \(ManagedBy\), 2 of yours and 48 from the provider's default_tags/);
  });

  test('Route 53 health checks take 10 tags at most (the provider sends all in one ChangeTagsForResource)', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'dns');
    new Route53HealthCheck(c, 'hc', { type: 'HTTPS', fqdn: 'example.com', port: 443 });
    tagConstruct(c, Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, 'v'])));
    expect(expectThrown(() => synthJson(stack), InvalidPropError).message).toMatch(/at most 10 tags per resource/);
  });

  test('checkTagsFor checks tags bound for one type now (recovery point tags)', () => {
    const { stack } = testStack();
    expect(() => checkTagsFor(stack, 'rules[0].recoveryPointTags', 'aws_backup_plan', { a: 'b c' })).not.toThrow();
    expect(expectThrown(() => checkTagsFor(stack, 'rules[0].recoveryPointTags', 'aws_backup_plan', { a: 'b,c' }), InvalidPropError).prop).toBe('rules[0].recoveryPointTags.a');
  });
});
