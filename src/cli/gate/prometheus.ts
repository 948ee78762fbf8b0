import { SLO_RECORDS } from '../../core/contract';
import { formatDuration } from '../../slo/duration';
import { GateError, GateSource, GateTarget } from './source';

/** A `fetch` as Node's global one: tests may pass their own. */
export type FetchLike = (url: string, init?: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** Options of {@link prometheusSource}. */
export interface PrometheusSourceOptions {
  /** Base URL of the Prometheus HTTP API, e.g. `http://prometheus:9090` (the gate appends `/api/v1/query`). */
  readonly url: string;
  /** @default - Node's global fetch */
  readonly fetch?: FetchLike;
  /** @default 10000 */
  readonly timeoutMs?: number;
  /** Extra request headers (e.g. `Authorization`). @default - none */
  readonly headers?: Readonly<Record<string, string>>;
}

/** A PromQL string literal of a label value (the values come from the stack or an SLO file). */
function quote(value: string): string {
  return JSON.stringify(value);
}

/**
 * The PromQL the gate asks, reading the records SloRules writes (sloth's names):
 * - over an alert's window, the record of that window, as the alert reads it;
 *   an idle window (0/0 events, NaN) reads 0: the alert cannot fire on it;
 * - over the policy's window, the average of the 5m record over the window,
 *   which is how the period record `slo:sli_error:ratio_rate30d` is built
 *   (time-weighted, as sloth's), sampled every 5m by a subquery that drops
 *   idle (NaN) windows so one quiet night does not void a month.
 * Several series (replicas, clusters) are read at their worst: `max`.
 */
export function gateQuery(service: string, slo: string, windowSeconds: number, purpose: 'budget' | 'alert'): string {
  const sel = `{service=${quote(service)}, slo=${quote(slo)}}`;
  const base = `${SLO_RECORDS.errorRatioPrefix}${formatDuration(SLO_RECORDS.baseWindowSeconds)}`;
  if (purpose === 'alert') return `max(${SLO_RECORDS.errorRatioPrefix}${formatDuration(windowSeconds)}${sel})`;
  const step = formatDuration(SLO_RECORDS.baseWindowSeconds);
  return `max(avg_over_time((${base}${sel} >= 0)[${formatDuration(windowSeconds)}:${step}]))`;
}

/** Reads the SLO records from a Prometheus HTTP API (`GET /api/v1/query`, instant queries at the gate's time). */
export function prometheusSource(options: PrometheusSourceOptions): GateSource {
  const base = options.url.replace(/\/+$/, '');
  let parsed: URL;
  try {
    parsed = new URL(base);
  } catch {
    throw new GateError(`--url must be an http(s) URL of the Prometheus server, got "${options.url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new GateError(`--url must be an http(s) URL of the Prometheus server, got "${options.url}"`);
  const doFetch: FetchLike = options.fetch ?? (globalThis.fetch as unknown as FetchLike);
  const timeoutMs = options.timeoutMs ?? 10_000;
  return {
    description: `prometheus ${base}`,
    async errorRatio(target: GateTarget, windowSeconds: number, at: Date, purpose: 'budget' | 'alert'): Promise<number | undefined> {
      const query = gateQuery(target.gated.service, target.gated.slo.name, windowSeconds, purpose);
      const url = `${base}/api/v1/query?${new URLSearchParams({ query, time: String(at.getTime() / 1000) })}`;
      let status: number;
      let text: string;
      try {
        const response = await doFetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json', ...(options.headers ?? {}) } });
        status = response.status;
        text = await response.text();
      } catch (e) {
        const cause = (e as { cause?: { code?: string; message?: string } }).cause;
        const why = cause?.code ?? cause?.message ?? (e as Error).message;
        throw new GateError(`cannot reach Prometheus at ${base}: ${why}`);
      }
      let body: { status?: string; error?: string; errorType?: string; data?: { resultType?: string; result?: unknown } };
      try {
        body = JSON.parse(text);
      } catch {
        throw new GateError(`Prometheus at ${base} answered HTTP ${status} with something that is not JSON (is --url the server's base URL?): ${text.slice(0, 120).replace(/\s+/g, ' ')}`);
      }
      if (body.status !== 'success') throw new GateError(`Prometheus at ${base} refused the query (HTTP ${status}, ${body.errorType ?? 'error'}): ${body.error ?? 'no message'}; query: ${query}`);
      const result = body.data?.result;
      if (body.data?.resultType !== 'vector' || !Array.isArray(result)) throw new GateError(`Prometheus at ${base} answered an unexpected result type ${body.data?.resultType}; query: ${query}`);
      if (result.length === 0) return undefined;
      const value = Number((result[0] as { value?: [number, string] }).value?.[1]);
      // NaN: no events in the window (0/0), which cannot breach anything.
      return Number.isNaN(value) ? 0 : value;
    },
  };
}
