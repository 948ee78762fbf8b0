import { SLO_RECORDS } from '../core/contract';
import { PropError } from '../core/errors';
import { kindOf } from '../core/prop-types';
import { isUnresolved } from '../core/tokens';
import { BurnRateAlert, BurnRateAlertSummary, summarizeAlert } from '../slo/alert-policy';
import { formatDuration } from '../slo/duration';
import { ServiceLevelObjective } from '../slo/objective';
import { checkSloArgument } from '../slo/slo-argument';
import { substituteWindow } from './promql';

/**
 * Prometheus recording and alerting rules generated from the SLO model, with
 * sloth's record names (`slo:sli_error:ratio_rate5m`, `slo:objective:ratio`,
 * ...) so dashboards built for sloth read them. Labels are `service`, `slo`
 * and `window` instead of sloth's `sloth_service`, `sloth_slo` and
 * `sloth_window`. Pure functions: no cdktf import.
 */

/** One recording or alerting rule, as a Prometheus rule file writes it. */
export interface PrometheusRule {
  /** Name of the series a recording rule writes. @default - absent on an alerting rule */
  readonly record?: string;
  /** Name of the alert an alerting rule fires. @default - absent on a recording rule */
  readonly alert?: string;
  /** The PromQL expression. */
  readonly expr: string;
  /** Labels added to the result. @default - none */
  readonly labels?: Readonly<Record<string, string>>;
  /** Annotations of an alert. @default - none */
  readonly annotations?: Readonly<Record<string, string>>;
}

/** A rule group, as a Prometheus rule file (and a PrometheusRule's spec) writes it. */
export interface PrometheusRuleGroup {
  readonly name: string;
  readonly rules: readonly PrometheusRule[];
}

/** An SLI as two event queries (bad and total, both per second) with the window placeholder. */
export interface EventsSli {
  readonly errorQuery: string;
  readonly totalQuery: string;
}

/** An SLI as one query that returns the error ratio (0..1) over the window placeholder. */
export interface RatioSli {
  readonly errorRatioQuery: string;
  /** All events per second over the window, for the minimum-traffic guard. @default - no guard */
  readonly totalQuery?: string;
}

/** How an SLO's error ratio is measured. */
export type PrometheusSli = EventsSli | RatioSli;

/**
 * A label value these functions write into PromQL selectors (`{service="api"}`) and rule names: a string known at
 * synth, without the `"`, `\` or line break that would end or break the quoted selector.
 */
