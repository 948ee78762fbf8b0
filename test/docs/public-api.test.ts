import * as lib from '../../src';

/**
 * The curated public API: constructs, their props and models, the rule pack
 * and the helpers the docs name are exported from the package root; internal
 * helpers are not (a user importing one would pin an implementation detail).
 */
describe('public API', () => {
  const names = Object.keys(lib);

  test.each([
    'AlarmChannel', 'SloAlarms', 'SloSli', 'MultiAzNetwork', 'AutoScaledService', 'ResilientDatabase', 'ReliableConstruct',
    'ResilientDeployment', 'SloRules', 'VeleroSchedule', 'ServiceLevelObjective', 'ReliabilityChecks', 'checkStack',
    'InvalidPropError', 'NameCollisionError', 'ReliabilityError', 'planSubnets', 'zoneHeadroom', 'resourceAlarm', 'resourceAlarms',
    'errorBudgetReport', 'formatReportMarkdown', 'formatReportText', 'detectionTime', 'timeToExhaustion', 'DATABASE_ENGINES',
    'SLO_ANNOTATION', 'SINGLE_REPLICA_ANNOTATION', 'tagConstruct', 'physicalName', 'BackupPlan', 'BACKUP_PRESETS',
    'RecoveryObjectives', 'RegionalFailover', 'ALERT_CATALOGUES',
  ])('exports %s', (name) => {
    expect(names).toContain(name);
  });

  test.each([
    'fit', 'percent', 'mdCell', 'markdownTable', 'textTable', 'sloTags', 'windowAlarm', 'compositeAlarm', 'sloDashboardBody', 'renameIds',
    'alarmDescription', 'checkAlarmOverrideKeys', 'parseCidr', 'formatCidr', 'blockSize', 'ENGINE_FACTS', 'performanceInsightsRetentionProblem',
    'sloRuleGroups', 'errorRatioExpr', 'substituteWindow', 'checkPromql', 'promqlSyntaxErrors', 'cronProblem', 'goDurationSeconds',
    'clean', 'resolveAlerts', 'normalizeRule', 'normalizeRules', 'normalizeRestoreTesting', 'auditControls', 'checkTimezone',
    // Curated out with the exports map (issue 26.3): each serves one construct, rule or the CLI.
    'isUnresolved', 'requireAwsProvider', 'pinnedAwsProviderVersion', 'resolveAlarms', 'checkAlarmRegion', 'plainDecimal',
    'percentRankStatistic', 'capacityTags', 'checkRecoveryRegion', 'placeRecoveryRegion', 'checkRoutingRegion', 'scheduleInterval',
    'regionSwitchPlanJson', 'documentKind', 'writeSuppressions', 'providerNameOf', 'bucketVersioned', 'routedAlarms',
    'resourceLines', 'capacityOf', 'suppressionsInJson', 'applicableSuppression', 'drillPlan', 'drillLogs', 'cronExpression',
    'alarmLine', 'tagList', 'splitTagList',
  ])('keeps the internal helper %s out', (name) => {
    expect(names).not.toContain(name);
  });
});
