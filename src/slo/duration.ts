import { SloDefinitionError } from '../core/errors';
import { checkNumberArgument, checkStringArgument } from './arguments';

/** Seconds in a minute, hour and day. */
export const MINUTE = 60;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const UNITS: ReadonlyArray<[string, number]> = [
  ['w', 7 * DAY],
  ['d', DAY],
  ['h', HOUR],
  ['m', MINUTE],
  ['s', 1],
];

/** A duration as {@link parseDuration} reads it: whole numbers of weeks, days, hours, minutes and seconds (`1h30m`). */
export const DURATION_PATTERN = /^\s*(\d+[wdhms])+\s*$/;

/**
 * Parses a Prometheus-style duration (`5m`, `1h`, `3d`, `1h30m`) into seconds.
 * Numbers are taken as seconds already.
 */
export function parseDuration(value: string | number, prop = 'duration'): number {
  checkStringArgument('prop', prop, 'the prop the duration was given in, for errors');
  if (typeof value !== 'number' && typeof value !== 'string') throw new SloDefinitionError(prop, value, 'must be a duration such as "5m", "1h", "3d" or "1h30m", or a number of seconds');
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) throw new SloDefinitionError(prop, value, 'must be a positive number of seconds');
    return value;
  }
  const text = String(value).trim();
  const re = /(\d+)(w|d|h|m|s)/gy;
  let total = 0;
  let consumed = 0;
  let match: RegExpExecArray | null;
  while ((match = re.exec(text)) !== null) {
    total += Number(match[1]) * UNITS.find(([u]) => u === match![2])![1];
    consumed = re.lastIndex;
  }
  if (text === '' || consumed !== text.length || total <= 0) {
    throw new SloDefinitionError(prop, value, 'must be a positive duration such as "5m", "1h", "3d" or "1h30m"');
  }
  return total;
}

/**
 * Formats seconds as the shortest Prometheus duration (`300` -> `5m`,
 * `86400` -> `1d`, `5400` -> `1h30m`). Weeks are not used, so windows read
 * as the SRE Workbook writes them (`3d`, `30d`).
 */
export function formatDuration(seconds: number): string {
  if (typeof seconds !== 'number' || Number.isNaN(seconds)) throw new SloDefinitionError('seconds', seconds, 'must be a number of seconds');
  if (!Number.isFinite(seconds) || seconds <= 0) return String(seconds);
  let rest = Math.round(seconds);
  let out = '';
  for (const [unit, size] of UNITS) {
    if (unit === 'w') continue;
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out || '0s';
}

/** Formats seconds for people: `52s`, `8.6 min`, `3.6 h`, `1.5 d`; Infinity is `never`. */
export function humanDuration(seconds: number): string {
  if (seconds !== Infinity) checkNumberArgument('seconds', seconds, { min: 0 }, 'a number of seconds, 0 or more (Infinity reads "never")');
  if (!Number.isFinite(seconds)) return 'never';
  if (seconds < MINUTE) return `${round(seconds, 0)}s`;
  if (seconds < HOUR) return `${round(seconds / MINUTE, 1)} min`;
  if (seconds < 2 * DAY) return `${round(seconds / HOUR, 1)} h`;
  return `${round(seconds / DAY, 1)} d`;
}

function round(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}
