import { Op, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { FIGURES } from '../../recovery/figures';
import { ResourceAlarmDefinition, ResourceAlarmMetric } from '../common/resource-alarm';

/** Every alarm key of a ResilientDatabase, and which engines have which. */
export const DATABASE_ALARM_KEYS = ['cpu', 'freeStorage', 'freeableMemory', 'connections', 'replicaLag', 'deadlocks'] as const;
export const AURORA_ONLY_ALARMS: readonly string[] = ['replicaLag', 'deadlocks'];
export const INSTANCE_ONLY_ALARMS: readonly string[] = ['freeStorage'];
/** Every alarm key of the copy in a recovery Region (`recoveryRegion.alarms`). */
export const COPY_ALARM_KEYS = ['replicationLag'] as const;

const MIB = 1024 ** 2;
const GIB = 1024 ** 3;

/** Refuses an override of an alarm the engine does not have (replica lag on an instance, free storage on Aurora). */
export function checkAlarmsApply(scope: IConstruct, alarms: object | undefined, aurora: boolean, engine: string): void {
  for (const key of Object.keys(alarms ?? {})) {
    if ((aurora ? INSTANCE_ONLY_ALARMS : AURORA_ONLY_ALARMS).includes(key)) throw new InvalidPropError(scope, `alarms.${key}`, key, `does not apply to ${engine}`);
  }
}

/** 5 percent of the storage, in bytes: storage autoscaling acts at 10 percent, so the alarm fires when it could not. */
export function freeStorageThreshold(allocatedGiB: number): number {
  return isUnresolved(allocatedGiB) ? Token.asNumber(Op.mul(allocatedGiB, 0.05 * GIB)) : Math.round(allocatedGiB * GIB * 0.05);
}

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

/** The copy in a recovery Region: its replication lag, what a Region loss would lose now. */
export function copyAlarmDefinitions(t: { readonly aurora: boolean; readonly identifier: string; readonly region?: string; readonly primaryIdentifier: string }): ResourceAlarmDefinition[] {
  return [
    {
      key: 'replicationLag',
      summary: `The copy ${t.identifier} in ${t.region ?? 'the recovery region'} lags behind database ${t.primaryIdentifier}: a region loss now would lose that much.`,
      runbook: "Check the write load and the copy's health (instance class, storage); a lag that keeps growing breaks the region RPO (docs/disaster-recovery.md).",
      metric: t.aurora
        ? { namespace: 'AWS/RDS', metricName: 'AuroraGlobalDBReplicationLag', dimensions: { DBClusterIdentifier: t.identifier }, statistic: 'Maximum' }
        : { namespace: 'AWS/RDS', metricName: 'ReplicaLag', dimensions: { DBInstanceIdentifier: t.identifier }, statistic: 'Maximum' },
      comparisonOperator: 'GreaterThanThreshold',
      threshold: t.aurora ? 60000 : FIGURES.rdsCrossRegionReplicaLag.seconds,
      severity: 'ticket',
      periodSeconds: 60,
      evaluationPeriods: 5,
      unit: t.aurora ? 'ms' : 'seconds',
    },
  ];
}
