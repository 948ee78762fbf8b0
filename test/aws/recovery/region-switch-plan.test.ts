import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { raisedAwsProviderVersion } from '../../../src/aws/common/provider-version';
import { GlobalDatabaseInfo } from '../../../src/aws/database/cross-region';
import { ARC_ROUTE53_HEALTH_CHECKS_MIN_PROVIDER_VERSION, RecoveryObjectives, RegionalFailover, REGION_SWITCH_MIN_PROVIDER_VERSION, RegionSwitchPlan, RegionSwitchPlanProps } from '../../../src/aws/recovery';
import { InvalidPropError } from '../../../src/core/errors';
import { IRecoverable, RecoveryAchievement } from '../../../src/recovery/achievement';
import { annotations, expectThrown, onlyResource, refTo, resourcesOf, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';
import { usEast1Routing } from './failover-fixture';
import { expectAwsProviderAllows, raisesFor } from '../common/provider-expectations';
import { blockProblems, storedBlock } from './block-schema';
import { FIGURES } from '../../../src/recovery/figures';

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
  public readonly autoScalingGroup: { arn: string; maxSizeInput?: number; healthCheckGracePeriodInput?: number };
  constructor(scope: Construct, id: string, region: string, group: { maxSizeInput?: number; healthCheckGracePeriodInput?: number } = {}) {
    super(scope, id);
    this.autoScalingGroup = { arn: `arn:aws:autoscaling:${region}:111111111111:autoScalingGroup:x:autoScalingGroupName/${id}`, ...group };
  }
}

