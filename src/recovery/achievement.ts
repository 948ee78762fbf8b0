
/** One link of a recovery chain: a step of the recovery and how long it takes. */
export interface RecoveryLink {
  /** What happens, e.g. `detection: Route 53 health check 3 x 30 s`. */
  readonly step: string;
  /** Seconds. */
  readonly seconds: number;
  /** Where the figure comes from: the stack's configuration, or a figure's source. */
  readonly source: string;
}

/**
 * What a construct that holds data (or serves traffic) achieves for
 * recovery, as data: the disaster-recovery check compares it with the
 * objectives, the report prints it, and {@link recoveryTags} writes it onto
 * the resources so `cdktf-reliability report` can read it back from any
 * synthesized stack. Pure: no cdktf import.
 *
 * Durations are seconds. `undefined` means "not achieved at all" (e.g. no
 * copy outside the region: a region loss loses the data), not "unknown".
 */
export interface RecoveryAchievement {
  /** Construct path of the resource, e.g. `app/orders-table`. */
  readonly resource: string;
  /** What it is: `database`, `table`, `bucket`, `backup`, `service`, ... */
  readonly kind: string;
  /** Serves traffic but holds no data (a load balancer, a failover record): only its RTO is checked. @default false */
  readonly stateless?: boolean;
  /** Regions holding a copy of the data or running the service (the primary first). */
  readonly regions: readonly string[];
  /** Data lost when one Availability Zone is lost (0: synchronous Multi-AZ). */
  readonly rpoZoneSeconds?: number;
  /** Data lost when the primary region is lost (replication lag, or copy interval plus copy time). */
  readonly rpoRegionSeconds?: number;
  /** Finest restore point against corruption or deletion (PITR: 300; daily snapshots: 86400). */
  readonly rpoDataSeconds?: number;
  /** Time to serve again from the recovery region (promotion, scale-up, DNS failover). */
  readonly rtoRegionSeconds?: number;
  /**
   * The links `rtoRegionSeconds` is the sum of, in order (detection, decision, each step of the recovery), when the
   * construct knows them: the check and the report print the chain.
   */
  readonly rtoRegionChain?: readonly RecoveryLink[];
  /** Time to serve again after losing one Availability Zone (Multi-AZ failover, replacing capacity). */
  readonly rtoZoneSeconds?: number;
  /** Time to serve correct data again after corruption or deletion (a point-in-time or backup restore). */
  readonly rtoDataSeconds?: number;
  /** How the data reaches the recovery region, e.g. `aurora-global-database`, `backup-copy`, `s3-rtc`. */
  readonly replication?: string;
  /** Whether replication to the other regions is synchronous (only then can a region RPO be 0). @default false */
  readonly synchronous?: boolean;
  /** Names of the AWS Backup plans protecting it, separated by spaces (a tag list: `splitTagList` reads it). */
  readonly backupPlan?: string;
  /** Days backups are kept. */
  readonly retentionDays?: number;
  /** Vault lock mode of its backups. */
  readonly vaultLock?: 'none' | 'governance' | 'compliance';
  /** Whether restores of its backups are tested on a schedule. */
  readonly restoreTesting?: boolean;
  /** Where each figure comes from (documentation title and date), for the report. */
  readonly sources?: readonly string[];
}

/** A construct that reports what it achieves for recovery. */
export interface IRecoverable {
  /** What this construct achieves; read after the construct (and any backup plan protecting it) is built. */
  readonly recovery: RecoveryAchievement;
}

/** True for anything with a `recovery` achievement. */
export function isRecoverable(x: unknown): x is IRecoverable {
  return typeof x === 'object' && x !== null && typeof (x as IRecoverable).recovery === 'object' && (x as IRecoverable).recovery !== null;
}
