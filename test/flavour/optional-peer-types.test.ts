/**
 * scripts/optional-peer-types.cjs: the package's declarations that name an optional peer's types carry a
 * `// @ts-ignore` so an app without that peer type-checks them strictly (TS2307 otherwise: the consumer apps in CI
 * run docs/getting-started.md's `tsc --strict` without --skipLibCheck and caught exactly that).
 */
const { markDeclarations, optionalPeers, MARK } = require('../../scripts/optional-peer-types.cjs');

const PEERS = ['@cdktf/provider-pagerduty', '@aws-sdk/client-cloudwatch'];

describe('optional-peer-types', () => {
  test('reads the optional peers from peerDependenciesMeta, not the required ones', () => {
    expect(optionalPeers({ peerDependenciesMeta: { a: { optional: true }, b: { optional: false } } })).toEqual(['a']);
  });

  test('marks imports and inline import() types of optional peers, and nothing else', () => {
    const source = [
      "import { Service } from '@cdktf/provider-pagerduty/lib/service';",
      "import { Construct } from 'constructs';",
      "import type { GetMetricDataInput } from '@aws-sdk/client-cloudwatch';",
      '/**',
      " * Needs '@cdktf/provider-pagerduty' (prose in TSDoc is not code).",
      ' */',
      '    readonly vendor: import("@cdktf/provider-pagerduty/lib/data-pagerduty-vendor").DataPagerdutyVendor;',
    ].join('\n');
    const { source: out, marked } = markDeclarations(source, PEERS);
    expect(marked).toBe(3);
    const lines = out.split('\n');
    expect(lines[0]).toBe(MARK);
    expect(lines[2]).toBe("import { Construct } from 'constructs';");
    expect(lines[3]).toBe(MARK);
    expect(lines.filter((l: string) => l.trim() === MARK)).toHaveLength(3);
    expect(lines[lines.length - 2]).toBe(`    ${MARK}`);
  });

  test('is idempotent: a second build marks nothing twice', () => {
    const once = markDeclarations("import { Service } from '@cdktf/provider-pagerduty/lib/service';", PEERS).source;
    expect(markDeclarations(once, PEERS)).toEqual({ source: once, marked: 0 });
  });
});
