import { PropSpecs, spec } from '../../../core/prop-spec';
import { ALARM_REFERENCE, reliableProps } from '../../common/prop-specs';
import { networkSpec } from '../../network/network-spec';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import type { AutoScaledServiceProps, InstanceEgressRule } from '../auto-scaled-service';
import { SERVICE_ALARM_KEYS } from '../service-alarms';
import { ALB_SSL_POLICIES } from '../ssl-policies';
import { SCALING_PROPS } from './scaling-specs';

/** `family.size`, e.g. `m6i.large`, `c7gn.16xlarge`, `u-6tb1.metal`, `mac2-m2.metal`. */
const INSTANCE_TYPE = spec.name({ pattern: /^[a-z][a-z0-9-]*\.[a-z0-9]+$/, what: 'an EC2 instance type family.size such as m6i.large' });
/** An IAM managed policy: AWS managed (account field `aws`) or customer managed (12-digit account). */
const MANAGED_POLICY_ARN = /^arn:aws[a-z-]*:iam::(\d{12}|aws):policy\/[\w+=,.@/-]+$/;
const HEADROOM = { refuse: 'the zone-failure headroom is computed from it' } as const;
const ASG = 'aws_autoscaling_group';
const LT = 'aws_launch_template';

const EGRESS_RULE = 'aws_vpc_security_group_egress_rule';

/** A security group rule has one destination (AuthorizeSecurityGroupEgress: an IP range or a prefix list per permission here). */
function checkEgressRule(scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>): void {
  if ((value.cidr === undefined) === (value.prefixListId === undefined)) throw new InvalidPropError(scope, prop, value, 'must give exactly one of cidr and prefixListId (the destination of the rule)');
}

const INSTANCE_EGRESS_RULE = spec.object<InstanceEgressRule>(
  {
    cidr: spec.cidr({ aws: { resource: EGRESS_RULE, argument: 'cidr_ipv4' } }),
    // Managed prefix list ids: "pl-" and hexadecimal digits (Amazon VPC User Guide, "Managed prefix lists").
    prefixListId: spec.name({ pattern: /^pl-[0-9a-f]{8,17}$/, what: 'a managed prefix list id such as pl-6da54004', aws: { resource: EGRESS_RULE, argument: 'prefix_list_id' } }),
    port: spec.integer({ required: 'the destination port', min: 1, max: 65535, aws: { resource: EGRESS_RULE, argument: 'from_port' } }),
    protocol: spec.oneOf(['tcp', 'udp']),
  },
  { tokens: { refuse: 'each rule becomes an egress rule of the instance security group' }, example: { cidr: '0.0.0.0/0', port: 443 }, check: checkEgressRule },
);

