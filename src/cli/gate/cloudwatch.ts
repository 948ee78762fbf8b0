import type { GetMetricDataInput, GetMetricDataOutput, MetricDataQuery } from '@aws-sdk/client-cloudwatch';
import { DAY } from '../../slo/duration';
import { CloudWatchSli, GateError, GateSource, GateTarget } from './source';

/** The part of the SDK's CloudWatchClient the gate uses: tests pass one that answers recorded responses. */
export interface CloudWatchClientLike {
  send(command: { readonly input: GetMetricDataInput }): Promise<GetMetricDataOutput>;
}

/** Options of {@link cloudWatchSource}. */
export interface CloudWatchSourceOptions {
  /** @default - the SDK's default chain (AWS_REGION, the profile) */
  readonly region?: string;
  /** @default - a CloudWatchClient of `@aws-sdk/client-cloudwatch`, loaded only now */
  readonly client?: CloudWatchClientLike;
}

type Sdk = typeof import('@aws-sdk/client-cloudwatch');

/** The AWS SDK, loaded on this path only: it is an optional peer dependency, and `check` or the Prometheus gate never load it. */
function loadSdk(): Sdk {
  try {
    return require('@aws-sdk/client-cloudwatch') as Sdk;
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND') throw new GateError('the cloudwatch source needs the AWS SDK: npm install @aws-sdk/client-cloudwatch (an optional peer dependency)');
    throw e;
  }
}

/**
 * The period GetMetricData reads a window at: the window itself, so one
 * datapoint holds the window's sums (as the window alarms read it). CloudWatch
 * returns nothing for a period it does not keep at that age (GetMetricData API
 * reference, StartTime): a multiple of 60 s up to 15 days back, of 300 s from
 * 15 to 63 days, of 3600 s beyond.
 */
export function periodFor(windowSeconds: number): number {
  const multiple = windowSeconds > 63 * DAY ? 3600 : windowSeconds > 15 * DAY ? 300 : 60;
  if (windowSeconds % multiple !== 0) throw new GateError(`CloudWatch keeps data ${windowSeconds > 63 * DAY ? 'older than 63 days at 1-hour' : windowSeconds > 15 * DAY ? 'older than 15 days at 5-minute' : 'at 1-minute'} resolution: the window (${windowSeconds} s) must be a multiple of ${multiple} s`);
  return windowSeconds;
}

const BAD = 'gate_bad';
const TOTAL = 'gate_total';

/** The GetMetricData queries of one window: the SLI's metrics at period = window, and the bad and total counts returned. */
export function metricDataQueries(sli: CloudWatchSli, windowSeconds: number): MetricDataQuery[] {
  const period = periodFor(windowSeconds);
  const ids = new Set(sli.metrics.map((m) => m.id));
  const queries: MetricDataQuery[] = sli.metrics.map((m) => ({
    Id: m.id,
    MetricStat: {
      Metric: { Namespace: m.namespace, MetricName: m.metricName, Dimensions: Object.entries(m.dimensions).map(([Name, Value]) => ({ Name, Value })) },
      Period: period,
      Stat: m.stat,
      ...(m.unit ? { Unit: m.unit as NonNullable<MetricDataQuery['MetricStat']>['Unit'] } : {}),
    },
    ReturnData: false,
  }));
  // A bare metric id is returned as it is; an expression gets a query of its own.
  const returned = (expr: string, id: string): string => {
    const bare = expr.trim();
    if (ids.has(bare)) {
      (queries.find((q) => q.Id === bare) as MetricDataQuery).ReturnData = true;
      return bare;
    }
    queries.push({ Id: id, Expression: expr, ReturnData: true });
    return id;
  };
  const bad = returned(sli.bad, BAD);
  const total = returned(sli.total, TOTAL);
  if (bad === total) throw new GateError(`the SLI counts bad and total events with the same query ${bad}`);
  return queries;
}

/** Reads the error ratio over a window from CloudWatch GetMetricData (the SLI's metrics as the stack's window alarms query them). */
export function cloudWatchSource(options: CloudWatchSourceOptions = {}): GateSource {
  let client = options.client;
  let sdk: Sdk | undefined;
  const command = (input: GetMetricDataInput): { readonly input: GetMetricDataInput } => {
    sdk ??= loadSdk();
    return new sdk.GetMetricDataCommand(input);
  };
  return {
    description: `CloudWatch${options.region ? ` in ${options.region}` : ''}`,
    async errorRatio(target: GateTarget, windowSeconds: number, at: Date, purpose: 'budget' | 'alert'): Promise<number | undefined> {
      const sli = target.cloudwatch;
      const name = `${target.gated.service}/${target.gated.slo.name}`;
      if (!sli) throw new GateError(`${name} (from ${target.origin}) has no CloudWatch SLI: the cloudwatch source reads the metric queries of a synthesized stack's SLO window alarms; give the stack, or use --source prometheus`);
      if (!client) {
        sdk ??= loadSdk();
        client = new sdk.CloudWatchClient(options.region ? { region: options.region } : {}) as unknown as CloudWatchClientLike;
      }
      const queries = metricDataQueries(sli, windowSeconds);
      const badId = queries.find((q) => q.ReturnData && (q.Id === BAD || q.Id === sli.bad.trim()))?.Id as string;
      const totalId = queries.find((q) => q.ReturnData && (q.Id === TOTAL || q.Id === sli.total.trim()))?.Id as string;
      const sums = { [badId]: 0, [totalId]: 0 };
      let points = 0;
      let nextToken: string | undefined;
      do {
        let out: GetMetricDataOutput;
        try {
          out = await client.send(command({ MetricDataQueries: queries, StartTime: new Date(at.getTime() - windowSeconds * 1000), EndTime: at, ...(nextToken ? { NextToken: nextToken } : {}) }));
        } catch (e) {
          const err = e as { name?: string; message?: string };
          throw new GateError(`CloudWatch GetMetricData failed for ${name}: ${err.name ?? 'Error'}: ${err.message ?? String(e)}`);
        }
        for (const r of out.MetricDataResults ?? []) {
          if (r.StatusCode === 'Forbidden' || r.StatusCode === 'InternalError') {
            throw new GateError(`CloudWatch GetMetricData answered ${r.StatusCode} for ${name} (${r.Id}): ${(r.Messages ?? []).map((m) => `${m.Code}: ${m.Value}`).join('; ') || 'no message'}`);
          }
          if (r.Id === undefined || !(r.Id in sums)) continue;
          for (const v of r.Values ?? []) sums[r.Id] += v;
          if (r.Id === totalId) points += r.Values?.length ?? 0;
        }
        nextToken = out.NextToken;
      } while (nextToken);
      const bad = sums[badId];
      const total = sums[totalId];
      // No datapoint at all: nothing was reported. An alert window without events cannot fire: it reads 0.
      if (points === 0) return purpose === 'alert' ? 0 : undefined;
      if (total <= 0) return bad > 0 ? 1 : purpose === 'alert' ? 0 : undefined;
      return Math.min(1, bad / total);
    },
  };
}
