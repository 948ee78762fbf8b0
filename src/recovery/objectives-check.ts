/**
 * The disaster-recovery check as pure functions: given recovery objectives
 * (RTO and RPO per disruption), a strategy for a region disruption and what
 * each resource achieves, say what is met and, where not, by how much and
 * what would meet it. No cdktf import: the `report` command runs it too.
 */
import { PropError } from '../core/errors';
import { RecoveryAchievement, RecoveryLink } from './achievement';
import { humanDuration, parseDuration } from '../slo/duration';
import { FIGURES, RecoveryFigure } from './figures';
import { checkAchievementArgument, checkListArgument, checkObjectArgument, checkOneOfArgument, checkSecondsArgument, checkTextArgument } from './arguments';

/** What goes wrong: one zone, the whole region, or the data itself (corruption, deletion). */
export type Disruption = 'zone' | 'region' | 'data';
export const DISRUPTIONS: readonly Disruption[] = ['zone', 'region', 'data'];

/** Strategies for a region disruption, cheapest (slowest) first. */
export type RecoveryStrategy = 'backup-restore' | 'pilot-light' | 'warm-standby' | 'active-active';
export const STRATEGIES: readonly RecoveryStrategy[] = ['backup-restore', 'pilot-light', 'warm-standby', 'active-active'];

/** How long each strategy takes to serve from the recovery region. */
export const STRATEGY_RTO: Readonly<Record<RecoveryStrategy, RecoveryFigure>> = {
  'backup-restore': FIGURES.restoreFromBackup,
  'pilot-light': FIGURES.pilotLightScaleUp,
  'warm-standby': FIGURES.warmStandbyFailover,
  'active-active': FIGURES.activeActiveFailover,
};

/** RTO and RPO for one disruption, as durations (`15m`, `1h`, `0` for no data loss) or seconds. */
export interface ObjectiveInput {
  /** Longest time the service may be down. */
  readonly rto: string | number;
  /** Most data (as time of writes) that may be lost; `0` for none. */
  readonly rpo: string | number;
}

/** Parsed objective, seconds. */
export interface Objective {
  readonly rtoSeconds: number;
  readonly rpoSeconds: number;
}

/** Parses a duration that may be zero (`0`, `"0"`, `"0s"`). Throws a {@link PropError} naming `prop`. */
export function parseObjectiveDuration(value: unknown, prop: string): number {
  if (value === 0 || value === '0' || value === '0s') return 0;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new PropError(prop, value, 'must be a duration such as "15m", "1h" or 0');
  }
  try {
    return parseDuration(value, prop);
  } catch {
    throw new PropError(prop, value, 'must be a duration such as "15m", "1h", "24h", or 0 for no data loss');
  }
}

/** Parses one disruption's objective. */
export function parseObjective(input: unknown, prop: string): Objective {
  checkTextArgument('parseObjective', 'prop', prop);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new PropError(prop, input, 'must be an object { rto, rpo }, e.g. { rto: "15m", rpo: "1m" }');
  }
  const o = input as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'rto' && k !== 'rpo') throw new PropError(`${prop}.${k}`, o[k], 'is not a known key; use rto and rpo');
  if (o.rto === undefined) throw new PropError(`${prop}.rto`, undefined, 'is required: how long the service may be down');
  if (o.rpo === undefined) throw new PropError(`${prop}.rpo`, undefined, 'is required: how much data (as time of writes) may be lost');
  const rtoSeconds = parseObjectiveDuration(o.rto, `${prop}.rto`);
  if (rtoSeconds === 0) throw new PropError(`${prop}.rto`, o.rto, 'must be above 0: no recovery is instant');
  return { rtoSeconds, rpoSeconds: parseObjectiveDuration(o.rpo, `${prop}.rpo`) };
}

/** The cheapest strategy whose documented recovery time meets a region RTO (active/active when none does). */
export function chooseStrategy(regionRtoSeconds: number): RecoveryStrategy {
  checkSecondsArgument('chooseStrategy', 'regionRtoSeconds', regionRtoSeconds);
  return STRATEGIES.find((s) => STRATEGY_RTO[s].seconds <= regionRtoSeconds) ?? 'active-active';
}

