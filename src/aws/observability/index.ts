export * from './alarm-channel';
export * from './slo-sli';
// burn-rate-alarm.ts and slo-dashboard.ts are SloAlarms' internals (alarm names, queries, dashboard body).
export * from './slo-alarms';
