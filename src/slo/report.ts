import { AlarmCost, alarmCost, CLOUDWATCH_ALARM_PRICES, totalAlarmCost } from './alarm-plan';
import { checkAlarmCost, checkListArgument, checkMetricsPerAlarm, checkObjectArgument } from './arguments';
import { clean, summarizeAlert } from './alert-policy';
import { MINUTE } from './duration';
import { reportDuration, reportDurationText } from './units';
import { fitTable, TEXT_WIDTH, wrapParagraph } from '../core/text-layout';
import { CLOUDWATCH_LIMITS } from '../core/cloudwatch-limits';
import { SloDefinitionError } from '../core/errors';
import { BudgetExhaustedOptions, resolveBudgetExhausted } from './budget-exhausted';
import { ServiceLevelObjective, SloDefinition } from './objective';
import { detectionTime, detectionTimeForBurnRate } from './timing';

/** The burn rates the report gives detection times for, besides a full outage. */
export const REPORT_BURN_RATES: readonly number[] = [2, 10, 100];

/** One alert of an SLO, as the report shows it. */
export interface AlertReport {
  /** Alert id, e.g. `page-1h-5m`. */
  readonly id: string;
  /** Who is told, e.g. `page`. */
  readonly severity: string;
  /** Long window, e.g. `1h`. */
  readonly longWindow: string;
  /** Short window, e.g. `5m`. */
  readonly shortWindow: string;
  /** Burn-rate factor, e.g. 14.4. */
  readonly burnRate: number;
  /** Percent of the period's budget consumed in the long window when it fires. */
  readonly budgetPercent: number;
  /** Error ratio above which it fires (burn rate x budget). */
  readonly threshold: number;
  /** Seconds to fire for a full outage (100% errors); Infinity when it never fires. */
  readonly fullOutageSeconds: number;
  /** Seconds to fire for each of `REPORT_BURN_RATES`, in that order; Infinity when it never fires. */
  readonly burnRateSeconds: readonly number[];
}

/** One SLO, as the report shows it. */
export interface SloReport {
  /** SLO name. */
  readonly name: string;
  /** Objective in percent, e.g. 99.9. */
  readonly objective: number;
  /** Period, e.g. `30d`. */
  readonly period: string;
  /** What the SLO promises. */
  readonly description: string;
  /** Runbook link. @default - absent when the SLO has none */
  readonly runbookUrl?: string;
  /** Error budget as a fraction, e.g. 0.001. */
  readonly errorBudget: number;
  /** Minutes of full outage the budget allows per period. */
  readonly budgetMinutes: number;
  /** Bad events the budget allows per period. @default - absent unless eventsPerPeriod was given */
  readonly budgetEvents?: number;
  /** The events per period the report was given. @default - absent unless given */
  readonly eventsPerPeriod?: number;
  /** The burn-rate alerts, in policy order. */
  readonly alerts: readonly AlertReport[];
  /** The CloudWatch alarms `SloAlarms` creates for this SLO, and their monthly list price. */
  readonly alarms: AlarmCost;
}

/**
 * An SLO as the report reads it: the definition, plus what the CloudWatch
 * alarm count depends on.
 */
export interface ReportedSloDefinition extends SloDefinition {
  /**
   * Metrics each CloudWatch window alarm reads: 5 for `SloSli.albAvailability`
   * and `albLatency` (2 with a target group), 2 for `apiGateway` and `metrics`,
   * the number of metrics for `metricMath`.
   * @default - the report's `metricsPerAlarm`
   */
  readonly metricsPerAlarm?: number;
  /**
   * The SLI health alarm (`{ enabled: false }` leaves it out of the count).
   * @default - enabled
   */
  readonly sliHealth?: { readonly enabled?: boolean };
  /**
   * The budget-exhausted alarm, as `SloAlarms` takes it per SLO (`{ enabled: true }` counts it and checks its
   * budgetPercent and severity).
   * @default - none (as in SloAlarms)
   */
  readonly budgetExhausted?: BudgetExhaustedOptions;
}

/** Options of {@link errorBudgetReport}. */
export interface ErrorBudgetReportOptions {
  /**
   * Events (requests) per SLO period, to give the budget in events too.
   * @default - the budget is given in minutes only
   */
  readonly eventsPerPeriod?: number;
  /**
   * Metrics each CloudWatch window alarm reads, for SLOs that do not say.
   * @default 5 (an ALB availability SLI: target 5xx, load balancer 5xx, 502, 504 and requests)
   */
  readonly metricsPerAlarm?: number;
}

/** Metrics per window alarm the report assumes unless told: `SloSli.albAvailability`. */
export const DEFAULT_METRICS_PER_ALARM = 5;

/**
 * The error-budget report of SLOs: per SLO the objective and budget, and
 * per alert its windows, burn rate, budget consumed and detection times.
 * Throws `SloDefinitionError` naming `slos[i].<prop>` for an invalid SLO.
 */
