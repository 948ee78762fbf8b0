import { ResourceAlarmDefinition, ResourceAlarmMetric, ResourceAlarmQuery } from '../common/resource-alarm';

/** Every alarm key of an AutoScaledService (the user may tune these). */
export const SERVICE_ALARM_KEYS = ['elb5xxRate', 'target5xxRate', 'unhealthyHosts', 'noHealthyHosts', 'targetResponseTime', 'inServiceBelowDesired'] as const;
/** The alarms an instance refresh rolls back on. */
export const ROLLBACK_ALARM_KEYS = ['target5xxRate', 'unhealthyHosts'] as const;

const minute = { periodSeconds: 60, evaluationPeriods: 5, severity: 'ticket' as const, treatMissingData: 'notBreaching' as const };

/** Alarms on the load balancer and its targets, which exist before the group (the group's refresh rolls back on some). */
export function loadBalancerAlarmDefinitions(lbArnSuffix: string, tgArnSuffix: string): ResourceAlarmDefinition[] {
  const lbDim = { LoadBalancer: lbArnSuffix };
  const tgDim = { LoadBalancer: lbArnSuffix, TargetGroup: tgArnSuffix };
  const alb = (metricName: string, statistic: string, dimensions: Record<string, string> = tgDim): ResourceAlarmMetric => ({
    namespace: 'AWS/ApplicationELB',
    metricName,
    dimensions,
    statistic,
  });
  const rate = (errors: string, dims: Record<string, string>): ResourceAlarmQuery[] => [
    { id: 'errors', metric: alb(errors, 'Sum', dims) },
    { id: 'requests', metric: alb('RequestCount', 'Sum', dims) },
    { id: 'e1', expression: 'IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)', label: `${errors} percent of requests` },
  ];
  return [
    {
      ...minute,
      key: 'elb5xxRate',
      summary: 'The load balancer answers a high share of requests with its own 5xx (no healthy target, timeouts, connection errors).',
      runbook: 'Check healthy host count and target connection errors; if targets are healthy, check load balancer capacity and idle timeouts.',
      queries: rate('HTTPCode_ELB_5XX_Count', lbDim),
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 5,
      unit: 'percent',
    },
    {
      ...minute,
      key: 'target5xxRate',
      summary: 'The application answers a high share of requests with 5xx.',
      runbook: 'Check recent deploys (an instance refresh rolls back on this alarm), application logs and dependencies such as the database.',
      queries: rate('HTTPCode_Target_5XX_Count', tgDim),
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 5,
      unit: 'percent',
    },
    {
      ...minute,
      key: 'unhealthyHosts',
      summary: 'Some targets fail their load balancer health check.',
      runbook: 'Auto Scaling replaces them after the grace period; if it repeats, check the health check path, instance logs (Session Manager) and a recent deploy.',
      metric: alb('UnHealthyHostCount', 'Maximum'),
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
      unit: 'instances',
    },
    {
      ...minute,
      key: 'noHealthyHosts',
      summary: 'No target is healthy: the service is down.',
      runbook: 'Check the Auto Scaling activity history and instance health; roll back the last deploy; check the database and other dependencies of the health check.',
      metric: alb('HealthyHostCount', 'Minimum'),
      comparisonOperator: 'LessThanThreshold',
      threshold: 1,
      severity: 'page',
      evaluationPeriods: 2,
      treatMissingData: 'breaching',
      unit: 'instances',
    },
    {
      ...minute,
      key: 'targetResponseTime',
      summary: 'The slowest 1% of requests are slow.',
      runbook: 'Check CPU and scaling activity, database latency and recent deploys.',
      metric: alb('TargetResponseTime', 'p99'),
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 1,
      unit: 'seconds',
    },
  ];
}

/** The group cannot reach its desired capacity. */
export function groupAlarmDefinitions(groupName: string): ResourceAlarmDefinition[] {
  const group = (metricName: string): ResourceAlarmMetric => ({ namespace: 'AWS/AutoScaling', metricName, dimensions: { AutoScalingGroupName: groupName }, statistic: 'Average' });
  return [
    {
      key: 'inServiceBelowDesired',
      summary: 'The group has fewer instances in service than it wants: launches are failing or instances keep failing health checks.',
      runbook: 'Read the Auto Scaling activity history: insufficient capacity in a zone (add instance types), a quota, a bad AMI or user data, or failing health checks.',
      queries: [
        { id: 'desired', metric: group('GroupDesiredCapacity') },
        { id: 'inservice', metric: group('GroupInServiceInstances') },
        { id: 'e1', expression: 'desired - inservice', label: 'instances missing' },
      ],
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 0,
      severity: 'ticket',
      periodSeconds: 60,
      evaluationPeriods: 15,
      treatMissingData: 'missing',
      unit: 'instances',
    },
  ];
}
