import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { capacityTags } from '../../../src/aws/compute/capacity-tags';
import { choosePredictiveScaling, predictiveScalingPolicy } from '../../../src/aws/compute/predictive-scaling';
import { RollbackAlarms } from '../../../src/aws/compute/rollback';
import { standbyCapacity, standbyScaleUpStep } from '../../../src/aws/compute/standby-capacity';
import { capacityAfterZoneLoss, zoneHeadroom } from '../../../src/aws/compute/zone-capacity';
import { planSubnets, SubnetPlanError } from '../../../src/aws/network/subnet-plan';
import { InvalidPropError, PropError } from '../../../src/core/errors';
import { expectThrown, testStack } from '../../harness';

/**
 * Issue 21, item 1: the exported helpers of compute and network check their
 * arguments like a construct checks its props (null, {}, wrong types, tokens),
 * with a PropError naming the argument where there is no construct.
 */

const primary = { zoneHeadroom: { requiredCapacity: 4 }, minCapacity: 6, maxCapacity: 12 };
const numberToken = () => new TerraformVariable(testStack().stack, 'n', { type: 'number' }).numberValue;

function propError(call: () => unknown, prop: string, message: string): PropError {
  const error = expectThrown(call, PropError);
  expect(error).not.toBeInstanceOf(InvalidPropError);
  expect(error.prop).toBe(prop);
  expect(error.message).toContain(message);
  return error;
}

describe('the helpers refuse what a construct would, naming the argument', () => {
  test.each<[string, () => unknown, string, string]>([
    ['zoneHeadroom(null, 3)', () => zoneHeadroom(null as never, 3), 'requiredCapacity', 'is required: the instances the service needs at peak (null is not a value)'],
    ['zoneHeadroom("4", 3)', () => zoneHeadroom('4' as never, 3), 'requiredCapacity', 'must be a number (got a string)'],
    ['zoneHeadroom(4, undefined)', () => zoneHeadroom(4, undefined as never), 'zoneCount', 'is required: the number of zones the group spreads over'],
    ['zoneHeadroom(4, NaN)', () => zoneHeadroom(4, NaN), 'zoneCount', 'must be an integer from 2 to 16'],
    ['zoneHeadroom(token, 3)', () => zoneHeadroom(numberToken(), 3), 'requiredCapacity', 'must be known at synth'],
    ['capacityAfterZoneLoss(-1, 3)', () => capacityAfterZoneLoss(-1, 3), 'size', 'must be an integer >= 0 (argument of capacityAfterZoneLoss)'],
    ['standbyCapacity(null, ...)', () => standbyCapacity(null as never, { strategy: 'pilot-light' }), 'primary', 'null is not a value'],
    ['standbyCapacity({}, ...)', () => standbyCapacity({} as never, { strategy: 'pilot-light' }), 'primary.zoneHeadroom', "is required: the primary's zone-failure sizing"],
    ['standbyCapacity(primary, {})', () => standbyCapacity(primary, {} as never), 'options.strategy', 'is required: the strategy for a Region disruption'],
    ['standbyCapacity(primary, null)', () => standbyCapacity(primary, null as never), 'options', 'null is not a value'],
    ['standbyCapacity with a misspelt option', () => standbyCapacity(primary, { strategy: 'warm-standby', shares: 0.5 } as never), 'options.shares', 'invalid options.shares 0.5: is not a known prop (did you mean share?)'],
    ['standbyCapacity with an unknown strategy', () => standbyCapacity(primary, { strategy: 'hot' as never }), 'options.strategy', 'must be one of "backup-restore", "pilot-light", "warm-standby", "active-active"'],
    ['standbyCapacity with a string minimum', () => standbyCapacity({ ...primary, minCapacity: '6' as never }, { strategy: 'active-active' }), 'primary.minCapacity', 'must be a number (got a string)'],
    ['standbyScaleUpStep(primary, null)', () => standbyScaleUpStep(primary, null as never), 'options', 'null is not a value'],
    ['capacityTags({})', () => capacityTags({} as never), 'c.headroom', 'is required'],
    ['capacityTags with an unknown mode', () => capacityTags({ headroom: zoneHeadroom(4, 3), predictiveMode: 'Always' }), 'c.predictiveMode', 'must be one of "ForecastOnly", "ForecastAndScale"'],
  ])('%s', (_name, call, prop, message) => {
    propError(call, prop, message);
  });

  test('a warm standby of a primary whose minimum is a token is refused (its share cannot be computed); pilot light carries the token maximum', () => {
    const min = numberToken();
    propError(() => standbyCapacity({ ...primary, minCapacity: min }, { strategy: 'warm-standby' }), 'primary.minCapacity', 'must be known at synth for a warm standby');
    propError(() => standbyScaleUpStep({ ...primary, minCapacity: min }, { strategy: 'pilot-light' }), 'primary.minCapacity', 'must be known at synth: the step names the size');
    const max = numberToken();
    expect(standbyCapacity({ ...primary, maxCapacity: max }, { strategy: 'pilot-light' }).maxCapacity).toBe(max);
  });

  test('planSubnets: a SubnetPlanError naming the option as the network names it (cidr, zoneCount, <tier>SubnetPrefixLength)', () => {
    expect(expectThrown(() => planSubnets(null as never), SubnetPlanError).message).toContain('invalid options null');
    expect(expectThrown(() => planSubnets({} as never), SubnetPlanError).prop).toBe('cidr');
    expect(expectThrown(() => planSubnets({ vpcCidr: '10.00.0.0/16', zoneCount: 3 }), SubnetPlanError).message).toContain('no leading zeros');
    expect(expectThrown(() => planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: '3' as never }), SubnetPlanError).prop).toBe('zoneCount');
    expect(expectThrown(() => planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: 3, prefixLengths: { private: null as never } }), SubnetPlanError).prop).toBe('privateSubnetPrefixLength');
    expect(expectThrown(() => planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: 3, prefixLengths: { privat: 20 } as never }), SubnetPlanError).message).toContain('did you mean private?');
  });
});

