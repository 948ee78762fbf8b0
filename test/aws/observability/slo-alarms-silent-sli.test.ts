import { SloAlarms } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { missingForFromTraffic, resolveSliHealth } from '../../../src/slo';
import { alarmsByName, FakeRouting, synthJson, testStack } from '../../harness';

/** Issue 23: a silent SLI is noticed within the hour, without paging idle services. */
function healthAlarm(sli: SloSli, sliHealth?: object) {
  const { stack } = testStack();
  new SloAlarms(stack, 'slos', { service: 'web', alarmRouting: new FakeRouting(), slos: [{ name: 'availability', objective: 99.9, sli, ...(sliHealth ? { sliHealth } : {}) }] });
  return alarmsByName(synthJson(stack))['web-availability-sli-health'];
}

describe('SLI health within the hour', () => {
  // ALB user guide, "CloudWatch metrics for your Application Load Balancer": ELB reports metrics only while requests
  // flow, but the target group health metrics have the reporting criterion "Reported if health checks are enabled".
  test.each([
    ['albAvailability', SloSli.albAvailability({ loadBalancer: 'app/web/1', targetGroup: 'targetgroup/web/2' })],
    ['albLatency', SloSli.albLatency({ loadBalancer: 'app/web/1', targetGroup: 'targetgroup/web/2', thresholdSeconds: 0.3 })],
  ])('%s with a target group watches HealthyHostCount (published whatever the traffic) and fires after 1 hour without it', (_name, sli) => {
    const alarm = healthAlarm(sli);
    const [query] = alarm.metric_query;
    expect(query.metric).toMatchObject({ namespace: 'AWS/ApplicationELB', metric_name: 'HealthyHostCount', dimensions: { LoadBalancer: 'app/web/1', TargetGroup: 'targetgroup/web/2' }, period: 3600 });
    expect(alarm).toMatchObject({ evaluation_periods: 1, datapoints_to_alarm: 1, treat_missing_data: 'breaching', comparison_operator: 'LessThanThreshold', threshold: 0 });
    expect(alarm.alarm_description).toMatch(/published whatever the traffic/);
  });

  test('without a target group it keeps RequestCount and the 12h default (ELB publishes nothing without requests)', () => {
    const alarm = healthAlarm(SloSli.albAvailability({ loadBalancer: 'app/web/1' }));
    expect(alarm.metric_query[0].metric.metric_name).toBe('RequestCount');
    expect(alarm.metric_query[0].metric.period * alarm.evaluation_periods).toBe(12 * 3600);
  });

  test('minimumEventsPerHour derives the window: 7 / rate hours (a Poisson silence with a chance below 1 in 1000)', () => {
    expect(missingForFromTraffic(60)).toBe(7 * 60);
    expect(missingForFromTraffic(10)).toBe(42 * 60);
    expect(missingForFromTraffic(1000)).toBe(5 * 60);
    expect(Math.exp(-60 * (missingForFromTraffic(60) / 3600))).toBeLessThan(1e-3);
    const alarm = healthAlarm(SloSli.apiGateway({ apiName: 'orders' }), { minimumEventsPerHour: 10 });
    expect(alarm.metric_query[0].metric.period * alarm.evaluation_periods).toBe(42 * 60);
    expect(() => missingForFromTraffic(0)).toThrow(/greater than 0/);
  });

  test('an explicit missingFor wins over the traffic and over the ALB default', () => {
    expect(resolveSliHealth({ minimumEventsPerHour: 60, missingFor: '3h' }, undefined, '12h', 'slos[0].sliHealth')?.missingForSeconds).toBe(3 * 3600);
    expect(resolveSliHealth(undefined, { minimumEventsPerHour: 6 }, '1h', 'slos[0].sliHealth')?.missingForSeconds).toBe(70 * 60);
    const alarm = healthAlarm(SloSli.albAvailability({ loadBalancer: 'app/web/1', targetGroup: 'targetgroup/web/2' }), { missingFor: '2h' });
    expect(alarm.metric_query[0].metric.period * alarm.evaluation_periods).toBe(2 * 3600);
  });
});
