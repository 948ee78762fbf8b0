import { CLOUDWATCH_LIMITS, METRIC_QUERY_ID_PATTERN } from '../../../core/cloudwatch-limits';
import { spec, StringSpec } from '../../../core/prop-spec';
import { DIMENSION_VALUE, METRIC_DIMENSIONS, METRIC_NAME, METRIC_NAMESPACE, METRIC_STATISTIC, METRIC_UNIT } from '../../common/prop-specs';
import type { AlbAvailabilitySliProps, AlbLatencySliProps, ApiGatewaySliProps, MetricMathSliProps, MetricPairSliProps, SliMetric } from '../slo-sli';

/** One metric an SLI reads; it lands in the window alarms' `metric_query.metric`. */
/** The SLI's summary and the SLI health alarm's description name the metric; descriptions are cut at synth. */
const NAMED = { refuse: 'the alarm descriptions name the metric, and they are cut to 1024 characters at synth' } as const;

export const SLI_METRIC = spec.object<SliMetric>(
  {
    namespace: { ...METRIC_NAMESPACE, required: 'the metric namespace, e.g. AWS/ApplicationELB or Checkout', tokens: NAMED },
    metricName: { ...METRIC_NAME, required: 'the metric name, e.g. RequestCount', tokens: NAMED },
    dimensions: METRIC_DIMENSIONS,
    statistic: METRIC_STATISTIC,
    unit: METRIC_UNIT,
  },
  { required: 'a metric { namespace, metricName, dimensions?, statistic?, unit? }', example: { namespace: 'Checkout', metricName: 'OrdersFailed', dimensions: { Env: 'prod' } } },
);

const INCLUDE_LB_ERRORS = spec.boolean({ tokens: { refuse: 'it decides which metrics the SLI reads' } });
const LOAD_BALANCER = { ...DIMENSION_VALUE, required: 'the ALB\'s ARN suffix (app/name/id), e.g. lb.arnSuffix' };

export const ALB_AVAILABILITY_SLI = spec.object<AlbAvailabilitySliProps>(
  { loadBalancer: LOAD_BALANCER, targetGroup: DIMENSION_VALUE, includeLoadBalancerErrors: INCLUDE_LB_ERRORS },
  { required: 'the SLI\'s props { loadBalancer, targetGroup?, includeLoadBalancerErrors? }', example: { loadBalancer: 'app/web/0123456789abcdef' } },
);

export const ALB_LATENCY_SLI = spec.object<AlbLatencySliProps>(
  {
    loadBalancer: LOAD_BALANCER,
    // Part of the statistic PR(:threshold); ALB's idle timeout is at most 4000 s (ELB API, idle_timeout.timeout_seconds).
    thresholdSeconds: spec.number({ required: 'requests slower than this many seconds are bad, e.g. 0.3', greaterThan: 0, max: 4000, tokens: { refuse: 'it is part of the statistic PR(:threshold)' } }),
    targetGroup: DIMENSION_VALUE,
    includeLoadBalancerErrors: INCLUDE_LB_ERRORS,
  },
  { required: 'the SLI\'s props { loadBalancer, thresholdSeconds, targetGroup?, includeLoadBalancerErrors? }', example: { loadBalancer: 'app/web/0123456789abcdef', thresholdSeconds: 0.3 } },
);

export const API_GATEWAY_SLI = spec.object<ApiGatewaySliProps>(
  { apiName: DIMENSION_VALUE, apiId: DIMENSION_VALUE, stage: DIMENSION_VALUE },
  { required: 'the SLI\'s props { apiName or apiId, stage? }', example: { apiName: 'orders', stage: 'prod' } },
);

export const METRIC_PAIR_SLI = spec.object<MetricPairSliProps>(
  { total: SLI_METRIC, bad: { ...SLI_METRIC, required: undefined }, good: { ...SLI_METRIC, required: undefined } },
  { required: 'the SLI\'s props { total, bad or good }', example: { total: { namespace: 'Checkout', metricName: 'Orders' }, bad: { namespace: 'Checkout', metricName: 'OrdersFailed' } } },
);

/** A metric-math expression of the user's: the window alarms put it in a query (the provider allows 1024 characters). */
const EXPRESSION: StringSpec = spec.text({ nonEmpty: true, maxLength: CLOUDWATCH_LIMITS.maxMetricExpressionLength, tokens: { refuse: 'it is checked against the metric ids and renamed per window' } });
const QUERY_ID: StringSpec = spec.name({ pattern: METRIC_QUERY_ID_PATTERN, what: 'a query id: a lower-case letter, then letters, digits and "_"' });

const METRICS_EXAMPLE = { failed: { namespace: 'Jobs', metricName: 'Failed', dimensions: { Queue: 'orders' } }, started: { namespace: 'Jobs', metricName: 'Started', dimensions: { Queue: 'orders' } } };

export const METRIC_MATH_SLI = spec.object<MetricMathSliProps>(
  {
    metrics: spec.map({ ...SLI_METRIC, required: undefined }, { required: 'the metrics by query id', keys: QUERY_ID, tokens: { refuse: 'each metric is a query of the alarms' }, example: METRICS_EXAMPLE }),
    total: { ...EXPRESSION, required: 'the expression for all events, e.g. FILL(a, 0) + FILL(b, 0)' },
    bad: EXPRESSION,
    good: EXPRESSION,
    healthMetric: { ...QUERY_ID, tokens: { refuse: 'it picks the metric the SLI health alarm reads' } },
  },
  { required: 'the SLI\'s props { metrics, total, bad or good, healthMetric? }', example: { metrics: METRICS_EXAMPLE, bad: 'FILL(failed, 0)', total: 'started' } },
);
