import { RecoveryObjectives, RecoveryObjectivesProps } from '../../../src/aws/recovery';
import { RECOVERY_OBJECTIVES_PROPS } from '../../../src/aws/recovery/private/recovery-objectives-spec';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<RecoveryObjectivesProps>({
  construct: 'RecoveryObjectives',
  aws: true,
  build: (stack, overrides) => new RecoveryObjectives(stack, SUBJECT, { zone: { rto: '5m', rpo: 0 }, ...overrides } as RecoveryObjectivesProps),
  specs: RECOVERY_OBJECTIVES_PROPS,
});
