/**
 * Behaviour of the SYNTHESIZED budget-exhausted alarm of a 99.9% / 30 day
 * availability SLO (issue 25), evaluated minute by minute against synthetic
 * ALB traffic with the test CloudWatch evaluator (alarm-evaluator.ts: one
 * datapoint of period P is the sum of the last P minutes; a period that
 * starts before the run never breaches, so the 7-day alarm can first fire
 * 7 days in). The threshold: 100% of the 30-day budget spent within 7 days,
 * an error ratio of 0.1% x 30 / 7 = 0.428571% over 7 days.
 */
import { SloAlarms, SloSli } from '../../../src';
import { FakeRouting, synthWith } from '../../harness';
import { AlarmEvaluator, albSource, AlbMinute } from './alarm-evaluator';

const TOPIC = (severity: string) => `arn:aws:sns:eu-west-1:111111111111:alarms-${severity}`;
const json = synthWith((stack) => {
  new SloAlarms(stack, 'slos', {
    service: 'checkout',
    alarmRouting: new FakeRouting(['page', 'ticket'], { topicArn: TOPIC }),
    dashboard: false,
    sliHealth: { enabled: false },
    budgetExhausted: { enabled: true },
    slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/123' }) }],
  });
});
const evaluator = new AlarmEvaluator(json);
const BUDGET = 'checkout-availability-budget-exhausted';
const DAY = 24 * 60;
/** The 7-day window is full from day 7 on: runs last 7 days and an hour, or as long as a scenario needs. */
const run = (scenario: (minute: number) => AlbMinute, minutes = 7 * DAY + 60) => evaluator.run(minutes, albSource(scenario));

describe('the budget-exhausted alarm over synthetic traffic', () => {
  test('a 0.5% error ratio for a week spends 117% of the 30-day budget in 7 days: ALARM as soon as the 7-day window is full, one ticket, no page', () => {
    const t = run(() => ({ total: 1000, bad: 5 }));
    const first = t.firstAlarm(BUDGET);
    expect(first).toBeGreaterThanOrEqual(7 * DAY);
    expect(first).toBeLessThanOrEqual(7 * DAY + 1);
    expect(t.firstOk(BUDGET, first)).toBeUndefined();
    const mine = t.notifications.filter((n) => n.alarm === BUDGET);
    expect(mine).toEqual([{ minute: first, alarm: BUDGET, state: 'ALARM', actions: [TOPIC('ticket')] }]);
    expect(t.notifications.some((n) => n.alarm === BUDGET && n.actions.includes(TOPIC('page')))).toBe(false);
  });

  test('a burn that spends 50% of the 30-day budget in 7 days (15 errors in 7000 a minute) stays OK', () => {
    const t = run(() => ({ total: 7000, bad: 15 }));
    expect(t.everAlarm(BUDGET)).toBe(false);
  });

  test('2% errors for 2 days then none: ALARM on day 7, OK once the window holds less than 1.5 of those days (day 7.5), although the 30-day budget stays spent (the gap gate covers)', () => {
    const t = run((m) => ({ total: 1000, bad: m < 2 * DAY ? 20 : 0 }), 7.5 * DAY + 60);
    const first = t.firstAlarm(BUDGET) as number;
    expect(first).toBeGreaterThanOrEqual(7 * DAY);
    expect(first).toBeLessThanOrEqual(7 * DAY + 1);
    const ok = t.firstOk(BUDGET, first) as number;
    // The window [t - 7d, t) holds (2d - (t - 7d)) days of 2% errors: below 1.5 days after t = 7.5d.
    expect(ok).toBeGreaterThanOrEqual(7.5 * DAY);
    expect(ok).toBeLessThanOrEqual(7.5 * DAY + 2);
    // Over 30 days of this traffic, 2 days of 2% spend 2 x 0.02 / 30 / 0.001 = 133% of the budget: still spent.
    expect(Math.round(((2 * 0.02) / 30 / 0.001) * 100)).toBe(133);
    expect(t.notifications.filter((n) => n.alarm === BUDGET).map((n) => n.state)).toEqual(['ALARM', 'OK']);
  });
});
