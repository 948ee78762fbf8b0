import { InvalidPropError } from '../../../core/errors';
import { PropSpec, PropSpecs, spec } from '../../../core/prop-spec';
import type { EscalationLevel, EscalationTarget, OnCallLayer, OnCallRestriction, OnCallSchedule, PagerDutyEscalationProps } from '../pagerduty-escalation';
import { DAY_SECONDS, WEEK_SECONDS } from './schedule-coverage';

// Sources: the PagerDuty provider's validators (PagerDuty/terraform-provider-pagerduty, pagerduty/resource_pagerduty_schedule.go
// and resource_pagerduty_escalation_policy.go) and its docs (website/docs/r/*.html.markdown).

/** A PagerDuty object id (`PABC123`): upper-case letters and digits, as the REST API returns them. */
export const PAGERDUTY_ID = spec.name({ pattern: /^[A-Z0-9]{7,20}$/, what: 'a PagerDuty id such as PABC123 (upper-case letters and digits)' });

/** RFC 3339 date-time with an offset: the provider's `validateRFC3339` on layer `start`, `end` and `rotation_virtual_start`. */
const RFC3339 = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const KNOWN_AT_SYNTH = { refuse: 'the schedule coverage check reads it at synth' } as const;
const dateTime = (o: { required?: string } = {}): PropSpec =>
  spec.name({ pattern: RFC3339, what: 'an RFC 3339 date-time with an offset, such as 2026-01-05T09:00:00+01:00', tokens: KNOWN_AT_SYNTH, ...o });

/** A PagerDuty name: not blank; no `${` is needed, but a token is carried. */
const PD_NAME = (required?: string): PropSpec => spec.text({ nonEmpty: true, maxLength: 255, ...(required ? { required } : {}) });

const TARGET = spec.object<EscalationTarget>(
  {
    schedule: spec.name({ nonEmpty: true, tokens: { refuse: 'it names a schedule of this construct' } }),
    scheduleId: PAGERDUTY_ID,
    userId: PAGERDUTY_ID,
  },
  {
    required: 'a target { schedule } , { scheduleId } or { userId }',
    example: { userId: 'PABC123' },
    tokens: { refuse: 'each target is a block of the escalation rule' },
    check: (scope, prop, value) => {
      const given = ['schedule', 'scheduleId', 'userId'].filter((k) => value[k] !== undefined);
      if (given.length !== 1) throw new InvalidPropError(scope, prop, value, 'must name exactly one of schedule (a schedule of this construct), scheduleId or userId');
    },
  },
);

const LEVEL = spec.object<EscalationLevel>(
  {
    // Every level needs a target: an escalation rule without one notifies nobody (the provider requires `target`).
    targets: spec.list(TARGET, { required: 'who is notified at this level', minItems: 1, tokens: { refuse: 'each target is a block of the escalation rule' }, example: [TARGET.example] }),
    // escalation_delay_in_minutes: validation.IntAtLeast(1) in resource_pagerduty_escalation_policy.go.
    escalateAfterMinutes: spec.integer({ min: 1, tokens: { refuse: 'the time from page to the last level is computed at synth' } }),
  },
  { required: 'a level { targets }', example: { targets: [TARGET.example] }, tokens: { refuse: 'each level is a rule of the escalation policy' } },
);

const RESTRICTION = spec.object<OnCallRestriction>(
  {
    type: spec.oneOf(['daily', 'weekly'], { required: '"daily" or "weekly"', tokens: KNOWN_AT_SYNTH }),
    // start_time_of_day: StringMatch `([0-1][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]`, "must be of 00:00:00 format".
    startTimeOfDay: spec.name({ required: 'the start, HH:mm:ss in the schedule time zone', pattern: /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, what: 'HH:mm:ss, such as 08:00:00', tokens: KNOWN_AT_SYNTH }),
    // duration_seconds: IntBetween(1, 7*24*3600-1); a daily restriction must be shorter than a day (CustomizeDiff).
    durationSeconds: spec.integer({ required: 'how long the restriction allows on-call', min: 1, max: WEEK_SECONDS - 1, tokens: KNOWN_AT_SYNTH }),
    // start_day_of_week: IntBetween(1, 7), 1 = Monday; only for weekly restrictions (CustomizeDiff).
    startDayOfWeek: spec.integer({ min: 1, max: 7, tokens: KNOWN_AT_SYNTH }),
  },
  {
    required: 'a restriction { type, startTimeOfDay, durationSeconds }',
    example: { type: 'daily', startTimeOfDay: '08:00:00', durationSeconds: 43200 },
    tokens: KNOWN_AT_SYNTH,
    check: (scope, prop, value) => {
      if (value.type === 'daily' && value.startDayOfWeek !== undefined) {
        throw new InvalidPropError(scope, `${prop}.startDayOfWeek`, value.startDayOfWeek, 'applies to weekly restrictions only (the provider refuses start_day_of_week on a daily_restriction)');
      }
      if (value.type === 'daily' && (value.durationSeconds as number) >= DAY_SECONDS) {
        throw new InvalidPropError(scope, `${prop}.durationSeconds`, value.durationSeconds, `must be shorter than a day (${DAY_SECONDS} s) for a daily restriction (the provider's CustomizeDiff refuses it)`);
      }
      if (value.type === 'weekly' && value.startDayOfWeek === undefined) {
        throw new InvalidPropError(scope, `${prop}.startDayOfWeek`, undefined, 'is required for a weekly restriction: 1 (Monday) to 7 (Sunday)');
      }
    },
  },
);

