import { ResilientTable, ResilientTableProps } from '../../../src/aws/storage/resilient-table';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind, PropKind } from '../../kit/hostile';

const ALARM_KEYS = ['throttledRequests', 'systemErrors', 'replicationLatency', 'consumedReadCapacity', 'consumedWriteCapacity'];
const KEY: PropKind = { object: { name: 'name', type: { enum: ['S', 'N', 'B'] } }, valid: { name: 'pk', type: 'S' } };
const CAPACITY: PropKind = { object: { min: 'integer', max: 'integer', targetUtilizationPercent: 'number' }, valid: { min: 5, max: 50 } };

contractSuite<ResilientTableProps>({
  construct: 'ResilientTable',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) => new ResilientTable(stack, SUBJECT, { partitionKey: { name: 'pk', type: 'S' }, alarmRouting: new FakeRouting(), ...overrides } as ResilientTableProps),
  props: {
    tableName: 'name',
    partitionKey: KEY,
    sortKey: KEY,
    globalSecondaryIndexes: {
      list: { name: 'name', partitionKey: KEY, sortKey: KEY, projection: { enum: ['ALL', 'KEYS_ONLY', 'INCLUDE'] }, nonKeyAttributes: 'stringList' },
      valid: [{ name: 'by-customer', partitionKey: { name: 'customer', type: 'S' } }],
    },
    billingMode: { enum: ['on-demand', 'provisioned'] },
    readCapacity: CAPACITY,
    writeCapacity: CAPACITY,
    maxReadRequestUnits: 'integer',
    maxWriteRequestUnits: 'integer',
    kmsKeyArn: 'arn',
    replicas: { list: { region: 'name', provider: 'reference', kmsKeyArn: 'arn' }, valid: [{ region: 'eu-central-1' }] },
    pointInTimeRecovery: 'boolean',
    pointInTimeRecoveryDays: 'integer',
    deletionProtection: 'boolean',
    timeToLiveAttribute: 'name',
    stream: { enum: ['NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES', 'KEYS_ONLY'] },
    contributorInsights: 'boolean',
    tableClass: { enum: ['STANDARD', 'STANDARD_INFREQUENT_ACCESS'] },
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
