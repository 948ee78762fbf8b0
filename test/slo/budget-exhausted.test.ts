import fc from 'fast-check';
import { CLOUDWATCH_LIMITS } from '../../src/core/cloudwatch-limits';
import { judgeSlo, settleBudgetPolicy } from '../../src/slo/budget-policy';
import { alarmCost, budgetExhaustedSignal, resolveBudgetExhausted, ServiceLevelObjective, SloDefinitionError, totalAlarmCost } from '../../src/slo';
import { alarmLine } from '../../src/slo/report';

// CloudWatch evaluates at most 7 days per alarm: "Period multiplied by EvaluationPeriods can't be more than
// 604,800 seconds" (PutMetricAlarm API reference, Period).
const SEVEN_DAYS = CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds;
const slo = (objective: number, period: '30d' | '28d' | '7d' = '30d') => ServiceLevelObjective.from({ name: 'availability', objective, period });

describe('budgetExhaustedSignal: the 7-day window against the period budget', () => {
  test.each([
    // objective, period, budgetPercent -> window, whole period, error-ratio threshold, burn rate, gate --window threshold
    [99.9, '30d', 100, SEVEN_DAYS, false, 0.00428571428571, 4.28571428571, 428.571428571],
    [99.9, '28d', 100, SEVEN_DAYS, false, 0.004, 4, 400],
    [99.9, '7d', 100, SEVEN_DAYS, true, 0.001, 1, 100],
    [99.9, '30d', 50, SEVEN_DAYS, false, 0.00214285714286, 2.14285714286, 214.285714286],
    [99, '30d', 100, SEVEN_DAYS, false, 0.0428571428571, 4.28571428571, 428.571428571],
    [99.95, '7d', 25, SEVEN_DAYS, true, 0.000125, 0.25, 25],
  ] as const)('%s%% over %s at %s%% of the budget: window %ss (whole period %s), ratio >= %s (%sx), gate threshold %s%%', (objective, period, pct, window, whole, threshold, burn, gate) => {
    const s = budgetExhaustedSignal(slo(objective, period), pct, SEVEN_DAYS);
    expect(s).toEqual({ windowSeconds: window, seesWholePeriod: whole, budgetPercent: pct, threshold, burnRate: burn, gateThresholdPercent: gate, severity: 'ticket' });
  });

  test('the window never exceeds what CloudWatch evaluates in one alarm (7 days), nor the SLO period', () => {
    for (const period of ['30d', '28d', '7d'] as const) {
      const s = budgetExhaustedSignal(slo(99.9, period), 100, SEVEN_DAYS);
      expect(s.windowSeconds).toBeLessThanOrEqual(SEVEN_DAYS);
      expect(s.windowSeconds).toBeLessThanOrEqual(slo(99.9, period).periodSeconds);
    }
  });

  test('a share of the period budget the window cannot spend even with every event failing is refused, with the largest that works', () => {
    // 75% over 30 days (the catalogue's 14.4x page cannot fire there: own alerts): 7 days of nothing but errors
    // spend 7 / (30 x 0.25) = 93.33% of the budget.
    const low = (objective: number) => ServiceLevelObjective.from({ name: 'availability', objective, alerts: [{ severity: 'ticket', longWindow: '3d', burnRate: 1 }] });
    expect(() => budgetExhaustedSignal(low(75), 100, SEVEN_DAYS, 'ticket', 'budgetExhausted.budgetPercent')).toThrow(
      /budgetExhausted\.budgetPercent.*cannot be seen in 7d for the SLO availability.*spend 93\.33% of it; use at most 93/,
    );
    expect(budgetExhaustedSignal(low(75), 93, SEVEN_DAYS).threshold).toBeLessThanOrEqual(1);
    // 77%: 0.23 x 30 / 7 = 0.985714285714, reachable (the ratio is capped at 1 and compared with >=).
    expect(budgetExhaustedSignal(low(77), 100, SEVEN_DAYS).threshold).toBe(0.985714285714);
  });
});