/** One comparison of an objective with what a resource (or the strategy) achieves. */
export interface RecoveryVerdict {
  /** Construct path of the resource, or `strategy` for the strategy's own recovery time. */
  readonly resource: string;
  readonly disruption: Disruption;
  readonly measure: 'rto' | 'rpo';
  readonly objectiveSeconds: number;
  /** What is achieved; `undefined` when nothing recovers from this disruption. */
  readonly achievedSeconds: number | undefined;
  readonly met: boolean;
  /** One sentence: what is achieved and, when not met, by how much and what would meet it. */
  readonly message: string;
}

function h(seconds: number): string {
  return seconds === 0 ? '0' : humanDuration(seconds);
}

function rpoOf(a: RecoveryAchievement, d: Disruption): number | undefined {
  if (d === 'zone') return a.rpoZoneSeconds;
  if (d === 'region') return a.rpoRegionSeconds;
  return a.rpoDataSeconds;
}

const RPO_FIX: Record<Disruption, string> = {
  zone: 'run it Multi-AZ (synchronous standby) so a zone loss loses nothing',
  region: 'replicate it to the recovery region (Aurora Global Database, a global table replica, S3 replication with RTC)',
  data: 'turn on point-in-time recovery or continuous backup (restore to any second of the last 35 days)',
};

function rpoVerdict(a: RecoveryAchievement, d: Disruption, objective: number): RecoveryVerdict {
  const achieved = rpoOf(a, d);
  const base = { resource: a.resource, disruption: d, measure: 'rpo' as const, objectiveSeconds: objective, achievedSeconds: achieved };
  const name = `${a.kind} ${a.resource}`;
  if (achieved === undefined) {
    return { ...base, met: false, message: `RPO ${h(objective)} for a ${d} disruption, but ${name} has no copy that survives it: ${RPO_FIX[d]}` };
  }
  if (d === 'region' && objective === 0 && !a.synchronous) {
    return { ...base, met: false, message: `RPO 0 for the region with asynchronous replication (${a.replication ?? 'copies'}) of ${name} is impossible: accept an RPO of at least ${h(achieved)}, or keep the data in one region with synchronous Multi-AZ and accept losing the region` };
  }
  if (achieved <= objective) return { ...base, met: true, message: `${name}: RPO ${h(achieved)} meets ${h(objective)} for a ${d} disruption` };
  const how = a.replication ? ` (${a.replication})` : '';
  return { ...base, met: false, message: `RPO ${h(objective)} for a ${d} disruption, but ${name} loses up to ${h(achieved)}${how}, ${h(achieved - objective)} too much: ${RPO_FIX[d]}` };
}

/** A recovery chain as one line: `detection 3.5 min + decision 5 min + ... = 16 min`. */
export function chainText(links: readonly RecoveryLink[]): string {
  const total = links.reduce((sum, l) => sum + l.seconds, 0);
  return `${links.map((l) => `${l.step} ${h(l.seconds)}`).join(' + ')} = ${h(total)}`;
}

function rtoOf(a: RecoveryAchievement, d: Disruption): number | undefined {
  if (d === 'zone') return a.rtoZoneSeconds;
  if (d === 'region') return a.rtoRegionSeconds;
  return a.rtoDataSeconds;
}

const RTO_AFTER: Record<Disruption, string> = {
  zone: 'to serve again after losing a zone',
  region: 'to serve from the recovery region',
  data: 'to serve correct data again after corruption or deletion',
};

/**
 * An achievement's RTO for a disruption, against the objective. A resource
 * that reports the chain its RTO is the sum of gets a verdict either way, so
 * the report shows the chain; one without is reported only when it misses.
 */