function checkName(argument: string, value: unknown): asserts value is string {
  if (typeof value !== 'string' || value === '') throw new PropError(argument, value, `must be a non-empty string (got ${value === '' ? 'an empty string' : kindOf(value)})`);
  if (isUnresolved(value)) throw new PropError(argument, value, 'must be known at synth, not a Terraform variable or reference: it is written into rule names and selectors');
  if (/["\\\n\r]/.test(value)) throw new PropError(argument, value, 'must not contain a double quote, a backslash or a line break (it is written into quoted PromQL selectors)');
}

function checkWindow(argument: string, seconds: unknown): asserts seconds is number {
  if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds <= 0) throw new PropError(argument, seconds, 'must be a whole number of seconds above 0');
}

/** An SLI: events (`errorQuery` and `totalQuery`) or a ratio (`errorRatioQuery`, optionally `totalQuery`), each query a string. */
function checkSli(sli: unknown): asserts sli is PrometheusSli {
  if (sli === null || typeof sli !== 'object' || Array.isArray(sli)) throw new PropError('sli', sli, 'must be an object { errorQuery, totalQuery } or { errorRatioQuery, totalQuery? }');
  const q = sli as Record<string, unknown>;
  const ratio = 'errorRatioQuery' in q;
  const required = ratio ? ['errorRatioQuery'] : ['errorQuery', 'totalQuery'];
  for (const key of [...required, ...(ratio && q.totalQuery !== undefined ? ['totalQuery'] : [])]) {
    if (typeof q[key] !== 'string' || (q[key] as string).trim() === '') throw new PropError(`sli.${key}`, q[key], 'must be a non-empty PromQL string');
  }
}

/** The window whose record feeds the period ratio and the current burn rate (as in sloth). */
export const BASE_WINDOW_SECONDS = SLO_RECORDS.baseWindowSeconds;

/** Name of the recording rule holding the error ratio over a window, e.g. `slo:sli_error:ratio_rate5m`. */
export function errorRatioRecord(windowSeconds: number): string {
  checkWindow('windowSeconds', windowSeconds);
  return `${SLO_RECORDS.errorRatioPrefix}${formatDuration(windowSeconds)}`;
}

/** Every window an SLO records: those its alerts read, the 5m base window, then the period. */
export function recordedWindows(slo: ServiceLevelObjective): number[] {
  checkSloArgument('slo', slo);
  const windows = new Set([BASE_WINDOW_SECONDS, ...slo.windows]);
  return [...windows].filter((w) => w < slo.periodSeconds).sort((a, b) => a - b);
}

/** Name of the recording rule holding the events in a window, e.g. `slo:sli_total_events:increase1h` (the minimum-traffic guard reads it). */
export function totalEventsRecord(windowSeconds: number): string {
  checkWindow('windowSeconds', windowSeconds);
  return `${SLO_RECORDS.totalEventsPrefix}${formatDuration(windowSeconds)}`;
}

/** Name of the SLI health alert of an SLO, e.g. `CheckoutAvailabilitySliMissing`. */
export function sliHealthAlertName(service: string, sloName: string): string {
  checkName('service', service);
  checkName('sloName', sloName);
  return `${pascal(service)}${pascal(sloName)}SliMissing`;
}

/** Alert name for one severity of an SLO, e.g. `CheckoutAvailabilityBudgetBurnPage`. */
export function sloAlertName(service: string, sloName: string, severity: string): string {
  checkName('service', service);
  checkName('sloName', sloName);
  checkName('severity', severity);
  return `${pascal(service)}${pascal(sloName)}BudgetBurn${pascal(severity)}`;
}

/** What the `reliability.cdktf.io/slos` annotation holds for one SLO (the rule pack reads it). */
export interface SloSummary {
  readonly service: string;
  readonly name: string;
  readonly objective: number;
  readonly period: string;
  readonly alerts: readonly BurnRateAlertSummary[];
}

/** The annotation entry for one SLO. */
export function sloSummary(service: string, slo: ServiceLevelObjective): SloSummary {
  checkName('service', service);
  checkSloArgument('slo', slo);
  return {
    service,
    name: slo.name,
    objective: slo.objective,
    period: slo.period,
    alerts: slo.alerts.map(summarizeAlert),
  };
}

/** Options for {@link sloRuleGroups}. */
export interface SloRuleOptions {
  /** Extra labels on every alert (e.g. `team`). @default - none */
  readonly alertLabels?: Readonly<Record<string, string>>;
  /**
   * Fewest events an alert's long window must hold before the alert can
   * fire (needs a total query); 1 turns the guard off.
   * @default 1
   */
  readonly minimumEvents?: number;
  /**
   * The SLI health alert: fires when every series `selectors` names has
   * been absent for `missingForSeconds`.
   * @default - none
   */
  readonly sliHealth?: { readonly missingForSeconds: number; readonly severity: string; readonly selectors: readonly string[] };
}

/**
 * The three rule groups of one SLO, as sloth lays them out: SLI recordings
 * (one per window plus the period), meta recordings, and one alert per
 * severity joining that severity's window pairs with `or`.
 */
export function sloRuleGroups(service: string, slo: ServiceLevelObjective, sli: PrometheusSli, options: SloRuleOptions = {}): PrometheusRuleGroup[] {
  checkName('service', service);
  checkSloArgument('slo', slo);
  checkSli(sli);
  checkOptions(options);
  const id = `${service}-${slo.name}`;
  const sel = `{service="${service}", slo="${slo.name}"}`;
  const ids = { service, slo: slo.name };
  const base = errorRatioRecord(BASE_WINDOW_SECONDS);
  const period = formatDuration(slo.periodSeconds);

  const sliRules: PrometheusRule[] = recordedWindows(slo).map((w) => ({
    record: errorRatioRecord(w),
    expr: errorRatioExpr(sli, formatDuration(w)),
    labels: { ...ids, window: formatDuration(w) },
  }));
  sliRules.push({
    record: errorRatioRecord(slo.periodSeconds),
    expr: `sum_over_time(${base}${sel}[${period}])\n/ ignoring (window)\ncount_over_time(${base}${sel}[${period}])`,
    labels: { ...ids, window: period },
  });
  // The minimum-traffic guard reads the events in each long window.
  const minimumEvents = options.minimumEvents ?? 1;
  const guarded = minimumEvents > 1 && sli.totalQuery !== undefined;
  if (guarded) {
    for (const w of [...new Set(slo.alerts.map((a) => a.longWindowSeconds))].sort((a, b) => a - b)) {
      sliRules.push({
        record: totalEventsRecord(w),
        expr: `(${substituteWindow((sli.totalQuery as string).trim(), formatDuration(w))})\n* ${w}`,
        labels: { ...ids, window: formatDuration(w) },
      });
    }
  }

  const metaRules: PrometheusRule[] = [
    { record: 'slo:objective:ratio', expr: `vector(${slo.objectiveRatio})`, labels: ids },
    { record: 'slo:error_budget:ratio', expr: `vector(${slo.errorBudget})`, labels: ids },
    { record: 'slo:time_period:days', expr: `vector(${slo.periodSeconds / 86400})`, labels: ids },
    {
      record: 'slo:current_burn_rate:ratio',
      expr: `${base}${sel}\n/ on(service, slo) group_left\nslo:error_budget:ratio${sel}`,
      labels: ids,
    },
    {
      record: 'slo:period_burn_rate:ratio',
      expr: `${errorRatioRecord(slo.periodSeconds)}${sel}\n/ on(service, slo) group_left\nslo:error_budget:ratio${sel}`,
      labels: ids,
    },
    { record: 'slo:period_error_budget_remaining:ratio', expr: `1 - slo:period_burn_rate:ratio${sel}`, labels: ids },
  ];

  const alertRules: PrometheusRule[] = slo.severities.map((severity) => {
    const alerts = slo.alertsFor(severity);
    const annotations: Record<string, string> = {
      summary: `${service} ${slo.name} SLO: error budget burning too fast (${severity})`,
      description: describeAlerts(slo, alerts, guarded ? minimumEvents : undefined),
    };
    if (slo.runbookUrl) annotations.runbook_url = slo.runbookUrl;
    return {
      alert: sloAlertName(service, slo.name, severity),
      expr: alerts.map((a) => alertCondition(slo, a, sel, guarded ? minimumEvents : undefined)).join('\nor\n'),
      labels: { ...(options.alertLabels ?? {}), severity, slo: slo.name, service },
      annotations,
    };
  });
  const health = options.sliHealth;
  if (health && health.selectors.length > 0) {
    const missing = formatDuration(health.missingForSeconds);
    const annotations: Record<string, string> = {
      summary: `${service} ${slo.name} SLO: the SLI has reported nothing for ${missing}`,
      description:
        `No sample of ${health.selectors.join(' or ')} for ${missing}: the exporter stopped, the series was renamed or a label changed. ` +
        `Until it reports again, every burn-rate alert of this SLO reads no data and cannot fire. ` +
        `${slo.runbookUrl ? `Runbook: ${slo.runbookUrl}` : 'No runbook is linked to this SLO.'}`,
    };
    if (slo.runbookUrl) annotations.runbook_url = slo.runbookUrl;
    alertRules.push({
      alert: sliHealthAlertName(service, slo.name),
      expr: health.selectors.map((s) => `absent_over_time(${s}[${missing}])`).join('\nor\n'),
      labels: { ...(options.alertLabels ?? {}), severity: health.severity, slo: slo.name, service },
      annotations,
    });
  }

  return [
    { name: `slo-sli-recordings-${id}`, rules: sliRules },
    { name: `slo-meta-recordings-${id}`, rules: metaRules },
    ...(alertRules.length ? [{ name: `slo-alerts-${id}`, rules: alertRules }] : []),
  ];
}

/** The options of {@link sloRuleGroups}, checked as a construct checks its props. */
function checkOptions(options: unknown): asserts options is SloRuleOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new PropError('options', options, `must be an object (got ${kindOf(options)})`);
  const o = options as Record<string, unknown>;
  const known = ['alertLabels', 'minimumEvents', 'sliHealth'];
  for (const key of Object.keys(o)) if (!known.includes(key)) throw new PropError(`options.${key}`, o[key], `is not a known option; known: ${known.join(', ')}`);
  if (o.alertLabels !== undefined) {
    if (o.alertLabels === null || typeof o.alertLabels !== 'object' || Array.isArray(o.alertLabels)) throw new PropError('options.alertLabels', o.alertLabels, 'must be a map of label names to strings');
    for (const [k, v] of Object.entries(o.alertLabels)) if (typeof v !== 'string') throw new PropError(`options.alertLabels.${k}`, v, `must be a string (got ${kindOf(v)})`);
  }
  if (o.minimumEvents !== undefined && (typeof o.minimumEvents !== 'number' || !Number.isInteger(o.minimumEvents) || o.minimumEvents < 1)) {
    throw new PropError('options.minimumEvents', o.minimumEvents, 'must be a whole number of at least 1');
  }
  const h = o.sliHealth as Record<string, unknown> | undefined | null;
  if (h !== undefined) {
    if (h === null || typeof h !== 'object') throw new PropError('options.sliHealth', h, 'must be an object { missingForSeconds, severity, selectors }');
    checkWindow('options.sliHealth.missingForSeconds', h.missingForSeconds);
    checkName('options.sliHealth.severity', h.severity);
    if (!Array.isArray(h.selectors) || h.selectors.some((x) => typeof x !== 'string')) throw new PropError('options.sliHealth.selectors', h.selectors, 'must be a list of series selectors');
  }
}

