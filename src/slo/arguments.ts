import { SloDefinitionError } from '../core/errors';
import { didYouMean } from '../core/spelling';
import { CLOUDWATCH_LIMITS } from '../core/cloudwatch-limits';
import type { AlarmCost } from './alarm-plan';

/**
 * Argument checks for the SLO model's exported functions: a JavaScript or
 * YAML caller gets a {@link SloDefinitionError} naming the argument, the
 * value and what is allowed, never a `TypeError` from deep inside the math.
 * Pure (no framework), like the rest of the model.
 */

/** What a value is, in words. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A plain object whose keys are all `known` (a misspelt key gets a did-you-mean). `what` describes it for the error. */
export function checkObjectArgument(prop: string, value: unknown, known: readonly string[], what: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new SloDefinitionError(prop, value, `must be ${what} (got ${kind(value)})`);
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known);
    throw new SloDefinitionError(`${prop}.${key}`, (value as Record<string, unknown>)[key], `is not a known key${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ''}; known: ${known.join(', ')}`);
  }
}

/** A list. */
export function checkListArgument(prop: string, value: unknown, what: string): asserts value is unknown[] {
  if (!Array.isArray(value)) throw new SloDefinitionError(prop, value, `must be a list of ${what} (got ${kind(value)})`);
}

/** A finite number within bounds (inclusive). */
export function checkNumberArgument(prop: string, value: unknown, rule: { min?: number; max?: number }, what: string): asserts value is number {
  const ok = typeof value === 'number' && Number.isFinite(value) && (rule.min === undefined || value >= rule.min) && (rule.max === undefined || value <= rule.max);
  if (!ok) throw new SloDefinitionError(prop, value, `must be ${what}`);
}

/** A string. */
export function checkStringArgument(prop: string, value: unknown, what: string): asserts value is string {
  if (typeof value !== 'string') throw new SloDefinitionError(prop, value, `must be ${what} (got ${kind(value)})`);
}

/**
 * Metrics a CloudWatch window alarm reads: 1 to 10 ("A single PutMetricAlarm call can include ... as many as 10
 * structures that contain a MetricStat", MetricDataQuery in the CloudWatch API reference).
 */
export function checkMetricsPerAlarm(prop: string, value: unknown): void {
  const max = CLOUDWATCH_LIMITS.maxMetricsPerAlarm;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > max) {
    throw new SloDefinitionError(prop, value, `must be a whole number of metrics from 1 to ${max} (CloudWatch reads at most ${max} per alarm)`);
  }
}

/** The figures of an {@link AlarmCost}, as the totals and the report lines read them. */
const COST_FIGURES: readonly (keyof AlarmCost)[] = ['windowAlarms', 'healthAlarms', 'budgetAlarms', 'metricAlarms', 'metricsPerAlarm', 'alarmMetrics', 'compositeAlarms', 'monthlyUsd'];

/** An alarm cost, as {@link alarmCost} returns it. */
export function checkAlarmCost(prop: string, cost: unknown): asserts cost is AlarmCost {
  checkObjectArgument(prop, cost, COST_FIGURES, 'an alarm cost (what alarmCost returns)');
  for (const f of COST_FIGURES) checkNumberArgument(`${prop}.${f}`, (cost as Record<string, unknown>)[f], { min: 0 }, 'a number, 0 or more');
}
