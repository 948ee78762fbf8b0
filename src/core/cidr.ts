/**
 * IPv4 CIDR blocks, pure (no cdktf): the one parser the network planner, the
 * prop specs and the constructs use.
 *
 * The provider checks `cidr_block` arguments with Go's `net.ParseCIDR`
 * (terraform-provider-aws internal/verify/validate.go,
 * `ValidIPv4CIDRNetworkAddress`), which since Go 1.17 refuses octets with a
 * leading zero (`10.01.0.0/16`), and requires a network address (no host bits).
 */

/** An IPv4 block as numbers. */
export interface Ipv4Block {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefixLength: number;
}

/** `a.b.c.d/n` of a block. */
export function formatIpv4Cidr(block: Ipv4Block): string {
  const n = block.network;
  return `${Math.floor(n / 2 ** 24) % 256}.${Math.floor(n / 2 ** 16) % 256}.${Math.floor(n / 2 ** 8) % 256}.${n % 256}/${block.prefixLength}`;
}

/** The block, or what is wrong with the text (phrased to follow "must be"). */
export function parseIpv4Cidr(cidr: string): Ipv4Block | { readonly problem: string } {
  const m = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\/(0|[1-9]\d?)$/.exec(cidr);
  const octets = m ? m.slice(1, 5).map(Number) : [];
  const prefixLength = m ? Number(m[5]) : -1;
  if (!m || octets.some((o) => o > 255) || prefixLength > 32) {
    const leadingZero = /(^|[./])0\d/.test(cidr);
    return { problem: `an IPv4 CIDR block such as 10.0.0.0/16${leadingZero ? ' (no leading zeros: Terraform parses octets such as 010 as invalid)' : ''}` };
  }
  const network = octets.reduce((acc, o) => acc * 256 + o, 0);
  const size = 2 ** (32 - prefixLength);
  if (network % size !== 0) {
    return { problem: `a network address: host bits are set (did you mean ${formatIpv4Cidr({ network: network - (network % size), prefixLength })}?)` };
  }
  return { network, prefixLength };
}
