export * from './drill-targets';
export * from './drill-plan';
export * from './drill-schedule';
export * from './drill-logs';
export * from './drill-outcome';
export * from './chaos-drill';
