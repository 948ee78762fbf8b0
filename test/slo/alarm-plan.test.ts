import fc from 'fast-check';
import { alarmCost, CLOUDWATCH_ALARM_PRICES, planWindowAlarms, ServiceLevelObjective, totalAlarmCost } from '../../src/slo';

describe('planWindowAlarms', () => {
  test('the 30d catalogue needs 8 alarms: its two 6h windows differ in threshold and guard', () => {
    const slo = ServiceLevelObjective.from({ name: 'a', objective: 99.9 });
    const plan = planWindowAlarms(slo);
    expect(plan.alarms.map((a) => a.id)).toEqual([
      'page-1h-5m-long',
      'page-1h-5m-short',
      'page-6h-30m-long',
      'page-6h-30m-short',
      'ticket-1d-2h-long',
      'ticket-1d-2h-short',
      'ticket-3d-6h-long',
      'ticket-3d-6h-short',
    ]);
    const sixHours = plan.alarms.filter((a) => a.windowSeconds === 6 * 3600);
    expect(sixHours.map((a) => [a.threshold, a.guarded])).toEqual([
      [0.006, true],
      [0.001, false],
    ]);
  });

  test('identical windows (same length, threshold and guard) share one alarm', () => {
    const slo = ServiceLevelObjective.from({
      name: 'a',
      objective: 99.9,
      alerts: [
        { severity: 'page', longWindow: '6h', shortWindow: '30m', burnRate: 6 },
        { severity: 'ticket', longWindow: '6h', shortWindow: '1h', burnRate: 6 },
      ],
    });
    const plan = planWindowAlarms(slo);
    expect(plan.alarms.map((a) => [a.id, a.serves])).toEqual([
      ['page-6h-30m-long', ['page-6h-30m-long', 'ticket-6h-1h-long']],
      ['page-6h-30m-short', ['page-6h-30m-short']],
      ['ticket-6h-1h-short', ['ticket-6h-1h-short']],
    ]);
    expect(plan.pairs['ticket-6h-1h']).toEqual({ long: 'page-6h-30m-long', short: 'ticket-6h-1h-short' });
  });

  test('property: every alert window maps to an alarm of its own window, threshold and guard; no two alarms are identical', () => {
    const alert = fc.record({
      severity: fc.constantFrom('page', 'ticket'),
      longWindow: fc.constantFrom('1h', '2h', '6h', '1d', '3d'),
      burnRate: fc.constantFrom(1, 2, 6, 14.4),
    });
    fc.assert(
      fc.property(fc.uniqueArray(alert, { minLength: 1, maxLength: 6, selector: (a) => `${a.severity}${a.longWindow}` }), (alerts) => {
        const slo = ServiceLevelObjective.from({ name: 'a', objective: 99.9, alerts });
        const plan = planWindowAlarms(slo);
        const byId = new Map(plan.alarms.map((a) => [a.id, a]));
        for (const a of slo.alerts) {
          const long = byId.get(plan.pairs[a.id].long)!;
          const short = byId.get(plan.pairs[a.id].short)!;
          expect([long.windowSeconds, long.threshold, long.guarded]).toEqual([a.longWindowSeconds, slo.threshold(a), true]);
          expect([short.windowSeconds, short.threshold, short.guarded]).toEqual([a.shortWindowSeconds, slo.threshold(a), false]);
        }
        const keys = plan.alarms.map((a) => `${a.windowSeconds}|${a.threshold}|${a.guarded}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(plan.alarms.length).toBeLessThanOrEqual(2 * slo.alerts.length);
      }),
    );
  });
});

describe('alarmCost', () => {
  test('metric alarms are billed per metric, composites per alarm, at the documented list prices', () => {
    const slo = ServiceLevelObjective.from({ name: 'a', objective: 99.9 });
    expect(CLOUDWATCH_ALARM_PRICES).toMatchObject({ alarmMetricMonthUsd: 0.1, compositeAlarmMonthUsd: 0.5, asOf: '2026-12-01' });
    const alb = alarmCost(slo, { metricsPerAlarm: 5 });
    expect(alb).toEqual({ windowAlarms: 8, healthAlarms: 1, budgetAlarms: 0, metricAlarms: 9, metricsPerAlarm: 5, alarmMetrics: 41, compositeAlarms: 2, monthlyUsd: 5.1 });
    const pair = alarmCost(slo, { metricsPerAlarm: 2, sliHealth: false });
    expect(pair).toEqual({ windowAlarms: 8, healthAlarms: 0, budgetAlarms: 0, metricAlarms: 8, metricsPerAlarm: 2, alarmMetrics: 16, compositeAlarms: 2, monthlyUsd: 2.6 });
    // 200 ALB SLOs: the bill a team sees before deploying
    expect(totalAlarmCost(Array.from({ length: 200 }, () => alb)).monthlyUsd).toBe(1020);
    expect(totalAlarmCost([alb, pair])).toMatchObject({ windowAlarms: 16, metricsPerAlarm: 3.5, compositeAlarms: 4, monthlyUsd: 7.7 });
  });

  test('three severities add one notify-nobody suppressor composite', () => {
    const slo = ServiceLevelObjective.from({
      name: 'a',
      objective: 99.9,
      alerts: [
        { severity: 'page', longWindow: '1h', burnRate: 14.4 },
        { severity: 'ticket', longWindow: '1d', burnRate: 3 },
        { severity: 'info', longWindow: '3d', burnRate: 0.5 },
      ],
    });
    expect(alarmCost(slo, { metricsPerAlarm: 2 }).compositeAlarms).toBe(4);
  });
});
