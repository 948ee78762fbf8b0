import { PropSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { SEVERITY } from '../../../core/slo-specs';
import { ALARM_REFERENCE, AWS_REGION, reliableProps } from '../../common/prop-specs';
import { MAX_ZONES, VPC_ID, ZONE_NAME } from '../../network/network-spec';
import type { ChaosDrillProps, DrillOptIn, DrillReport } from '../chaos-drill';
import { DRILL_SCENARIOS } from '../drill-plan';
import { DRILL_SCHEDULE } from '../drill-schedule';
import type { IDrillableDatabase, IDrillableEksCluster, IDrillableNetwork, IDrillablePods, IDrillableService, IDrillAutoScalingGroup, IDrillSubnet } from '../drill-targets';
import { LABEL_KEY, LABEL_VALUE } from '../../../kubernetes/k8s-names';

const TEMPLATE = 'aws_fis_experiment_template';

/** FIS quotas: at most 5 stop conditions per experiment template (counted once resolved: an SloAlarms gives one per SLO). */
export const MAX_STOP_CONDITIONS = 5;
/** Longest action duration FIS accepts (12 hours), minutes. */
export const MAX_DRILL_MINUTES = 720;

const WRITTEN = { refuse: 'it is written into the experiment (a selection mode or an action parameter)' } as const;

/** An explained opt-in: the reason is recorded at synth. */
const OPT_IN = spec.object<DrillOptIn>(
  { reason: spec.text({ required: 'why it is acceptable here', nonEmpty: true, tokens: { refuse: 'it is recorded at synth, where the opt-in is approved' } }) },
  { tokens: { refuse: 'it is an opt-in recorded at synth' }, example: { reason: 'game day OPS-42' } },
);

const GROUP = spec.object<IDrillAutoScalingGroup>(
  {
    name: spec.name({ required: "the group's name (its instances are selected by its aws:autoscaling:groupName tag)", nonEmpty: true, maxLength: 255 }),
    arn: spec.arn('autoscaling', { required: "the group's ARN" }),
  },
  { required: 'the Auto Scaling group whose instances the drill hits', instances: true },
);

/** An `AutoScaledService`, or a plain object with its group (and its minimum, to check a share selects an instance). */
const SERVICE = spec.object<IDrillableService & { readonly minCapacity?: number }>(
  { autoScalingGroup: GROUP, minCapacity: spec.integer({ min: 0 }) },
  {
    tokens: { refuse: 'it decides the targets of the experiment' },
    instances: true,
    example: { autoScalingGroup: { name: 'web', arn: 'arn:aws:autoscaling:eu-west-1:111111111111:autoScalingGroup:0a1b2c3d-4e5f-6789-abcd-ef0123456789:autoScalingGroupName/web' } },
  },
);

const ARN_OF = (what: string, service: string) => spec.object<{ arn: string }>({ arn: spec.arn(service, { required: `the ${what}'s ARN` }) }, { instances: true });

/** A `ResilientDatabase`, or a plain object with its Aurora cluster or its Multi-AZ instance. */
const DATABASE = spec.object<IDrillableDatabase>(
  { cluster: ARN_OF('Aurora cluster', 'rds'), instance: ARN_OF('RDS instance', 'rds') },
  { tokens: { refuse: 'it decides the targets of the experiment' }, instances: true, example: { instance: { arn: 'arn:aws:rds:eu-west-1:111111111111:db:orders' } } },
);

const SUBNETS = (required?: string): PropSpec =>
  spec.list(spec.object<IDrillSubnet>({ arn: spec.arn('ec2', { required: "the subnet's ARN" }) }, { instances: true }), {
    ...(required ? { required } : {}),
    tokens: { refuse: "the zone's subnet is picked from it at synth" },
  });

const subnetArn = (zone: string, n: number) => ({ arn: `arn:aws:ec2:eu-west-1:111111111111:subnet/subnet-0${n}00000000000000${zone}` });

/** A `MultiAzNetwork`, or a plain object with its VPC, zones and subnets (one per zone, in the zones' order). */
const NETWORK = spec.object<IDrillableNetwork>(
  {
    vpcId: spec.name({ required: 'the id of the VPC', pattern: VPC_ID, what: 'a VPC id such as vpc-0123456789abcdef0' }),
    zones: spec.list(spec.name({ pattern: ZONE_NAME, what: 'a zone name such as eu-west-1a' }), {
      required: 'the zone names, in the order of the subnets',
      tokens: { refuse: 'the zone a drill takes out is picked from it at synth' },
    }),
    zoneCount: spec.integer({ required: 'the number of zones', min: 2, max: MAX_ZONES, tokens: { refuse: 'the zone index is checked against it' } }),
    publicSubnets: SUBNETS(),
    privateSubnets: SUBNETS('the private subnets, one per zone'),
    isolatedSubnets: SUBNETS(),
  },
  {
    tokens: { refuse: 'it decides the zone and the subnets the drill cuts off' },
    instances: true,
    // Fields of IMultiAzNetwork a plain network may carry too; the drill reads the subnets, not their ids.
    unread: ['publicSubnetIds', 'privateSubnetIds', 'isolatedSubnetIds'],
    example: {
      vpcId: 'vpc-0123456789abcdef0',
      zones: ['eu-west-1a', 'eu-west-1b'],
      zoneCount: 2,
      privateSubnets: [subnetArn('1', 1), subnetArn('2', 1)],
    },
  },
);

/** Where the experiment report goes; the minutes of metrics before and after are kept to 1 to 30 (written as ISO 8601 durations, PT<n>M). */
const REPORT = spec.object<DrillReport>(
  {
    // S3 User Guide, "General purpose bucket naming rules": 3 to 63 lower-case letters, digits, dots and hyphens.
    bucketName: spec.name({
      required: 'the S3 bucket the report is written to',
      pattern: /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
      what: 'an S3 bucket name (3 to 63 lower-case letters, digits, dots and hyphens)',
      aws: { resource: TEMPLATE, argument: 'experiment_report_configuration.outputs.s3_configuration.bucket_name' },
    }),
    // FIS API, ReportConfigurationS3OutputPrefix: no whitespace, at most 256 (the sweep found a prefix with spaces synthesized).
    prefix: spec.text({ nonEmpty: true, aws: { resource: TEMPLATE, argument: 'experiment_report_configuration.outputs.s3_configuration.prefix' } }),
    dashboardArn: spec.arn('cloudwatch'),
    preExperimentMinutes: spec.integer({ min: 1, max: 30 }),
    postExperimentMinutes: spec.integer({ min: 1, max: 30 }),
  },
  { tokens: { refuse: 'it decides the report configuration and the role statements' }, example: { bucketName: 'acme-drill-reports' } },
);

/** A `ResilientDeployment`, or a plain object with the pods' namespace and selector labels. */
const PODS = spec.object<IDrillablePods>(
  {
    namespace: spec.name({ required: "the pods' namespace", pattern: /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, maxLength: 63, what: 'a namespace name (a DNS-1123 label)' }),
    selector: spec.map(spec.name({ pattern: LABEL_VALUE, what: 'a label value' }), {
      required: "the pods' labels",
      keys: spec.name({ pattern: LABEL_KEY, what: 'a label key' }),
      example: { 'app.kubernetes.io/name': 'checkout' },
    }),
  },
  { tokens: { refuse: 'it decides the pods the experiment hits' }, instances: true, example: { namespace: 'shop', selector: { 'app.kubernetes.io/name': 'checkout' } } },
);

/** An `aws_eks_cluster`, or a plain object with its name and ARN. */
const EKS_CLUSTER = spec.object<IDrillableEksCluster>(
  {
    // EKS API, CreateCluster name: 1 to 100 characters, a letter or digit first, then letters, digits, - and _.
    name: spec.name({ required: "the cluster's name", pattern: /^[0-9A-Za-z][A-Za-z0-9\-_]{0,99}$/, what: 'an EKS cluster name' }),
    arn: spec.arn('eks', { required: "the cluster's ARN" }),
  },
  { instances: true, example: { name: 'shop', arn: 'arn:aws:eks:eu-west-1:111111111111:cluster/shop' } },
);

/** What every prop of a ChaosDrill accepts (the construct relates them to the scenario and to each other). */
export const CHAOS_DRILL_PROPS: PropSpecs<ChaosDrillProps> = {
  scenario: spec.oneOf(DRILL_SCENARIOS, { required: `one of ${DRILL_SCENARIOS.join(', ')}`, tokens: { refuse: 'it decides what the experiment does and to which targets' } }),
  service: SERVICE,
  database: DATABASE,
  network: NETWORK,
  // A token zone would select no subnet and no instance (issue 21: a token zone wrote a template with no zone action).
  pods: PODS,
  eksCluster: EKS_CLUSTER,
  podPercent: spec.integer({ min: 1, max: 100, tokens: WRITTEN }),
  podsOnFargate: spec.boolean({ tokens: { refuse: 'it decides which pod actions are allowed' } }),
  zone: spec.either('a zone name such as eu-west-1a or a zone index (0 for the first zone)', [spec.name({ pattern: ZONE_NAME, what: 'a zone name such as eu-west-1a' }), spec.integer({ min: 0, max: MAX_ZONES - 1 })], {
    tokens: { refuse: 'it picks the zone whose instances stop and whose subnets are cut off' },
  }),
  stopConditions: spec.list(ALARM_REFERENCE, { tokens: { refuse: 'each alarm is checked for its Region and counted at synth' } }),
  withoutStopCondition: OPT_IN,
  durationMinutes: spec.integer({ min: 1, max: MAX_DRILL_MINUTES, tokens: { refuse: 'it sizes the schedule window' } }),
  // A token action disappeared from the template (issue 21): it decides the FIS action and the role's permissions.
  instanceAction: spec.oneOf(['stop', 'terminate'], { tokens: { refuse: "it decides the FIS action and the role's permissions" } }),
  instancePercent: spec.integer({ min: 1, max: 100, tokens: WRITTEN }),
  ebsKmsKeyArns: spec.list(spec.arn('kms'), { unique: true, tokens: { refuse: 'give a list of key ARNs (each may be a reference): each is listed in the grant statement' } }),
  cpuLoadPercent: spec.integer({ min: 1, max: 100, tokens: WRITTEN }),
  latencyMilliseconds: spec.integer({ min: 1, max: 60000, tokens: WRITTEN }),
  jitterMilliseconds: spec.integer({ min: 0, max: 60000, tokens: WRITTEN }),
  networkInterface: spec.name({ pattern: /^[A-Za-z0-9_.-]{1,15}$/, what: 'a network interface name such as eth0 or ens5' }),
  description: spec.text({ nonEmpty: true, aws: { resource: TEMPLATE, argument: 'description' } }),
  logRetentionDays: spec.integer({ aws: { resource: 'aws_cloudwatch_log_group', argument: 'retention_in_days' } }),
  logKmsKeyArn: spec.arn('kms'),
  report: REPORT,
  schedule: DRILL_SCHEDULE,
  environment: spec.name({ tokens: { refuse: 'it decides whether the production guard applies' } }),
  allowInProduction: OPT_IN,
  region: { ...AWS_REGION, tokens: { refuse: 'the drill must run where the stack and its targets are' } },
  outcomeSeverity: SEVERITY,
  ...reliableProps([]),
};