function rtoVerdict(a: RecoveryAchievement, d: Disruption, objective: number): RecoveryVerdict | undefined {
  const achieved = rtoOf(a, d);
  if (achieved === undefined) return undefined;
  const chain = d === 'region' && a.rtoRegionChain?.length ? a.rtoRegionChain : undefined;
  const met = achieved <= objective;
  if (met && !chain) return undefined;
  const base = { resource: a.resource, disruption: d, measure: 'rto' as const, objectiveSeconds: objective, achievedSeconds: achieved, met };
  const name = `${a.kind} ${a.resource}`;
  if (chain) {
    const text = chainText(chain);
    return {
      ...base,
      message: met
        ? `${d} RTO ${h(objective)}: ${name} recovers in about ${h(achieved)} (${text})`
        : `${d} RTO ${h(objective)}, but ${name} takes about ${h(achieved)} ${RTO_AFTER[d]} (${text}), ${h(achieved - objective)} too long: shorten the longest link, or relax the RTO`,
    };
  }
  return { ...base, message: `${d} RTO ${h(objective)}, but ${name} takes about ${h(achieved)} ${RTO_AFTER[d]}` };
}

/** What `checkRecovery` reads, checked (`null` objectives, an unknown strategy or achievement that is not one crashed or compared `undefined`). */
function checkRecoveryArguments(objectives: unknown, strategy: unknown, achievements: unknown): void {
  const fn = 'checkRecovery';
  checkObjectArgument(fn, 'objectives', objectives);
  for (const key of Object.keys(objectives)) {
    if (!(DISRUPTIONS as readonly string[]).includes(key)) throw new PropError(`objectives.${key}`, key, `is not a disruption: use ${DISRUPTIONS.join(', ')} (argument of ${fn})`);
    const o = objectives[key];
    if (o === undefined) continue;
    checkObjectArgument(fn, `objectives.${key}`, o);
    checkSecondsArgument(fn, `objectives.${key}.rtoSeconds`, o.rtoSeconds);
    checkSecondsArgument(fn, `objectives.${key}.rpoSeconds`, o.rpoSeconds);
  }
  checkOneOfArgument(fn, 'strategy', strategy, STRATEGIES);
  checkListArgument(fn, 'achievements', achievements);
  achievements.forEach((a, i) => checkAchievementArgument(fn, `achievements[${i}]`, a));
}

/** Compares objectives with a strategy and every resource's achievement. */
export function checkRecovery(
  objectives: Partial<Record<Disruption, Objective>>,
  strategy: RecoveryStrategy,
  achievements: readonly RecoveryAchievement[],
): RecoveryVerdict[] {
  checkRecoveryArguments(objectives, strategy, achievements);
  const out: RecoveryVerdict[] = [];
  const region = objectives.region;
  if (region) {
    const rto = STRATEGY_RTO[strategy].seconds;
    const met = rto <= region.rtoSeconds;
    const better = chooseStrategy(region.rtoSeconds);
    const fix = STRATEGY_RTO[better].seconds <= region.rtoSeconds ? `use ${better}` : `no strategy recovers a region that fast (active/active takes about ${h(STRATEGY_RTO['active-active'].seconds)}): relax the RTO`;
    out.push({
      resource: 'strategy',
      disruption: 'region',
      measure: 'rto',
      objectiveSeconds: region.rtoSeconds,
      achievedSeconds: rto,
      met,
      message: met
        ? `region RTO ${h(region.rtoSeconds)}: ${strategy} recovers in about ${h(rto)}`
        : `region RTO ${h(region.rtoSeconds)} with ${strategy} (about ${h(rto)}): ${fix}`,
    });
  }
  for (const d of DISRUPTIONS) {
    const o = objectives[d];
    if (!o) continue;
    for (const a of achievements) {
      const v = rtoVerdict(a, d, o.rtoSeconds);
      if (v) out.push(v);
    }
  }
  for (const d of DISRUPTIONS) {
    const o = objectives[d];
    if (!o) continue;
    for (const a of achievements) if (!a.stateless) out.push(rpoVerdict(a, d, o.rpoSeconds));
  }
  return out;
}
