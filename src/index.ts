export * from './core';
export * from './slo';
export * from './aws/observability/alarm-routing';
export * from './aws/observability/alarm-channel';
