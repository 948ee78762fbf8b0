import { PrometheusSloDefinition } from '../../src/kubernetes';

/** A 99.9% availability SLO over request counters (the promtool tests feed these series). */
export const AVAILABILITY: PrometheusSloDefinition = {
  name: 'availability',
  objective: 99.9,
  errorQuery: 'sum(rate(http_requests_total{job="api",code=~"5.."}[{{.window}}]))',
  totalQuery: 'sum(rate(http_requests_total{job="api"}[{{.window}}]))',
  runbookUrl: 'https://runbooks.example.com/api/availability',
};

/** A latency SLO as a ratio: share of requests slower than 300 ms. */
export const LATENCY: PrometheusSloDefinition = {
  name: 'latency',
  objective: 99,
  errorRatioQuery:
    '1 - (sum(rate(http_request_duration_seconds_bucket{job="api",le="0.3"}[{{.window}}])) / sum(rate(http_request_duration_seconds_count{job="api"}[{{.window}}])))',
};
