import { SEVERITY_PATTERN, Severity } from '../core/severity';
import { DAY, formatDuration, MINUTE, parseDuration } from './duration';
import { SloDefinitionError } from '../core/errors';
import { checkListArgument, checkNumberArgument, checkObjectArgument } from './arguments';

/** SLO periods with a built-in alert catalogue. */
export type SloPeriod = '30d' | '28d' | '7d';

/** One multi-window burn-rate alert, as a user declares it. */
export interface BurnRateAlertSpec {
  /** Who is told when it fires (`page`, `ticket`, ...). */
  readonly severity: Severity;
  /** The long window, e.g. `1h` (or seconds). It must be shorter than the SLO period. */
  readonly longWindow: string | number;
  /**
   * The short window that makes the alert reset quickly after recovery.
   * @default - the long window / 12 (SRE Workbook)
   */
  readonly shortWindow?: string | number;
  /**
   * The burn rate that fires the alert: how many times faster than "exactly
   * the budget over the period" errors arrive. Give this or `budgetPercent`.
   * @default - derived from `budgetPercent`: budget fraction x period / long window
   */
  readonly burnRate?: number;
  /**
   * The share of the error budget (percent) consumed within the long window
   * when the alert fires. Give this or `burnRate`.
   * @default - derived from `burnRate`
   */
  readonly budgetPercent?: number;
}

/** A burn-rate alert, resolved against an SLO period. */
/** The fields of a {@link BurnRateAlertSpec}. */
export const ALERT_SPEC_KEYS: readonly (keyof BurnRateAlertSpec)[] = ['severity', 'longWindow', 'shortWindow', 'burnRate', 'budgetPercent'];

export interface BurnRateAlert {
  /** Stable id, e.g. `page-1h-5m`. */
  readonly id: string;
  readonly severity: Severity;
  readonly longWindowSeconds: number;
  readonly shortWindowSeconds: number;
  /** Burn-rate factor, e.g. 14.4. */
  readonly burnRate: number;
  /** Fraction of the budget consumed in the long window when the alert fires, e.g. 0.02. */
  readonly budgetFraction: number;
}

function pair(severity: Severity, budgetPercent: number, longWindow: string): BurnRateAlertSpec {
  return { severity, budgetPercent, longWindow };
}

/**
 * Alert catalogues per SLO period: windows as data.
 *
 * 30 and 28 days use the SRE Workbook's recommendation ("Alerting on SLOs",
 * table 5-8): page when 2% of the budget burns in 1h or 5% in 6h; ticket
 * when 10% burns in 1d or in 3d. Over 30 days that is 14.4x, 6x, 3x and 1x.
 *
 * 7 days keeps the same windows, but the workbook's 10% over 3 days would be
 * a 0.23x burn there, a ticket for a service that is well within budget. Its
 * fractions are chosen so the factors keep the workbook's meaning (fast page
 * ~13x, slow ticket ~1x): 8% in 1h, 12.5% in 6h, 20% in 1d, 42% in 3d, i.e.
 * 13.44x, 3.5x, 1.4x and 0.98x, the catalogue sloth uses for 7 days.
 *
 * Short windows are the long window / 12 throughout.
 */
export const ALERT_CATALOGUES: Readonly<Record<SloPeriod, readonly BurnRateAlertSpec[]>> = {
  '30d': [pair('page', 2, '1h'), pair('page', 5, '6h'), pair('ticket', 10, '1d'), pair('ticket', 10, '3d')],
  '28d': [pair('page', 2, '1h'), pair('page', 5, '6h'), pair('ticket', 10, '1d'), pair('ticket', 10, '3d')],
  '7d': [pair('page', 8, '1h'), pair('page', 12.5, '6h'), pair('ticket', 20, '1d'), pair('ticket', 42, '3d')],
};

/** Seconds in each supported period. */
export const PERIOD_SECONDS: Readonly<Record<SloPeriod, number>> = { '30d': 30 * DAY, '28d': 28 * DAY, '7d': 7 * DAY };

/** Removes float noise such as 14.399999999999999 (12 significant digits are plenty). */
export function clean(x: number): number {
  return Number(x.toPrecision(12));
}

/**
 * Resolves alert specs against a period and an error budget: windows in
 * seconds, factor and budget fraction both known, every rule checked.
 *
 * @param errorBudget the SLO's error budget as a fraction (0.001 for 99.9%)
 * @param prop prefix for error messages, e.g. `alerts`
 */
