import { ResourceAlarmDefinition, ResourceAlarmOverride } from '../common/resource-alarm';
import { FIGURES } from '../../recovery/figures';

/** Alarms a `ResilientTable` creates. Each can be tuned or turned off. */
export interface ResilientTableAlarms {
  /**
   * Throttled requests: `ReadThrottleEvents` plus `WriteThrottleEvents` of the table (Sum per period). Unit: events.
   * @default - above 10 in 2 of 3 periods of 5 minutes, ticket
   */
  readonly throttledRequests?: ResourceAlarmOverride;
  /**
   * DynamoDB internal errors (HTTP 500): `SystemErrors` summed over every operation that publishes it, as two
   * alarms (`systemErrors` and `systemErrors-2`: at most 10 metrics per alarm); the override applies to both. Unit: errors.
   * @default - above 5 in 2 of 3 periods of 5 minutes, in either group of operations, ticket
   */
  readonly systemErrors?: ResourceAlarmOverride;
  /**
   * Replication to a replica region is slow (`ReplicationLatency`, Average, per `ReceivingRegion`): one alarm
   * per replica region. Only with `replicas`. Unit: milliseconds.
   * @default - average above 5000 ms (the region RPO the table reports) for 3 periods of 5 minutes, ticket
   */
  readonly replicationLatency?: ResourceAlarmOverride;
  /**
   * Consumed read capacity near the autoscaling maximum (`ConsumedReadCapacityUnits` per second). Provisioned
   * tables only. Unit: read capacity units per second.
   * @default - above 80% of readCapacity.max for 3 periods of 5 minutes, ticket
   */
  readonly consumedReadCapacity?: ResourceAlarmOverride;
  /**
   * Consumed write capacity near the autoscaling maximum (`ConsumedWriteCapacityUnits` per second). Provisioned
   * tables only. Unit: write capacity units per second.
   * @default - above 80% of writeCapacity.max for 3 periods of 5 minutes, ticket
   */
  readonly consumedWriteCapacity?: ResourceAlarmOverride;
}

/** Every key of {@link ResilientTableAlarms}. */
export const TABLE_ALARM_KEYS = ['throttledRequests', 'systemErrors', 'replicationLatency', 'consumedReadCapacity', 'consumedWriteCapacity'] as const;
/** Keys that apply to provisioned tables only. */
export const PROVISIONED_ALARM_KEYS = ['consumedReadCapacity', 'consumedWriteCapacity'];

/**
 * Every operation DynamoDB publishes `SystemErrors` for with the `TableName` and `Operation` dimensions (DynamoDB
 * Developer Guide, "DynamoDB Metrics and dimensions": the Operation dimension's values, DynamoDB Streams'
 * GetRecords included), in two groups: CloudWatch takes at most 10 metrics in one alarm (PutMetricAlarm), so the
 * systemErrors alarm is two alarms, the first keeping its logical id.
 */
export const SYSTEM_ERROR_OPERATIONS: readonly (readonly string[])[] = [
  ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'Scan', 'BatchGetItem', 'BatchWriteItem', 'TransactWriteItems', 'TransactGetItems'],
  ['ExecuteStatement', 'BatchExecuteStatement', 'ExecuteTransaction', 'GetRecords'],
];
/** Share of the autoscaling maximum at which the consumed-capacity alarms fire. */
const NEAR_LIMIT = 0.8;

const NS = 'AWS/DynamoDB';

