import { TerraformVariable } from 'cdktf';
import { AutoScaledService } from '../../../src/aws/compute/auto-scaled-service';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { SloAlarmDefinition, SloAlarms, SloAlarmsProps } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { CLOUDWATCH_LIMITS, evaluationRangeProblem, periodProblem } from '../../../src/core/cloudwatch-limits';
import { SLO_TAGS } from '../../../src/core/contract';
import { alarmsByName, expectInvalidProp, FakeRouting, refTo, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';

/**
 * The budget-exhausted alarm of SloAlarms (issue 25): values and
 * relationships, the CloudWatch limits it stays within, and its wiring into
 * an instance refresh's rollback alarms. Its behaviour over synthetic
 * traffic: slo-alarms-budget-behaviour.test.ts.
 */

const TOPIC = (severity: string) => `arn:aws:sns:eu-west-1:123456789012:${severity}`;
const routing = () => new FakeRouting(['page', 'ticket', 'info'], { topicArn: TOPIC });
const availability: SloAlarmDefinition = {
  name: 'availability',
  objective: 99.9,
  runbookUrl: 'https://runbooks.example.com/checkout/availability',
  sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }),
};
const latency: SloAlarmDefinition = { name: 'latency', objective: 99, period: '7d', sli: SloSli.albLatency({ loadBalancer: 'app/web/0123456789abcdef', thresholdSeconds: 0.5 }) };

function build(props: Partial<SloAlarmsProps> = {}, stack: TestStack = testStack().stack): { stack: TestStack; slos: SloAlarms } {
  const slos = new SloAlarms(stack, 'slos', { service: 'checkout', alarmRouting: routing(), dashboard: false, slos: [availability, latency], ...props });
  return { stack, slos };
}

describe('off by default (opt-in)', () => {
  test('no budget-exhausted alarm, and asking for one says how to turn it on', () => {
    const { stack, slos } = build();
    expect(slos.budgetExhaustedAlarms).toEqual([]);
    expect(Object.keys(alarmsByName(synthJson(stack))).filter((n) => n.endsWith('-budget-exhausted'))).toEqual([]);
    expectInvalidProp(() => slos.budgetExhaustedAlarm('availability'), 'test/slos: invalid budgetExhaustedAlarm(slo) "availability"', 'budgetExhausted: { enabled: true }');
  });
});

