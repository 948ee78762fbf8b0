import { SloDefinitionError } from '../core/errors';
import { BurnRateAlert } from './alert-policy';
import { checkAlarmCost, checkListArgument, checkMetricsPerAlarm, checkObjectArgument } from './arguments';
import type { ServiceLevelObjective } from './objective';
import { checkSloArgument } from './slo-argument';

/**
 * Which window alarms an SLO needs on a backend whose alarms compare one
 * window with one threshold (CloudWatch), and what they cost. Pure: the
 * CloudWatch construct builds its alarms from this plan and the error-budget
 * report prices the same plan, so the two cannot disagree.
 */

/** One window alarm: a window, the error ratio it must exceed, and whether the minimum-traffic guard applies. */
export interface PlannedWindowAlarm {
  /** Construct id of the alarm: the first alert that needs it and its role, e.g. `page-1h-5m-long`. */
  readonly id: string;
  /** The alert whose id and role name the alarm. */
  readonly alert: BurnRateAlert;
  /** `long` or `short`, the role in the alert that names the alarm. */
  readonly role: 'long' | 'short';
  readonly windowSeconds: number;
  /** Error ratio the window must exceed (burn rate x error budget). */
  readonly threshold: number;
  /** Whether the minimum-traffic guard applies (long windows only). */
  readonly guarded: boolean;
  /** Every alert window this alarm serves, as `<alert id>-<role>`. */
  readonly serves: readonly string[];
}

/** The window alarms of an SLO's alerts and, per alert, which alarm each of its windows uses. */
export interface WindowAlarmPlan {
  /** The distinct alarms, in the order the alerts first need them. */
  readonly alarms: readonly PlannedWindowAlarm[];
  /** Per alert id: the ids of the alarms for its long and short windows. */
  readonly pairs: Readonly<Record<string, { readonly long: string; readonly short: string }>>;
}

/**
 * Plans the window alarms of an SLO: one per distinct (window, threshold,
 * guard). Two alert windows share an alarm only when all three are equal,
 * because a CloudWatch alarm compares one value with one threshold: the 30d
 * catalogue's two 6h windows (page long window at 6x, guarded; ticket short
 * window at 1x) differ in threshold and stay two alarms.
 */
export function planWindowAlarms(slo: ServiceLevelObjective): WindowAlarmPlan {
  checkSloArgument('slo', slo);
  const byKey = new Map<string, { alarm: PlannedWindowAlarm; serves: string[] }>();
  const pairs: Record<string, { long: string; short: string }> = {};
  for (const alert of slo.alerts) {
    const ids = { long: '', short: '' };
    for (const role of ['long', 'short'] as const) {
      const windowSeconds = role === 'long' ? alert.longWindowSeconds : alert.shortWindowSeconds;
      const threshold = slo.threshold(alert);
      const guarded = role === 'long';
      const key = `${windowSeconds}|${threshold}|${guarded}`;
      let entry = byKey.get(key);
      if (!entry) {
        const serves: string[] = [];
        entry = { alarm: { id: `${alert.id}-${role}`, alert, role, windowSeconds, threshold, guarded, serves }, serves };
        byKey.set(key, entry);
      }
      entry.serves.push(`${alert.id}-${role}`);
      ids[role] = entry.alarm.id;
    }
    pairs[alert.id] = ids;
  }
  return { alarms: [...byKey.values()].map((e) => e.alarm), pairs };
}

/**
 * CloudWatch alarm list prices used by the cost estimate: US East (N.
 * Virginia), standard resolution, from https://aws.amazon.com/cloudwatch/pricing/
 * as published on 2026-12-01. A metric-math alarm is billed per metric it
 * reads; the free tier (10 alarm metrics per account) is not deducted.
 */
export const CLOUDWATCH_ALARM_PRICES = {
  /** USD per standard-resolution alarm metric per month. */
  alarmMetricMonthUsd: 0.1,
  /** USD per composite alarm per month. */
  compositeAlarmMonthUsd: 0.5,
  /** Where the prices come from. */
  source: 'https://aws.amazon.com/cloudwatch/pricing/ (US East (N. Virginia), standard resolution)',
  /** When they were read. */
  asOf: '2026-12-01',
} as const;

