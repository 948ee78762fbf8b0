import { Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../core/errors';
import { isUnresolved } from '../core/tokens';
import { kindOf } from '../core/prop-types';

const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti|P|Pi|E|Ei)?$/;
const FACTORS: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** Parses a Kubernetes resource quantity (`250m`, `512Mi`, `1.5Gi`, `2`) into a number; undefined when it is not one. */
export function parseQuantity(value: string): number | undefined {
  const m = typeof value === 'string' ? QUANTITY.exec(value) : null;
  return m ? Number(m[1]) * FACTORS[m[2] ?? ''] : undefined;
}

/** Checks a resource quantity (token-aware); `why` makes a missing one an error saying why it is required. */
export function checkQuantity(scope: IConstruct, prop: string, value: string | undefined, why?: string): void {
  if (value === undefined || value === null) {
    if (why) throw new InvalidPropError(scope, prop, value, `is required: ${why}`);
    if (value === null) throw new InvalidPropError(scope, prop, value, 'must be a Kubernetes quantity string or left out (got null)');
    return;
  }
  if (typeof value === 'string' && isUnresolved(value)) return;
  const n = parseQuantity(value);
  if (n === undefined || n <= 0 || !Number.isFinite(n)) {
    const got = typeof value === 'string' ? '' : ` (got ${kindOf(value)})`;
    throw new InvalidPropError(scope, prop, value, `must be a positive Kubernetes quantity string such as "250m", "0.5", "512Mi" or "1Gi"${got}`);
  }
}

/** Percentages (`25%`) or whole numbers, as Kubernetes int-or-string fields take them. */
export type IntOrPercent = number | string;

/** Parses `3` or `"25%"`; undefined when it is neither. */
export function parseIntOrPercent(value: IntOrPercent): { value: number; percent: boolean } | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? { value, percent: false } : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+)%$/.exec(value);
  if (m && Number(m[1]) <= 100) return { value: Number(m[1]), percent: true };
  if (/^\d{1,9}$/.test(value)) return { value: Number(value), percent: false };
  return undefined;
}

/**
 * A number or int-or-string as the string a Kubernetes field takes. A number
 * token becomes a string token (`String()` of it would be the number that
 * encodes it, not the Terraform expression).
 */
export function intOrString(value: number | string): string {
  return typeof value === 'number' && isUnresolved(value) ? Token.asString(value) : String(value);
}
