// The generated tables themselves: patterns run in JavaScript and match the
// examples the generator recorded, no covered type is empty, and the types
// the examples synthesize are covered.
import fs from 'node:fs';
import path from 'node:path';
import { coveredResourceTypes, rulesOf } from '../../src/aws-validity';
import type { PatternConstraint } from '../../src/aws-validity';

const REPORT = fs.readFileSync(path.join(__dirname, '../../scripts/aws-validity/unmapped.txt'), 'utf8');

/**
 * Types the examples synthesize that have no table yet: no API model (EC2 is
 * not in the pinned snapshot; ARC Region switch is newer than it) and their
 * provider file not read yet, or models without constraints (SNS, S3 policy).
 * This list may only shrink: a type that gains a table must leave it.
 */
const NOT_YET_COVERED = [
  'aws_arcregionswitch_plan', 'aws_eip', 'aws_flow_log', 'aws_internet_gateway', 'aws_launch_template', 'aws_rds_cluster_instance', 'aws_rds_global_cluster',
  'aws_route_table', 'aws_s3_bucket_policy', 'aws_s3_bucket_public_access_block', 'aws_security_group', 'aws_sns_topic', 'aws_sns_topic_policy', 'aws_vpc',
  'aws_vpc_endpoint', 'aws_vpc_security_group_egress_rule', 'aws_vpc_security_group_ingress_rule',
];

function exampleTypes(): string[] {
  const pinned: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, '../examples/examples.addresses.json'), 'utf8'));
  return [...new Set(Object.values(pinned).flat().filter((a) => a.startsWith('aws_')).map((a) => a.split('.')[0]))].sort();
}

const types = coveredResourceTypes();
const tables = types.map((t) => rulesOf(t)!);

describe('generated tables', () => {
  it('cover about 120 types, none of them empty', () => {
    expect(types.length).toBeGreaterThanOrEqual(120);
    const empty = tables.filter((r) => Object.keys(r.arguments).length === 0 && r.crossArgument.length === 0).map((r) => r.resourceType);
    expect(empty).toEqual([]);
  });

  it('cover every type the examples synthesize, but the listed ones (and the list only shrinks)', () => {
    const uncovered = exampleTypes().filter((t) => !types.includes(t));
    expect(uncovered).toEqual(NOT_YET_COVERED.filter((t) => exampleTypes().includes(t)).sort());
  });

  it('give every constraint a stable id, a source and an origin', () => {
    for (const r of tables) {
      const ids = new Set<string>();
      for (const rule of Object.values(r.arguments)) {
        for (const c of rule.constraints) {
          expect(c.id.startsWith(`${r.resourceType}.${rule.path}`)).toBe(true);
          expect(ids.has(c.id)).toBe(false);
          ids.add(c.id);
          expect(c.source).toMatch(/api-models-aws .+\.json .+ @|internal\/service\/.+\.go@[0-9a-f]{8}/);
        }
      }
    }
  });

  it('hold patterns that compile in JavaScript and match an example the generator recorded (or are reported)', () => {
    let patterns = 0;
    for (const r of tables) {
      for (const rule of Object.values(r.arguments)) {
        for (const c of rule.constraints.filter((x): x is PatternConstraint => x.kind === 'pattern')) {
          patterns++;
          const re = new RegExp(c.pattern, c.flags);
          if (c.examples.length === 0) expect(REPORT).toContain(`${c.source}: no example value`);
          for (const example of c.examples) expect(re.test(example)).toBe(true);
        }
      }
    }
    expect(patterns).toBeGreaterThan(200);
  });

  it('record which source is stricter where the model and the provider both constrain an argument', () => {
    const rule = rulesOf('aws_backup_plan')!.arguments['rule.rule_name'];
    expect(rule.stricter).toEqual({ pattern: 'differ' });
    const both = tables.flatMap((r) => Object.values(r.arguments)).filter((a) => a.stricter);
    expect(both.length).toBeGreaterThan(0);
  });
});