/** The throttle and system-error alarms every table has. */
export function tableHealthAlarms(tableName: string, what: string): ResourceAlarmDefinition[] {
  const dims = { TableName: tableName };
  return [
    {
      key: 'throttledRequests',
      summary: `Requests to ${what} are throttled: callers see ProvisionedThroughputExceeded or ThrottlingException after retries.`,
      runbook:
        'Open CloudWatch Contributor Insights (or the table metrics) for hot partition keys; for provisioned tables check that autoscaling reached its max and raise it; for on-demand tables check the max request units and sudden traffic above twice the previous peak.',
      queries: [
        { id: 'r', metric: { namespace: NS, metricName: 'ReadThrottleEvents', dimensions: dims, statistic: 'Sum' } },
        { id: 'w', metric: { namespace: NS, metricName: 'WriteThrottleEvents', dimensions: dims, statistic: 'Sum' } },
        { id: 'e1', expression: 'FILL(r, 0) + FILL(w, 0)', label: 'Throttle events' },
      ],
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 10,
      severity: 'ticket',
      periodSeconds: 300,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: 'notBreaching',
      unit: 'events',
    },
    ...SYSTEM_ERROR_OPERATIONS.map((operations, group): ResourceAlarmDefinition => ({
      key: 'systemErrors',
      // The first group keeps the alarm's logical id and name; the second is `systemErrors-2`.
      ...(group === 0 ? {} : { constructId: `systemErrors-${group + 1}-alarm`, nameSuffix: `systemErrors-${group + 1}` }),
      summary: `DynamoDB returns internal errors (HTTP 500) for ${what} (${operations.join(', ')}).`,
      runbook: 'Check the AWS Health Dashboard for DynamoDB in this region; SDK retries absorb isolated errors. If errors persist and the table is global, shift traffic to a replica region.',
      queries: [
        ...operations.map((operation, i) => ({
          id: `m${i}`,
          metric: { namespace: NS, metricName: 'SystemErrors', dimensions: { ...dims, Operation: operation }, statistic: 'Sum' },
        })),
        { id: 'e1', expression: operations.map((_, i) => `FILL(m${i}, 0)`).join(' + '), label: 'System errors' },
      ],
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 5,
      severity: 'ticket',
      periodSeconds: 300,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      treatMissingData: 'notBreaching',
      unit: 'errors',
    })),
  ];
}

/** The replication-latency alarm for one receiving region (created once per replica). */
export function replicationLatencyAlarm(tableName: string, what: string, receivingRegion: string): ResourceAlarmDefinition {
  return {
    key: 'replicationLatency',
    summary: `Writes to ${what} reach the replica in ${receivingRegion} late: a region failure now would lose more than the reported RPO.`,
    runbook: `Check throttling and capacity of the replica in ${receivingRegion} (provisioned replicas must scale like the primary) and the AWS Health Dashboard for either region; if the primary region is impaired, shift traffic to ${receivingRegion}.`,
    metric: { namespace: NS, metricName: 'ReplicationLatency', dimensions: { TableName: tableName, ReceivingRegion: receivingRegion }, statistic: 'Average' },
    comparisonOperator: 'GreaterThanThreshold',
    threshold: FIGURES.dynamodbGlobalTableLag.seconds * 1000,
    severity: 'ticket',
    periodSeconds: 300,
    evaluationPeriods: 3,
    unit: 'milliseconds',
  };
}

/** The consumed-capacity alarms of a provisioned table: per-second consumption near the autoscaling maximum. */
export function consumedCapacityAlarms(tableName: string, what: string, maxRead: number, maxWrite: number): ResourceAlarmDefinition[] {
  const alarm = (direction: 'Read' | 'Write', max: number): ResourceAlarmDefinition => ({
    key: `consumed${direction}Capacity`,
    summary: `${direction} consumption of ${what} is near the autoscaling maximum (${max} units): throttling follows when it is reached.`,
    runbook: `Raise ${direction.toLowerCase()}Capacity.max (and the account's per-table quota if needed), or find the caller whose traffic grew; consider on-demand capacity for spiky load.`,
    queries: [
      { id: 'm', metric: { namespace: NS, metricName: `Consumed${direction}CapacityUnits`, dimensions: { TableName: tableName }, statistic: 'Sum' } },
      { id: 'e1', expression: 'm / PERIOD(m)', label: `Consumed ${direction.toLowerCase()} capacity units per second` },
    ],
    comparisonOperator: 'GreaterThanThreshold',
    threshold: Math.round(max * NEAR_LIMIT * 100) / 100,
    severity: 'ticket',
    periodSeconds: 300,
    evaluationPeriods: 3,
    treatMissingData: 'notBreaching',
    unit: 'capacity units per second',
  });
  return [alarm('Read', maxRead), alarm('Write', maxWrite)];
}
