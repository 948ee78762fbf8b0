/**
 * AWS Backup schedules as data: the six-field `cron(...)` expressions AWS
 * Backup takes, parsed far enough to know the longest gap between two runs
 * (the data a restore can lose), and the presets a team can read. Pure: no
 * cdktf import.
 */

/** A readable rule preset: its schedule (UTC unless a time zone is given) and retention. */
export interface BackupPreset {
  readonly schedule: string;
  readonly retentionDays: number;
}

/** Daily at 05:00, kept 35 days; weekly on Sunday at 05:00, kept 90 days; monthly on the 1st at 05:00, kept a year. */
export const BACKUP_PRESETS: Readonly<Record<'daily' | 'weekly' | 'monthly', BackupPreset>> = Object.freeze({
  daily: { schedule: 'cron(0 5 ? * * *)', retentionDays: 35 },
  weekly: { schedule: 'cron(0 5 ? * SUN *)', retentionDays: 90 },
  monthly: { schedule: 'cron(0 5 1 * ? *)', retentionDays: 365 },
});

/** The preset names. */
export type BackupPresetName = keyof typeof BACKUP_PRESETS;

/** AWS Backup runs a rule at most once an hour. */
export const MIN_BACKUP_INTERVAL_SECONDS = 3600;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
}

const FIELDS: readonly Field[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'year', min: 1970, max: 2199 },
];

/** Why a schedule cannot be used, or the parsed field values. */
export type ParsedSchedule = { readonly problem: string } | { readonly fields: readonly (readonly number[] | 'any')[] };

function value(field: Field, text: string): number {
  const i = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (i >= 0) return field.min + i;
  if (!/^\d+$/.test(text)) return NaN;
  return Number(text);
}

/** Values of one field, `any` for `*` or `?`; throws a message string on syntax it does not accept. */
function parseField(field: Field, text: string): readonly number[] | 'any' {
  if (text === '*' || text === '?') return 'any';
  if (/[LW#]/i.test(text.replace(/[A-Z]{3}/gi, (m) => (field.names?.includes(m.toUpperCase()) ? '' : m)))) {
    throw `the ${field.name} field "${text}" uses L, W or #, which this library cannot turn into an interval; use lists, ranges and steps`;
  }
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw `the ${field.name} field "${text}" has an invalid step`;
    let lo: number;
    let hi: number;
    if (range === '*') {
      lo = field.min;
      hi = field.max;
    } else if (range.includes('-')) {
      const [a, b] = range.split('-');
      lo = value(field, a);
      hi = value(field, b);
    } else {
      lo = value(field, range);
      hi = stepText === undefined ? lo : field.max;
    }
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || lo < field.min || hi > field.max || lo > hi) {
      throw `the ${field.name} field "${text}" must hold values from ${field.names ? `${field.names[0]}-${field.names[field.names.length - 1]} or ` : ''}${field.min} to ${field.max}`;
    }
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

/** Parses `cron(min hour day-of-month month day-of-week year)`. */
export function parseSchedule(expression: string): ParsedSchedule {
  const m = /^cron\((.*)\)$/.exec(expression.trim());
  if (!m) return { problem: 'must be a cron expression: cron(minutes hours day-of-month month day-of-week year), e.g. cron(0 5 ? * * *)' };
  const parts = m[1].trim().split(/\s+/);
  if (parts.length !== 6) return { problem: `must have 6 fields inside cron(...) (minutes hours day-of-month month day-of-week year); got ${parts.length}` };
  try {
    const fields = FIELDS.map((f, i) => parseField(f, parts[i]));
    if (fields[2] !== 'any' && fields[4] !== 'any') return { problem: 'must leave day-of-month or day-of-week as ? (AWS cron does not take both)' };
    if (fields[5] !== 'any') return { problem: 'must have * as its year: a schedule limited to some years stops backing up' };
    return { fields };
  } catch (e) {
    return { problem: String(e) };
  }
}

/**
 * The longest time between two consecutive runs of a schedule, in seconds,
 * found by walking two years of run times (leap years and short months
 * included). `undefined` with a problem when the schedule is not usable.
 */
export function scheduleInterval(expression: string): { readonly seconds?: number; readonly problem?: string } {
  const parsed = parseSchedule(expression);
  if ('problem' in parsed) return { problem: parsed.problem };
  const [minutes, hours, dom, month, dow] = parsed.fields;
  const inSet = (set: readonly number[] | 'any', v: number): boolean => set === 'any' || set.includes(v);
  if (minutes === 'any' || minutes.length > 1) return { problem: 'runs more than once an hour (give a single minute); AWS Backup runs a rule at most once an hour' };
  const mins = minutes;
  const hrs = hours === 'any' ? Array.from({ length: 24 }, (_, i) => i) : hours;
  const runs: number[] = [];
  const start = Date.UTC(2027, 0, 1);
  for (let day = 0; day < 366 * 3; day++) {
    const d = new Date(start + day * 86400_000);
    if (!inSet(month, d.getUTCMonth() + 1) || !inSet(dom, d.getUTCDate()) || !inSet(dow, d.getUTCDay() + 1)) continue;
    for (const h of hrs) for (const mi of mins) runs.push(d.getTime() / 1000 + h * 3600 + mi * 60);
  }
  if (runs.length < 2) return { problem: 'never runs twice in three years' };
  let longest = 0;
  let shortest = Infinity;
  for (let i = 1; i < runs.length; i++) {
    longest = Math.max(longest, runs[i] - runs[i - 1]);
    shortest = Math.min(shortest, runs[i] - runs[i - 1]);
  }
  if (shortest < MIN_BACKUP_INTERVAL_SECONDS) return { problem: `runs ${shortest / 60} minutes apart; AWS Backup runs a rule at most once an hour` };
  return { seconds: longest };
}
