export * from './region-placement';
export * from './recovery-figures';
export * from './resilient-table';
export * from './replicated-bucket';
