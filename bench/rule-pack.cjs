// Rule-pack throughput: both rule families over a generated Terraform JSON stack
// of N resources, in a mix that exercises every rule and every cross-resource
// lookup (companions by reference and by name, selections, attachments,
// composite alarms, HPAs and PDBs). Used by bench/run.mjs; also runnable
// alone: node bench/rule-pack.cjs [N...]
'use strict';
const path = require('node:path');

/** One "unit" of a realistic stack: 25 resources that reference each other. */
function unit(i, out) {
  const r = (type, name, body) => {
    out[type] ??= {};
    out[type][name] = body;
  };
  const n = `u${i}`;
  r('aws_vpc', n, { cidr_block: '10.0.0.0/16' });
  r('aws_flow_log', n, { vpc_id: `\${aws_vpc.${n}.id}`, traffic_type: 'ALL' });
  for (const z of ['a', 'b']) {
    r('aws_subnet', `${n}_${z}`, { vpc_id: `\${aws_vpc.${n}.id}`, availability_zone: `eu-west-1${z}` });
    r('aws_nat_gateway', `${n}_${z}`, { subnet_id: `\${aws_subnet.${n}_${z}.id}` });
  }
  // One unit in ten breaks rules, so findings (and their messages) are part of the cost.
  const bad = i % 10 === 0;
  r('aws_db_instance', n, { multi_az: !bad, backup_retention_period: 7, deletion_protection: true, storage_encrypted: true, final_snapshot_identifier: `${n}-final`, tags: { backup: 'daily' } });
  r('aws_rds_cluster', n, { engine: 'aurora-postgresql', cluster_identifier: `${n}-cluster`, deletion_protection: true, backup_retention_period: 14, db_cluster_parameter_group_name: 'bench-tls' });
  r('aws_rds_cluster_instance', `${n}_w`, { cluster_identifier: `\${aws_rds_cluster.${n}.id}` });
  r('aws_rds_cluster_instance', `${n}_r`, { cluster_identifier: `${n}-cluster` });
  r('aws_s3_bucket', n, { bucket: `${n}-bucket` });
  r('aws_s3_bucket_versioning', n, { bucket: `\${aws_s3_bucket.${n}.id}`, versioning_configuration: { status: 'Enabled' } });
  r('aws_s3_bucket_server_side_encryption_configuration', n, {
    bucket: `${n}-bucket`,
    dynamic: { rule: { for_each: '${var.rules}', content: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } } } },
  });
  r('aws_s3_bucket_public_access_block', n, { bucket: `\${aws_s3_bucket.${n}.id}`, block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true });
  r('aws_dynamodb_table', n, { name: n, deletion_protection_enabled: true, server_side_encryption: { enabled: true, kms_key_arn: '${aws_kms_key.data.arn}' }, dynamic: { point_in_time_recovery: { for_each: '${[1]}', content: { enabled: true } } } });
  r('aws_launch_template', n, { metadata_options: { http_tokens: bad ? 'optional' : 'required' } });
  r('aws_autoscaling_group', n, { name: `${n}-asg`, min_size: 2, max_size: 6, vpc_zone_identifier: [`\${aws_subnet.${n}_a.id}`, `\${aws_subnet.${n}_b.id}`], target_group_arns: [`\${aws_lb_target_group.${n}.arn}`], health_check_type: 'ELB', launch_template: { id: `\${aws_launch_template.${n}.id}`, version: '$Latest' } });
  r('aws_autoscaling_policy', n, { autoscaling_group_name: `\${aws_autoscaling_group.${n}.name}` });
  r('aws_lb', n, { enable_deletion_protection: true, drop_invalid_header_fields: true, subnets: [`\${aws_subnet.${n}_a.id}`, `\${aws_subnet.${n}_b.id}`] });
  r('aws_lb_target_group', n, { protocol: 'HTTP', health_check: { enabled: true, path: '/healthz' } });
  r('aws_cloudwatch_metric_alarm', n, { alarm_name: `${n}-errors`, period: 60, evaluation_periods: 5 });
  r('aws_cloudwatch_composite_alarm', n, { alarm_name: `${n}-page`, alarm_rule: `ALARM("${n}-errors") OR ALARM(\${aws_cloudwatch_metric_alarm.${n}.alarm_name})`, alarm_actions: ['${aws_sns_topic.page.arn}'] });
  r('kubernetes_deployment_v1', n, {
    metadata: { name: n, namespace: 'apps' },
    spec: {
      replicas: 3,
      template: {
        metadata: { labels: { app: n } },
        spec: {
          container: [{ name: 'app', readiness_probe: {}, liveness_probe: {}, resources: { requests: { cpu: '100m', memory: '128Mi' } } }],
          topology_spread_constraint: { topology_key: 'topology.kubernetes.io/zone' },
        },
      },
    },
  });
  r('kubernetes_pod_disruption_budget_v1', n, { metadata: { namespace: 'apps' }, spec: { max_unavailable: 1, selector: { match_labels: { app: n } } } });
  r('kubernetes_horizontal_pod_autoscaler_v2', n, { metadata: { namespace: 'apps' }, spec: { min_replicas: 2, scale_target_ref: { kind: 'Deployment', name: n } } });
}

const UNIT_SIZE = 25;

/** A Terraform JSON document of about `n` resources (a whole number of units, plus shared resources). */
function generate(n) {
  const resource = {};
  const units = Math.max(1, Math.round(n / UNIT_SIZE));
  for (let i = 0; i < units; i++) unit(i, resource);
  resource.aws_sns_topic = { page: { kms_master_key_id: 'alias/alarms' } };
  resource.aws_rds_cluster_parameter_group = { tls: { name: 'bench-tls', family: 'aurora-postgresql16', parameter: [{ name: 'rds.force_ssl', value: '1', apply_method: 'immediate' }] } };
  resource.aws_backup_plan = { daily: { rule: [{ rule_name: 'daily', lifecycle: { delete_after: 35 } }] } };
  resource.aws_backup_vault = { main: { kms_key_arn: 'arn:aws:kms:eu-west-1:111122223333:key/x' } };
  resource.aws_backup_selection = { tagged: { plan_id: '${aws_backup_plan.daily.id}', selection_tag: [{ type: 'STRINGEQUALS', key: 'backup', value: 'daily' }] }, all: { plan_id: '${aws_backup_plan.daily.id}', resources: ['*'] } };
  return { resource };
}

function countResources(json) {
  return Object.values(json.resource).reduce((t, byName) => t + Object.keys(byName).length, 0);
}

/** Runs both rule families (reliability and validity) over a generated stack; returns resources, findings and milliseconds (parse and model included). */
function measure(n, dist = path.join(__dirname, '..', 'dist')) {
  const { checkStack } = require(path.join(dist, 'checks', 'check.js'));
  const json = { provider: { aws: { region: 'eu-west-1' } }, ...generate(n) };
  const text = JSON.stringify(json);
  const start = process.hrtime.bigint();
  const result = checkStack(JSON.parse(text), { name: 'bench', families: ['reliability', 'validity'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { resources: countResources(json), findings: result.findings.length, ms };
}

module.exports = { generate, measure, UNIT_SIZE };

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  for (const n of sizes.length ? sizes : [12500, 25000, 50000]) {
    const m = measure(n);
    console.log(`${m.resources} resources: ${m.ms.toFixed(0)} ms, ${m.findings} findings`);
  }
}
