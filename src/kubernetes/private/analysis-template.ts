import { SLO_RECORDS } from '../../core/contract';
import { formatDuration } from '../../slo/duration';
import { ServiceLevelObjective } from '../../slo/objective';

/**
 * An Argo Rollouts `AnalysisTemplate` (argoproj.io/v1alpha1) that fails a
 * canary while an SLO burns at a page rate, read from the records SloRules
 * writes. One metric per page alert of every SLO: the lower of the error
 * ratios over the alert's long and short windows, divided by the error
 * budget, is the burn rate both windows exceed; the measurement succeeds
 * while it is at most the alert's burn rate (the alert fires when both
 * windows are above it). Fields as the AnalysisTemplate CRD declares them
 * (argoproj/argo-rollouts manifests/crds/analysis-template-crd.yaml):
 * metrics[].name, interval, failureLimit, successCondition, provider.prometheus.{address, query}.
 */
export interface AnalysisTemplateOptions {
  readonly name: string;
  readonly namespace: string;
  /** The Prometheus server Argo Rollouts queries, e.g. `http://prometheus-operated.monitoring.svc:9090`. */
  readonly prometheusAddress: string;
  /** How often each metric is measured, a duration such as `1m`. */
  readonly interval: string;
  readonly labels: Readonly<Record<string, string>>;
}

/** The page-burn query of one alert: min(long, short) / budget, as one sample. */
export function pageBurnQuery(service: string, slo: ServiceLevelObjective, longWindowSeconds: number, shortWindowSeconds: number): string {
  const sel = `{service=${JSON.stringify(service)}, slo=${JSON.stringify(slo.name)}}`;
  const rec = (w: number) => `${SLO_RECORDS.errorRatioPrefix}${formatDuration(w)}${sel}`;
  // clamp_max(long, short) is the lower of the two; a missing short window (NaN) fails the measurement, never passes it.
  return `clamp_max(max(${rec(longWindowSeconds)}), scalar(max(${rec(shortWindowSeconds)}))) / ${slo.errorBudget}`;
}

/** The AnalysisTemplate manifest. */
export function sloAnalysisTemplate(service: string, objectives: readonly ServiceLevelObjective[], o: AnalysisTemplateOptions): Record<string, unknown> {
  const metrics = objectives.flatMap((slo) =>
    slo.alertsFor('page').map((a) => ({
      name: `${slo.name}-${a.id}`,
      interval: o.interval,
      // One measurement at a page burn rate fails the analysis, as one evaluation fires the alert.
      failureLimit: 0,
      successCondition: `result[0] <= ${a.burnRate}`,
      provider: { prometheus: { address: o.prometheusAddress, query: pageBurnQuery(service, slo, a.longWindowSeconds, a.shortWindowSeconds) } },
    })),
  );
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'AnalysisTemplate',
    metadata: { name: o.name, namespace: o.namespace, labels: { ...o.labels } },
    spec: { metrics },
  };
}
