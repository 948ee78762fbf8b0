import { SloAlarms, SloAlarmsProps } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

const AVAILABILITY = {
  name: 'availability',
  objective: 99.9,
  runbookUrl: 'https://runbooks.example.com/checkout/availability',
  sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }),
};

contractSuite<SloAlarmsProps>({
  construct: 'SloAlarms',
  aws: true,
  build: (stack, overrides) => new SloAlarms(stack, SUBJECT, { service: 'checkout', alarmRouting: new FakeRouting(), slos: [AVAILABILITY], ...overrides } as SloAlarmsProps),
  props: {
    service: 'name',
    alarmRouting: 'reference',
    slos: {
      list: { name: 'name', objective: 'number', period: 'name', description: 'string', runbookUrl: 'url', alerts: 'reference', sli: 'reference', minimumEventsPerWindow: 'integer' },
      valid: [AVAILABILITY],
    },
    minimumEventsPerWindow: 'integer',
    dashboard: 'boolean',
    sliHealth: { object: { enabled: 'boolean', missingFor: 'name', severity: { enum: ['page', 'ticket'] } }, valid: {} },
    suppressionWaitPeriod: 'name',
    suppressionExtensionPeriod: 'name',
    alarms: 'reference',
    tags: 'stringMap',
  },
});
