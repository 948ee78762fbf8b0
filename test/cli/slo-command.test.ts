import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { main } from '../../src/cli/main';
import { tempDir } from '../harness';
import { OPENSLO_CHECKOUT, SLOTH_CHECKOUT } from '../slo/slo-files';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, { out: (t) => (out += t), err: (t) => (err += `${t}\n`) });
  if (typeof code !== 'number') throw new Error('the slo command finishes at once; main returned a promise');
  return { code, out, err };
}

describe('cdktf-reliability slo', () => {
  const dir = tempDir('slo-cli-');
  const openslo = path.join(dir, 'checkout.openslo.yaml');
  const sloth = path.join(dir, 'checkout.sloth.yaml');
  const bad = path.join(dir, 'bad.yaml');
  fs.writeFileSync(openslo, OPENSLO_CHECKOUT);
  fs.writeFileSync(sloth, SLOTH_CHECKOUT);
  fs.writeFileSync(bad, OPENSLO_CHECKOUT.replace('isRolling: true', 'isRolling: false'));

  test('validates both formats and prints alerts and rule groups', () => {
    const r = run(['slo', openslo, sloth]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${openslo}:4: checkout/availability (openslo): 99.9% over 30d, occurrences, error budget 0.1%`);
    expect(r.out).toContain('page-1h-5m: page when 14.4x over 1h and 5m (error ratio above 0.0144)');
    expect(r.out).toContain(`${sloth}:6: checkout/availability (sloth)`);
    expect(r.out).toMatch(/rule group slo-alerts-checkout-availability: CheckoutAvailabilityBudgetBurnPage, CheckoutAvailabilityBudgetBurnTicket, CheckoutAvailabilitySliMissing/);
  });

  test('--format rules prints the rule file of both, the same alerts', () => {
    const r = run(['slo', openslo, sloth, '--format', 'rules']);
    expect(r.code).toBe(0);
    const groups = parse(r.out).groups as Array<{ name: string; rules: Array<{ alert?: string; expr: string }> }>;
    const alerts = groups.flatMap((g) => g.rules).filter((x) => x.alert);
    // Two files, one SLO each: the OpenSLO policy (page 1h, ticket 3d) and sloth's catalogue (4 pairs) differ in pairs.
    expect(alerts.filter((a) => a.alert === 'CheckoutAvailabilityBudgetBurnPage')).toHaveLength(2);
  });

  test('an invalid file exits 2 naming file, line and field; the others are still read', () => {
    const r = run(['slo', bad, openslo]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`slo: ${bad.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:12:7: invalid spec\\.timeWindow\\[0\\]\\.isRolling false`));
    expect(r.out).toBe('');
  });
});
