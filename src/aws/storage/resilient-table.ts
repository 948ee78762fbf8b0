import { DynamodbContributorInsights } from '@cdktf/provider-aws/lib/dynamodb-contributor-insights';
import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { BackupProtection, encryptionRestoreOverrides, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { FIGURES } from '../../recovery/figures';
import { RESILIENT_TABLE_PROPS } from './private/resilient-table-spec';
import { checkTableCapacity, checkTableOptions, nameTable, placeReplicas } from './private/table-checks';
import { createTableResources } from './private/table-resources';
import { checkRoutingRegion, primaryPlacement, RecoveryRegion } from './region-placement';
import { consumedCapacityAlarms, ResilientTableAlarms, replicationLatencyAlarm, TABLE_ALARM_KEYS, tableHealthAlarms } from './table-alarms';
import { CapacityAutoscaling, CapacityScaling } from './table-capacity';
import { TableIndex, TableKey } from './table-schema';

export { ResilientTableAlarms } from './table-alarms';
export { CapacityScaling } from './table-capacity';
export { TableIndex, TableKey } from './table-schema';

/** A replica of a global table in a recovery region. */
export interface TableReplica extends RecoveryRegion {
  /**
   * ARN of a customer-managed KMS key in the replica's region.
   * @default - a key with yearly rotation, created in the replica's region
   */
  readonly kmsKeyArn?: string;
}

/** What a table's stream carries. */
export type TableStreamView = 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES' | 'KEYS_ONLY';

export interface ResilientTableProps extends ReliableConstructProps<ResilientTableAlarms> {
  /**
   * Table name (3 to 255 letters, digits, `_`, `-`, `.`), the same in every replica region. Changing it replaces the table.
   * @default - derived from the construct path
   */
  readonly tableName?: string;
  /** Partition (hash) key. */
  readonly partitionKey: TableKey;
  /**
   * Sort (range) key.
   * @default - none: items are addressed by the partition key alone
   */
  readonly sortKey?: TableKey;
  /**
   * Global secondary indexes (at most 20). In provisioned mode each autoscales like the table.
   * @default - none
   */
  readonly globalSecondaryIndexes?: TableIndex[];
  /**
   * `on-demand` (pay per request, no capacity planning) or `provisioned` (with target-tracking autoscaling
   * between `readCapacity` and `writeCapacity` bounds, in every replica region).
   * @default 'on-demand'
   */
  readonly billingMode?: 'on-demand' | 'provisioned';
  /**
   * Read capacity bounds of a provisioned table (required in provisioned mode, refused on demand).
   * @default - none: on-demand capacity
   */
  readonly readCapacity?: CapacityScaling;
  /**
   * Write capacity bounds of a provisioned table (required in provisioned mode, refused on demand).
   * @default - none: on-demand capacity
   */
  readonly writeCapacity?: CapacityScaling;
  /**
   * Most read request units per second of an on-demand table (a cost ceiling; requests above it are throttled).
   * @default - no ceiling
   */
  readonly maxReadRequestUnits?: number;
  /**
   * Most write request units per second of an on-demand table.
   * @default - no ceiling
   */
  readonly maxWriteRequestUnits?: number;
  /**
   * ARN of a customer-managed KMS key in the table's region.
   * @default - a key with yearly rotation, created here
   */
  readonly kmsKeyArn?: string;
  /**
   * Replicas in recovery regions (a DynamoDB global table, multi-Region eventual consistency). Each has its own
   * KMS key in its own region, point-in-time recovery and deletion protection; none may be in the table's region.
   * @default - no replica: the table does not survive the loss of its region
   */
  readonly replicas?: TableReplica[];
  /**
   * Point-in-time recovery (continuous backups). Turning it off adds a warning: a bad write can then only be
   * undone from a backup plan's snapshots, if any.
   * @default true
   */
  readonly pointInTimeRecovery?: boolean;
  /**
   * Days point-in-time recovery can restore to (7 to 35).
   * @default 35
   */
  readonly pointInTimeRecoveryDays?: number;
  /**
   * Deletion protection (on the table and every replica). Turning it off adds a warning.
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Attribute holding each item's expiry time (epoch seconds); DynamoDB deletes expired items.
   * @default - no time to live
   */
  readonly timeToLiveAttribute?: string;
  /**
   * A DynamoDB stream of item changes. A global table always streams `NEW_AND_OLD_IMAGES`.
   * @default - no stream (or NEW_AND_OLD_IMAGES with replicas)
   */
  readonly stream?: TableStreamView;
  /**
   * CloudWatch Contributor Insights (most accessed and most throttled keys) on the table and its indexes.
   * @default false
   */
  readonly contributorInsights?: boolean;
  /**
   * Table class: `STANDARD`, or `STANDARD_INFREQUENT_ACCESS` for data read rarely.
   * @default 'STANDARD'
   */
  readonly tableClass?: 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';
}

/**
 * A DynamoDB table that survives a bad write, a deleted table and (with
 * replicas) the loss of its region.
 *
 * Safe defaults: point-in-time recovery for 35 days, deletion protection,
 * encryption with a customer-managed KMS key (rotated yearly; each replica
 * its own key in its own region), on-demand capacity. Provisioned tables
 * autoscale reads and writes (table, indexes, every replica region) by
 * target tracking. Replicas make it a global table (multi-Region eventual
 * consistency). Alarms on throttles, system errors, replication latency per
 * receiving region, and consumed capacity near the autoscaling maximum.
 *
 * Reports what it achieves for recovery ({@link IRecoverable}) and writes it
 * as `recovery:*` tags on the table.
 */
export class ResilientTable extends ReliableConstruct<ResilientTableAlarms> implements IRecoverable, IBackupTarget {
  /** AWS Backup selects the table by this ARN. */
  public readonly backupResourceArn: string;
  /** AWS Backup's name for DynamoDB. */
  public readonly backupResourceType = 'DynamoDB' as const;
  /** Region of the table: a backup plan must be in the same region to select it. */
  public readonly backupRegion: string;
  /** A restore test restores the table under its customer-managed key (AWS Backup would use an AWS owned key). */
  public readonly backupRestoreMetadataOverrides: Readonly<Record<string, string>>;
  /** A restore test of a copy in a replica region uses the replica's key there. */
  public readonly backupRestoreMetadataOverridesByRegion: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** The table name (the same in every region). */
  public readonly tableName: string;
  /** The table, with its replicas as `replica` blocks. */
  public readonly table: DynamodbTable;
  /** Region of the table. */
  public readonly region: string;
  /** Regions of the replicas, in the order given. */
  public readonly replicaRegions: readonly string[];
  /** The key created when `kmsKeyArn` is not given. */
  public readonly kmsKey?: KmsKey;
  /** ARN of the key encrypting the table. */
  public readonly kmsKeyArn: string;
  /** Keys created in replica regions, by region (absent for replicas given a `kmsKeyArn`). */
  public readonly replicaKeys: Readonly<Record<string, KmsKey>>;
  /** Autoscaling of a provisioned table, by part (`table`, `index-<name>`) and region. */
  public readonly autoscaling: Readonly<Record<string, CapacityAutoscaling>>;
  /** Contributor Insights of the table and its indexes, when on. */
  public readonly contributorInsights: readonly DynamodbContributorInsights[];
  /** Whether point-in-time recovery is on. */
  public readonly pointInTimeRecovery: boolean;
  private readonly provisioned: boolean;
  private readonly protections: BackupProtection[] = [];

  constructor(scope: Construct, id: string, props: ResilientTableProps) {
    super(scope, id, props, { alarmKeys: TABLE_ALARM_KEYS, props: RESILIENT_TABLE_PROPS });
    const primary = primaryPlacement(this, 'a table with replicas');
    this.region = primary.region;
    checkRoutingRegion(this, 'alarmRouting', this.alarmRouting, primary.region);
    this.provisioned = checkTableCapacity(this, props);
    const replicas = placeReplicas(this, props, primary);
    this.replicaRegions = replicas.map((r) => r.placement.region);
    checkTableOptions(this, props, { primary, provisioned: this.provisioned, replicated: replicas.length > 0, warn: (p, v, why) => this.warnUnsafe(p, v, why) });
    this.tableName = nameTable(this, props.tableName, [primary, ...replicas.map((r) => r.placement)]);
    this.pointInTimeRecovery = props.pointInTimeRecovery ?? true;

    const made = createTableResources(this, { props, tableName: this.tableName, primary, replicas, provisioned: this.provisioned, pointInTimeRecovery: this.pointInTimeRecovery });
    this.kmsKey = made.kmsKey;
    this.kmsKeyArn = made.kmsKeyArn;
    this.replicaKeys = made.replicaKeys;
    this.table = made.table;
    this.autoscaling = made.autoscaling;
    this.contributorInsights = made.contributorInsights;
    this.createAlarms(props);
    this.backupResourceArn = this.table.arn;
    this.backupRegion = this.region;
    this.backupRestoreMetadataOverrides = encryptionRestoreOverrides('DynamoDB', this.kmsKeyArn)!;
    this.backupRestoreMetadataOverridesByRegion = Object.fromEntries(this.replicaRegions.map((r, i) => [r, encryptionRestoreOverrides('DynamoDB', made.replicaKeyArns[i])!]));
    tagRecovery(this.table, this);
  }

  /** Called by a `BackupPlan` that protects this table; its figures join {@link recovery}. */
  public addBackupProtection(protection: BackupProtection): void {
    this.protections.push(protection);
  }

  /** What the table achieves for recovery, with the backup plans protecting it (see {@link IRecoverable}). */
  public get recovery(): RecoveryAchievement {
    return withBackupProtections(this.ownRecovery(), this.protections);
  }

  private ownRecovery(): RecoveryAchievement {
    const replicated = this.replicaRegions.length > 0;
    const sources: string[] = [FIGURES.dynamodbZone.source];
    if (this.pointInTimeRecovery) sources.push(FIGURES.dynamodbPitr.source);
    if (replicated) sources.push(FIGURES.dynamodbGlobalTableLag.source);
    return {
      resource: this.node.path,
      kind: 'table',
      regions: [this.region, ...this.replicaRegions],
      rpoZoneSeconds: FIGURES.dynamodbZone.seconds,
      rpoDataSeconds: this.pointInTimeRecovery ? FIGURES.dynamodbPitr.seconds : undefined,
      rpoRegionSeconds: replicated ? FIGURES.dynamodbGlobalTableLag.seconds : undefined,
      replication: replicated ? 'dynamodb-global-table' : undefined,
      synchronous: false,
      sources,
    };
  }

  private createAlarms(props: ResilientTableProps): void {
    const what = `DynamoDB table ${this.tableName}`;
    const defs = tableHealthAlarms(this.table.name, what);
    if (this.provisioned) defs.push(...consumedCapacityAlarms(this.table.name, what, props.readCapacity!.max, props.writeCapacity!.max));
    // systemErrors is two alarms of one key (at most 10 metrics per alarm): each call creates one of them.
    this.addAlarms(defs.filter((d) => d.nameSuffix === undefined));
    for (const def of defs.filter((d) => d.nameSuffix !== undefined)) this.addAlarms([def]);
    // DynamoDB publishes ReplicationLatency in the sending region, per ReceivingRegion: the alarms live here.
    for (const region of this.replicaRegions) this.addAlarms([replicationLatencyAlarm(this.table.name, what, region)], { instance: region });
  }
}
