/** One SLO as OpenSLO and as sloth YAML: the loader, CLI and parity tests read them. */

/** One OpenSLO v1 SLO with its SLI inline and a burn-rate policy by reference (the OpenSLO README's v1 shapes). */
export const OPENSLO_CHECKOUT = `apiVersion: openslo/v1
kind: SLO
metadata:
  name: availability
  displayName: Checkout availability
spec:
  service: checkout
  description: Checkout requests succeed
  budgetingMethod: Occurrences
  timeWindow:
    - duration: 30d
      isRolling: true
  indicator:
    metadata:
      name: checkout-errors
    spec:
      ratioMetric:
        counter: true
        bad:
          metricSource:
            type: Prometheus
            spec:
              query: http_requests_total{job="checkout",code=~"5.."}
        total:
          metricSource:
            type: Prometheus
            spec:
              query: http_requests_total{job="checkout"}
  objectives:
    - displayName: good
      target: 0.999
  alertPolicies:
    - fast-burn
---
apiVersion: openslo/v1
kind: AlertPolicy
metadata:
  name: fast-burn
spec:
  alertWhenBreaching: true
  conditions:
    - kind: AlertCondition
      metadata:
        name: page-1h
      spec:
        severity: page
        condition:
          kind: burnrate
          op: gt
          threshold: 14.4
          lookbackWindow: 1h
    - kind: AlertCondition
      metadata:
        name: ticket-3d
      spec:
        severity: ticket
        condition:
          kind: burnrate
          op: gte
          threshold: 1
          lookbackWindow: 3d
`;

/** The same SLO in sloth's prometheus/v1 spec. */
export const SLOTH_CHECKOUT = `version: prometheus/v1
service: checkout
labels:
  team: payments
slos:
  - name: availability
    objective: 99.9
    description: Checkout requests succeed
    sli:
      events:
        error_query: sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))
        total_query: sum(rate(http_requests_total{job="checkout"}[{{.window}}]))
`;


/** The OpenSLO SLO with CloudWatch ALB metrics as its source, without alert policies. */
export const CLOUDWATCH_OPENSLO = OPENSLO_CHECKOUT.split('---')[0]
  .replace(/type: Prometheus\n(\s+)spec:\n\s+query: http_requests_total\{job="checkout",code=~"5.."\}/, 'type: CloudWatch\n$1spec:\n$1  namespace: AWS/ApplicationELB\n$1  metricName: HTTPCode_Target_5XX_Count\n$1  stat: Sum\n$1  dimensions:\n$1    - name: LoadBalancer\n$1      value: app/web/123')
  .replace(/type: Prometheus\n(\s+)spec:\n\s+query: http_requests_total\{job="checkout"\}/, 'type: CloudWatch\n$1spec:\n$1  namespace: AWS/ApplicationELB\n$1  metricName: RequestCount\n$1  dimensions:\n$1    - name: LoadBalancer\n$1      value: app/web/123')
  .replace(/ {2}alertPolicies:\n {4}- fast-burn\n/, '');

/** The OpenSLO SLO with Datadog APM metrics as its source, without alert policies. */
export const DATADOG_OPENSLO = OPENSLO_CHECKOUT.split('---')[0]
  .replace(/type: Prometheus\n(\s+)spec:\n\s+query: http_requests_total\{job="checkout",code=~"5.."\}/, 'type: Datadog\n$1spec:\n$1  query: sum:trace.http.request.errors{service:checkout}.as_count()')
  .replace(/type: Prometheus\n(\s+)spec:\n\s+query: http_requests_total\{job="checkout"\}/, 'type: Datadog\n$1spec:\n$1  query: sum:trace.http.request.hits{service:checkout}.as_count()')
  .replace(/ {2}alertPolicies:\n {4}- fast-burn\n/, '');
