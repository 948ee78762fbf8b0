/**
 * Velero's schedule and TTL syntax: cron expressions as robfig/cron parses
 * them (Velero's schedule controller) and Go durations (metav1.Duration,
 * time.ParseDuration). Pure functions: no cdktf import.
 */

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
/** Cron fields: name, range and the names a field accepts (months from 1, days of the week from 0). */
const FIELDS: ReadonlyArray<{ name: string; min: number; max: number; names?: readonly string[]; first?: number }> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, first: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAYS, first: 0 },
];
/** Longest month lengths, February with its 29th (leap years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** Go durations (time.ParseDuration) as the library writes them: whole or decimal numbers with a unit each. */
export const GO_DURATION = /^(\d+(\.\d+)?(h|m|s|ms|us|µs|ns))+$/;

/** The values one cron field matches, or why it is not a field (robfig/cron syntax, as Velero parses it). */
function expandField(text: string, i: number): Set<number> | string {
  const { name, min, max, names, first = 0 } = FIELDS[i];
  const values = new Set<number>();
  const value = (v: string): number | undefined => {
    if (/^\d+$/.test(v)) return Number(v);
    const at = names?.indexOf(v.toUpperCase()) ?? -1;
    return at >= 0 ? at + first : undefined;
  };
  for (const item of text.split(',')) {
    const m = /^(\*|\?|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/(\d+))?$/.exec(item);
    if (!m) return `has an invalid ${name} field "${text}"`;
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step === 0) return `has a zero step in the ${name} field`;
    let lo = min;
    let hi = max;
    if (m[1] !== '*' && m[1] !== '?') {
      const bounds = m[1].split('-').map(value);
      for (const [k, b] of bounds.entries()) {
        if (b === undefined || b < min || b > max) return `has ${name} "${m[1].split('-')[k]}" out of range ${min}-${max}`;
      }
      lo = bounds[0]!;
      hi = bounds.length === 2 ? bounds[1]! : m[2] === undefined ? lo : max;
      if (lo > hi) return `has a ${name} range "${m[1]}" that ends before it starts`;
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return values;
}

/** Why a cron expression is not one Velero accepts, or never fires; undefined when it is fine. */
export function cronProblem(expr: string): string | undefined {
  if (typeof expr !== 'string') return 'is not a string';
  const text = expr.trim();
  if (text.startsWith('@')) {
    if (DESCRIPTORS.includes(text)) return undefined;
    const every = /^@every\s+(\S+)$/.exec(text);
    if (every && GO_DURATION.test(every[1]) && goDurationSeconds(every[1]) >= 1) return undefined;
    return `unknown descriptor (use ${DESCRIPTORS.join(', ')} or "@every <duration>" of at least 1s)`;
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) return `has ${parts.length} fields; expected 5 (minute hour day-of-month month day-of-week)`;
  const fields: Array<Set<number>> = [];
  for (let i = 0; i < 5; i++) {
    const values = expandField(parts[i], i);
    if (typeof values === 'string') return values;
    fields.push(values);
  }
  // With a day of week of * or ?, only the day of month decides (otherwise either may match).
  const weekdayFree = parts[4] === '*' || parts[4] === '?';
  const days = [...fields[2]];
  const months = [...fields[3]];
  if (weekdayFree && !months.some((m) => days.some((d) => d <= MONTH_DAYS[m - 1]))) {
    return `never fires: day of month ${parts[2]} does not occur in month ${parts[3]}`;
  }
  return undefined;
}

/** Seconds in a Go duration such as `720h0m0s` (NaN when it is not one). */
export function goDurationSeconds(text: string): number {
  if (typeof text !== 'string' || !GO_DURATION.test(text)) return NaN;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, 'µs': 1e-6, ns: 1e-9 };
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) total += Number(m[1]) * unit[m[2]];
  return total;
}

