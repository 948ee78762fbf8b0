/**
 * The recovery figures the storage constructs report, as data with their
 * sources (the report prints the sources beside the figures). Pure: no
 * cdktf import.
 */
export interface RecoveryFigure {
  /** The figure, in seconds. */
  readonly seconds: number;
  /** Where it comes from: document, section and what it says. */
  readonly source: string;
}

/** DynamoDB point-in-time recovery: the latest restorable time trails the present by about 5 minutes. */
export const DYNAMODB_PITR_RPO: RecoveryFigure = {
  seconds: 300,
  source: 'Amazon DynamoDB API Reference, PointInTimeRecoveryDescription: "LatestRestorableDateTime is typically 5 minutes before the current time" (retrieved 2026-12)',
};

/**
 * DynamoDB global tables (multi-Region eventual consistency) replicate
 * asynchronously, typically within a second. The library reports a
 * conservative 60 seconds, and the table's `replicationLatency` alarm fires
 * when replication is slower than that.
 */
export const DYNAMODB_GLOBAL_TABLE_RPO: RecoveryFigure = {
  seconds: 60,
  source:
    'Amazon DynamoDB Developer Guide, "Global tables - multi-active, multi-Region replication", consistency modes: MREC replicates item changes asynchronously, typically within a second (retrieved 2026-12); 60 s is this library\'s conservative allowance, watched by the replicationLatency alarm',
};

/** S3 Replication Time Control: 99.99 percent of objects replicated within 15 minutes, backed by an SLA. */
export const S3_RTC_RPO: RecoveryFigure = {
  seconds: 900,
  source:
    'Amazon S3 User Guide, "Meeting compliance requirements using S3 Replication Time Control (S3 RTC)": "replicates most objects in seconds, and 99.99 percent of those objects within 15 minutes" (retrieved 2026-12)',
};

/** DynamoDB and S3 Standard store data synchronously across several Availability Zones of a region. */
export const MULTI_AZ_STORAGE_RPO: RecoveryFigure = {
  seconds: 0,
  source: 'Amazon DynamoDB Developer Guide, "Resilience in Amazon DynamoDB"; Amazon S3 User Guide, "Data protection in Amazon S3" (data stored redundantly across Availability Zones before a write is acknowledged)',
};

/** The RTC threshold S3 accepts: `replication_time.time.minutes` and `metrics.event_threshold.minutes` must be 15. */
export const S3_RTC_MINUTES = 15;
