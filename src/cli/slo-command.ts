import * as fs from 'node:fs';
import { stringify } from 'yaml';
import { isReliabilityError } from '../core/errors';
import { sloRuleGroups } from '../kubernetes/prometheus-rules';
import { vectorSelectors } from '../kubernetes/promql';
import { formatDuration } from '../slo/duration';
import { loadOpenSlo } from '../slo/openslo';
import { PROMETHEUS_SLI_HEALTH_DEFAULT, resolveSliHealth } from '../slo/sli-health';
import { loadSlothSpec } from '../slo/sloth';
import { LoadedSlo, SliBackend } from '../slo/slo-source';

/**
 * `slo FILE...`: reads OpenSLO (`openslo/v1`) and sloth (`prometheus/v1`)
 * files, validates them with the SLO model and prints what the backends
 * would generate: per SLO its alerts (windows, burn rates, thresholds) and,
 * for the backend its SLI source names, the rules or alarms; `--format rules`
 * prints the Prometheus rule file (`groups:`) that SloRules and
 * ManagedPrometheusSlos write. Exit 2 when any file is invalid; every file
 * is read, so all errors show at once.
 */

/** Which loader reads a text: sloth files say `version: prometheus/v1`, OpenSLO ones `apiVersion: openslo/...`. */
export function loadSloFile(text: string, file: string): LoadedSlo[] {
  return /^version:\s*["']?prometheus\/v1/m.test(text) && !/^apiVersion:/m.test(text) ? loadSlothSpec(text, { file }) : loadOpenSlo(text, { file });
}

const BACKENDS: Readonly<Record<SliBackend, string>> = {
  prometheus: 'SloRules (PrometheusRule) and ManagedPrometheusSlos (Amazon Managed Service for Prometheus)',
  cloudwatch: 'SloAlarms (CloudWatch metric-math and composite alarms)',
  datadog: 'a Datadog metric SLO with burn-rate monitors',
};

/** Runs the command; returns the exit code. */
export function sloCommand(files: readonly string[], format: string, io: { out: (t: string) => void; err: (t: string) => void }): number {
  const loaded: LoadedSlo[] = [];
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`slo: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
      failed = true;
      continue;
    }
    try {
      loaded.push(...loadSloFile(text, file));
    } catch (e) {
      if (!isReliabilityError(e)) throw e;
      io.err(`slo: ${e.message}`);
      failed = true;
    }
  }
  if (failed) return 2;
  if (format === 'json') io.out(JSON.stringify(loaded.map(summary), null, 2));
  else if (format === 'rules') io.out(stringify({ groups: loaded.filter((s) => s.sli.backend === 'prometheus').flatMap(ruleGroups) }, { lineWidth: 0 }));
  else io.out(loaded.map(describe).join('\n\n'));
  return 0;
}

function ruleGroups(s: LoadedSlo) {
  const sli = s.sli as Extract<LoadedSlo['sli'], { backend: 'prometheus' }>;
  const queries = sli.errorRatioQuery !== undefined ? { errorRatioQuery: sli.errorRatioQuery, totalQuery: sli.totalQuery } : { errorQuery: sli.errorQuery as string, totalQuery: sli.totalQuery as string };
  const health = resolveSliHealth(s.sliHealth, undefined, PROMETHEUS_SLI_HEALTH_DEFAULT, `${s.definition.name}.sliHealth`);
  const guard = s.budgeting === 'occurrences' && sli.totalQuery !== undefined;
  return sloRuleGroups(s.service, s.objective, queries, {
    alertLabels: s.labels,
    minimumEvents: guard ? 10 : 1,
    sliHealth: health ? { ...health, selectors: vectorSelectors(sli.totalQuery ?? (sli.errorRatioQuery as string)) } : undefined,
  });
}

function summary(s: LoadedSlo) {
  return {
    origin: s.origin,
    service: s.service,
    name: s.objective.name,
    objective: s.objective.objective,
    period: s.objective.period,
    budgeting: s.budgeting,
    source: s.sli.backend,
    alerts: s.objective.alerts.map((a) => ({
      id: a.id,
      severity: a.severity,
      longWindow: formatDuration(a.longWindowSeconds),
      shortWindow: formatDuration(a.shortWindowSeconds),
      burnRate: a.burnRate,
      threshold: s.objective.threshold(a),
    })),
    labels: s.labels,
    warnings: s.warnings,
  };
}

function describe(s: LoadedSlo): string {
  const o = s.objective;
  const lines = [
    `${s.origin.file}:${s.origin.line}: ${s.service}/${o.name} (${s.origin.format}): ${o.objective}% over ${o.period}, ${s.budgeting}, error budget ${+(o.errorBudget * 100).toPrecision(6)}%`,
    `  SLI source: ${s.sli.backend}, read by ${BACKENDS[s.sli.backend]}`,
    ...o.alerts.map((a) => `  ${a.id}: ${a.severity} when ${a.burnRate}x over ${formatDuration(a.longWindowSeconds)} and ${formatDuration(a.shortWindowSeconds)} (error ratio above ${+o.threshold(a).toPrecision(6)})`),
  ];
  if (s.sli.backend === 'prometheus') {
    for (const g of ruleGroups(s)) lines.push(`  rule group ${g.name}: ${g.rules.map((r) => r.record ?? r.alert).join(', ')}`);
  }
  lines.push(...s.warnings.map((w) => `  warning: ${w}`));
  return lines.join('\n');
}
