import { SloSpecError } from '../core/errors';
import type { ServiceLevelObjective, SloDefinition } from './objective';
import type { SliHealthOptions } from './sli-health';

/**
 * An SLO read from a file (OpenSLO or sloth YAML) with where its SLI comes
 * from, backend-neutral: each backend takes the SLI source it can read and
 * refuses the others with {@link sliSourceFor}. Pure: no framework import.
 */

/** The metric backends an SLI can name. */
export type SliBackend = 'prometheus' | 'cloudwatch' | 'datadog';

/** An SLI Prometheus computes: events (`errorQuery` / `totalQuery`) or a ratio (`errorRatioQuery`), with the `{{.window}}` placeholder. */
export interface PrometheusSliSource {
  readonly backend: 'prometheus';
  /** Bad events per second over `{{.window}}`. @default - the SLI is `errorRatioQuery` */
  readonly errorQuery?: string;
  /** All events per second over `{{.window}}`. @default - none (a ratio without event count) */
  readonly totalQuery?: string;
  /** The error ratio (0..1) over `{{.window}}`. @default - the SLI is `errorQuery` / `totalQuery` */
  readonly errorRatioQuery?: string;
}

/** One CloudWatch metric, as `SloSli.metrics` reads it. */
export interface CloudWatchMetricSource {
  readonly namespace: string;
  readonly metricName: string;
  /** @default - no dimensions */
  readonly dimensions?: Readonly<Record<string, string>>;
  /** @default 'Sum' */
  readonly statistic?: string;
}

/** An SLI CloudWatch computes: a total metric and a bad or a good one. */
export interface CloudWatchSliSource {
  readonly backend: 'cloudwatch';
  readonly total: CloudWatchMetricSource;
  /** @default - derived from `good` */
  readonly bad?: CloudWatchMetricSource;
  /** @default - derived from `bad` */
  readonly good?: CloudWatchMetricSource;
}

/** An SLI Datadog computes: metric queries for good and total events (a metric-based SLO's numerator and denominator). */
export interface DatadogSliSource {
  readonly backend: 'datadog';
  /** Good events, e.g. `sum:trace.http.request.hits{service:api}.as_count() - sum:trace.http.request.errors{service:api}.as_count()`. */
  readonly good: string;
  /** All events, e.g. `sum:trace.http.request.hits{service:api}.as_count()`. */
  readonly total: string;
}

/** Where an SLO's events come from. */
export type SliSource = PrometheusSliSource | CloudWatchSliSource | DatadogSliSource;

/** Where in a file a loaded SLO was declared. */
export interface SloOrigin {
  /** The file name given to the loader, or `<input>`. */
  readonly file: string;
  /** Line of the SLO's declaration (1-based). */
  readonly line: number;
  /** Column (1-based). */
  readonly column: number;
  /** The format it was read from. */
  readonly format: 'openslo' | 'sloth';
}

/** One SLO read from a file. */
export interface LoadedSlo {
  /** The service it belongs to (OpenSLO `spec.service`, sloth `service`). */
  readonly service: string;
  /** The library's SLO definition: name, objective, period, description, alerts. */
  readonly definition: SloDefinition;
  /** The definition, validated. */
  readonly objective: ServiceLevelObjective;
  /** Where its events come from. */
  readonly sli: SliSource;
  /**
   * How the budget is counted: `occurrences` (events) or `timeslices` (each
   * time slice is one event, good when the SLI met its target in it).
   */
  readonly budgeting: 'occurrences' | 'timeslices';
  /** The SLI health alert, when the file says (OpenSLO `alertWhenNoData: false` turns it off). @default - the construct's */
  readonly sliHealth?: SliHealthOptions;
  /** Labels the file puts on alerts (sloth `labels`, `alerting.labels`). */
  readonly labels: Readonly<Record<string, string>>;
  /** What the file says that no backend honours, ignored (e.g. OpenSLO notification targets): print them. */
  readonly warnings: readonly string[];
  readonly origin: SloOrigin;
}

/**
 * The SLI source of a loaded SLO for one backend. Throws an
 * `SloSpecError` naming the file and line when the SLO's metric source is
 * another backend's: a Prometheus query cannot feed a CloudWatch alarm.
 */
export function sliSourceFor<B extends SliBackend>(slo: LoadedSlo, backend: B): Extract<SliSource, { backend: B }> {
  if (slo === null || typeof slo !== 'object' || slo.sli === null || typeof slo.sli !== 'object' || typeof slo.origin !== 'object') {
    throw new SloSpecError('<input>', 1, 1, 'slo', slo, 'must be a loaded SLO (what loadOpenSlo or loadSlothSpec returns)');
  }
  if (backend !== 'prometheus' && backend !== 'cloudwatch' && backend !== 'datadog') {
    throw new SloSpecError(slo.origin.file, slo.origin.line, slo.origin.column, 'backend', typeof backend === 'symbol' ? String(backend as symbol) : backend, 'must be prometheus, cloudwatch or datadog');
  }
  if (slo.sli.backend !== backend) {
    const { file, line, column } = slo.origin;
    throw new SloSpecError(
      file,
      line,
      column,
      `${slo.definition.name}.sli`,
      slo.sli.backend,
      `is a ${slo.sli.backend} metric source, which ${backend} cannot read: give this SLO to a ${slo.sli.backend} backend, or declare its SLI with a ${backend} source`,
    );
  }
  return slo.sli as Extract<SliSource, { backend: B }>;
}
