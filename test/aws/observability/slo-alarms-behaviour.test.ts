/**
 * Alert behaviour of the SYNTHESIZED alarms for a 99.9% / 30 day
 * availability SLO, evaluated minute by minute against synthetic traffic
 * (see alarm-evaluator.ts for the evaluation model).
 */
import { SloAlarms, SloAlarmsProps, SloSli } from '../../../src';
import { alarmsByName, FakeRouting, synthWith } from '../../harness';
import { AlarmEvaluator, AlbMinute, albLatencySource, albSource, countNotifications, evaluateMath, parseMath, parseRule, silentFrom, Timeline } from './alarm-evaluator';

const routing = new FakeRouting();
const AVAILABILITY = { name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/123' }) };
const LATENCY = { name: 'latency', objective: 99, sli: SloSli.albLatency({ loadBalancer: 'app/web/123', thresholdSeconds: 0.3 }) };
/** The synthesized alarms of one SloAlarms: service checkout with the availability SLO, unless `props` say otherwise. */
const sloAlarmsJson = (props: Partial<SloAlarmsProps> = {}) =>
  synthWith((stack) => {
    new SloAlarms(stack, 'slos', { service: 'checkout', alarmRouting: routing, slos: [AVAILABILITY], ...props });
  });
const json = sloAlarmsJson();
const evaluator = new AlarmEvaluator(json);
const PAGE = 'checkout-availability-page';
const TICKET = 'checkout-availability-ticket';
const HEALTH = 'checkout-availability-sli-health';
/** CloudWatch publishes ALB metrics about a minute after the minute they count; alarms read them later still. */
const DELAY = 2;
const HOUR = 60;
const DAY = 24 * HOUR;

/**
 * Every scenario starts after 3 days (the longest window) of healthy
 * traffic, so the windows are full as they are for a service that has been
 * running: minute 0 of a scenario is minute WARMUP of the run.
 */
const WARMUP = 3 * 24 * 60;
function run(minutes: number, scenario: (minute: number) => AlbMinute, warmupTotal = 1000, ev = evaluator, delayMinutes = 0): Shifted {
  const t = ev.run(WARMUP + minutes, albSource((m) => (m < WARMUP ? { bad: 0, total: warmupTotal } : scenario(m - WARMUP))), { delayMinutes });
  expect(t.everAlarm(PAGE) && t.firstAlarm(PAGE)! <= WARMUP).toBe(false);
  return {
    states: t.states,
    firstAlarm: (name, from = 1) => shift(t.firstAlarm(name, from + WARMUP)),
    firstOk: (name, from = 1) => shift(t.firstOk(name, from + WARMUP)),
    everAlarm: (name) => t.firstAlarm(name, WARMUP + 1) !== undefined,
    notifications: t.notifications.filter((n) => n.minute > WARMUP).map((n) => ({ ...n, minute: n.minute - WARMUP })),
  };
}
const shift = (m: number | undefined): number | undefined => (m === undefined ? undefined : m - WARMUP);
type Shifted = Pick<Timeline, 'states' | 'firstAlarm' | 'firstOk' | 'everAlarm' | 'notifications'>;

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
  test('8 window alarms, the SLI health alarm and the 2 composites, whose rules reference only synthesized alarms', () => {
    expect(evaluator.windowAlarmNames).toHaveLength(9);
    expect(evaluator.windowAlarmNames).toContain(HEALTH);
    expect(evaluator.compositeAlarmNames.sort()).toEqual([PAGE, TICKET]);
    const t = evaluator.run(10, albSource(() => ({ bad: 0, total: 1000 })));
    expect([...t.states.keys()]).toHaveLength(11);
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
  test('a full target outage pages within 2 minutes of the metric arriving; the ticket fires but does not notify during the page', () => {
    const t = run(3 * HOUR, (m) => (m >= 60 ? { bad: 1000, total: 1000 } : { bad: 0, total: 1000 }));
    const paged = t.firstAlarm(PAGE)!;
    expect(paged).toBeGreaterThan(60);
    expect(paged - 60).toBeLessThanOrEqual(2);
    // the 1d/2h and 3d/6h windows fire too: the ticket's state follows them, its notifications wait for the page
    expect(t.firstAlarm(TICKET)).toBeGreaterThan(paged);
    expect(t.notifications.filter((n) => n.alarm === TICKET)).toEqual([]);
    expect(t.notifications.filter((n) => n.alarm === PAGE)).toEqual([{ minute: paged, alarm: PAGE, state: 'ALARM', actions: [routing.actionsFor('page')[0]] }]);
  });

  test.each([
    ['reports nothing', false],
    ['reports zero', true],
  ])('no target at all: the load balancer answers 503 to every request and RequestCount %s; the page fires within 3 minutes (2-minute metric delay) and holds for the whole outage', (_how, zero) => {
    const outage = { start: 60, end: 60 + 4 * HOUR };
    const t = run(
      6 * HOUR,
      (m) => (m >= outage.start && m < outage.end ? { bad: 0, total: 0, rejected: 1000, zeroRequestCount: zero } : { bad: 0, total: 1000 }),
      1000,
      evaluator,
      DELAY,
    );
    const paged = t.firstAlarm(PAGE)!;
    // the first rejected request is in minute 60; the alarm is evaluated at the end of a minute
    expect(paged - outage.start).toBeLessThanOrEqual(3);
    expect(t.firstOk(PAGE, paged)).toBeGreaterThan(outage.end);
    expect(t.notifications.filter((n) => n.alarm === PAGE && n.minute < outage.end)).toHaveLength(1);
    // RequestCount is silent for 4 hours, less than the 12h the SLI health alarm waits
    expect(t.everAlarm(HEALTH)).toBe(false);
  });

  test('the error ratio never exceeds 1: every request that reached a target answered 502 by the load balancer reads 100%, not 200%', () => {
    const queries: any[] = alarmsByName(json)['checkout-availability-page-1h-5m-long'].metric_query;
    const expressions = Object.fromEntries(queries.filter((q) => q.expression).map((q) => [q.id, q.expression]));
    const ratio = (values: Record<string, number | undefined>) => evaluateMath(expressions.ratio, values, expressions);
    // every request reached a target and got a 502 from the load balancer: in RequestCount and in the ELB 5xx
    expect(ratio({ requests: 1000, target_5xx: undefined, elb_5xx: 1000, elb_502: 1000, elb_504: undefined })).toBe(1);
    // no target: 503s only, RequestCount silent
    expect(ratio({ requests: undefined, target_5xx: undefined, elb_5xx: 1000, elb_502: undefined, elb_504: undefined })).toBe(1);
    // half the requests rejected before a target, the other half served fine
    expect(ratio({ requests: 500, target_5xx: undefined, elb_5xx: 500, elb_502: undefined, elb_504: undefined })).toBe(0.5);
    // a total that misses events (more bad than total) is capped at 1, and still guarded
    expect(ratio({ requests: 5, target_5xx: 50, elb_5xx: undefined, elb_502: undefined, elb_504: undefined })).toBe(1);
    expect(ratio({ requests: 1, target_5xx: 5, elb_5xx: undefined, elb_502: undefined, elb_504: undefined })).toBe(0);
    // and an all-502 outage pages as fast as a target outage
    const gateway = run(HOUR, (m) => (m >= 30 ? { bad: 0, total: 1000, gateway: 1000 } : { bad: 0, total: 1000 }));
    expect(gateway.firstAlarm(PAGE)! - 30).toBeLessThanOrEqual(2);
  });

  test('a steady 2x burn never pages but opens a ticket (after ~36 h: the 3d window at 1x), notified once after the 5-minute wait for a page', () => {
    const t = run(3 * DAY, () => ({ bad: 2, total: 1000 }));
    expect(t.everAlarm(PAGE)).toBe(false);
    const ticket = t.firstAlarm(TICKET)!;
    expect(ticket).toBeDefined();
    expect(ticket).toBeGreaterThanOrEqual(36 * HOUR - 1);
    expect(ticket).toBeLessThanOrEqual(36 * HOUR + 1);
    expect(t.notifications).toEqual([{ minute: ticket + 5, alarm: TICKET, state: 'ALARM', actions: [routing.actionsFor('ticket')[0]] }]);
  });

  test('a 2-hour full outage: one page and its recovery; the ticket channel gets no OK while the page is in ALARM, then one ALARM and one OK', () => {
    const outage = { start: 60, end: 180 };
    const t = run(12 * HOUR, (m) => (m >= outage.start && m < outage.end ? { bad: 1000, total: 1000 } : { bad: 0, total: 1000 }), 1000, evaluator, DELAY);
    const paged = t.firstAlarm(PAGE)!;
    const pageCleared = t.firstOk(PAGE, paged)!;
    expect(pageCleared).toBeGreaterThan(outage.end);
    const ticketNotes = t.notifications.filter((n) => n.alarm === TICKET);
    expect(ticketNotes.filter((n) => n.minute >= paged && n.minute < pageCleared)).toEqual([]);
    // the ticket stays in ALARM through the page (no flip to OK and back)
    const ticketOn = t.firstAlarm(TICKET)!;
    expect(t.firstOk(TICKET, ticketOn)).toBeGreaterThan(pageCleared);
    expect(countNotifications(t.notifications)).toEqual({ [PAGE]: { ALARM: 1, OK: 1 }, [TICKET]: { ALARM: 1, OK: 1 } });
    // the ticket's ALARM comes 30 minutes (the extension period) after the page cleared: the follow-up
    expect(ticketNotes[0]).toMatchObject({ state: 'ALARM', minute: pageCleared + 30 });
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
    const t = evaluator.run(30 * DAY, albSource((m) => series[m]), { delayMinutes: DELAY });
    expect(t.everAlarm(PAGE)).toBe(false);
    expect(t.everAlarm(TICKET)).toBe(false);
    expect(t.everAlarm(HEALTH)).toBe(false);
    expect(t.notifications).toEqual([]);
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

  test('recovery after a 10-minute full outage: the page clears within the 30m short window of the 6h/30m pair and does not fire again', () => {
    const t = run(3 * HOUR, (m) => (m >= 30 && m < 40 ? { bad: 1000, total: 1000 } : { bad: 0, total: 1000 }), 1000, evaluator, DELAY);
    const paged = t.firstAlarm(PAGE)!;
    expect(paged - 30).toBeLessThanOrEqual(3);
    const cleared = t.firstOk(PAGE, paged)!;
    expect(cleared - 40).toBeLessThanOrEqual(30 + DELAY);
    expect(t.firstAlarm(PAGE, cleared)).toBeUndefined();
    expect(countNotifications(t.notifications)[PAGE]).toEqual({ ALARM: 1, OK: 1 });
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
  const unguarded = new AlarmEvaluator(sloAlarmsJson({ minimumEventsPerWindow: 1 }));
  const t = unguarded.run(6 * HOUR, albSource((m) => (m === 180 ? { bad: 1, total: 2 } : { bad: 0, total: 0 })));
  expect(t.firstAlarm(PAGE)).toBe(181);
});

describe('alert behaviour of a latency SLO (99% of requests within 300 ms over 30 days)', () => {
  const latency = new AlarmEvaluator(sloAlarmsJson({ service: 'web', slos: [LATENCY] }));
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

describe('the SLI health alarm', () => {
  const build = (sliHealth?: SloAlarmsProps['sliHealth']) => new AlarmEvaluator(sloAlarmsJson({ sliHealth }));

  test('SLI metrics stop for 6 hours (a renamed load balancer): with missingFor 2h the ticket channel hears within 2h + the metric delay, and OK when they return', () => {
    const ev = build({ missingFor: '2h' });
    const start = WARMUP + 60;
    const source = albSource(() => ({ bad: 0, total: 1000 }));
    const t = ev.run(start + 8 * HOUR, (metric) => {
      const inner = source(metric) as (m: number) => number | undefined;
      return (m) => (m >= start && m < start + 6 * HOUR ? undefined : inner(m));
    }, { delayMinutes: DELAY });
    const fired = t.firstAlarm(HEALTH, start)! - start;
    expect(fired).toBeGreaterThanOrEqual(2 * HOUR);
    expect(fired).toBeLessThanOrEqual(2 * HOUR + DELAY);
    // every burn-rate alarm read "no data" all the while: this alarm is the only one that could tell
    expect(t.firstAlarm(PAGE, start)).toBeUndefined();
    const healthNotes = t.notifications.filter((n) => n.alarm === HEALTH);
    expect(healthNotes.map((n) => n.state)).toEqual(['ALARM', 'OK']);
    expect(healthNotes[0].actions).toEqual(routing.actionsFor('ticket'));
    expect(healthNotes[1].minute - start).toBeLessThanOrEqual(6 * HOUR + DELAY + 1);
  });

  test('with the 12h default: a 10-hour night without traffic stays silent, a stop of 13 hours notifies at 12 hours', () => {
    const ev = build();
    const night = (m: number): number | undefined => (m % DAY >= 20 * HOUR || m % DAY < 6 * HOUR ? undefined : 100);
    const quiet = ev.run(7 * DAY, albSource((m) => ({ bad: 0, total: night(m) ?? 0 })), { delayMinutes: DELAY });
    expect(quiet.everAlarm(HEALTH)).toBe(false);
    expect(quiet.notifications).toEqual([]);
    const stop = WARMUP;
    const broken = ev.run(stop + 13 * HOUR, silentFrom(stop, albSource(() => ({ bad: 0, total: 1000 }))), { delayMinutes: DELAY });
    const fired = broken.firstAlarm(HEALTH)! - stop;
    expect(fired).toBeGreaterThanOrEqual(12 * HOUR);
    expect(fired).toBeLessThanOrEqual(12 * HOUR + DELAY);
  });

  test('turned off per SLO, there is no health alarm', () => {
    const json = sloAlarmsJson({ slos: [{ ...AVAILABILITY, sliHealth: { enabled: false } }] });
    expect(new AlarmEvaluator(json).windowAlarmNames).not.toContain(HEALTH);
  });
});

describe('a latency SLO when no target is left', () => {
  test('requests the load balancer rejects count as slow, so latency pages too instead of reading "no data"', () => {
    const latency = new AlarmEvaluator(sloAlarmsJson({ service: 'web', slos: [LATENCY] }));
    const start = 3 * DAY;
    const t = latency.run(start + HOUR, albLatencySource((m) => (m < start ? { slow: 0, total: 1000 } : { slow: 0, total: 0, rejected: 1000 })), { delayMinutes: DELAY });
    const paged = t.firstAlarm('web-latency-page', start)! - start;
    expect(paged).toBeLessThanOrEqual(12);
    expect(t.firstOk('web-latency-page', start + paged)).toBeUndefined();
  });
});
