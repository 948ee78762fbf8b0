/**
 * The 5xx-rate alarms' metric math, evaluated minute by minute against
 * synthetic load-balancer traffic with the shared test evaluator (which
 * reads the synthesized JSON). The evaluator handles 1-of-1 evaluation, so
 * the alarms are evaluated per minute here; the defaults (5 of 5) only
 * require five such minutes in a row.
 */
import { AutoScaledService } from '../../../src/aws/compute/auto-scaled-service';
import { plainNetwork, synthJson, testStack } from '../../harness';
import { AlarmEvaluator, albSource } from '../observability/alarm-evaluator';

function evaluator() {
  const { stack } = testStack();
  const network = plainNetwork();
  new AutoScaledService(stack, 'web', {
    network,
    requiredCapacity: 2,
    imageId: 'ami-0123456789abcdef0',
    alarms: {
      target5xxRate: { evaluationPeriods: 1 },
      elb5xxRate: { evaluationPeriods: 1 },
      unhealthyHosts: { enabled: false },
      noHealthyHosts: { enabled: false },
      targetResponseTime: { enabled: false },
      inServiceBelowDesired: { enabled: false },
    },
  });
  return new AlarmEvaluator(synthJson(stack));
}

const TARGET = 'test-web-target5xxRate';
const ELB = 'test-web-elb5xxRate';

describe('5xx-rate alarms (percent of requests)', () => {
  const ev = evaluator();

  test('fires above 5% of requests failing, not at or below', () => {
    const t = ev.run(30, albSource((m) => (m < 10 ? { bad: 5, total: 100 } : m < 20 ? { bad: 6, total: 100 } : { bad: 0, total: 100 })));
    expect(t.firstAlarm(TARGET)).toBe(11);
    expect(t.firstOk(TARGET, 11)).toBe(21);
    expect(t.everAlarm(ELB)).toBe(false);
  });

  test('is a rate, not a count: 50 errors in 10,000 requests do not fire, 2 in 10 do', () => {
    const busy = ev.run(5, albSource(() => ({ bad: 50, total: 10000 })));
    expect(busy.everAlarm(TARGET)).toBe(false);
    const quiet = ev.run(5, albSource(() => ({ bad: 2, total: 10 })));
    expect(quiet.firstAlarm(TARGET)).toBe(1);
  });

  test('no traffic and no errors leave it OK (missing data is not breaching)', () => {
    const t = ev.run(10, albSource(() => ({ bad: 0, total: 0 })));
    expect(t.everAlarm(TARGET)).toBe(false);
    expect(t.everAlarm(ELB)).toBe(false);
  });
});
