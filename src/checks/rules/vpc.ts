import { isReference, str } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

const VPC = ['aws_vpc'];

export const VPC_FLOW_LOGS: ReliabilityRule = {
  id: 'REL-VPC-1',
  severity: 'warning',
  title: 'VPCs have flow logs',
  rationale: 'Flow logs are how a network-level outage (a security group, a route, a NACL) is diagnosed after the fact.',
  remediation: 'Add an aws_flow_log with vpc_id referencing the VPC.',
  resourceTypes: VPC,
  equivalents: { checkov: ['CKV2_AWS_11'], cdkNag: ['VPCFlowLogsEnabled'], trivy: ['AVD-AWS-0178'] },
  check: (r, stack) => (stack.pointingAt(r, 'aws_flow_log', 'vpc_id', 'id').length > 0 ? [] : violation('no aws_flow_log for this VPC')),
};

/** The zone of a subnet (name or id, possibly an unresolved reference), or undefined when it cannot be known. */
function zoneOf(subnet: TerraformJsonResource): string | undefined {
  if (subnet.body.count !== undefined || subnet.body.for_each !== undefined) return undefined;
  return str(subnet.body.availability_zone) ?? str(subnet.body.availability_zone_id);
}

export const NAT_GATEWAY_PER_ZONE: ReliabilityRule = {
  id: 'REL-VPC-2',
  severity: 'error',
  title: 'VPCs with NAT gateways have one in every zone, or a regional one',
  rationale: 'A zonal NAT gateway lives in one zone: when that zone fails, every private subnet routed through it loses outbound access, in every zone.',
  remediation: 'Use a regional NAT gateway (availability_mode = "regional"), or create a zonal NAT gateway in a public subnet of each zone and route each zone\'s private subnets through their own.',
  resourceTypes: VPC,
  equivalents: {},
  check: (r, stack: TerraformJsonStack) => {
    const subnets = stack.pointingAt(r, 'aws_subnet', 'vpc_id', 'id');
    const isPublic = (n: TerraformJsonResource): boolean => str(n.body.connectivity_type) !== 'private';
    // A regional NAT gateway spans the VPC's zones by itself.
    if (stack.pointingAt(r, 'aws_nat_gateway', 'vpc_id', 'id').some((n) => isPublic(n) && (str(n.body.availability_mode) === 'regional' || isReference(n.body.availability_mode)))) return [];
    const zonal = (n: TerraformJsonResource): boolean => isPublic(n) && str(n.body.availability_mode) !== 'regional';
    // NAT gateways created with count/for_each cannot be placed in zones from the JSON: do not guess.
    const counted = stack.cached('vpc:counted-nat', () => stack.ofType('aws_nat_gateway').some((n) => zonal(n) && (n.body.count !== undefined || n.body.for_each !== undefined)));
    if (counted) return [];
    const natSubnets = subnets.filter((s) => stack.pointingAt(s, 'aws_nat_gateway', 'subnet_id', 'id').some(zonal));
    if (natSubnets.length === 0) return [];
    const natZones = new Set<string>();
    for (const s of natSubnets) {
      const z = zoneOf(s);
      if (z === undefined) return [];
      natZones.add(z);
    }
    const zones = new Set<string>();
    for (const s of subnets) {
      const z = zoneOf(s);
      if (z === undefined) return [];
      zones.add(z);
    }
    // Some NAT gateways sit in subnets counted elsewhere (count/for_each): do not guess.
    const missing = [...zones].filter((z) => !natZones.has(z));
    if (missing.length === 0) return [];
    return violation(`${natZones.size} NAT gateway zone${natZones.size === 1 ? '' : 's'} for ${zones.size} subnet zones: ${missing.join(', ')} ha${missing.length === 1 ? 's' : 've'} no NAT gateway of ${missing.length === 1 ? 'its' : 'their'} own`);
  },
};

/** Rules for `aws_vpc`. */
export const VPC_RULES: readonly ReliabilityRule[] = [VPC_FLOW_LOGS, NAT_GATEWAY_PER_ZONE];
