import { BurnRateAlertSpec, PERIOD_SECONDS } from '../slo/alert-policy';
import { DURATION_PATTERN } from '../slo/duration';
import { SLO_NAME_PATTERN } from '../slo/objective';
import { SliHealthOptions } from '../slo/sli-health';
import { ObjectSpec, PropSpec, spec, StringSpec, TokenPolicy } from './prop-spec';
import { SEVERITY_PATTERN } from './severity';

/**
 * The SLO fields every platform's construct takes (CloudWatch's `SloAlarms`,
 * Prometheus' `SloRules`), as prop specs: one description, so the two cannot
 * drift. Each construct adds what only it has (its SLI) and its own token
 * reasons; the SLO model checks the rules that relate fields (windows against
 * the period, the burn rate against the budget) for every platform.
 */
export interface SloSpecOptions {
  /** Why a token is refused where the value is read at synth, e.g. "it sets the alarm thresholds". */
  readonly atSynth: (what: string) => TokenPolicy;
  /** A description's rule beyond being non-empty text (Prometheus: no `{{`, alert annotations are Go templates). @default - any text */
  readonly description?: Pick<StringSpec, 'pattern' | 'what'>;
}

/** A severity name (`page`, `ticket`, or one a routing declares). */
export const SEVERITY: StringSpec = spec.name({ pattern: SEVERITY_PATTERN, what: 'a severity: lower-case letters, digits and "-", starting with a letter, at most 32 characters' });

/** A duration of the SLO model (`5m`, `1h30m`, `3d`, `1w`) or a number of seconds. */
export function sloDuration(tokens: TokenPolicy, minSeconds = 1): PropSpec {
  const what = 'a positive duration such as "5m", "1h", "3d" or "1h30m"';
  return spec.either(`${what}, or a number of seconds`, [spec.name({ pattern: DURATION_PATTERN, what, tokens }), spec.number({ min: minSeconds, what: `a number of seconds, at least ${minSeconds}`, tokens })], { tokens });
}

/** The SLO specs of a platform. */
export function sloSpecs(o: SloSpecOptions) {
  const severity = (why: string): StringSpec => ({ ...SEVERITY, tokens: o.atSynth(why) });
  const window = sloDuration(o.atSynth('it sets the alert windows'));
  const burnRateAlert: ObjectSpec = spec.object<BurnRateAlertSpec>(
    {
      severity: { ...severity('it picks who is told'), required: 'who is told, e.g. page or ticket' },
      longWindow: { ...window, required: 'the long window, e.g. 1h' },
      shortWindow: window,
      burnRate: spec.number({ greaterThan: 0, tokens: o.atSynth('it sets the alert thresholds') }),
      budgetPercent: spec.number({ greaterThan: 0, max: 100, what: 'a percentage greater than 0 and at most 100', tokens: o.atSynth('it sets the alert thresholds') }),
    },
    { required: 'an alert { severity, longWindow, shortWindow?, burnRate or budgetPercent }', tokens: o.atSynth('each alert is generated at synth'), example: { severity: 'page', longWindow: '1h', burnRate: 14.4 } },
  );
  const sliHealth: ObjectSpec = spec.object<SliHealthOptions>(
    {
      enabled: spec.boolean({ tokens: o.atSynth('it decides whether the SLI health alert exists') }),
      missingFor: sloDuration(o.atSynth('it sets the SLI health window')),
      severity: severity('it picks who is told'),
      minimumEventsPerHour: spec.number({ greaterThan: 0, what: 'a number of events per hour greater than 0', tokens: o.atSynth('it sets the SLI health window') }),
    },
    { tokens: o.atSynth('it decides whether the SLI health alerts exist'), example: { missingFor: '2h' } },
  );
  return {
    burnRateAlert,
    sliHealth,
    /** The fields of one SLO definition both platforms share. */
    fields: {
      name: spec.name({ required: 'the SLO name, unique within the service', pattern: SLO_NAME_PATTERN, what: '1 to 63 lower-case letters, digits, "-" or "_", starting with a letter', tokens: o.atSynth('it names the alerts') }),
      objective: spec.number({ required: 'the objective in percent of good events, e.g. 99.9', greaterThan: 0, lessThan: 100, what: 'a percentage greater than 0 and less than 100', tokens: o.atSynth('it sets the alert thresholds') }),
      period: spec.oneOf(Object.keys(PERIOD_SECONDS), { tokens: o.atSynth('it picks the alert catalogue') }),
      description: spec.text({ nonEmpty: true, ...o.description, tokens: o.atSynth('it is written into the alerts at synth') }),
      runbookUrl: spec.url({ protocols: ['https:', 'http:'], tokens: o.atSynth('it is written into the alerts at synth') }),
      alerts: spec.list(burnRateAlert, { minItems: 1, tokens: o.atSynth('each alert is generated at synth'), example: [burnRateAlert.example] }),
      minimumEventsPerWindow: spec.integer({ min: 1, tokens: o.atSynth('it is part of the alert expressions') }),
      sliHealth,
    },
  };
}
