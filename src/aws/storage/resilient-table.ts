import { DynamodbContributorInsights } from '@cdktf/provider-aws/lib/dynamodb-contributor-insights';
import { DynamodbTable, DynamodbTableConfig } from '@cdktf/provider-aws/lib/dynamodb-table';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { RETENTION } from '../../core/contract';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { claimName } from '../../core/name-registry';
import { literal } from '../../core/user-text';
import { physicalName } from '../../core/naming';
import { checkBoolean, checkKeys, checkKnown, checkList, checkString } from '../../core/prop-types';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { checkArn, checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { BackupProtection, encryptionRestoreOverrides, IBackupTarget, tagRecovery, withBackupProtections } from '../common/backup-target';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { FIGURES } from '../../recovery/figures';
import { checkDistinctRegions, checkRoutingRegion, placeRecoveryRegion, primaryPlacement, RecoveryRegion, RegionPlacement } from './region-placement';
import { storageKey } from './storage-key';
import { consumedCapacityAlarms, PROVISIONED_ALARM_KEYS, ResilientTableAlarms, replicationLatencyAlarm, TABLE_ALARM_KEYS, tableHealthAlarms } from './table-alarms';
import { CapacityAutoscaling, capacityAutoscaling, CapacityScaling, checkCapacityScaling, ScalableTablePart } from './table-capacity';
import { attributeDefinitions, checkIndexes, checkTableKey, TableIndex, TableKey } from './table-schema';

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

const PROP_KEYS = [
  'alarmRouting', 'alarms', 'tags', 'tableName', 'partitionKey', 'sortKey', 'globalSecondaryIndexes', 'billingMode', 'readCapacity',
  'writeCapacity', 'maxReadRequestUnits', 'maxWriteRequestUnits', 'kmsKeyArn', 'replicas', 'pointInTimeRecovery', 'pointInTimeRecoveryDays',
  'deletionProtection', 'timeToLiveAttribute', 'stream', 'contributorInsights', 'tableClass',
];
const STREAM_VIEWS: readonly TableStreamView[] = ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'];
const TABLE_NAME = /^[A-Za-z0-9_.-]{3,255}$/;
/** Account default quota of on-demand request units per table and direction. */
const MAX_REQUEST_UNITS = 40000;

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
    super(scope, id, props, { alarmKeys: TABLE_ALARM_KEYS });
    checkKeys(this, '', props, PROP_KEYS);
    const primary = primaryPlacement(this, 'a table with replicas');
    this.region = primary.region;
    checkRoutingRegion(this, 'alarmRouting', this.alarmRouting, primary.region);
    this.provisioned = this.checkCapacity(props);
    const replicas = this.placeReplicas(props.replicas, primary, props.alarms);
    this.replicaRegions = replicas.map((r) => r.placement.region);
    this.checkOptions(props, replicas.length > 0);
    this.tableName = this.nameTable(props.tableName, [primary, ...replicas.map((r) => r.placement)]);
    this.pointInTimeRecovery = props.pointInTimeRecovery ?? true;

    if (props.kmsKeyArn !== undefined) {
      this.kmsKeyArn = props.kmsKeyArn;
    } else {
      this.kmsKey = storageKey(this, 'key', `Encrypts DynamoDB table ${this.tableName} in ${primary.region}`, primary);
      this.kmsKeyArn = this.kmsKey.arn;
    }
    const replicaKeys: Record<string, KmsKey> = {};
    const replicaKeyArns = replicas.map(({ spec, placement }) => {
      if (spec.kmsKeyArn !== undefined) return spec.kmsKeyArn;
      replicaKeys[placement.region] = storageKey(this, `replica-key-${placement.region}`, `Encrypts the ${placement.region} replica of DynamoDB table ${this.tableName}`, placement);
      return replicaKeys[placement.region].arn;
    });
    this.replicaKeys = replicaKeys;

    this.table = this.createTable(props, replicas.map((r, i) => ({ region: r.placement.region, kmsKeyArn: replicaKeyArns[i] })));
    this.autoscaling = this.provisioned ? this.createAutoscaling(props, [primary, ...replicas.map((r) => r.placement)]) : {};
    this.contributorInsights = props.contributorInsights ? this.createContributorInsights(props.globalSecondaryIndexes ?? []) : [];
    this.createAlarms(props);
    this.backupResourceArn = this.table.arn;
    this.backupRegion = this.region;
    this.backupRestoreMetadataOverrides = encryptionRestoreOverrides('DynamoDB', this.kmsKeyArn)!;
    this.backupRestoreMetadataOverridesByRegion = Object.fromEntries(this.replicaRegions.map((r, i) => [r, encryptionRestoreOverrides('DynamoDB', replicaKeyArns[i])!]));
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

  /** Checks billing and capacity props; true for a provisioned table. */
  private checkCapacity(props: ResilientTableProps): boolean {
    checkOneOf(this, 'billingMode', props.billingMode, ['on-demand', 'provisioned'] as const);
    checkKnown(this, 'billingMode', props.billingMode);
    const provisioned = props.billingMode === 'provisioned';
    if (provisioned) {
      checkCapacityScaling(this, 'readCapacity', props.readCapacity);
      checkCapacityScaling(this, 'writeCapacity', props.writeCapacity);
      for (const p of ['maxReadRequestUnits', 'maxWriteRequestUnits'] as const) {
        if (props[p] !== undefined) throw new InvalidPropError(this, p, props[p], 'applies to on-demand tables only; a provisioned table is bounded by readCapacity/writeCapacity.max');
      }
    } else {
      for (const p of ['readCapacity', 'writeCapacity'] as const) {
        if (props[p] !== undefined) throw new InvalidPropError(this, p, props[p], 'applies to provisioned tables only: set billingMode to "provisioned", or leave it out for on-demand capacity');
      }
      checkNumber(this, 'maxReadRequestUnits', props.maxReadRequestUnits, { integer: true, min: 1, max: MAX_REQUEST_UNITS });
      checkNumber(this, 'maxWriteRequestUnits', props.maxWriteRequestUnits, { integer: true, min: 1, max: MAX_REQUEST_UNITS });
      for (const key of PROVISIONED_ALARM_KEYS) {
        if (props.alarms && key in props.alarms) throw new InvalidPropError(this, `alarms.${key}`, key, 'applies to provisioned tables only (an on-demand table has no capacity limit to approach)');
      }
    }
    return provisioned;
  }

  private placeReplicas(replicas: TableReplica[] | undefined, primary: RegionPlacement, alarms: ResilientTableAlarms | undefined): { spec: TableReplica; placement: RegionPlacement }[] {
    checkList(this, 'replicas', replicas);
    checkKnown(this, 'replicas', replicas, 'each replica is a block of the table and has its own key');
    const placed = (replicas ?? []).map((spec, i) => {
      const prop = `replicas[${i}]`;
      const placement = placeRecoveryRegion(this, prop, spec, primary, ['kmsKeyArn']);
      this.checkKeyRegion(`${prop}.kmsKeyArn`, spec.kmsKeyArn, placement.region);
      return { spec, placement };
    });
    checkDistinctRegions(this, 'replicas', placed.map((p) => p.placement));
    if (placed.length === 0 && alarms !== undefined && 'replicationLatency' in alarms) {
      throw new InvalidPropError(this, 'alarms.replicationLatency', alarms.replicationLatency, 'applies to tables with replicas only: the table replicates nowhere');
    }
    return placed;
  }

  /** A KMS key ARN of the right service, and in the right region when the ARN is known. */
  private checkKeyRegion(prop: string, arn: string | undefined, region: string): void {
    checkString(this, prop, arn);
    checkArn(this, prop, arn, 'kms');
    if (arn === undefined || isUnresolved(arn)) return;
    const arnRegion = arn.split(':')[3];
    if (arnRegion !== '' && arnRegion !== region) {
      throw new InvalidPropError(this, prop, arn, `must be a key in ${region} (DynamoDB encrypts each region's table with a key of that region)`);
    }
  }

  private checkOptions(props: ResilientTableProps, replicated: boolean): void {
    checkTableKey(this, 'partitionKey', props.partitionKey, true);
    checkTableKey(this, 'sortKey', props.sortKey, false);
    checkIndexes(this, 'globalSecondaryIndexes', props.globalSecondaryIndexes);
    this.checkKeyRegion('kmsKeyArn', props.kmsKeyArn, this.region);
    checkBoolean(this, 'pointInTimeRecovery', props.pointInTimeRecovery);
    checkKnown(this, 'pointInTimeRecovery', props.pointInTimeRecovery, 'the table reports its data RPO from it');
    checkBoolean(this, 'deletionProtection', props.deletionProtection);
    checkBoolean(this, 'contributorInsights', props.contributorInsights);
    checkKnown(this, 'contributorInsights', props.contributorInsights);
    checkNumber(this, 'pointInTimeRecoveryDays', props.pointInTimeRecoveryDays, { integer: true, min: RETENTION.minBackupDays, max: RETENTION.maxContinuousBackupDays });
    if (props.pointInTimeRecovery === false && props.pointInTimeRecoveryDays !== undefined) {
      throw new InvalidPropError(this, 'pointInTimeRecoveryDays', props.pointInTimeRecoveryDays, 'needs pointInTimeRecovery (it is false)');
    }
    checkString(this, 'timeToLiveAttribute', props.timeToLiveAttribute);
    checkPattern(this, 'timeToLiveAttribute', props.timeToLiveAttribute, /^.{1,255}$/s, 'an attribute name of 1 to 255 characters');
    checkOneOf(this, 'stream', props.stream, STREAM_VIEWS);
    if (replicated) checkKnown(this, 'stream', props.stream, 'a table with replicas must stream NEW_AND_OLD_IMAGES');
    if (replicated && props.stream !== undefined && props.stream !== 'NEW_AND_OLD_IMAGES') {
      throw new InvalidPropError(this, 'stream', props.stream, 'must be NEW_AND_OLD_IMAGES (or left out) on a table with replicas: global tables replicate from a stream of new and old images');
    }
    checkOneOf(this, 'tableClass', props.tableClass, ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] as const);
    if (props.pointInTimeRecovery === false) {
      this.warnUnsafe('pointInTimeRecovery', false, 'a bad write or delete can only be undone from backups, if a backup plan protects the table');
    }
    if (props.deletionProtection === false) {
      this.warnUnsafe('deletionProtection', false, 'a destroy or an accidental replacement deletes the table and its point-in-time recovery history');
    }
    if (this.provisioned && (props.globalSecondaryIndexes ?? []).length > 0) {
      this.warnUnsafe(
        'billingMode',
        'provisioned',
        'Terraform resets the capacity of the global secondary indexes to readCapacity/writeCapacity.min when it next updates the table (autoscaling then raises it again); on-demand tables do not have this gap',
      );
    }
  }

  /** The table name, claimed in the table's region and in every replica region (a global table has one name everywhere). */
  private nameTable(given: string | undefined, placements: readonly RegionPlacement[]): string {
    checkString(this, 'tableName', given);
    const name = given ?? physicalName(this, { maxLength: 255, allowed: /[A-Za-z0-9_.-]/ });
    checkPattern(this, 'tableName', name, TABLE_NAME, '3 to 255 letters, digits, "_", "-" or "."');
    for (const p of placements) claimName(this, { kind: 'DynamoDB table', name, where: p.location });
    return name;
  }

  private createTable(props: ResilientTableProps, replicas: { region: string; kmsKeyArn: string }[]): DynamodbTable {
    const indexes = props.globalSecondaryIndexes ?? [];
    const attributes = attributeDefinitions(this, [
      { prop: 'partitionKey', key: props.partitionKey },
      { prop: 'sortKey', key: props.sortKey },
      ...indexes.flatMap((ix, i) => [
        { prop: `globalSecondaryIndexes[${i}].partitionKey`, key: ix.partitionKey },
        { prop: `globalSecondaryIndexes[${i}].sortKey`, key: ix.sortKey },
      ]),
    ]);
    const deletionProtection = props.deletionProtection ?? true;
    const replicated = replicas.length > 0;
    const streamView = props.stream ?? (replicated ? 'NEW_AND_OLD_IMAGES' : undefined);
    const read = props.readCapacity;
    const write = props.writeCapacity;
    const config: DynamodbTableConfig = {
      name: this.tableName,
      billingMode: this.provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
      readCapacity: this.provisioned ? read!.min : undefined,
      writeCapacity: this.provisioned ? write!.min : undefined,
      onDemandThroughput:
        !this.provisioned && (props.maxReadRequestUnits !== undefined || props.maxWriteRequestUnits !== undefined)
          ? { maxReadRequestUnits: props.maxReadRequestUnits, maxWriteRequestUnits: props.maxWriteRequestUnits }
          : undefined,
      // Attribute names take any characters (DynamoDB Developer Guide, "Naming rules": 1 to 255 bytes, UTF-8): the
      // user's names are escaped, as a "${" in one would be a Terraform template.
      hashKey: literal(props.partitionKey.name),
      rangeKey: literal(props.sortKey?.name),
      attribute: attributes.map((a) => ({ ...a, name: literal(a.name) })),
      globalSecondaryIndex: indexes.map((ix) => ({
        name: ix.name,
        hashKey: literal(ix.partitionKey.name),
        rangeKey: literal(ix.sortKey?.name),
        projectionType: ix.projection ?? 'ALL',
        nonKeyAttributes: ix.nonKeyAttributes?.map((a) => literal(a)),
        readCapacity: this.provisioned ? read!.min : undefined,
        writeCapacity: this.provisioned ? write!.min : undefined,
      })),
      tableClass: props.tableClass,
      deletionProtectionEnabled: deletionProtection,
      pointInTimeRecovery: this.pointInTimeRecovery
        ? { enabled: true, recoveryPeriodInDays: props.pointInTimeRecoveryDays ?? RETENTION.maxContinuousBackupDays }
        : { enabled: false },
      serverSideEncryption: { enabled: true, kmsKeyArn: this.kmsKeyArn },
      ttl: props.timeToLiveAttribute !== undefined ? { enabled: true, attributeName: literal(props.timeToLiveAttribute) } : undefined,
      streamEnabled: streamView !== undefined,
      streamViewType: streamView,
      replica: replicas.map((r) => ({
        regionName: r.region,
        kmsKeyArn: r.kmsKeyArn,
        pointInTimeRecovery: this.pointInTimeRecovery,
        deletionProtectionEnabled: deletionProtection,
        propagateTags: true,
      })),
      // Autoscaling moves the provisioned capacity; Terraform must not move it back.
      lifecycle: this.provisioned ? { ignoreChanges: ['read_capacity', 'write_capacity'] } : undefined,
    };
    // Logical id 'table' is part of the public contract: never rename it.
    return new DynamodbTable(this, 'table', config);
  }

  private createAutoscaling(props: ResilientTableProps, placements: readonly RegionPlacement[]): Record<string, CapacityAutoscaling> {
    const capacity = { read: props.readCapacity!, write: props.writeCapacity! };
    const parts: ScalableTablePart[] = [
      { id: 'table', resourceId: `table/${this.tableName}`, kind: 'table' },
      ...(props.globalSecondaryIndexes ?? []).map((ix): ScalableTablePart => ({ id: `index-${ix.name}`, resourceId: `table/${this.tableName}/index/${ix.name}`, kind: 'index' })),
    ];
    const out: Record<string, CapacityAutoscaling> = {};
    for (const placement of placements) {
      const suffix = placement.region === this.region ? '' : `-${placement.region}`;
      for (const part of parts) out[`${part.id}${suffix}`] = capacityAutoscaling(this, part, placement, suffix, capacity, [this.table]);
    }
    return out;
  }

  private createContributorInsights(indexes: readonly TableIndex[]): DynamodbContributorInsights[] {
    return [
      new DynamodbContributorInsights(this, 'contributor-insights', { tableName: this.table.name }),
      ...indexes.map((ix) => new DynamodbContributorInsights(this, `contributor-insights-${ix.name}`, { tableName: this.table.name, indexName: ix.name })),
    ];
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
