/**
 * Sizing of the recovery region's service from the primary's, per strategy
 * for a region disruption; spread the result into the recovery region's
 * `AutoScaledService` props. The arguments are checked like props: a
 * `PropError` names the argument (`primary.minCapacity`, `options.share`).
 */
import { PropError } from '../../core/errors';
import { checkArgumentsBySpec, spec } from '../../core/prop-spec';
import { isUnresolved } from '../../core/tokens';
import { RecoveryStrategy, STRATEGIES } from '../../recovery/objectives-check';

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

/** What the two arguments accept; the primary is usually the primary Region's `AutoScaledService` (whose other members are not read). */
const ARGUMENTS = {
  primary: spec.object<PrimaryCapacity>(
    {
      zoneHeadroom: spec.object<PrimaryCapacity['zoneHeadroom']>(
        { requiredCapacity: spec.integer({ required: 'the instances the primary needs at peak', min: 1, tokens: { refuse: 'the standby must serve the same peak, known at synth' } }) },
        { required: "the primary's zone-failure sizing", unread: ['zoneCount', 'minCapacity', 'largestZoneShare', 'capacityAfterZoneLoss', 'headroom'] },
      ),
      // Carried for pilot light and active/active (the standby takes them as they are); a warm standby computes its share of the minimum.
      minCapacity: spec.integer({ required: "the primary's minimum", min: 0 }),
      maxCapacity: spec.integer({ required: "the primary's maximum", min: 1 }),
    },
    { required: "the primary Region's service (an AutoScaledService) or its sizing", instances: true },
  ),
  options: spec.object<StandbyCapacityOptions>(
    {
      strategy: spec.oneOf(STRATEGIES, { required: 'the strategy for a Region disruption', tokens: { refuse: 'it decides what runs in the recovery Region' } }),
      share: spec.number({ greaterThan: 0, max: 1, tokens: { refuse: 'the standby minimum is computed from it' } }),
    },
    { required: 'the options { strategy, share? }' },
  ),
};

/** A warm standby keeps at least two instances: one in each of two zones, so it is itself zone-tolerant. */
const WARM_STANDBY_FLOOR = 2;

/**
 * The recovery region's sizing: pilot light at zero, warm standby at `share`
 * of the primary's minimum (at least two instances), active/active as large
 * as the primary. Backup and restore has no standby compute: it is refused
 * (the stack is deployed into the recovery region when needed).
 */
export function standbyCapacity(primary: PrimaryCapacity, options: StandbyCapacityOptions): StandbyCapacity {
  checkArgumentsBySpec('standbyCapacity', { primary, options }, ARGUMENTS);
  const { strategy } = options;
  const required = primary.zoneHeadroom.requiredCapacity;
  if (strategy === 'backup-restore') {
    throw new PropError('options.strategy', strategy, 'has no standby compute: deploy the stack into the recovery region when needed, or choose pilot-light or warm-standby');
  }
  if (options.share !== undefined && strategy !== 'warm-standby') {
    throw new PropError('options.share', options.share, `applies to warm-standby only (${strategy} runs ${strategy === 'pilot-light' ? 'nothing' : 'everything'} in the recovery region)`);
  }
  if (strategy === 'pilot-light') return { requiredCapacity: required, minCapacity: 0, maxCapacity: primary.maxCapacity, allowBelowZoneHeadroom: true };
  if (strategy === 'active-active') return { requiredCapacity: required, minCapacity: primary.minCapacity, maxCapacity: primary.maxCapacity, allowBelowZoneHeadroom: false };
  const share = options.share ?? 0.5;
  if (isUnresolved(primary.minCapacity)) {
    throw new PropError('primary.minCapacity', primary.minCapacity, 'must be known at synth for a warm standby: its minimum is a share of it (or give the standby its own minCapacity)');
  }
  const min = Math.min(primary.minCapacity, Math.max(WARM_STANDBY_FLOOR, Math.ceil(primary.minCapacity * share)));
  return { requiredCapacity: required, minCapacity: min, maxCapacity: primary.maxCapacity, allowBelowZoneHeadroom: min < primary.minCapacity };
}

/** The step that brings the recovery region's service to full size on failover, for runbooks and outputs. */
export function standbyScaleUpStep(primary: PrimaryCapacity, options: StandbyCapacityOptions): string {
  const sizing = standbyCapacity(primary, options);
  if (isUnresolved(primary.minCapacity)) {
    throw new PropError('primary.minCapacity', primary.minCapacity, 'must be known at synth: the step names the size to scale to');
  }
  const full = `raise the recovery group's minimum to ${primary.minCapacity} (aws autoscaling update-auto-scaling-group --min-size ${primary.minCapacity} --desired-capacity ${primary.minCapacity}), or run the Region switch plan, whose EC2AutoScaling step does it`;
  if (options.strategy === 'pilot-light') return `Pilot light: nothing runs in the recovery region; on failover ${full}.`;
  if (options.strategy === 'active-active') return 'Active/active: the recovery region already runs at full size; no scale-up.';
  return `Warm standby: ${sizing.minCapacity} of ${primary.minCapacity} instances run in the recovery region; on failover target tracking scales out, and to be at full size at once ${full}.`;
}
