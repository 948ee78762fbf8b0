import { formatIpv4Cidr, Ipv4Block, parseIpv4Cidr } from '../../core/cidr';
import { PropError } from '../../core/errors';
import { checkArgumentsBySpec, spec } from '../../core/prop-spec';
/**
 * CIDR planning for a multi-AZ VPC: split a VPC's IPv4 block into one subnet
 * per zone for each tier. The arithmetic is pure; the options are checked
 * like props (a {@link SubnetPlanError} names the option).
 */

/** The subnet tiers of a {@link MultiAzNetwork}. */
export type SubnetTier = 'public' | 'private' | 'isolated';

/** Tiers in allocation order when sizes tie: the biggest tiers first keeps every block aligned. */
export const SUBNET_TIERS: readonly SubnetTier[] = ['private', 'isolated', 'public'];

/** AWS accepts VPC and subnet IPv4 blocks from /16 to /28. */
export const MIN_PREFIX_LENGTH = 16;
export const MAX_PREFIX_LENGTH = 28;

/** A planning problem, phrased for {@link InvalidPropError}: the prop, the value, what is allowed. */
export class SubnetPlanError extends PropError {}

/** Parses `a.b.c.d/n`; throws {@link SubnetPlanError} (prop `cidr`) when malformed or host bits are set. */
export function parseCidr(cidr: string, prop = 'cidr'): Ipv4Block {
  const parsed = parseIpv4Cidr(cidr);
  if ('problem' in parsed) throw new SubnetPlanError(prop, cidr, `must be ${parsed.problem}`);
  return parsed;
}

export { formatIpv4Cidr as formatCidr, Ipv4Block };

/** Number of addresses in a block. */
export function blockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}

export interface SubnetPlanOptions {
  /** The VPC's IPv4 block, /16 to /28. */
  readonly vpcCidr: string;
  /** Number of zones: one subnet per zone in each tier. */
  readonly zoneCount: number;
  /**
   * Prefix length per tier.
   * @default - the largest sizes that fit with private twice isolated and isolated twice public (all /28 at the minimum)
   */
  readonly prefixLengths?: Partial<Record<SubnetTier, number>>;
}

/** The planner names what it is given as a `MultiAzNetwork`'s props: `cidr`, `zoneCount`, `<tier>SubnetPrefixLength`. */
function planProp(option: string): string {
  const tier = /^options\.prefixLengths\.(\w+)$/.exec(option)?.[1];
  if (tier) return `${tier}SubnetPrefixLength`;
  return option === 'options.vpcCidr' ? 'cidr' : option.replace(/^options\./, '');
}

const PLANNED = { refuse: 'the subnets are planned from it' } as const;
const TIER_PREFIX = spec.integer({ min: MIN_PREFIX_LENGTH, max: MAX_PREFIX_LENGTH, tokens: PLANNED });
const PLAN_ARGUMENTS = {
  options: spec.object<SubnetPlanOptions>(
    {
      vpcCidr: spec.cidr({ required: "the VPC's IPv4 block, such as 10.0.0.0/16", tokens: PLANNED }),
      // 16 zones: more than any Region has Availability Zones (the network's own limit).
      zoneCount: spec.integer({ required: 'the number of zones', min: 1, max: 16, tokens: PLANNED }),
      prefixLengths: spec.object<Partial<Record<SubnetTier, number>>>({ public: TIER_PREFIX, private: TIER_PREFIX, isolated: TIER_PREFIX }),
    },
    { required: 'the options { vpcCidr, zoneCount, prefixLengths? }' },
  ),
};

/** The result: one CIDR per zone for each tier (index = zone index), plus what is left unallocated. */
export interface SubnetPlan {
  readonly vpcCidr: string;
  readonly zoneCount: number;
  readonly prefixLengths: Record<SubnetTier, number>;
  readonly subnets: Record<SubnetTier, readonly string[]>;
  /** Addresses of the VPC no subnet uses (room for later tiers). */
  readonly spareAddresses: number;
}

/**
 * Splits a VPC CIDR into one subnet per zone per tier.
 *
 * By default the private tier (where the workloads run) gets the largest
 * subnets, the isolated tier (databases) half that, and the public tier
 * (load balancers and NAT gateways) a quarter; the sizes are the largest
 * that fit. Blocks are allocated biggest first from the VPC's start, so
 * every block is aligned to its own size, none overlap, and all lie inside
 * the VPC. Throws {@link SubnetPlanError} when the VPC is too small.
 */