describe('helpers that take a construct refuse under its path', () => {
  test('choosePredictiveScaling: null settings, a misspelt one, and a context that is not one', () => {
    const scope = new Construct(testStack().stack, 'svc');
    const ctx = { autoScalingGroupName: 'g', requestResourceLabel: 'app/lb/1/targetgroup/tg/2', trackedTargets: { cpu: 50 } };
    expect(expectThrown(() => choosePredictiveScaling(scope, null as never, ctx), InvalidPropError).message).toBe('test/svc: invalid predictiveScaling null: is required: the predictive scaling settings ({} for the defaults) (null is not a value)');
    expect(expectThrown(() => choosePredictiveScaling(scope, { mod: 'ForecastOnly' } as never, ctx), InvalidPropError).prop).toBe('predictiveScaling.mod');
    expect(expectThrown(() => choosePredictiveScaling(scope, {}, {} as never), InvalidPropError).prop).toBe('context.autoScalingGroupName');
    expect(expectThrown(() => choosePredictiveScaling(scope, { targetValue: 120 }, ctx), InvalidPropError).message).toContain('invalid predictiveScaling.targetValue 120: must be a number <= 100 and > 0');
    expect(choosePredictiveScaling(scope, {}, ctx)).toEqual({ mode: 'ForecastOnly', metric: 'cpu', targetValue: 50 });
  });

  test('choosePredictiveScaling and predictiveScalingPolicy: a scope that is no construct is a PropError naming the function', () => {
    const ctx = { autoScalingGroupName: 'g', requestResourceLabel: 'app/lb/1/targetgroup/tg/2', trackedTargets: { cpu: 50 } };
    propError(() => choosePredictiveScaling(undefined as never, {}, ctx), 'scope', 'must be a construct: the service whose props the settings are (argument of choosePredictiveScaling)');
    propError(() => predictiveScalingPolicy({} as never, {}, ctx), 'scope', 'must be a construct: the service the policy is created in (argument of predictiveScalingPolicy)');
  });

  test('RollbackAlarms: a scope that is no construct, and names that are not strings', () => {
    const scope = new Construct(testStack().stack, 'svc');
    expect(expectThrown(() => new RollbackAlarms(null as never, []), PropError).prop).toBe('scope');
    expect(expectThrown(() => new RollbackAlarms(scope, [1] as never), InvalidPropError).message).toBe('test/svc: invalid builtIn[0] 1: must be a string (got a number)');
    expect(expectThrown(() => new RollbackAlarms(scope, []).add('rollBackOn', [{}] as never), InvalidPropError).prop).toBe('rollBackOn[0]');
  });

  test('RollbackAlarms: AWS watches up to 10 alarms per instance refresh (API reference, AlarmSpecification), so the 11th is refused and nothing is added', () => {
    const scope = new Construct(testStack().stack, 'svc');
    const arn = (i: number) => `arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-${i}`;
    const rollback = new RollbackAlarms(scope, ['svc-5xx', 'svc-unhealthy']);
    rollback.add('rollBackOn', [1, 2, 3, 4, 5, 6, 7, 8].map(arn));
    expect(rollback.alarmNames).toHaveLength(10);
    rollback.add('rollBackOn', [arn(1)]);
    expect(rollback.alarmNames).toHaveLength(10);
    const e = expectThrown(() => rollback.add('rollBackOn', [arn(9)]), InvalidPropError);
    expect(e.prop).toBe('rollBackOn');
    expect(e.message).toMatch(/would make the instance refresh watch 11 alarms \(10 already: svc-5xx, svc-unhealthy, slo-1, .*\); AWS takes up to 10 per refresh/);
    expect(rollback.alarmNames).toHaveLength(10);
  });
});
