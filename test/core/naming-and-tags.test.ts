import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError, physicalName, tagConstruct } from '../../src/core';
import { checkTags } from '../../src/core/tags';
import { onlyResource, resourceOf, schemaErrors, synthJson, testStack } from '../harness';

describe('physicalName', () => {
  test('joins the construct path below the stack', () => {
    const { stack } = testStack('shop');
    const c = new Construct(new Construct(stack, 'Orders'), 'Alarms');
    expect(physicalName(c)).toBe('shop-Orders-Alarms');
    expect(physicalName(c, { suffix: 'page', lowerCase: true })).toBe('shop-orders-alarms-page');
  });

  test('replaces characters the service does not allow', () => {
    const { stack } = testStack('shop');
    const c = new Construct(stack, 'orders.db/v2');
    expect(physicalName(c, { allowed: /[a-z0-9-]/, lowerCase: true })).toMatch(/^[a-z0-9-]+$/);
  });

  test('long names are cut to the limit, stay unique and stable', () => {
    const { stack } = testStack('shop');
    const a = new Construct(stack, 'a'.repeat(60) + 'one');
    const b = new Construct(stack, 'a'.repeat(60) + 'two');
    const na = physicalName(a, { maxLength: 32 });
    const nb = physicalName(b, { maxLength: 32 });
    expect(na.length).toBeLessThanOrEqual(32);
    expect(nb.length).toBeLessThanOrEqual(32);
    expect(na).not.toBe(nb);
    expect(physicalName(a, { maxLength: 32 })).toBe(na);
  });
});

describe('tagConstruct', () => {
  test('tags every taggable resource below the construct; resource tags win', () => {
    const { stack } = testStack();
    const c = new Construct(stack, 'svc');
    new SnsTopic(c, 'topic', { name: 't', tags: { Team: 'payments' } });
    tagConstruct(c, { Team: 'platform', Env: 'prod' });
    const topic = onlyResource(synthJson(stack), 'aws_sns_topic');
    expect(topic.tags).toEqual({ ManagedBy: 'cdktf-reliability', Env: 'prod', Team: 'payments' });
  });

  test('leaves resources outside the construct alone', () => {
    const { stack } = testStack();
    new SnsTopic(stack, 'outside', { name: 'o' });
    tagConstruct(new Construct(stack, 'svc'), { Env: 'prod' });
    expect(onlyResource(synthJson(stack), 'aws_sns_topic').tags).toBeUndefined();
  });

  test('rejects tags AWS would refuse', () => {
    const { stack } = testStack();
    expect(() => checkTags(stack, 'tags', { 'aws:reserved': 'x' })).toThrow(InvalidPropError);
    expect(() => checkTags(stack, 'tags', { ['k'.repeat(129)]: 'x' })).toThrow('tag keys must be 1 to 128 characters');
    expect(() => checkTags(stack, 'tags', { k: 'v'.repeat(257) })).toThrow('at most 256 characters');
    expect(() => checkTags(stack, 'tags', { Env: 'prod' })).not.toThrow();
  });
});

describe('a token map of tags', () => {
  test('is merged in Terraform after ManagedBy, and with a resource that has its own tags', () => {
    const { stack } = testStack();
    const tags = new TerraformVariable(stack, 'tags', { type: 'map(string)' });
    const c = new Construct(stack, 'c');
    tagConstruct(c, tags.value);
    new SnsTopic(c, 'plain', {});
    new SnsTopic(c, 'own', { tags: { Name: 'own' } });
    const json = synthJson(stack);
    const topic = (part: string) => resourceOf(json, 'aws_sns_topic', (_, logicalName) => logicalName.includes(part));
    expect(topic('plain').tags).toBe(
      '${merge(merge({"ManagedBy" = "cdktf-reliability"}, var.tags), {})}',
    );
    expect(topic('own').tags).toBe('${merge(merge({"ManagedBy" = "cdktf-reliability"}, var.tags), {"Name" = "own"})}');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a second synthesis of the stack does not wrap the merge again', () => {
    const { stack } = testStack();
    const tags = new TerraformVariable(stack, 'tags', { type: 'map(string)' });
    const c = new Construct(stack, 'c');
    tagConstruct(c, tags.value);
    new SnsTopic(c, 'plain', {});
    const first = synthJson(stack);
    expect(synthJson(stack).resource).toEqual(first.resource);
  });
});
