export * from './recovery-objectives';
export * from './regional-failover';
export * from './arc-region-switch-plan';
export * from './arc-region-switch-route53-health-checks';
export * from './region-switch-plan';
export * from './arc-zonal-autoshift-configuration';
export * from './zonal-autoshift';
