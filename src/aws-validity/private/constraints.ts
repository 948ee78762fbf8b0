/** One constraint against one literal value: the words of what is allowed when it fails. */
import type { Constraint, StringFormat } from '../types';
import { isOpaque, isPlainObject, OpaqueTest } from './values';

// By flags, then pattern: keyed by the tables' own strings, whose hashes V8 keeps, rather than by a string built per
// call (hashing a new `${flags}/${pattern}` of a long pattern on each of the bench's 50,000 resources showed in profiles).
const compiled = new Map<string, Map<string, RegExp | null>>();

/** The RegExp of a pattern constraint, compiled once; null when this runtime cannot compile it. */
export function regexOf(pattern: string, flags: string): RegExp | null {
  let byPattern = compiled.get(flags);
  if (byPattern === undefined) compiled.set(flags, (byPattern = new Map()));
  let re = byPattern.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, flags);
    } catch {
      re = null;
    }
    byPattern.set(pattern, re);
  }
  return re;
}

/**
 * The number of Unicode code points of a string, as `[...value].length` counts them (a lone surrogate is one), without
 * the array: asked for string values of 50,000 bodies.
 */
export function characterCount(value: string): number {
  let n = value.length;
  for (let i = 0; i < value.length - 1; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** The length of a string in UTF-8, as `new TextEncoder().encode(value).length` (a lone surrogate becomes U+FFFD, 3 bytes), without the buffer. */
export function utf8Length(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function lengthOf(value: string, unit: 'characters' | 'bytes'): number {
  return unit === 'bytes' ? utf8Length(value) : characterCount(value);
}

function bounds(min: number | undefined, max: number | undefined, what: string): string {
  if (min !== undefined && max !== undefined) return min === max ? `exactly ${min} ${what}` : `${min} to ${max} ${what}`;
  if (min !== undefined) return `at least ${min} ${what}`;
  return `at most ${max} ${what}`;
}

function outside(n: number, min: number | undefined, max: number | undefined): boolean {
  return (min !== undefined && n < min) || (max !== undefined && n > max);
}

const ARN_SHAPE = /^arn:aws(-[a-z]+)*:[a-z0-9-]+:([a-z]{2}(-[a-z]+)+-\d)?:(\d{12}|aws)?:.+$/;
const IPV4_CIDR = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;
const IPV6_CIDR = /^[0-9a-fA-F:]+\/(\d{1,3})$/;

function ipv4NetworkCidr(value: string): boolean {
  const m = IPV4_CIDR.exec(value);
  if (!m) return false;
  const prefix = Number(m[5]);
  if (prefix > 32) return false;
  // The address as a number, octet by octet (no arrays: asked for CIDR values of 50,000 bodies).
  let address = 0;
  for (let i = 1; i <= 4; i++) {
    const octet = Number(m[i]);
    if (octet > 255) return false;
    address = address * 256 + octet;
  }
  const hostBits = 2 ** (32 - prefix);
  return address % hostBits === 0;
}

const FORMATS: Record<StringFormat, { test: (v: string) => boolean; words: string }> = {
  arn: { test: (v) => ARN_SHAPE.test(v), words: 'an ARN (arn:partition:service:region:account-id:resource)' },
  json: {
    test: (v) => {
      try {
        JSON.parse(v);
        return true;
      } catch {
        return false;
      }
    },
    words: 'a JSON document',
  },
  cidr: {
    test: (v) => ipv4NetworkCidr(v) || (IPV6_CIDR.test(v) && Number(v.split('/')[1]) <= 128),
    words: 'a CIDR network address (host bits zero), e.g. 10.0.0.0/16',
  },
};

/** The number of items of a list, set, map, or a block written as one object. */
function itemCount(value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (isPlainObject(value)) return 1;
  return undefined;
}

/**
 * What `constraint` allows, in words, when `value` breaks it; undefined when it
 * holds or does not apply (an expression, UNKNOWN, or not a literal of the
 * checked type).
 */
export function breach(constraint: Constraint, value: unknown, opaque: OpaqueTest = isOpaque): string | undefined {
  if (opaque(value)) return undefined;
  switch (constraint.kind) {
    case 'enum': {
      if (typeof value !== typeof (constraint.values[0] ?? '')) return undefined; // a string enum checks strings, an intEnum numbers
      const ok = constraint.ignoreCase && typeof value === 'string'
        ? constraint.values.some((v) => String(v).toLowerCase() === value.toLowerCase())
        : constraint.values.includes(value as string | number) || (constraint.multipleOf !== undefined && typeof value === 'number' && value % constraint.multipleOf === 0);
      const multiple = constraint.multipleOf !== undefined ? `, or a multiple of ${constraint.multipleOf}` : '';
      return ok ? undefined : `one of ${constraint.values.map((v) => JSON.stringify(v)).join(', ')}${multiple}${constraint.ignoreCase ? ' (any letter case)' : ''}`;
    }
    case 'pattern': {
      if (typeof value !== 'string') return undefined;
      const re = regexOf(constraint.pattern, constraint.flags);
      if (re === null) return undefined;
      if (constraint.negated) return re.test(value) ? `a string not matching /${constraint.original ?? constraint.pattern}/` : undefined;
      return re.test(value) ? undefined : (constraint.words ?? `a string matching /${constraint.original ?? constraint.pattern}/`);
    }
    case 'length': {
      if (typeof value !== 'string') return undefined;
      return outside(lengthOf(value, constraint.unit), constraint.min, constraint.max) ? bounds(constraint.min, constraint.max, constraint.unit === 'bytes' ? 'bytes (UTF-8)' : 'characters') : undefined;
    }
    case 'range': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      return outside(value, constraint.min, constraint.max) ? `a number from ${constraint.min ?? '-infinity'} to ${constraint.max ?? 'infinity'}` : undefined;
    }
    case 'items': {
      const n = itemCount(value);
      return n !== undefined && outside(n, constraint.min, constraint.max) ? bounds(constraint.min, constraint.max, 'items') : undefined;
    }
    case 'format': {
      if (typeof value !== 'string') return undefined;
      const f = FORMATS[constraint.format];
      return f.test(value) ? undefined : f.words;
    }
  }
}

/**
 * {@link breach} compiled for one constraint: whether a value that is not opaque ({@link isOpaque}) breaks it, the
 * same verdict as `breach(constraint, value) !== undefined` without building the words. The evaluator asks it of every
 * literal of 50,000 bodies, where reading the constraint's fields on each call (constraints of many shapes) and
 * looking its RegExp up by pattern showed in profiles; the words are built by {@link breach} on a breach only.
 * test/aws-validity/compiled.test.ts holds the two to the same verdicts over every constraint of the tables.
 */
export function breachTest(constraint: Constraint): (value: unknown) => boolean {
  switch (constraint.kind) {
    case 'enum': {
      const kind = typeof (constraint.values[0] ?? '');
      const multipleOf = constraint.multipleOf;
      if (constraint.ignoreCase) {
        const lower = new Set(constraint.values.map((v) => String(v).toLowerCase()));
        const values = new Set<unknown>(constraint.values);
        return (value) => typeof value === kind && (typeof value === 'string' ? !lower.has(value.toLowerCase()) : !(values.has(value) || (multipleOf !== undefined && typeof value === 'number' && value % multipleOf === 0)));
      }
      // A Set holds as `includes` compares (SameValueZero).
      const values = new Set<unknown>(constraint.values);
      return (value) => typeof value === kind && !(values.has(value) || (multipleOf !== undefined && typeof value === 'number' && value % multipleOf === 0));
    }
    case 'pattern': {
      const re = regexOf(constraint.pattern, constraint.flags);
      if (re === null) return () => false;
      const negated = constraint.negated === true;
      return (value) => typeof value === 'string' && re.test(value) === negated;
    }
    case 'length': {
      const { min, max, unit } = constraint;
      return (value) => typeof value === 'string' && outside(lengthOf(value, unit), min, max);
    }
    case 'range': {
      const { min, max } = constraint;
      return (value) => typeof value === 'number' && Number.isFinite(value) && outside(value, min, max);
    }
    case 'items': {
      const { min, max } = constraint;
      return (value) => {
        const n = itemCount(value);
        return n !== undefined && outside(n, min, max);
      };
    }
    case 'format': {
      const f = FORMATS[constraint.format];
      return (value) => typeof value === 'string' && !f.test(value);
    }
  }
}
