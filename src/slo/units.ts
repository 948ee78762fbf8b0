/**
 * The one way the reports (`report`, `error-budget`, their Markdown and HTML)
 * write a duration: a number and a unit with no space, as Prometheus and the
 * SRE Workbook write windows (`52s`, `8.6m`, `36h`, `3d`). Hours go up to 48h
 * so that an objective written `48h` reads `48h`, not `2d`; longer spans read
 * in days. Alarm descriptions keep `humanDuration` (their text is pinned in
 * snapshots and read in the console, not side by side with windows).
 */
import { checkNumberArgument } from './arguments';
import { DAY, HOUR, MINUTE, parseDuration } from './duration';

/** Spans up to this many hours read in hours (`36h`, `48h`); longer ones in days (`3d`). */
export const REPORT_HOURS_UP_TO = 48;

function round(x: number, digits: number): string {
  const s = x.toFixed(digits);
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

/**
 * Formats seconds the reports' way: `0s`, `52s`, `8.6m`, `36h`, `48h`, `2.1d`,
 * `30d` (at most one decimal); Infinity reads `never`.
 */
export function reportDuration(seconds: number): string {
  if (seconds !== Infinity) checkNumberArgument('seconds', seconds, { min: 0 }, 'a number of seconds, 0 or more (Infinity reads "never")');
  if (!Number.isFinite(seconds)) return 'never';
  if (seconds < 1) return `${round(seconds, 1)}s`;
  // Each unit is used while the rounded value stays below the next one's start, so 59.97s reads 1m, not 60s.
  if (Math.round(seconds) < MINUTE) return `${Math.round(seconds)}s`;
  const minutes = round(seconds / MINUTE, 1);
  if (Number(minutes) < 60) return `${minutes}m`;
  const hours = round(seconds / HOUR, 1);
  if (Number(hours) <= REPORT_HOURS_UP_TO) return `${hours}h`;
  return `${round(seconds / DAY, 1)}d`;
}

/** A duration written as text (`48h`, `4w`, `1h30m`) in the reports' format; text that is not a duration is returned as is. */
export function reportDurationText(text: string): string {
  try {
    return reportDuration(parseDuration(text));
  } catch {
    return text;
  }
}
