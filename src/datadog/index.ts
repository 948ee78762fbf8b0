// private/ holds the prop specs. Loaded lazily from the root index: importing the package does not load @cdktf/provider-datadog.
export { DATADOG_BURN_RATE_LIMITS, DatadogSlos, toDatadogSlo } from './datadog-slos';
export type { DatadogSloDefinition, DatadogSloSet, DatadogSlosProps } from './datadog-slos';
