import { ResourceAlarmDefinition, ResourceAlarmMetric } from '../common/resource-alarm';

/** Every alarm key of a ResilientDatabase, and which engines have which. */
export const DATABASE_ALARM_KEYS = ['cpu', 'freeStorage', 'freeableMemory', 'connections', 'replicaLag', 'deadlocks'] as const;
export const AURORA_ONLY_ALARMS: readonly string[] = ['replicaLag', 'deadlocks'];
export const INSTANCE_ONLY_ALARMS: readonly string[] = ['freeStorage'];
/** Every alarm key of the copy in a recovery Region (`recoveryRegion.alarms`). */
export const COPY_ALARM_KEYS = ['replicationLag'] as const;

const MIB = 1024 ** 2;

/** What the alarm definitions need to know about the database. */
export interface DatabaseAlarmTarget {
  readonly aurora: boolean;
  /** `Aurora cluster <id>` or `database <id>`, for the summaries. */
  readonly what: string;
  /** Dimensions selecting the instance or the cluster. */
  readonly dimensions: Record<string, string>;
  /** Free-storage threshold in bytes (RDS instances; a token when the storage is one). */
  readonly freeStorageThresholdBytes: number;
}

/** The health alarms of a database: CPU, storage, memory and connections; replica lag and deadlocks on Aurora. */
export function databaseAlarmDefinitions(t: DatabaseAlarmTarget): ResourceAlarmDefinition[] {
  const metric = (metricName: string, statistic: string): ResourceAlarmMetric => ({ namespace: 'AWS/RDS', metricName, dimensions: t.dimensions, statistic });
  const base = { periodSeconds: 300, evaluationPeriods: 3, severity: 'ticket' as const };
  const defs: ResourceAlarmDefinition[] = [
    {
      ...base,
      key: 'cpu',
      summary: `CPU of ${t.what} is high${t.aurora ? ' on at least one instance' : ''}.`,
      runbook: 'Open Performance Insights for the top SQL by load; check for a missing index or a traffic spike; scale the instance class (or readers) if the load is legitimate.',
      metric: metric('CPUUtilization', t.aurora ? 'Maximum' : 'Average'),
      comparisonOperator: 'GreaterThanThreshold',
      threshold: 80,
      unit: 'percent',
    },
  ];
  if (!t.aurora) {
    defs.push({
      ...base,
      key: 'freeStorage',
      summary: `Free storage of ${t.what} is nearly exhausted: writes stop at zero.`,
      runbook: 'Storage autoscaling may have reached maxAllocatedStorageGiB: raise it or allocate more storage now; then find what grew (tables, logs, replication slots).',
      metric: metric('FreeStorageSpace', 'Minimum'),
      comparisonOperator: 'LessThanThreshold',
      threshold: t.freeStorageThresholdBytes,
      severity: 'page',
      evaluationPeriods: 2,
      unit: 'bytes',
    });
  }
  defs.push(
    {
      ...base,
      key: 'freeableMemory',
      summary: `Freeable memory of ${t.what} is low: the engine may swap or be restarted.`,
      runbook: 'Check connections and memory-hungry queries in Performance Insights; lower work_mem / buffer settings or move to a larger instance class.',
      metric: metric('FreeableMemory', 'Minimum'),
      comparisonOperator: 'LessThanThreshold',
      threshold: 256 * MIB,
      unit: 'bytes',
    },
    {
      ...base,
      key: 'connections',
      summary: `Connections to ${t.what} approach the limit: new connections will be refused.`,
      runbook: 'Find the client holding connections (pg_stat_activity / SHOW PROCESSLIST); check connection pool sizes and leaks; consider RDS Proxy.',
      metric: metric('DatabaseConnections', 'Maximum'),
      comparisonOperator: 'GreaterThanThreshold',
      threshold: undefined,
      evaluationPeriods: 2,
      unit: 'connections',
    },
  );
  if (t.aurora) {
    defs.push(
      {
        ...base,
        key: 'replicaLag',
        summary: `Aurora replicas of ${t.what} lag behind the writer: readers serve stale data.`,
        runbook: 'Check the write load on the writer and the readers\u2019 CPU and memory; a reader of a smaller class than the writer often lags.',
        metric: metric('AuroraReplicaLagMaximum', 'Maximum'),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 1000,
        unit: 'milliseconds',
      },
      {
        ...base,
        key: 'deadlocks',
        summary: `Transactions on ${t.what} deadlock.`,
        runbook: 'Find the statements in the engine log (deadlock details are logged); make transactions lock rows in the same order and keep them short.',
        metric: metric('Deadlocks', 'Average'),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0.1,
        treatMissingData: 'notBreaching',
        unit: 'deadlocks per second',
      },
    );
  }
  return defs;
}
