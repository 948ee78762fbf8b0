import { PropSpecs, spec } from '../../../core/prop-spec';
import { SEVERITY, sloDuration, sloSpecs } from '../../../core/slo-specs';
import type { BudgetExhaustedOptions } from '../../../slo/budget-exhausted';
import { ALARM_ROUTING, alarmOverrides } from '../../common/prop-specs';
import type { SloAlarmDefinition, SloAlarmsProps } from '../slo-alarms';
import { SloSli } from '../slo-sli';

/** The SLO fields CloudWatch and Prometheus share (core/slo-specs.ts); here every value sets alarms at synth. */
const SLO = sloSpecs({ atSynth: (why) => ({ refuse: why }) });

/** A duration (`5m`, `1h30m`) or seconds; known at synth, it sets alarm periods and windows. */
const DURATION = sloDuration({ refuse: 'it sets the alarms\' periods' });

/** The SLI health options, per construct or per SLO. */
export const SLI_HEALTH = SLO.sliHealth;

/** The budget-exhausted alarm options, per construct or per SLO (the SLO model refuses `page` and a share no window can spend). */
export const BUDGET_EXHAUSTED = spec.object<BudgetExhaustedOptions>(
  {
    enabled: spec.boolean({ tokens: { refuse: 'it decides whether the budget-exhausted alarm exists' } }),
    budgetPercent: spec.number({ greaterThan: 0, max: 100, what: 'a percentage of the error budget greater than 0 and at most 100', tokens: { refuse: 'it sets the alarm threshold' } }),
    severity: { ...SEVERITY, tokens: { refuse: 'it picks who is told' } },
  },
  { tokens: { refuse: 'it decides whether the budget-exhausted alarms exist' }, example: { enabled: true, budgetPercent: 100 } },
);

const DESCRIBED = 'it is part of the alarm descriptions, which are cut to 1024 characters at synth';

/** What an SLO carries to the CloudWatch alarms (the SLO model checks its rules again for every platform). */
export const SLO_ALARM_DEFINITION = spec.object<SloAlarmDefinition>(
  {
    ...SLO.fields,
    // User text: escaped where it lands (alarm descriptions). Known at synth: the descriptions are cut to CloudWatch's
    // 1024 characters at synth, and a cut through a reference would break it.
    description: { ...SLO.fields.description, tokens: { refuse: DESCRIBED } },
    runbookUrl: { ...SLO.fields.runbookUrl, tokens: { refuse: DESCRIBED } },
    // An SloSli has a `resolve` method, so cdktf takes it for a token: "carried" lets `is` decide (a real token is no SloSli).
    budgetExhausted: BUDGET_EXHAUSTED,
    sli: spec.reference('an SLI built with SloSli.albAvailability, albLatency, apiGateway, metrics or metricMath', { required: 'where the events come from (SloSli)', is: (v) => v instanceof SloSli, tokens: 'carry' }),
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
  budgetExhausted: BUDGET_EXHAUSTED,
  suppressionWaitPeriod: DURATION,
  suppressionExtensionPeriod: DURATION,
  // No resource alarms of its own: the SLOs' alarms are set by the SLOs (any key is refused, with the known ones).
  alarms: alarmOverrides([]),
  tags: spec.tags(),
};
