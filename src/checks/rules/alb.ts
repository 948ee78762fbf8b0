import { REDUNDANCY } from '../../core/contract';
import { at, blockCount, bool, dynamicForEach, said, isReference, knownLength, nested, show, str, trueOrUnresolved } from '../json';
import { ReliabilityRule, violation } from '../rule';
import { TerraformJsonResource } from '../stack';

const LB = ['aws_lb', 'aws_alb'];

function isApplication(r: TerraformJsonResource): boolean {
  const t = str(r.body.load_balancer_type);
  return t === undefined || t === 'application' || isReference(t);
}

export const LB_DELETION_PROTECTION: ReliabilityRule = {
  id: 'REL-ALB-1',
  severity: 'error',
  title: 'Load balancers have deletion protection',
  rationale: 'A replaced or deleted load balancer gets a new DNS name: every client, alias and certificate binding breaks until DNS catches up.',
  remediation: 'Set enable_deletion_protection = true.',
  resourceTypes: LB,
  equivalents: { checkov: ['CKV_AWS_150'], cdkNag: ['ELBDeletionProtectionEnabled'] },
  check: (r) => (trueOrUnresolved(r.body.enable_deletion_protection) ? [] : violation(said('enable_deletion_protection', r.body.enable_deletion_protection, 'not set (false)'))),
};

export const ALB_DROP_INVALID_HEADERS: ReliabilityRule = {
  id: 'REL-ALB-2',
  severity: 'warning',
  title: 'Application load balancers drop invalid header fields',
  rationale: 'Forwarding malformed headers exposes targets to request smuggling and to parsers that crash on them.',
  remediation: 'Set drop_invalid_header_fields = true.',
  resourceTypes: LB,
  equivalents: { checkov: ['CKV_AWS_131'], cdkNag: ['ALBHttpDropInvalidHeaderEnabled'], trivy: ['AVD-AWS-0052'] },
  check: (r) => (!isApplication(r) || trueOrUnresolved(r.body.drop_invalid_header_fields) ? [] : violation(said('drop_invalid_header_fields', r.body.drop_invalid_header_fields, 'not set (false)'))),
};

export const LB_SUBNETS: ReliabilityRule = {
  id: 'REL-ALB-3',
  severity: 'error',
  title: 'Load balancers span at least two subnets',
  rationale: 'A load balancer node per zone is what keeps the entry point up when a zone fails.',
  remediation: 'List subnets (or subnet_mapping blocks) in two or more Availability Zones.',
  resourceTypes: LB,
  equivalents: {},
  check: (r) => {
    const subnets = knownLength(r.body.subnets);
    // Undefined when a dynamic subnet_mapping iterates over a variable (the ALB module's `for_each = var.subnet_mapping`).
    const mappings = blockCount(r.body, 'subnet_mapping');
    const n = Math.max(subnets ?? 0, mappings ?? 0);
    if (n >= REDUNDANCY.minZones) return [];
    if (mappings === undefined) {
      const over = dynamicForEach(r.body, 'subnet_mapping');
      const what = over === undefined ? `subnet_mapping is ${show(r.body.subnet_mapping)}` : `subnet_mapping is a dynamic block over ${show(over)}`;
      const listed = subnets !== undefined ? `, subnets lists ${subnets}` : r.body.subnets !== undefined ? `, subnets is ${show(r.body.subnets)}` : '';
      return violation(`how many subnets the load balancer spans is known only at plan time (${what}${listed}): not judged; check the plan`, 'info');
    }
    if (subnets === undefined && mappings === 0) return isReference(r.body.subnets) ? [] : violation('neither subnets nor subnet_mapping is set');
    return violation(`the load balancer spans ${n} subnet${n === 1 ? '' : 's'}; at least ${REDUNDANCY.minZones} in different zones are required`);
  },
};

export const TARGET_GROUP_HEALTH_CHECK: ReliabilityRule = {
  id: 'REL-TG-1',
  severity: 'error',
  title: 'Target groups health-check their targets',
  rationale: 'A target group without a health check keeps sending traffic to dead targets; an implicit default ("/" on the traffic port) often answers 200 while the application is broken.',
  remediation: 'Declare health_check { enabled = true, path = "<a real readiness path>", matcher = "200" }.',
  resourceTypes: ['aws_lb_target_group', 'aws_alb_target_group'],
  equivalents: { checkov: ['CKV_AWS_261'] },
  check: (r) => {
    if (str(r.body.target_type) === 'lambda') return [];
    const hc = nested(r.body, 'health_check')[0];
    if (hc === undefined) return violation('no health_check block: the default check ("/" on the traffic port) is used', 'warning');
    if (bool(hc.enabled) === false) return violation('health_check.enabled is false');
    const protocol = str(hc.protocol) ?? str(r.body.protocol);
    if ((protocol === 'HTTP' || protocol === 'HTTPS') && at(hc, 'path') === undefined) return violation('the HTTP health check has no path: "/" is used', 'warning');
    return [];
  },
};

/** Rules for load balancers and target groups. */
export const ALB_RULES: readonly ReliabilityRule[] = [LB_DELETION_PROTECTION, ALB_DROP_INVALID_HEADERS, LB_SUBNETS, TARGET_GROUP_HEALTH_CHECK];
