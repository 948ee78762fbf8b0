import { PagerdutyProvider } from '@cdktf/provider-pagerduty/lib/provider';
import { Testing } from 'cdktf';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { OnCallSchedule, PagerDutyEscalation, PagerDutyEscalationProps } from '../../../src/aws/pagerduty/pagerduty-escalation';
import { annotations, expectInvalidProp, refTo, resourceOf, resourcesOf, synthJson, testStack, TestStack, values } from '../../harness';

const WEEKLY: OnCallSchedule = {
  name: 'checkout-primary',
  timeZone: 'Europe/Berlin',
  layers: [{ name: 'weekly', start: '2026-01-05T09:00:00+01:00', rotationTurnLengthSeconds: 604800, users: ['PUSER01', 'PUSER02'] }],
};

function build(overrides: Partial<PagerDutyEscalationProps> = {}, stack?: TestStack) {
  const s = stack ?? testStack().stack;
  new PagerdutyProvider(s, 'pagerduty', {});
  const channel = new AlarmChannel(s, 'alarms', {});
  const pd = new PagerDutyEscalation(s, 'pagerduty-escalation', {
    alarmChannel: channel,
    service: 'checkout',
    schedules: [WEEKLY],
    escalationLevels: [{ targets: [{ schedule: 'checkout-primary' }], escalateAfterMinutes: 10 }, { targets: [{ userId: 'PLEAD01' }], escalateAfterMinutes: 20 }, { targets: [{ scheduleId: 'PSCHED9' }] }],
    ...overrides,
  });
  return { stack: s, channel, pd };
}

