export * from './recovery-objectives';
export * from './regional-failover';
// regionSwitchPlanJson is the binding's own serializer.
export { ArcRegionSwitchPlan, REGION_SWITCH_MIN_PROVIDER_VERSION } from './arc-region-switch-plan';
export type { ArcApprovalConfig, ArcAssociatedAlarm, ArcBlockStep, ArcEc2AsgCapacityConfig, ArcGlobalAuroraConfig, ArcParallelStep, ArcRecordSet, ArcRegionSwitchPlanConfig, ArcRoute53HealthCheckConfig, ArcStep, ArcWorkflow } from './arc-region-switch-plan';
export * from './arc-region-switch-route53-health-checks';
export * from './region-switch-plan';
export * from './arc-zonal-autoshift-configuration';
export * from './zonal-autoshift';
