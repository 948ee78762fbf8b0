import { Construct } from 'constructs';
import { ReliableConstruct, ReliableConstructProps, ResourceAlarmOverride } from '../../../src/aws/common';
import { InvalidPropError, NameCollisionError } from '../../../src/core';
import { expectThrown, onlyResource, synthJson, testStack } from '../../harness';
import { FakeRouting } from '../test-helpers';

interface QueueAlarms {
  /** Messages waiting. @default - above 100, ticket */
  readonly backlog?: ResourceAlarmOverride;
}

class Queue extends ReliableConstruct<QueueAlarms> {
  constructor(scope: Construct, id: string, props: ReliableConstructProps<QueueAlarms>) {
    super(scope, id, props, { alarmKeys: ['backlog'] });
    this.addAlarms([
      {
        key: 'backlog',
        summary: 'Messages wait.',
        runbook: 'Scale consumers.',
        metric: { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: { QueueName: 'q' }, statistic: 'Maximum' },
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 100,
        severity: 'ticket',
        periodSeconds: 60,
        evaluationPeriods: 5,
      },
    ]);
  }
}

describe('ReliableConstruct', () => {
  test('routes alarms, applies overrides and records them by key', () => {
    const { stack } = testStack();
    const q = new Queue(stack, 'orders', { alarmRouting: new FakeRouting(), alarms: { backlog: { threshold: 7 } }, tags: { team: 'payments' } });
    const alarm = onlyResource(synthJson(stack), 'aws_cloudwatch_metric_alarm');
    expect(alarm.threshold).toBe(7);
    expect(alarm.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:111111111111:alarms-ticket']);
    expect(Object.keys(q.alarms)).toEqual(['backlog']);
  });

  test('a misspelt alarm key fails synth (JavaScript callers) with the known keys', () => {
    const { stack } = testStack();
    expect(() => new Queue(stack, 'orders', { alarms: { backlgo: {} } as QueueAlarms })).toThrow('test/orders: invalid alarms.backlgo "backlgo": must be one of backlog');
  });

  test('malformed common props from JavaScript fail with the prop named', () => {
    const { stack } = testStack();
    expect(() => new Queue(stack, 'a', null as unknown as ReliableConstructProps)).toThrow('test/a: invalid props null');
    expect(() => new Queue(stack, 'b', { alarmRouting: 'arn:aws:sns:x' as never })).toThrow('test/b: invalid alarmRouting');
    expect(() => new Queue(stack, 'c', { alarms: [] as never })).toThrow('test/c: invalid alarms []: must be an object (got a list)');
    expect(() => new Queue(stack, 'd', { alarms: { backlog: 5 as never } })).toThrow('test/d: invalid alarms.backlog 5: must be an object');
    expect(() => new Queue(stack, 'e', { tags: { team: 5 as never } })).toThrow('test/e: invalid tags.team 5: must be a string');
    // null from JSON or YAML is not "left out": `??` would quietly turn it into the default.
    expect(() => new Queue(stack, 'f', { tags: null as never })).toThrow('test/f: invalid tags null: must be left out or given a value');
  });

  test('tag values are user text: ${ on a CloudWatch alarm is refused at synth (not in its tag character set), naming the tag', () => {
    // Outside the restricted set letters, digits, spaces and _ . : / = + - @ (core/tag-rules.ts); where a service allows
    // it (EC2), the value reaches Terraform escaped (test/core/tag-rules.test.ts).
    const { stack } = testStack();
    new Queue(stack, 'q', { tags: { owner: '${team}' } });
    const e = expectThrown(() => synthJson(stack), InvalidPropError);
    expect(e.prop).toBe('tags.owner');
    expect(e.message).toContain('aws_cloudwatch_metric_alarm');
  });

  test('two constructs whose derived alarm names collide in one region fail naming both', () => {
    const { stack } = testStack();
    new Queue(stack, 'a.b', {});
    expect(expectThrown(() => new Queue(stack, 'a-b', {}), NameCollisionError).message).toBe(
      'test/a-b: CloudWatch alarm name "test-a-b-backlog" is already used by test/a.b (aws eu-west-1); give one of them another id or name: AWS would reject or silently share the resource',
    );
  });

  test('the same names in another app do not collide (the registry is per app)', () => {
    const { stack } = testStack();
    new Queue(stack, 'q', {});
    expect(() => new Queue(testStack().stack, 'q', {})).not.toThrow();
  });
});
