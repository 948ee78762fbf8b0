export * from './promql';
export * from './prometheus-rules';
export * from './slo-rules';
export type { IntOrPercent } from './quantity';
export * from './resilient-deployment';
export * from './velero-schedule';
