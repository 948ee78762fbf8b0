import { checkStack } from '../../src/checks/check';
import { ReliabilityFinding } from '../../src/checks/rule';
import { RELIABILITY_RULES } from '../../src/checks/rules';
import { rulesMarkdownTable } from '../../src/checks/format';
import { AREAS, fixture } from './fixtures';

/** Rule id prefixes each fixture area is about. */
const AREA_RULES: Record<string, string[]> = {
  rds: ['REL-RDS-'],
  aurora: ['REL-AUR-'],
  dynamodb: ['REL-DDB-'],
  s3: ['REL-S3-'],
  's3-replication': ['REL-S3REP-'],
  autoscaling: ['REL-ASG-', 'REL-LT-'],
  alb: ['REL-ALB-', 'REL-TG-'],
  vpc: ['REL-VPC-'],
  backup: ['REL-BAK-'],
  cloudwatch: ['REL-CW-'],
  sns: ['REL-SNS-'],
  kubernetes: ['REL-K8S-'],
  dynamic: ['REL-LT-', 'REL-DDB-1', 'REL-TG-', 'REL-BAK-2', 'REL-S3-2', 'REL-K8S-2', 'REL-K8S-3'],
  's3-split': ['REL-S3-'],
  instances: ['REL-RDS-', 'REL-AUR-', 'REL-LT-'],
  workloads: ['REL-K8S-2', 'REL-K8S-3'],
  chaos: ['REL-FIS-', 'REL-CHAOS-'],
  route53: ['REL-DNS-'],
  // terraform-aws-modules shapes (issue 28): unknown counts, literal for_each, locals, keys alarms cannot use, module calls.
  modules: ['REL-ALB-3', 'REL-LT-1', 'REL-VPC-1', 'REL-AUR-1', 'REL-RDS-4', 'REL-SNS-3', 'REL-MOD-1'],
  incident: ['REL-INC-'],
};

