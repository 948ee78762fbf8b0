import { ResourceAlarmDefinition } from '../common/resource-alarm';

/** Every alarm key of a RegionalFailover. */
export const FAILOVER_ALARM_KEYS = ['primaryUnhealthy', 'recoveryUnhealthy'] as const;

/**
 * The Region where Route 53 publishes its health-check metrics (`AWS/Route53` `HealthCheckStatus`): the alarms on
 * them are created there, and notify topics there (Route 53 Developer Guide, "Monitoring health checks using
 * CloudWatch": health-check metrics are in US East (N. Virginia) only; CloudWatch API Reference, PutMetricAlarm:
 * an alarm notifies SNS topics of its own Region).
 */
export const ROUTE53_METRICS_REGION = 'us-east-1';

/** The default severity of each alarm, for the routing check before the alarms exist. */
export const FAILOVER_ALARM_SEVERITIES: Readonly<Record<(typeof FAILOVER_ALARM_KEYS)[number], string>> = { primaryUnhealthy: 'page', recoveryUnhealthy: 'ticket' };

/** What the alarms read and say: the health check of each side and the two Regions. */
export interface FailoverAlarmInput {
  readonly primaryHealthCheckId: string;
  readonly recoveryHealthCheckId: string;
  readonly primaryRegion: string;
  readonly recoveryRegion: string;
}

const status = (healthCheckId: string) => ({ namespace: 'AWS/Route53', metricName: 'HealthCheckStatus', dimensions: { HealthCheckId: healthCheckId }, statistic: 'Minimum' });

/**
 * The alarms of a regional failover, on each side's health check (`AWS/Route53` `HealthCheckStatus`, Minimum per
 * minute, 1 healthy): the primary failing pages (traffic is moving), the standby failing is a ticket (a failover
 * now would fail). Missing data breaches: a health check that reports nothing is not known to be healthy.
 */
export function failoverAlarmDefinitions(f: FailoverAlarmInput): ResourceAlarmDefinition[] {
  return [
    {
      key: 'primaryUnhealthy',
      summary: `The primary region's endpoint (${f.primaryRegion}) fails its Route 53 health check: traffic fails over to ${f.recoveryRegion}.`,
      runbook: 'Confirm clients reach the recovery region; find why the primary fails (deploy, dependency, regional event); fail back only once it is healthy again (docs/disaster-recovery.md).',
      metric: status(f.primaryHealthCheckId),
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      severity: FAILOVER_ALARM_SEVERITIES.primaryUnhealthy,
      periodSeconds: 60,
      evaluationPeriods: 2,
      treatMissingData: 'breaching',
      unit: 'health status',
    },
    {
      key: 'recoveryUnhealthy',
      summary: `The recovery region's endpoint (${f.recoveryRegion}) fails its Route 53 health check: a failover now would fail.`,
      runbook: 'Fix the standby before it is needed: check its instances, its database replica and its configuration drift from the primary.',
      metric: status(f.recoveryHealthCheckId),
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      severity: FAILOVER_ALARM_SEVERITIES.recoveryUnhealthy,
      periodSeconds: 60,
      evaluationPeriods: 5,
      treatMissingData: 'breaching',
      unit: 'health status',
    },
  ];
}
