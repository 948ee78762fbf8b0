import { PropSpecs, spec } from '../../../core/prop-spec';
import { BurnRateAlertSpec, DURATION_PATTERN, PERIOD_SECONDS, SliHealthOptions, SLO_NAME_PATTERN } from '../../../slo';
import { ALARM_ROUTING, alarmOverrides, SEVERITY } from '../../common/prop-specs';
import type { SloAlarmDefinition, SloAlarmsProps } from '../slo-alarms';
import { SloSli } from '../slo-sli';

/** A duration (`5m`, `1h30m`) or seconds; known at synth, it sets alarm periods and windows. */
const DURATION = spec.either('a positive duration such as "5m", "1h", "3d" or "1h30m", or a number of seconds', [
  spec.name({ pattern: DURATION_PATTERN, what: 'a positive duration such as "5m", "1h", "3d" or "1h30m"', tokens: { refuse: 'it sets the alarms\' periods' } }),
  spec.number({ greaterThan: 0, what: 'a positive number of seconds', tokens: { refuse: 'it sets the alarms\' periods' } }),
], { tokens: { refuse: 'it sets the alarms\' periods' } });

const DESCRIBED = 'it is part of the alarm descriptions, which are cut to 1024 characters at synth';

/** One burn-rate alert (the SLO model checks the windows against the period and the burn rate against the budget). */
const BURN_RATE_ALERT = spec.object<BurnRateAlertSpec>(
  {
    severity: { ...SEVERITY, required: 'who is told, e.g. page or ticket', tokens: { refuse: 'it picks the notification topic' } },
    longWindow: { ...DURATION, required: 'the long window, e.g. 1h' },
    shortWindow: DURATION,
    burnRate: spec.number({ greaterThan: 0, tokens: { refuse: 'it sets the alarm thresholds' } }),
    budgetPercent: spec.number({ greaterThan: 0, max: 100, what: 'a percentage greater than 0 and at most 100', tokens: { refuse: 'it sets the alarm thresholds' } }),
  },
  { required: 'an alert { severity, longWindow, shortWindow?, burnRate or budgetPercent }', example: { severity: 'page', longWindow: '1h', burnRate: 14.4 } },
);

/** The SLI health options, per construct or per SLO. */
export const SLI_HEALTH = spec.object<SliHealthOptions>(
  {
    enabled: spec.boolean({ tokens: { refuse: 'it decides whether the alarm exists' } }),
    missingFor: DURATION,
    severity: { ...SEVERITY, tokens: { refuse: 'it picks the notification topic' } },
  },
  { example: { missingFor: '2h' } },
);

/** What an SLO carries to the CloudWatch alarms (the SLO model checks its rules again for every platform). */
export const SLO_ALARM_DEFINITION = spec.object<SloAlarmDefinition>(
  {
    name: spec.name({ required: 'the SLO name, unique within the service', pattern: SLO_NAME_PATTERN, what: '1 to 63 lower-case letters, digits, "-" or "_", starting with a letter', tokens: { refuse: 'it names the alarms' } }),
    objective: spec.number({ required: 'the objective in percent, e.g. 99.9', greaterThan: 0, lessThan: 100, what: 'a percentage greater than 0 and less than 100', tokens: { refuse: 'it sets the alarm thresholds' } }),
    period: spec.oneOf(Object.keys(PERIOD_SECONDS), { tokens: { refuse: 'it picks the alert catalogue' } }),
    // User text: escaped where it lands (alarm descriptions). Known at synth: the descriptions are cut to CloudWatch's
    // 1024 characters at synth, and a cut through a reference would break it.
    description: spec.text({ nonEmpty: true, tokens: { refuse: DESCRIBED } }),
    runbookUrl: spec.url({ protocols: ['https:', 'http:'], tokens: { refuse: DESCRIBED } }),
    alerts: spec.list(BURN_RATE_ALERT, { minItems: 1, tokens: { refuse: 'each alert has alarms of its own' }, example: [BURN_RATE_ALERT.example] }),
    // An SloSli has a `resolve` method, so cdktf takes it for a token: "carried" lets `is` decide (a real token is no SloSli).
    sli: spec.reference('an SLI built with SloSli.albAvailability, albLatency, apiGateway, metrics or metricMath', { required: 'where the events come from (SloSli)', is: (v) => v instanceof SloSli, tokens: 'carry' }),
    minimumEventsPerWindow: spec.integer({ min: 1, tokens: { refuse: 'it is part of the alarm expressions' } }),
    sliHealth: SLI_HEALTH,
  },
  {
    required: 'an SLO { name, objective, sli, ... }',
    example: { name: 'availability', objective: 99.9, runbookUrl: 'https://runbooks.example.com/checkout', sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }) },
  },
);

/** Service names start every alarm name (`<service>-<slo>-<alert>-long`). */
export const SERVICE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** What every prop of SloAlarms accepts. */
export const SLO_ALARMS_PROPS: PropSpecs<SloAlarmsProps> = {
  service: spec.name({
    required: 'it names the alarms and the dashboard',
    pattern: SERVICE_PATTERN,
    what: 'letters, digits, "-", "_" or ".", starting with a letter or digit, at most 64 characters',
    tokens: { refuse: 'it names the alarms and the dashboard' },
  }),
  alarmRouting: { ...ALARM_ROUTING, required: 'where each severity notifies, e.g. an AlarmChannel' },
  slos: spec.list(SLO_ALARM_DEFINITION, { required: 'the SLOs, at least one', minItems: 1, tokens: { refuse: 'each SLO has alarms of its own' }, example: [SLO_ALARM_DEFINITION.example] }),
  minimumEventsPerWindow: spec.integer({ min: 1, tokens: { refuse: 'it is part of the alarm expressions' } }),
  dashboard: spec.boolean({ tokens: { refuse: 'it decides whether the dashboard is created' } }),
  sliHealth: SLI_HEALTH,
  suppressionWaitPeriod: DURATION,
  suppressionExtensionPeriod: DURATION,
  // No resource alarms of its own: the SLOs' alarms are set by the SLOs (any key is refused, with the known ones).
  alarms: alarmOverrides([]),
  tags: spec.tags(),
};
