import fc from 'fast-check';
import { RELIABILITY_RULES } from '../../src/checks/rules';
import { runRules } from '../../src/checks/rule';
import { TerraformJsonStack } from '../../src/checks/stack';

/** Attribute and block names the rules read: random bodies use them often so the rules get past their first checks. */
const KEYS = [
  'multi_az', 'backup_retention_period', 'deletion_protection', 'storage_encrypted', 'skip_final_snapshot', 'final_snapshot_identifier', 'publicly_accessible',
  'replicate_source_db', 'engine', 'engine_mode', 'cluster_identifier', 'count', 'for_each', 'point_in_time_recovery', 'enabled', 'deletion_protection_enabled',
  'bucket', 'id', 'name', 'versioning', 'versioning_configuration', 'status', 'server_side_encryption_configuration', 'block_public_acls', 'block_public_policy',
  'ignore_public_acls', 'restrict_public_buckets', 'vpc_zone_identifier', 'availability_zones', 'min_size', 'max_size', 'target_group_arns', 'load_balancers',
  'health_check_type', 'health_check_grace_period', 'autoscaling_group_name', 'metadata_options', 'http_tokens', 'http_endpoint', 'load_balancer_type',
  'enable_deletion_protection', 'drop_invalid_header_fields', 'subnets', 'subnet_mapping', 'health_check', 'path', 'protocol', 'target_type', 'vpc_id',
  'subnet_id', 'availability_zone', 'availability_zone_id', 'connectivity_type', 'plan_id', 'rule', 'rule_name', 'lifecycle', 'delete_after', 'copy_action',
  'kms_key_arn', 'resources', 'not_resources', 'selection_tag', 'key', 'value', 'type', 'condition', 'string_equals', 'string_like', 'string_not_equals',
  'string_not_like', 'tags', 'period', 'evaluation_periods', 'metric_query', 'metric', 'return_data', 'expression', 'alarm_name', 'alarm_rule', 'alarm_actions',
  'actions_enabled', 'alarm_description', 'kms_master_key_id', 'metadata', 'namespace', 'labels', 'spec', 'replicas', 'selector', 'match_labels', 'template',
  'container', 'readiness_probe', 'liveness_probe', 'resources', 'requests', 'cpu', 'memory', 'topology_spread_constraint', 'topology_key', 'affinity',
  'pod_anti_affinity', 'scale_target_ref', 'kind', 'min_replicas', 'manifest', 'apiVersion', 'containers', 'readinessProbe', 'livenessProbe',
  'topologySpreadConstraints', 'matchLabels', 'scaleTargetRef', 'minReplicas', 'podAntiAffinity', '//',
  // dynamic blocks, split S3 encryption and suppressions recorded in the JSON
  'dynamic', 'content', 'iterator', 'apply_server_side_encryption_by_default', 'sse_algorithm', 'availability_mode',
  'cdktf-reliability:suppressions', 'ruleId', 'reason', 'optOut', 'prop',
];

const TYPES = [...new Set([
  ...RELIABILITY_RULES.flatMap((r) => r.resourceTypes),
  'aws_rds_cluster_instance', 'aws_s3_bucket_versioning', 'aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_public_access_block',
  'aws_autoscaling_policy', 'aws_autoscaling_attachment', 'aws_flow_log', 'aws_subnet', 'aws_nat_gateway', 'aws_backup_selection',
  'kubernetes_horizontal_pod_autoscaler_v2', 'kubernetes_pod_disruption_budget_v1',
])];

const scalar = fc.oneof(
  fc.boolean(),
  fc.integer({ min: -5, max: 400 }),
  fc.double(),
  fc.constantFrom('true', 'false', '2', '7', '0', '36', '', 'Enabled', 'ELB', 'required', 'application', 'Deployment', 'Pod', 'topology.kubernetes.io/zone', '*', 'aurora-mysql', 'STRINGEQUALS', 'AES256', 'aws:kms', 'regional', 'REL-S3-1', 'REL-RDS-1'),
  fc.constantFrom('${aws_db_instance.a.arn}', '${aws_vpc.a.id}', '${aws_subnet.a.id}', '${aws_cloudwatch_metric_alarm.a.alarm_name}', '${var.x}', '${join(",", var.y)}', 'ALARM("${aws_cloudwatch_metric_alarm.a.alarm_name}") OR OK(b)'),
  fc.string(),
  fc.constant(null),
);

const { value } = fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('object'), fc.array(tie('object'), { maxLength: 3 }), fc.array(scalar, { maxLength: 3 })),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 6 }),
}));

const body = fc.oneof(fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 12 }), fc.jsonValue());
const names = fc.constantFrom('a', 'b', 'c');

/** A random Terraform JSON document: resources of the rules' types (and their companions), blocks in both shapes. */
const document = fc
  .array(fc.tuple(fc.constantFrom(...TYPES), names, body, fc.boolean()), { maxLength: 12 })
  .map((entries) => {
    const resource: Record<string, Record<string, unknown>> = {};
    for (const [type, name, b, asArray] of entries) (resource[type] ??= {})[name] = asArray ? [b] : b;
    return { resource };
  });

test('no rule throws on random JSON, and findings are well-formed', () => {
  fc.assert(
    fc.property(document, (json) => {
      const stack = TerraformJsonStack.fromJson(json, 'random');
      // Notes: what a rule says it could not judge (an unknown count), reported as info, never failing.
      const notes = new Set<string>();
      for (const rule of RELIABILITY_RULES) {
        for (const resource of stack.ofType(...rule.resourceTypes)) {
          const violations = rule.check(resource, stack);
          expect(Array.isArray(violations)).toBe(true);
          for (const v of violations) {
            expect(typeof v.message).toBe('string');
            expect(v.message.length).toBeGreaterThan(0);
            if (v.severity !== undefined) expect(['error', 'warning', 'info']).toContain(v.severity);
            if (v.severity === 'info') notes.add(`${rule.id} ${resource.address} ${v.message}`);
          }
        }
      }
      for (const f of runRules(stack, RELIABILITY_RULES)) {
        expect(stack.resource(f.address)).toBeDefined();
        expect(f.ruleId).toMatch(/^REL-[A-Z0-9]+-\d+$/);
        expect(['error', 'warning', 'info']).toContain(f.severity);
        // An info finding is a suppressed one (with its reason) or a rule's note, nothing else.
        if (f.severity === 'info' && f.suppression === undefined) expect(notes).toContain(`${f.ruleId} ${f.address} ${f.message}`);
        if (f.severity === 'info' && f.suppression !== undefined) expect(f.suppression.reason).toEqual(expect.any(String));
        expect(f.message).not.toMatch(/^rule failed/);
      }
    }),
    { numRuns: 400, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}) },
  );
});

test('the stack model accepts any JSON value', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (json) => {
      const stack = TerraformJsonStack.fromJson(json, 's');
      for (const r of stack.resources) expect(r.address).toBe(`${r.type}.${r.name}`);
    }),
  );
});
