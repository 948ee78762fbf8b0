/**
 * The figures behind the disaster-recovery check, as data with their source.
 * Conservative on purpose: the check must not promise what AWS does not
 * document. Each figure is in seconds. `docs/disaster-recovery.md` prints
 * this table; a test keeps the two in step.
 */
export interface RecoveryFigure {
  /** Seconds. */
  readonly seconds: number;
  /** What the figure is. */
  readonly what: string;
  /** Where it comes from (document title), and when it was read. */
  readonly source: string;
}

const READ = 'read 2026-12';

export const FIGURES = {
  auroraGlobalLag: {
    seconds: 1,
    what: 'Aurora Global Database replication lag to a secondary region (typical)',
    source: `Amazon Aurora User Guide, "Using Amazon Aurora Global Database" (typically under 1 second), ${READ}`,
  },
  auroraGlobalFailover: {
    seconds: 5 * 60,
    what: 'Aurora Global Database managed failover or switchover to a secondary region',
    source: `Amazon Aurora User Guide, "Recovering an Amazon Aurora global database from an unplanned outage" (typically minutes), ${READ}`,
  },
  auroraHeadlessInstance: {
    seconds: 20 * 60,
    what: 'Adding a DB instance to a headless Aurora secondary cluster before it can take over (pilot light)',
    source: `Amazon Aurora User Guide, "Using a headless Aurora DB cluster in a secondary Region" (add an instance before failover; creating one takes minutes, 20 min assumed), ${READ}`,
  },
  rdsCrossRegionReplicaLag: {
    seconds: 5 * 60,
    what: 'RDS cross-region read replica lag (asynchronous; depends on write load)',
    source: `Amazon RDS User Guide, "Working with DB instance read replicas" (asynchronous replication), ${READ}`,
  },
  rdsReplicaPromotion: {
    seconds: 15 * 60,
    what: 'Promoting an RDS read replica to a standalone instance',
    source: `Amazon RDS User Guide, "Promoting a read replica" (reboot and backup; minutes), ${READ}`,
  },
  dynamodbGlobalTableLag: {
    seconds: 5,
    what: 'DynamoDB global table replication to another region (asynchronous, typically within a second)',
    source: `Amazon DynamoDB Developer Guide, "Global tables: how it works" (ReplicationLatency), ${READ}`,
  },
  s3ReplicationRtc: {
    seconds: 15 * 60,
    what: 'S3 Replication Time Control: 99.99% of objects replicated within 15 minutes',
    source: `Amazon S3 User Guide, "Meeting compliance requirements with S3 Replication Time Control", ${READ}`,
  },
  s3ReplicationNoRtc: {
    seconds: 24 * 3600,
    what: 'S3 replication without RTC: most objects within 15 minutes, no bound (taken as a day)',
    source: `Amazon S3 User Guide, "Replicating objects" (no SLA without RTC), ${READ}`,
  },
  pointInTimeRecovery: {
    seconds: 5 * 60,
    what: 'Point-in-time recovery granularity (RDS, Aurora, AWS Backup continuous backup: latest restorable time ~5 minutes behind)',
    source: `Amazon RDS User Guide, "Restoring a DB instance to a specified time"; AWS Backup Developer Guide, "Continuous backups", ${READ}`,
  },
  dynamodbPitr: {
    seconds: 5 * 60,
    what: 'DynamoDB point-in-time recovery: latest restorable time is about 5 minutes before now',
    source: `Amazon DynamoDB Developer Guide, "Point-in-time recovery for DynamoDB", ${READ}`,
  },
  backupCopyTime: {
    seconds: 4 * 3600,
    what: 'AWS Backup cross-region copy: the copy job starts after the backup completes and takes up to hours for large resources',
    source: `AWS Backup Developer Guide, "Creating backup copies across AWS Regions" (no published bound; 4 h assumed), ${READ}`,
  },
  restoreFromBackup: {
    seconds: 4 * 3600,
    what: 'Restore from backup into the recovery region and redeploy the stack (backup and restore strategy)',
    source: `AWS whitepaper "Disaster Recovery of Workloads on AWS: Recovery in the Cloud" (backup and restore: hours), ${READ}`,
  },
  pilotLightScaleUp: {
    seconds: 30 * 60,
    what: 'Pilot light: promote replicated data, scale compute up from zero, fail DNS over (tens of minutes)',
    source: `AWS whitepaper "Disaster Recovery of Workloads on AWS", pilot light (tens of minutes), ${READ}`,
  },
  warmStandbyFailover: {
    seconds: 10 * 60,
    what: 'Warm standby: fail over data and DNS to a running, smaller copy, then scale out (minutes)',
    source: `AWS whitepaper "Disaster Recovery of Workloads on AWS", warm standby (minutes), ${READ}`,
  },
  activeActiveFailover: {
    seconds: 2 * 60,
    what: 'Active/active: Route 53 health checks (3 x 30 s) plus DNS TTL move traffic off the failed region',
    source: `Amazon Route 53 Developer Guide, "How Route 53 determines whether a health check is healthy"; AWS DR whitepaper, multi-site active/active (near zero), ${READ}`,
  },
  onCallResponse: {
    seconds: 5 * 60,
    what: 'Decision: the on-call engineer answers the page and starts the recovery (a Region switch plan, an approval)',
    source: `Google, "Site Reliability Engineering" (2016), chapter 11 "Being On-Call" (response time: 5 minutes for user-facing or otherwise highly time-critical services), ${READ}`,
  },
  route53HealthCheckDefault: {
    seconds: 3 * 30,
    what: 'Route 53 notices a health check whose state changed: 3 failures at the standard 30-second interval (the settings of the checks ARC Region switch creates are not documented; the Route 53 defaults are assumed)',
    source: `Amazon Route 53 Developer Guide, "How Route 53 determines whether a health check is healthy" (request interval 30 s, failure threshold 3 by default), ${READ}`,
  },
  aliasRecordTtl: {
    seconds: 60,
    what: 'TTL of a Route 53 alias record to an ELB load balancer: resolvers may answer with the old region this long',
    source: `Amazon Route 53 Developer Guide, "Choosing between alias and non-alias records" (an alias record uses the TTL of the AWS resource: 60 seconds for an ELB load balancer), ${READ}`,
  },
  ec2ScaleOut: {
    seconds: 5 * 60,
    what: 'New instances of an Auto Scaling group launch and pass their first health checks (used when the group\'s health check grace period is not known at synth)',
    source: `Amazon EC2 Auto Scaling User Guide, "Set the health check grace period for an Auto Scaling group" (300 seconds by default in the console), ${READ}`,
  },
  multiAzFailover: {
    seconds: 2 * 60,
    what: 'Multi-AZ database failover to the standby in another zone (synchronous: no data lost)',
    source: `Amazon RDS User Guide, "Multi-AZ DB instance deployments" (failover typically 60-120 s), ${READ}`,
  },
  dynamodbZone: {
    seconds: 0,
    what: 'DynamoDB data lost when one Availability Zone is lost (every write is stored in several zones before it is acknowledged)',
    source: `Amazon DynamoDB Developer Guide, "Resilience and disaster recovery in Amazon DynamoDB" (data replicated across multiple Availability Zones in a Region), ${READ}`,
  },
  s3Zone: {
    seconds: 0,
    what: 'S3 Standard data lost when one Availability Zone is lost (objects are stored in at least three zones before the write is acknowledged)',
    source: `Amazon S3 User Guide, "Data protection in Amazon S3" (objects stored redundantly across a minimum of three Availability Zones), ${READ}`,
  },
  s3Versioning: {
    seconds: 0,
    what: 'S3 objects lost to an overwrite or delete in a versioned bucket (kept as noncurrent versions until the lifecycle expires them)',
    source: `Amazon S3 User Guide, "Retaining multiple versions of objects with S3 Versioning" (overwritten and deleted objects remain as noncurrent versions), ${READ}`,
  },
} as const satisfies Record<string, RecoveryFigure>;
