export * from './region-placement';
export * from './resilient-table';
export * from './replicated-bucket';
