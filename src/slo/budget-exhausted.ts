import { SEVERITY_PATTERN, Severity } from '../core/severity';
import { SloDefinitionError } from '../core/errors';
import { clean } from './alert-policy';
import { checkNumberArgument, checkObjectArgument, checkStringArgument } from './arguments';
import { formatDuration } from './duration';
import type { ServiceLevelObjective } from './objective';
import { checkSloArgument } from './slo-argument';

/**
 * The budget-exhausted signal of an SLO: a state that is "on" while the
 * error budget of the SLO's period is spent, for what the SRE Workbook's
 * "Example Error Budget Policy" asks then (halt changes other than P0 and
 * security fixes). Pure: the CloudWatch construct builds its alarm from
 * this, and the `gate` CLI's notion of "budget spent" is the same ratio.
 *
 * An alarm can look back only so far (CloudWatch: 7 days), while the budget
 * is usually counted over 28 or 30 days. What the signal can see:
 * - a period no longer than the look-back (`7d`): the whole period, so the
 *   signal is exact: on when the error ratio over the period is at least
 *   `budgetPercent`% of the error budget, as `gate` decides it;
 * - a longer period (`28d`, `30d`): the last `windowSeconds` only. The bad
 *   events of that window alone, compared with the budget of the whole
 *   period (error budget x the period's events, estimated as the window's
 *   events x period / window, i.e. traffic as steady as the window's), are
 *   a lower bound of what the period spent: at 100% the budget is spent
 *   whatever the other days did (as long as the window carried at least
 *   its share of the period's traffic). That is a burn rate of
 *   period / window over the window (30/7 = 4.29x for 30 days). A budget
 *   spent slowly (1.2x for 30 days) or longer ago than the window is
 *   invisible to it, and it clears once the window no longer holds the
 *   spending, although the period's budget stays spent until those events
 *   leave the period: `gate` (GetMetricData over the whole period) sees both.
 */
export interface BudgetExhaustedOptions {
  /**
   * Whether the budget-exhausted alarm is created.
   * @default false
   */
  readonly enabled?: boolean;
  /**
   * Percent of the SLO period's error budget that, spent within the window
   * the alarm sees (the whole period up to 7 days, else the last 7 days),
   * puts it in ALARM. 100 means certainly spent (the window alone spent
   * it); lower fires earlier, on a budget likely spent (e.g. 50: half the
   * month's budget spent in one week).
   * @default 100
   */
  readonly budgetPercent?: number;
  /**
   * Who is told when it goes into ALARM and back to OK. Never `page`: a
   * spent budget asks for a decision in working hours (stop releases, plan
   * reliability work), not for someone to wake up; the burn-rate page alerts
   * cover a budget burning now.
   * @default 'ticket'
   */
  readonly severity?: Severity;
}

/** The fields of {@link BudgetExhaustedOptions}, for checking callers' objects. */
export const BUDGET_EXHAUSTED_OPTION_KEYS: readonly (keyof BudgetExhaustedOptions)[] = ['enabled', 'budgetPercent', 'severity'];

/** A resolved budget-exhausted signal: what an alarm compares, and what it means. */
export interface BudgetExhaustedSignal {
  /** The window the alarm reads: the SLO period, or the longest the backend can evaluate when the period is longer. */
  readonly windowSeconds: number;
  /** Whether the window is the whole SLO period (the signal is then exact). */
  readonly seesWholePeriod: boolean;
  /** Percent of the period's error budget the window must spend. */
  readonly budgetPercent: number;
  /** Error ratio over the window at or above which the signal is on: error budget x budgetPercent / 100 x period / window. */
  readonly threshold: number;
  /** The same threshold as a burn rate over the window (threshold / error budget). */
  readonly burnRate: number;
  /**
   * The `gate` policy that stops exactly when the signal is on:
   * `gate --window <windowSeconds> --threshold <gateThresholdPercent>` (without
   * `stopOnPage`), since `gate` counts the budget of the window it reads.
   */
  readonly gateThresholdPercent: number;
  readonly severity: Severity;
}

/**
 * Resolves the budget-exhausted options of an SLO over the construct's
 * shared ones. Returns undefined when the signal is off (the default).
 * Throws `SloDefinitionError` naming `prop` (per SLO) or
 * `budgetExhausted` (shared).
 *
 * @param maxWindowSeconds the longest window the backend evaluates in one alarm (CloudWatch: 7 days)
 */