export function errorBudgetReport(slos: ReadonlyArray<ReportedSloDefinition | ServiceLevelObjective>, options: ErrorBudgetReportOptions = {}): SloReport[] {
  checkObjectArgument('options', options, ['eventsPerPeriod', 'metricsPerAlarm'], 'an object { eventsPerPeriod?, metricsPerAlarm? }');
  const events = options.eventsPerPeriod;
  const defaultMetrics = options.metricsPerAlarm ?? DEFAULT_METRICS_PER_ALARM;
  checkMetricsPerAlarm('metricsPerAlarm', defaultMetrics);
  if (events !== undefined && (typeof events !== 'number' || !Number.isFinite(events) || events <= 0)) {
    throw new SloDefinitionError('eventsPerPeriod', events, 'must be a positive number of events per SLO period');
  }
  if (!Array.isArray(slos) || slos.length === 0) throw new SloDefinitionError('slos', slos, 'must list at least one SLO');
  return slos.map((def, i) => {
    let slo: ServiceLevelObjective;
    let budgetAlarm = false;
    try {
      slo = def instanceof ServiceLevelObjective ? def : ServiceLevelObjective.from(def);
      if (!(def instanceof ServiceLevelObjective)) {
        if (def.metricsPerAlarm !== undefined) checkMetricsPerAlarm('metricsPerAlarm', def.metricsPerAlarm);
        if (def.sliHealth !== undefined && (def.sliHealth === null || typeof def.sliHealth !== 'object' || (def.sliHealth.enabled !== undefined && typeof def.sliHealth.enabled !== 'boolean'))) {
          throw new SloDefinitionError('sliHealth', def.sliHealth, 'must be an object such as { enabled: false }');
        }
        budgetAlarm = resolveBudgetExhausted(slo, def.budgetExhausted, undefined, 'budgetExhausted', CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds) !== undefined;
      }
    } catch (e) {
      if (e instanceof SloDefinitionError) throw new SloDefinitionError(`slos[${i}].${e.prop}`, e.value, e.allowed);
      throw e;
    }
    return {
      name: slo.name,
      objective: slo.objective,
      period: slo.period,
      description: slo.description,
      runbookUrl: slo.runbookUrl,
      errorBudget: slo.errorBudget,
      budgetMinutes: slo.budgetMinutes,
      budgetEvents: events === undefined ? undefined : slo.budgetEvents(events),
      eventsPerPeriod: events,
      alerts: slo.alerts.map((a) => ({
        ...summarizeAlert(a),
        budgetPercent: clean(a.budgetFraction * 100),
        threshold: slo.threshold(a),
        fullOutageSeconds: detectionTime(slo, a, 1),
        burnRateSeconds: REPORT_BURN_RATES.map((b) => detectionTimeForBurnRate(slo, a, b)),
      })),
      alarms: alarmCost(slo, {
        metricsPerAlarm: (def instanceof ServiceLevelObjective ? undefined : def.metricsPerAlarm) ?? defaultMetrics,
        sliHealth: def instanceof ServiceLevelObjective ? true : def.sliHealth?.enabled ?? true,
        budgetExhausted: budgetAlarm,
      }),
    };
  });
}


/** Burn rates and percentages as people read them: at most 2 decimals (`0.93`, `13.44`, `14.4`). */
function num(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Math.round(x * 100) / 100);
}

/** Small percentages keep 3 significant digits (`0.0933`), larger ones at most 2 decimals. */
function pct(x: number): string {
  return Math.abs(x) >= 1 ? num(x) : String(Number(x.toPrecision(3)));
}

function usd(x: number): string {
  return `$${x.toFixed(2)}`;
}

/** One line on the CloudWatch alarms of an SLO (or the total) and their monthly price. */
export function alarmLine(c: AlarmCost): string {
  checkAlarmCost('cost', c);
  const health = c.healthAlarms ? ` + ${c.healthAlarms} SLI health` : '';
  const read = c.budgetAlarms ? `(${c.windowAlarms} windows + ${c.budgetAlarms} budget-exhausted)` : `${c.windowAlarms} windows`;
  return (
    `CloudWatch: ${c.metricAlarms} metric alarms (${read} x ${c.metricsPerAlarm} metrics${health}), ` +
    `${c.compositeAlarms} composites = ${usd(c.monthlyUsd)} a month`
  );
}