/** What each failing fixture must produce, exactly: rule, address, severity. */
const EXPECTED_FAILURES: Record<string, string[]> = {
  rds: [
    'REL-RDS-1 aws_db_instance.legacy error',
    'REL-RDS-2 aws_db_instance.legacy error',
    'REL-RDS-3 aws_db_instance.legacy error',
    'REL-RDS-4 aws_db_instance.legacy error',
    'REL-RDS-5 aws_db_instance.legacy error',
    'REL-RDS-5 aws_db_instance.bare warning',
    'REL-RDS-6 aws_db_instance.legacy error',
    // No group, a default group, a group forcing nothing or allowing plaintext; a group of another configuration is a note.
    'REL-RDS-7 aws_db_instance.legacy warning',
    'REL-RDS-7 aws_db_instance.bare warning',
    'REL-RDS-7 aws_db_instance.plaintext warning',
    'REL-RDS-7 aws_db_instance.unset warning',
    'REL-RDS-7 aws_db_instance.elsewhere info',
  ],
  route53: ['REL-DNS-1 aws_route53_record.primary_unchecked error', 'REL-DNS-1 aws_route53_record.secondary_plain error'],
  incident: ['REL-INC-1 aws_sns_topic.page error', 'REL-INC-1 aws_sns_topic.oncall error', 'REL-INC-2 aws_cloudwatch_composite_alarm.availability_page warning'],
  aurora: ['REL-AUR-1 aws_rds_cluster.global_primary_no_instance error', 'REL-AUR-1 aws_rds_cluster.lonely error', 'REL-AUR-1 aws_rds_cluster.secondary_one_reader error', 'REL-AUR-2 aws_rds_cluster.lonely error', 'REL-AUR-3 aws_rds_cluster.lonely error', 'REL-AUR-3 aws_rds_cluster.lonely error',
    'REL-AUR-4 aws_rds_cluster.lonely warning',
    'REL-AUR-4 aws_rds_cluster.secondary_one_reader warning',
    'REL-AUR-4 aws_rds_cluster.global_primary_no_instance warning',
  ],
  dynamodb: [
    'REL-DDB-1 aws_dynamodb_table.cache error',
    'REL-DDB-2 aws_dynamodb_table.cache error',
    'REL-DDB-3 aws_dynamodb_table.cache warning',
    'REL-DDB-3 aws_dynamodb_table.managed warning',
    'REL-DDB-3 aws_dynamodb_table.global warning',
  ],
  's3-replication': [
    'REL-S3REP-1 aws_s3_bucket_replication_configuration.secret warning',
    'REL-S3REP-1 aws_s3_bucket_replication_configuration.secret warning',
    'REL-S3REP-1 aws_s3_bucket_replication_configuration.inline warning',
    'REL-S3REP-2 aws_s3_bucket_replication_configuration.secret error',
    'REL-S3REP-2 aws_s3_bucket_replication_configuration.secret error',
    'REL-S3REP-2 aws_s3_bucket_replication_configuration.inline error',
  ],
  s3: ['REL-S3-1 aws_s3_bucket.logs error', 'REL-S3-1 aws_s3_bucket.half error', 'REL-S3-2 aws_s3_bucket.logs warning', 'REL-S3-3 aws_s3_bucket.logs error', 'REL-S3-3 aws_s3_bucket.half error'],
  autoscaling: [
    'REL-ASG-1 aws_autoscaling_group.single error',
    'REL-ASG-2 aws_autoscaling_group.single error',
    'REL-ASG-3 aws_autoscaling_group.attached error',
    'REL-ASG-4 aws_autoscaling_group.single warning',
    'REL-ASG-5 aws_autoscaling_group.single warning',
    'REL-ASG-5 aws_autoscaling_group.attached warning',
    'REL-LT-1 aws_launch_template.old error',
    'REL-LT-1 aws_launch_template.unset error',
  ],
  alb: [
    'REL-ALB-1 aws_lb.single error',
    'REL-ALB-2 aws_lb.single warning',
    'REL-ALB-3 aws_lb.single error',
    'REL-TG-1 aws_lb_target_group.off error',
    'REL-TG-1 aws_lb_target_group.implicit warning',
    'REL-TG-1 aws_lb_target_group.nopath warning',
  ],
  vpc: [
    'REL-VPC-1 aws_vpc.main warning',
    'REL-VPC-2 aws_vpc.main error',
    'REL-VPC-3 aws_cloudwatch_log_group.plain warning',
    // No default security group at all; one that keeps a rule.
    'REL-VPC-4 aws_vpc.main warning',
    'REL-VPC-4 aws_vpc.logged warning',
  ],
  backup: [
    'REL-BAK-1 aws_backup_plan.orphan error',
    'REL-BAK-2 aws_backup_plan.orphan error',
    'REL-BAK-2 aws_backup_plan.orphan error',
    'REL-BAK-2 aws_backup_plan.empty error',
    'REL-BAK-3 aws_backup_vault.plain warning',
    'REL-BAK-4 aws_db_instance.orders warning',
    'REL-BAK-4 aws_dynamodb_table.orders warning',
    'REL-BAK-4 aws_ebs_volume.scratch warning',
    'REL-BAK-5 aws_backup_plan.local warning',
    'REL-BAK-6 aws_backup_vault.plain warning',
    'REL-BAK-7 aws_backup_plan.orphan warning',
    'REL-BAK-7 aws_backup_plan.local warning',
    'REL-BAK-8 aws_backup_selection.either warning',
  ],
  cloudwatch: [
    'REL-CW-1 aws_cloudwatch_metric_alarm.bad_period error',
    'REL-CW-2 aws_cloudwatch_metric_alarm.too_long error',
    'REL-CW-3 aws_cloudwatch_metric_alarm.math error',
    'REL-CW-3 aws_cloudwatch_metric_alarm.math error',
    'REL-CW-3 aws_cloudwatch_metric_alarm.math error',
    'REL-CW-4 aws_cloudwatch_composite_alarm.dangling error',
    'REL-CW-4 aws_cloudwatch_composite_alarm.dangling warning',
    'REL-CW-4 aws_cloudwatch_composite_alarm.empty error',
    'REL-CW-5 aws_cloudwatch_metric_alarm.silent error',
    'REL-CW-5 aws_cloudwatch_metric_alarm.disabled error',
    'REL-CW-5 aws_cloudwatch_composite_alarm.empty error',
    'REL-CW-6 aws_cloudwatch_metric_alarm.long_name error',
  ],
  sns: [
    'REL-SNS-1 aws_sns_topic.ticket warning',
    'REL-SNS-2 aws_kms_key.open warning',
    'REL-SNS-2 aws_kms_key.open warning',
    'REL-SNS-2 aws_kms_key.events_by_source error',
  ],
  chaos: [
    'REL-FIS-1 aws_fis_experiment_template.unguarded error',
    'REL-FIS-1 aws_fis_experiment_template.bare error',
    'REL-FIS-2 aws_iam_role.broad error',
    'REL-FIS-2 aws_iam_role.wild error',
    'REL-FIS-2 aws_iam_role.managed error',
    'REL-FIS-3 aws_iam_role.broad warning',
    'REL-FIS-3 aws_iam_role.wild warning',
    'REL-FIS-3 aws_iam_role.managed warning',
    'REL-FIS-3 aws_iam_role.account_only warning',
    // Chaos Mesh: no Continuous StatusCheck, one without abortWithStatusCheck, a Synchronous (pre-flight) one only; chaos without a workflow.
    'REL-CHAOS-1 kubernetes_manifest.unwatched_workflow error',
    'REL-CHAOS-1 kubernetes_manifest.no_abort error',
    'REL-CHAOS-1 kubernetes_manifest.preflight_only error',
    'REL-CHAOS-1 kubernetes_manifest.bare_chaos error',
    'REL-CHAOS-1 kubernetes_manifest.scheduled_chaos error',
  ],
  kubernetes: [
    'REL-K8S-1 kubernetes_deployment_v1.hpa_one error',
    'REL-K8S-1 kubernetes_deployment.single error',
    'REL-K8S-1 kubernetes_manifest.worker error',
    'REL-K8S-2 kubernetes_deployment.single error',
    'REL-K8S-2 kubernetes_manifest.worker error',
    'REL-K8S-3 kubernetes_deployment.single warning',
    'REL-K8S-3 kubernetes_manifest.worker warning',
    'REL-K8S-4 kubernetes_deployment.single error',
    'REL-K8S-4 kubernetes_manifest.worker error',
    'REL-K8S-5 kubernetes_deployment_v1.hpa_one error',
    'REL-K8S-5 kubernetes_deployment.single error',
    'REL-K8S-5 kubernetes_manifest.worker error',
    // Policies that do not isolate: Egress only, another namespace, other pods.
    'REL-K8S-6 kubernetes_deployment.single warning',
    'REL-K8S-6 kubernetes_deployment_v1.hpa_one warning',
    'REL-K8S-6 kubernetes_manifest.worker warning',
  ],
  dynamic: [
    'REL-LT-1 aws_launch_template.optional error',
    'REL-DDB-1 aws_dynamodb_table.cache error',
    'REL-DDB-1 aws_dynamodb_table.never error',
    'REL-TG-1 aws_lb_target_group.off error',
    'REL-BAK-2 aws_backup_plan.short error',
    'REL-S3-2 aws_s3_bucket.inline error',
    'REL-K8S-2 kubernetes_deployment_v1.api error',
    'REL-K8S-3 kubernetes_deployment_v1.api warning',
  ],
  's3-split': [
    'REL-S3-2 aws_s3_bucket.unknown_algorithm error',
    'REL-S3-2 aws_s3_bucket.no_algorithm error',
    'REL-S3-2 aws_s3_bucket.dynamic_rule error',
    'REL-S3-1 aws_s3_bucket.suspended error',
    'REL-S3-3 aws_s3_bucket.suspended error',
  ],
  instances: [
    'REL-AUR-3 aws_rds_cluster.orders error',
    'REL-AUR-4 aws_rds_cluster.orders warning',
    'REL-RDS-6 aws_rds_cluster_instance.writer error',
    'REL-RDS-2 aws_db_instance.reports error',
    'REL-RDS-2 aws_db_instance.off error',
    'REL-LT-1 aws_instance.legacy error',
    'REL-LT-1 aws_instance.optional error',
  ],
  modules: [
    'REL-ALB-3 aws_lb.this info',
    'REL-ALB-3 aws_lb.one_subnet error',
    'REL-LT-1 aws_launch_template.this["web"] error',
    'REL-LT-1 aws_launch_template.listed error',
    'REL-VPC-1 aws_vpc.this warning',
    'REL-RDS-4 aws_db_instance.this error',
    'REL-SNS-3 aws_sns_topic.this error',
    'REL-SNS-3 aws_sns_topic.events error',
    'REL-MOD-1 module.alb info',
  ],
  workloads: [
    'REL-K8S-2 kubernetes_deployment.no_spec error',
    'REL-K8S-3 kubernetes_deployment.no_spec warning',
    'REL-K8S-2 kubernetes_deployment.no_containers error',
    'REL-K8S-3 kubernetes_deployment.no_containers warning',
    'REL-K8S-2 kubernetes_pod_v1.bare error',
    'REL-K8S-3 kubernetes_pod_v1.bare warning',
    'REL-K8S-2 kubernetes_manifest.no_template error',
    'REL-K8S-3 kubernetes_manifest.no_template warning',
  ],
};

