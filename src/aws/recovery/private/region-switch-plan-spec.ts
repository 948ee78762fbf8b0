import { Construct, IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { ObjectSpec, PropSpecs, spec } from '../../../core/prop-spec';
import { GLOBAL_CLUSTER_IDENTIFIER, GLOBAL_CLUSTER_IDENTIFIER_RULE } from '../../database/rds-identifiers';
import { AWS_PROVIDER, AWS_REGION, reliableProps } from '../../common/prop-specs';
import type { GlobalDatabaseInfo } from '../../database/cross-region';
import { RecoveryObjectives } from '../recovery-objectives';
import { RegionalFailover } from '../regional-failover';
import type { RegionSwitchApproval, RegionSwitchDatabase, RegionSwitchPlanProps, RegionSwitchService } from '../region-switch-plan';

const PLAN = 'aws_arcregionswitch_plan';

/** The plan names the database and the services by their construct path, so each must be a construct. */
function mustBeConstruct(what: string): (scope: IConstruct, prop: string, value: Readonly<Record<string, unknown>>) => void {
  return (scope, prop, value) => {
    if (!Construct.isConstruct(value)) throw new InvalidPropError(scope, prop, value, `must be ${what}`);
  };
}

const GLOBAL_DATABASE = spec.object<GlobalDatabaseInfo>(
  {
    globalClusterIdentifier: spec.name({ required: 'the identifier of the global cluster', pattern: GLOBAL_CLUSTER_IDENTIFIER, what: GLOBAL_CLUSTER_IDENTIFIER_RULE }),
    globalClusterArn: spec.arn('rds', { required: 'the ARN of the global cluster' }),
    clusterArns: spec.map(spec.arn('rds'), {
      keys: AWS_REGION,
      required: 'the ARN of each regional cluster, by region',
      tokens: { refuse: 'the plan switches between the clusters of its two regions' },
      example: { 'eu-west-1': 'arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1', 'eu-central-1': 'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1' },
    }),
  },
  { tokens: { refuse: 'its clusters decide the database step' }, instances: true },
);

/** A `ResilientDatabase` with an Aurora Global Database (the plan reads `globalDatabase` and whether its `copy` is headless). */
const DATABASE = spec.object<Pick<RegionSwitchDatabase, 'globalDatabase' | 'copy'>>(
  {
    globalDatabase: GLOBAL_DATABASE,
    copy: spec.object<NonNullable<RegionSwitchDatabase['copy']>>({ headless: spec.boolean({ tokens: { refuse: 'a headless secondary cannot take over' } }) }, { instances: true }),
  },
  {
    tokens: { refuse: 'it decides whether the plan has a database step' },
    instances: true,
    example: {
      globalDatabase: {
        globalClusterIdentifier: 'orders',
        globalClusterArn: 'arn:aws:rds::111111111111:global-cluster:orders',
        clusterArns: { 'eu-west-1': 'arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1', 'eu-central-1': 'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1' },
      },
    },
    check: mustBeConstruct('a ResilientDatabase (a construct with an Aurora Global Database)'),
  },
);

const groupArn = (side: 'primary' | 'recovery', region: string) =>
  `arn:aws:autoscaling:${region}:111111111111:autoScalingGroup:0a1b2c3d-4e5f-6789-abcd-ef0123456789:autoScalingGroupName/web-${side}`;

/** An `AutoScaledService` of one Region: the plan scales its group by ARN and reads its maximum and grace period. */
function service(side: 'primary' | 'recovery', region: string): ObjectSpec {
  return spec.object<Pick<RegionSwitchService, 'autoScalingGroup'>>(
    {
      autoScalingGroup: spec.object<RegionSwitchService['autoScalingGroup']>(
        {
          arn: spec.arn('autoscaling', { required: 'the ARN of the Auto Scaling group' }),
          // An aws_autoscaling_group's inputs: the plan checks the capacity step against the maximum and counts the grace period.
          maxSizeInput: spec.integer({ min: 0 }),
          healthCheckGracePeriodInput: spec.integer({ min: 0 }),
        },
        { required: 'the Auto Scaling group the plan scales up (an AutoScaledService has one)', tokens: { refuse: 'the plan scales the group by its ARN' }, instances: true },
      ),
    },
    {
      required: `the ${side} region's service (an AutoScaledService); ARC scales the activated region's group to the capacity of the other region's group, so it needs both`,
      tokens: { refuse: 'it decides the capacity step' },
      instances: true,
      example: { autoScalingGroup: { arn: groupArn(side, region) } },
      check: mustBeConstruct('an AutoScaledService (a construct with an autoScalingGroup)'),
    },
  );
}

const APPROVAL = spec.object<RegionSwitchApproval>(
  {
    approvalRoleArn: spec.arn('iam', { required: 'the ARN of the role whose principals approve' }),
    // ARC API, ExecutionApprovalConfiguration timeoutMinutes; a week at most.
    timeoutMinutes: spec.integer({ min: 1, max: 10080 }),
  },
  { tokens: { refuse: 'it decides whether the plan has an approval step' }, example: { approvalRoleArn: 'arn:aws:iam::111111111111:role/oncall' } },
);

/** What every prop of a RegionSwitchPlan accepts (the construct relates them to the failover's Regions). */
export const REGION_SWITCH_PLAN_PROPS: PropSpecs<RegionSwitchPlanProps> = {
  failover: spec.reference('a RegionalFailover', { required: 'the RegionalFailover whose regions and record the plan switches', is: (v) => v instanceof RegionalFailover }),
  objectives: spec.reference('a RecoveryObjectives', { is: (v) => v instanceof RecoveryObjectives }),
  database: DATABASE,
  services: spec.object<NonNullable<RegionSwitchPlanProps['services']>>(
    { primary: service('primary', 'eu-west-1'), recovery: service('recovery', 'eu-central-1') },
    {
      tokens: { refuse: 'it decides whether the plan has a capacity step' },
      example: { primary: { autoScalingGroup: { arn: groupArn('primary', 'eu-west-1') } }, recovery: { autoScalingGroup: { arn: groupArn('recovery', 'eu-central-1') } } },
    },
  ),
  targetPercent: spec.integer({ min: 1, max: 200 }),
  ungracefulMinimumSuccessPercentage: spec.integer({ min: 1, max: 100 }),
  approval: APPROVAL,
  healthAlarmArns: spec.list(spec.arn('cloudwatch'), { unique: true, tokens: { refuse: 'each alarm is an associated_alarms block of the plan' } }),
  // ARC API, CreatePlan name: 1 to 32 letters, digits and hyphens, starting and ending with a letter or digit.
  name: spec.name({
    pattern: /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/,
    what: '1 to 32 letters, digits and hyphens, starting and ending with a letter or digit',
    aws: { resource: PLAN, argument: 'name' },
  }),
  provider: AWS_PROVIDER,
  ...reliableProps([]),
};
