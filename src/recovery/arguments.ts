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
