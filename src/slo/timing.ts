import { BurnRateAlert } from './alert-policy';
import { checkNumberArgument } from './arguments';
import { ServiceLevelObjective } from './objective';
import { checkSloArgument } from './slo-argument';

/** An error rate: the share of events that fail, from 0 to 1. */
function checkErrorRate(errorRate: unknown): asserts errorRate is number {
  checkNumberArgument('errorRate', errorRate, { min: 0, max: 1 }, 'an error rate from 0 to 1 (1 = a full outage)');
}

/**
 * Detection and reset times of a multi-window burn-rate alert, for an error
 * rate that steps from zero to `errorRate` and stays there.
 *
 * The long window's ratio after t seconds is errorRate x t / long, so it
 * crosses the threshold (burn rate x budget) at long x threshold / errorRate;
 * the short window crosses earlier, so the long window decides. An error
 * rate at or below the threshold never fires: the result is Infinity.
 * These are the ideal times for a continuous evaluation; the evaluation
 * interval and metric delay add to them.
 */
export function detectionTime(slo: ServiceLevelObjective, alert: BurnRateAlert, errorRate: number): number {
  checkSloArgument('slo', slo);
  checkErrorRate(errorRate);
  const threshold = slo.threshold(alert);
  if (!(errorRate > threshold)) return Infinity;
  return (alert.longWindowSeconds * threshold) / errorRate;
}

/** Detection time for a burn rate (a multiple of the error budget) instead of an error rate. */
export function detectionTimeForBurnRate(slo: ServiceLevelObjective, alert: BurnRateAlert, burnRate: number): number {
  checkSloArgument('slo', slo);
  checkNumberArgument('burnRate', burnRate, { min: 0 }, 'a burn rate, 0 or more (1 = exactly the budget over the period)');
  return detectionTime(slo, alert, Math.min(1, burnRate * slo.errorBudget));
}

/**
 * How long an alert keeps firing after the errors stop, once the outage
 * lasted at least the short window: the short window's ratio falls as
 * errorRate x (1 - t / short) and the alert clears when it is no longer
 * above the threshold. At most the short window.
 */
export function resetTime(slo: ServiceLevelObjective, alert: BurnRateAlert, errorRate: number): number {
  checkSloArgument('slo', slo);
  checkErrorRate(errorRate);
  const threshold = slo.threshold(alert);
  if (!(errorRate > threshold)) return 0;
  return alert.shortWindowSeconds * (1 - threshold / errorRate);
}

/** The fastest alert of a severity for an error rate, or undefined when none would fire. */
export function firstAlert(slo: ServiceLevelObjective, severity: string, errorRate: number): { alert: BurnRateAlert; seconds: number } | undefined {
  checkSloArgument('slo', slo);
  checkErrorRate(errorRate);
  let best: { alert: BurnRateAlert; seconds: number } | undefined;
  for (const alert of slo.alertsFor(severity)) {
    const seconds = detectionTime(slo, alert, errorRate);
    if (Number.isFinite(seconds) && (!best || seconds < best.seconds)) best = { alert, seconds };
  }
  return best;
}

/** How long a steady error rate takes to exhaust the whole budget (Infinity at zero). */
export function timeToExhaustion(slo: ServiceLevelObjective, errorRate: number): number {
  checkSloArgument('slo', slo);
  checkErrorRate(errorRate);
  if (!(errorRate > 0)) return Infinity;
  return (slo.periodSeconds * slo.errorBudget) / errorRate;
}
