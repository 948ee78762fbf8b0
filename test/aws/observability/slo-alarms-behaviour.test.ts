/**
 * Alert behaviour of the SYNTHESIZED alarms for a 99.9% / 30 day
 * availability SLO, evaluated minute by minute against synthetic traffic
 * (see alarm-evaluator.ts for the evaluation model).
 */
import { IAlarmRouting, SloAlarms, SloSli } from '../../../src';
import { synthWith } from '../../harness';
import { AlarmEvaluator, albLatencySource, albSource, parseMath, parseRule, Timeline } from './alarm-evaluator';

const routing: IAlarmRouting = { severities: ['page', 'ticket'], actionsFor: (s) => [`arn:aws:sns:eu-west-1:123456789012:${s}`] };
const json = synthWith((stack) => {
  new SloAlarms(stack, 'slos', {
    service: 'checkout',
    alarmRouting: routing,
    slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/123' }) }],
  });
});
const evaluator = new AlarmEvaluator(json);
const PAGE = 'checkout-availability-page';
const TICKET = 'checkout-availability-ticket';
const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * Every scenario starts after 3 days (the longest window) of healthy
 * traffic, so the windows are full as they are for a service that has been
 * running: minute 0 of a scenario is minute WARMUP of the run.
 */
const WARMUP = 3 * 24 * 60;
function run(minutes: number, scenario: (minute: number) => { bad: number; total: number }, warmupTotal = 1000): Shifted {
  const t = evaluator.run(WARMUP + minutes, albSource((m) => (m < WARMUP ? { bad: 0, total: warmupTotal } : scenario(m - WARMUP))));
  expect(t.everAlarm(PAGE) && t.firstAlarm(PAGE)! <= WARMUP).toBe(false);
  return {
    states: t.states,
    firstAlarm: (name, from = 1) => shift(t.firstAlarm(name, from + WARMUP)),
    firstOk: (name, from = 1) => shift(t.firstOk(name, from + WARMUP)),
    everAlarm: (name) => t.firstAlarm(name, WARMUP + 1) !== undefined,
  };
}
const shift = (m: number | undefined): number | undefined => (m === undefined ? undefined : m - WARMUP);
type Shifted = Pick<Timeline, 'states' | 'firstAlarm' | 'firstOk' | 'everAlarm'>;