export function resolveBudgetExhausted(
  slo: ServiceLevelObjective,
  perSlo: BudgetExhaustedOptions | undefined,
  shared: BudgetExhaustedOptions | undefined,
  prop: string,
  maxWindowSeconds: number,
): BudgetExhaustedSignal | undefined {
  checkSloArgument('slo', slo);
  checkStringArgument('prop', prop, 'the prop the options were given in, e.g. "slos[0].budgetExhausted"');
  checkNumberArgument('maxWindowSeconds', maxWindowSeconds, { min: 60 }, 'a number of seconds, at least 60');
  for (const [p, v] of [
    [prop, perSlo],
    ['budgetExhausted', shared],
  ] as const) {
    if (v !== undefined) checkObjectArgument(p, v, BUDGET_EXHAUSTED_OPTION_KEYS, 'an object { enabled?, budgetPercent?, severity? }');
    if (v?.enabled !== undefined && typeof v.enabled !== 'boolean') throw new SloDefinitionError(`${p}.enabled`, v.enabled, 'must be true or false');
  }
  if (!(perSlo?.enabled ?? shared?.enabled ?? false)) return undefined;
  const percentProp = perSlo?.budgetPercent !== undefined ? `${prop}.budgetPercent` : 'budgetExhausted.budgetPercent';
  const budgetPercent = perSlo?.budgetPercent ?? shared?.budgetPercent ?? 100;
  if (typeof budgetPercent !== 'number' || !Number.isFinite(budgetPercent) || budgetPercent <= 0 || budgetPercent > 100) {
    throw new SloDefinitionError(percentProp, budgetPercent, 'must be a percentage of the error budget greater than 0 and at most 100 (100 = the whole budget certainly spent)');
  }
  const severityProp = perSlo?.severity !== undefined ? `${prop}.severity` : 'budgetExhausted.severity';
  const severity = perSlo?.severity ?? shared?.severity ?? 'ticket';
  if (typeof severity !== 'string' || !SEVERITY_PATTERN.test(severity)) {
    throw new SloDefinitionError(severityProp, severity, 'must be a severity such as "ticket" (lower-case letters, digits, dashes)');
  }
  if (severity === 'page') {
    throw new SloDefinitionError(severityProp, severity, 'must not be "page": a spent budget asks for a decision in working hours (stop releases), not a wake-up; the burn-rate page alerts cover a budget burning now');
  }
  return budgetExhaustedSignal(slo, budgetPercent, maxWindowSeconds, severity, percentProp);
}

/**
 * The signal's math for one SLO (see {@link BudgetExhaustedOptions}): the
 * window is the SLO period up to `maxWindowSeconds`; the error ratio over
 * it must reach error budget x budgetPercent / 100 x period / window.
 * Refuses (naming `prop`) a threshold above 1, which no error ratio reaches:
 * with a large error budget the window cannot spend that share of the
 * period's budget even if every event fails.
 */
export function budgetExhaustedSignal(slo: ServiceLevelObjective, budgetPercent: number, maxWindowSeconds: number, severity: Severity = 'ticket', prop = 'budgetPercent'): BudgetExhaustedSignal {
  checkSloArgument('slo', slo);
  checkNumberArgument('budgetPercent', budgetPercent, { min: Number.MIN_VALUE, max: 100 }, 'a percentage of the error budget greater than 0 and at most 100');
  checkNumberArgument('maxWindowSeconds', maxWindowSeconds, { min: 60 }, 'a number of seconds, at least 60');
  checkStringArgument('severity', severity, 'a severity such as "ticket"');
  const windowSeconds = Math.min(slo.periodSeconds, maxWindowSeconds);
  const share = slo.periodSeconds / windowSeconds;
  const threshold = clean(slo.errorBudget * (budgetPercent / 100) * share);
  if (threshold > 1) {
    const most = clean((100 * windowSeconds) / (slo.periodSeconds * slo.errorBudget));
    throw new SloDefinitionError(
      prop,
      budgetPercent,
      `cannot be seen in ${formatDuration(windowSeconds)} for the SLO ${slo.name}: with an error budget of ${clean(slo.errorBudget * 100)}% of ${slo.period}, ` +
        `${formatDuration(windowSeconds)} of nothing but errors spend ${+most.toPrecision(4)}% of it; use at most ${Math.floor(most)}, or leave the budget-exhausted alarm off and use the gate CLI over ${slo.period}`,
    );
  }
  return {
    windowSeconds,
    seesWholePeriod: windowSeconds === slo.periodSeconds,
    budgetPercent,
    threshold,
    burnRate: clean(threshold / slo.errorBudget),
    gateThresholdPercent: clean(budgetPercent * share),
    severity,
  };
}

