/**
 * Proof of the validity family against values written from the AWS API
 * reference pages (test/checks/fixtures/validity/values.json, each case with
 * its page), not from the generated tables: every invalid literal is flagged
 * at its argument path, and no valid one. One stack of every case, one run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkStack } from '../../src/checks/check';
import { ReliabilityFinding } from '../../src/checks/rule';

interface Case {
  readonly type: string;
  readonly path: string;
  readonly source: string;
  readonly base: Record<string, unknown>;
  readonly valid: unknown[];
  readonly invalid: unknown[];
}

/** A value AWS refuses that the tables do not flag yet, and why. */
interface Gap {
  readonly type: string;
  readonly path: string;
  readonly value: unknown;
  readonly source: string;
  readonly why: string;
}

const FILE = path.join(__dirname, 'fixtures', 'validity', 'values.json');
const DOC = JSON.parse(fs.readFileSync(FILE, 'utf8'));
const CASES: Case[] = DOC.cases;
const GAPS: Gap[] = DOC.gaps;

/** `rule[0].transition[0].storage_class` -> ['rule', 0, 'transition', 0, 'storage_class']. */
function steps(p: string): (string | number)[] {
  return p.split('.').flatMap((part) => {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part)!;
    return [m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((x) => Number(x[1]))];
  });
}

/** The base body with `value` set at `p` (lists and blocks created as needed). */
function bodyWith(base: Record<string, unknown>, p: string, value: unknown): Record<string, unknown> {
  const body = structuredClone(base);
  const s = steps(p);
  let at: any = body;
  s.forEach((step, i) => {
    if (i === s.length - 1) at[step] = value;
    else {
      if (at[step] === undefined || typeof at[step] !== 'object') at[step] = typeof s[i + 1] === 'number' ? [] : {};
      if (typeof s[i + 1] === 'number' && at[step][s[i + 1] as number] === undefined) at[step][s[i + 1] as number] = {};
      at = at[step];
    }
  });
  return body;
}

const address = (c: Case, kind: string, i: number): string => `${c.type}.${c.path.replace(/[^A-Za-z0-9_]/g, '_')}_${kind}_${i}`;

// One stack of every case, as a team's Terraform JSON would hold them, with a provider in a known Region.
const resource: Record<string, Record<string, unknown>> = {};
for (const c of CASES) {
  for (const kind of ['valid', 'invalid'] as const) {
    c[kind].forEach((value, i) => {
      const name = address(c, kind, i).slice(c.type.length + 1);
      (resource[c.type] ??= {})[name] = bodyWith(c.base, c.path, value);
    });
  }
}
GAPS.forEach((g, i) => ((resource[g.type] ??= {})[`gap_${i}`] = bodyWith({}, g.path, g.value)));
const result = checkStack({ provider: { aws: [{ region: 'eu-west-1' }] }, resource }, { name: 'values', families: ['validity'] });
const byAddress = new Map<string, ReliabilityFinding[]>();
// The cases share physical names on purpose (a base body per argument): name uniqueness is proven in validity.test.ts.
const UNIQUE_NAME = /\.unique_(region|account|global)$/;
for (const f of result.findings) if (!UNIQUE_NAME.test(f.ruleId)) byAddress.set(f.address, [...(byAddress.get(f.address) ?? []), f]);

/** A finding about the argument at `p`: the path itself, an item of it (`p[0]`), or a key of it. */
const about = (f: ReliabilityFinding, p: string): boolean => f.validity !== undefined && (f.validity.path === p || f.validity.path.startsWith(`${p}[`));

test('the fixture spans at least 40 resource types with at least 150 invalid and 150 valid values, each case with its source', () => {
  expect(new Set(CASES.map((c) => c.type)).size).toBeGreaterThanOrEqual(40);
  expect(CASES.reduce((n, c) => n + c.invalid.length, 0)).toBeGreaterThanOrEqual(150);
  expect(CASES.reduce((n, c) => n + c.valid.length, 0)).toBeGreaterThanOrEqual(150);
  for (const c of CASES) expect(c.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\/\S+ \(.+\)$/);
});

test('every invalid value is an error at its argument path, naming the value, what is allowed and the source', () => {
  const missed: string[] = [];
  for (const c of CASES) {
    c.invalid.forEach((value, i) => {
      const found = (byAddress.get(address(c, 'invalid', i)) ?? []).filter((f) => about(f, c.path));
      if (found.length === 0) missed.push(`${c.type}.${c.path} = ${JSON.stringify(value)} (${c.source})`);
      for (const f of found) {
        expect(f).toMatchObject({ family: 'validity', severity: 'error', stack: 'values' });
        expect(f.validity!.allowed).not.toBe('');
        expect(f.validity!.source).not.toBe('');
        expect(f.message).toContain(f.validity!.path);
      }
    });
  }
  expect(missed).toEqual([]);
});

test('no valid value is flagged', () => {
  const flagged: string[] = [];
  for (const c of CASES) {
    c.valid.forEach((value, i) => {
      for (const f of byAddress.get(address(c, 'valid', i)) ?? []) flagged.push(`${c.type}.${c.path} = ${JSON.stringify(value).slice(0, 60)}: ${f.ruleId} ${f.message.slice(0, 200)}`);
    });
  }
  expect(flagged).toEqual([]);
});

test('the recorded gaps (values AWS refuses that the tables miss, each with the reason) are still missed: fixing the tables moves them into the cases', () => {
  expect(GAPS.length).toBeLessThanOrEqual(2);
  GAPS.forEach((g, i) => {
    expect(g.why).not.toBe('');
    expect((byAddress.get(`${g.type}.gap_${i}`) ?? []).filter((f) => about(f, g.path))).toEqual([]);
  });
});
