import * as fc from 'fast-check';
import { AutoScaledService, AutoScaledServiceProps } from '../../../src/aws/compute/auto-scaled-service';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { SloAlarms } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { InvalidPropError } from '../../../src/core/errors';
import { CAPACITY_TAGS } from '../../../src/core/contract';
import { refTo, schemaErrors, synthJson, testStack, values } from '../../harness';
import { FakeRouting, predictiveScalingPolicy } from '../test-helpers';

const IMAGE = 'ami-0123456789abcdef0';
const ALARM = 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:checkout-page';

function build(props: Partial<AutoScaledServiceProps> = {}) {
  const { stack } = testStack();
  const routing = new FakeRouting();
  const network = new MultiAzNetwork(stack, 'net', { zoneCount: 3, alarms: { natPortAllocationErrors: { enabled: false } } });
  const service = new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: IMAGE, alarmRouting: routing, ...props });
  return { stack, service, routing };
}

describe('instance refresh rolls back on the SLO page alarm', () => {
  test('SloAlarms added after the service (rollBackOn) land in the alarm specification beside the health alarms', () => {
    const { stack, service, routing } = build();
    const slos = new SloAlarms(stack, 'slos', {
      service: 'shop',
      alarmRouting: routing,
      dashboard: false,
      slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: service.loadBalancer.arnSuffix }) }],
    });
    service.rollBackOn(slos);
    const json = synthJson(stack);
    expect(values(json, 'aws_autoscaling_group')[0].instance_refresh.preferences).toMatchObject({ auto_rollback: true });
    expect(values(json, 'aws_autoscaling_group')[0].instance_refresh.preferences.alarm_specification.alarms).toEqual([
      refTo(json, 'aws_cloudwatch_metric_alarm', 'web_target5xxRate', 'alarm_name'),
      refTo(json, 'aws_cloudwatch_metric_alarm', 'web_unhealthyHosts', 'alarm_name'),
      refTo(json, 'aws_cloudwatch_composite_alarm', 'slos_availability_page', 'alarm_name'),
    ]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('an alarm ARN as a prop; the specification appears even when every health alarm is off', () => {
    const { stack } = build({ rollbackAlarms: [ALARM], alarms: { target5xxRate: { enabled: false }, unhealthyHosts: { enabled: false } } });
    expect(values(synthJson(stack), 'aws_autoscaling_group')[0].instance_refresh.preferences.alarm_specification).toEqual({ alarms: ['checkout-page'] });
  });

  test('with no alarm at all there is no alarm specification', () => {
    const { stack } = build({ alarms: { target5xxRate: { enabled: false }, unhealthyHosts: { enabled: false } } });
    expect(values(synthJson(stack), 'aws_autoscaling_group')[0].instance_refresh.preferences.alarm_specification).toBeUndefined();
  });

  test('an alarm of another region is refused by name', () => {
    expect(() => build({ rollbackAlarms: ['arn:aws:cloudwatch:us-east-1:111111111111:alarm:x'] })).toThrow(/test\/web: invalid rollbackAlarms\[0\] .*must be an alarm in eu-west-1, the region of the service/);
    const { service } = build();
    expect(() => service.rollBackOn('not-an-arn')).toThrow(/invalid rollBackOn\[0\] "not-an-arn"/);
  });
});

