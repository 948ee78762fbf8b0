import { IConstruct } from 'constructs';
import { InvalidPropError, isUnresolved } from '../core/errors';

const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti|P|Pi|E|Ei)?$/;
const FACTORS: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** Parses a Kubernetes resource quantity (`250m`, `512Mi`, `1.5Gi`, `2`) into a number; undefined when it is not one. */
export function parseQuantity(value: string): number | undefined {
  const m = QUANTITY.exec(value);
  return m ? Number(m[1]) * FACTORS[m[2] ?? ''] : undefined;
}

/** Checks a resource quantity (token-aware); `required` makes a missing one an error saying why. */
export function checkQuantity(scope: IConstruct, prop: string, value: string | undefined, why?: string): void {
  if (value === undefined) {
    if (why) throw new InvalidPropError(scope, prop, value, `is required: ${why}`);
    return;
  }
  if (isUnresolved(value)) return;
  const n = typeof value === 'string' ? parseQuantity(value) : undefined;
  if (n === undefined || n <= 0) {
    throw new InvalidPropError(scope, prop, value, 'must be a positive Kubernetes quantity such as "250m", "0.5", "512Mi" or "1Gi"');
  }
}

/** Percentages (`25%`) or whole numbers, as Kubernetes int-or-string fields take them. */
export type IntOrPercent = number | string;

/** Parses `3` or `"25%"`; undefined when it is neither. */
export function parseIntOrPercent(value: IntOrPercent): { value: number; percent: boolean } | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? { value, percent: false } : undefined;
  const m = /^(\d+)%$/.exec(String(value));
  if (m && Number(m[1]) <= 100) return { value: Number(m[1]), percent: true };
  if (/^\d+$/.test(String(value))) return { value: Number(value), percent: false };
  return undefined;
}
