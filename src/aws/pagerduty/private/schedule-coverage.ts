/**
 * Which hours of the week an on-call schedule covers, computed from its
 * layers the way PagerDuty builds the final schedule: a layer puts someone
 * on call for the whole of every rotation turn from its `start` on (the
 * turn length decides who, not whether: `users` has at least one entry, so
 * every turn has someone), unless restrictions limit it to their windows;
 * the final schedule is the union of the layers. Restrictions are read in
 * the schedule's own time zone, as PagerDuty reads them, so the week here is
 * the schedule's local week (Monday 00:00 = 0). Pure: no framework import.
 *
 * Sources: PagerDuty provider docs, `pagerduty_schedule` (layer `start`,
 * `end`, `rotation_turn_length_seconds`, `restriction` with
 * `daily_restriction` / `weekly_restriction`, `start_day_of_week` 1 = Monday
 * to 7 = Sunday) and its validators in resource_pagerduty_schedule.go.
 */

export const DAY_SECONDS = 86_400;
export const WEEK_SECONDS = 7 * DAY_SECONDS;
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** A restriction as PagerDuty takes it. */
export interface CoverageRestriction {
  readonly type: 'daily_restriction' | 'weekly_restriction';
  /** `HH:mm:ss` in the schedule's time zone. */
  readonly startTimeOfDay: string;
  readonly durationSeconds: number;
  /** 1 (Monday) to 7 (Sunday); weekly restrictions only. */
  readonly startDayOfWeek?: number;
}

/** A layer as the coverage needs it. */
export interface CoverageLayer {
  readonly name: string;
  /** RFC 3339 start of the layer. */
  readonly start: string;
  /** RFC 3339 end of the layer. @default - the layer does not end */
  readonly end?: string;
  readonly rotationTurnLengthSeconds: number;
  readonly restrictions?: readonly CoverageRestriction[];
}

/** A half-open span of the week, in seconds from Monday 00:00: [from, to). */
export interface WeekSpan {
  readonly from: number;
  readonly to: number;
}

/** What a schedule leaves uncovered. */
export interface CoverageGap {
  /** When the gap applies: `always`, `from <start>` (before a later layer starts) or `after <end>`. */
  readonly when: string;
  readonly spans: readonly WeekSpan[];
}

/** Seconds after midnight of an `HH:mm:ss` time of day. */
export function secondsOfDay(time: string): number {
  const m = /^([01]\d|2[0-3]):([0-5]\d):([0-5]\d)$/.exec(time);
  if (!m) throw new Error(`"${time}" is not an HH:mm:ss time of day`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** The spans of the week one restriction allows (split where they wrap past Sunday midnight). */
export function restrictionSpans(r: CoverageRestriction): WeekSpan[] {
  const at = secondsOfDay(r.startTimeOfDay);
  const starts = r.type === 'daily_restriction' ? DAYS.map((_, d) => d * DAY_SECONDS + at) : [((r.startDayOfWeek ?? 1) - 1) * DAY_SECONDS + at];
  return starts.flatMap((from) => {
    const to = from + r.durationSeconds;
    return to <= WEEK_SECONDS ? [{ from, to }] : [{ from, to: WEEK_SECONDS }, { from: 0, to: to - WEEK_SECONDS }];
  });
}

/** The spans of the week a layer covers once it has started. */
export function layerSpans(layer: CoverageLayer): WeekSpan[] {
  if (!layer.restrictions || layer.restrictions.length === 0) return [{ from: 0, to: WEEK_SECONDS }];
  return merge(layer.restrictions.flatMap(restrictionSpans));
}

/** Sorted, non-overlapping spans covering the same time. */
export function merge(spans: readonly WeekSpan[]): WeekSpan[] {
  const sorted = spans.filter((s) => s.to > s.from).sort((a, b) => a.from - b.from);
  const out: WeekSpan[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= last.to) out[out.length - 1] = { from: last.from, to: Math.max(last.to, s.to) };
    else out.push({ ...s });
  }
  return out;
}

/** The parts of the week no span covers. */
export function uncovered(spans: readonly WeekSpan[]): WeekSpan[] {
  const gaps: WeekSpan[] = [];
  let at = 0;
  for (const s of merge(spans)) {
    if (s.from > at) gaps.push({ from: at, to: s.from });
    at = Math.max(at, s.to);
  }
  if (at < WEEK_SECONDS) gaps.push({ from: at, to: WEEK_SECONDS });
  return gaps;
}

/**
 * The gaps of a schedule: of the layers that never end (the steady state),
 * of the layers running before the last one starts (a layer starting later
 * leaves its hours open until then), and after a layer ends.
 */
export function scheduleGaps(layers: readonly CoverageLayer[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  const time = (s: string): number => Date.parse(s);
  const starts = [...new Set(layers.map((l) => l.start))].sort((a, b) => time(a) - time(b));
  const lasting = layers.filter((l) => l.end === undefined);
  const steady = uncovered(lasting.flatMap(layerSpans));
  if (steady.length) gaps.push({ when: lasting.length === layers.length ? 'always' : `after ${layers.filter((l) => l.end !== undefined).map((l) => l.end).join(', ')}`, spans: steady });
  for (const start of starts.slice(0, -1)) {
    const running = layers.filter((l) => time(l.start) <= time(start) && (l.end === undefined || time(l.end) > time(start)));
    const open = uncovered(running.flatMap(layerSpans));
    if (open.length && !sameSpans(open, steady)) gaps.push({ when: `from ${start} until the next layer starts`, spans: open });
  }
  return gaps;
}

function sameSpans(a: readonly WeekSpan[], b: readonly WeekSpan[]): boolean {
  return a.length === b.length && a.every((s, i) => s.from === b[i].from && s.to === b[i].to);
}

/** `Mon 18:00` for a second of the week. */
export function weekTime(second: number): string {
  const s = second % WEEK_SECONDS;
  const day = DAYS[Math.floor(s / DAY_SECONDS)];
  const rest = s % DAY_SECONDS;
  const hh = String(Math.floor(rest / 3600)).padStart(2, '0');
  const mm = String(Math.floor((rest % 3600) / 60)).padStart(2, '0');
  const ss = rest % 60;
  return `${day} ${hh}:${mm}${ss ? `:${String(ss).padStart(2, '0')}` : ''}`;
}

/** `Mon 18:00-Tue 08:00, Sat 00:00-Mon 00:00` */
export function describeSpans(spans: readonly WeekSpan[]): string {
  return spans.map((s) => `${weekTime(s.from)}-${s.to === WEEK_SECONDS ? 'Mon 00:00' : weekTime(s.to)}`).join(', ');
}
