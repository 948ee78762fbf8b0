import * as fc from 'fast-check';
import { blockSize, formatCidr, parseCidr, planSubnets, SUBNET_TIERS, SubnetPlanError } from '../../../src/aws/network/subnet-plan';

describe('parseCidr / formatCidr', () => {
  test('round trip', () => {
    expect(parseCidr('10.0.0.0/16')).toEqual({ network: 10 * 2 ** 24, prefixLength: 16 });
    expect(formatCidr(parseCidr('172.31.128.0/17'))).toBe('172.31.128.0/17');
  });
  test.each(['10.0.0/16', '10.0.0.256/24', '10.0.0.0/33', 'ten', '10.0.0.0'])('rejects %s', (c) => {
    expect(() => parseCidr(c)).toThrow(SubnetPlanError);
  });
  test('rejects host bits, suggesting the network address', () => {
    expect(() => parseCidr('10.0.1.0/16')).toThrow('host bits are set (did you mean 10.0.0.0/16?)');
  });
});

describe('planSubnets', () => {
  test('a /16 over three zones: private /19, isolated /20, public /21', () => {
    const plan = planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: 3 });
    expect(plan.prefixLengths).toEqual({ private: 19, isolated: 20, public: 21 });
    expect(plan.subnets).toEqual({
      private: ['10.0.0.0/19', '10.0.32.0/19', '10.0.64.0/19'],
      isolated: ['10.0.96.0/20', '10.0.112.0/20', '10.0.128.0/20'],
      public: ['10.0.144.0/21', '10.0.152.0/21', '10.0.160.0/21'],
    });
    expect(plan.spareAddresses).toBe(65536 - 3 * (8192 + 4096 + 2048));
  });

  test('given prefix lengths are kept; the others are planned around them', () => {
    const plan = planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: 2, prefixLengths: { public: 24 } });
    expect(plan.prefixLengths.public).toBe(24);
    expect(plan.prefixLengths.private).toBe(18);
    expect(plan.prefixLengths.isolated).toBe(19);
  });

  test('too small a VPC is rejected with the minimum size', () => {
    expect(() => planSubnets({ vpcCidr: '10.0.0.0/26', zoneCount: 3 })).toThrow(
      'invalid cidr "10.0.0.0/26": is too small for 3 zone(s) x 3 tiers (public, private, isolated) of the requested sizes: it has 64 addresses and the subnets need at least 144; use a /24 or larger',
    );
    expect(() => planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: 3, prefixLengths: { private: 17 } })).toThrow('is too small for 3 zone(s) x 3 tiers (public, private, isolated) of the requested sizes (privateSubnetPrefixLength 17): it has 65536 addresses');
  });

  test('VPC prefix outside /16../28 and subnet prefixes outside the VPC are rejected', () => {
    expect(() => planSubnets({ vpcCidr: '10.0.0.0/8', zoneCount: 3 })).toThrow('invalid cidr "10.0.0.0/8": must have a prefix length from /16 to /28');
    expect(() => planSubnets({ vpcCidr: '10.0.0.0/20', zoneCount: 3, prefixLengths: { private: 18 } })).toThrow(
      'invalid privateSubnetPrefixLength 18: must be a whole number from 20',
    );
    expect(() => planSubnets({ vpcCidr: '10.0.0.0/16', zoneCount: 3, prefixLengths: { public: 29 } })).toThrow('invalid publicSubnetPrefixLength 29');
  });

  const cidrArb = fc
    .tuple(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 16, max: 28 }))
    .map(([ip, p]) => formatCidr({ network: ip - (ip % blockSize(p)), prefixLength: p }));
  const prefixArb = fc.option(fc.integer({ min: 16, max: 28 }), { nil: undefined });

  test('property: subnets are disjoint, inside the VPC, aligned, one per zone per tier (or a clear error)', () => {
    fc.assert(
      fc.property(cidrArb, fc.integer({ min: 1, max: 6 }), prefixArb, prefixArb, prefixArb, (vpcCidr, zoneCount, pub, priv, iso) => {
        let plan;
        try {
          plan = planSubnets({ vpcCidr, zoneCount, prefixLengths: { public: pub, private: priv, isolated: iso } });
        } catch (e) {
          expect(e).toBeInstanceOf(SubnetPlanError);
          return;
        }
        const vpc = parseCidr(vpcCidr);
        const blocks = SUBNET_TIERS.flatMap((t) => {
          expect(plan.subnets[t]).toHaveLength(zoneCount);
          return plan.subnets[t].map((c) => parseCidr(c));
        });
        for (const b of blocks) {
          expect(b.prefixLength).toBeLessThanOrEqual(28);
          expect(b.network % blockSize(b.prefixLength)).toBe(0);
          expect(b.network).toBeGreaterThanOrEqual(vpc.network);
          expect(b.network + blockSize(b.prefixLength)).toBeLessThanOrEqual(vpc.network + blockSize(vpc.prefixLength));
        }
        const sorted = [...blocks].sort((a, b) => a.network - b.network);
        for (let i = 1; i < sorted.length; i++) {
          expect(sorted[i].network).toBeGreaterThanOrEqual(sorted[i - 1].network + blockSize(sorted[i - 1].prefixLength));
        }
        if (pub !== undefined) expect(plan.prefixLengths.public).toBe(pub);
        if (priv !== undefined) expect(plan.prefixLengths.private).toBe(priv);
        if (iso !== undefined) expect(plan.prefixLengths.isolated).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  test('property: a planned default always fits when the VPC holds three /28 per zone', () => {
    fc.assert(
      fc.property(cidrArb, fc.integer({ min: 1, max: 6 }), (vpcCidr, zoneCount) => {
        const vpcSize = blockSize(parseCidr(vpcCidr).prefixLength);
        const fits = vpcSize >= zoneCount * 3 * 16;
        let ok = true;
        try {
          planSubnets({ vpcCidr, zoneCount });
        } catch {
          ok = false;
        }
        expect(ok).toBe(fits);
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseCidr refuses what Go\'s net.ParseCIDR refuses (the provider validates cidr_block with it: internal/verify/validate.go)', () => {
  test.each(['10.01.0.0/16', '010.0.0.0/16', '10.0.0.00/24', '10.0.0.0/016'])('%s: a leading zero', (cidr) => {
    expect(() => parseCidr(cidr)).toThrow(/no leading zeros/);
  });
  test.each(['0.0.0.0/0', '10.0.0.0/8', '100.64.0.0/10'])('%s is accepted', (cidr) => {
    expect(() => parseCidr(cidr)).not.toThrow();
  });
});
