// The provider's nullable integers (`nullable.TypeNullableInt`, a Terraform
// string) are checked by `nullable.ValidateTypeStringNullableIntBetween(min,
// max)` and `...IntAtLeast(min)`: the empty string is accepted (null), anything
// else must parse with Go's strconv.ParseInt(value, 10, 64) (an optional sign,
// decimal digits, leading zeros allowed) and lie within the bounds. The tables
// check strings with patterns, so the bounds become one (a decimal past the
// int64 range, which ParseInt refuses, is not told apart).

/** Alternatives matching the decimals from `a` to `b`, strings of the same length, a <= b. */
function sameLength(a, b) {
  if (a === b) return a;
  if (a.length === 1) return `[${a}-${b}]`;
  const rest = a.length - 1;
  const span = (x, y) => (x === y ? x : `[${x}-${y}]`);
  if (/^0*$/.test(a.slice(1)) && /^9*$/.test(b.slice(1))) return `${span(a[0], b[0])}[0-9]{${rest}}`;
  if (a[0] === b[0]) return `${a[0]}(?:${sameLength(a.slice(1), b.slice(1))})`;
  const parts = [`${a[0]}(?:${sameLength(a.slice(1), '9'.repeat(rest))})`];
  const [low, high] = [Number(a[0]) + 1, Number(b[0]) - 1];
  if (low <= high) parts.push(`${span(String(low), String(high))}[0-9]{${rest}}`);
  parts.push(`${b[0]}(?:${sameLength('0'.repeat(rest), b.slice(1))})`);
  return parts.join('|');
}

/** The decimals (no leading zeros) from `min` to `max` (no maximum when undefined), min >= 0. */
function decimals(min, max) {
  const digits = String(min).length;
  const out = [];
  for (let len = digits; len <= (max === undefined ? digits : String(max).length); len++) {
    const a = Math.max(min, len === 1 ? 0 : 10 ** (len - 1));
    const b = max === undefined ? 10 ** len - 1 : Math.min(max, 10 ** len - 1);
    if (a <= b) out.push(sameLength(String(a), String(b)));
  }
  if (max === undefined) out.push(`[1-9][0-9]{${digits},}`);
  return out.join('|');
}

/**
 * An anchored pattern (RE2 and JavaScript) accepting exactly the strings the
 * nullable integer validators accept, or undefined for bounds it does not
 * build (a negative or fractional minimum, a maximum below the minimum).
 */
export function nullableIntPattern(min, max) {
  if (!Number.isSafeInteger(min) || min < 0 || (max !== undefined && (!Number.isSafeInteger(max) || max < min))) return undefined;
  const zero = min === 0 ? '|-0+' : ''; // ParseInt("-0") is 0
  return `^(?:|\\+?0*(?:${decimals(min, max)})${zero})$`;
}
