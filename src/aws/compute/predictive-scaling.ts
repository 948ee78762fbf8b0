import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkScopeArgument } from '../../core/function-arguments';
import { checkBySpec, spec } from '../../core/prop-spec';
import { isUnresolved } from '../../core/tokens';
import { checkNumber } from '../../core/validation';
import { PREDICTIVE_SCALING } from './private/scaling-specs';

/** Load metrics predictive scaling can forecast for a service behind a load balancer (AWS predefined metric pairs). */
export type PredictiveMetric = 'cpu' | 'requests' | 'network-in' | 'network-out';

const PAIRS: Record<PredictiveMetric, string> = {
  cpu: 'ASGCPUUtilization',
  requests: 'ALBRequestCount',
  'network-in': 'ASGNetworkIn',
  'network-out': 'ASGNetworkOut',
};

/**
 * Predictive scaling: EC2 Auto Scaling learns the daily and weekly pattern of
 * the load (it needs 24 hours of history, and forecasts from up to 14 days)
 * and launches capacity ahead of the forecast, beside target tracking.
 */
export interface PredictiveScaling {
  /**
   * `ForecastOnly` publishes forecasts to compare with the real load without acting; `ForecastAndScale` also
   * raises the group's minimum ahead of the forecast. Start with forecasts, switch once they track the load.
   * @default 'ForecastOnly'
   */
  readonly mode?: 'ForecastOnly' | 'ForecastAndScale';
  /**
   * The load the forecast is made of: `requests` (load balancer requests per instance), `cpu`, `network-in`
   * or `network-out`.
   * @default - what the service scales on: `requests` with `requestsPerTarget`, else `cpu`
   */
  readonly metric?: PredictiveMetric;
  /**
   * Target per instance of the metric (percent CPU, requests per instance, bytes).
   * @default - the target of the service's target-tracking policy on that metric (required for a metric it does not track)
   */
  readonly targetValue?: number;
  /**
   * Seconds before the forecast need that instances are launched (their boot and warm-up time), below 3600 (the
   * forecast interval).
   * @default 300
   */
  readonly schedulingBufferSeconds?: number;
  /**
   * Let a forecast above the group's maximum raise the maximum, by at most this percent of it.
   * @default - the maximum is honoured
   */
  readonly maxCapacityBufferPercent?: number;
}

/** What predictive scaling needs to know about the service. */
export interface PredictiveScalingContext {
  readonly autoScalingGroupName: string;
  /** `<lb arn suffix>/<target group arn suffix>`, the resource label of the request metrics. */
  readonly requestResourceLabel: string;
  /** The target-tracking targets the service has, by metric. */
  readonly trackedTargets: Partial<Record<PredictiveMetric, number>>;
}

/** The mode, metric and target predictive scaling uses, after defaults. */
export interface PredictiveScalingChoice {
  readonly mode: 'ForecastOnly' | 'ForecastAndScale';
  readonly metric: PredictiveMetric;
  readonly targetValue: number;
}

/** What the service tells predictive scaling (the arguments of the exported functions below, checked like props). */
const CONTEXT = spec.object<PredictiveScalingContext>(
  {
    autoScalingGroupName: spec.text({ required: 'the name of the Auto Scaling group' }),
    requestResourceLabel: spec.text({ required: 'the resource label of the request metrics: <load balancer arn suffix>/<target group arn suffix>' }),
    trackedTargets: spec.object<Partial<Record<PredictiveMetric, number>>>(
      { cpu: spec.number({ greaterThan: 0, max: 100 }), requests: spec.number({ greaterThan: 0 }), 'network-in': spec.number({ greaterThan: 0 }), 'network-out': spec.number({ greaterThan: 0 }) },
      { required: 'the targets of the target-tracking policies, by metric' },
    ),
  },
  { required: 'what predictive scaling needs of the service' },
);

/** Picks and checks the metric pair and target (errors name `predictiveScaling.<prop>`). */
export function choosePredictiveScaling(scope: Construct, p: PredictiveScaling, ctx: PredictiveScalingContext): PredictiveScalingChoice {
  checkScopeArgument('choosePredictiveScaling', scope, 'the service whose props the settings are');
  checkBySpec(scope, 'predictiveScaling', p, { ...PREDICTIVE_SCALING, required: 'the predictive scaling settings ({} for the defaults)' });
  checkBySpec(scope, 'context', ctx, CONTEXT);
  const metric: PredictiveMetric = p.metric ?? (ctx.trackedTargets.requests !== undefined ? 'requests' : 'cpu');
  const targetValue = p.targetValue ?? ctx.trackedTargets[metric];
  if (targetValue === undefined) {
    const tracked = Object.keys(ctx.trackedTargets).join(', ') || 'nothing';
    throw new InvalidPropError(scope, 'predictiveScaling.targetValue', undefined, `is required to forecast ${metric}: the service does not scale on it (it tracks ${tracked}), so there is no target to forecast against`);
  }
  if (metric === 'cpu') checkNumber(scope, 'predictiveScaling.targetValue', targetValue, { greaterThan: 0, max: 100 });
  return { mode: p.mode ?? 'ForecastOnly', metric, targetValue };
}

/** A number for a string argument: a token as its expression (never `String()` of the number that encodes it). */
function numberText(n: number): string {
  return isUnresolved(n) ? Token.asString(n) : String(n);
}

/** The predictive scaling policy of a group (policy type `PredictiveScaling`). */
export function predictiveScalingPolicy(scope: Construct, p: PredictiveScaling, ctx: PredictiveScalingContext): AutoscalingPolicy {
  checkScopeArgument('predictiveScalingPolicy', scope, 'the service the policy is created in');
  const c = choosePredictiveScaling(scope, p, ctx);
  const buffer = p.maxCapacityBufferPercent;
  return new AutoscalingPolicy(scope, 'predictive-scaling', {
    name: 'predictive-scaling',
    autoscalingGroupName: ctx.autoScalingGroupName,
    policyType: 'PredictiveScaling',
    predictiveScalingConfiguration: {
      mode: c.mode,
      // Strings in the provider's schema: a token is carried as its expression, never as the number that encodes it.
      schedulingBufferTime: numberText(p.schedulingBufferSeconds ?? 300),
      maxCapacityBreachBehavior: buffer === undefined ? 'HonorMaxCapacity' : 'IncreaseMaxCapacity',
      maxCapacityBuffer: buffer === undefined ? undefined : numberText(buffer),
      metricSpecification: {
        targetValue: c.targetValue,
        predefinedMetricPairSpecification: {
          predefinedMetricType: PAIRS[c.metric],
          resourceLabel: c.metric === 'requests' ? ctx.requestResourceLabel : undefined,
        },
      },
    },
  });
}
