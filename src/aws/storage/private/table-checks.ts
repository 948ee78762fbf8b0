import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { claimName } from '../../../core/name-registry';
import { physicalName } from '../../../core/naming';
import { checkKnown } from '../../../core/prop-types';
import { isUnresolved } from '../../../core/tokens';
import { checkDistinctRegions, placeRecoveryRegion, RegionPlacement } from '../region-placement';
import type { ResilientTableProps, TableReplica } from '../resilient-table';
import { PROVISIONED_ALARM_KEYS } from '../table-alarms';
import type { TableKey } from '../table-schema';
import { TABLE_REPLICA } from './resilient-table-spec';
import { checkKeyInRegion, WarnUnsafe } from './storage-placement';

/**
 * The checks of a ResilientTable that relate props to each other (each prop passed its spec already); defaults
 * stay with the construct.
 */

/** A replica with the Region it was placed in. */
export interface PlacedReplica {
  readonly spec: TableReplica;
  readonly placement: RegionPlacement;
}

/** Billing mode against the capacity props; true for a provisioned table. */
export function checkTableCapacity(scope: IConstruct, props: ResilientTableProps): boolean {
  const provisioned = props.billingMode === 'provisioned';
  if (provisioned) {
    for (const p of ['readCapacity', 'writeCapacity'] as const) {
      if (props[p] === undefined) throw new InvalidPropError(scope, p, undefined, 'is required: provisioned tables autoscale between a min and a max');
    }
    for (const p of ['maxReadRequestUnits', 'maxWriteRequestUnits'] as const) {
      if (props[p] !== undefined) throw new InvalidPropError(scope, p, props[p], 'applies to on-demand tables only; a provisioned table is bounded by readCapacity/writeCapacity.max');
    }
    return true;
  }
  for (const p of ['readCapacity', 'writeCapacity'] as const) {
    if (props[p] !== undefined) throw new InvalidPropError(scope, p, props[p], 'applies to provisioned tables only: set billingMode to "provisioned", or leave it out for on-demand capacity');
  }
  for (const key of PROVISIONED_ALARM_KEYS) {
    if (props.alarms && key in props.alarms) throw new InvalidPropError(scope, `alarms.${key}`, key, 'applies to provisioned tables only (an on-demand table has no capacity limit to approach)');
  }
  return false;
}

/** Places each replica in its Region (another than the table's, one replica per Region, its key there). */
export function placeReplicas(scope: IConstruct, props: ResilientTableProps, primary: RegionPlacement): PlacedReplica[] {
  const placed = (props.replicas ?? []).map((spec, i) => {
    const prop = `replicas[${i}]`;
    const placement = placeRecoveryRegion(scope, prop, spec, primary, Object.keys(TABLE_REPLICA.fields));
    checkKeyInRegion(scope, `${prop}.kmsKeyArn`, spec.kmsKeyArn, placement, 'replica');
    return { spec, placement };
  });
  checkDistinctRegions(scope, 'replicas', placed.map((p) => p.placement));
  if (placed.length === 0 && props.alarms !== undefined && 'replicationLatency' in props.alarms) {
    throw new InvalidPropError(scope, 'alarms.replicationLatency', props.alarms.replicationLatency, 'applies to tables with replicas only: the table replicates nowhere');
  }
  return placed;
}

/** Keys, indexes, key Region, recovery and stream settings against each other; warnings for unsafe choices. */
export function checkTableOptions(scope: IConstruct, props: ResilientTableProps, o: { primary: RegionPlacement; provisioned: boolean; replicated: boolean; warn: WarnUnsafe }): void {
  checkKeyPair(scope, '', props.partitionKey, props.sortKey);
  const indexNames = new Map<string, number>();
  (props.globalSecondaryIndexes ?? []).forEach((index, i) => {
    const p = `globalSecondaryIndexes[${i}]`;
    if (indexNames.has(index.name)) throw new InvalidPropError(scope, `${p}.name`, index.name, `must not repeat an earlier index name (globalSecondaryIndexes[${indexNames.get(index.name)}])`);
    indexNames.set(index.name, i);
    checkKeyPair(scope, `${p}.`, index.partitionKey, index.sortKey);
  });
  checkKeyInRegion(scope, 'kmsKeyArn', props.kmsKeyArn, o.primary, 'table');
  if (props.pointInTimeRecovery === false && props.pointInTimeRecoveryDays !== undefined) {
    throw new InvalidPropError(scope, 'pointInTimeRecoveryDays', props.pointInTimeRecoveryDays, 'needs pointInTimeRecovery (it is false)');
  }
  if (o.replicated) checkKnown(scope, 'stream', props.stream, 'a table with replicas must stream NEW_AND_OLD_IMAGES');
  if (o.replicated && props.stream !== undefined && props.stream !== 'NEW_AND_OLD_IMAGES') {
    throw new InvalidPropError(scope, 'stream', props.stream, 'must be NEW_AND_OLD_IMAGES (or left out) on a table with replicas: global tables replicate from a stream of new and old images');
  }
  if (props.pointInTimeRecovery === false) {
    o.warn('pointInTimeRecovery', false, 'a bad write or delete can only be undone from backups, if a backup plan protects the table');
  }
  if (props.deletionProtection === false) {
    o.warn('deletionProtection', false, 'a destroy or an accidental replacement deletes the table and its point-in-time recovery history');
  }
  if (o.provisioned && (props.globalSecondaryIndexes ?? []).length > 0) {
    o.warn(
      'billingMode',
      'provisioned',
      'Terraform resets the capacity of the global secondary indexes to readCapacity/writeCapacity.min when it next updates the table (autoscaling then raises it again); on-demand tables do not have this gap',
    );
  }
}

/**
 * A sort key is another attribute than the partition key: DynamoDB refuses a key schema naming one attribute twice
 * (CreateTable KeySchema: "a composite primary key ... the partition key and the sort key", two KeySchemaElements;
 * the API answers ValidationException "Both the Hash Key and the Range Key element in the KeySchema have the same name").
 */
function checkKeyPair(scope: IConstruct, prefix: string, partitionKey: TableKey, sortKey: TableKey | undefined): void {
  if (sortKey === undefined || isUnresolved(sortKey.name) || sortKey.name !== partitionKey.name) return;
  throw new InvalidPropError(scope, `${prefix}sortKey.name`, sortKey.name, `must differ from ${prefix}partitionKey.name: a key schema names two attributes`);
}

/** The table name, claimed in the table's Region and in every replica Region (a global table has one name everywhere). */
export function nameTable(scope: IConstruct, given: string | undefined, placements: readonly RegionPlacement[]): string {
  const name = given ?? physicalName(scope, { maxLength: 255, allowed: /[A-Za-z0-9_.-]/ });
  for (const p of placements) claimName(scope, { kind: 'DynamoDB table', name, where: p.location });
  return name;
}
