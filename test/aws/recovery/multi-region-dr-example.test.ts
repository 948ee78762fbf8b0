import { Testing } from 'cdktf';
import { MultiRegionDrStack, PRIMARY_REGION, RECOVERY_REGION } from '../../../examples/multi-region-dr/stack';
import { checkStack } from '../../../src/checks';
import { recoveryReports } from '../../../src/checks/recovery-report';
import { TerraformJsonStack } from '../../../src/checks/stack';
import { annotations, resourcesOf, schemaErrors, synth, synthJson, values } from '../../harness';
import { expectedAwsConstraint, raisesFor } from '../common/provider-expectations';
import { FIGURES } from '../../../src/recovery/figures';
import { checkRecovery } from '../../../src/recovery/objectives-check';

describe('examples/multi-region-dr: warm standby across two regions, checked from RTO 20 min / RPO 1 min', () => {
  const stack = new MultiRegionDrStack(Testing.app(), 'multi-region-dr');
  const json = synthJson(stack);
  const inRegion = (type: string, provider: string | undefined) => values(json, type).filter((r) => r.provider === provider);

  test('passes the provider-schema check (the ARC plan against the 6.47 schema)', () => {
    expect(schemaErrors(stack)).toEqual([]);
  });

  // Provider internal/service/route53/health_check.go: reference_name is StringLenBetween(0, 64 - 26 - 11) = 27 at most
  // (the generated table leaves the bound out: it is an expression).
  test('every health check reference name fits the provider limit of 27 characters', () => {
    const names = values(json, 'aws_route53_health_check').map((c) => c.reference_name);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(27);
  });

  test('passes the rule pack without errors', () => {
    const findings = checkStack(json, { name: 'multi-region-dr' }).findings;
    expect(findings.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.address}: ${f.message}`)).toEqual([]);
  });

  test('the objectives are met: warm standby chosen, nothing missed, synth validations pass', () => {
    expect(stack.objectives.strategy).toBe('warm-standby');
    expect(stack.objectives.verdicts().filter((v) => !v.met)).toEqual([]);
    expect(stack.documentObjectives.verdicts().filter((v) => !v.met)).toEqual([]);
    expect(stack.node.validate()).toEqual([]);
    for (const c of stack.node.findAll()) expect(c.node.validate()).toEqual([]);
  });

  test('the only warnings are the deliberate ones: the standby below zone headroom and, on cdktf, the raised provider constraint', () => {
    expect(annotations(stack)).toEqual([
      expect.stringMatching(/^multi-region-dr\/recovery-region\/recovery-web: minCapacity 3 is below the zone-failure headroom \(6\)/),
      ...(raisesFor('6.29.0') ? [expect.stringMatching(/^multi-region-dr\/region-switch: this stack now requires hashicorp\/aws ~> 6.29/)] : []),
    ]);
    expect(json.terraform.required_providers.aws.version).toBe(expectedAwsConstraint('6.29.0'));
  });

  test('both regions run the service, the recovery one at half the minimum and up to the primary maximum', () => {
    const groups = values(json, 'aws_autoscaling_group');
    expect(groups.map((g) => [g.provider ?? 'aws', g.min_size, g.max_size]).sort()).toEqual([
      ['aws', 6, 12],
      ['aws.recovery', 3, 12],
    ]);
    expect(inRegion('aws_vpc', 'aws.recovery')).toHaveLength(1);
    expect(inRegion('aws_vpc', undefined)).toHaveLength(1);
  });

  test('SLO alarms exist in both regions, each routed to a topic of its own region', () => {
    const composites = values(json, 'aws_cloudwatch_composite_alarm');
    expect(composites.map((c) => [c.alarm_name, c.provider ?? 'aws']).sort()).toEqual([
      ['shop-dr-availability-page', 'aws'],
      ['shop-dr-availability-ticket', 'aws'],
      ['shop-dr-recovery-availability-page', 'aws.recovery'],
      ['shop-dr-recovery-availability-ticket', 'aws.recovery'],
    ]);
    const topics = Object.fromEntries(Object.entries(resourcesOf(json, 'aws_sns_topic')).map(([k, t]: [string, any]) => [k, t.provider ?? 'aws']));
    for (const c of composites) {
      const topic = /aws_sns_topic\.([^.]+)\.arn/.exec(c.alarm_actions[0])![1];
      expect(topics[topic]).toBe(c.provider ?? 'aws');
    }
  });

  test('the global database: a global cluster from the primary, a secondary with two readers in the recovery region', () => {
    expect(values(json, 'aws_rds_global_cluster')).toHaveLength(1);
    expect(inRegion('aws_rds_cluster', 'aws.recovery')).toHaveLength(1);
    expect(inRegion('aws_rds_cluster_instance', 'aws.recovery')).toHaveLength(2);
    expect(stack.database.recovery).toMatchObject({ regions: [PRIMARY_REGION, RECOVERY_REGION], rpoRegionSeconds: 1, rtoRegionSeconds: 300 });
    const outputs = Object.keys(json.output ?? {});
    expect(outputs.some((k) => k.includes('switchover-steps'))).toBe(true);
    expect(outputs.some((k) => k.includes('failover-steps'))).toBe(true);
  });

  test('the documents bucket is replicated with RTC, and the backup plan copies to the recovery region and tests restores', () => {
    expect(stack.documents.recovery.regions).toEqual([PRIMARY_REGION, RECOVERY_REGION]);
    const plan = values(json, 'aws_backup_plan')[0];
    expect(JSON.stringify(plan.rule)).toContain('copy_action');
    // Restores are tested in both regions: the copies in the recovery region restore into the database's
    // recovery-region subnets, security group and key (AWS Backup, "Restore testing inferred metadata").
    expect(values(json, 'aws_backup_restore_testing_plan').map((p) => p.provider ?? 'default')).toEqual(['aws.recovery', 'default']);
    const aurora = values(json, 'aws_backup_restore_testing_selection').filter((s) => s.protected_resource_type === 'Aurora');
    expect(aurora.map((s) => [s.provider ?? 'default', s.restore_metadata_overrides.dbSubnetGroupName])).toEqual([
      ['aws.recovery', expect.stringMatching(/^\$\{aws_db_subnet_group\.db_recovery-subnets_/)],
      ['default', expect.stringMatching(/^\$\{aws_db_subnet_group\.db_subnets_/)],
    ]);
  });

  test('Route 53 failover between the load balancers, its alarms in us-east-1', () => {
    expect(values(json, 'aws_route53_record').map((r) => r.failover_routing_policy.type).sort()).toEqual(['PRIMARY', 'SECONDARY']);
    const r53 = values(json, 'aws_cloudwatch_metric_alarm').filter((a) => a.namespace === 'AWS/Route53');
    expect(r53.map((a) => a.provider)).toEqual(['aws.us-east-1', 'aws.us-east-1']);
  });

  test('the Region switch plan: RTO 20 min, fail over and fail back, capacity and database together, then DNS', () => {
    const plan = values(json, 'aws_arcregionswitch_plan')[0];
    expect(plan).toMatchObject({ recovery_approach: 'activePassive', primary_region: PRIMARY_REGION, regions: [PRIMARY_REGION, RECOVERY_REGION], recovery_time_objective_minutes: 20 });
    expect(plan.workflow.map((w: any) => w.workflow_target_region)).toEqual([RECOVERY_REGION, PRIMARY_REGION]);
    for (const w of plan.workflow) {
      expect(w.step.map((s: any) => s.execution_block_type)).toEqual(['Parallel', 'Route53HealthCheck']);
      expect(w.step[0].parallel_config[0].step.map((s: any) => s.execution_block_type)).toEqual(['EC2AutoScaling', 'AuroraGlobalDatabase']);
      // Both regions' groups in each capacity step (ARC reads the capacity of the Region being left).
      expect(w.step[0].parallel_config[0].step[0].ec2_asg_capacity_increase_config[0].asg).toHaveLength(2);
    }
    expect(plan.associated_alarms).toHaveLength(2);
    // The failover records follow the plan's health checks (calculated with the endpoint checks).
    const gates = Object.keys(resourcesOf(json, 'aws_route53_health_check')).filter((k) => k.includes('plan-gate'));
    expect(gates).toHaveLength(2);
    for (const r of values(json, 'aws_route53_record')) expect(gates.some((g) => r.health_check_id === `\${aws_route53_health_check.${g}.id}`)).toBe(true);
  });

  test("the region RTO is checked against the plan's chain (16 min of 20), in the synth check and in the report", () => {
    expect(stack.plan.recovery.rtoRegionSeconds).toBe(960);
    const v = stack.objectives.verdicts().find((x) => x.resource === 'multi-region-dr/region-switch')!;
    expect(v).toMatchObject({ met: true, achievedSeconds: 960, objectiveSeconds: 1200 });
    const reports = recoveryReports(TerraformJsonStack.fromJson(json, 'multi-region-dr'));
    const orders = reports.find((r) => r.objectives.region!.rpoSeconds === 60)!;
    expect(orders.achievements.find((a) => a.resource.startsWith('aws_arcregionswitch_plan.'))).toMatchObject({ rtoRegionSeconds: 960 });
  });

  test('the zone RTO is checked too: the database reports its Multi-AZ failover (2 min of the 5-minute objective)', () => {
    expect(stack.database.recovery.rtoZoneSeconds).toBe(FIGURES.multiAzFailover.seconds);
    expect(checkRecovery({ zone: { rtoSeconds: 60, rpoSeconds: 0 } }, 'warm-standby', [stack.database.recovery]).filter((v) => v.measure === 'rto' && !v.met)).toHaveLength(1);
  });

  test('the report reads the objectives, the strategy and the database copy back from the synthesized stack', () => {
    const reports = recoveryReports(TerraformJsonStack.fromJson(json, 'multi-region-dr'));
    expect(reports.map((r) => r.objectives.region).sort((a, b) => a!.rpoSeconds - b!.rpoSeconds)).toEqual([
      { rtoSeconds: 1200, rpoSeconds: 60 },
      { rtoSeconds: 1200, rpoSeconds: 900 },
    ]);
    for (const r of reports) {
      expect(r.strategy).toBe('warm-standby');
      expect(r.verdicts.filter((v) => !v.met)).toEqual([]);
    }
    const orders = reports.find((r) => r.objectives.region!.rpoSeconds === 60)!;
    const db = orders.achievements.find((a) => a.resource.startsWith('aws_rds_cluster.db_cluster_'))!;
    expect(db).toMatchObject({ rpoRegionSeconds: 1, rtoRegionSeconds: 300, regions: [PRIMARY_REGION, RECOVERY_REGION] });
    expect(orders.achievements.some((a) => a.resource.startsWith('aws_s3_bucket.'))).toBe(false);
  });

  test('snapshot', () => {
    expect(synth(stack)).toMatchSnapshot();
  });
});
