import * as fc from 'fast-check';
import { capacityAfterZoneLoss, zoneHeadroom } from '../../../src/aws/compute/zone-capacity';
import { PropError } from '../../../src/core/errors';

describe('zoneHeadroom', () => {
  test.each([
    [4, 3, 6, 2, 4],
    [5, 3, 8, 3, 5],
    [1, 3, 2, 1, 1],
    [3, 2, 6, 3, 3],
    [10, 4, 14, 4, 10],
  ])('required %i over %i zones: min %i, fullest zone %i, %i left', (required, zones, min, share, left) => {
    expect(zoneHeadroom(required, zones)).toEqual({
      requiredCapacity: required,
      zoneCount: zones,
      minCapacity: min,
      largestZoneShare: share,
      capacityAfterZoneLoss: left,
      headroom: min - required,
    });
  });

  test('rejects one zone and non-positive capacity, naming the argument (a PropError: no construct)', () => {
    expect(() => zoneHeadroom(4, 1)).toThrow('invalid zoneCount 1: must be an integer from 2 to 16 (argument of zoneHeadroom)');
    expect(() => zoneHeadroom(0, 3)).toThrow('invalid requiredCapacity 0: must be an integer >= 1 (argument of zoneHeadroom)');
    expect(() => zoneHeadroom(1.5, 3)).toThrow(PropError);
  });

  test('property: the minimum survives a zone loss and is the smallest size that does', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 8 }), (required, zones) => {
        const h = zoneHeadroom(required, zones);
        expect(capacityAfterZoneLoss(h.minCapacity, zones)).toBeGreaterThanOrEqual(required);
        expect(capacityAfterZoneLoss(h.minCapacity - 1, zones)).toBeLessThan(required);
        expect(h.capacityAfterZoneLoss).toBe(capacityAfterZoneLoss(h.minCapacity, zones));
      }),
      { numRuns: 1000 },
    );
  });
});
