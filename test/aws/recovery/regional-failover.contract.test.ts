import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { RegionalFailover, RegionalFailoverProps } from '../../../src/aws/recovery';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind, PropKind } from '../../kit/hostile';

const ALARM_KEYS = ['primaryUnhealthy', 'recoveryUnhealthy'];
const REGION = (region: string, dnsName: string, zoneId: string): PropKind => ({
  object: { region: 'name', target: { object: { dnsName: 'name', zoneId: 'name' }, valid: { dnsName, zoneId } }, provider: 'reference', healthCheckFqdn: 'name' },
  valid: { region, target: { dnsName, zoneId } },
});

contractSuite<RegionalFailoverProps>({
  construct: 'RegionalFailover',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) => {
    const useast1 = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
    return new RegionalFailover(stack, SUBJECT, {
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      recordName: 'api.example.com',
      primary: { region: 'eu-west-1', target: { dnsName: 'primary-123.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } },
      recovery: { region: 'eu-central-1', target: { dnsName: 'standby-456.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } },
      alarmProvider: useast1,
      alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'us-east-1' }),
      ...overrides,
    } as RegionalFailoverProps);
  },
  props: {
    hostedZoneId: 'name',
    recordName: 'name',
    primary: REGION('eu-west-1', 'primary-123.eu-west-1.elb.amazonaws.com', 'Z32O12XQLNTSW2'),
    recovery: REGION('eu-central-1', 'standby-456.eu-central-1.elb.amazonaws.com', 'Z215JYRZR1TBD5'),
    healthCheck: {
      object: { path: 'string', protocol: { enum: ['HTTPS', 'HTTP'] }, port: 'integer', fast: 'boolean', failureThreshold: 'integer' },
      valid: {},
    },
    alarmProvider: 'reference',
    data: 'reference',
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
