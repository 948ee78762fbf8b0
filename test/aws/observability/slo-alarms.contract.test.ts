import { SloAlarms, SloAlarmsProps } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { SLO_ALARMS_PROPS } from '../../../src/aws/observability/private/slo-alarms-spec';
import { ALB_AVAILABILITY_SLI, ALB_LATENCY_SLI, API_GATEWAY_SLI, METRIC_MATH_SLI, METRIC_PAIR_SLI } from '../../../src/aws/observability/private/slo-sli-spec';
import { InvalidPropError } from '../../../src/core/errors';
import { ObjectSpec } from '../../../src/core/prop-spec';
import { FakeRouting, TestStack } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { PropKind } from '../../kit/hostile';
import { kindFromSpec } from '../../kit/spec-kinds';
import { formatFailures, sweep } from '../../kit/sweep';

const AVAILABILITY = {
  name: 'availability',
  objective: 99.9,
  runbookUrl: 'https://runbooks.example.com/checkout/availability',
  sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }),
};

const build = (stack: TestStack, overrides: Partial<Record<keyof SloAlarmsProps, unknown>>) =>
  new SloAlarms(stack, SUBJECT, { service: 'checkout', alarmRouting: new FakeRouting(), slos: [AVAILABILITY], ...overrides } as SloAlarmsProps);

contractSuite<SloAlarmsProps>({ construct: 'SloAlarms', aws: true, build, specs: SLO_ALARMS_PROPS });

/**
 * The SLI factories' props reach Terraform through SloAlarms (metric names, namespaces, dimensions, statistics,
 * units, expressions): one sweep over every factory's spec, each SLI used by an SLO of the subject.
 */
const FACTORIES: Record<string, { spec: ObjectSpec; make: (props: never) => SloSli }> = {
  albAvailability: { spec: ALB_AVAILABILITY_SLI, make: SloSli.albAvailability },
  albLatency: { spec: ALB_LATENCY_SLI, make: SloSli.albLatency },
  apiGateway: { spec: API_GATEWAY_SLI, make: SloSli.apiGateway },
  metrics: { spec: METRIC_PAIR_SLI, make: SloSli.metrics },
  metricMath: { spec: METRIC_MATH_SLI, make: SloSli.metricMath },
};

test('SloSli: bad input to any factory\'s props fails with a clear error naming SloAlarms and the SLI field, or synthesizes a clean stack', () => {
  const props = Object.fromEntries(Object.entries(FACTORIES).map(([name, f]) => [name, kindFromSpec(f.spec)])) as Record<string, PropKind>;
  const { failures, cases } = sweep(
    {
      construct: 'SloSli',
      props,
      build: (stack, overrides) => {
        const [factory, sliProps] = Object.entries(overrides)[0];
        try {
          return build(stack, { slos: [{ ...AVAILABILITY, sli: FACTORIES[factory].make(sliProps as never) }] });
        } catch (e) {
          // SloAlarms names the SLI's props `slos[0].sli.<field>`; the sweep names them `<factory>.<field>`.
          if (e instanceof InvalidPropError && /^slos\[0\]\.sli\b/.test(e.prop)) throw new InvalidPropError(e.constructPath, e.prop.replace(/^slos\[0\]\.sli/, factory), e.value, e.allowed);
          throw e;
        }
      },
    },
    { numRuns: Number(process.env.SWEEP_RUNS ?? 120) },
  );
  expect(cases).toBeGreaterThan(100);
  if (failures.length) throw new Error(`${failures.length} of ${cases} bad-input cases failed:\n${formatFailures(failures)}`);
});
