import { VeleroSchedule, VeleroScheduleProps } from '../../src/kubernetes';
import { VELERO_SCHEDULE_PROPS } from '../../src/kubernetes/private/velero-schedule-spec';
import { contractSuite, SUBJECT } from '../kit/contract';

contractSuite<VeleroScheduleProps>({
  construct: 'VeleroSchedule',
  build: (stack, overrides) => new VeleroSchedule(stack, SUBJECT, { schedule: '0 3 * * *', includedNamespaces: ['shop'], ...overrides } as VeleroScheduleProps),
  specs: VELERO_SCHEDULE_PROPS,
});