class FakeGlobalDb extends Construct implements IRecoverable {
  public readonly globalDatabase?: GlobalDatabaseInfo;
  public readonly recovery: RecoveryAchievement;
  public readonly copy?: { headless: boolean };
  constructor(scope: Construct, id: string, regions: string[] | undefined, headless = false) {
    super(scope, id);
    if (regions) this.copy = { headless };
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
    alarmRouting: usEast1Routing(),
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
    expect(failover.step.map((s: any) => s.execution_block_type)).toEqual(['ManualApproval', 'Parallel', 'Route53HealthCheck']);
    expect(failover.step[0].execution_approval_config).toEqual([{ approval_role: 'arn:aws:iam::111111111111:role/oncall', timeout_minutes: 60 }]);
    // Capacity and database run together (parallel_config), so the longer of the two counts, not the sum.
    const [scale, database] = failover.step[1].parallel_config[0].step;
    expect([scale.execution_block_type, database.execution_block_type]).toEqual(['EC2AutoScaling', 'AuroraGlobalDatabase']);
    // ARC Developer Guide, "Amazon EC2 Auto Scaling group execution block": ARC sizes the activated Region from the
    // Region being left, reading that Region's group, so the step lists the group of each Region.
    const bothGroups = [
      { arn: 'arn:aws:autoscaling:eu-west-1:111111111111:autoScalingGroup:x:autoScalingGroupName/web-primary' },
      { arn: 'arn:aws:autoscaling:eu-central-1:111111111111:autoScalingGroup:x:autoScalingGroupName/web-recovery' },
    ];
    expect(scale.ec2_asg_capacity_increase_config[0]).toEqual({ asg: bothGroups, capacity_monitoring_approach: 'sampledMaxInLast24Hours', target_percent: 100, ungraceful: [{ minimum_success_percentage: 80 }] });
    expect(failback.step[1].parallel_config[0].step[0].ec2_asg_capacity_increase_config[0].asg).toEqual(bothGroups);
    expect(database.global_aurora_config[0]).toEqual({
      behavior: 'switchoverOnly',
      ungraceful: [{ ungraceful: 'failover' }],
      global_cluster_identifier: 'orders',
      database_cluster_arns: ['arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1', 'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1'],
    });
    expect(failover.step[2].route53_health_check_config[0]).toEqual({
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

  test('the execution role is trusted by ARC Region switch only and may do exactly the plan (ARC sample policies)', () => {
    const { stack } = testStack();
    new RegionSwitchPlan(stack, 'dr', { ...setup(stack), healthAlarmArns: [ALARM] });
    const json = synthJson(stack);
    const role = onlyResource(json, 'aws_iam_role');
    expect(JSON.parse(role.assume_role_policy).Statement).toEqual([{ Effect: 'Allow', Principal: { Service: 'arc-region-switch.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    const policy = JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy);
    const bySid = Object.fromEntries(policy.Statement.map((s: any) => [s.Sid, s]));
    expect(Object.keys(bySid)).toEqual(['EvaluateThePlan', 'ReadThePlan', 'ReadHealthAlarms', 'DescribeDatabases', 'SwitchGlobalDatabase', 'DescribeGroups', 'ScaleGroups', 'ReadCapacity', 'ReadFailoverRecord']);
    const partition = Object.keys(json.data!.aws_partition).find((k) => k.startsWith('dr_'))!;
    const account = Object.keys(json.data!.aws_caller_identity).find((k) => k.startsWith('dr_'))!;
    // ARC Developer Guide, "Complete plan execution role permissions": plan evaluation simulates the role's own policy.
    expect(bySid.EvaluateThePlan).toMatchObject({ Action: ['iam:SimulatePrincipalPolicy'], Resource: refTo(json, 'aws_iam_role', 'dr_execution-role', 'arn') });
    // Same page: GetPlan, GetPlanExecution, ListPlanExecutions; the Service Authorization Reference gives each the
    // plan resource (arn:${Partition}:arc-region-switch::${Account}:plan/${ResourceId}), so they are scoped to this plan.
    expect(bySid.ReadThePlan).toEqual({
      Sid: 'ReadThePlan',
      Effect: 'Allow',
      Action: ['arc-region-switch:GetPlan', 'arc-region-switch:GetPlanExecution', 'arc-region-switch:ListPlanExecutions'],
      Resource: `arn:\${data.aws_partition.${partition}.partition}:arc-region-switch::\${data.aws_caller_identity.${account}.account_id}:plan/test-dr:*`,
    });
    // ARC Developer Guide, "CloudWatch alarms for application health permissions", scoped to the alarms.
    expect(bySid.ReadHealthAlarms).toMatchObject({ Action: ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarmHistory'], Resource: [ALARM] });
    expect(bySid.SwitchGlobalDatabase.Resource).toEqual([
      'arn:aws:rds::111111111111:global-cluster:orders',
      'arn:aws:rds:eu-west-1:111111111111:cluster:orders-eu-west-1',
      'arn:aws:rds:eu-central-1:111111111111:cluster:orders-eu-central-1',
    ]);
    expect(bySid.ScaleGroups.Resource).toHaveLength(2);
    expect(bySid.ReadCapacity.Condition).toEqual({ StringEquals: { 'cloudwatch:namespace': 'AWS/AutoScaling' } });
    expect(bySid.ReadFailoverRecord.Resource).toBe(`arn:\${data.aws_partition.${partition}.partition}:route53:::hostedzone/Z0123456789ABCDEFGHIJ`);
    for (const s of policy.Statement) if (s.Resource === '*') expect(s.Action.every((a: string) => /:(Describe|Get)/.test(a))).toBe(true);
    // Every action is one IAM knows (Service Authorization Reference; route53 and rds names as in ARC's samples).
    const known = /^(iam:SimulatePrincipalPolicy|arc-region-switch:(GetPlan|GetPlanExecution|ListPlanExecutions)|cloudwatch:(DescribeAlarms|DescribeAlarmHistory|GetMetricStatistics)|rds:(DescribeGlobalClusters|DescribeDBClusters|FailoverGlobalCluster|SwitchoverGlobalCluster)|autoscaling:(DescribeAutoScalingGroups|UpdateAutoScalingGroup)|route53:ListResourceRecordSets)$/;
    for (const s of policy.Statement) for (const a of s.Action) expect(a).toMatch(known);
  });

  test(raisesFor('6.29.0') ? 'raises the provider constraint to 6.29, the first version with the resource and the data source, with a warning' : 'keeps the exact pin of bindings that already have the resource and the data source, without a warning', () => {
    const { stack } = testStack();
    new RegionSwitchPlan(stack, 'dr', setup(stack));
    // Provider CHANGELOG 6.29.0: both the resource and the data source (#43781); the plan raises once, for both.
    expect([REGION_SWITCH_MIN_PROVIDER_VERSION, ARC_ROUTE53_HEALTH_CHECKS_MIN_PROVIDER_VERSION]).toEqual(['6.29.0', '6.29.0']);
    expectAwsProviderAllows(stack, '6.29.0');
    expect(raisedAwsProviderVersion(stack)).toBe(raisesFor('6.29.0') ? '6.29.0' : undefined);
    expect(annotations(stack).some((a) => a.startsWith('test/dr: this stack now requires hashicorp/aws ~> 6.29'))).toBe(raisesFor('6.29.0'));
  });

  test("the DNS step moves traffic: the failover records follow ARC's health checks for the plan, combined with endpoint health", () => {
    const { stack } = testStack();
    const props = setup(stack);
    const p = new RegionSwitchPlan(stack, 'dr', props);
    const json = synthJson(stack);
    // ARC Developer Guide, "Amazon Route 53 health check execution block": the block creates the health checks and you
    // attach them to the records; the provider reads them with aws_arcregionswitch_route53_health_checks (6.29+).
    const ds = Object.entries(json.data!.aws_arcregionswitch_route53_health_checks as Record<string, any>);
    expect(ds).toHaveLength(1);
    const [dsName, dsBody] = ds[0];
    expect(dsBody.plan_arn).toBe(refTo(json, 'aws_arcregionswitch_plan', 'dr_plan', 'arn'));
    expect(blockProblems(dsBody, storedBlock('aws_arcregionswitch_route53_health_checks'))).toEqual([]);
    const pick = (region: string) => `\${one([ for key, val in toset(data.aws_arcregionswitch_route53_health_checks.${dsName}.health_checks): val.health_check_id if val.region == "${region}"])}`;
    const checks = resourcesOf(json, 'aws_route53_health_check') as Record<string, any>;
    const gate = (side: string) => Object.entries(checks).find(([k]) => k.startsWith(`failover_${side}-plan-gate`))!;
    const [primaryGate, primaryBody] = gate('primary');
    const [recoveryGate, recoveryBody] = gate('recovery');
    // PRIMARY: the plan's primary check AND the endpoint check (2 of 2): fails over by itself when the endpoint fails,
    // and stays failed over after a plan execution even when the endpoint passes again.
    expect(primaryBody).toMatchObject({ type: 'CALCULATED', child_health_threshold: 2, child_healthchecks: [pick('eu-west-1'), refTo(json, 'aws_route53_health_check', 'failover_primary-health-check', 'id')] });
    // SECONDARY: the plan's recovery check OR the endpoint check (1 of 2): ARC starts the passive Region's check unhealthy.
    expect(recoveryBody).toMatchObject({ type: 'CALCULATED', child_health_threshold: 1, child_healthchecks: [pick('eu-central-1'), refTo(json, 'aws_route53_health_check', 'failover_recovery-health-check', 'id')] });
    const record = (type: string) => values(json, 'aws_route53_record').find((r) => r.failover_routing_policy.type === type)!;
    expect(record('PRIMARY').health_check_id).toBe(`\${aws_route53_health_check.${primaryGate}.id}`);
    expect(record('SECONDARY').health_check_id).toBe(`\${aws_route53_health_check.${recoveryGate}.id}`);
    // Route 53: a health check on an alias record with evaluate target health: both must be healthy.
    expect(record('PRIMARY').alias.evaluate_target_health).toBe(true);
    expect(p.gates.plan).toBe(p);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a failover can follow one plan only', () => {
    const { stack } = testStack();
    const props = setup(stack);
    new RegionSwitchPlan(stack, 'a', props);
    expect(() => new RegionSwitchPlan(stack, 'b', props)).toThrow(/test\/b: invalid failover "test\/failover": already follows the health checks of the Region switch plan test\/a/);
  });

  test('the recovery time as a chain: detection, decision, approval, capacity and database in parallel, DNS', () => {
    const { stack } = testStack();
    const props = setup(stack);
    const primary = new FakeService(stack, 'web-p', 'eu-west-1', { maxSizeInput: 12 });
    const recovery = new FakeService(stack, 'web-r', 'eu-central-1', { maxSizeInput: 12, healthCheckGracePeriodInput: 420 });
    const p = new RegionSwitchPlan(stack, 'dr', { ...props, services: { primary, recovery }, approval: { approvalRoleArn: 'arn:aws:iam::111111111111:role/oncall' } });
    const chain = p.recovery.rtoRegionChain!;
    expect(chain.map((l) => [l.step, l.seconds])).toEqual([
      // The failover's defaults: 3 failures x 30 s, then primaryUnhealthy over 2 x 60 s.
      ['detection (Route 53 health check 3 x 30 s, then the primaryUnhealthy page 2 x 60 s)', 90 + 120],
      ['decision (on-call starts the plan)', FIGURES.onCallResponse.seconds],
      ['approval (the approver answers)', FIGURES.onCallResponse.seconds],
      ['scale-up (health check grace period of test/web-r) in parallel with database failover: the longer', 420],
      ["DNS (Route 53 sees the plan's health checks flip)", FIGURES.route53HealthCheckDefault.seconds],
      ['DNS TTL', FIGURES.aliasRecordTtl.seconds],
    ]);
    expect(p.recovery.rtoRegionSeconds).toBe(210 + 300 + 300 + 420 + 90 + 60);
    expect(p.recovery).toMatchObject({ kind: 'region switch plan', stateless: true, regions: ['eu-west-1', 'eu-central-1'] });
    // The plan carries its RTO in its recovery tags, so `cdktf-reliability report` checks it too.
    expect(onlyResource(synthJson(stack), 'aws_arcregionswitch_plan').tags).toMatchObject({ 'recovery:rto-region': '23m', 'recovery:stateless': 'true' });
  });

  test('the objectives hold the plan: a region RTO shorter than the chain fails synth and shows the chain', () => {
    const { stack } = testStack();
    const props = setup(stack);
    new RegionSwitchPlan(stack, 'dr', props);
    const unmet = props.objectives!.verdicts().filter((v) => !v.met);
    expect(unmet.map((v) => v.resource)).toEqual(['test/dr']);
    expect(unmet[0].message).toBe(
      'region RTO 15 min, but region switch plan test/dr takes about 16 min to serve from the recovery region (detection (Route 53 health check 3 x 30 s, then the primaryUnhealthy page 2 x 60 s) 3.5 min + decision (on-call starts the plan) 5 min + scale-up (new instances launch and pass health checks) in parallel with database failover: the longer 5 min + DNS (Route 53 sees the plan\'s health checks flip) 1.5 min + DNS TTL 1 min = 16 min), 1 min too long: shorten the longest link, or relax the RTO',
    );
    expect(props.objectives!.node.validate()).toEqual([`recovery objectives not met: ${unmet[0].message}`]);
    // A 20-minute objective is met, and the verdict still shows the chain.
    const { stack: s2 } = testStack('other');
    const p2 = setup(s2);
    const objectives = new RecoveryObjectives(s2, 'twenty', { region: { rto: '20m', rpo: '1m' }, strategy: 'warm-standby', resources: [p2.database as never] });
    new RegionSwitchPlan(s2, 'dr', { ...p2, objectives });
    const v = objectives.verdicts().find((x) => x.resource === 'other/dr')!;
    expect(v).toMatchObject({ met: true, achievedSeconds: 960, objectiveSeconds: 1200 });
    expect(v.message).toMatch(/^region RTO 20 min: region switch plan other\/dr recovers in about 16 min \(detection .* = 16 min\)$/);
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
    expect(JSON.parse(onlyResource(json, 'aws_iam_role_policy').policy).Statement.map((s: any) => s.Sid)).toEqual(['EvaluateThePlan', 'ReadThePlan', 'ReadFailoverRecord']);
  });

  test.each<[string, (p: RegionSwitchPlanProps, s: TestStack) => RegionSwitchPlanProps, string]>([
    ['no failover', (p) => ({ ...p, failover: undefined as never }), 'invalid failover undefined: is required'],
    ['a database without a global database', (p, s) => ({ ...p, database: new FakeGlobalDb(s, 'single', undefined) }), 'invalid database "test/single": has no Aurora Global Database'],
    ['a database not in the recovery region', (p, s) => ({ ...p, database: new FakeGlobalDb(s, 'elsewhere', ['eu-west-1', 'us-east-2']) }), 'invalid database "test/elsewhere": does not replicate to eu-central-1'],
    ['objectives without a region objective', (p, s) => ({ ...p, objectives: new RecoveryObjectives(s, 'zone-only', { zone: { rto: '5m', rpo: 0 }, resources: [p.database as never] }) }), 'invalid objectives "test/zone-only": must have a region objective'],
    ['objectives with backup and restore', (p, s) => ({ ...p, objectives: new RecoveryObjectives(s, 'slow', { region: { rto: '8h', rpo: '1m' }, resources: [p.database as never] }) }), 'invalid objectives "test/slow": have the strategy backup-restore'],
    ['no recovery service', (p) => ({ ...p, services: { primary: p.services!.primary } as never }), 'invalid services.recovery undefined: is required'],
    // ARC Developer Guide, EC2 Auto Scaling block: ARC reads the capacity of the Region being left from its group.
    ['no primary service', (p) => ({ ...p, services: { recovery: p.services!.recovery } as never }), "invalid services.primary undefined: is required: the primary region's service (an AutoScaledService); ARC scales the activated region's group to the capacity of the other region's group, so it needs both"],
    ['a service without an Auto Scaling group', (p, s) => ({ ...p, services: { primary: p.services!.primary, recovery: new Construct(s, 'bare') as never } }), 'invalid services.recovery'],
    // ARC plan evaluation, Aurora Global Database block: "DB instances exist in both clusters".
    ['a headless secondary', (p, s) => ({ ...p, database: new FakeGlobalDb(s, 'headless', ['eu-west-1', 'eu-central-1'], true) }), 'invalid database "test/headless": has a headless secondary (no DB instance), which cannot take writes'],
    // ARC plan evaluation, EC2 Auto Scaling block: the target group's maximum must reach the source's capacity.
    ['a standby whose maximum cannot reach the primary', (p, s) => ({ ...p, services: { primary: new FakeService(s, 'p12', 'eu-west-1', { maxSizeInput: 12 }), recovery: new FakeService(s, 'r6', 'eu-central-1', { maxSizeInput: 6 }) } }), 'invalid services.recovery "test/r6": has a maximum of 6 instances, but activating its region asks for 100% of the primary region\'s up to 12: 12'],
    ['a target percent above the primary maximum', (p, s) => ({ ...p, targetPercent: 150, services: { primary: new FakeService(s, 'p12', 'eu-west-1', { maxSizeInput: 12 }), recovery: new FakeService(s, 'r12', 'eu-central-1', { maxSizeInput: 12 }) } }), 'invalid services.recovery "test/r12": has a maximum of 12 instances, but activating its region asks for 150% of the primary region\'s up to 12: 18'],
    ['the same service in both regions', (p) => ({ ...p, services: { primary: p.services!.recovery, recovery: p.services!.recovery } }), 'invalid services.recovery "test/web-recovery": must differ from services.primary'],
    ['a target percent of 0', (p) => ({ ...p, targetPercent: 0 }), 'invalid targetPercent 0'],
    ['an approval role that is not an IAM ARN', (p) => ({ ...p, approval: { approvalRoleArn: 'oncall' } }), 'invalid approval.approvalRoleArn "oncall"'],
    ['a name ARC refuses', (p) => ({ ...p, name: 'orders_dr' }), 'invalid name "orders_dr": must be 1 to 32 letters'],
    ['a misspelt prop', (p) => ({ ...p, targetPercnt: 50 } as never), 'unknown prop targetPercnt (did you mean targetPercent?)'],
    // Each of these crashed with a TypeError, synthesized a broken plan, or was ignored.
    ['a provider that is not an AwsProvider', (p) => ({ ...p, provider: 'eu-west-1' as never }), 'invalid provider "eu-west-1": must be an AwsProvider (got a string)'],
    // AWS General Reference, "AWS partitions": a plan in aws-cn or aws-us-gov cannot switch between Regions of aws (the sweep found it).
    ['a provider of another partition than the failover', (p, s) => ({ ...p, provider: new AwsProvider(s, 'gov', { region: 'us-gov-west-1', alias: 'gov' }) }), 'invalid provider "us-gov-west-1": must be a provider of the aws partition, where the failover\'s Regions are (eu-west-1, eu-central-1)'],
    ['health alarms as one string', (p) => ({ ...p, healthAlarmArns: 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page' as never }), 'invalid healthAlarmArns "arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page": must be a list (got a string)'],
    ['a health alarm twice', (p) => ({ ...p, healthAlarmArns: [ALARM, ALARM] }), `invalid healthAlarmArns[1] "${ALARM}": must not repeat an earlier item`],
    ['a database that is a plain object', (p) => ({ ...p, database: { globalDatabase: p.database!.globalDatabase } as never }), 'invalid database {"globalDatabase":{"globalClusterIdentifier":"orders"'],
    ['a global database that is null', (p, s) => ({ ...p, database: withGlobal(s, null) }), 'invalid database.globalDatabase null: must be left out or given a value (null is not a value)'],
    ['a global database that is a string', (p, s) => ({ ...p, database: withGlobal(s, 'orders') }), 'invalid database.globalDatabase "orders": must be an object (got a string)'],
    ['cluster ARNs that are null', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, clusterArns: null }) }), 'invalid database.globalDatabase.clusterArns null: must be left out or given a value (null is not a value)'],
    ['a cluster ARN of another service', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, clusterArns: { ...GLOBAL.clusterArns, 'eu-central-1': 'arn:aws:s3:::orders' } }) }), 'invalid database.globalDatabase.clusterArns.eu-central-1 "arn:aws:s3:::orders": must be an ARN of a rds resource'],
    ['a cluster ARN in another region than its key', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, clusterArns: { ...GLOBAL.clusterArns, 'eu-central-1': 'arn:aws:rds:us-east-2:111111111111:cluster:orders' } }) }), 'invalid database.globalDatabase.clusterArns.eu-central-1 "arn:aws:rds:us-east-2:111111111111:cluster:orders": must be in eu-central-1 (it is in us-east-2)'],
    ['a global cluster identifier that is a list', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterIdentifier: [] }) }), 'invalid database.globalDatabase.globalClusterIdentifier []: must be a string (got a list)'],
    ['a global cluster identifier holding a template', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterIdentifier: '${var.x}' }) }), 'invalid database.globalDatabase.globalClusterIdentifier "${var.x}": must be 1 to 63 lower-case letters, digits and hyphens, starting with a letter'],
    // Provider internal/service/rds/validate.go validIdentifier: a global cluster identifier is lower case.
    ['an upper-case global cluster identifier', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterIdentifier: 'Shop-Global' }) }), 'invalid database.globalDatabase.globalClusterIdentifier "Shop-Global": must be 1 to 63 lower-case letters'],
    ['a global cluster ARN that is not one', (p, s) => ({ ...p, database: withGlobal(s, { ...GLOBAL, globalClusterArn: 'orders' }) }), 'invalid database.globalDatabase.globalClusterArn "orders": must be an ARN of a rds resource'],
    ['a service that is a plain object', (p) => ({ ...p, services: { primary: p.services!.primary, recovery: { autoScalingGroup: { arn: asg('eu-central-1', 'web') } } as never } }), 'invalid services.recovery {"autoScalingGroup":{"arn":"arn:aws:autoscaling:eu-central-1:111111111111:autoScalingGroup:x:autoScalingGroupName/web"}}: must be an AutoScaledService (a construct with an autoScalingGroup)'],
    ['a group ARN that is blank', (p, s) => ({ ...p, services: { primary: p.services!.primary, recovery: serviceWith(s, '   ') } }), 'invalid services.recovery.autoScalingGroup.arn "   ": must be an ARN of a autoscaling resource'],
    ["the recovery service's group in the primary region", (p, s) => ({ ...p, services: { primary: p.services!.primary, recovery: serviceWith(s, asg('eu-west-1', 'web')) } }), `invalid services.recovery.autoScalingGroup.arn "${asg('eu-west-1', 'web')}": must be in eu-central-1 (it is in eu-west-1): the plan acts on it when it activates eu-central-1`],
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
    const scale = failover.step.find((st: any) => st.name === 'capacity-and-database').parallel_config[0].step.find((st: any) => st.name === 'scale-up');
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
    // The plan's own tags (its recovery time, the objectives holding it) are merged after the user's.
    expect(plan.tags).toMatch(/^\$\{merge\(\{"recovery:held-to:test-objectives" = "true"\}, merge\(merge\(\{"ManagedBy" = "cdktf-reliability"\}, var\.tags\), \{"recovery:regions" = "eu-west-1.eu-central-1", "recovery:rto-region" = "16m", "recovery:stateless" = "true"\}\)\)\}$/);
    expect(schemaErrors(stack)).toEqual([]);
    // HCL from a stack of its own: every synthesis applies the tagging aspect again.
    const hcl = testStack().stack;
    new RegionSwitchPlan(hcl, 'dr', { ...setup(hcl), tags: new TerraformVariable(hcl, 'tags', { type: 'map(string)' }).value });
    expect(Testing.synthHcl(hcl)).toContain('merge(merge({"ManagedBy" = "cdktf-reliability"}, var.tags), {"recovery:regions" = ');
  });

  test('two plans with one name collide', () => {
    const { stack } = testStack();
    const props = setup(stack);
    new RegionSwitchPlan(stack, 'a', { ...props, name: 'orders' });
    expect(() => new RegionSwitchPlan(stack, 'b', { ...props, name: 'orders' })).toThrow(/test\/b: ARC Region switch plan name "orders" is already used by test\/a/);
  });
});