export function planSubnets(options: SubnetPlanOptions): SubnetPlan {
  checkArgumentsBySpec('planSubnets', { options }, PLAN_ARGUMENTS, (prop, value, allowed) => new SubnetPlanError(planProp(prop), value, allowed));
  const vpc = parseCidr(options.vpcCidr, 'cidr');
  if (vpc.prefixLength < MIN_PREFIX_LENGTH || vpc.prefixLength > MAX_PREFIX_LENGTH) {
    throw new SubnetPlanError('cidr', options.vpcCidr, `must have a prefix length from /${MIN_PREFIX_LENGTH} to /${MAX_PREFIX_LENGTH} (AWS VPC limits)`);
  }
  const zones = options.zoneCount;
  if (!Number.isInteger(zones) || zones < 1) throw new SubnetPlanError('zoneCount', zones, 'must be a whole number of at least 1');
  const vpcSize = blockSize(vpc.prefixLength);

  const given = options.prefixLengths ?? {};
  for (const tier of SUBNET_TIERS) {
    const p = given[tier];
    if (p === undefined) continue;
    if (!Number.isInteger(p) || p < Math.max(vpc.prefixLength, MIN_PREFIX_LENGTH) || p > MAX_PREFIX_LENGTH) {
      throw new SubnetPlanError(`${tier}SubnetPrefixLength`, p, `must be a whole number from ${Math.max(vpc.prefixLength, MIN_PREFIX_LENGTH)} (the VPC's) to ${MAX_PREFIX_LENGTH}`);
    }
  }

  // Default sizes: private = base, isolated = base + 1, public = base + 2 (tiers the user sized keep their size).
  const fixed = SUBNET_TIERS.filter((t) => given[t] !== undefined);
  const fixedAddresses = fixed.reduce((sum, t) => sum + zones * blockSize(given[t]!), 0);
  const offsets: Record<SubnetTier, number> = { private: 0, isolated: 1, public: 2 };
  const free = SUBNET_TIERS.filter((t) => given[t] === undefined);
  let prefixLengths: Record<SubnetTier, number> | undefined;
  for (let base = vpc.prefixLength; base <= MAX_PREFIX_LENGTH; base++) {
    const candidate = { ...given } as Record<SubnetTier, number>;
    // Smallest subnets are /28: near the minimum the tiers converge on that size.
    for (const t of free) candidate[t] = Math.min(MAX_PREFIX_LENGTH, base + offsets[t] - Math.min(...free.map((f) => offsets[f])));
    const needed = fixedAddresses + free.reduce((sum, t) => sum + zones * blockSize(candidate[t]), 0);
    if (needed <= vpcSize) {
      prefixLengths = candidate;
      break;
    }
  }
  const needed = prefixLengths ? SUBNET_TIERS.reduce((sum, t) => sum + zones * blockSize(prefixLengths![t]), 0) : Infinity;
  if (!prefixLengths || needed > vpcSize) {
    const minimum = SUBNET_TIERS.reduce((sum, t) => sum + zones * blockSize(given[t] ?? MAX_PREFIX_LENGTH), 0);
    const minPrefix = 32 - Math.ceil(Math.log2(minimum));
    const requested = SUBNET_TIERS.filter((t) => given[t] !== undefined).map((t) => `${t}SubnetPrefixLength ${given[t]}`);
    throw new SubnetPlanError(
      'cidr',
      options.vpcCidr,
      `is too small for ${zones} zone(s) x 3 tiers (public, private, isolated) of the requested sizes${requested.length ? ` (${requested.join(', ')})` : ''}: ` +
        `it has ${vpcSize} addresses and the subnets need at least ${minimum}; use a /${Math.max(MIN_PREFIX_LENGTH, minPrefix)} or larger (a /16 is recommended)` +
        `${requested.length ? ', or smaller subnets' : ''}`,
    );
  }

  // Allocate biggest blocks first: each then starts on a multiple of its own size.
  const order = [...SUBNET_TIERS].sort((a, b) => prefixLengths![a] - prefixLengths![b]);
  const subnets: Record<SubnetTier, string[]> = { public: [], private: [], isolated: [] };
  let next = vpc.network;
  for (const tier of order) {
    const size = blockSize(prefixLengths[tier]);
    for (let z = 0; z < zones; z++) {
      subnets[tier].push(formatIpv4Cidr({ network: next, prefixLength: prefixLengths[tier] }));
      next += size;
    }
  }
  return { vpcCidr: options.vpcCidr, zoneCount: zones, prefixLengths, subnets, spareAddresses: vpc.network + vpcSize - next };
}