describe('PagerDutyEscalation', () => {
  test('a service per severity, urgency high for page and low for ticket, on one escalation policy', () => {
    const { stack } = build();
    const json = synthJson(stack);
    const page = resourceOf(json, 'pagerduty_service', (b: any) => b.name === 'checkout (page)');
    const ticket = resourceOf(json, 'pagerduty_service', (b: any) => b.name === 'checkout (ticket)');
    expect(page.incident_urgency_rule).toEqual({ type: 'constant', urgency: 'high' });
    expect(ticket.incident_urgency_rule).toEqual({ type: 'constant', urgency: 'low' });
    const policy = refTo(json, 'pagerduty_escalation_policy', 'pagerduty-escalation');
    expect(page.escalation_policy).toBe(policy);
    expect(ticket.escalation_policy).toBe(policy);
    // acknowledgement_timeout is a string; "null" disables auto-resolve (provider docs, pagerduty_service): OK resolves it.
    expect(page.acknowledgement_timeout).toBe('1800');
    expect(page.auto_resolve_timeout).toBe('null');
  });

  test('escalation levels keep their order, delays and target types (user_reference / schedule_reference, provider docs)', () => {
    const { stack, pd } = build();
    const json = synthJson(stack);
    const policy = resourceOf(json, 'pagerduty_escalation_policy', 'pagerduty-escalation');
    const schedule = refTo(json, 'pagerduty_schedule', 'pagerduty-escalation');
    expect(policy.num_loops).toBe(1);
    expect(policy.rule).toEqual([
      { escalation_delay_in_minutes: 10, target: [{ type: 'schedule_reference', id: schedule }] },
      { escalation_delay_in_minutes: 20, target: [{ type: 'user_reference', id: 'PLEAD01' }] },
      { escalation_delay_in_minutes: 15, target: [{ type: 'schedule_reference', id: 'PSCHED9' }] },
    ]);
    // Page to the last level: the delays of the levels before it (10 + 20).
    expect(pd.minutesToLastLevel).toBe(30);
  });

  test("each severity topic subscribes to its CloudWatch integration's URL over HTTPS, confirmed by PagerDuty", () => {
    const { stack } = build();
    const json = synthJson(stack);
    const vendor = json.data?.pagerduty_vendor ?? {};
    expect(Object.values(vendor)).toEqual([expect.objectContaining({ name: 'Cloudwatch' })]);
    const subs = values(json, 'aws_sns_topic_subscription');
    expect(subs).toHaveLength(2);
    for (const severity of ['page', 'ticket']) {
      const integration = findIntegration(json, severity);
      const sub = subs.find((s) => s.topic_arn === refTo(json, 'aws_sns_topic', `alarms_topic-${severity}`, 'arn'));
      expect(sub).toMatchObject({
        protocol: 'https',
        endpoint_auto_confirms: true,
        // The URL the provider docs build from integration_key (pagerduty_service_integration).
        endpoint: `https://events.pagerduty.com/integration/\${pagerduty_service_integration.${integration}.integration_key}/enqueue`,
      });
      expect(JSON.parse(sub.delivery_policy).healthyRetryPolicy.numRetries).toBe(10);
    }
  });

  test('the schedule carries layers, rotation and restrictions as the provider names them', () => {
    const { stack } = build({
      schedules: [
        {
          ...WEEKLY,
          layers: [
            { ...WEEKLY.layers[0], name: 'day', restrictions: [{ type: 'daily', startTimeOfDay: '08:00:00', durationSeconds: 43200 }] },
            { ...WEEKLY.layers[0], name: 'night', restrictions: [{ type: 'daily', startTimeOfDay: '20:00:00', durationSeconds: 43200 }] },
          ],
        },
      ],
    });
    const schedule = values(synthJson(stack), 'pagerduty_schedule')[0];
    expect(schedule.time_zone).toBe('Europe/Berlin');
    expect(schedule.layer[0]).toMatchObject({
      name: 'day',
      start: '2026-01-05T09:00:00+01:00',
      rotation_virtual_start: '2026-01-05T09:00:00+01:00',
      rotation_turn_length_seconds: 604800,
      users: ['PUSER01', 'PUSER02'],
      restriction: [{ type: 'daily_restriction', start_time_of_day: '08:00:00', duration_seconds: 43200 }],
    });
  });

  test('existing services and policy are used by id: only the integrations and subscriptions are created', () => {
    const { stack, pd } = build({ escalationLevels: undefined, schedules: undefined, existingServiceIds: { page: 'PSVC001' }, existingEscalationPolicyId: 'PPOL001' });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'pagerduty_escalation_policy'))).toEqual([]);
    expect(values(json, 'pagerduty_service').map((s) => [s.name, s.escalation_policy])).toEqual([['checkout (ticket)', 'PPOL001']]);
    expect(values(json, 'pagerduty_service_integration').map((i) => i.service)).toContain('PSVC001');
    expect(pd.minutesToLastLevel).toBeUndefined();
    expect(annotations(pd).join('\n')).toContain('its levels are not checked at synth');
  });

  describe('synth checks', () => {
    test('a page escalation policy with one level fails: the page must reach someone else when the first level does not answer', () => {
      expectInvalidProp(() => build({ escalationLevels: [{ targets: [{ userId: 'PLEAD01' }] }] }), 'escalationLevels', 'at least two levels');
    });

    test('a ticket-only routing may have one level (low urgency does not escalate: provider docs, incident_urgency_rule)', () => {
      expect(() => build({ severities: { ticket: 'low' }, escalationLevels: [{ targets: [{ userId: 'PLEAD01' }] }] })).not.toThrow();
    });

    test('a level without a target fails (the provider requires target; a rule with none notifies nobody)', () => {
      expectInvalidProp(() => build({ escalationLevels: [{ targets: [{ userId: 'PLEAD01' }] }, { targets: [] }] }), 'escalationLevels[1].targets');
    });

    test('a target naming a schedule the construct does not create fails, listing the schedules', () => {
      expectInvalidProp(() => build({ escalationLevels: [{ targets: [{ schedule: 'secondary' }] }, { targets: [{ userId: 'PLEAD01' }] }] }), 'escalationLevels[0].targets[0].schedule', '"checkout-primary"');
    });

    test('a schedule covering office hours only fails, naming the uncovered hours', () => {
      const officeHours: OnCallSchedule = { ...WEEKLY, layers: [{ ...WEEKLY.layers[0], restrictions: [{ type: 'daily', startTimeOfDay: '09:00:00', durationSeconds: 8 * 3600 }] }] };
      expectInvalidProp(() => build({ schedules: [officeHours] }), 'schedules[0].layers', 'Mon 17:00-Tue 09:00', 'acceptGaps');
    });

    test('accepted gaps synthesize with a warning that lists them', () => {
      const officeHours: OnCallSchedule = { ...WEEKLY, acceptGaps: 'tickets only out of hours', layers: [{ ...WEEKLY.layers[0], restrictions: [{ type: 'weekly', startDayOfWeek: 1, startTimeOfDay: '00:00:00', durationSeconds: 5 * 86400 }] }] };
      const { pd } = build({ schedules: [officeHours] });
      expect(annotations(pd).join('\n')).toContain('Sat 00:00-Mon 00:00 (Europe/Berlin) (accepted: tickets only out of hours)');
    });

    test('a layer starting later leaves its hours open until then', () => {
      const split: OnCallSchedule = {
        ...WEEKLY,
        layers: [
          { ...WEEKLY.layers[0], name: 'day', restrictions: [{ type: 'daily', startTimeOfDay: '08:00:00', durationSeconds: 43200 }] },
          { ...WEEKLY.layers[0], name: 'night', start: '2026-02-02T20:00:00+01:00', restrictions: [{ type: 'daily', startTimeOfDay: '20:00:00', durationSeconds: 43200 }] },
        ],
      };
      expectInvalidProp(() => build({ schedules: [split] }), 'from 2026-01-05T09:00:00+01:00 until the next layer starts', 'Mon 20:00-Tue 08:00');
    });

    test.each([
      ['a daily restriction of a whole day (provider CustomizeDiff: shorter than a day)', { type: 'daily', startTimeOfDay: '00:00:00', durationSeconds: 86400 }, 'durationSeconds'],
      ['start_day_of_week on a daily restriction (provider CustomizeDiff)', { type: 'daily', startTimeOfDay: '00:00:00', durationSeconds: 3600, startDayOfWeek: 2 }, 'startDayOfWeek'],
      ['a weekly restriction without its day', { type: 'weekly', startTimeOfDay: '00:00:00', durationSeconds: 3600 }, 'startDayOfWeek'],
      ['a time of day not in HH:mm:ss (provider StringMatch)', { type: 'daily', startTimeOfDay: '8:00', durationSeconds: 3600 }, 'startTimeOfDay'],
    ])('refuses %s', (_, restriction, prop) => {
      const schedule = { ...WEEKLY, layers: [{ ...WEEKLY.layers[0], restrictions: [restriction as never] }] };
      expectInvalidProp(() => build({ schedules: [schedule] }), prop);
    });

    test.each([
      ['a rotation turn under an hour (provider IntBetween(3600, 365 days))', { rotationTurnLengthSeconds: 1800 }, 'rotationTurnLengthSeconds'],
      ['a layer without users (provider MinItems 1)', { users: [] }, 'users'],
      ['a start that is not RFC 3339 (provider validateRFC3339)', { start: '2026-01-05 09:00' }, 'start'],
    ])('refuses %s', (_, layer, prop) => {
      expectInvalidProp(() => build({ schedules: [{ ...WEEKLY, layers: [{ ...WEEKLY.layers[0], ...(layer as object) }] }] }), prop);
    });

    test('refuses a time zone Go cannot load (provider time.LoadLocation)', () => {
      expectInvalidProp(() => build({ schedules: [{ ...WEEKLY, timeZone: 'Europe/Atlantis' }] }), 'schedules[0].timeZone', 'IANA');
    });

    test('refuses repeats above 9 (num_loops IntBetween(0, 9))', () => {
      expectInvalidProp(() => build({ repeats: 10 }), 'repeats');
    });

    test('refuses a severity the channel does not have', () => {
      expectInvalidProp(() => build({ severities: { page: 'high', info: 'low' } }), 'severities.info', '"page", "ticket"');
    });

    test('two constructs cannot create the same PagerDuty service', () => {
      const { stack } = build();
      const channel = new AlarmChannel(stack, 'alarms2', {});
      expect(() => new PagerDutyEscalation(stack, 'again', { alarmChannel: channel, service: 'checkout', existingEscalationPolicyId: 'PPOL001' })).toThrow(/checkout \(page\)/);
    });

    test('a stack without a PagerDuty provider fails synth, saying what to add', () => {
      const { stack } = testStack();
      new PagerDutyEscalation(stack, 'pd', { alarmChannel: new AlarmChannel(stack, 'alarms', {}), service: 'checkout', existingEscalationPolicyId: 'PPOL001' });
      expect(() => Testing.synth(stack, true)).toThrow(/needs a PagerDuty provider/);
    });
  });
});

function findIntegration(json: any, severity: string): string {
  return Object.keys(resourcesOf(json, 'pagerduty_service_integration')).find((k) => k.includes(`integration-${severity}`))!;
}
