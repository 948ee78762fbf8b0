export * from './core';
export * from './slo';
export * from './aws/observability';
export * from './kubernetes';
export * from './checks';
