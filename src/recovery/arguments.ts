/**
 * Argument checks of the DR model's exported functions, for callers in
 * JavaScript or YAML (issue 21: exported functions check their arguments like
 * a construct). No framework import, so not the prop specs: plain checks that
 * throw a {@link PropError} naming the argument (dotted into fields), the value
 * and what is allowed, with the function's name.
 */
import { PropError } from '../core/errors';

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Seconds: a finite number of at least 0. */
export function checkSecondsArgument(fn: string, prop: string, v: unknown, optional = false): void {
  if (optional && v === undefined) return;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new PropError(prop, v, `must be seconds, a number of at least 0 (got ${kind(v)}) (argument of ${fn})`);
}

/** A plain object (not null, not a list). */
export function checkObjectArgument(fn: string, prop: string, v: unknown): asserts v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PropError(prop, v, `must be an object (got ${kind(v)}) (argument of ${fn})`);
}

/** One of a set. */
export function checkOneOfArgument(fn: string, prop: string, v: unknown, allowed: readonly string[]): void {
  if (typeof v !== 'string' || !allowed.includes(v)) throw new PropError(prop, v, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')} (argument of ${fn})`);
}

/** A non-empty string. */
export function checkTextArgument(fn: string, prop: string, v: unknown): void {
  if (typeof v !== 'string' || v === '') throw new PropError(prop, v, `must be a non-empty string (got ${kind(v)}) (argument of ${fn})`);
}

/** A list. */
export function checkListArgument(fn: string, prop: string, v: unknown): asserts v is unknown[] {
  if (!Array.isArray(v)) throw new PropError(prop, v, `must be a list (got ${kind(v)}) (argument of ${fn})`);
}

const MEASURES = ['rpoZoneSeconds', 'rpoRegionSeconds', 'rpoDataSeconds', 'rtoZoneSeconds', 'rtoRegionSeconds', 'rtoDataSeconds'] as const;

/** A recovery achievement: resource and kind named, regions a list of strings, every figure seconds or absent. */
export function checkAchievementArgument(fn: string, prop: string, a: unknown): void {
  checkObjectArgument(fn, prop, a);
  checkTextArgument(fn, `${prop}.resource`, a.resource);
  checkTextArgument(fn, `${prop}.kind`, a.kind);
  checkListArgument(fn, `${prop}.regions`, a.regions);
  a.regions.forEach((r, i) => checkTextArgument(fn, `${prop}.regions[${i}]`, r));
  for (const m of MEASURES) checkSecondsArgument(fn, `${prop}.${m}`, a[m], true);
  if (a.retentionDays !== undefined) checkSecondsArgument(fn, `${prop}.retentionDays`, a.retentionDays);
  if (a.backupPlan !== undefined) checkTextArgument(fn, `${prop}.backupPlan`, a.backupPlan);
  if (a.sources !== undefined) checkListArgument(fn, `${prop}.sources`, a.sources);
}

/** Tags as Terraform JSON holds them: an object whose values are strings (absent keys are fine). */
export function checkTagMapArgument(fn: string, prop: string, tags: unknown): void {
  checkObjectArgument(fn, prop, tags);
  for (const [k, v] of Object.entries(tags)) {
    if (v !== undefined && typeof v !== 'string') throw new PropError(`${prop}.${k}`, v, `must be a string tag value (got ${kind(v)}) (argument of ${fn})`);
  }
}