const LAYER = spec.object<OnCallLayer>(
  {
    name: PD_NAME('the layer name'),
    start: dateTime({ required: 'when the layer starts (RFC 3339)' }),
    end: dateTime(),
    rotationVirtualStart: dateTime(),
    // rotation_turn_length_seconds: IntBetween(3600, 365*24*3600).
    rotationTurnLengthSeconds: spec.integer({ required: 'the length of one on-call turn in seconds', min: 3600, max: 365 * DAY_SECONDS, tokens: KNOWN_AT_SYNTH }),
    // users: Required, MinItems 1.
    users: spec.list(PAGERDUTY_ID, { required: 'who rotates, in order (PagerDuty user ids)', minItems: 1, example: ['PABC123'] }),
    restrictions: spec.list(RESTRICTION, { tokens: KNOWN_AT_SYNTH, example: [RESTRICTION.example] }),
  },
  {
    required: 'a layer { name, start, rotationTurnLengthSeconds, users }',
    example: { name: 'primary', start: '2026-01-05T09:00:00Z', rotationTurnLengthSeconds: 604800, users: ['PABC123'] },
    tokens: KNOWN_AT_SYNTH,
    check: (scope, prop, value) => {
      if (value.end !== undefined && Date.parse(value.end as string) <= Date.parse(value.start as string)) {
        throw new InvalidPropError(scope, `${prop}.end`, value.end, `must be after the layer's start (${String(value.start)})`);
      }
    },
  },
);

const SCHEDULE = spec.object<OnCallSchedule>(
  {
    name: PD_NAME('the schedule name (targets refer to it)'),
    timeZone: spec.name({ required: 'the IANA time zone the restrictions are read in, such as Europe/Berlin', nonEmpty: true, tokens: KNOWN_AT_SYNTH }),
    layers: spec.list(LAYER, { required: 'the rotation layers', minItems: 1, tokens: KNOWN_AT_SYNTH, example: [LAYER.example] }),
    description: spec.text(),
    acceptGaps: spec.text({ nonEmpty: true, tokens: { refuse: 'it decides whether synth fails' } }),
  },
  {
    required: 'a schedule { name, timeZone, layers }',
    example: { name: 'checkout-primary', timeZone: 'Europe/Berlin', layers: [LAYER.example] },
    tokens: KNOWN_AT_SYNTH,
    check: (scope, prop, value) => {
      // time_zone: the provider validates with Go's time.LoadLocation (the IANA database); Intl reads the same database.
      try {
        new Intl.DateTimeFormat('en', { timeZone: value.timeZone as string });
      } catch {
        throw new InvalidPropError(scope, `${prop}.timeZone`, value.timeZone, 'must be an IANA time zone such as Europe/Berlin or America/New_York (the provider validates it with time.LoadLocation)');
      }
    },
  },
);

const PAGERDUTY_PROVIDER = spec.reference('a PagerdutyProvider of this stack', {
  is: (v) => typeof v === 'object' && v !== null && (v as { terraformResourceType?: unknown }).terraformResourceType === 'pagerduty',
});

const REFUSE_STRUCTURE = { refuse: 'it decides which resources exist' } as const;

/** What every prop of a PagerDutyEscalation accepts. */
export const PAGERDUTY_ESCALATION_PROPS: PropSpecs<PagerDutyEscalationProps> = {
  alarmChannel: spec.reference('an AlarmChannel (its severity topics subscribe to the PagerDuty integrations)', {
    required: 'the AlarmChannel whose topics page through PagerDuty',
    is: (v) => typeof v === 'object' && v !== null && typeof (v as { subscribeHttps?: unknown }).subscribeHttps === 'function' && Array.isArray((v as { severities?: unknown }).severities),
  }),
  service: spec.name({
    required: 'the team or SLO owner the PagerDuty services are named after',
    pattern: /^\S(.{0,198}\S)?$/,
    what: 'a name of 1 to 200 characters without leading or trailing blanks',
    tokens: { refuse: 'it names the services and the escalation policy, and names are claimed at synth' },
  }),
  severities: spec.map(spec.oneOf(['high', 'low'], { tokens: REFUSE_STRUCTURE }), { tokens: REFUSE_STRUCTURE, example: { page: 'high', ticket: 'low' } }),
  escalationLevels: spec.list(LEVEL, { minItems: 1, tokens: REFUSE_STRUCTURE, example: [LEVEL.example, LEVEL.example] }),
  // num_loops: validation.IntBetween(0, 9).
  repeats: spec.integer({ min: 0, max: 9 }),
  existingEscalationPolicyId: PAGERDUTY_ID,
  existingServiceIds: spec.map(PAGERDUTY_ID, { tokens: REFUSE_STRUCTURE, example: { page: 'PSVC123' } }),
  schedules: spec.list(SCHEDULE, { tokens: REFUSE_STRUCTURE, example: [SCHEDULE.example] }),
  teamId: PAGERDUTY_ID,
  acknowledgementTimeoutSeconds: spec.integer({ min: 1 }),
  autoResolveTimeoutSeconds: spec.integer({ min: 1 }),
  provider: PAGERDUTY_PROVIDER,
};
