export * from './zone-capacity';
export * from './auto-scaled-service';
