import { RESILIENT_TABLE_PROPS } from '../../../src/aws/storage/private/resilient-table-spec';
import { ResilientTable, ResilientTableProps } from '../../../src/aws/storage/resilient-table';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<ResilientTableProps>({
  construct: 'ResilientTable',
  aws: true,
  alarmKeys: ['throttledRequests', 'systemErrors', 'replicationLatency', 'consumedReadCapacity', 'consumedWriteCapacity'],
  build: (stack, overrides) => new ResilientTable(stack, SUBJECT, { partitionKey: { name: 'pk', type: 'S' }, alarmRouting: new FakeRouting(), ...overrides } as ResilientTableProps),
  specs: RESILIENT_TABLE_PROPS,
});