/** The error-ratio expression of an SLI over one window. */
export function errorRatioExpr(sli: PrometheusSli, window: string): string {
  checkSli(sli);
  if ('errorRatioQuery' in sli) return `(${substituteWindow(sli.errorRatioQuery.trim(), window)})`;
  return `(${substituteWindow(sli.errorQuery.trim(), window)})\n/\n(${substituteWindow(sli.totalQuery.trim(), window)})`;
}

/** One window pair: both the long and the short window above burn rate x budget, and the long window holding `minimumEvents` events when guarded. */
function alertCondition(slo: ServiceLevelObjective, a: BurnRateAlert, sel: string, minimumEvents: number | undefined): string {
  const threshold = `(${a.burnRate} * ${slo.errorBudget})`;
  const side = (w: number) => `max(${errorRatioRecord(w)}${sel} > ${threshold}) without (window)`;
  const guard = minimumEvents === undefined ? '' : `\n    and\n    max(${totalEventsRecord(a.longWindowSeconds)}${sel} >= ${minimumEvents}) without (window)`;
  return `(\n    ${side(a.longWindowSeconds)}${guard}\n    and\n    ${side(a.shortWindowSeconds)}\n)`;
}

function describeAlerts(slo: ServiceLevelObjective, alerts: readonly BurnRateAlert[], minimumEvents: number | undefined): string {
  const pairs = alerts
    .map(
      (a) =>
        `${a.burnRate}x over ${formatDuration(a.longWindowSeconds)} and ${formatDuration(a.shortWindowSeconds)} ` +
        `(${+(a.budgetFraction * 100).toPrecision(6)}% of the budget in ${formatDuration(a.longWindowSeconds)})`,
    )
    .join(', or ');
  const guard = minimumEvents === undefined ? '' : ` A long window needs at least ${minimumEvents} events to fire.`;
  const runbook = slo.runbookUrl ? `Runbook: ${slo.runbookUrl}` : 'No runbook is linked to this SLO.';
  return `${slo.description.replace(/\.\s*$/, '')}. The error budget (${+(slo.errorBudget * 100).toPrecision(6)}% of events over ${slo.period}) is burning ${pairs}.${guard} ${runbook}`;
}

function pascal(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0].toUpperCase() + p.slice(1))
    .join('');
}
