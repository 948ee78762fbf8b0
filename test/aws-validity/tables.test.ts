// The generated tables themselves: patterns run in JavaScript and match the
// examples the generator recorded, no covered type is empty unless reported,
// and every type the library emits and the examples synthesize is covered.
import fs from 'node:fs';
import path from 'node:path';
import { coveredResourceTypes, rulesOf } from '../../src/aws-validity';
import type { PatternConstraint } from '../../src/aws-validity';

const REPORT = fs.readFileSync(path.join(__dirname, '../../scripts/aws-validity/unmapped.txt'), 'utf8');
const SRC = path.join(__dirname, '../../src');

/**
 * Types the examples synthesize that have no table yet. Empty since the
 * coverage work of issue 20: a type that loses its table fails here.
 */
const NOT_YET_COVERED: readonly string[] = [];

/**
 * Every AWS resource type the library emits or can create: the
 * `@cdktf/provider-aws/lib/<module>` resources its sources import, and its
 * typed wrappers over `TerraformResource` (`static readonly tfResourceType`;
 * not those over `TerraformDataSource`).
 */
function libraryTypes(): string[] {
  const out = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (p !== path.join(SRC, 'aws-validity')) walk(p);
        continue;
      }
      if (!entry.name.endsWith('.ts')) continue;
      const text = fs.readFileSync(p, 'utf8');
      for (const m of text.matchAll(/@cdktf\/provider-aws\/lib\/([a-z0-9-]+)/g)) {
        if (!m[1].startsWith('data-') && m[1] !== 'provider') out.add(`aws_${m[1].replace(/-/g, '_')}`);
      }
      // resources only: a wrapper over TerraformDataSource (aws_arcregionswitch_route53_health_checks) creates nothing
      for (const m of text.matchAll(/class \w+ extends TerraformResource \{[^}]*?static readonly tfResourceType = '(aws_[a-z0-9_]+)'/g)) out.add(m[1]);
    }
  };
  walk(SRC);
  return [...out].sort();
}

/** The types the generator reported as read but stating no value rule (their table holds the tag facts, if any). */
const NO_VALUE_RULE = [...REPORT.split('## facts-only')[1].split('\n## ')[0].matchAll(/^(aws_[a-z0-9_]+)\t/gm)].map((m) => m[1]);

function exampleTypes(): string[] {
  const pinned: Record<string, string[]> = JSON.parse(fs.readFileSync(path.join(__dirname, '../examples/examples.addresses.json'), 'utf8'));
  return [...new Set(Object.values(pinned).flat().filter((a) => a.startsWith('aws_')).map((a) => a.split('.')[0]))].sort();
}

const types = coveredResourceTypes();
const tables = types.map((t) => rulesOf(t)!);

describe('generated tables', () => {
  it('cover about 150 types, none of them empty but those whose sources state no value rule (reported)', () => {
    expect(types.length).toBeGreaterThanOrEqual(150);
    const empty = tables.filter((r) => Object.keys(r.arguments).length === 0 && r.crossArgument.length === 0).map((r) => r.resourceType);
    expect(empty).toEqual(NO_VALUE_RULE);
    // each holds the tag facts, or records the provider files it read
    for (const r of tables.filter((t) => empty.includes(t.resourceType))) expect(r.taggable || r.providerFiles.length > 0).toBe(true);
  });

  it('cover every type the library emits or can create (provider-aws resources it imports, its TerraformResource wrappers)', () => {
    const library = libraryTypes();
    expect(library.length).toBeGreaterThanOrEqual(70);
    expect(library).toEqual(expect.arrayContaining(['aws_arcregionswitch_plan', 'aws_arczonalshift_zonal_autoshift_configuration', 'aws_vpc', 'aws_s3_bucket']));
    expect(library.filter((t) => !types.includes(t))).toEqual([]);
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
          if (c.origin === 'override') expect(c.source).toMatch(/\(checked \d{4}-\d{2}-\d{2}(; replaces .+)?\)$/);
          else expect(c.source).toMatch(/api-models-aws .+\.json .+ @|internal\/.+\.go@[0-9a-f]{8}/);
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
          // a negated pattern's examples are values it must NOT match
          for (const example of c.examples) expect(re.test(example)).toBe(!c.negated);
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
