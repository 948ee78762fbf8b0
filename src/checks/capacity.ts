import { CAPACITY_TAGS } from '../core/contract';
import { at, knownLength, nested, num, str } from './json';
import { TerraformJsonStack } from './stack';

/** The capacity of one Auto Scaling group, as the report shows it. */
export interface ReportedCapacity {
  readonly address: string;
  /** Zones the group spreads over (its capacity tag, else its subnets). @default - unknown */
  readonly zones?: number;
  /** `min_size`. @default - unknown (a reference) */
  readonly minSize?: number;
  /** `max_size`. @default - unknown (a reference) */
  readonly maxSize?: number;
  /** Instances the service needs at peak (its `capacity:required` tag). @default - not recorded */
  readonly required?: number;
  /** Instances left at the minimum size after losing the fullest zone: min - ceil(min / zones). @default - unknown */
  readonly afterZoneLoss?: number;
  /** `afterZoneLoss - required`: negative means a zone loss leaves less than the service needs until Auto Scaling catches up. @default - unknown */
  readonly zoneLossHeadroom?: number;
  /** Scaling policies on the group, by type (`TargetTrackingScaling`, `StepScaling`, `PredictiveScaling (ForecastOnly)`, ...). */
  readonly policies: readonly string[];
}

/** Every Auto Scaling group of a stack with its zone-loss headroom and scaling limits. */
export function capacityOf(stack: TerraformJsonStack): ReportedCapacity[] {
  return stack.ofType('aws_autoscaling_group').map((g) => {
    // Auto Scaling groups carry their tags as `tag { key, value }` blocks.
    const tags: Record<string, string> = { ...stack.tagsOf(g) };
    for (const t of nested(g.body, 'tag')) if (typeof t.key === 'string' && typeof t.value === 'string') tags[t.key] = t.value;
    const zones = num(tags[CAPACITY_TAGS.zones]) ?? knownLength(g.body.vpc_zone_identifier) ?? knownLength(g.body.availability_zones);
    const minSize = num(g.body.min_size);
    const maxSize = num(g.body.max_size);
    const required = num(tags[CAPACITY_TAGS.required]);
    const afterZoneLoss = minSize !== undefined && zones !== undefined && zones > 0 ? minSize - Math.ceil(minSize / zones) : undefined;
    const policies = stack
      .ofType('aws_autoscaling_policy')
      .filter((p) => stack.pointsAt(p.body.autoscaling_group_name, g, 'name'))
      .map((p) => {
        const type = str(p.body.policy_type) ?? 'SimpleScaling';
        const mode = str(at(p.body, 'predictive_scaling_configuration', 'mode'));
        return type === 'PredictiveScaling' ? `PredictiveScaling (${mode ?? 'ForecastAndScale'})` : type;
      })
      .sort();
    return {
      address: g.address,
      ...(zones !== undefined ? { zones } : {}),
      ...(minSize !== undefined ? { minSize } : {}),
      ...(maxSize !== undefined ? { maxSize } : {}),
      ...(required !== undefined ? { required } : {}),
      ...(afterZoneLoss !== undefined ? { afterZoneLoss } : {}),
      ...(afterZoneLoss !== undefined && required !== undefined ? { zoneLossHeadroom: afterZoneLoss - required } : {}),
      policies,
    };
  });
}

/** The report's capacity section: one row per Auto Scaling group. */
export function formatCapacity(capacity: readonly ReportedCapacity[], heading: (level: number, text: string) => string, table: (head: string[], rows: string[][]) => string): string[] {
  const n = (v: number | undefined): string => (v === undefined ? '?' : String(v));
  const headroom = (c: ReportedCapacity): string => (c.zoneLossHeadroom === undefined ? '?' : c.zoneLossHeadroom >= 0 ? `+${c.zoneLossHeadroom}` : `${c.zoneLossHeadroom} (short)`);
  return [
    heading(3, 'Capacity'),
    '',
    table(
      ['Auto Scaling group', 'Zones', 'Min', 'Max', 'Required', 'After losing a zone', 'Zone-loss headroom', 'Scaling'],
      capacity.map((c) => [c.address, n(c.zones), n(c.minSize), n(c.maxSize), n(c.required), n(c.afterZoneLoss), headroom(c), c.policies.join(', ') || 'none']),
    ),
    '',
  ];
}
