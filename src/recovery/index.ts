export * from './achievement';
export * from './figures';
export { checkRecovery, chooseStrategy, Disruption, DISRUPTIONS, Objective, ObjectiveInput, parseObjective, RecoveryStrategy, RecoveryVerdict, STRATEGIES, STRATEGY_RTO } from './objectives-check';
// The tag list format (tagList, splitTagList) is the writer's and reader's own.
export { achievementFromTags, objectivesFromTags, recoveryTags } from './tags';
