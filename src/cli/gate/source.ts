import { budgetWindowSeconds, GatedSlo, SettledBudgetPolicy, SloMeasurement } from '../../slo/budget-policy';

/**
 * An error the gate cannot decide through (an unreachable server, a query
 * refused, an SLO without data): the command prints its message, without a
 * stack trace, and exits 2.
 */
export class GateError extends Error {}

/** Where the SLOs' error ratios are read: Prometheus's HTTP API or CloudWatch GetMetricData. */
export interface GateSource {
  /** What the figures were read from, for the output (`prometheus http://...`). */
  readonly description: string;
  /**
   * The SLO's error ratio (0..1) over `windowSeconds` ending at `at`.
   * `undefined` when the source holds no data for the SLO in that window.
   * `purpose` says whether the ratio weighs the budget (every window of the
   * policy) or confirms a burn now (an alert's window, read as the alert reads it).
   */
  errorRatio(target: GateTarget, windowSeconds: number, at: Date, purpose: 'budget' | 'alert'): Promise<number | undefined>;
}

/** An SLO the gate judges, with what a source needs to read it. */
export interface GateTarget {
  readonly gated: GatedSlo;
  /** Where the SLO came from (a stack file or an SLO file), for messages. */
  readonly origin: string;
  /** The SLI as CloudWatch metric queries, when the SLO came from a stack's window alarms. @default - absent: only Prometheus can read it */
  readonly cloudwatch?: CloudWatchSli;
}

/** An SLI's CloudWatch metrics and its bad/total metric-math expressions, as SloAlarms' window alarms query them. */
export interface CloudWatchSli {
  readonly metrics: readonly {
    readonly id: string;
    readonly namespace: string;
    readonly metricName: string;
    readonly dimensions: Readonly<Record<string, string>>;
    readonly stat: string;
    readonly unit?: string;
  }[];
  /** Metric-math expression (or a metric id) counting bad events. */
  readonly bad: string;
  /** Metric-math expression (or a metric id) counting all events. */
  readonly total: string;
}

/**
 * Reads what the policy needs for one SLO: the error ratio over the policy's
 * window, and over both windows of every page alert. Missing data is an error
 * (exit 2): a gate that cannot see the SLO must not say "allow".
 */
export async function measure(source: GateSource, target: GateTarget, policy: SettledBudgetPolicy, at: Date): Promise<SloMeasurement> {
  const { slo, service } = target.gated;
  const windowSeconds = budgetWindowSeconds(policy, slo);
  const name = `${service}/${slo.name}`;
  const budget = await source.errorRatio(target, windowSeconds, at, 'budget');
  if (budget === undefined) throw new GateError(`no data for ${name} over the policy window in ${source.description} (from ${target.origin}): is the SLI reported, and are the service and SLO names right?`);
  const pageWindows: Record<string, { long: number; short: number }> = {};
  if (policy.stopOnPage) {
    const cache = new Map<number, number | undefined>();
    const ratio = async (w: number): Promise<number> => {
      if (!cache.has(w)) cache.set(w, await source.errorRatio(target, w, at, 'alert'));
      const r = cache.get(w);
      if (r === undefined) throw new GateError(`no data for ${name} over its alert window of ${w} s in ${source.description} (from ${target.origin})`);
      return r;
    };
    for (const a of slo.alertsFor('page')) pageWindows[a.id] = { long: await ratio(a.longWindowSeconds), short: await ratio(a.shortWindowSeconds) };
  }
  return { budgetWindowErrorRatio: budget, pageWindows };
}
