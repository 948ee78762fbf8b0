export * from './alarm-channel';
export * from './slo-sli';
export * from './burn-rate-alarm';
export * from './slo-dashboard';
export * from './slo-alarms';
