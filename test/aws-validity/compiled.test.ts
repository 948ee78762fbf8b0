// The evaluator's compiled checks against the plain ones they stand in for: every constraint of the tables compiled
// once (breachTest) gives breach()'s verdict, and the argument filter that skips values breaking nothing (asked of
// every literal `check` meets) never skips one that breaks something.
import { coveredResourceTypes, rulesOf, validateArgument } from '../../src/aws-validity';
import type { ArgumentRule, Constraint } from '../../src/aws-validity';
import { breach, breachTest } from '../../src/aws-validity/private/constraints';

/** Literals around a constraint's edges (its examples, values, bounds) and of every JSON type. */
function samples(c: Constraint): unknown[] {
  const out: unknown[] = ['', 'a', 'ab', 'A b', 'x'.repeat(300), 'ÄÖü€😀', '\ud800x', 'aws:x', '10.0.0.0/16', '10.0.0.1/16', '300.0.0.0/8', '::/0', 'fe80::/129', '{"a":1}', '{a', 'arn:aws:sns:eu-west-1:123456789012:t', 'arn:aws:s3:::b', 'arn:aws'];
  out.push(0, 1, -1, 1.5, 60, 90, 120, 1e12, NaN, Infinity, -Infinity, true, false, null, [], ['a'], [1, 2, 3], {}, { k: 'v' });
  if (c.kind === 'enum') for (const v of c.values) out.push(v, typeof v === 'string' ? v.toLowerCase() : v + 1, typeof v === 'string' ? `${v}x` : String(v));
  if (c.kind === 'pattern') for (const e of c.examples) out.push(e, `${e}!`, e.slice(1), e.toUpperCase());
  if (c.kind === 'length' || c.kind === 'range' || c.kind === 'items') {
    for (const b of [c.min, c.max]) {
      if (b === undefined) continue;
      out.push(b - 1, b, b + 1);
      for (const n of [b - 1, b, b + 1]) if (n >= 0 && n <= 5000) out.push('é'.repeat(n), 'z'.repeat(n), Array.from({ length: Math.min(n, 200) }, () => 'i'));
    }
  }
  return out;
}

const TYPES = coveredResourceTypes();
const rulesOfType = (type: string): ArgumentRule[] => Object.values(rulesOf(type)!.arguments);

describe('breachTest: breach() compiled per constraint', () => {
  it.each(TYPES)('%s: the same verdict as breach() on every sample of every constraint', (type) => {
    const differ: unknown[] = [];
    let breaches = 0;
    for (const rule of rulesOfType(type)) {
      for (const c of rule.constraints) {
        const test = breachTest(c);
        for (const value of samples(c)) {
          const expected = breach(c, value) !== undefined;
          if (expected) breaches++;
          if (test(value) !== expected) differ.push([c.id, value, expected]);
        }
      }
    }
    expect(differ).toEqual([]);
    // the samples reach the constraints' edges: some break them
    if (rulesOfType(type).some((r) => r.constraints.length > 0)) expect(breaches).toBeGreaterThan(0);
  });
});

describe('the argument filter of validateResource', () => {
  // A user's text (userText) is judged without the filter; for text without `${` or token markers the two read the
  // same values as literals, so any value the filter skipped wrongly shows as a difference.
  it.each(TYPES)('%s: argument values judged through the filter as without it', (type) => {
    const differ: unknown[] = [];
    for (const rule of rulesOfType(type)) {
      const values = rule.constraints.flatMap(samples).filter((v) => typeof v !== 'string' || !v.includes('{'));
      for (const value of values) {
        const asItems = rule.type === 'list' || rule.type === 'set' ? [value, 'a'] : rule.type === 'map' ? { k: value } : value;
        for (const v of [value, asItems]) {
          const filtered = JSON.stringify(validateArgument(type, rule.path, v));
          const unfiltered = JSON.stringify(validateArgument(type, rule.path, v, { userText: true }));
          if (filtered !== unfiltered) differ.push([rule.path, v, filtered, unfiltered]);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('finds the breaches the fixtures of evaluate.test.ts name (the filter does not hide them)', () => {
    expect(validateArgument('aws_lambda_function', 'memory_size', 64).map((v) => v.rule)).toContain('aws_lambda_function.memory_size.range');
    expect(validateArgument('aws_backup_vault', 'name', 'my vault').length).toBeGreaterThan(0);
    expect(validateArgument('aws_route', 'destination_cidr_block', '10.0.0.1/16').length).toBeGreaterThan(0);
  });
});
