/**
 * Vega-Lite specifications of the SLO charts (plain data: no charting
 * library is loaded here). Times come from the SLO model in src/slo, so the
 * charts show what the alerts do, not a second copy of the math.
 */
import { ServiceLevelObjective } from '../../slo/objective';
import { SloPeriod } from '../../slo/alert-policy';
import { firstAlert } from '../../slo/timing';
import { reportDuration } from '../../slo/units';
import { ChartSpec, HOUR_AXIS, PALETTE } from './chart-spec';

/** What the SLO charts need of an SLO, from a stack report or from the error-budget report. */
export interface SloChartInput {
  readonly title: string;
  readonly objective: number;
  readonly period: string;
  readonly alerts: readonly { readonly id: string; readonly severity: string; readonly longWindowSeconds: number; readonly shortWindowSeconds: number; readonly burnRate: number }[];
}

/** The SLO model behind the charts, rebuilt from the reported numbers. */
function modelOf(s: SloChartInput): ServiceLevelObjective {
  return ServiceLevelObjective.from({
    name: 'chart',
    objective: s.objective,
    period: s.period as SloPeriod,
    alerts: s.alerts.map((a) => ({ severity: a.severity, longWindow: `${a.longWindowSeconds}s`, shortWindow: `${a.shortWindowSeconds}s`, burnRate: a.burnRate })),
  });
}

/** Burn rates the detection chart samples: 1x up to a full outage, evenly on a log scale. */
function burnRates(maxBurn: number): number[] {
  const out: number[] = [];
  const steps = 60;
  for (let i = 0; i <= steps; i++) out.push(Number(Math.pow(maxBurn, i / steps).toPrecision(4)));
  return out;
}

/**
 * Time to page and to ticket against burn rate: per severity, the first of
 * its alerts to fire for a steady burn; each alert's own point (it fires
 * after its long window at exactly its burn rate) marked, and the full
 * outage (the Workbook's detection time) at the right end.
 */
export function detectionChart(s: SloChartInput): ChartSpec {
  const slo = modelOf(s);
  const maxBurn = 1 / slo.errorBudget;
  const severities = [...new Set(s.alerts.map((a) => a.severity))];
  const curve = severities.flatMap((severity) =>
    burnRates(maxBurn).flatMap((burn) => {
      const first = firstAlert(slo, severity, Math.min(1, burn * slo.errorBudget));
      return first ? [{ severity, burn, minutes: first.seconds / 60, time: reportDuration(first.seconds) }] : [];
    }),
  );
  const marks = s.alerts.flatMap((a) => [
    { severity: a.severity, burn: a.burnRate, minutes: a.longWindowSeconds / 60, time: reportDuration(a.longWindowSeconds), what: `${a.id}: fires after its long window at ${a.burnRate}x` },
    {
      severity: a.severity,
      burn: Number(maxBurn.toPrecision(4)),
      minutes: (a.longWindowSeconds * a.burnRate) / maxBurn / 60,
      time: reportDuration((a.longWindowSeconds * a.burnRate) / maxBurn),
      what: `${a.id}: detects a full outage (Workbook detection time)`,
    },
  ]);
  return {
    id: 'detection',
    title: `${s.title}: time to page and to ticket against burn rate`,
    description: `Time until the first page and the first ticket fire for a steady burn rate, from 1x up to a full outage (${Number(maxBurn.toPrecision(4))}x), for an objective of ${s.objective}% over ${s.period}; each alert's own point marked.`,
    spec: {
      width: 520,
      height: 260,
      layer: [
        {
          data: { values: curve },
          mark: { type: 'line', strokeWidth: 2 },
          encoding: {
            x: { field: 'burn', type: 'quantitative', scale: { type: 'log' }, title: 'burn rate (x budget)' },
            y: { field: 'minutes', type: 'quantitative', scale: { type: 'log' }, title: 'time to fire (minutes)' },
            color: { field: 'severity', type: 'nominal', scale: { range: PALETTE }, title: 'severity' },
            tooltip: [{ field: 'severity' }, { field: 'burn', title: 'burn rate' }, { field: 'time', title: 'fires after' }],
          },
        },
        {
          data: { values: marks },
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x: { field: 'burn', type: 'quantitative', scale: { type: 'log' } },
            y: { field: 'minutes', type: 'quantitative', scale: { type: 'log' } },
            color: { field: 'severity', type: 'nominal', scale: { range: PALETTE } },
            shape: { value: 'diamond' },
            tooltip: [{ field: 'what', title: 'alert' }, { field: 'time', title: 'fires after' }],
          },
        },
      ],
    },
  };
}

/**
 * Budget consumed over the period for each alert's burn rate: a straight
 * line per burn rate up to 100%, and the point where that alert fires.
 */
export function budgetChart(s: SloChartInput): ChartSpec {
  const slo = modelOf(s);
  const periodHours = slo.periodSeconds / 3600;
  // Hours on a log scale from 3 minutes to the period, so a 5-minute window and a 3-day one both show.
  const firstHour = 0.05;
  const samples = Array.from({ length: 41 }, (_, i) => firstHour * Math.pow(periodHours / firstHour, i / 40));
  const lines = s.alerts.flatMap((a) => {
    const label = `${a.burnRate}x (${a.id})`;
    const endHours = Math.min(periodHours, periodHours / a.burnRate);
    return [...samples.filter((h) => h < endHours), endHours].map((hours) => ({ label, hours, consumed: (a.burnRate * hours * 100) / periodHours }));
  });
  const fires = s.alerts.map((a) => ({
    label: `${a.burnRate}x (${a.id})`,
    hours: a.longWindowSeconds / 3600,
    consumed: (a.burnRate * a.longWindowSeconds * 100) / slo.periodSeconds,
    when: `${a.id} fires after ${reportDuration(a.longWindowSeconds)}, with ${Number(((a.burnRate * a.longWindowSeconds * 100) / slo.periodSeconds).toPrecision(3))}% of the budget spent`,
  }));
  return {
    id: 'budget',
    title: `${s.title}: budget consumed over the period, per alert's burn rate`,
    description: `Error budget consumed over the ${s.period} period at each alert's burn rate, with the point where that alert fires.`,
    spec: {
      width: 520,
      height: 260,
      layer: [
        {
          data: { values: lines },
          mark: { type: 'line', strokeWidth: 2 },
          encoding: {
            x: { field: 'hours', type: 'quantitative', title: 'time since the burn started (hours)', scale: { type: 'log', domain: [firstHour, periodHours] }, axis: HOUR_AXIS },
            y: { field: 'consumed', type: 'quantitative', title: 'error budget consumed (%)', scale: { domain: [0, 100] } },
            color: { field: 'label', type: 'nominal', scale: { range: PALETTE }, title: 'burn rate' },
          },
        },
        {
          data: { values: fires },
          mark: { type: 'point', filled: true, size: 70 },
          encoding: {
            x: { field: 'hours', type: 'quantitative', scale: { type: 'log' } },
            y: { field: 'consumed', type: 'quantitative' },
            color: { field: 'label', type: 'nominal', scale: { range: PALETTE } },
            tooltip: [{ field: 'when', title: 'alert' }],
          },
        },
      ],
    },
  };
}
