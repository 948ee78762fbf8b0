export * from './alarm-channel';
export { RESERVED_QUERY_IDS, SloSli } from './slo-sli';
export type { AlbAvailabilitySliProps, AlbLatencySliProps, ApiGatewaySliProps, MetricMathSliProps, MetricPairSliProps, SliMetric, SliMetricQuery, SliQueries } from './slo-sli';
// private/ holds SloAlarms' internals (alarm names, queries, dashboard body) and the prop specs.
export * from './slo-alarms';
export * from './managed-prometheus-slos';