/** A deterministic pseudo-random generator (mulberry32), so the "random" healthy traffic is the same on every run. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the evaluator reads what was synthesized', () => {
  test('8 window alarms and the 2 composites, whose rules reference only synthesized alarms', () => {
    expect(evaluator.windowAlarmNames).toHaveLength(8);
    expect(evaluator.compositeAlarmNames.sort()).toEqual([PAGE, TICKET]);
    const t = evaluator.run(10, albSource(() => ({ bad: 0, total: 1000 })));
    expect([...t.states.keys()]).toHaveLength(10);
    expect(t.everAlarm(PAGE)).toBe(false);
  });

  test('its parsers handle the shapes it is given, and reject what they do not know', () => {
    expect(parseMath('IF(requests >= 10, bad / requests, 0)')).toMatchObject({ kind: 'call', fn: 'IF' });
    expect(() => parseMath('bad ^ 2')).toThrow();
    expect(parseRule('(ALARM("a") AND ALARM("b")) OR NOT OK("c")')).toMatchObject({ kind: 'or' });
    expect(() => parseRule('ALARM("a") XOR ALARM("b")')).toThrow();
  });
});

describe('alert behaviour, 99.9% over 30 days', () => {
  test('a full outage pages within 2 minutes of the metric arriving, and the ticket stays silent', () => {
    const t = run(3 * HOUR, (m) => (m >= 60 ? { bad: 1000, total: 1000 } : { bad: 0, total: 1000 }));
    const paged = t.firstAlarm(PAGE)!;
    expect(paged).toBeGreaterThan(60);
    expect(paged - 60).toBeLessThanOrEqual(2);
    // the 1d/2h and 3d/6h windows fire too, but the page suppresses the ticket
    expect(t.firstAlarm('checkout-availability-ticket-1d-2h-long')).toBeDefined();
    expect(t.everAlarm(TICKET)).toBe(false);
  });

  test('a steady 2x burn never pages but opens a ticket (after ~36 h: the 3d window at 1x)', () => {
    const t = run(3 * DAY, () => ({ bad: 2, total: 1000 }));
    expect(t.everAlarm(PAGE)).toBe(false);
    const ticket = t.firstAlarm(TICKET)!;
    expect(ticket).toBeDefined();
    expect(ticket).toBeGreaterThanOrEqual(36 * HOUR - 1);
    expect(ticket).toBeLessThanOrEqual(36 * HOUR + 1);
  });

  test('a healthy service (0.02% errors, random around that) never alerts over 30 days', () => {
    const random = rng(42);
    const series = Array.from({ length: 30 * DAY }, () => {
      // ~1000 requests a minute; each fails with probability 0.0002 (binomial by inversion, deterministic seed)
      const total = 900 + Math.floor(random() * 200);
      let bad = 0;
      let p = Math.pow(1 - 0.0002, total);
      let cdf = p;
      const u = random();
      while (u > cdf && bad < total) {
        p = (p * (total - bad) * 0.0002) / ((bad + 1) * (1 - 0.0002));
        bad += 1;
        cdf += p;
      }
      return { bad, total };
    });
    const errors = series.reduce((s, x) => s + x.bad, 0) / series.reduce((s, x) => s + x.total, 0);
    expect(errors).toBeGreaterThan(0.00015);
    expect(errors).toBeLessThan(0.00025);
    const t = evaluator.run(30 * DAY, albSource((m) => series[m]));
    expect(t.everAlarm(PAGE)).toBe(false);
    expect(t.everAlarm(TICKET)).toBe(false);
  });

  test('the page clears within the 5m short window after recovery (a 10% error spike for 20 minutes)', () => {
    const t = run(2 * HOUR, (m) => (m >= 30 && m < 50 ? { bad: 100, total: 1000 } : { bad: 0, total: 1000 }));
    expect(t.firstAlarm(PAGE)).toBeDefined();
    // the 6h/30m pair stayed below its threshold: only the 1h/5m pair paged
    expect(t.everAlarm('checkout-availability-page-6h-30m-long')).toBe(false);
    const cleared = t.firstOk(PAGE, t.firstAlarm(PAGE))!;
    expect(cleared).toBeGreaterThan(50);
    expect(cleared - 50).toBeLessThanOrEqual(5);
    expect(t.firstAlarm(PAGE, cleared)).toBeUndefined();
  });

  test('after a 20-minute full outage the 6h/30m pair fires too, so the page clears within its 30m short window', () => {
    const t = run(3 * HOUR, (m) => (m >= 30 && m < 50 ? { bad: 1000, total: 1000 } : { bad: 0, total: 1000 }));
    expect(t.firstAlarm('checkout-availability-page-6h-30m-long')).toBeDefined();
    const cleared = t.firstOk(PAGE, t.firstAlarm(PAGE))!;
    expect(cleared - 50).toBeGreaterThan(5);
    expect(cleared - 50).toBeLessThanOrEqual(30);
  });

  test('the minimum-traffic guard: 1 failure out of 2 requests at night pages nobody', () => {
    // 2 requests at 03:00, one of them fails; nothing else all night
    const t = run(6 * HOUR, (m) => (m === 180 ? { bad: 1, total: 2 } : { bad: 0, total: 0 }), 0);
    expect(t.everAlarm(PAGE)).toBe(false);
    expect(t.everAlarm(TICKET)).toBe(false);
    // without the guard the 1h window would have read 50%, far above its 1.44% threshold
    expect(t.everAlarm('checkout-availability-page-1h-5m-long')).toBe(false);
    expect(t.firstAlarm('checkout-availability-page-1h-5m-short')).toBe(181);
  });

  test('a low-traffic service still pages on a full outage once its long window holds 10 requests', () => {
    // 1 request a minute, all failing from minute 60
    const t = run(2 * HOUR, (m) => (m >= 60 ? { bad: 1, total: 1 } : { bad: 0, total: 1 }), 1);
    const paged = t.firstAlarm(PAGE)!;
    expect(paged).toBeDefined();
    expect(paged - 60).toBeLessThanOrEqual(2);
  });
});

test('with the guard turned off (minimumEventsPerWindow: 1) the same 1-of-2 failure at night pages', () => {
  const unguarded = new AlarmEvaluator(
    synthWith((stack) => {
      new SloAlarms(stack, 'slos', {
        service: 'checkout',
        alarmRouting: routing,
        minimumEventsPerWindow: 1,
        slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/123' }) }],
      });
    }),
  );
  const t = unguarded.run(6 * HOUR, albSource((m) => (m === 180 ? { bad: 1, total: 2 } : { bad: 0, total: 0 })));
  expect(t.firstAlarm(PAGE)).toBe(181);
});

describe('alert behaviour of a latency SLO (99% of requests within 300 ms over 30 days)', () => {
  const latency = new AlarmEvaluator(
    synthWith((stack) => {
      new SloAlarms(stack, 'slos', {
        service: 'web',
        alarmRouting: routing,
        slos: [{ name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/123', thresholdSeconds: 0.3 }) }],
      });
    }),
  );
  const start = 3 * DAY;
  const runLatency = (minutes: number, slowShare: (m: number) => number) =>
    latency.run(start + minutes, albLatencySource((m) => ({ slow: m < start ? 0 : Math.round(1000 * slowShare(m - start)), total: 1000 })));

  test('every request slow pages after 2% of the budget (1h x 14.4%: ~8.6 min)', () => {
    const t = runLatency(HOUR, () => 1);
    const paged = t.firstAlarm('web-latency-page')! - start;
    expect(paged).toBeGreaterThanOrEqual(8);
    expect(paged).toBeLessThanOrEqual(10);
  });

  test('0.5% slow requests (half the budget) never alert in 3 days; 2% slow opens a ticket, never a page', () => {
    const healthy = runLatency(3 * DAY, () => 0.005);
    expect(healthy.firstAlarm('web-latency-page', start + 1)).toBeUndefined();
    expect(healthy.firstAlarm('web-latency-ticket', start + 1)).toBeUndefined();
    const twice = runLatency(3 * DAY, () => 0.02);
    expect(twice.firstAlarm('web-latency-page', start + 1)).toBeUndefined();
    expect(twice.firstAlarm('web-latency-ticket', start + 1)! - start).toBeCloseTo(36 * HOUR, -1);
  });
});
