import { Testing } from 'cdktf';
import { SloAlarmsExampleStack } from '../../../examples/slo-alarms/stack';
import { AlarmChannel, SloAlarms, SloSli } from '../../../src';
import { resourcesOf, schemaErrors, synthJson, testStack, values } from '../../harness';
import { AlarmEvaluator, albSource } from './alarm-evaluator';

describe('examples/slo-alarms: availability and latency SLOs on an ALB, routed through an AlarmChannel', () => {
  const stack = new SloAlarmsExampleStack(Testing.app(), 'slo-alarms');
  const json = synthJson(stack);
  const composites = values(json, 'aws_cloudwatch_composite_alarm');

  test('passes the provider-schema check', () => {
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('two SLOs, each with a page and a ticket composite notifying its AlarmChannel topic', () => {
    expect(composites.map((c) => c.alarm_name).sort()).toEqual(['checkout-availability-page', 'checkout-availability-ticket', 'checkout-latency-page', 'checkout-latency-ticket']);
    const topics = resourcesOf(json, 'aws_sns_topic');
    const topicOf = (ref: string) => ref.match(/^\$\{aws_sns_topic\.([^.]+)\.arn\}$/)?.[1];
    for (const c of composites) {
      expect(c.alarm_actions).toHaveLength(1);
      expect(c.ok_actions).toEqual(c.alarm_actions);
      const topic = topics[topicOf(c.alarm_actions[0])!];
      expect(topic).toBeDefined();
      expect(topic.name).toContain(c.tags['slo:severity']);
    }
    expect(stack.slos.windowAlarms).toHaveLength(16);
    expect(stack.slos.sliHealthAlarms).toHaveLength(2);
    for (const a of values(json, 'aws_cloudwatch_metric_alarm')) {
      // window alarms notify nobody; the SLI health alarms notify the ticket topic
      if (a.tags['slo:sli-health']) expect(topicOf(a.alarm_actions[0])).toContain('ticket');
      else expect(a.alarm_actions).toBeUndefined();
      for (const q of a.metric_query.filter((x: any) => x.metric)) expect(q.metric.dimensions.LoadBalancer).toBe('${data.aws_lb.alb.arn_suffix}');
    }
  });

  test('a full outage behind the ALB pages checkout-availability within 2 minutes', () => {
    const availabilityOnly = { resource: { ...json.resource, aws_cloudwatch_metric_alarm: Object.fromEntries(Object.entries(resourcesOf(json, 'aws_cloudwatch_metric_alarm')).filter(([, a]: any) => a.tags['slo:name'] === 'availability')), aws_cloudwatch_composite_alarm: Object.fromEntries(Object.entries(resourcesOf(json, 'aws_cloudwatch_composite_alarm')).filter(([, a]: any) => a.tags['slo:name'] === 'availability')) } };
    const t = new AlarmEvaluator(availabilityOnly).run(4 * 24 * 60, albSource((m) => (m >= 3 * 24 * 60 ? { bad: 500, total: 500 } : { bad: 0, total: 500 })));
    expect(t.firstAlarm('checkout-availability-page')! - 3 * 24 * 60).toBeLessThanOrEqual(2);
  });
});

test('an AlarmChannel rejects a severity it does not have, through SloAlarms', () => {
  const { stack } = testStack();
  const channel = new AlarmChannel(stack, 'alarms', {});
  expect(
    () =>
      new SloAlarms(stack, 'slos', {
        service: 'checkout',
        alarmRouting: channel,
        slos: [{ name: 'availability', objective: 99.9, alerts: [{ severity: 'sms', longWindow: '1h', burnRate: 14.4 }], sli: SloSli.albAvailability({ loadBalancer: 'app/x/1' }) }],
      }),
  ).toThrow('test/slos: invalid slos[0].alerts "sms": uses a severity the alarm routing does not know; it knows "page", "ticket"');
});