describe('predictive scaling', () => {
  test('forecast only by default, on CPU at the target-tracking target when the service scales on CPU', () => {
    const { stack, service } = build({ predictiveScaling: {}, cpuTargetPercent: 60 });
    const json = synthJson(stack);
    const p = predictiveScalingPolicy(json);
    expect(p.predictive_scaling_configuration).toEqual({
      mode: 'ForecastOnly',
      scheduling_buffer_time: '300',
      max_capacity_breach_behavior: 'HonorMaxCapacity',
      metric_specification: { target_value: 60, predefined_metric_pair_specification: { predefined_metric_type: 'ASGCPUUtilization' } },
    });
    expect(p.autoscaling_group_name).toBe(refTo(json, 'aws_autoscaling_group', 'web_asg', 'name'));
    expect(service.predictiveScalingPolicy).toBeDefined();
    expect(values(json, 'aws_autoscaling_group')[0].tag).toEqual(expect.arrayContaining([{ key: CAPACITY_TAGS.predictive, value: 'ForecastOnly', propagate_at_launch: true }]));
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('requests when the service scales on requests; forecast and scale with a max-capacity buffer', () => {
    const { stack } = build({ requestsPerTarget: 1000, predictiveScaling: { mode: 'ForecastAndScale', maxCapacityBufferPercent: 10, schedulingBufferSeconds: 600 } });
    const json = synthJson(stack);
    const c = predictiveScalingPolicy(json).predictive_scaling_configuration;
    expect(c).toMatchObject({ mode: 'ForecastAndScale', max_capacity_breach_behavior: 'IncreaseMaxCapacity', max_capacity_buffer: '10', scheduling_buffer_time: '600' });
    expect(c.metric_specification).toEqual({
      target_value: 1000,
      predefined_metric_pair_specification: {
        predefined_metric_type: 'ALBRequestCount',
        resource_label: `${refTo(json, 'aws_lb', 'web_lb', 'arn_suffix')}/${refTo(json, 'aws_lb_target_group', 'web_tg', 'arn_suffix')}`,
      },
    });
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a metric the service does not scale on needs a target; one it cannot forecast is refused', () => {
    expect(() => build({ predictiveScaling: { metric: 'requests' } })).toThrow(/test\/web: invalid predictiveScaling\.targetValue undefined: is required to forecast requests: the service does not scale on it \(it tracks cpu\)/);
    expect(() => build({ predictiveScaling: { metric: 'memory' as any } })).toThrow(/invalid predictiveScaling\.metric "memory"/);
    expect(() => build({ predictiveScaling: { metric: 'cpu', targetValue: 120 } })).toThrow(/invalid predictiveScaling\.targetValue 120/);
    expect(() => build({ predictiveScaling: { mode: 'Scale' as any } })).toThrow(/invalid predictiveScaling\.mode "Scale"/);
    expect(() => build({ predictiveScaling: { schedulingBuffer: 60 } as any })).toThrow(/unknown prop predictiveScaling.schedulingBuffer \(did you mean schedulingBufferSeconds\?\)/);
    const { stack } = build({ predictiveScaling: { metric: 'network-in', targetValue: 5e6 } });
    expect(predictiveScalingPolicy(synthJson(stack)).predictive_scaling_configuration.metric_specification.predefined_metric_pair_specification).toEqual({ predefined_metric_type: 'ASGNetworkIn' });
  });

  test('sweep: any numbers either synthesize the pair and target or fail naming a predictiveScaling prop', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('cpu', 'requests', 'network-in', 'network-out', undefined),
        fc.option(fc.double({ min: -10, max: 5000, noNaN: true }), { nil: undefined }),
        fc.option(fc.integer({ min: -5, max: 4000 }), { nil: undefined }),
        fc.boolean(),
        (metric, targetValue, buffer, scalesOnRequests) => {
          try {
            const { stack } = build({ requestsPerTarget: scalesOnRequests ? 500 : undefined, predictiveScaling: { metric: metric as any, targetValue, schedulingBufferSeconds: buffer } });
            const spec = predictiveScalingPolicy(synthJson(stack)).predictive_scaling_configuration.metric_specification;
            const chosen = metric ?? (scalesOnRequests ? 'requests' : 'cpu');
            expect(spec.target_value).toBe(targetValue ?? (chosen === 'cpu' ? 50 : 500));
            expect(spec.target_value).toBeGreaterThan(0);
          } catch (e) {
            expect(e).toBeInstanceOf(InvalidPropError);
            expect((e as Error).message).toMatch(/invalid predictiveScaling\.(targetValue|schedulingBufferSeconds)/);
          }
        },
      ),
      { numRuns: 15 },
    );
  });
});

test('zonal shift is on by default and can be turned off; capacity tags carry the sizing', () => {
  const on = synthJson(build().stack);
  expect(values(on, 'aws_lb')[0].enable_zonal_shift).toBe(true);
  expect(values(on, 'aws_autoscaling_group')[0].tag).toEqual(
    expect.arrayContaining([
      { key: CAPACITY_TAGS.required, value: '4', propagate_at_launch: true },
      { key: CAPACITY_TAGS.zones, value: '3', propagate_at_launch: true },
    ]),
  );
  const off = synthJson(build({ zonalShift: false }).stack);
  expect(values(off, 'aws_lb')[0].enable_zonal_shift).toBe(false);
});