describe('the signal agrees with the gate CLI ("budget spent" = error ratio over the window / error budget)', () => {
  test.each([
    [99.9, '30d', 100],
    [99.9, '30d', 50],
    [99.5, '28d', 100],
    [99.9, '7d', 100],
  ] as const)('%s%% over %s at %s%%: on exactly when gate --window 7d --threshold <gateThresholdPercent> stops', (objective, period, pct) => {
    const s = slo(objective, period);
    const signal = budgetExhaustedSignal(s, pct, SEVEN_DAYS);
    const policy = settleBudgetPolicy({ window: '7d', threshold: signal.gateThresholdPercent, stopOnPage: false });
    const stops = (ratio: number) => judgeSlo({ service: 'shop', slo: s }, { budgetWindowErrorRatio: ratio, pageWindows: {} }, policy).stops.length > 0;
    expect(stops(signal.threshold)).toBe(true);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (ratio) => {
        // Away from the boundary, where 12-digit rounding of either side could tip the comparison.
        fc.pre(Math.abs(ratio - signal.threshold) > 1e-9);
        expect(stops(ratio)).toBe(ratio >= signal.threshold);
      }),
      { numRuns: 200 },
    );
  });

  test('for a 7-day SLO it is the gate\'s default policy (window = period, threshold 100%): exact', () => {
    const s = slo(99.9, '7d');
    const signal = budgetExhaustedSignal(s, 100, SEVEN_DAYS);
    const policy = settleBudgetPolicy(undefined);
    for (const ratio of [0, 0.0005, 0.000999, 0.001, 0.0011, 1]) {
      expect(judgeSlo({ service: 'shop', slo: s }, { budgetWindowErrorRatio: ratio, pageWindows: {} }, policy).stops.length > 0).toBe(ratio >= signal.threshold);
    }
  });

  test('over 30 days, when the last 7 days carried at least their share of the traffic, the signal on means the 30-day budget is spent (gate\'s default policy stops)', () => {
    const s = slo(99.9);
    const signal = budgetExhaustedSignal(s, 100, SEVEN_DAYS);
    const policy = settleBudgetPolicy(undefined);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 100000 }), { minLength: 30, maxLength: 30 }),
        fc.array(fc.double({ min: 0, max: 0.05, noNaN: true }), { minLength: 30, maxLength: 30 }),
        (traffic, ratios) => {
          const total = traffic.reduce((a, b) => a + b, 0);
          const last7 = traffic.slice(23).reduce((a, b) => a + b, 0);
          fc.pre(total > 0 && last7 * 30 >= total * 7);
          const bad = traffic.map((n, i) => n * ratios[i]);
          const bad7 = bad.slice(23).reduce((a, b) => a + b, 0);
          const bad30 = bad.reduce((a, b) => a + b, 0);
          if (bad7 / last7 >= signal.threshold) {
            expect(judgeSlo({ service: 'shop', slo: s }, { budgetWindowErrorRatio: bad30 / total, pageWindows: {} }, policy).stops.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('the documented gap: a budget spent slowly over 30 days (1.2x) is invisible to the 7-day signal, and so is a quiet last week', () => {
    const s = slo(99.9);
    const signal = budgetExhaustedSignal(s, 100, SEVEN_DAYS);
    // 1.2x for 30 days: 120% of the budget spent, gate stops; the 7-day ratio 0.0012 is far below 0.00428571428571.
    expect(judgeSlo({ service: 'shop', slo: s }, { budgetWindowErrorRatio: 0.0012, pageWindows: {} }, settleBudgetPolicy(undefined)).spentPercent).toBe(120);
    expect(0.0012 >= signal.threshold).toBe(false);
    // The traffic assumption: 23 days of 10000 requests without errors, then 7 days of 1000 with 5 errors each: the
    // 7-day ratio 0.5% is above the threshold, but 35 errors out of 237000 spend only 14.8% of the 30-day budget.
    expect(0.005 >= signal.threshold).toBe(true);
    expect(+((35 / 237000 / s.errorBudget) * 100).toFixed(1)).toBe(14.8);
  });
});

describe('resolveBudgetExhausted: options per SLO over the construct\'s', () => {
  const s = slo(99.9);
  test('off by default; on per construct or per SLO; the SLO\'s own options win', () => {
    expect(resolveBudgetExhausted(s, undefined, undefined, 'slos[0].budgetExhausted', SEVEN_DAYS)).toBeUndefined();
    expect(resolveBudgetExhausted(s, undefined, { enabled: true }, 'slos[0].budgetExhausted', SEVEN_DAYS)?.budgetPercent).toBe(100);
    expect(resolveBudgetExhausted(s, { enabled: false }, { enabled: true }, 'slos[0].budgetExhausted', SEVEN_DAYS)).toBeUndefined();
    expect(resolveBudgetExhausted(s, { enabled: true, budgetPercent: 50 }, { budgetPercent: 80, severity: 'info' }, 'slos[0].budgetExhausted', SEVEN_DAYS)).toMatchObject({ budgetPercent: 50, severity: 'info' });
  });

  test.each([
    [{ enabled: true, severity: 'page' }, 'slos[0].budgetExhausted.severity', /must not be "page"/],
    [{ enabled: true, budgetPercent: 0 }, 'slos[0].budgetExhausted.budgetPercent', /greater than 0 and at most 100/],
    [{ enabled: true, budgetPercent: 150 }, 'slos[0].budgetExhausted.budgetPercent', /greater than 0 and at most 100/],
    [{ enabled: true, budgetPercent: '100' }, 'slos[0].budgetExhausted.budgetPercent', /greater than 0 and at most 100/],
    [{ enabled: 'true' }, 'slos[0].budgetExhausted.enabled', /true or false/],
    [{ enabled: true, budgetPrecent: 50 }, 'slos[0].budgetExhausted.budgetPrecent', /did you mean "budgetPercent"/],
    [{ enabled: true, severity: 'Ticket' }, 'slos[0].budgetExhausted.severity', /severity/],
  ])('refuses %j naming %s', (options, prop, message) => {
    let error: unknown;
    try {
      resolveBudgetExhausted(s, options as never, undefined, 'slos[0].budgetExhausted', SEVEN_DAYS);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SloDefinitionError);
    expect((error as SloDefinitionError).prop).toBe(prop);
    expect((error as Error).message).toMatch(message);
  });
});

describe('what the budget-exhausted alarm costs (it reads the SLI\'s metrics as a window alarm does)', () => {
  test('one more metric-math alarm of metricsPerAlarm metrics at the list price', () => {
    const s = slo(99.9);
    const alb = alarmCost(s, { metricsPerAlarm: 5, budgetExhausted: true });
    expect(alb).toEqual({ windowAlarms: 8, healthAlarms: 1, budgetAlarms: 1, metricAlarms: 10, metricsPerAlarm: 5, alarmMetrics: 46, compositeAlarms: 2, monthlyUsd: 5.6 });
    expect(alarmLine(alb)).toBe('CloudWatch: 10 metric alarms ((8 windows + 1 budget-exhausted) x 5 metrics + 1 SLI health), 2 composites = $5.60 a month');
    const pair = alarmCost(s, { metricsPerAlarm: 2, sliHealth: false });
    // (46 + 16 - 1 SLI health metric) / (16 windows + 1 budget) = 3.6 metrics per alarm; 62 x $0.10 + 4 x $0.50.
    expect(totalAlarmCost([alb, pair])).toEqual({ windowAlarms: 16, healthAlarms: 1, budgetAlarms: 1, metricAlarms: 18, metricsPerAlarm: 3.6, alarmMetrics: 62, compositeAlarms: 4, monthlyUsd: 8.2 });
    expect(() => alarmCost(s, { metricsPerAlarm: 5, budgetExhausted: 'yes' as never })).toThrow(/options\.budgetExhausted.*true or false/);
  });
});
