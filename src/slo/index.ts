export { SloDefinitionError } from '../core/errors';
export * from './duration';
// `clean` (float rounding) and `resolveAlerts` are the model's internals.
export { ALERT_CATALOGUES, PERIOD_SECONDS, summarizeAlert, windowsOf } from './alert-policy';
export type { BurnRateAlert, BurnRateAlertSpec, BurnRateAlertSummary, SloPeriod } from './alert-policy';
export * from './objective';
export * from './timing';
// alarmLine is the text report's own line format.
export { DEFAULT_METRICS_PER_ALARM, errorBudgetReport, formatReportMarkdown, formatReportText, REPORT_BURN_RATES } from './report';
export type { AlertReport, ErrorBudgetReportOptions, ReportedSloDefinition, SloReport } from './report';
export * from './alarm-plan';
// SLI_HEALTH_OPTION_KEYS is for the library's own prop checks.
export { CLOUDWATCH_SLI_HEALTH_DEFAULT, missingForFromTraffic, PROMETHEUS_SLI_HEALTH_DEFAULT, resolveSliHealth, SLI_ALWAYS_REPORTED_DEFAULT } from './sli-health';
export type { SliHealth, SliHealthOptions } from './sli-health';
export { SloSpecError } from '../core/errors';
export { loadOpenSlo } from './openslo';
export type { LoadOpenSloOptions } from './openslo';
export { loadSlothSpec } from './sloth';
export type { LoadSlothSpecOptions } from './sloth';
export { sliSourceFor } from './slo-source';
export type { CloudWatchMetricSource, CloudWatchSliSource, DatadogSliSource, LoadedSlo, PrometheusSliSource, SliBackend, SliSource, SloOrigin } from './slo-source';
// BUDGET_EXHAUSTED_OPTION_KEYS is for the library's own prop checks.
export { budgetExhaustedSignal, resolveBudgetExhausted } from './budget-exhausted';
export type { BudgetExhaustedOptions, BudgetExhaustedSignal } from './budget-exhausted';
