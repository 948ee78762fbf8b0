/**
 * Zone-failure headroom: how many instances a group spread evenly over N
 * zones needs so that losing any one zone still leaves the capacity the
 * service requires (N+1 over zones). The arguments are checked like props
 * (a {@link PropError} names the argument), so JavaScript and YAML callers get
 * a clear error, not a sizing of NaN.
 */
import { checkArgumentsBySpec, spec } from '../../core/prop-spec';
import { MAX_ZONES } from '../network/network-spec';

const ZONES = spec.integer({ required: 'the number of zones the group spreads over', min: 2, max: MAX_ZONES, tokens: { refuse: 'the sizing is computed from it (one zone cannot survive its own loss)' } });
const HEADROOM_ARGUMENTS = {
  requiredCapacity: spec.integer({ required: 'the instances the service needs at peak', min: 1, tokens: { refuse: 'the sizing is computed from it' } }),
  zoneCount: ZONES,
};

const KNOWN = { refuse: 'the capacity left is computed from it' } as const;
const AFTER_LOSS_ARGUMENTS = {
  size: spec.integer({ required: 'the size of the group', min: 0, tokens: KNOWN }),
  zoneCount: spec.integer({ required: 'the number of zones the group spreads over', min: 1, max: MAX_ZONES, tokens: KNOWN }),
};

/** The sizing a group needs to survive the loss of one zone. */
export interface ZoneHeadroom {
  /** Instances the service needs to serve its peak. */
  readonly requiredCapacity: number;
  /** Zones the group spreads over. */
  readonly zoneCount: number;
  /** Smallest group size that still holds `requiredCapacity` after losing its fullest zone: ceil(required x zones / (zones - 1)). */
  readonly minCapacity: number;
  /** Instances in the fullest zone at that size (what a zone failure takes away). */
  readonly largestZoneShare: number;
  /** Instances left after the fullest zone is lost (always >= requiredCapacity). */
  readonly capacityAfterZoneLoss: number;
  /** Extra instances paid for to survive a zone loss: minCapacity - requiredCapacity. */
  readonly headroom: number;
}

/** Instances left when a group of `size`, spread as evenly as possible over `zoneCount` zones, loses its fullest zone. */
export function capacityAfterZoneLoss(size: number, zoneCount: number): number {
  checkArgumentsBySpec('capacityAfterZoneLoss', { size, zoneCount }, AFTER_LOSS_ARGUMENTS);
  return size - Math.ceil(size / zoneCount);
}

/**
 * The N+1-over-zones sizing: min = ceil(required x zones / (zones - 1)).
 * Auto Scaling balances a group across its zones, so the fullest zone holds
 * ceil(min / zones) instances; this is the smallest min for which
 * min - ceil(min / zones) >= required. Throws a `PropError` for fewer than
 * two zones (one zone cannot survive its own loss), a required capacity that
 * is not a positive whole number, or a Terraform token for either.
 */
export function zoneHeadroom(requiredCapacity: number, zoneCount: number): ZoneHeadroom {
  checkArgumentsBySpec('zoneHeadroom', { requiredCapacity, zoneCount }, HEADROOM_ARGUMENTS);
  const minCapacity = Math.ceil((requiredCapacity * zoneCount) / (zoneCount - 1));
  const largestZoneShare = Math.ceil(minCapacity / zoneCount);
  return {
    requiredCapacity,
    zoneCount,
    minCapacity,
    largestZoneShare,
    capacityAfterZoneLoss: minCapacity - largestZoneShare,
    headroom: minCapacity - requiredCapacity,
  };
}
