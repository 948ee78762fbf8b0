import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { ObjectSpec, PropSpec, spec } from '../../core/prop-spec';
import { isUnresolved } from '../../core/tokens';
import type { IMultiAzNetwork } from './multi-az-network';

/**
 * The `network` prop of constructs that run in a multi-AZ network
 * (`AutoScaledService`, `ResilientDatabase`, `ChaosDrill` ...), as one spec
 * every construct builds from what it reads: a `MultiAzNetwork`, or a plain
 * object describing a VPC built elsewhere (JavaScript and YAML callers too).
 *
 * The ids of a plain object reach Terraform as they are (a VPC id in a
 * security group, subnet ids in a load balancer), so each must be an id of
 * the form EC2 gives (`vpc-` or `subnet-` and 8 or 17 lower-case hexadecimal
 * digits: Amazon EC2 User Guide, "Resource IDs"; EC2 API Reference,
 * ModifyIdFormat: "longer IDs (17-character IDs)") or a Terraform reference;
 * anything else (`${var.injected}`) would be evaluated by Terraform or refused
 * by EC2 at apply.
 */

/** The subnet lists of a network. */
export type SubnetList = 'publicSubnetIds' | 'privateSubnetIds' | 'isolatedSubnetIds';

/** What a construct reads of its network. */
export interface NetworkReads {
  /** Subnet lists the construct places resources in, each with the fewest subnets (`'zones'`: exactly one per zone). */
  readonly subnets: Partial<Record<SubnetList, number | 'zones'>>;
  /** Why the zone count must be known at synth, when it must (e.g. it sizes the capacity). @default - a token zone count is carried */
  readonly zoneCountKnownBecause?: string;
  /** Whether the construct reads the zone names (to place a writer and its readers apart). @default false */
  readonly zones?: boolean;
}

/** A VPC id as EC2 gives it: `vpc-` and 8 or 17 lower-case hexadecimal digits (EC2 User Guide, "Resource IDs"). */
export const VPC_ID = /^vpc-([0-9a-f]{8}|[0-9a-f]{17})$/;
/** A subnet id as EC2 gives it: `subnet-` and 8 or 17 lower-case hexadecimal digits (EC2 User Guide, "Resource IDs"). */
export const SUBNET_ID = /^subnet-([0-9a-f]{8}|[0-9a-f]{17})$/;
/** A zone name such as `eu-west-1a`, `us-gov-west-1b` or a Local Zone `us-west-2-lax-1a`. */
export const ZONE_NAME = /^[a-z]{2}(-[a-z0-9]+)+[a-z]$/;
/** The most zones a network spans: more than any Region has Availability Zones, with room for Local Zones. */
export const MAX_ZONES = 16;

/** A valid plain network of three zones, for the docs and the sweep (which varies one field at a time). */
export const EXAMPLE_NETWORK: IMultiAzNetwork = {
  vpcId: 'vpc-0123456789abcdef0',
  zoneCount: 3,
  publicSubnetIds: ['subnet-0a000000000000001', 'subnet-0a000000000000002', 'subnet-0a000000000000003'],
  privateSubnetIds: ['subnet-0b000000000000001', 'subnet-0b000000000000002', 'subnet-0b000000000000003'],
  isolatedSubnetIds: ['subnet-0c000000000000001', 'subnet-0c000000000000002', 'subnet-0c000000000000003'],
  zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
};

const ALL_FIELDS: readonly (keyof IMultiAzNetwork)[] = ['vpcId', 'zoneCount', 'publicSubnetIds', 'privateSubnetIds', 'isolatedSubnetIds', 'zones'];

const SUBNET_IDS = spec.name({ pattern: SUBNET_ID, what: 'a subnet id such as subnet-0123456789abcdef0 ("subnet-" and 8 or 17 lower-case hexadecimal digits)' });

/**
 * The spec of a `network` prop, for a construct that reads `reads`: the VPC id,
 * the zone count (2 to {@link MAX_ZONES}), the subnet lists it places resources
 * in (ids of EC2's form, no repeats, one per zone where it says `'zones'`), and
 * the zone names if it reads them. Fields it does not read are accepted
 * unchecked; a `MultiAzNetwork` (or another class implementing
 * `IMultiAzNetwork`) passes as well as a plain object.
 */
export function networkSpec(reads: NetworkReads): ObjectSpec {
  const fields: Record<string, PropSpec> = {
    vpcId: spec.name({ required: 'the id of the VPC', pattern: VPC_ID, what: 'a VPC id such as vpc-0123456789abcdef0 ("vpc-" and 8 or 17 lower-case hexadecimal digits)' }),
    zoneCount: spec.integer({
      required: 'the number of zones the subnets span',
      min: 2,
      max: MAX_ZONES,
      ...(reads.zoneCountKnownBecause !== undefined ? { tokens: { refuse: reads.zoneCountKnownBecause } } : {}),
    }),
  };
  for (const [list, fewest] of Object.entries(reads.subnets) as [SubnetList, number | 'zones'][]) {
    fields[list] = spec.list(SUBNET_IDS, {
      required: fewest === 'zones' ? 'a list of subnet ids, one per zone' : `a list of at least ${fewest} subnet ids`,
      unique: true,
      ...(fewest === 'zones' ? {} : { minItems: fewest }),
      maxItems: MAX_ZONES,
    });
  }
  if (reads.zones) fields.zones = spec.list(spec.name({ pattern: ZONE_NAME, what: 'an Availability Zone name such as eu-west-1a' }), { unique: true, maxItems: MAX_ZONES });
  return spec.object<Record<string, unknown>>(fields, {
    required: 'a MultiAzNetwork, or an object with vpcId, zoneCount and subnet ids',
    tokens: { refuse: 'its fields are read one by one (each of them may be a Terraform reference)' },
    instances: true,
    unread: ALL_FIELDS.filter((f) => !(f in fields)),
    example: EXAMPLE_NETWORK as unknown as Record<string, unknown>,
    check: (scope, prop, value) => checkZoneCounts(scope, prop, value as unknown as IMultiAzNetwork, reads),
  });
}

/** The lists that hold one item per zone have as many items as the network has zones (when synth knows both). */
function checkZoneCounts(scope: IConstruct, prop: string, network: IMultiAzNetwork, reads: NetworkReads): void {
  const zones = network.zoneCount;
  if (isUnresolved(zones)) return;
  const perZone = [...(Object.entries(reads.subnets) as [SubnetList, number | 'zones'][]).filter(([, n]) => n === 'zones').map(([l]) => l), ...(reads.zones ? ['zones' as const] : [])];
  for (const list of perZone) {
    const items = network[list];
    if (items === undefined || isUnresolved(items)) continue;
    if (items.length !== zones) {
      throw new InvalidPropError(scope, `${prop}.${list}`, items, `must have exactly ${zones} item(s), one per zone of ${prop}.zoneCount (got ${items.length})`);
    }
  }
}
