import { literal } from '../../../core/user-text';
import type { RegionSwitchPlanProps } from '../region-switch-plan';

/** Where the execution role acts: its own ARN, the plan's name, the partition and account (references). */
export interface ExecutionPolicyTarget {
  readonly roleArn: string;
  readonly planName: string;
  readonly partition: string;
  readonly account: string;
}

/**
 * The execution role's policy, from ARC's documented samples (ARC Developer Guide, "Identity and Access
 * Management for Region switch"): "Complete plan execution role permissions" (iam:SimulatePrincipalPolicy on the
 * role itself, for plan evaluation; arc-region-switch:GetPlan, GetPlanExecution, ListPlanExecutions, which take
 * the plan resource), "CloudWatch alarms for application health permissions" (on the alarms), and each execution
 * block's sample policy. Resources are scoped wherever the action takes one. The user's ARNs are escaped: an
 * Auto Scaling group's name may hold `${`, which Terraform would read as a template.
 */
export function executionStatements(props: RegionSwitchPlanProps, t: ExecutionPolicyTarget): unknown[] {
  const out: unknown[] = [
    { Sid: 'EvaluateThePlan', Effect: 'Allow', Action: ['iam:SimulatePrincipalPolicy'], Resource: t.roleArn },
    {
      Sid: 'ReadThePlan',
      Effect: 'Allow',
      Action: ['arc-region-switch:GetPlan', 'arc-region-switch:GetPlanExecution', 'arc-region-switch:ListPlanExecutions'],
      // Plan ARN: arn:<partition>:arc-region-switch::<account>:plan/<name>:<6-character suffix> (API reference, Plan).
      Resource: `arn:${t.partition}:arc-region-switch::${t.account}:plan/${t.planName}:*`,
    },
  ];
  if (props.healthAlarmArns?.length) {
    out.push({ Sid: 'ReadHealthAlarms', Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarmHistory'], Resource: props.healthAlarmArns.map(literal) });
  }
  const g = props.database?.globalDatabase;
  if (g) {
    out.push({ Sid: 'DescribeDatabases', Effect: 'Allow', Action: ['rds:DescribeGlobalClusters', 'rds:DescribeDBClusters'], Resource: '*' });
    out.push({ Sid: 'SwitchGlobalDatabase', Effect: 'Allow', Action: ['rds:FailoverGlobalCluster', 'rds:SwitchoverGlobalCluster'], Resource: [g.globalClusterArn, ...Object.values(g.clusterArns)].map(literal) });
  }
  const s = props.services;
  if (s) {
    out.push({ Sid: 'DescribeGroups', Effect: 'Allow', Action: ['autoscaling:DescribeAutoScalingGroups'], Resource: '*' });
    out.push({ Sid: 'ScaleGroups', Effect: 'Allow', Action: ['autoscaling:UpdateAutoScalingGroup'], Resource: [s.primary.autoScalingGroup.arn, s.recovery.autoScalingGroup.arn].map(literal) });
    out.push({ Sid: 'ReadCapacity', Effect: 'Allow', Action: ['cloudwatch:GetMetricStatistics'], Resource: '*', Condition: { StringEquals: { 'cloudwatch:namespace': 'AWS/AutoScaling' } } });
  }
  out.push({ Sid: 'ReadFailoverRecord', Effect: 'Allow', Action: ['route53:ListResourceRecordSets'], Resource: `arn:${t.partition}:route53:::hostedzone/${props.failover.hostedZoneId}` });
  return out;
}
