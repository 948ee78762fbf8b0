import { ChaosDrill, ChaosDrillProps } from '../../../src/aws/chaos/chaos-drill';
import { CHAOS_DRILL_PROPS } from '../../../src/aws/chaos/private/chaos-drill-spec';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

const ALARM_ARN = 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:checkout-errors';

contractSuite<ChaosDrillProps>({
  construct: 'ChaosDrill',
  aws: true,
  build: (stack, overrides) =>
    new ChaosDrill(stack, SUBJECT, {
      scenario: 'database-failover',
      database: { instance: { arn: 'arn:aws:rds:eu-west-1:111111111111:db:orders' } },
      stopConditions: [ALARM_ARN],
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as ChaosDrillProps),
  specs: CHAOS_DRILL_PROPS,
});
