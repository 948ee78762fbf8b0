import fc from 'fast-check';
import { detectionTime, detectionTimeForBurnRate, firstAlert, HOUR, resetTime, ServiceLevelObjective, timeToExhaustion } from '../../src/slo';

const slo = ServiceLevelObjective.from({ name: 'availability', objective: 99.9 });
const [fastPage, slowPage, fastTicket, slowTicket] = slo.alerts;

describe('detection and reset times, 99.9% over 30 days', () => {
  test('a full outage pages in under a minute (1h x 14.4 x 0.001 = 51.84 s)', () => {
    expect(detectionTime(slo, fastPage, 1)).toBeCloseTo(51.84, 6);
    expect(firstAlert(slo, 'page', 1)).toEqual({ alert: fastPage, seconds: expect.closeTo(51.84, 6) });
  });

  test('a 2x burn never pages and tickets after 36 h (3d x 1 / 2)', () => {
    expect(detectionTimeForBurnRate(slo, fastPage, 2)).toBe(Infinity);
    expect(detectionTimeForBurnRate(slo, slowPage, 2)).toBe(Infinity);
    expect(detectionTimeForBurnRate(slo, fastTicket, 2)).toBe(Infinity);
    expect(detectionTimeForBurnRate(slo, slowTicket, 2)).toBeCloseTo(36 * HOUR, 6);
    expect(firstAlert(slo, 'page', 2 * slo.errorBudget)).toBeUndefined();
  });

  test('10x pages through the 6h window in 3.6 h; 100x through the 1h window in 8.64 min', () => {
    expect(detectionTimeForBurnRate(slo, slowPage, 10)).toBeCloseTo(3.6 * HOUR, 6);
    expect(firstAlert(slo, 'page', 100 * slo.errorBudget)!.seconds).toBeCloseTo(8.64 * 60, 6);
  });

  test('after a full outage the fast page resets within its 5m short window', () => {
    const t = resetTime(slo, fastPage, 1);
    expect(t).toBeLessThan(300);
    expect(t).toBeCloseTo(300 * (1 - 0.0144), 6);
    expect(resetTime(slo, fastPage, 0.001)).toBe(0);
  });

  test('a full outage exhausts the budget in 43.2 minutes', () => {
    expect(timeToExhaustion(slo, 1)).toBeCloseTo(43.2 * 60, 6);
    expect(timeToExhaustion(slo, 0)).toBe(Infinity);
  });

  test('properties: detection is monotone in error rate and never exceeds the long window', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.0001, max: 1, noNaN: true }), fc.double({ min: 0.0001, max: 1, noNaN: true }), (a, b) => {
        for (const alert of slo.alerts) {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          const tLo = detectionTime(slo, alert, lo);
          const tHi = detectionTime(slo, alert, hi);
          expect(tHi).toBeLessThanOrEqual(tLo);
          if (Number.isFinite(tHi)) {
            expect(tHi).toBeLessThanOrEqual(alert.longWindowSeconds);
            expect(resetTime(slo, alert, hi)).toBeLessThanOrEqual(alert.shortWindowSeconds);
          }
        }
      }),
    );
  });
});
