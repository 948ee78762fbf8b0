import { RecoveryObjectives, RecoveryObjectivesProps } from '../../../src/aws/recovery';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { PropKind } from '../../kit/hostile';

const OBJECTIVE: PropKind = { object: { rto: 'name', rpo: 'name' }, valid: { rto: '15m', rpo: '5m' } };

contractSuite<RecoveryObjectivesProps>({
  construct: 'RecoveryObjectives',
  aws: true,
  build: (stack, overrides) => new RecoveryObjectives(stack, SUBJECT, { zone: { rto: '5m', rpo: 0 }, ...overrides } as RecoveryObjectivesProps),
  props: {
    zone: OBJECTIVE,
    region: OBJECTIVE,
    data: OBJECTIVE,
    strategy: { enum: ['backup-restore', 'pilot-light', 'warm-standby', 'active-active'] },
    resources: 'reference',
    tier: { enum: ['MissionCritical', 'Critical', 'Important', 'CoreServices', 'NonCritical'] },
    resiliencyPolicy: 'boolean',
    warnOnly: 'boolean',
    alarmRouting: 'reference',
    alarms: 'reference',
    tags: 'stringMap',
  },
});
