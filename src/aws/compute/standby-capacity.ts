/**
 * Sizing of the recovery region's service from the primary's, per strategy
 * for a region disruption. Pure: no cdktf import; spread the result into the
 * recovery region's `AutoScaledService` props.
 */
import { PropError } from '../../core/errors';
import { RecoveryStrategy } from '../../recovery/objectives-check';

/** What the primary service's sizing is (an `AutoScaledService` fits). */
export interface PrimaryCapacity {
  readonly zoneHeadroom: { readonly requiredCapacity: number };
  readonly minCapacity: number;
  readonly maxCapacity: number;
}

export interface StandbyCapacityOptions {
  /** The strategy for a region disruption (`RecoveryObjectives.strategy`). */
  readonly strategy: RecoveryStrategy;
  /**
   * Warm standby: the share of the primary's minimum that runs in the recovery region (above 0, at most 1).
   * @default 0.5
   */
  readonly share?: number;
}

/** Props for the recovery region's `AutoScaledService`. */
export interface StandbyCapacity {
  /** What the service must serve after a failover: the primary's peak. */
  readonly requiredCapacity: number;
  /** What runs while the primary serves: 0 (pilot light), a share (warm standby, at least 2), all (active/active). */
  readonly minCapacity: number;
  /** The primary's maximum: after a failover the recovery region scales to the whole load. */
  readonly maxCapacity: number;
  /** True when the minimum is below the primary's (on purpose: a standby is scaled up on failover). */
  readonly allowBelowZoneHeadroom: boolean;
}

/** A warm standby keeps at least two instances: one in each of two zones, so it is itself zone-tolerant. */
const WARM_STANDBY_FLOOR = 2;

/**
 * The recovery region's sizing: pilot light at zero, warm standby at `share`
 * of the primary's minimum (at least two instances), active/active as large
 * as the primary. Backup and restore has no standby compute: it is refused
 * (the stack is deployed into the recovery region when needed).
 */
export function standbyCapacity(primary: PrimaryCapacity, options: StandbyCapacityOptions): StandbyCapacity {
  const { strategy } = options;
  const required = primary.zoneHeadroom.requiredCapacity;
  if (strategy === 'backup-restore') {
    throw new PropError('strategy', strategy, 'has no standby compute: deploy the stack into the recovery region when needed, or choose pilot-light or warm-standby');
  }
  if (options.share !== undefined && strategy !== 'warm-standby') {
    throw new PropError('share', options.share, `applies to warm-standby only (${strategy} runs ${strategy === 'pilot-light' ? 'nothing' : 'everything'} in the recovery region)`);
  }
  if (strategy === 'pilot-light') return { requiredCapacity: required, minCapacity: 0, maxCapacity: primary.maxCapacity, allowBelowZoneHeadroom: true };
  if (strategy === 'active-active') return { requiredCapacity: required, minCapacity: primary.minCapacity, maxCapacity: primary.maxCapacity, allowBelowZoneHeadroom: false };
  const share = options.share ?? 0.5;
  if (typeof share !== 'number' || !Number.isFinite(share) || share <= 0 || share > 1) {
    throw new PropError('share', share, 'must be above 0 and at most 1 (e.g. 0.5: half the primary runs in the recovery region)');
  }
  const min = Math.min(primary.minCapacity, Math.max(WARM_STANDBY_FLOOR, Math.ceil(primary.minCapacity * share)));
  return { requiredCapacity: required, minCapacity: min, maxCapacity: primary.maxCapacity, allowBelowZoneHeadroom: min < primary.minCapacity };
}

/** The step that brings the recovery region's service to full size on failover, for runbooks and outputs. */
export function standbyScaleUpStep(primary: PrimaryCapacity, options: StandbyCapacityOptions): string {
  const sizing = standbyCapacity(primary, options);
  const full = `raise the recovery group's minimum to ${primary.minCapacity} (aws autoscaling update-auto-scaling-group --min-size ${primary.minCapacity} --desired-capacity ${primary.minCapacity}), or run the Region switch plan, whose EC2AutoScaling step does it`;
  if (options.strategy === 'pilot-light') return `Pilot light: nothing runs in the recovery region; on failover ${full}.`;
  if (options.strategy === 'active-active') return 'Active/active: the recovery region already runs at full size; no scale-up.';
  return `Warm standby: ${sizing.minCapacity} of ${primary.minCapacity} instances run in the recovery region; on failover target tracking scales out, and to be at full size at once ${full}.`;
}
