import { FIGURES } from '../../recovery/figures';

/**
 * The recovery figures the storage constructs report. The region and PITR
 * figures come from the library's one table (`aws/recovery/figures`, printed
 * in docs/disaster-recovery.md); the ones below are what a zone loss and
 * versioning cost, which that table does not need. Pure: no cdktf import.
 */
export interface StorageFigure {
  /** The figure, in seconds. */
  readonly seconds: number;
  /** Where it comes from: document, section, and when it was read. */
  readonly source: string;
}

/** DynamoDB point-in-time recovery: the latest restorable time trails the present by about 5 minutes. */
export const DYNAMODB_PITR_RPO: StorageFigure = FIGURES.dynamodbPitr;

/** DynamoDB global tables replicate asynchronously, typically within a second; the table's replicationLatency alarm watches this figure. */
export const DYNAMODB_GLOBAL_TABLE_RPO: StorageFigure = FIGURES.dynamodbGlobalTableLag;

/** S3 Replication Time Control: 99.99 percent of objects within 15 minutes, under an SLA. */
export const S3_RTC_RPO: StorageFigure = FIGURES.s3ReplicationRtc;

/** DynamoDB stores every write in several Availability Zones of its region before acknowledging it. */
export const DYNAMODB_ZONE_RPO: StorageFigure = {
  seconds: 0,
  source: 'Amazon DynamoDB Developer Guide, "Resilience and disaster recovery in Amazon DynamoDB" (data replicated across multiple Availability Zones in a Region), read 2026-12',
};

/** S3 Standard stores every object in at least three Availability Zones before acknowledging the write. */
export const S3_ZONE_RPO: StorageFigure = {
  seconds: 0,
  source: 'Amazon S3 User Guide, "Data protection in Amazon S3" (objects stored redundantly across a minimum of three Availability Zones), read 2026-12',
};

/** Versioning keeps every overwritten or deleted object as a noncurrent version: nothing written is lost until the lifecycle expires it. */
export const S3_VERSIONING_RPO: StorageFigure = {
  seconds: 0,
  source: 'Amazon S3 User Guide, "Retaining multiple versions of objects with S3 Versioning" (overwritten and deleted objects remain as noncurrent versions), read 2026-12',
};

/** The RTC threshold S3 accepts: `replication_time.time.minutes` and `metrics.event_threshold.minutes` must be 15. */
export const S3_RTC_MINUTES = 15;
