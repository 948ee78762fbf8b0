import { ManagedPrometheusSlos, ManagedPrometheusSlosProps } from '../../../src/aws/observability/managed-prometheus-slos';
import { MANAGED_PROMETHEUS_SLOS_PROPS } from '../../../src/aws/observability/private/managed-prometheus-slos-spec';
import { FakeRouting, TestStack } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

const AVAILABILITY = {
  name: 'availability',
  objective: 99.9,
  errorQuery: 'sum(rate(http_requests_total{job="api",code=~"5.."}[{{.window}}]))',
  totalQuery: 'sum(rate(http_requests_total{job="api"}[{{.window}}]))',
};

const build = (stack: TestStack, overrides: Partial<Record<keyof ManagedPrometheusSlosProps, unknown>>) =>
  new ManagedPrometheusSlos(stack, SUBJECT, { service: 'api', alarmRouting: new FakeRouting(), slos: [AVAILABILITY], ...overrides } as ManagedPrometheusSlosProps);

contractSuite<ManagedPrometheusSlosProps>({ construct: 'ManagedPrometheusSlos', aws: true, build, specs: MANAGED_PROMETHEUS_SLOS_PROPS });
