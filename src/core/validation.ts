import { IConstruct } from 'constructs';
import { InvalidPropError } from './errors';
import { isTokenFor, kindOf } from './prop-types';
import { didYouMean } from './spelling';

/**
 * Validators that throw {@link InvalidPropError}. Every one is token-aware:
 * a value that is an unresolved token is accepted unchecked, because its
 * real value is known only when Terraform applies the plan.
 */

export interface NumberRule {
  /** Smallest allowed value (inclusive). @default - no lower bound */
  readonly min?: number;
  /** Largest allowed value (inclusive). @default - no upper bound */
  readonly max?: number;
  /** Smallest allowed value (exclusive). @default - no lower bound */
  readonly greaterThan?: number;
  /** Largest allowed value (exclusive). @default - no upper bound */
  readonly lessThan?: number;
  /**
   * Whether only whole numbers are allowed. An integer without a `max` is still held to
   * {@link MAX_API_INTEGER}: the cloud APIs take 32-bit integers.
   * @default false
   */
  readonly integer?: boolean;
}

/** The largest integer the AWS and Kubernetes APIs take (a signed 32-bit integer). */
export const MAX_API_INTEGER = 2147483647;

/** Describes a {@link NumberRule} in words, e.g. "an integer from 2 to 6". */
export function describeNumberRule(rule: NumberRule): string {
  const kind = rule.integer ? 'an integer' : 'a number';
  const parts: string[] = [];
  if (rule.min !== undefined && rule.max !== undefined) parts.push(`from ${rule.min} to ${rule.max}`);
  else if (rule.min !== undefined) parts.push(`>= ${rule.min}`);
  else if (rule.max !== undefined) parts.push(`<= ${rule.max}`);
  if (rule.greaterThan !== undefined) parts.push(`> ${rule.greaterThan}`);
  if (rule.lessThan !== undefined) parts.push(`< ${rule.lessThan}`);
  return parts.length ? `${kind} ${parts.join(' and ')}` : kind;
}

/** Checks a number against a rule; `undefined` passes (the prop is optional). `what` says the rule in the prop's own words. */
export function checkNumber(scope: IConstruct, prop: string, value: number | undefined, rule: NumberRule, what?: string): void {
  if (value === undefined || isTokenFor(value, 'number')) return;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (!rule.integer || Number.isInteger(value)) &&
    (rule.min === undefined || value >= rule.min) &&
    (rule.max === undefined || value <= rule.max) &&
    (!rule.integer || rule.max !== undefined || value <= MAX_API_INTEGER) &&
    (rule.greaterThan === undefined || value > rule.greaterThan) &&
    (rule.lessThan === undefined || value < rule.lessThan);
  if (!ok) {
    const tooLarge = rule.integer && rule.max === undefined && typeof value === 'number' && value > MAX_API_INTEGER;
    throw new InvalidPropError(scope, prop, value, `must be ${what ?? describeNumberRule(rule)}${tooLarge ? ` and at most ${MAX_API_INTEGER} (the APIs take 32-bit integers)` : ''}`);
  }
}

/** ` (did you mean "Sum"?)` for a string close to one of `known`, else the empty string. */
export function didYouMeanHint(value: unknown, known: readonly unknown[]): string {
  if (typeof value !== 'string' || value === '') return '';
  const hint = didYouMean(value, known.filter((k): k is string => typeof k === 'string'));
  return hint === undefined || hint === value ? '' : ` (did you mean ${JSON.stringify(hint)}?)`;
}

/** Checks that a value is one of a fixed set; a near miss gets a did-you-mean (`"sum"`: did you mean "Sum"?). */
export function checkOneOf<T>(scope: IConstruct, prop: string, value: T | undefined, allowed: readonly T[]): void {
  if (value === undefined || isTokenFor(value, typeof allowed[0] === 'number' ? 'number' : 'string')) return;
  if (!allowed.includes(value)) {
    throw new InvalidPropError(scope, prop, value, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}${didYouMeanHint(value, allowed)}`);
  }
}

/**
 * Checks a string against a pattern; `what` says in words what the pattern
 * means. `known` are values to suggest when the string is close to one (a
 * vocabulary written as a pattern: CloudWatch's statistics).
 */
export function checkPattern(scope: IConstruct, prop: string, value: string | undefined, pattern: RegExp, what: string, known: readonly string[] = []): void {
  if (value === undefined || isTokenFor(value, 'string')) return;
  if (typeof value !== 'string' || !pattern.test(value)) throw new InvalidPropError(scope, prop, value, `must be ${what}${didYouMeanHint(value, known)}`);
}

/** Checks that a string is non-empty (after trimming) and at most `maxLength` long. */
export function checkNonEmpty(scope: IConstruct, prop: string, value: string | undefined, maxLength?: number): void {
  if (value === undefined || isTokenFor(value, 'string')) return;
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidPropError(scope, prop, value, 'must be a non-empty string');
  if (maxLength !== undefined && value.length > maxLength) {
    throw new InvalidPropError(scope, prop, value, `must be at most ${maxLength} characters (got ${value.length})`);
  }
}

/** Checks that a list has between `min` and `max` items; an unresolved list passes. */
export function checkCount(scope: IConstruct, prop: string, value: readonly unknown[] | undefined, min: number, max?: number): void {
  if (value === undefined || isTokenFor(value, 'list')) return;
  if (!Array.isArray(value)) throw new InvalidPropError(scope, prop, value, `must be a list (got ${kindOf(value)})`);
  const n = value.length;
  if (n < min || (max !== undefined && n > max)) {
    const range = max === undefined ? `at least ${min}` : min === max ? `exactly ${min}` : `${min} to ${max}`;
    throw new InvalidPropError(scope, prop, value, `must have ${range} item(s) (got ${n})`);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks an email address (shape only: local@domain.tld). */
export function checkEmail(scope: IConstruct, prop: string, value: string | undefined): void {
  checkPattern(scope, prop, value, EMAIL, 'an email address such as oncall@example.com');
}

/** Checks an absolute URL; `protocols` defaults to https only. */
export function checkUrl(scope: IConstruct, prop: string, value: string | undefined, protocols: readonly string[] = ['https:']): void {
  if (value === undefined || isTokenFor(value, 'string')) return;
  if (typeof value !== 'string') throw new InvalidPropError(scope, prop, value, `must be a URL string (got ${kindOf(value)})`);
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || !protocols.includes(url.protocol) || !url.hostname) {
    const list = protocols.map((p) => `${p}//`).join(' or ');
    throw new InvalidPropError(scope, prop, value, `must be an absolute ${list} URL`);
  }
}

/**
 * Checks an ARN, optionally of a given service (`sqs`, `lambda`, ...). The
 * account is 12 digits, `aws` (AWS managed resources) or empty (S3 buckets).
 */
export function checkArn(scope: IConstruct, prop: string, value: string | undefined, service?: string): void {
  const svc = service ? service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : '[a-z0-9-]+';
  checkPattern(scope, prop, value, new RegExp(`^arn:aws[a-z-]*:${svc}:[a-z0-9-]*:(\\d{12}|aws)?:.+$`), `an ARN${service ? ` of a ${service} resource` : ''} (arn:aws:${service ?? '<service>'}:<region>:<account>:...)`);
}
