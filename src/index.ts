export * from './core';
export * from './slo';