/** What every prop of an AutoScaledService accepts (the construct relates them: capacity, TLS, Spot, Regions of ARNs). */
export const AUTO_SCALED_SERVICE_PROPS: PropSpecs<AutoScaledServiceProps> = {
  network: networkSpec({ subnets: { privateSubnetIds: 'zones', publicSubnetIds: 2 }, zoneCountKnownBecause: 'the zone-failure headroom depends on it' }),
  requiredCapacity: spec.integer({ required: 'the instances the service needs at peak', min: 1, tokens: HEADROOM }),
  // EC2 resource ids: "ami-" and 8 or 17 hexadecimal digits (Amazon EC2 User Guide, "Resource IDs").
  imageId: spec.name({ required: 'the AMI id the instances boot from, such as ami-0123456789abcdef0', pattern: /^ami-([0-9a-f]{8}|[0-9a-f]{17})$/, what: 'an AMI id such as ami-0123456789abcdef0', aws: { resource: LT, argument: 'image_id' } }),
  instanceType: { ...INSTANCE_TYPE, aws: { resource: LT, argument: 'instance_type' } },
  minCapacity: spec.integer({ min: 0, aws: { resource: ASG, argument: 'min_size' } }),
  maxCapacity: spec.integer({ min: 1, aws: { resource: ASG, argument: 'max_size' } }),
  allowBelowZoneHeadroom: spec.boolean({ tokens: { refuse: 'it decides at synth whether a capacity below the zone-failure headroom is accepted' } }),
  // The construct holds the raw script to EC2's 16 KB (bytes, before base64).
  userData: spec.text({ aws: { resource: LT, argument: 'user_data' } }),
  port: spec.integer({ min: 1, max: 65535, aws: { resource: 'aws_lb_target_group', argument: 'port' } }),
  // ELB API Reference, CreateTargetGroup HealthCheckPath: 1-1024 characters, starting with "/".
  healthCheckPath: spec.text({ pattern: /^\/[\x21-\x7e]{0,1023}$/, what: 'an absolute path such as /health (printable ASCII, at most 1024 characters)', aws: { resource: 'aws_lb_target_group', argument: 'health_check.path' } }),
  certificateArn: spec.arn('acm', { aws: { resource: 'aws_lb_listener', argument: 'certificate_arn' } }),
  sslPolicy: spec.oneOf(ALB_SSL_POLICIES, { aws: { resource: 'aws_lb_listener', argument: 'ssl_policy' } }),
  // S3 bucket names: 3 to 63 lower-case letters, digits, dots and hyphens (S3 User Guide, "Bucket naming rules").
  accessLogsBucket: spec.name({ pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, what: 'an S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens)', aws: { resource: 'aws_lb', argument: 'access_logs.bucket' } }),
  // ELB User Guide, "Enable access logs" (bucket requirements): the prefix must not include AWSLogs (ELB adds it);
  // compared case-insensitively to be safe. The provider has no validator for access_logs.prefix. S3 User Guide,
  // "Naming objects": the safe characters; no empty part (leading, trailing or doubled /).
  accessLogsPrefix: spec.name({
    pattern: /^(?![\s\S]*awslogs)[A-Za-z0-9!_.*'()-]+(?:\/[A-Za-z0-9!_.*'()-]+)*$/i,
    maxLength: 200,
    what: 'a key prefix of S3-safe characters (letters, digits, ! _ . * \' ( ) -) in parts separated by /, without AWSLogs (ELB adds AWSLogs/... after it)',
  }),
  allowedCidrs: spec.list(spec.cidr({ aws: { resource: 'aws_vpc_security_group_ingress_rule', argument: 'cidr_ipv4' } }), {
    minItems: 1,
    maxItems: 50,
    unique: true,
    tokens: { refuse: 'it decides how many ingress rules exist (a token item is fine)' },
  }),
  // Amazon VPC quotas: 60 outbound rules per security group (the default; the instance group has no other).
  instanceEgress: spec.list(INSTANCE_EGRESS_RULE, { minItems: 1, maxItems: 60, tokens: { refuse: 'it decides how many egress rules exist' }, example: [INSTANCE_EGRESS_RULE.example] }),
  loadBalancerDeletionProtection: spec.boolean({ aws: { resource: 'aws_lb', argument: 'enable_deletion_protection' } }),
  // gp3 volumes are 1 GiB to 16 TiB (Amazon EBS User Guide, "Amazon EBS volume types").
  rootVolumeSizeGiB: spec.integer({ min: 1, max: 16384, aws: { resource: LT, argument: 'block_device_mappings.ebs.volume_size' } }),
  rootDeviceName: spec.name({ pattern: /^\/dev\/[a-z0-9]+$/, what: 'a device name such as /dev/xvda or /dev/sda1', aws: { resource: LT, argument: 'block_device_mappings.device_name' } }),
  runsContainers: spec.boolean({ tokens: { refuse: 'it decides the launch template\'s metadata hop limit' } }),
  ebsKmsKeyArn: spec.arn('kms', { aws: { resource: LT, argument: 'block_device_mappings.ebs.kms_key_id' } }),
  // IAM quotas: managed policies attached to a role, 10 by default and at most 20.
  managedPolicyArns: spec.list(spec.name({ pattern: MANAGED_POLICY_ARN, what: 'an IAM managed policy ARN such as arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', aws: { resource: 'aws_iam_role_policy_attachment', argument: 'policy_arn' } }), {
    maxItems: 20,
    unique: true,
    tokens: { refuse: 'it decides how many policy attachments exist' },
  }),
  healthCheckGracePeriodSeconds: spec.integer({ min: 0, max: 7200, aws: { resource: ASG, argument: 'health_check_grace_period' } }),
  instanceRefreshMinHealthyPercentage: spec.integer({ min: 0, max: 100, aws: { resource: ASG, argument: 'instance_refresh.preferences.min_healthy_percentage' } }),
  instanceTypes: spec.list(INSTANCE_TYPE, { minItems: 1, maxItems: 20, unique: true, tokens: { refuse: 'it decides the overrides of the mixed-instances policy' } }),
  onDemandBaseCapacity: spec.integer({ min: 0, aws: { resource: ASG, argument: 'mixed_instances_policy.instances_distribution.on_demand_base_capacity' } }),
  onDemandPercentageAboveBaseCapacity: spec.integer({ min: 0, max: 100, aws: { resource: ASG, argument: 'mixed_instances_policy.instances_distribution.on_demand_percentage_above_base_capacity' } }),
  cpuTargetPercent: spec.number({ greaterThan: 0, max: 100 }),
  requestsPerTarget: spec.number({ greaterThan: 0 }),
  ...SCALING_PROPS,
  rollbackAlarms: spec.list(ALARM_REFERENCE, { tokens: { refuse: 'the alarm names and Regions are checked at synth' } }),
  zonalShift: spec.boolean({ tokens: { refuse: 'it decides whether ARC may shift traffic away from a zone' }, aws: { resource: 'aws_lb', argument: 'enable_zonal_shift' } }),
  ...reliableProps(SERVICE_ALARM_KEYS),
  tags: spec.tags({ tokens: { refuse: 'each tag becomes a tag block of the Auto Scaling group (each value may be a reference)' } }),
};
