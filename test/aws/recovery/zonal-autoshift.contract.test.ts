import { ZonalAutoshift, ZonalAutoshiftProps } from '../../../src/aws/recovery/zonal-autoshift';
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
  props: {
    loadBalancer: 'arn',
    outcomeAlarms: 'arnList',
    blockingAlarms: 'arnList',
    allowedWindows: 'stringList',
    blockedWindows: 'stringList',
    blockedDates: 'stringList',
    enabled: 'boolean',
    region: 'name',
    alarmRouting: 'reference',
    alarms: 'reference',
    tags: 'stringMap',
  },
});
