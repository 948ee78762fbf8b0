// PromQL rewriting, rule-group generation and cron parsing are SloRules' and VeleroSchedule's internals.
export type { EventsSli, PrometheusRule, PrometheusRuleGroup, PrometheusSli, RatioSli } from './prometheus-rules';
export * from './slo-rules';
export { toPrometheusSlo } from './slo-rule-set';
export { SloGrafanaDashboard } from './slo-grafana-dashboard';
export type { SloDashboardPanel, SloGrafanaDashboardProps } from './slo-grafana-dashboard';
export type { IntOrPercent } from './quantity';
export * from './resilient-deployment';
export { VeleroSchedule } from './velero-schedule';
export type { VeleroScheduleProps } from './velero-schedule';
export { ChaosMeshDrill, CHAOS_MESH_SCENARIOS } from './chaos-mesh-drill';
export type { ChaosMeshDrillProps, ChaosMeshOptIn, ChaosMeshScenario, ChaosMeshStatusCheck, IChaosMeshPods } from './chaos-mesh-drill';