describe('budgetExhausted: { enabled: true } on every SLO', () => {
  const { stack, slos } = build({ budgetExhausted: { enabled: true } });
  const json = synthJson(stack);
  const alarms = alarmsByName(json);
  const a30 = alarms['checkout-availability-budget-exhausted'];
  const a7 = alarms['checkout-latency-budget-exhausted'];

  test('one alarm per SLO, exposed by SLO name, in the alarms map and on the SLO set', () => {
    expect(slos.budgetExhaustedAlarms.map((a) => a.alarmNameInput)).toEqual(['checkout-availability-budget-exhausted', 'checkout-latency-budget-exhausted']);
    expect(slos.budgetExhaustedAlarm('availability')).toBe(slos.budgetExhaustedAlarms[0]);
    expect(slos.slos[0].budgetExhaustedAlarm).toBe(slos.budgetExhaustedAlarms[0]);
    expect(slos.alarms['availability-budget-exhausted']).toBe(slos.budgetExhaustedAlarms[0]);
    expect(a30).toBeDefined();
    expect(a7).toBeDefined();
  });

  test('30-day SLO: the 7-day error ratio >= error budget x 30/7 (100% of the 30-day budget spent in 7 days), from the objective', () => {
    expect(slos.slos[0].budgetExhausted).toMatchObject({ windowSeconds: 604800, seesWholePeriod: false, threshold: 0.00428571428571, burnRate: 4.28571428571 });
    expect(a30).toMatchObject({ comparison_operator: 'GreaterThanOrEqualToThreshold', threshold: 0.00428571428571, evaluation_periods: 1, datapoints_to_alarm: 1, treat_missing_data: 'notBreaching' });
    // The same ratio, guard and cap as the window alarms (the gate CLI reads the SLI from them).
    const ratio = a30.metric_query.find((q: any) => q.id === 'ratio');
    expect(ratio).toMatchObject({ return_data: true, label: 'error ratio over 7d' });
    expect(ratio.expression).toMatch(/^IF\(bad > total, IF\(bad >= 10, 1, 0\), IF\(total >= 10, bad \/ total, 0\)\)$/);
    const ticketLong = alarms['checkout-availability-ticket-3d-6h-long'].metric_query;
    expect(a30.metric_query.filter((q: any) => q.metric).map((q: any) => ({ ...q.metric, period: 0 }))).toEqual(ticketLong.filter((q: any) => q.metric).map((q: any) => ({ ...q.metric, period: 0 })));
  });

  test('7-day SLO: the alarm reads the whole period, so the threshold is the error budget itself (exact)', () => {
    expect(slos.slos[1].budgetExhausted).toMatchObject({ windowSeconds: 604800, seesWholePeriod: true, threshold: 0.01, burnRate: 1 });
    expect(a7).toMatchObject({ threshold: 0.01, comparison_operator: 'GreaterThanOrEqualToThreshold' });
    expect(a7.alarm_description).toContain('the whole 7d error budget is spent (exact: the alarm reads the whole period)');
  });

  // PutMetricAlarm API reference, Period: "Valid values are 10, 20, 30, and any multiple of 60" and "Period multiplied
  // by EvaluationPeriods can't be more than 604,800 seconds"; the provider's metric_query.metric.period validator
  // (IntInSlice 1, 5, 10, 20, 30 or IntDivisibleBy(60), internal/service/cloudwatch/metric_alarm.go).
  test('every metric period is 7 days, a valid period, and period x evaluation periods is within the 7-day maximum (PutMetricAlarm)', () => {
    for (const alarm of [a30, a7]) {
      const periods = alarm.metric_query.filter((q: any) => q.metric).map((q: any) => q.metric.period);
      expect(new Set(periods)).toEqual(new Set([604800]));
      expect(periodProblem(604800)).toBeUndefined();
      expect(evaluationRangeProblem(604800, alarm.evaluation_periods)).toBeUndefined();
      expect(604800 * alarm.evaluation_periods).toBeLessThanOrEqual(CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds);
    }
  });

  test('notifies the ticket severity on ALARM and OK, never the page topic', () => {
    for (const alarm of [a30, a7]) {
      expect(alarm.alarm_actions).toEqual([TOPIC('ticket')]);
      expect(alarm.ok_actions).toEqual([TOPIC('ticket')]);
      expect(alarm.actions_enabled).toBe(true);
    }
  });

  test('its description says the SLO, what it means, what it cannot see, the rollback and the runbook, within 1024 characters', () => {
    const d: string = a30.alarm_description;
    expect(d.length).toBeLessThanOrEqual(CLOUDWATCH_LIMITS.maxAlarmDescriptionLength);
    expect(d).toMatch(/^SLO checkout\/availability \(99\.9% over 30d\): /);
    expect(d).toContain('TICKET: the error budget is spent. In ALARM while the error ratio over 7d is at least 0.428571% (a 4.28571428571x burn rate)');
    expect(d).toContain('the whole 30d error budget was spent within the last 7d alone');
    expect(d).toContain('A budget spent more slowly, or more than 7d ago, does not show here');
    expect(d).toContain('the gate CLI reads the whole 30d');
    expect(d).toContain('to ship a P0 or security fix, take it out of their alarm specification');
    expect(d).toMatch(/Runbook: https:\/\/runbooks\.example\.com\/checkout\/availability$/);
  });

  test('tagged as an SLO alarm with its severity, window and budget share', () => {
    expect(a30.tags).toMatchObject({ [SLO_TAGS.service]: 'checkout', [SLO_TAGS.name]: 'availability', [SLO_TAGS.severity]: 'ticket', [SLO_TAGS.window]: '7d', [SLO_TAGS.budgetExhausted]: '100' });
  });

  test('the cost counts it', () => {
    expect(slos.slos[0].cost).toMatchObject({ budgetAlarms: 1, metricAlarms: 10, alarmMetrics: 46, monthlyUsd: 5.6 });
  });

  test('passes the provider-schema check', () => {
    expect(schemaErrors(stack)).toEqual([]);
  });
});

describe('per SLO', () => {
  test('an SLO turns it on for itself, with its own share and severity', () => {
    const { slos, stack } = build({ slos: [{ ...availability, budgetExhausted: { enabled: true, budgetPercent: 50, severity: 'info' } }, latency] });
    expect(slos.budgetExhaustedAlarms.map((a) => a.alarmNameInput)).toEqual(['checkout-availability-budget-exhausted']);
    const alarm = alarmsByName(synthJson(stack))['checkout-availability-budget-exhausted'];
    expect(alarm).toMatchObject({ threshold: 0.00214285714286, alarm_actions: [TOPIC('info')] });
    expect(alarm.alarm_description).toContain('50% of the 30d error budget was spent within the last 7d alone');
    expectInvalidProp(() => slos.budgetExhaustedAlarm('latency'), 'has no budget-exhausted alarm');
  });

  test('an SLO turns the construct\'s off for itself', () => {
    const { slos } = build({ budgetExhausted: { enabled: true }, slos: [availability, { ...latency, budgetExhausted: { enabled: false } }] });
    expect(slos.budgetExhaustedAlarms.map((a) => a.alarmNameInput)).toEqual(['checkout-availability-budget-exhausted']);
  });
});

