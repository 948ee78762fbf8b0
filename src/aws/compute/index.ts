export * from './zone-capacity';
export * from './auto-scaled-service';
export * from './standby-capacity';
export * from './ssl-policies';
export * from './predictive-scaling';
export * from './rollback';
