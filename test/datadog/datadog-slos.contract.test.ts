import { DatadogSlos, DatadogSlosProps } from '../../src/datadog/datadog-slos';
import { DATADOG_SLOS_PROPS } from '../../src/datadog/private/datadog-slos-spec';
import { TestStack } from '../harness';
import { contractSuite, SUBJECT } from '../kit/contract';

const AVAILABILITY = {
  name: 'availability',
  objective: 99.9,
  good: 'sum:trace.http.request.hits{service:web}.as_count() - sum:trace.http.request.errors{service:web}.as_count()',
  total: 'sum:trace.http.request.hits{service:web}.as_count()',
  alerts: [
    { severity: 'page', longWindow: '1h', burnRate: 14.4 },
    { severity: 'ticket', longWindow: '1d', burnRate: 3 },
  ],
};

const build = (stack: TestStack, overrides: Partial<Record<keyof DatadogSlosProps, unknown>>) =>
  new DatadogSlos(stack, SUBJECT, { service: 'web', slos: [AVAILABILITY], notify: { page: ['@pagerduty-web'], ticket: ['@slack-web'] }, ...overrides } as DatadogSlosProps);

contractSuite<DatadogSlosProps>({ construct: 'DatadogSlos', build, specs: DATADOG_SLOS_PROPS });
