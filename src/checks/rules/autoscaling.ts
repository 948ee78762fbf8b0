import { REDUNDANCY } from '../../core/contract';
import { at, isReference, knownLength, nested, num, show, str } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

const ASG = ['aws_autoscaling_group'];

/** True when the group sits behind a load balancer: target groups, classic ELBs or an attachment resource. */
function behindLoadBalancer(r: TerraformJsonResource, stack: TerraformJsonStack): boolean {
  const tg = r.body.target_group_arns;
  const lbs = r.body.load_balancers;
  if ((knownLength(tg) ?? (isReference(tg) ? 1 : 0)) > 0) return true;
  if ((knownLength(lbs) ?? (isReference(lbs) ? 1 : 0)) > 0) return true;
  return stack.pointingAt(r, 'aws_autoscaling_attachment', 'autoscaling_group_name', 'name').length > 0;
}

export const ASG_SUBNETS: ReliabilityRule = {
  id: 'REL-ASG-1',
  severity: 'error',
  title: 'Auto Scaling groups span at least two subnets',
  rationale: 'A group in one subnet lives in one Availability Zone and goes down with it.',
  remediation: 'List subnets in two or more zones in vpc_zone_identifier.',
  resourceTypes: ASG,
  equivalents: {},
  check: (r) => {
    const subnets = knownLength(r.body.vpc_zone_identifier);
    const zones = knownLength(r.body.availability_zones);
    if (subnets === undefined && zones === undefined) return isReference(r.body.vpc_zone_identifier) || isReference(r.body.availability_zones) ? [] : violation('neither vpc_zone_identifier nor availability_zones is set');
    const n = Math.max(subnets ?? 0, zones ?? 0);
    return n >= REDUNDANCY.minZones ? [] : violation(`the group spans ${n} subnet${n === 1 ? '' : 's'}; at least ${REDUNDANCY.minZones} in different zones are required`);
  },
};

export const ASG_MIN_SIZE: ReliabilityRule = {
  id: 'REL-ASG-2',
  severity: 'error',
  title: 'Auto Scaling groups keep at least two instances',
  rationale: 'With min_size 1 the service is down while the one instance is replaced (minutes), and every deployment or zone loss takes it out.',
  remediation: 'Set min_size to 2 or more.',
  resourceTypes: ASG,
  equivalents: {},
  check: (r) => {
    const min = num(r.body.min_size);
    if (min === undefined) return isReference(r.body.min_size) ? [] : violation('min_size is not set');
    return min >= REDUNDANCY.minReplicas ? [] : violation(`min_size is ${min}; at least ${REDUNDANCY.minReplicas} are required`);
  },
};

export const ASG_ELB_HEALTH_CHECK: ReliabilityRule = {
  id: 'REL-ASG-3',
  severity: 'error',
  title: 'Auto Scaling groups behind a load balancer use ELB health checks',
  rationale: 'With EC2 health checks an instance whose application is dead but whose VM runs is never replaced; the load balancer already knows it is unhealthy.',
  remediation: 'Set health_check_type = "ELB".',
  resourceTypes: ASG,
  equivalents: { checkov: ['CKV2_AWS_15'], cdkNag: ['AutoScalingGroupELBHealthCheckRequired'] },
  check: (r, stack) => {
    if (!behindLoadBalancer(r, stack)) return [];
    const type = str(r.body.health_check_type);
    if (type === 'ELB' || isReference(type)) return [];
    return violation(`the group is behind a load balancer but health_check_type is ${type === undefined ? 'not set (EC2)' : `"${type}"`}`);
  },
};

export const ASG_GRACE_PERIOD: ReliabilityRule = {
  id: 'REL-ASG-4',
  severity: 'warning',
  title: 'Auto Scaling groups give new instances a health check grace period',
  rationale: 'Without a grace period an instance is judged before its application has started, failed, replaced, and the group can churn forever during a deployment or recovery.',
  remediation: 'Set health_check_grace_period to the time the application needs to start (e.g. 300 seconds).',
  resourceTypes: ASG,
  equivalents: {},
  check: (r) => {
    const v = r.body.health_check_grace_period;
    if (v === undefined || isReference(v)) return []; // the provider's default is 300 seconds
    const s = num(v);
    return s !== undefined && s > 0 ? [] : violation(`health_check_grace_period is ${show(v)}: instances are judged before they have started`);
  },
};

export const ASG_SCALING_POLICY: ReliabilityRule = {
  id: 'REL-ASG-5',
  severity: 'warning',
  title: 'Auto Scaling groups have a scaling policy',
  rationale: 'A fixed-size group absorbs no load spike and does not regain capacity lost with a zone beyond its desired count.',
  remediation: 'Add an aws_autoscaling_policy (target tracking) for the group.',
  resourceTypes: ASG,
  equivalents: {},
  check: (r, stack) => {
    if (num(r.body.min_size) !== undefined && num(r.body.min_size) === num(r.body.max_size)) {
      return violation('min_size equals max_size: the group cannot scale');
    }
    return stack.pointingAt(r, 'aws_autoscaling_policy', 'autoscaling_group_name', 'name').length > 0 ? [] : violation('no aws_autoscaling_policy targets this group');
  },
};

export const LAUNCH_TEMPLATE_IMDSV2: ReliabilityRule = {
  id: 'REL-LT-1',
  severity: 'error',
  title: 'Launch templates and instances require IMDSv2',
  rationale: 'IMDSv1 lets a request-forgery bug read instance credentials; requiring session tokens closes that path and is what current AMIs expect.',
  remediation: 'Set metadata_options { http_tokens = "required" }.',
  resourceTypes: ['aws_launch_template', 'aws_launch_configuration', 'aws_instance'],
  equivalents: { checkov: ['CKV_AWS_79'], cdkNag: ['EC2IMDSv2Enabled'], trivy: ['AVD-AWS-0130'] },
  check: (r): RuleViolation[] => {
    const tokens = at(r.body, 'metadata_options', 'http_tokens');
    if (tokens === 'required' || isReference(tokens)) return [];
    if (at(r.body, 'metadata_options', 'http_endpoint') === 'disabled') return [];
    if (tokens !== undefined) return violation(`metadata_options.http_tokens is ${show(tokens)}: IMDSv1 is allowed; "required" is required`);
    const declared = nested(r.body, 'metadata_options').length > 0;
    return violation(`metadata_options.http_tokens is not set${declared ? '' : ' (no metadata_options block)'}: IMDSv1 is allowed; "required" is required`);
  },
};

/** Rules for Auto Scaling groups and launch templates. */
export const AUTOSCALING_RULES: readonly ReliabilityRule[] = [ASG_SUBNETS, ASG_MIN_SIZE, ASG_ELB_HEALTH_CHECK, ASG_GRACE_PERIOD, ASG_SCALING_POLICY, LAUNCH_TEMPLATE_IMDSV2];
