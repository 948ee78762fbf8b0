import { VeleroSchedule, VeleroScheduleProps } from '../../src/kubernetes';
import { contractSuite, SUBJECT } from '../kit/contract';

contractSuite<VeleroScheduleProps>({
  construct: 'VeleroSchedule',
  build: (stack, overrides) => new VeleroSchedule(stack, SUBJECT, { schedule: '0 3 * * *', includedNamespaces: ['shop'], ...overrides } as VeleroScheduleProps),
  props: {
    schedule: 'name',
    includedNamespaces: 'stringList',
    name: 'name',
    namespace: 'name',
    ttl: 'name',
    includedResources: 'stringList',
    excludedResources: 'stringList',
    labelSelector: 'stringMap',
    snapshotVolumes: 'boolean',
    storageLocation: 'name',
    volumeSnapshotLocations: 'stringList',
  },
});