/** The closing lines: every SLO's alarms added up, and where the prices come from. */
function totalLines(reports: readonly SloReport[]): string[] {
  const total = totalAlarmCost(reports.map((r) => r.alarms));
  return [
    `total for ${reports.length} SLO${reports.length === 1 ? '' : 's'}: ${alarmLine(total)}`,
    `(list prices: $${CLOUDWATCH_ALARM_PRICES.alarmMetricMonthUsd.toFixed(2)} per alarm metric, $${CLOUDWATCH_ALARM_PRICES.compositeAlarmMonthUsd.toFixed(2)} per composite alarm a month; ` +
      `${CLOUDWATCH_ALARM_PRICES.source}, ${CLOUDWATCH_ALARM_PRICES.asOf}; free tier not deducted)`,
  ];
}

const HEADERS = ['alert', 'severity', 'windows', 'burn rate', 'budget used', 'fires above', 'full outage', ...REPORT_BURN_RATES.map((b) => `${b}x burn`)];

function rows(report: SloReport): string[][] {
  return report.alerts.map((a) => [
    a.id,
    a.severity,
    `${reportDurationText(a.longWindow)} / ${reportDurationText(a.shortWindow)}`,
    `${num(a.burnRate)}x`,
    `${pct(a.budgetPercent)}% in ${reportDurationText(a.longWindow)}`,
    `${pct(a.threshold * 100)}% errors`,
    reportDuration(a.fullOutageSeconds),
    ...a.burnRateSeconds.map((x) => reportDuration(x)),
  ]);
}

function budgetLine(r: SloReport): string {
  const events = r.budgetEvents === undefined ? '' : ` = ${formatCount(r.budgetEvents)} of ${formatCount(r.eventsPerPeriod as number)} events`;
  return `error budget ${pct(r.errorBudget * 100)}% = ${reportDuration(r.budgetMinutes * MINUTE)} of full outage per ${reportDurationText(r.period)}${events}`;
}

function formatCount(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : String(clean(n));
}

const INDENT = '  ';

/** The report as plain text, at most 100 columns: one aligned table per SLO. */
export function formatReportText(reports: readonly SloReport[]): string {
  checkReports(reports);
  return reports
    .map((r) => {
      // Fits TEXT_WIDTH columns with its two-space indent: the table squeezes its widest columns, lines wrap.
      const table = fitTable(HEADERS, rows(r), TEXT_WIDTH - INDENT.length)
        .split('\n')
        .map((l) => `${INDENT}${l}`.trimEnd());
      return [
        wrapParagraph(`${r.name}: ${r.objective}% over ${reportDurationText(r.period)}`),
        wrapParagraph(r.description, TEXT_WIDTH, INDENT),
        wrapParagraph(budgetLine(r), TEXT_WIDTH, INDENT),
        wrapParagraph(`runbook: ${r.runbookUrl ?? 'none'}`, TEXT_WIDTH, INDENT),
        wrapParagraph(alarmLine(r.alarms), TEXT_WIDTH, INDENT),
        '',
        ...table,
        '',
        wrapParagraph('Times to fire for a steady error rate from a healthy start; "never" when the alert cannot fire at that rate.', TEXT_WIDTH, INDENT),
      ].join('\n');
    })
    .concat(totalLines(reports).map((l) => wrapParagraph(l)).join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** The report as Markdown: a section and a table per SLO. */
export function formatReportMarkdown(reports: readonly SloReport[]): string {
  checkReports(reports);
  const esc = (s: string): string => s.replace(/\|/g, '\\|');
  return reports
    .map((r) =>
      [
        `### ${r.name}: ${r.objective}% over ${reportDurationText(r.period)}`,
        '',
        `${esc(r.description)}`,
        '',
        `- ${budgetLine(r)}`,
        `- runbook: ${r.runbookUrl ? `<${r.runbookUrl}>` : 'none'}`,
        `- ${alarmLine(r.alarms)}`,
        '',
        `| ${HEADERS.join(' | ')} |`,
        `|${HEADERS.map((_, c) => (c >= 3 ? ' ---: ' : ' --- ')).join('|')}|`,
        ...rows(r).map((row) => `| ${row.map(esc).join(' | ')} |`),
        '',
        'Times to fire for a steady error rate from a healthy start; "never" when the alert cannot fire at that rate.',
      ].join('\n'),
    )
    .concat(totalLines(reports).map((l, i) => (i === 0 ? `**${l}**` : l)).join('\n\n'))
    .join('\n\n')
    .concat('\n');
}

/** What the formatters read of a report: `errorBudgetReport`'s result (a JavaScript caller may pass anything). */
function checkReports(reports: unknown): asserts reports is SloReport[] {
  checkListArgument('reports', reports, 'SLO reports (what errorBudgetReport returns)');
  reports.forEach((r, i) => {
    const p = `reports[${i}]`;
    if (r === null || typeof r !== 'object' || typeof (r as SloReport).name !== 'string' || !Array.isArray((r as SloReport).alerts)) {
      throw new SloDefinitionError(p, r, 'must be an SLO report (an item of what errorBudgetReport returns)');
    }
    checkAlarmCost(`${p}.alarms`, (r as SloReport).alarms);
  });
}