export function resolveAlerts(specs: readonly BurnRateAlertSpec[], periodSeconds: number, errorBudget: number, prop = 'alerts'): BurnRateAlert[] {
  if (!Array.isArray(specs) || specs.length === 0) {
    throw new SloDefinitionError(prop, specs, 'must list at least one burn-rate alert (or be left out for the period\'s catalogue)');
  }
  const seen = new Set<string>();
  return specs.map((spec, i) => {
    const p = `${prop}[${i}]`;
    // `alerts: [null]` (JSON, YAML) or a misspelt key is an error, not a crash or a silently ignored setting.
    checkObjectArgument(p, spec, ALERT_SPEC_KEYS, 'an alert { severity, longWindow, shortWindow?, burnRate or budgetPercent }');
    if (typeof spec.severity !== 'string' || !SEVERITY_PATTERN.test(spec.severity)) {
      throw new SloDefinitionError(`${p}.severity`, spec.severity, 'must be a severity such as "page" or "ticket" (lower-case letters, digits, dashes)');
    }
    const long = parseDuration(spec.longWindow, `${p}.longWindow`);
    const short = spec.shortWindow === undefined ? long / 12 : parseDuration(spec.shortWindow, `${p}.shortWindow`);
    if (long >= periodSeconds) {
      throw new SloDefinitionError(`${p}.longWindow`, spec.longWindow, `must be shorter than the SLO period (${formatDuration(periodSeconds)})`);
    }
    if (short >= long) {
      throw new SloDefinitionError(`${p}.shortWindow`, spec.shortWindow, `must be shorter than the long window (${formatDuration(long)})`);
    }
    if (short < MINUTE) {
      throw new SloDefinitionError(`${p}.shortWindow`, spec.shortWindow ?? formatDuration(short), 'must be at least 1m (no metric source resolves errors finer than that)');
    }
    if ((spec.burnRate === undefined) === (spec.budgetPercent === undefined)) {
      throw new SloDefinitionError(p, spec, 'must give exactly one of burnRate or budgetPercent');
    }
    let burnRate: number;
    let budgetFraction: number;
    if (spec.burnRate !== undefined) {
      if (typeof spec.burnRate !== 'number' || !Number.isFinite(spec.burnRate) || spec.burnRate <= 0) {
        throw new SloDefinitionError(`${p}.burnRate`, spec.burnRate, 'must be a positive number (1 = exactly the budget over the period)');
      }
      burnRate = spec.burnRate;
      budgetFraction = clean((burnRate * long) / periodSeconds);
    } else {
      const pct = spec.budgetPercent as number;
      if (typeof pct !== 'number' || !Number.isFinite(pct) || pct <= 0 || pct > 100) {
        throw new SloDefinitionError(`${p}.budgetPercent`, pct, 'must be a percentage greater than 0 and at most 100');
      }
      budgetFraction = pct / 100;
      burnRate = clean((budgetFraction * periodSeconds) / long);
    }
    const threshold = burnRate * errorBudget;
    if (threshold >= 1) {
      const maxRate = clean(1 / errorBudget);
      const minObjective = clean(100 * (1 - 1 / burnRate));
      throw new SloDefinitionError(
        `${p}.burnRate`,
        burnRate,
        `a ${burnRate}x burn rate fires only above an error ratio of ${clean(threshold)}, which can never happen ` +
          `with an error budget of ${clean(errorBudget * 100)}%; use a burn rate below ${maxRate}x ` +
          `(a larger share of the budget over a longer window) or an objective above ${minObjective}%`,
      );
    }
    const id = `${spec.severity}-${formatDuration(long)}-${formatDuration(short)}`;
    if (seen.has(id)) throw new SloDefinitionError(p, spec, `duplicates the alert ${id}`);
    seen.add(id);
    return { id, severity: spec.severity, longWindowSeconds: long, shortWindowSeconds: short, burnRate, budgetFraction };
  });
}

/** Every window an alert policy reads, short and long, sorted ascending. */
export function windowsOf(alerts: readonly BurnRateAlert[]): number[] {
  checkListArgument('alerts', alerts, 'burn-rate alerts (an SLO\'s alerts)');
  alerts.forEach((a, i) => checkAlertShape(`alerts[${i}]`, a));
  const all = new Set<number>();
  for (const a of alerts) {
    all.add(a.shortWindowSeconds);
    all.add(a.longWindowSeconds);
  }
  return [...all].sort((a, b) => a - b);
}

/** An alert as plain data with windows as durations (`1h`, `5m`): what reports and annotations show. */
export interface BurnRateAlertSummary {
  readonly id: string;
  readonly severity: Severity;
  readonly longWindow: string;
  readonly shortWindow: string;
  readonly burnRate: number;
}

/** Summarizes an alert with its windows as durations. */
export function summarizeAlert(alert: BurnRateAlert): BurnRateAlertSummary {
  checkAlertShape('alert', alert);
  return {
    id: alert.id,
    severity: alert.severity,
    longWindow: formatDuration(alert.longWindowSeconds),
    shortWindow: formatDuration(alert.shortWindowSeconds),
    burnRate: alert.burnRate,
  };
}

/** A resolved alert, as the functions that read one need it (an SLO's `alerts`). */
function checkAlertShape(prop: string, alert: unknown): asserts alert is BurnRateAlert {
  if (alert === null || typeof alert !== 'object' || Array.isArray(alert)) throw new SloDefinitionError(prop, alert, 'must be a burn-rate alert of an SLO (slo.alerts)');
  const a = alert as Record<string, unknown>;
  if (typeof a.id !== 'string' || typeof a.severity !== 'string') throw new SloDefinitionError(prop, alert, 'must be a burn-rate alert of an SLO (slo.alerts): it has no id or severity');
  for (const field of ['longWindowSeconds', 'shortWindowSeconds', 'burnRate'] as const) {
    checkNumberArgument(`${prop}.${field}`, a[field], { min: 0 }, 'a number, 0 or more');
  }
}
