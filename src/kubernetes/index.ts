export * from './k8s-names';
export * from './promql';
export * from './prometheus-rules';
export * from './slo-rules';
export * from './quantity';
export * from './resilient-deployment';
export * from './velero-schedule';
