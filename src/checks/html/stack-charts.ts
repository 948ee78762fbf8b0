/** Vega-Lite specifications of the recovery and capacity charts of a stack (plain data). */
import { reportDuration } from '../../slo/units';
import { ReportedCapacity } from '../capacity';
import { RecoveryReport } from '../recovery-report';
import { ChartSpec, VERDICT_COLOURS } from './chart-spec';

/** The part of an address people read: `aws_rds_cluster.db_cluster_29E3944F` -> `aws_rds_cluster.db_cluster`. */
export function shortAddress(address: string): string {
  return address.replace(/_[0-9A-F]{8}$/, '');
}

/**
 * Objectives against what is achieved, per resource, disruption and
 * measure: a bar for what is achieved, a tick for the objective, the bars
 * that miss their objective in the colour of a shortfall. Minutes on a
 * symmetric log scale, so 0 (nothing lost) shows.
 */
export function recoveryChart(r: RecoveryReport): ChartSpec {
  const rows = r.verdicts.map((v) => ({
    row: `${shortAddress(v.resource)} · ${v.disruption} ${v.measure.toUpperCase()}`,
    objective: v.objectiveSeconds / 60,
    achieved: v.achievedSeconds === undefined ? null : v.achievedSeconds / 60,
    objectiveText: reportDuration(v.objectiveSeconds),
    achievedText: v.achievedSeconds === undefined ? 'none: nothing recovers' : reportDuration(v.achievedSeconds),
    verdict: v.met ? 'met' : 'not met',
  }));
  const y = { field: 'row', type: 'nominal', title: null, sort: null, axis: { labelLimit: 360 } };
  const x = { type: 'quantitative', scale: { type: 'symlog' }, title: 'minutes' };
  return {
    id: 'recovery',
    title: `Recovery objectives against what is achieved (${shortAddress(r.source)})`,
    description: `RTO and RPO objectives per resource and disruption (ticks) against what the stack achieves (bars); ${r.verdicts.filter((v) => !v.met).length} of ${r.verdicts.length} not met.`,
    spec: {
      width: 420,
      height: { step: 22 },
      data: { values: rows },
      layer: [
        {
          mark: { type: 'bar', height: 14 },
          encoding: {
            y,
            x: { field: 'achieved', ...x },
            color: { field: 'verdict', type: 'nominal', scale: { domain: ['met', 'not met'], range: [VERDICT_COLOURS.ok, VERDICT_COLOURS.short] }, title: 'objective' },
            tooltip: [{ field: 'row', title: 'what' }, { field: 'objectiveText', title: 'objective' }, { field: 'achievedText', title: 'achieved' }, { field: 'verdict' }],
          },
        },
        {
          mark: { type: 'tick', thickness: 3, color: '#000000' },
          encoding: { y, x: { field: 'objective', ...x }, tooltip: [{ field: 'objectiveText', title: 'objective' }] },
        },
      ],
    },
  };
}

/** Zone-loss headroom per Auto Scaling group: instances left after losing a zone, minus what the service needs. */
export function headroomChart(capacity: readonly ReportedCapacity[]): ChartSpec | undefined {
  const rows = capacity
    .filter((c) => c.zoneLossHeadroom !== undefined)
    .map((c) => ({ group: shortAddress(c.address), headroom: c.zoneLossHeadroom as number, state: (c.zoneLossHeadroom as number) >= 0 ? 'enough' : 'short', after: c.afterZoneLoss, required: c.required }));
  if (rows.length === 0) return undefined;
  return {
    id: 'headroom',
    title: 'Zone-loss headroom per Auto Scaling group',
    description: `Instances left at the minimum size after losing the fullest zone, minus the instances the service needs; ${rows.filter((r) => r.state === 'short').length} of ${rows.length} groups short.`,
    spec: {
      width: 420,
      height: { step: 26 },
      data: { values: rows },
      mark: { type: 'bar', height: 16 },
      encoding: {
        y: { field: 'group', type: 'nominal', title: null, sort: null, axis: { labelLimit: 360 } },
        x: { field: 'headroom', type: 'quantitative', title: 'instances above need after a zone loss', axis: { tickMinStep: 1 } },
        color: { field: 'state', type: 'nominal', scale: { domain: ['enough', 'short'], range: [VERDICT_COLOURS.ok, VERDICT_COLOURS.short] }, title: 'headroom' },
        tooltip: [{ field: 'group' }, { field: 'after', title: 'left after a zone loss' }, { field: 'required', title: 'required' }, { field: 'headroom' }],
      },
    },
  };
}
