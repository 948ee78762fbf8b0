export * from './zone-capacity';
export * from './auto-scaled-service';
export * from './standby-capacity';
