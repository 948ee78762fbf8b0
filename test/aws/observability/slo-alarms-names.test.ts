import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable } from 'cdktf';
import { SloAlarms, SloAlarmsProps } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { NameCollisionError } from '../../../src/core';
import { expectThrown, FakeRouting, schemaErrors, testStack, TestStack } from '../../harness';

const AVAILABILITY = { name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }) };

function slos(stack: TestStack, id: string, props: Partial<SloAlarmsProps> = {}): SloAlarms {
  return new SloAlarms(stack, id, { service: 'checkout', alarmRouting: new FakeRouting(), slos: [AVAILABILITY], ...props });
}

describe('SloAlarms physical names', () => {
  test('two SloAlarms for one service collide on their alarm names, naming both paths and the region', () => {
    const { stack } = testStack();
    slos(stack, 'first');
    expect(() => slos(stack, 'second')).toThrow(
      'test/second: CloudWatch alarm name "checkout-availability-page-1h-5m-long" is already used by test/first (aws eu-west-1)',
    );
  });

  test('services "a.b" and "a-b" make the same dashboard name, so they collide', () => {
    const { stack } = testStack();
    slos(stack, 'dotted', { service: 'a.b' });
    expect(expectThrown(() => slos(stack, 'dashed', { service: 'a-b' }), NameCollisionError).message).toBe(
      'test/dashed: CloudWatch dashboard name "a-b-slos" is already used by test/dotted (aws eu-west-1); give one of them another id or name: AWS would reject or silently share the resource',
    );
    // Without dashboards the two services share no name.
    const other = testStack().stack;
    slos(other, 'dotted', { service: 'a.b', dashboard: false });
    expect(() => slos(other, 'dashed', { service: 'a-b', dashboard: false })).not.toThrow();
  });

  test('the same service in two stacks on different regions is fine; in two stacks on one region it collides', () => {
    const { app, stack } = testStack();
    slos(stack, 'slos');
    const us = new TestStack(app, 'us');
    (us.node.children.find((c) => c instanceof AwsProvider) as AwsProvider).region = 'us-east-1';
    expect(() => slos(us, 'slos')).not.toThrow();
    const again = new TestStack(app, 'again');
    expect(() => slos(again, 'slos')).toThrow('again/slos: CloudWatch alarm name "checkout-availability-page-1h-5m-long" is already used by test/slos (aws eu-west-1)');
  });

  test('a token service is refused: it names every alarm and the dashboard', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'service', { type: 'string' });
    expect(() => slos(stack, 'slos', { service: v.stringValue })).toThrow('test/slos: invalid service ${var.service} (a token): must be known at synth');
  });

  test('one SloAlarms still synthesizes valid Terraform', () => {
    const { stack } = testStack();
    slos(stack, 'slos');
    expect(schemaErrors(stack)).toEqual([]);
  });
});