/** The CloudWatch alarms of one SLO (or a total) and their monthly list price. */
export interface AlarmCost {
  /** Window alarms (metric-math alarms over the SLI). */
  readonly windowAlarms: number;
  /** SLI health alarms (one metric each). */
  readonly healthAlarms: number;
  /** Budget-exhausted alarms (metric-math alarms over the SLI, like the window alarms). */
  readonly budgetAlarms: number;
  /** Metric alarms: window alarms, SLI health alarms and budget-exhausted alarms. */
  readonly metricAlarms: number;
  /** Metrics each window (and budget-exhausted) alarm reads (what CloudWatch bills per alarm). */
  readonly metricsPerAlarm: number;
  /** Alarm metrics billed: window and budget-exhausted alarms x metrics per alarm, plus one per SLI health alarm. */
  readonly alarmMetrics: number;
  /** Composite alarms: one per severity (and one suppressor per severity after the second). */
  readonly compositeAlarms: number;
  /** Monthly list price in USD at {@link CLOUDWATCH_ALARM_PRICES}. */
  readonly monthlyUsd: number;
}

/** Options of {@link alarmCost}. */
export interface AlarmCostOptions {
  /** Metrics each window alarm reads (5 for `SloSli.albAvailability`, 2 for a bad/total pair). */
  readonly metricsPerAlarm: number;
  /**
   * Whether the SLO has an SLI health alarm (one metric).
   * @default true
   */
  readonly sliHealth?: boolean;
  /**
   * Whether the SLO has a budget-exhausted alarm (as many metrics as a window alarm).
   * @default false
   */
  readonly budgetExhausted?: boolean;
}

/** The CloudWatch alarms an SLO creates and what they cost per month. */
export function alarmCost(slo: ServiceLevelObjective, options: AlarmCostOptions): AlarmCost {
  checkSloArgument('slo', slo);
  checkObjectArgument('options', options, ['metricsPerAlarm', 'sliHealth', 'budgetExhausted'], 'an object { metricsPerAlarm, sliHealth?, budgetExhausted? }');
  checkMetricsPerAlarm('options.metricsPerAlarm', options.metricsPerAlarm);
  for (const key of ['sliHealth', 'budgetExhausted'] as const) {
    if (options[key] !== undefined && typeof options[key] !== 'boolean') throw new SloDefinitionError(`options.${key}`, options[key], 'must be true or false');
  }
  const windows = planWindowAlarms(slo).alarms.length;
  const health = options.sliHealth ?? true ? 1 : 0;
  const budget = options.budgetExhausted ? 1 : 0;
  const alarmMetrics = (windows + budget) * options.metricsPerAlarm + health;
  // One per severity, plus a notify-nobody "any more urgent" composite for each severity below the second.
  const compositeAlarms = slo.severities.length + Math.max(0, slo.severities.length - 2);
  return {
    windowAlarms: windows,
    healthAlarms: health,
    budgetAlarms: budget,
    metricAlarms: windows + health + budget,
    metricsPerAlarm: options.metricsPerAlarm,
    alarmMetrics,
    compositeAlarms,
    monthlyUsd: priceOf(alarmMetrics, compositeAlarms),
  };
}

/** Adds up alarm costs; metrics per alarm of the total is the average over the window and budget-exhausted alarms. */
export function totalAlarmCost(costs: readonly AlarmCost[]): AlarmCost {
  checkListArgument('costs', costs, 'alarm costs (alarmCost results)');
  costs.forEach((c, i) => checkAlarmCost(`costs[${i}]`, c));
  const sum = (f: (c: AlarmCost) => number): number => costs.reduce((s, c) => s + f(c), 0);
  const windowAlarms = sum((c) => c.windowAlarms);
  const healthAlarms = sum((c) => c.healthAlarms);
  const budgetAlarms = sum((c) => c.budgetAlarms);
  const alarmMetrics = sum((c) => c.alarmMetrics);
  const compositeAlarms = sum((c) => c.compositeAlarms);
  return {
    windowAlarms,
    healthAlarms,
    budgetAlarms,
    metricAlarms: windowAlarms + healthAlarms + budgetAlarms,
    metricsPerAlarm: windowAlarms + budgetAlarms === 0 ? 0 : Math.round(((alarmMetrics - healthAlarms) / (windowAlarms + budgetAlarms)) * 10) / 10,
    alarmMetrics,
    compositeAlarms,
    monthlyUsd: priceOf(alarmMetrics, compositeAlarms),
  };
}

function priceOf(alarmMetrics: number, composites: number): number {
  return Math.round((alarmMetrics * CLOUDWATCH_ALARM_PRICES.alarmMetricMonthUsd + composites * CLOUDWATCH_ALARM_PRICES.compositeAlarmMonthUsd) * 100) / 100;
}

