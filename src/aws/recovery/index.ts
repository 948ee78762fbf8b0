export * from './figures';
export * from './recovery-objectives';
export { checkRecovery, chooseStrategy, Disruption, Objective, ObjectiveInput, RecoveryStrategy, RecoveryVerdict, STRATEGIES, STRATEGY_RTO } from './objectives-check';
