// The hand-kept facts: Regions, tags, ARNs in the resource's own Region.
import { isKnownRegion, parseArn, partitionOfRegion, PHYSICAL_NAMES, validateResource } from '../../src/aws-validity';

describe('Regions', () => {
  it('knows the Regions of each partition, opt-in Regions included', () => {
    expect(isKnownRegion('eu-west-1')).toBe(true);
    expect(isKnownRegion('af-south-1')).toBe(true);
    expect(isKnownRegion('mx-central-1', 'aws')).toBe(true);
    expect(isKnownRegion('cn-north-1', 'aws')).toBe(false);
    expect(isKnownRegion('eu-west-9')).toBe(false);
    expect(partitionOfRegion('us-gov-west-1')).toBe('aws-us-gov');
    expect(partitionOfRegion('cn-northwest-1')).toBe('aws-cn');
    expect(partitionOfRegion('moon-1')).toBeUndefined();
  });

  it('flags a region argument that does not exist only when the context gives a Region', () => {
    expect(validateResource('aws_backup_vault', { name: 'vault-1', region: 'eu-west-9' })).toEqual([]);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', region: 'eu-west-9' }, { region: 'eu-west-1' }).map((v) => v.rule)).toEqual(['aws_backup_vault.region.known']);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', region: 'cn-north-1' }, { region: 'eu-west-1' }).map((v) => v.rule)).toEqual(['aws_backup_vault.region.known']);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', region: '${var.region}' }, { region: 'eu-west-1' })).toEqual([]);
  });
});

describe('ARNs in the resource\'s own Region and partition', () => {
  const key = (region: string, partition = 'aws') => `arn:${partition}:kms:${region}:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`;

  it('parses ARNs', () => {
    expect(parseArn(key('eu-west-1'))).toMatchObject({ partition: 'aws', service: 'kms', region: 'eu-west-1', account: '123456789012' });
    expect(parseArn('alias/x')).toBeUndefined();
  });

  it('flags a KMS key of another Region or partition, with a context Region only', () => {
    expect(validateResource('aws_backup_vault', { name: 'vault-1', kms_key_arn: key('us-east-1') })).toEqual([]);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', kms_key_arn: key('us-east-1') }, { region: 'eu-west-1' }).map((v) => v.rule)).toEqual(['aws_backup_vault.kms_key_arn.same_region']);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', kms_key_arn: key('cn-north-1', 'aws-cn') }, { region: 'eu-west-1' }).map((v) => v.rule)).toEqual(['aws_backup_vault.kms_key_arn.same_partition']);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', kms_key_arn: key('eu-west-1') }, { region: 'eu-west-1' })).toEqual([]);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', region: 'us-east-1', kms_key_arn: key('us-east-1') }, { region: 'eu-west-1' })).toEqual([]);
  });

  it('checks each ARN of a list and nested block arguments', () => {
    const topic = (region: string) => `arn:aws:sns:${region}:123456789012:page`;
    const found = validateResource('aws_cloudwatch_metric_alarm', { alarm_name: 'a', comparison_operator: 'GreaterThanThreshold', evaluation_periods: 1, alarm_actions: [topic('eu-west-1'), topic('us-east-1')] }, { region: 'eu-west-1' });
    expect(found.map((v) => [v.path, v.rule])).toEqual([['alarm_actions[1]', 'aws_cloudwatch_metric_alarm.alarm_actions.same_region']]);
  });
});

describe('tags', () => {
  const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, 'v']));

  it('limits tag count, key and value length and the aws: prefix on every taggable type', () => {
    const rules = (tags: Record<string, string>) => validateResource('aws_cloudwatch_metric_alarm', { alarm_name: 'a', tags }).map((v) => v.rule);
    expect(rules(many)).toContain('aws_cloudwatch_metric_alarm.tags.count');
    expect(rules({ ['k'.repeat(129)]: 'v' })).toContain('aws_cloudwatch_metric_alarm.tags.key_length');
    expect(rules({ k: 'v'.repeat(257) })).toContain('aws_cloudwatch_metric_alarm.tags.value_length');
    expect(rules({ 'AWS:owner': 'x' })).toContain('aws_cloudwatch_metric_alarm.tags.key_prefix');
    expect(rules({ Team: 'payments', 'cost-center': 'a/b=c+d@e' })).toEqual([]);
  });

  it('applies the character set of the services that enforce it, not to tags_all', () => {
    expect(validateResource('aws_backup_vault', { name: 'vault-1', tags: { owner: 'payments#1' } }).map((v) => v.rule)).toEqual(['aws_backup_vault.tags.value_characters']);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', tags_all: { owner: 'payments#1' } })).toEqual([]);
    expect(validateResource('aws_dynamodb_table', { name: 'table', tags: { owner: 'a@b' } }).map((v) => v.rule)).toEqual(['aws_dynamodb_table.tags.value_characters']);
    expect(validateResource('aws_cloudwatch_metric_alarm', { alarm_name: 'a', tags: { owner: 'payments#1' } })).toEqual([]);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', tags: '${local.tags}' })).toEqual([]);
    expect(validateResource('aws_backup_vault', { name: 'vault-1', tags: { owner: '${var.owner}' } })).toEqual([]);
  });
});

describe('physical names', () => {
  it('say where a name must be unique, with a source', () => {
    expect(PHYSICAL_NAMES.aws_s3_bucket).toMatchObject({ argument: 'bucket', scope: 'global' });
    expect(PHYSICAL_NAMES.aws_backup_vault).toMatchObject({ argument: 'name', scope: 'region' });
    expect(PHYSICAL_NAMES.aws_cloudwatch_metric_alarm.scope).toBe('region');
    for (const fact of Object.values(PHYSICAL_NAMES)) expect(fact.source.url).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
  });
});
