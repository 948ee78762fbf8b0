import { IConstruct } from 'constructs';
import { RETENTION } from '../../../core/contract';
import { InvalidPropError } from '../../../core/errors';
import { PropSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { isUnresolved } from '../../../core/tokens';
import { reliableProps } from '../../common/prop-specs';
import type { ResilientTableProps, TableReplica } from '../resilient-table';
import { TABLE_ALARM_KEYS } from '../table-alarms';
import { CapacityScaling, MAX_CAPACITY_UNITS, TARGET_UTILIZATION } from '../table-capacity';
import type { TableIndex, TableKey } from '../table-schema';
import { RECOVERY_REGION_FIELDS } from './storage-placement';

const TABLE = 'aws_dynamodb_table';
/** DynamoDB: at most 20 global secondary indexes per table (Developer Guide, "Quotas": global secondary indexes per table, default). */
export const MAX_INDEXES = 20;
/** Account default quota of on-demand request units per table and direction (DynamoDB Developer Guide, "Quotas"). */
const MAX_REQUEST_UNITS = 40000;
const ATTRIBUTE_NAMED = { refuse: 'it names an attribute definition of the table' } as const;

/** A key attribute: its name and type decide the table's attribute definitions, so both are known at synth. */
export const TABLE_KEY = spec.object<TableKey>(
  {
    // AttributeDefinition AttributeName: 1 to 255 characters, any (the construct escapes them).
    name: spec.name({ required: 'the attribute name', tokens: ATTRIBUTE_NAMED, aws: { resource: TABLE, argument: 'attribute.name' } }),
    type: spec.oneOf(['S', 'N', 'B'], { required: 'S, N or B', tokens: ATTRIBUTE_NAMED, aws: { resource: TABLE, argument: 'attribute.type' } }),
  },
  { example: { name: 'pk', type: 'S' } },
);

/** One global secondary index; INCLUDE needs its non-key attributes, other projections take none. */
export const TABLE_INDEX = spec.object<TableIndex>(
  {
    // GlobalSecondaryIndex IndexName: 3 to 255 of [a-zA-Z0-9_.-] (the generated tables).
    name: spec.name({ required: 'the index name', tokens: { refuse: 'it names the index, its autoscaling and its Contributor Insights' }, aws: { resource: TABLE, argument: 'global_secondary_index.name' } }),
    partitionKey: { ...TABLE_KEY, required: 'a { name, type } key attribute' },
    sortKey: TABLE_KEY,
    projection: spec.oneOf(['ALL', 'KEYS_ONLY', 'INCLUDE'], { tokens: { refuse: 'it decides whether nonKeyAttributes apply' }, aws: { resource: TABLE, argument: 'global_secondary_index.projection_type' } }),
    nonKeyAttributes: spec.list(spec.name({ tokens: { refuse: 'each is compared with the others' } }), {
      unique: true,
      tokens: { refuse: 'each attribute is projected on its own' },
      aws: { resource: TABLE, argument: 'global_secondary_index.non_key_attributes' },
    }),
  },
  { required: 'an index { name, partitionKey }', example: { name: 'by-customer', partitionKey: { name: 'customer', type: 'S' } }, check: checkProjection },
);

function checkProjection(scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>): void {
  const index = value as unknown as TableIndex;
  const include = (index.projection ?? 'ALL') === 'INCLUDE';
  if (include && (index.nonKeyAttributes === undefined || index.nonKeyAttributes.length === 0)) {
    throw new InvalidPropError(scope, `${prop}.nonKeyAttributes`, index.nonKeyAttributes, 'is required with projection INCLUDE: the attributes to project');
  }
  if (!include && index.nonKeyAttributes !== undefined) {
    throw new InvalidPropError(scope, `${prop}.nonKeyAttributes`, index.nonKeyAttributes, `applies to projection INCLUDE only (projection is ${index.projection ?? 'ALL'})`);
  }
}

/** Capacity bounds of a provisioned table (Application Auto Scaling's min and max capacity, the target utilisation). */
export const CAPACITY = spec.object<CapacityScaling>(
  {
    min: spec.integer({ required: 'the fewest capacity units', min: 1, max: MAX_CAPACITY_UNITS }),
    // The consumed-capacity alarm's threshold is a share of it, worked out at synth.
    max: spec.integer({ required: 'the most capacity units', min: 1, max: MAX_CAPACITY_UNITS, tokens: { refuse: "the consumed-capacity alarm's threshold is a share of it" } }),
    // Application Auto Scaling, DynamoDB target tracking: 20 to 90 percent (Developer Guide, "Managing throughput capacity with auto scaling").
    targetUtilizationPercent: spec.number({ min: TARGET_UTILIZATION.min, max: TARGET_UTILIZATION.max }),
  },
  { example: { min: 5, max: 50 }, check: checkCapacityRange },
);

function checkCapacityRange(scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>): void {
  const { min, max } = value as unknown as CapacityScaling;
  if (!isUnresolved(min) && max < min) throw new InvalidPropError(scope, `${prop}.max`, max, `must be at least ${prop}.min (${min})`);
}

/** A replica in a recovery Region, with its own key there (the construct checks the key's Region). */
export const TABLE_REPLICA = spec.object<TableReplica>(
  { ...RECOVERY_REGION_FIELDS, kmsKeyArn: spec.arn('kms') },
  { required: 'a replica { region } or { provider }', example: { region: 'eu-central-1' } },
);

const REQUEST_UNITS: PropSpec = spec.integer({ min: 1, max: MAX_REQUEST_UNITS });

/** What every prop of a ResilientTable accepts (the construct relates them: billing mode and capacity, replicas and stream). */
export const RESILIENT_TABLE_PROPS: PropSpecs<ResilientTableProps> = {
  // CreateTable TableName: 3 to 255 of [a-zA-Z0-9_.-] (DynamoDB API Reference); the generated table knows 1 to 1024 only.
  tableName: spec.name({ pattern: /^[A-Za-z0-9_.-]{3,255}$/, what: '3 to 255 letters, digits, "_", "-" or "."', aws: { resource: TABLE, argument: 'name' } }),
  partitionKey: { ...TABLE_KEY, required: 'a { name, type } key attribute' },
  sortKey: TABLE_KEY,
  globalSecondaryIndexes: spec.list(TABLE_INDEX, { maxItems: MAX_INDEXES, tokens: { refuse: 'each index is a block of the table' }, example: [TABLE_INDEX.example] }),
  billingMode: spec.oneOf(['on-demand', 'provisioned'], { tokens: { refuse: 'it decides whether autoscaling and capacity alarms exist' } }),
  readCapacity: CAPACITY,
  writeCapacity: CAPACITY,
  maxReadRequestUnits: REQUEST_UNITS,
  maxWriteRequestUnits: REQUEST_UNITS,
  kmsKeyArn: spec.arn('kms'),
  replicas: spec.list(TABLE_REPLICA, { tokens: { refuse: 'each replica is a block of the table and has its own key' }, example: [TABLE_REPLICA.example] }),
  pointInTimeRecovery: spec.boolean({ tokens: { refuse: 'the table reports its data RPO from it' } }),
  pointInTimeRecoveryDays: spec.integer({
    min: RETENTION.minBackupDays,
    max: RETENTION.maxContinuousBackupDays,
    aws: { resource: TABLE, argument: 'point_in_time_recovery.recovery_period_in_days' },
  }),
  deletionProtection: spec.boolean(),
  // TimeToLiveSpecification AttributeName: 1 to 255 characters, any (the construct escapes it).
  timeToLiveAttribute: spec.name({ nonEmpty: true, maxLength: 255 }),
  stream: spec.oneOf(['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'], { aws: { resource: TABLE, argument: 'stream_view_type' } }),
  contributorInsights: spec.boolean({ tokens: { refuse: 'it decides whether Contributor Insights resources exist' } }),
  tableClass: spec.oneOf(['STANDARD', 'STANDARD_INFREQUENT_ACCESS'], { aws: { resource: TABLE, argument: 'table_class' } }),
  ...reliableProps(TABLE_ALARM_KEYS),
};
