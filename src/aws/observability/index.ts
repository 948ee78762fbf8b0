export * from './alarm-channel';
export { RESERVED_QUERY_IDS, SloSli } from './slo-sli';
export type { AlbAvailabilitySliProps, AlbLatencySliProps, ApiGatewaySliProps, MetricMathSliProps, MetricPairSliProps, SliMetric, SliMetricQuery, SliQueries } from './slo-sli';
// burn-rate-alarm.ts and slo-dashboard.ts are SloAlarms' internals (alarm names, queries, dashboard body).
export * from './slo-alarms';
