import { ZonalAutoshift, ZonalAutoshiftProps } from '../../../src/aws/recovery/zonal-autoshift';
import { ZONAL_AUTOSHIFT_PROPS } from '../../../src/aws/recovery/private/zonal-autoshift-spec';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

const ALARM_ARN = 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:checkout-errors';

contractSuite<ZonalAutoshiftProps>({
  construct: 'ZonalAutoshift',
  aws: true,
  // The zonal autoshift configuration has no tags argument.
  untaggable: true,
  build: (stack, overrides) =>
    new ZonalAutoshift(stack, SUBJECT, {
      loadBalancer: 'arn:aws:elasticloadbalancing:eu-west-1:111111111111:loadbalancer/app/shop/0123456789abcdef',
      outcomeAlarms: [ALARM_ARN],
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as ZonalAutoshiftProps),
  specs: ZONAL_AUTOSHIFT_PROPS,
});