function areaFindings(area: string, kind: 'pass' | 'fail'): ReliabilityFinding[] {
  return checkStack(fixture(area, kind)).findings.filter((f) => AREA_RULES[area].some((p) => f.ruleId.startsWith(p)));
}

const describeFinding = (f: ReliabilityFinding): string => `${f.ruleId} ${f.address} ${f.severity}`;

test('every fixture area is in the tables', () => {
  expect(AREAS).toEqual(Object.keys(AREA_RULES).sort());
  expect(Object.keys(EXPECTED_FAILURES).sort()).toEqual(AREAS);
});

describe.each(Object.keys(AREA_RULES))('%s rules', (area) => {
  test('the passing fixture has no finding', () => {
    expect(areaFindings(area, 'pass').map((f) => `${describeFinding(f)}: ${f.message}`)).toEqual([]);
  });

  test('the failing fixture has exactly the expected findings', () => {
    expect(areaFindings(area, 'fail').map(describeFinding).sort()).toEqual([...EXPECTED_FAILURES[area]].sort());
  });
});

test('every rule of the pack has a failing fixture and is exercised by a passing one', () => {
  const failing = new Set(Object.values(EXPECTED_FAILURES).flat().map((e) => e.split(' ')[0]));
  for (const rule of RELIABILITY_RULES) {
    expect({ rule: rule.id, failing: failing.has(rule.id) }).toEqual({ rule: rule.id, failing: true });
    const passingArea = Object.keys(AREA_RULES).find((a) => AREA_RULES[a].some((p) => rule.id.startsWith(p)))!;
    const stack = fixture(passingArea, 'pass');
    expect({ rule: rule.id, resources: stack.ofType(...rule.resourceTypes).length > 0 }).toEqual({ rule: rule.id, resources: true });
  }
});

