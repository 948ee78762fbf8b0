import { AutoScaledService, AutoScaledServiceProps } from '../../../src/aws/compute/auto-scaled-service';
import { AUTO_SCALED_SERVICE_PROPS } from '../../../src/aws/compute/private/auto-scaled-service-spec';
import { FakeRouting, plainNetwork } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<AutoScaledServiceProps>({
  construct: 'AutoScaledService',
  aws: true,
  alarmKeys: ['elb5xxRate', 'target5xxRate', 'unhealthyHosts', 'noHealthyHosts', 'targetResponseTime', 'inServiceBelowDesired'],
  build: (stack, overrides) =>
    new AutoScaledService(stack, SUBJECT, {
      network: plainNetwork(),
      requiredCapacity: 4,
      imageId: 'ami-0123456789abcdef0',
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as AutoScaledServiceProps),
  specs: AUTO_SCALED_SERVICE_PROPS,
});
