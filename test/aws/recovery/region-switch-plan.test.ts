import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { raisedAwsProviderVersion } from '../../../src/aws/common/provider-version';
import { GlobalDatabaseInfo } from '../../../src/aws/database/cross-region';
import { RecoveryObjectives, RegionalFailover, RegionSwitchPlan, RegionSwitchPlanProps } from '../../../src/aws/recovery';
import { IRecoverable, RecoveryAchievement } from '../../../src/core/recovery';
import { annotations, onlyResource, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';
import { blockProblems, storedBlock } from './block-schema';

class FakeService extends Construct {
  public readonly autoScalingGroup: { arn: string };
  constructor(scope: Construct, id: string, region: string) {
    super(scope, id);
    this.autoScalingGroup = { arn: `arn:aws:autoscaling:${region}:111111111111:autoScalingGroup:x:autoScalingGroupName/${id}` };
  }
}

class FakeGlobalDb extends Construct implements IRecoverable {
  public readonly globalDatabase?: GlobalDatabaseInfo;
  public readonly recovery: RecoveryAchievement;
  constructor(scope: Construct, id: string, regions: string[] | undefined) {
    super(scope, id);
    this.globalDatabase = regions && {
      globalClusterIdentifier: 'orders',
      globalClusterArn: 'arn:aws:rds::111111111111:global-cluster:orders',
      clusterArns: Object.fromEntries(regions.map((r) => [r, `arn:aws:rds:${r}:111111111111:cluster:orders-${r}`])),
    };
    this.recovery = { resource: this.node.path, kind: 'database', regions: regions ?? ['eu-west-1'], rpoZoneSeconds: 0, rpoRegionSeconds: 1, rpoDataSeconds: 300, rtoRegionSeconds: 300, replication: 'aurora-global-database' };
  }
}

function setup(stack: TestStack, regions: string[] | undefined = ['eu-west-1', 'eu-central-1']) {
  const useast1 = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
  const failover = new RegionalFailover(stack, 'failover', {
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    recordName: 'api.example.com',
    primary: { region: 'eu-west-1', target: { dnsName: 'p.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } },
    recovery: { region: 'eu-central-1', target: { dnsName: 's.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } },
    alarmProvider: useast1,
    alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'us-east-1' }),
  });
  const database = new FakeGlobalDb(stack, 'db', regions);
  const objectives = new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, strategy: 'warm-standby', resources: [database] });
  const props: RegionSwitchPlanProps = {
    failover,
    objectives,
    database,
    services: { primary: new FakeService(stack, 'web-primary', 'eu-west-1'), recovery: new FakeService(stack, 'web-recovery', 'eu-central-1') },
  };
  return props;
}

describe('RegionSwitchPlan', () => {
  test('an active/passive plan over the failover regions, RTO from the objectives, a workflow per region', () => {
    const { stack } = testStack();
    const props = setup(stack);
    const p = new RegionSwitchPlan(stack, 'dr', { ...props, approval: { approvalRoleArn: 'arn:aws:iam::111111111111:role/oncall' }, healthAlarmArns: ['arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page'] });
    const json = synthJson(stack);
    const plan = onlyResource(json, 'aws_arcregionswitch_plan');
    expect(blockProblems(plan, storedBlock('aws_arcregionswitch_plan'))).toEqual([]);
    expect(plan).toMatchObject({ name: 'test-dr', recovery_approach: 'activePassive', regions: ['eu-west-1', 'eu-central-1'], primary_region: 'eu-west-1', recovery_time_objective_minutes: 15 });
    expect(plan.execution_role).toMatch(/^\$\{aws_iam_role\.dr_execution-role_.*\.arn\}$/);
    expect(plan.workflow.map((w: any) => [w.workflow_target_action, w.workflow_target_region])).toEqual([
      ['activate', 'eu-central-1'],
      ['activate', 'eu-west-1'],
    ]);
    const [failover, failback] = plan.workflow;
    expect(failover.step.map((s: any) => s.execution_block_type)).toEqual(['ManualApproval', 'EC2AutoScaling', 'AuroraGlobalDatabase', 'Route53HealthCheck']);
    expect(failover.step[0].execution_approval_config).toEqual([{ approval_role: 'arn:aws:iam::111111111111:role/oncall', timeout_minutes: 60 }]);
    expect(failover.step[1].ec2_asg_capacity_increase_config[0]).toMatchObject({
      asg: [{ arn: 'arn:aws:autoscaling:eu-central-1:111111111111:autoScalingGroup:x:autoScalingGroupName/web-recovery' }],
      capacity_monitoring_approach: 'sampledMaxInLast24Hours',
      target_percent: 100,
    });
    expect(failback.step[1].ec2_asg_capacity_increase_config[0].asg[0].arn).toContain('web-primary');
    expect(failover.step[2].global_aurora_config[0]).toEqual({
      behavior: 'switchoverOnly',
      ungraceful: [{ ungraceful: 'failover' }],
      global_cluster_identifier: 'orders',
      database_cluster_arns: ['arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1', 'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1'],
    });
    expect(failover.step[3].route53_health_check_config[0]).toEqual({
      hosted_zone_id: 'Z0123456789ABCDEFGHIJ',
      record_name: 'api.example.com',
      record_set: [
        { record_set_identifier: 'primary-eu-west-1', region: 'eu-west-1' },
        { record_set_identifier: 'recovery-eu-central-1', region: 'eu-central-1' },
      ],
    });
    // The record set identifiers are the failover records' own.
    const records = values(json, 'aws_route53_record').map((r) => r.set_identifier).sort();
    expect(records).toEqual(['primary-eu-west-1', 'recovery-eu-central-1']);
    expect(plan.associated_alarms).toEqual([{ map_block_key: 'health-0', resource_identifier: 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page', alarm_type: 'applicationHealth' }]);
    expect(p.planName).toBe('test-dr');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('the execution role is trusted by ARC Region switch only and may do exactly the plan', () => {
    const { stack } = testStack();
    new RegionSwitchPlan(stack, 'dr', setup(stack));
    const json = synthJson(stack);
    const role = onlyResource(json, 'aws_iam_role');
    expect(JSON.parse(role.assume_role_policy).Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'arc-region-switch.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    const policy = JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy);
    const bySid = Object.fromEntries(policy.Statement.map((s: any) => [s.Sid, s]));
    expect(Object.keys(bySid)).toEqual(['DescribeDatabases', 'SwitchGlobalDatabase', 'DescribeGroups', 'ScaleGroups', 'ReadCapacity', 'ReadFailoverRecord']);
    expect(bySid.SwitchGlobalDatabase.Resource).toEqual([
      'arn:aws:rds::111111111111:global-cluster:orders',
      'arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1',
      'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1',
    ]);
    expect(bySid.ScaleGroups.Resource).toHaveLength(2);
    expect(bySid.ReadCapacity.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': 'AWS/AutoScaling' } });
    expect(bySid.ReadFailoverRecord.Resource).toBe('arn:${data.aws_partition.dr_partition_9D1B8E4A.partition}:route53:::hostedzone/Z0123456789ABCDEFGHIJ'.replace(/dr_partition_9D1B8E4A/, Object.keys(json.data!.aws_partition).find((k) => k.startsWith('dr_'))!));
    for (const s of policy.Statement) if (s.Resource === '*') expect(s.Action.every((a: string) => /:(Describe|Get)/.test(a))).toBe(true);
  });

  test('raises the provider constraint to the first version with the resource, with a warning', () => {
    const { stack } = testStack();
    new RegionSwitchPlan(stack, 'dr', setup(stack));
    expect(raisedAwsProviderVersion(stack)).toBe('6.29.0');
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe('~> 6.29');
    expect(annotations(stack).some((a) => a.startsWith('test/dr: this stack now requires hashicorp/aws ~> 6.29'))).toBe(true);
  });

  test('without database and services: approval-free plan with only the DNS step, no database or scaling permissions', () => {
    const { stack } = testStack();
    const { failover } = setup(stack);
    new RegionSwitchPlan(stack, 'dr', { failover, name: 'orders-dns' });
    const json = synthJson(stack);
    const plan = onlyResource(json, 'aws_arcregionswitch_plan');
    expect(plan.name).toBe('orders-dns');
    expect(plan.recovery_time_objective_minutes).toBeUndefined();
    expect(plan.workflow[0].step.map((s: any) => s.execution_block_type)).toEqual(['Route53HealthCheck']);
    expect(JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy).Statement.map((s: any) => s.Sid)).toEqual(['ReadFailoverRecord']);
  });

  test.each<[string, (p: RegionSwitchPlanProps, s: TestStack) => RegionSwitchPlanProps, string]>([
    ['no failover', (p) => ({ ...p, failover: undefined as never }), 'invalid failover undefined: is required'],
    ['a database without a global database', (p, s) => ({ ...p, database: new FakeGlobalDb(s, 'single', undefined) }), 'invalid database "test/single": has no Aurora Global Database'],
    ['a database not in the recovery region', (p, s) => ({ ...p, database: new FakeGlobalDb(s, 'elsewhere', ['eu-west-1', 'us-east-2']) }), 'invalid database "test/elsewhere": does not replicate to eu-central-1'],
    ['objectives without a region objective', (p, s) => ({ ...p, objectives: new RecoveryObjectives(s, 'zone-only', { zone: { rto: '5m', rpo: 0 }, resources: [p.database as never] }) }), 'invalid objectives "test/zone-only": must have a region objective'],
    ['objectives with backup and restore', (p, s) => ({ ...p, objectives: new RecoveryObjectives(s, 'slow', { region: { rto: '8h', rpo: '1m' }, resources: [p.database as never] }) }), 'invalid objectives "test/slow": have the strategy backup-restore'],
    ['no recovery service', (p) => ({ ...p, services: { primary: p.services!.primary } as never }), 'invalid services.recovery undefined: is required'],
    ['a service without an Auto Scaling group', (p, s) => ({ ...p, services: { recovery: new Construct(s, 'bare') as never } }), 'invalid services.recovery'],
    ['the same service in both regions', (p) => ({ ...p, services: { primary: p.services!.recovery, recovery: p.services!.recovery } }), 'invalid services.recovery "test/web-recovery": must differ from services.primary'],
    ['a target percent of 0', (p) => ({ ...p, targetPercent: 0 }), 'invalid targetPercent 0'],
    ['an approval role that is not an IAM ARN', (p) => ({ ...p, approval: { approvalRoleArn: 'oncall' } }), 'invalid approval.approvalRoleArn "oncall"'],
    ['a name ARC refuses', (p) => ({ ...p, name: 'orders_dr' }), 'invalid name "orders_dr": must be 1 to 32 letters'],
    ['a misspelt prop', (p) => ({ ...p, targetPercnt: 50 } as never), 'invalid targetPercnt "targetPercnt": is not a known prop (did you mean "targetPercent"?)'],
  ])('%s is refused', (_n, change, message) => {
    const { stack } = testStack();
    const props = setup(stack);
    expect(() => new RegionSwitchPlan(stack, 'dr', change(props, stack))).toThrow(`test/dr: ${message}`);
  });

  test('two plans with one name collide', () => {
    const { stack } = testStack();
    const props = setup(stack);
    new RegionSwitchPlan(stack, 'a', { ...props, name: 'orders' });
    expect(() => new RegionSwitchPlan(stack, 'b', { ...props, name: 'orders' })).toThrow(/test\/b: ARC Region switch plan name "orders" is already used by test\/a/);
  });
});
