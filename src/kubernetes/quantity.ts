import { Token } from 'cdktf';
import { PropError } from '../core/errors';
import { kindOf } from '../core/prop-types';
import { isUnresolved } from '../core/tokens';

/**
 * Resource quantities (`250m`, `512Mi`) and int-or-percent values (`1`,
 * `25%`), as Kubernetes fields take them. Quantities follow the forms of
 * k8s.io/apimachinery/pkg/api/resource (quantity.go: a decimal number with a
 * binary `Ki`..`Ei` or decimal `m`, `k`, `M`..`E` suffix); the exponent forms
 * (`1e3`) and the `n` and `u` suffixes are not accepted here.
 */
const QUANTITY = /^([0-9]+(?:\.[0-9]+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti|P|Pi|E|Ei)?$/;
/** A quantity above zero (requests, limits and autoscaler targets must be positive: the HPA's `validateMetricTarget`). */
export const POSITIVE_QUANTITY = /^(?=[0-9.]*[1-9])([0-9]+(?:\.[0-9]+)?)(m|k|Ki|M|Mi|G|Gi|T|Ti|P|Pi|E|Ei)?$/;
const FACTORS: Record<string, number> = {
  '': 1, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
};

/** Refuses a token where a value is read at synth: parsing the string that encodes it would compare the encoding. */
function checkKnownArgument(argument: string, value: unknown): void {
  if (isUnresolved(value)) throw new PropError(argument, value, 'must be known at synth, not a Terraform variable or reference: it is parsed to compare it');
}

/**
 * Parses a Kubernetes resource quantity (`250m`, `512Mi`, `1.5Gi`, `2`) into a number; undefined when it is not
 * one (or too large to compare). Throws a `PropError` for a token: its value is known only at apply.
 */
export function parseQuantity(value: string): number | undefined {
  checkKnownArgument('quantity', value);
  const m = typeof value === 'string' ? QUANTITY.exec(value) : null;
  const n = m ? Number(m[1]) * FACTORS[m[2] ?? ''] : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** Percentages (`25%`) or whole numbers, as Kubernetes int-or-string fields take them. */
export type IntOrPercent = number | string;

/** An int-or-percent: a whole number (also as digits in a string, as the provider parses them) or a percentage up to 100%. */
export const INT_OR_PERCENT_TEXT = /^(\d{1,9}|(100|[1-9]?\d)%)$/;

/** Parses `3` or `"25%"`; undefined when it is neither. Throws a `PropError` for a token. */
export function parseIntOrPercent(value: IntOrPercent): { value: number; percent: boolean } | undefined {
  checkKnownArgument('value', value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? { value, percent: false } : undefined;
  if (typeof value !== 'string' || !INT_OR_PERCENT_TEXT.test(value)) return undefined;
  return value.endsWith('%') ? { value: Number(value.slice(0, -1)), percent: true } : { value: Number(value), percent: false };
}

/**
 * A number or int-or-string as the string a Kubernetes field takes. A number
 * token becomes a string token (`String()` of it would be the number that
 * encodes it, not the Terraform expression); other tokens are carried as they are.
 */
export function intOrString(value: number | string): string {
  if (typeof value === 'number' && isUnresolved(value)) return Token.asString(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (isUnresolved(value)) return Token.asString(value);
  throw new PropError('value', value, `must be a number or a string (got ${kindOf(value)})`);
}
