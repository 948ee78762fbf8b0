export * from './core';
export * from './slo';
export * from './aws/observability';
export * from './aws/network';
export * from './aws/compute';
export * from './aws/database';
export * from './kubernetes';
export * from './checks';
