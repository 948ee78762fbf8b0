import { ResilientDatabase, ResilientDatabaseProps } from '../../../src/aws/database/resilient-database';
import { FakeRouting, plainNetwork } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind, networkKind } from '../../kit/hostile';

const ALARM_KEYS = ['cpu', 'freeStorage', 'freeableMemory', 'connections', 'replicaLag', 'deadlocks'];

contractSuite<ResilientDatabaseProps>({
  construct: 'ResilientDatabase',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) =>
    new ResilientDatabase(stack, SUBJECT, {
      network: plainNetwork(),
      engine: 'postgres',
      clientSecurityGroupIds: ['sg-0123456789abcdef0'],
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as ResilientDatabaseProps),
  props: {
    network: networkKind(['vpcId', 'isolatedSubnetIds']),
    engine: { enum: ['postgres', 'mysql', 'aurora-postgresql', 'aurora-mysql'] },
    engineVersion: 'name',
    instanceClass: 'name',
    identifier: 'name',
    databaseName: 'name',
    masterUsername: 'name',
    port: 'integer',
    clientSecurityGroupIds: 'stringList',
    allocatedStorageGiB: 'integer',
    maxAllocatedStorageGiB: 'integer',
    readers: 'integer',
    recoveryRegion: 'reference',
    writerZone: 'name',
    readerZones: 'stringList',
    readerAutoscaling: { object: { minReaders: 'integer', maxReaders: 'integer', cpuTargetPercent: 'number' }, valid: { maxReaders: 3 } },
    backupRetentionDays: 'integer',
    backupWindow: 'name',
    maintenanceWindow: 'name',
    deletionProtection: 'boolean',
    skipFinalSnapshot: 'boolean',
    kmsKeyArn: 'arn',
    performanceInsightsRetentionDays: 'integer',
    monitoringIntervalSeconds: 'integer',
    cloudwatchLogsExports: 'stringList',
    parameters: 'stringMap',
    parameterGroupFamily: 'name',
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
