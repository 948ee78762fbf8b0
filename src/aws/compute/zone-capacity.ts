/**
 * Zone-failure headroom as pure functions (no cdktf): how many instances a
 * group spread evenly over N zones needs so that losing any one zone still
 * leaves the capacity the service requires (N+1 over zones).
 */

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
  return size - Math.ceil(size / zoneCount);
}

/**
 * The N+1-over-zones sizing: min = ceil(required x zones / (zones - 1)).
 * Auto Scaling balances a group across its zones, so the fullest zone holds
 * ceil(min / zones) instances; this is the smallest min for which
 * min - ceil(min / zones) >= required. Throws a RangeError for fewer than
 * two zones (one zone cannot survive its own loss) or a required capacity
 * that is not a positive whole number.
 */
export function zoneHeadroom(requiredCapacity: number, zoneCount: number): ZoneHeadroom {
  if (!Number.isInteger(zoneCount) || zoneCount < 2) throw new RangeError(`zoneCount must be a whole number of at least 2 (got ${zoneCount})`);
  if (!Number.isInteger(requiredCapacity) || requiredCapacity < 1) throw new RangeError(`requiredCapacity must be a whole number of at least 1 (got ${requiredCapacity})`);
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