describe('bad input', () => {
  test.each([
    [{ budgetExhausted: { enabled: true, severity: 'page' } }, 'invalid budgetExhausted.severity "page": must not be "page"'],
    [{ budgetExhausted: { enabled: true, severity: 'pager' } }, /invalid budgetExhausted\.severity "pager".*does not know/],
    [{ budgetExhausted: { enabled: true, budgetPercent: 0 } }, 'invalid budgetExhausted.budgetPercent 0'],
    [{ budgetExhausted: { enabled: true, budgetPercent: 101 } }, 'invalid budgetExhausted.budgetPercent 101'],
    [{ budgetExhausted: { enabled: 'yes' } }, 'invalid budgetExhausted.enabled "yes"'],
    [{ budgetExhausted: { enabled: true, budgetPrecent: 50 } }, /budgetExhausted\.budgetPrecent.*budgetPercent/],
    [{ budgetExhausted: null }, 'invalid budgetExhausted null'],
    [{ slos: [{ ...availability, budgetExhausted: { enabled: true, severity: 'page' } }] }, 'invalid slos[0].budgetExhausted.severity "page"'],
  ] as const)('%j is refused: %s', (props, message) => {
    expectInvalidProp(() => build(props as never), message);
  });

  test('a share no 7-day window can spend (a 75% objective) is refused naming the SLO', () => {
    const low = { ...availability, objective: 75, alerts: [{ severity: 'ticket', longWindow: '3d', burnRate: 1 }] };
    expectInvalidProp(() => build({ budgetExhausted: { enabled: true }, slos: [low] }), 'invalid budgetExhausted.budgetPercent 100', 'for the SLO availability', 'use at most 93');
  });

  test('tokens are refused where they decide the alarm', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'pct', { type: 'number' });
    expectInvalidProp(() => build({ budgetExhausted: { enabled: true, budgetPercent: v.numberValue } }, stack), 'budgetExhausted.budgetPercent', 'must be known at synth');
  });

  test('budgetExhaustedAlarm(name) names the SLOs it knows', () => {
    const { slos } = build({ budgetExhausted: { enabled: true } });
    expectInvalidProp(() => slos.budgetExhaustedAlarm('availabilty'), 'invalid budgetExhaustedAlarm(slo) "availabilty"', 'did you mean "availability"');
    expectInvalidProp(() => slos.budgetExhaustedAlarm(3 as never), 'invalid budgetExhaustedAlarm(slo) 3', '"availability", "latency"');
  });
});

describe('wired to the deploy safety: instance refresh rollback', () => {
  test('rollBackOn(budgetExhaustedAlarm(slo)) puts it in the group\'s alarm specification beside the page alarm', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zoneCount: 3, alarms: { natPortAllocationErrors: { enabled: false } } });
    const service = new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: 'ami-0123456789abcdef0', alarmRouting: routing() });
    const slos = new SloAlarms(stack, 'slos', {
      service: 'shop',
      alarmRouting: routing(),
      dashboard: false,
      budgetExhausted: { enabled: true },
      slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: service.loadBalancer.arnSuffix }) }],
    });
    service.rollBackOn(slos, slos.budgetExhaustedAlarm('availability'));
    const json = synthJson(stack);
    const preferences = values(json, 'aws_autoscaling_group')[0].instance_refresh.preferences;
    expect(preferences.auto_rollback).toBe(true);
    expect(preferences.alarm_specification.alarms).toEqual([
      refTo(json, 'aws_cloudwatch_metric_alarm', 'web_target5xxRate', 'alarm_name'),
      refTo(json, 'aws_cloudwatch_metric_alarm', 'web_unhealthyHosts', 'alarm_name'),
      refTo(json, 'aws_cloudwatch_composite_alarm', 'slos_availability_page', 'alarm_name'),
      refTo(json, 'aws_cloudwatch_metric_alarm', 'slos_availability_budget-exhausted', 'alarm_name'),
    ]);
    // An SloAlarms alone still means its page alarms only: holding deploys on a spent budget is opted into by name.
    expect(service.rollback.alarmNames).toHaveLength(4);
  });
});
