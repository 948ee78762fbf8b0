import fc from 'fast-check';
import { ALERT_CATALOGUES, DAY, HOUR, MINUTE, PERIOD_SECONDS, ServiceLevelObjective, SloDefinitionError, SloPeriod } from '../../src/slo';

describe('ServiceLevelObjective', () => {
  test('30-day 99.9% SLO: budget and the SRE Workbook policy', () => {
    const slo = ServiceLevelObjective.from({ name: 'availability', objective: 99.9 });
    expect(slo.errorBudget).toBe(0.001);
    expect(slo.objectiveRatio).toBe(0.999);
    expect(slo.periodSeconds).toBe(30 * DAY);
    expect(slo.budgetMinutes).toBeCloseTo(43.2, 9);
    expect(slo.budgetEvents(10_000_000)).toBe(10_000);
    expect(slo.alerts.map((a) => [a.id, a.burnRate, a.budgetFraction])).toEqual([
      ['page-1h-5m', 14.4, 0.02],
      ['page-6h-30m', 6, 0.05],
      ['ticket-1d-2h', 3, 0.1],
      ['ticket-3d-6h', 1, 0.1],
    ]);
    expect(slo.windows).toEqual([5 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 6 * HOUR, DAY, 3 * DAY]);
    expect(slo.severities).toEqual(['page', 'ticket']);
    expect(slo.threshold(slo.alerts[0])).toBe(0.0144);
  });

  test('28-day catalogue keeps the budget fractions: 13.44x, 5.6x, 2.8x, 0.933x', () => {
    const slo = ServiceLevelObjective.from({ name: 'a', objective: 99.9, period: '28d' });
    expect(slo.alerts.map((a) => a.burnRate)).toEqual([13.44, 5.6, 2.8, 0.933333333333]);
  });

  test('7-day catalogue: 13.44x, 3.5x, 1.4x, 0.98x', () => {
    const slo = ServiceLevelObjective.from({ name: 'a', objective: 99.9, period: '7d' });
    expect(slo.alerts.map((a) => a.burnRate)).toEqual([13.44, 3.5, 1.4, 0.98]);
    expect(slo.alerts.map((a) => a.shortWindowSeconds)).toEqual([5 * MINUTE, 30 * MINUTE, 2 * HOUR, 6 * HOUR]);
  });

  test('custom policy by burn rate or by budget share', () => {
    const slo = ServiceLevelObjective.from({
      name: 'a',
      objective: 99.5,
      alerts: [
        { severity: 'page', longWindow: '2h', burnRate: 10 },
        { severity: 'ticket', longWindow: '1d', shortWindow: '1h', budgetPercent: 20 },
      ],
    });
    expect(slo.alerts[0]).toMatchObject({ id: 'page-2h-10m', burnRate: 10, budgetFraction: 0.0277777777778 });
    expect(slo.alerts[1]).toMatchObject({ id: 'ticket-1d-1h', burnRate: 6, budgetFraction: 0.2 });
  });

  test.each([
    [{ objective: 0 }, 'objective'],
    [{ objective: 100 }, 'objective'],
    [{ objective: 101 }, 'objective'],
    [{ objective: NaN }, 'objective'],
    [{ objective: -1 }, 'objective'],
    [{ objective: '99.9' as unknown as number }, 'objective'],
    [{ name: '' }, 'name'],
    [{ name: 'Has Spaces' }, 'name'],
    [{ period: '90d' as SloPeriod }, 'period'],
    [{ runbookUrl: 'wiki/runbook' }, 'runbookUrl'],
    [{ description: ' ' }, 'description'],
    [{ alerts: [] }, 'alerts'],
    [{ alerts: [{ severity: 'PAGE', longWindow: '1h', burnRate: 2 }] }, 'alerts[0].severity'],
    [{ alerts: [{ severity: 'page', longWindow: '1x', burnRate: 2 }] }, 'alerts[0].longWindow'],
    [{ alerts: [{ severity: 'page', longWindow: '31d', burnRate: 0.5 }] }, 'alerts[0].longWindow'],
    [{ alerts: [{ severity: 'page', longWindow: '1h', shortWindow: '2h', burnRate: 2 }] }, 'alerts[0].shortWindow'],
    [{ alerts: [{ severity: 'page', longWindow: '1h', burnRate: 2, budgetPercent: 2 }] }, 'alerts[0]'],
    [{ alerts: [{ severity: 'page', longWindow: '1h' }] }, 'alerts[0]'],
    [{ alerts: [{ severity: 'page', longWindow: '1h', burnRate: -1 }] }, 'alerts[0].burnRate'],
    [{ alerts: [{ severity: 'page', longWindow: '1h', budgetPercent: 101 }] }, 'alerts[0].budgetPercent'],
    [{ alerts: [{ severity: 'page', longWindow: '1h', burnRate: 2 }, { severity: 'page', longWindow: '1h', burnRate: 3 }] }, 'alerts[1]'],
  ])('rejects %j naming %s', (override, prop) => {
    const def = { name: 'availability', objective: 99.9, ...override };
    let error: unknown;
    try {
      ServiceLevelObjective.from(def as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SloDefinitionError);
    expect((error as SloDefinitionError).prop).toBe(prop);
  });

  test('an alert that can never fire is rejected with what would work', () => {
    // 14.4x at a 90% objective needs an error ratio of 1.44.
    expect(() => ServiceLevelObjective.from({ name: 'a', objective: 90 })).toThrow(
      'invalid alerts[0].burnRate 14.4: a 14.4x burn rate fires only above an error ratio of 1.44, which can never happen with an error budget of 10%; use a burn rate below 10x (a larger share of the budget over a longer window) or an objective above 93.0555555556%',
    );
    // At exactly 1 the ratio cannot be exceeded either.
    expect(() => ServiceLevelObjective.from({ name: 'a', objective: 90, alerts: [{ severity: 'page', longWindow: '1h', burnRate: 10 }] })).toThrow(SloDefinitionError);
    expect(() => ServiceLevelObjective.from({ name: 'a', objective: 90, alerts: [{ severity: 'page', longWindow: '1h', burnRate: 9.9 }] })).not.toThrow();
  });
});

describe('SLO math, property-based', () => {
  // Objectives under 1 are read as ratios written where a percentage belongs (see the next test).
  const objective = fc.double({ min: 1, max: 99.999, noNaN: true });
  const period = fc.constantFrom<SloPeriod>('30d', '28d', '7d');

  test('an objective between 0 and 1 is a ratio where a percentage belongs: the first thing said is the percentage meant', () => {
    expect(() => ServiceLevelObjective.from({ name: 'a', objective: 0.9995 })).toThrow(
      'invalid objective 0.9995: objective is a percentage: did you mean 99.95? (0.9995% would allow 99.0005% of events to fail)',
    );
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 0.99999, noNaN: true }), (o) => {
        expect(() => ServiceLevelObjective.from({ name: 'a', objective: o })).toThrow(`objective is a percentage: did you mean ${Number((o * 100).toPrecision(12))}?`);
      }),
    );
  });

  test('budget = 1 - objective; budget minutes = budget x period', () => {
    fc.assert(
      fc.property(objective, period, (o, p) => {
        const slo = ServiceLevelObjective.from({ name: 's', objective: o, period: p, alerts: [{ severity: 'ticket', longWindow: '1d', burnRate: 0.5 }] });
        expect(slo.errorBudget).toBeCloseTo(1 - o / 100, 10);
        expect(slo.budgetMinutes).toBeCloseTo((slo.errorBudget * PERIOD_SECONDS[p]) / 60, 6);
        expect(slo.objectiveRatio + slo.errorBudget).toBeCloseTo(1, 10);
      }),
    );
  });

  test('burn rate x long window = budget fraction x period, for every catalogue', () => {
    fc.assert(
      fc.property(fc.double({ min: 99, max: 99.999, noNaN: true }), period, (o, p) => {
        const slo = ServiceLevelObjective.from({ name: 's', objective: o, period: p });
        expect(slo.alerts).toHaveLength(ALERT_CATALOGUES[p].length);
        for (const a of slo.alerts) {
          expect(a.burnRate * a.longWindowSeconds).toBeCloseTo(a.budgetFraction * slo.periodSeconds, 3);
          expect(a.shortWindowSeconds).toBeCloseTo(a.longWindowSeconds / 12, 9);
          expect(slo.threshold(a)).toBeLessThan(1);
        }
      }),
    );
  });

  test('an SLO either builds with every threshold below 1 or is rejected for the alert that cannot fire', () => {
    fc.assert(
      fc.property(objective, fc.double({ min: 0.1, max: 200, noNaN: true }), (o, rate) => {
        const def = { name: 's', objective: o, alerts: [{ severity: 'page', longWindow: '1h', burnRate: rate }] };
        const possible = rate * ((100 - o) / 100) < 1 - 1e-9;
        const impossible = rate * ((100 - o) / 100) > 1 + 1e-9;
        if (possible) expect(() => ServiceLevelObjective.from(def)).not.toThrow();
        if (impossible) expect(() => ServiceLevelObjective.from(def)).toThrow(/can never happen/);
      }),
    );
  });
});
