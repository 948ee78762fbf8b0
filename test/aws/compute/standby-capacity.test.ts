import fc from 'fast-check';
import { AutoScaledService } from '../../../src/aws/compute/auto-scaled-service';
import { standbyCapacity, standbyScaleUpStep } from '../../../src/aws/compute/standby-capacity';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { PropError } from '../../../src/core';
import { annotations, synthJson, testStack, values } from '../../harness';

const primary = { zoneHeadroom: { requiredCapacity: 4 }, minCapacity: 6, maxCapacity: 12 };

describe('standbyCapacity', () => {
  test('warm standby runs half the primary by default, at least two, and scales to the primary maximum', () => {
    expect(standbyCapacity(primary, { strategy: 'warm-standby' })).toMatchObject({ requiredCapacity: 4, minCapacity: 3, maxCapacity: 12, allowBelowZoneHeadroom: true });
    expect(standbyCapacity(primary, { strategy: 'warm-standby', share: 0.1 }).minCapacity).toBe(2);
    expect(standbyCapacity(primary, { strategy: 'warm-standby', share: 1 })).toMatchObject({ minCapacity: 6, allowBelowZoneHeadroom: false });
    expect(standbyCapacity({ zoneHeadroom: { requiredCapacity: 1 }, minCapacity: 1, maxCapacity: 2 }, { strategy: 'warm-standby' }).minCapacity).toBe(1);
  });

  test('pilot light runs nothing and says how to scale up; active/active runs everything', () => {
    const p = standbyCapacity(primary, { strategy: 'pilot-light' });
    expect(p).toEqual({ minCapacity: 0, maxCapacity: 12, requiredCapacity: 4, allowBelowZoneHeadroom: true });
    const step = standbyScaleUpStep(primary, { strategy: 'pilot-light' });
    expect(step).toContain('--min-size 6 --desired-capacity 6');
    expect(step).toContain('Region switch plan');
    expect(standbyScaleUpStep(primary, { strategy: 'warm-standby' })).toMatch(/^Warm standby: 3 of 6 instances run in the recovery region/);
    expect(standbyCapacity(primary, { strategy: 'active-active' })).toMatchObject({ minCapacity: 6, maxCapacity: 12, allowBelowZoneHeadroom: false });
  });

  test.each([
    [{ strategy: 'backup-restore' as const }, 'invalid options.strategy "backup-restore": has no standby compute'],
    [{ strategy: 'pilot-light' as const, share: 0.5 }, 'invalid options.share 0.5: applies to warm-standby only'],
    [{ strategy: 'warm-standby' as const, share: 0 }, 'invalid options.share 0: must be a number <= 1 and > 0 (argument of standbyCapacity)'],
    [{ strategy: 'warm-standby' as const, share: 1.5 }, 'invalid options.share 1.5'],
    [{ strategy: 'warm-standby' as const, share: '0.5' as never }, 'invalid options.share "0.5": must be a number (got a string)'],
  ])('%j is refused', (options, message) => {
    expect(() => standbyCapacity(primary, options)).toThrow(PropError);
    expect(() => standbyCapacity(primary, options)).toThrow(message);
    expect(() => standbyScaleUpStep(primary, options)).toThrow(message);
  });

  test('a warm standby never runs more than the primary nor less than min(2, primary), whatever the share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0.01, max: 1, noNaN: true }), (min, share) => {
        const s = standbyCapacity({ zoneHeadroom: { requiredCapacity: min }, minCapacity: min, maxCapacity: 2 * min }, { strategy: 'warm-standby', share });
        expect(s.minCapacity).toBeLessThanOrEqual(min);
        expect(s.minCapacity).toBeGreaterThanOrEqual(Math.min(2, min));
        expect(s.minCapacity).toBeGreaterThanOrEqual(Math.min(min, Math.ceil(min * share)));
        expect(s.maxCapacity).toBe(2 * min);
      }),
    );
  });

  test('spread into the recovery region service: the group starts at the share and may grow to the primary maximum', () => {
    const { stack } = testStack();
    const net = new MultiAzNetwork(stack, 'net', { cidr: '10.0.0.0/16' } as never);
    const web = new AutoScaledService(stack, 'web', { network: net, requiredCapacity: 4, imageId: 'ami-0123456789abcdef0' } as never);
    const standby = new AutoScaledService(stack, 'web-standby', { network: net, imageId: 'ami-0123456789abcdef0', ...standbyCapacity(web, { strategy: 'warm-standby' }) } as never);
    new AutoScaledService(stack, 'web-pilot', { network: net, imageId: 'ami-0123456789abcdef0', ...standbyCapacity(web, { strategy: 'pilot-light' }) } as never);
    const groups = values(synthJson(stack), 'aws_autoscaling_group');
    expect(groups.map((g: any) => [g.min_size, g.max_size]).sort()).toEqual([
      [0, 12],
      [3, 12],
      [6, 12],
    ]);
    expect(standby.minCapacity).toBe(3);
    expect(annotations(stack).some((a) => a.startsWith('test/web-standby: minCapacity 3 is below the zone-failure headroom (6)'))).toBe(true);
  });
});
