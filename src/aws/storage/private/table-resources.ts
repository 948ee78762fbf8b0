import { DynamodbContributorInsights } from '@cdktf/provider-aws/lib/dynamodb-contributor-insights';
import { DynamodbTable, DynamodbTableConfig } from '@cdktf/provider-aws/lib/dynamodb-table';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import { RETENTION } from '../../../core/contract';
import { literal } from '../../../core/user-text';
import { RegionPlacement } from '../region-placement';
import type { ResilientTableProps } from '../resilient-table';
import { storageKey } from '../storage-key';
import { CapacityAutoscaling, capacityAutoscaling, ScalableTablePart } from '../table-capacity';
import { attributeDefinitions } from '../table-schema';
import type { PlacedReplica } from './table-checks';

/** What a ResilientTable decided before creating its resources. */
export interface TablePlan {
  readonly props: ResilientTableProps;
  readonly tableName: string;
  readonly primary: RegionPlacement;
  readonly replicas: readonly PlacedReplica[];
  readonly provisioned: boolean;
  readonly pointInTimeRecovery: boolean;
}

/** The resources of a ResilientTable, under the construct ids it has always had. */
export interface TableResources {
  readonly kmsKey?: KmsKey;
  readonly kmsKeyArn: string;
  readonly replicaKeys: Readonly<Record<string, KmsKey>>;
  /** Key ARN of each replica, in the order of the replicas. */
  readonly replicaKeyArns: readonly string[];
  readonly table: DynamodbTable;
  readonly autoscaling: Readonly<Record<string, CapacityAutoscaling>>;
  readonly contributorInsights: readonly DynamodbContributorInsights[];
}

/** Keys (the table's and each replica's, unless given), the table with its replica blocks, autoscaling and Contributor Insights. */
export function createTableResources(scope: Construct, plan: TablePlan): TableResources {
  const { props, tableName, primary } = plan;
  const kmsKey = props.kmsKeyArn === undefined ? storageKey(scope, 'key', `Encrypts DynamoDB table ${tableName} in ${primary.region}`, primary) : undefined;
  const kmsKeyArn = props.kmsKeyArn ?? kmsKey!.arn;
  const replicaKeys: Record<string, KmsKey> = {};
  const replicaKeyArns = plan.replicas.map(({ spec, placement }) => {
    if (spec.kmsKeyArn !== undefined) return spec.kmsKeyArn;
    replicaKeys[placement.region] = storageKey(scope, `replica-key-${placement.region}`, `Encrypts the ${placement.region} replica of DynamoDB table ${tableName}`, placement);
    return replicaKeys[placement.region].arn;
  });
  const table = createTable(scope, plan, kmsKeyArn, plan.replicas.map((r, i) => ({ region: r.placement.region, kmsKeyArn: replicaKeyArns[i] })));
  const autoscaling = plan.provisioned ? createAutoscaling(scope, plan, table) : {};
  const contributorInsights = props.contributorInsights ? createContributorInsights(scope, table, props) : [];
  return { kmsKey, kmsKeyArn, replicaKeys, replicaKeyArns, table, autoscaling, contributorInsights };
}

function createTable(scope: Construct, plan: TablePlan, kmsKeyArn: string, replicas: { region: string; kmsKeyArn: string }[]): DynamodbTable {
  const { props, provisioned } = plan;
  const indexes = props.globalSecondaryIndexes ?? [];
  const attributes = attributeDefinitions(scope, [
    { prop: 'partitionKey', key: props.partitionKey },
    { prop: 'sortKey', key: props.sortKey },
    ...indexes.flatMap((ix, i) => [
      { prop: `globalSecondaryIndexes[${i}].partitionKey`, key: ix.partitionKey },
      { prop: `globalSecondaryIndexes[${i}].sortKey`, key: ix.sortKey },
    ]),
  ]);
  const deletionProtection = props.deletionProtection ?? true;
  const streamView = props.stream ?? (replicas.length > 0 ? 'NEW_AND_OLD_IMAGES' : undefined);
  const read = props.readCapacity;
  const write = props.writeCapacity;
  const config: DynamodbTableConfig = {
    name: plan.tableName,
    billingMode: provisioned ? 'PROVISIONED' : 'PAY_PER_REQUEST',
    readCapacity: provisioned ? read!.min : undefined,
    writeCapacity: provisioned ? write!.min : undefined,
    onDemandThroughput:
      !provisioned && (props.maxReadRequestUnits !== undefined || props.maxWriteRequestUnits !== undefined)
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
      readCapacity: provisioned ? read!.min : undefined,
      writeCapacity: provisioned ? write!.min : undefined,
    })),
    tableClass: props.tableClass,
    deletionProtectionEnabled: deletionProtection,
    pointInTimeRecovery: plan.pointInTimeRecovery
      ? { enabled: true, recoveryPeriodInDays: props.pointInTimeRecoveryDays ?? RETENTION.maxContinuousBackupDays }
      : { enabled: false },
    serverSideEncryption: { enabled: true, kmsKeyArn },
    ttl: props.timeToLiveAttribute !== undefined ? { enabled: true, attributeName: literal(props.timeToLiveAttribute) } : undefined,
    streamEnabled: streamView !== undefined,
    streamViewType: streamView,
    replica: replicas.map((r) => ({
      regionName: r.region,
      kmsKeyArn: r.kmsKeyArn,
      pointInTimeRecovery: plan.pointInTimeRecovery,
      deletionProtectionEnabled: deletionProtection,
      propagateTags: true,
    })),
    // Autoscaling moves the provisioned capacity; Terraform must not move it back.
    lifecycle: provisioned ? { ignoreChanges: ['read_capacity', 'write_capacity'] } : undefined,
  };
  // Logical id 'table' is part of the public contract: never rename it.
  return new DynamodbTable(scope, 'table', config);
}

/** Read and write autoscaling of the table and each index, in the table's Region and every replica's. */
function createAutoscaling(scope: Construct, plan: TablePlan, table: DynamodbTable): Record<string, CapacityAutoscaling> {
  const { props, tableName } = plan;
  const capacity = { read: props.readCapacity!, write: props.writeCapacity! };
  const parts: ScalableTablePart[] = [
    { id: 'table', resourceId: `table/${tableName}`, kind: 'table' },
    ...(props.globalSecondaryIndexes ?? []).map((ix): ScalableTablePart => ({ id: `index-${ix.name}`, resourceId: `table/${tableName}/index/${ix.name}`, kind: 'index' })),
  ];
  const out: Record<string, CapacityAutoscaling> = {};
  for (const placement of [plan.primary, ...plan.replicas.map((r) => r.placement)]) {
    const suffix = placement.region === plan.primary.region ? '' : `-${placement.region}`;
    for (const part of parts) out[`${part.id}${suffix}`] = capacityAutoscaling(scope, part, placement, suffix, capacity, [table]);
  }
  return out;
}

function createContributorInsights(scope: Construct, table: DynamodbTable, props: ResilientTableProps): DynamodbContributorInsights[] {
  return [
    new DynamodbContributorInsights(scope, 'contributor-insights', { tableName: table.name }),
    ...(props.globalSecondaryIndexes ?? []).map((ix) => new DynamodbContributorInsights(scope, `contributor-insights-${ix.name}`, { tableName: table.name, indexName: ix.name })),
  ];
}