test('rule ids are unique and every rule is documented', () => {
  const ids = RELIABILITY_RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const r of RELIABILITY_RULES) {
    expect(r.id).toMatch(/^REL-[A-Z0-9]+-\d+$/);
    expect(['error', 'warning']).toContain(r.severity);
    for (const text of [r.title, r.rationale, r.remediation]) expect(text.length).toBeGreaterThan(10);
    expect(r.resourceTypes.length).toBeGreaterThan(0);
  }
});

test('messages say what is wrong with the value', () => {
  const f = checkStack(fixture('rds', 'fail')).findings;
  expect(f.find((x) => x.ruleId === 'REL-RDS-2')!.message).toBe('backup_retention_period is 3 days; at least 7 are required');
  const vpc = checkStack(fixture('vpc', 'fail')).findings.find((x) => x.ruleId === 'REL-VPC-2')!;
  expect(vpc.message).toContain('1 NAT gateway zone for 2 subnet zones');
  expect(vpc.message).toContain('${data.aws_availability_zones.zones.names[1]}');
});

test('rule settings disable rules and override severities', () => {
  const stack = fixture('rds', 'fail');
  const findings = checkStack(stack, { ruleSettings: { 'REL-RDS-1': 'off', 'REL-RDS-6': 'warning', 'REL-BAK-4': 'error' } }).findings;
  expect(findings.some((f) => f.ruleId === 'REL-RDS-1')).toBe(false);
  expect(findings.filter((f) => f.ruleId === 'REL-RDS-6').map((f) => f.severity)).toEqual(['warning']);
  expect(new Set(findings.filter((f) => f.ruleId === 'REL-BAK-4').map((f) => f.severity))).toEqual(new Set(['error']));
});

test('a rule that throws becomes an error finding instead of aborting the run', () => {
  const broken = { ...RELIABILITY_RULES[0], id: 'REL-TEST-1', check: () => { throw new Error('boom'); } };
  const findings = checkStack(fixture('rds', 'pass'), { rules: [broken] }).findings;
  expect(findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
    ['REL-TEST-1', 'error', 'rule failed on this resource: boom'],
    ['REL-TEST-1', 'error', 'rule failed on this resource: boom'],
    ['REL-TEST-1', 'error', 'rule failed on this resource: boom'],
  ]);
});

test('the rule table in docs/checks.md matches the pack', () => {
  const docs = require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', 'docs', 'checks.md'), 'utf8');
  expect(docs).toContain(rulesMarkdownTable(RELIABILITY_RULES));
});
