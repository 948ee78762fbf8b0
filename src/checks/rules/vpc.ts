import { isObject, isReference, str } from '../json';
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

/** Arguments by which an aws_flow_log names its log group (`log_group_name` is the older, removed form). */
const FLOW_LOG_GROUP_ARGUMENTS: readonly [string, string][] = [
  ['log_destination', 'arn'],
  ['log_group_name', 'name'],
];

export const FLOW_LOG_GROUP_CMK: ReliabilityRule = {
  id: 'REL-VPC-3',
  severity: 'warning',
  title: 'Log groups receiving VPC flow logs are encrypted with a customer-managed KMS key',
  rationale:
    'Flow logs map who talks to whom in the network. With a customer-managed key, reading them takes kms:Decrypt on a key whose policy you control and audit (CloudTrail), and revoking the key revokes the logs.',
  remediation:
    'Set kms_key_id on the aws_cloudwatch_log_group to a KMS key whose policy lets logs.<region>.amazonaws.com use it under the condition kms:EncryptionContext:aws:logs:arn = the log group ARN (CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS").',
  resourceTypes: ['aws_cloudwatch_log_group'],
  equivalents: {},
  check: (r, stack) => {
    const flows = FLOW_LOG_GROUP_ARGUMENTS.flatMap(([argument, identifying]) => stack.pointingAt(r, 'aws_flow_log', argument, identifying));
    if (flows.length === 0) return [];
    const key = r.body.kms_key_id;
    return key === undefined || key === null || key === '' ? violation(`receives the flow logs of ${flows[0].address} and has no kms_key_id (CloudWatch Logs' own key)`) : [];
  },
};

/** True when a rule list (ingress or egress of a default security group) is known to hold a rule. */
function hasRules(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return isObject(value);
}

export const DEFAULT_SECURITY_GROUP_CLOSED: ReliabilityRule = {
  id: 'REL-VPC-4',
  severity: 'warning',
  title: "VPCs manage their default security group, with no rules",
  rationale:
    'AWS creates every VPC with a default security group that admits all traffic from its members and allows all outbound traffic; any resource launched without a security group of its own joins it (AWS Security Hub control EC2.2).',
  remediation:
    'Add an aws_default_security_group with vpc_id referencing the VPC and no ingress or egress blocks: the provider removes every rule of the group when it adopts it.',
  resourceTypes: VPC,
  equivalents: {},
  check: (r, stack) => {
    const groups = stack.pointingAt(r, 'aws_default_security_group', 'vpc_id', 'id');
    if (groups.length === 0) return violation('no aws_default_security_group for this VPC: its default security group keeps the rules AWS gives it (all traffic among its members, all outbound)');
    const open = groups.filter((g) => hasRules(g.body.ingress) || hasRules(g.body.egress));
    return open.length === groups.length ? violation(`${open[0].address} has ingress or egress rules: anything launched into the default security group gets that traffic`) : [];
  },
};

/** The zone of a subnet (name or id, possibly an unresolved reference), or undefined when it cannot be known. */
function zoneOf(subnet: TerraformJsonResource): string | undefined {
  if (subnet.body.count !== undefined || subnet.body.for_each !== undefined) return undefined;
  return str(subnet.body.availability_zone) ?? str(subnet.body.availability_zone_id);
}

const isPublic = (n: TerraformJsonResource): boolean => str(n.body.connectivity_type) !== 'private';
const isRegional = (n: TerraformJsonResource): boolean => isPublic(n) && (str(n.body.availability_mode) === 'regional' || isReference(n.body.availability_mode));
const isZonal = (n: TerraformJsonResource): boolean => isPublic(n) && str(n.body.availability_mode) !== 'regional';

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
    // A regional NAT gateway spans the VPC's zones by itself.
    if (stack.pointingAt(r, 'aws_nat_gateway', 'vpc_id', 'id').some(isRegional)) return [];
    // NAT gateways created with count/for_each cannot be placed in zones from the JSON: do not guess.
    const counted = stack.cached('vpc:counted-nat', () => stack.ofType('aws_nat_gateway').some((n) => isZonal(n) && (n.body.count !== undefined || n.body.for_each !== undefined)));
    if (counted) return [];
    // A loop, not a filter with a closure per VPC: asked for each of the bench's 4,000 subnets.
    const natSubnets: TerraformJsonResource[] = [];
    for (let i = 0; i < subnets.length; i++) if (stack.pointingAt(subnets[i], 'aws_nat_gateway', 'subnet_id', 'id').some(isZonal)) natSubnets.push(subnets[i]);
    if (natSubnets.length === 0) return [];
    const natZones = new Set<string>();
    for (let i = 0; i < natSubnets.length; i++) {
      const z = zoneOf(natSubnets[i]);
      if (z === undefined) return [];
      natZones.add(z);
    }
    const zones = new Set<string>();
    for (let i = 0; i < subnets.length; i++) {
      const z = zoneOf(subnets[i]);
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
export const VPC_RULES: readonly ReliabilityRule[] = [VPC_FLOW_LOGS, NAT_GATEWAY_PER_ZONE, FLOW_LOG_GROUP_CMK, DEFAULT_SECURITY_GROUP_CLOSED];
