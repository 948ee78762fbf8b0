import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RegionalFailover, RegionalFailoverProps } from '../../../src/aws/recovery';
import { REGIONAL_FAILOVER_PROPS } from '../../../src/aws/recovery/private/regional-failover-spec';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { usEast1Routing } from './failover-fixture';

contractSuite<RegionalFailoverProps>({
  construct: 'RegionalFailover',
  aws: true,
  alarmKeys: ['primaryUnhealthy', 'recoveryUnhealthy'],
  build: (stack, overrides) => {
    const useast1 = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
    return new RegionalFailover(stack, SUBJECT, {
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      recordName: 'api.example.com',
      primary: { region: 'eu-west-1', target: { dnsName: 'primary-123.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } },
      recovery: { region: 'eu-central-1', target: { dnsName: 'standby-456.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } },
      alarmProvider: useast1,
      alarmRouting: usEast1Routing(),
      ...overrides,
    } as RegionalFailoverProps);
  },
  specs: REGIONAL_FAILOVER_PROPS,
});
