import { Severity } from '../core/severity';
import { ALERT_CATALOGUES, BurnRateAlert, BurnRateAlertSpec, clean, PERIOD_SECONDS, resolveAlerts, SloPeriod, windowsOf } from './alert-policy';
import { MINUTE } from './duration';
import { SloDefinitionError } from '../core/errors';
import { checkNumberArgument, checkStringArgument } from './arguments';

/** SLO names: they end up in alarm names, metric ids and Prometheus labels. */
export const SLO_NAME_PATTERN = /^[a-z][a-z0-9_-]{0,62}$/;

/** A service level objective, as a user declares it (the SLI is declared by the platform construct). */
export interface SloDefinition {
  /** Name, unique within a service: lower-case letters, digits, `-` and `_`, starting with a letter, at most 63 characters. */
  readonly name: string;
  /** Objective in percent of good events, e.g. `99.9`. Greater than 0 and less than 100. */
  readonly objective: number;
  /**
   * The rolling period the objective holds over.
   * @default '30d'
   */
  readonly period?: SloPeriod;
  /**
   * What the SLO promises, in words, shown in alert descriptions.
   * @default - "<objective>% of events are good over <period>"
   */
  readonly description?: string;
  /**
   * Link to the runbook the person paged should open.
   * @default - none (alert descriptions say that there is no runbook)
   */
  readonly runbookUrl?: string;
  /**
   * The burn-rate alerts.
   * @default - the period's catalogue from `ALERT_CATALOGUES` (SRE Workbook multi-window multi-burn-rate)
   */
  readonly alerts?: readonly BurnRateAlertSpec[];
}

/**
 * A validated SLO with its error-budget math. Knows nothing of any
 * platform: CloudWatch alarms and Prometheus rules are both generated from it.
 */
export class ServiceLevelObjective {
  /** Validates a definition; throws `SloDefinitionError` naming the prop. */
  public static from(definition: SloDefinition): ServiceLevelObjective {
    return new ServiceLevelObjective(definition);
  }

  /** The SLO's own alerts only: `alerts` must be one of them (its windows and burn rate are what the math reads). */
  private checkOwnAlert(prop: string, alert: unknown): asserts alert is BurnRateAlert {
    if (!this.alerts.includes(alert as BurnRateAlert)) {
      throw new SloDefinitionError(prop, alert, `must be one of the SLO's alerts (slo.alerts: ${this.alerts.map((a) => a.id).join(', ')})`);
    }
  }

  public readonly name: string;
  /** Objective in percent, e.g. 99.9. */
  public readonly objective: number;
  /** Objective as a ratio, e.g. 0.999. */
  public readonly objectiveRatio: number;
  public readonly period: SloPeriod;
  public readonly periodSeconds: number;
  /** Error budget as a fraction of events, e.g. 0.001 for 99.9%. */
  public readonly errorBudget: number;
  public readonly description: string;
  public readonly runbookUrl?: string;
  public readonly alerts: readonly BurnRateAlert[];

  private constructor(def: SloDefinition) {
    if (def === null || typeof def !== 'object') throw new SloDefinitionError('slo', def, 'must be an object with name and objective');
    if (typeof def.name !== 'string' || !SLO_NAME_PATTERN.test(def.name)) {
      throw new SloDefinitionError('name', def.name, 'must be 1 to 63 lower-case letters, digits, "-" or "_", starting with a letter');
    }
    const o = def.objective;
    const hint = objectiveHint(o);
    if (hint) throw new SloDefinitionError('objective', o, hint);
    if (typeof o !== 'number' || !Number.isFinite(o) || o <= 0 || o >= 100) {
      throw new SloDefinitionError('objective', o, 'must be a percentage greater than 0 and less than 100, e.g. 99.9');
    }
    const period = def.period ?? '30d';
    if (!Object.prototype.hasOwnProperty.call(PERIOD_SECONDS, period)) {
      throw new SloDefinitionError('period', period, `must be one of ${Object.keys(PERIOD_SECONDS).map((p) => `"${p}"`).join(', ')}`);
    }
    if (def.description !== undefined && (typeof def.description !== 'string' || def.description.trim() === '')) {
      throw new SloDefinitionError('description', def.description, 'must be a non-empty string when given');
    }
    if (def.runbookUrl !== undefined && !isHttpUrl(def.runbookUrl)) {
      throw new SloDefinitionError('runbookUrl', def.runbookUrl, 'must be an absolute http:// or https:// URL');
    }
    this.name = def.name;
    this.objective = o;
    this.objectiveRatio = clean(o / 100);
    this.period = period;
    this.periodSeconds = PERIOD_SECONDS[period];
    this.errorBudget = clean((100 - o) / 100);
    this.description = def.description ?? `${o}% of events are good over ${period}`;
    this.runbookUrl = def.runbookUrl;
    this.alerts = resolveAlerts(def.alerts ?? ALERT_CATALOGUES[period], this.periodSeconds, this.errorBudget);
  }

  /** Minutes of full outage the budget allows per period (43.2 for 99.9% over 30 days). */
  public get budgetMinutes(): number {
    return clean((this.errorBudget * this.periodSeconds) / MINUTE);
  }

  /** Bad events the budget allows per period, for a given number of events per period. */
  public budgetEvents(eventsPerPeriod: number): number {
    checkNumberArgument('eventsPerPeriod', eventsPerPeriod, { min: 0 }, 'a number of events per SLO period, 0 or more');
    return clean(this.errorBudget * eventsPerPeriod);
  }

  /** Error ratio above which an alert's windows fire: burn rate x error budget. */
  public threshold(alert: BurnRateAlert): number {
    this.checkOwnAlert('alert', alert);
    return clean(alert.burnRate * this.errorBudget);
  }

  /** The alerts of one severity. */
  public alertsFor(severity: Severity): BurnRateAlert[] {
    checkStringArgument('severity', severity, 'a severity such as "page"');
    return this.alerts.filter((a) => a.severity === severity);
  }

  /** Severities the policy uses, in the order they first appear. */
  public get severities(): Severity[] {
    return [...new Set(this.alerts.map((a) => a.severity))];
  }

  /** Every window the alert policy reads (seconds, ascending). */
  public get windows(): number[] {
    return windowsOf(this.alerts);
  }
}

/**
 * The message for an objective written as a ratio (`0.9995`) where a
 * percentage is expected, or undefined. Checked before anything else reads
 * the objective, so the user sees this instead of a burn-rate error about a
 * prop they never set.
 */
export function objectiveHint(objective: unknown): string | undefined {
  if (typeof objective !== 'number' || !Number.isFinite(objective) || objective <= 0 || objective >= 1) return undefined;
  return `objective is a percentage: did you mean ${clean(objective * 100)}? (${objective}% would allow ${clean(100 - objective)}% of events to fail)`;
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const u = new URL(value);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
}
