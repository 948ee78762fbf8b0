export * from './alarm-channel';
export * from './slo-sli';
// private/ holds SloAlarms' internals (alarm names, queries, dashboard body) and the prop specs.
export * from './slo-alarms';
