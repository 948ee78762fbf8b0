/**
 * When a drill runs by itself: a weekly start time inside a window (business
 * hours by default), turned into an EventBridge Scheduler cron expression.
 * Pure functions; problems come back as sentences for `InvalidPropError`.
 */
import { spec } from '../../core/prop-spec';

/** Days of the week as EventBridge Scheduler cron writes them. */
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** When drills may run: days and a daily time range, in the schedule's time zone. */
export interface DrillWindow {
  /**
   * Days drills may run on.
   * @default ['MON', 'TUE', 'WED', 'THU', 'FRI']
   */
  readonly days?: readonly Weekday[];
  /**
   * Earliest start, `HH:MM` (24-hour).
   * @default '09:00'
   */
  readonly start?: string;
  /**
   * Time by which the drill (its longest action) must be over, `HH:MM`.
   * @default '17:00'
   */
  readonly end?: string;
}

/** A weekly schedule for a drill (an EventBridge Scheduler schedule for ChaosDrill, a Chaos Mesh Schedule for ChaosMeshDrill). */
export interface DrillSchedule {
  /** Days the drill starts on, e.g. `['TUE']`; each must be in the window. */
  readonly days: readonly Weekday[];
  /** Start time, `HH:MM` (24-hour), in `timeZone`; the drill must end inside the window. */
  readonly startTime: string;
  /**
   * IANA time zone of `startTime` and the window, e.g. `Europe/Dublin`.
   * @default 'Etc/UTC'
   */
  readonly timeZone?: string;
  /**
   * Whether the schedule runs. Off by default: create the drill, run it by
   * hand until it is boring, then turn the schedule on.
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * The window the drill must start and end in.
   * @default - business hours: Monday to Friday, 09:00 to 17:00
   */
  readonly window?: DrillWindow;
}

export const DEFAULT_WINDOW: Required<DrillWindow> = { days: ['MON', 'TUE', 'WED', 'THU', 'FRI'], start: '09:00', end: '17:00' };

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight of an `HH:MM` time, or undefined when malformed. */
export function minutesOf(time: string): number | undefined {
  const m = typeof time === 'string' ? TIME.exec(time) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/** True for a time zone the runtime knows (IANA names such as `Europe/Dublin`, `Etc/UTC`). */
export function isTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A problem with a schedule, as the prop and what is wrong; undefined when it is valid. */
export interface ScheduleProblem {
  readonly prop: string;
  readonly value: unknown;
  readonly allowed: string;
}

/** Checks a schedule against its window for a drill lasting `durationMinutes`. */
export function scheduleProblem(s: DrillSchedule, durationMinutes: number): ScheduleProblem | undefined {
  const w = { ...DEFAULT_WINDOW, ...(s.window ?? {}) };
  const days = (list: unknown, prop: string): ScheduleProblem | undefined => {
    if (!Array.isArray(list) || list.length === 0) return { prop, value: list, allowed: `must be a non-empty list of ${WEEKDAYS.join(', ')}` };
    const bad = list.find((d) => !WEEKDAYS.includes(d as Weekday));
    if (bad !== undefined) return { prop, value: bad, allowed: `must be one of ${WEEKDAYS.join(', ')}` };
    if (new Set(list).size !== list.length) return { prop, value: list, allowed: 'must not repeat a day' };
    return undefined;
  };
  const p = days(s.days, 'schedule.days') ?? days(w.days, 'schedule.window.days');
  if (p) return p;
  for (const [prop, v] of [['schedule.startTime', s.startTime], ['schedule.window.start', w.start], ['schedule.window.end', w.end]] as const) {
    if (minutesOf(v) === undefined) return { prop, value: v, allowed: 'must be a time HH:MM (24-hour), e.g. 10:00' };
  }
  if (s.timeZone !== undefined && !isTimeZone(s.timeZone)) return { prop: 'schedule.timeZone', value: s.timeZone, allowed: 'must be an IANA time zone such as Europe/Dublin or Etc/UTC' };
  const start = minutesOf(s.startTime)!;
  const from = minutesOf(w.start)!;
  const to = minutesOf(w.end)!;
  if (to <= from) return { prop: 'schedule.window.end', value: w.end, allowed: `must be after the window start ${w.start}` };
  const outside = s.days.find((d) => !w.days.includes(d));
  if (outside !== undefined) return { prop: 'schedule.days', value: outside, allowed: `must be a day of the window (${w.days.join(', ')}); widen schedule.window.days to drill on other days` };
  if (start < from) return { prop: 'schedule.startTime', value: s.startTime, allowed: `must be at or after the window start ${w.start}` };
  if (start + durationMinutes > to) {
    return { prop: 'schedule.startTime', value: s.startTime, allowed: `must leave the drill's ${durationMinutes} minutes before the window end ${w.end} (start by ${hhmm(to - durationMinutes)})` };
  }
  return undefined;
}

function hhmm(minutes: number): string {
  const m = Math.max(0, minutes);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** The EventBridge Scheduler expression: `cron(minutes hours ? * days *)`. */
export function cronExpression(s: DrillSchedule): string {
  const start = minutesOf(s.startTime)!;
  return `cron(${start % 60} ${Math.floor(start / 60)} ? * ${s.days.join(',')} *)`;
}

const TIME_SPEC = spec.name({ pattern: /^([01]\d|2[0-3]):([0-5]\d)$/, what: 'a time HH:MM (24-hour), e.g. 10:00' });
const DAYS = spec.list(spec.oneOf(WEEKDAYS), { minItems: 1, unique: true });

/** What a drill schedule accepts (FIS drills and Chaos Mesh drills alike); the window is checked by `scheduleProblem`. */
export const DRILL_SCHEDULE = spec.object<DrillSchedule>(
  {
    days: { ...DAYS, required: "the days the drill starts on, e.g. ['TUE']" },
    startTime: { ...TIME_SPEC, required: 'the start time HH:MM' },
    // An IANA time zone: the construct checks the name against the runtime's zone database.
    timeZone: spec.name({ pattern: /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/, what: 'an IANA time zone such as Europe/Dublin or Etc/UTC' }),
    enabled: spec.boolean({ tokens: { refuse: 'a drill schedule is turned on deliberately' } }),
    window: spec.object<DrillWindow>({ days: DAYS, start: TIME_SPEC, end: TIME_SPEC }, { example: { days: ['TUE'], start: '09:00', end: '17:00' } }),
  },
  { tokens: { refuse: 'the schedule is checked against its window at synth' }, example: { days: ['TUE'], startTime: '10:00' } },
);
