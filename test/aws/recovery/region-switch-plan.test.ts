import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { raisedAwsProviderVersion } from '../../../src/aws/common/provider-version';
import { GlobalDatabaseInfo } from '../../../src/aws/database/cross-region';
import { RecoveryObjectives, RegionalFailover, RegionSwitchPlan, RegionSwitchPlanProps } from '../../../src/aws/recovery';
import { InvalidPropError } from '../../../src/core/errors';
import { IRecoverable, RecoveryAchievement } from '../../../src/recovery/achievement';
import { annotations, expectThrown, onlyResource, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';
import { blockProblems, storedBlock } from './block-schema';

const ALARM = 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page';
const asg = (region: string, name: string) => `arn:aws:autoscaling:${region}:111111111111:autoScalingGroup:x:autoScalingGroupName/${name}`;
const GLOBAL = {
  globalClusterIdentifier: 'orders',
  globalClusterArn: 'arn:aws:rds::111111111111:global-cluster:orders',
  clusterArns: { 'eu-west-1': 'arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1', 'eu-central-1': 'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1' },
};

/** A construct with a `globalDatabase` as a JavaScript caller's own database construct may have it. */
function withGlobal(scope: Construct, globalDatabase: unknown): never {
  return Object.assign(new Construct(scope, 'custom-db'), { globalDatabase }) as never;
}

/** A construct with an Auto Scaling group of this ARN. */
function serviceWith(scope: Construct, arn: unknown): never {
  return Object.assign(new Construct(scope, 'custom-service'), { autoScalingGroup: { arn } }) as never;
}

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
    // Each of these crashed with a TypeError, synthesized a broken plan, or was ignored.
    ['a provider that is not an AwsProvider', (p) => ({ ...p, provider: 'eu-west-1' as never }), 'invalid provider "eu-west-1": must be an AwsProvider (got a string)'],
    ['health alarms as one string', (p) => ({ ...p, healthAlarmArns: 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page' as never }), 'invalid healthAlarmArns "arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page": must be a list (got a string)'],
    ['a health alarm twice', (p) => ({ ...p, healthAlarmArns: [ALARM, ALARM] }), `invalid healthAlarmArns[1] "${ALARM}": must not repeat an earlier item`],
    ['a database that is a plain object', (p) => ({ ...p, database: { globalDatabase: p.database!.globalDatabase } as never }), 'invalid database {"globalDatabase":{"globalClusterIdentifier":"orders"'],
    ['a global database that is null', (p, s) => ({ ...p, database: withGlobal(s, null) }), 'invalid database.globalDatabase null: must be an object (got null)'],
    ['a global database that is a string', (p, s) => ({ ...p, database: withGlobal(s, 'orders') }), 'invalid database.globalDatabase "orders": must be an object (got a string)'],
    ['cluster ARNs that are null', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, clusterArns: null }) }), 'invalid database.globalDatabase.clusterArns null: is required: the ARN of each regional cluster, by region'],
    ['a cluster ARN of another service', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, clusterArns: { ...GLOBAL.clusterArns, 'eu-central-1': 'arn:aws:s3:::orders' } }) }), 'invalid database.globalDatabase.clusterArns.eu-central-1 "arn:aws:s3:::orders": must be an ARN of a rds resource'],
    ['a cluster ARN in another region than its key', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, clusterArns: { ...GLOBAL.clusterArns, 'eu-central-1': 'arn:aws:rds:us-east-2:111111111111:cluster:orders' } }) }), 'invalid database.globalDatabase.clusterArns.eu-central-1 "arn:aws:rds:us-east-2:111111111111:cluster:orders": must be in eu-central-1 (it is in us-east-2)'],
    ['a global cluster identifier that is a list', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterIdentifier: [] }) }), 'invalid database.globalDatabase.globalClusterIdentifier []: must be a string (got a list)'],
    ['a global cluster identifier holding a template', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterIdentifier: '${var.x}' }) }), 'invalid database.globalDatabase.globalClusterIdentifier "${var.x}": must be 1 to 63 letters, digits and hyphens, starting with a letter'],
    ['a global cluster ARN that is not one', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterArn: 'orders' }) }), 'invalid database.globalDatabase.globalClusterArn "orders": must be an ARN of a rds resource'],
    ['a service that is a plain object', (p) => ({ ...p, services: { recovery: { autoScalingGroup: { arn: asg('eu-central-1', 'web') } } as never } }), 'invalid services.recovery {"autoScalingGroup":{"arn":"arn:aws:autoscaling:eu-central-1:111111111111:autoScalingGroup:x:autoScalingGroupName/web"}}: must be an AutoScaledService (a construct with an autoScalingGroup)'],
    ['a group ARN that is blank', (p, s) => ({ ...p, services: { recovery: serviceWith(s, '   ') } }), 'invalid services.recovery.autoScalingGroup.arn "   ": must be an ARN of a autoscaling resource'],
    ["the recovery service's group in the primary region", (p, s) => ({ ...p, services: { recovery: serviceWith(s, asg('eu-west-1', 'web')) } }), `invalid services.recovery.autoScalingGroup.arn "${asg('eu-west-1', 'web')}": must be in eu-central-1 (it is in eu-west-1): the plan acts on it when it activates eu-central-1`],
    ['a target percent without services', (p) => ({ ...p, services: undefined, targetPercent: 50 }), 'invalid targetPercent 50: sets the capacity step, which needs services (the AutoScaledService of each region): give them, or leave it out'],
  ])('%s is refused', (_n, change, message) => {
    const { stack } = testStack();
    const props = setup(stack);
    expect(() => new RegionSwitchPlan(stack, 'dr', change(props, stack))).toThrow(`test/dr: ${message}`);
  });

  test.each<[string, (s: TestStack) => Partial<RegionSwitchPlanProps>, string, string]>([
    ['a list variable of health alarms', (s) => ({ healthAlarmArns: new TerraformVariable(s, 'alarms', { type: 'list(string)' }).listValue }), 'healthAlarmArns', 'each alarm is an associated_alarms block of the plan'],
    ['a variable approval', (s) => ({ approval: new TerraformVariable(s, 'approval', { type: 'map(string)' }).value }), 'approval', 'it decides whether the plan has an approval step'],
    ['a variable services map', (s) => ({ services: new TerraformVariable(s, 'services', { type: 'map(string)' }).value }), 'services', 'it decides whether the plan has a capacity step'],
    ['a variable database', (s) => ({ database: new TerraformVariable(s, 'database', { type: 'map(string)' }).value }), 'database', 'it decides whether the plan has a database step'],
  ])('%s is refused as must be known at synth', (_n, change, prop, why) => {
    const { stack } = testStack();
    const error = expectThrown(() => new RegionSwitchPlan(stack, 'dr', { ...setup(stack), ...change(stack) }), InvalidPropError);
    expect(error).toMatchObject({ constructPath: 'test/dr', prop });
    expect(error.message).toMatch(new RegExp(`^test/dr: invalid ${prop} .*: must be known at synth, not a Terraform variable or reference: ${why}$`));
  });

  test('a variable target percent is carried into the capacity step and its description', () => {
    const { stack } = testStack();
    const targetPercent = new TerraformVariable(stack, 'pct', { type: 'number' }).numberValue;
    new RegionSwitchPlan(stack, 'dr', { ...setup(stack), targetPercent });
    const [failover] = onlyResource(synthJson(stack), 'aws_arcregionswitch_plan').workflow;
    const scale = failover.step.find((st: any) => st.name === 'scale-up');
    expect(scale.ec2_asg_capacity_increase_config[0].target_percent).toBe('${var.pct}');
    expect(scale.description).toBe("Scale test/web-recovery in eu-central-1 to ${var.pct}% of the other region's capacity");
  });

  test("a failover region known only at apply picks the database's cluster there in Terraform (the cluster was left out)", () => {
    const { stack } = testStack();
    const region = new TerraformVariable(stack, 'recovery_region', { type: 'string' }).stringValue;
    const failover = new RegionalFailover(stack, 'failover', {
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      recordName: 'api.example.com',
      primary: { region: 'eu-west-1', target: { dnsName: 'p.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } },
      recovery: { region, target: { dnsName: 's.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } },
      alarms: { primaryUnhealthy: { enabled: false }, recoveryUnhealthy: { enabled: false } },
    });
    new RegionSwitchPlan(stack, 'dr', { failover, database: new FakeGlobalDb(stack, 'db', ['eu-west-1', 'eu-central-1']) });
    const plan = onlyResource(synthJson(stack), 'aws_arcregionswitch_plan');
    const db = plan.workflow[0].step.find((st: any) => st.name === 'database').global_aurora_config[0];
    expect(db.database_cluster_arns).toEqual([
      'arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1',
      '${{"eu-west-1" = "arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1", "eu-central-1" = "arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1"}[var.recovery_region]}',
    ]);
    expect(plan.regions).toEqual(['eu-west-1', '${var.recovery_region}']);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test("a map variable of tags is merged into the plan's tags in Terraform (it was split into characters)", () => {
    const { stack } = testStack();
    const tags = new TerraformVariable(stack, 'tags', { type: 'map(string)' }).value;
    new RegionSwitchPlan(stack, 'dr', { ...setup(stack), tags });
    const plan = onlyResource(synthJson(stack), 'aws_arcregionswitch_plan');
    expect(plan.tags).toBe('${merge(merge({"ManagedBy" = "cdktf-reliability"}, var.tags), {})}');
    expect(schemaErrors(stack)).toEqual([]);
    // HCL from a stack of its own: every synthesis applies the tagging aspect again.
    const hcl = testStack().stack;
    new RegionSwitchPlan(hcl, 'dr', { ...setup(hcl), tags: new TerraformVariable(hcl, 'tags', { type: 'map(string)' }).value });
    expect(Testing.synthHcl(hcl)).toContain('tags = "${merge(merge({"ManagedBy" = "cdktf-reliability"}, var.tags), {})}"');
  });

  test('two plans with one name collide', () => {
    const { stack } = testStack();
    const props = setup(stack);
    new RegionSwitchPlan(stack, 'a', { ...props, name: 'orders' });
    expect(() => new RegionSwitchPlan(stack, 'b', { ...props, name: 'orders' })).toThrow(/test\/b: ARC Region switch plan name "orders" is already used by test\/a/);
  });
});
