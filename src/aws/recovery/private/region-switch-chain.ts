import { RecoveryLink } from '../../../recovery/achievement';
import { FIGURES } from '../../../recovery/figures';

/** What the recovery chain of a Region switch plan is made of, read from the stack's configuration. */
export interface RegionSwitchChainInput {
  /** Seconds from the primary failing to the page, and how they add up; `undefined` when unknown at synth. */
  readonly page?: { readonly seconds: number; readonly how: string; readonly source: string };
  /** The plan starts with a manual approval. */
  readonly approval: boolean;
  /** The capacity step: seconds until the activated region's new instances serve, and where that comes from. */
  readonly scaleUp?: { readonly seconds: number; readonly how: string; readonly source: string };
  /** The plan fails the Aurora global database over. */
  readonly database: boolean;
}

/**
 * The recovery chain of a Region switch plan failing over to the recovery
 * region, in order: detection (the page), decision (someone starts the
 * plan), the optional approval, capacity and database (one parallel step:
 * the longer of the two), and DNS (Route 53 sees the plan's health checks
 * flip, then resolvers let the old answer expire). `undefined` when the
 * detection is unknown at synth.
 */
export function regionSwitchChain(c: RegionSwitchChainInput): RecoveryLink[] | undefined {
  if (c.page === undefined) return undefined;
  const links: RecoveryLink[] = [
    { step: `detection (${c.page.how})`, seconds: c.page.seconds, source: c.page.source },
    { step: 'decision (on-call starts the plan)', seconds: FIGURES.onCallResponse.seconds, source: FIGURES.onCallResponse.source },
  ];
  if (c.approval) links.push({ step: 'approval (the approver answers)', seconds: FIGURES.onCallResponse.seconds, source: FIGURES.onCallResponse.source });
  const parallel: RecoveryLink[] = [];
  if (c.scaleUp) parallel.push({ step: `scale-up (${c.scaleUp.how})`, seconds: c.scaleUp.seconds, source: c.scaleUp.source });
  if (c.database) parallel.push({ step: 'database failover', seconds: FIGURES.auroraGlobalFailover.seconds, source: FIGURES.auroraGlobalFailover.source });
  if (parallel.length === 1) links.push(parallel[0]);
  if (parallel.length > 1) {
    const longest = parallel.reduce((a, b) => (b.seconds > a.seconds ? b : a));
    links.push({ step: `${parallel.map((l) => l.step).join(' in parallel with ')}: the longer`, seconds: longest.seconds, source: parallel.map((l) => l.source).join('; ') });
  }
  links.push({ step: "DNS (Route 53 sees the plan's health checks flip)", seconds: FIGURES.route53HealthCheckDefault.seconds, source: FIGURES.route53HealthCheckDefault.source });
  links.push({ step: 'DNS TTL', seconds: FIGURES.aliasRecordTtl.seconds, source: FIGURES.aliasRecordTtl.source });
  return links;
}
