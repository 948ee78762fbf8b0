export * from './drill-targets';
// The experiment template, schedule, log and outcome builders are ChaosDrill's internals; their shapes are public.
export { DRILL_SCENARIOS } from './drill-plan';
export type { DrillLocation, DrillPlan, DrillPlanOptions, DrillPlanTargets, DrillScenario, FisActionSpec, FisTargetSpec, PolicyStatement } from './drill-plan';
export { DEFAULT_WINDOW, WEEKDAYS } from './drill-schedule';
export type { DrillSchedule, DrillWindow, Weekday } from './drill-schedule';
export { DRILL_END_STATES } from './drill-outcome';
export type { DrillOutcome } from './drill-outcome';
export * from './chaos-drill';
