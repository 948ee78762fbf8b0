export * from './achievement';
export * from './figures';
export { checkRecovery, chooseStrategy, Disruption, DISRUPTIONS, Objective, ObjectiveInput, parseObjective, RecoveryStrategy, RecoveryVerdict, STRATEGIES, STRATEGY_RTO } from './objectives-check';
export * from './tags';
