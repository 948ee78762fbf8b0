/**
 * SloRules.addAnalysisTemplate: an Argo Rollouts AnalysisTemplate that fails a canary while an SLO burns at a page
 * rate. Validated against the AnalysisTemplate CRD's openAPIV3Schema (fixtures/argo-analysis-template-schema.json:
 * argoproj/argo-rollouts manifests/crds/analysis-template-crd.yaml, pruned to the fields emitted; commit in the file),
 * with unknown fields refused as the API server's structural schema would drop them.
 */
import { SloRules } from '../../src/kubernetes/slo-rules';
import { pageBurnQuery } from '../../src/kubernetes/private/analysis-template';
import { promqlSyntaxErrors } from '../../src/kubernetes/promql';
import { expectInvalidProp, synthJson, testStack, values } from '../harness';
import { closedSchema, crdAjv } from './json-schema';
import schemaFixture from './fixtures/argo-analysis-template-schema.json';

function build() {
  const { stack } = testStack();
  const rules = new SloRules(stack, 'slos', {
    service: 'checkout',
    slos: [
      { name: 'availability', objective: 99.9, errorQuery: 'sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))', totalQuery: 'sum(rate(http_requests_total[{{.window}}]))' },
      { name: 'latency', objective: 99, errorRatioQuery: '1 - sum(rate(le_bucket[{{.window}}])) / sum(rate(le_count[{{.window}}]))', totalQuery: 'sum(rate(le_count[{{.window}}]))' },
    ],
  });
  return { stack, rules };
}

describe('SloRules.addAnalysisTemplate', () => {
  const { stack, rules } = build();
  rules.addAnalysisTemplate('analysis', { prometheusAddress: 'http://prometheus-operated.monitoring.svc:9090', namespace: 'shop' });
  const manifest = values(synthJson(stack), 'kubernetes_manifest').map((m: any) => m.manifest).find((m: any) => m.kind === 'AnalysisTemplate');

  test('is valid against the Argo Rollouts AnalysisTemplate CRD schema (no unknown field, the required name and provider set)', () => {
    expect(schemaFixture.source.repository).toBe('argoproj/argo-rollouts');
    const validate = crdAjv().compile(closedSchema(schemaFixture.schema));
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    // The validator can fail: a field the CRD does not know, or a metric without its provider.
    expect(validate({ ...manifest, spec: { metrics: [{ ...manifest.spec.metrics[0], successConditon: 'x' }] } })).toBe(false);
    expect(validate({ ...manifest, spec: { metrics: [{ name: 'x' }] } })).toBe(false);
  });

  test("one metric per page alert of every SLO, failing at the alert's burn rate on the first measurement", () => {
    expect(manifest.metadata).toMatchObject({ name: 'checkout-slo-page-burn', namespace: 'shop' });
    expect(manifest.spec.metrics.map((m: any) => [m.name, m.successCondition, m.failureLimit, m.interval])).toEqual([
      ['availability-page-1h-5m', 'result[0] <= 14.4', 0, '1m'],
      ['availability-page-6h-30m', 'result[0] <= 6', 0, '1m'],
      ['latency-page-1h-5m', 'result[0] <= 14.4', 0, '1m'],
      ['latency-page-6h-30m', 'result[0] <= 6', 0, '1m'],
    ]);
    expect(manifest.spec.metrics[0].provider.prometheus).toEqual({
      address: 'http://prometheus-operated.monitoring.svc:9090',
      query: 'clamp_max(max(slo:sli_error:ratio_rate1h{service="checkout", slo="availability"}), scalar(max(slo:sli_error:ratio_rate5m{service="checkout", slo="availability"}))) / 0.001',
    });
    expect(manifest.spec.metrics[2].provider.prometheus.query).toMatch(/\/ 0\.01$/);
  });

  test('every query parses with the Prometheus grammar and reads records SloRules writes', () => {
    const recorded = new Set(rules.groups.flatMap((g) => g.rules.map((r) => r.record)).filter(Boolean));
    for (const m of manifest.spec.metrics) {
      expect(promqlSyntaxErrors(m.provider.prometheus.query)).toEqual([]);
      for (const record of m.provider.prometheus.query.match(/slo:sli_error:ratio_rate\w+/g)) expect(recorded).toContain(record);
    }
  });

  test('the query is the burn rate both windows exceed: the lower of the two ratios over the budget', () => {
    expect(pageBurnQuery('s', rules.objectives[0], 3600, 300)).toBe('clamp_max(max(slo:sli_error:ratio_rate1h{service="s", slo="availability"}), scalar(max(slo:sli_error:ratio_rate5m{service="s", slo="availability"}))) / 0.001');
  });

  test.each([
    [{ prometheusAddress: 'prometheus:9090', namespace: 'shop' }, 'analysisTemplate.prometheusAddress'],
    [{ prometheusAddress: 'http://p:9090', namespace: 'Shop' }, 'analysisTemplate.namespace'],
    [{ prometheusAddress: 'http://p:9090', namespace: 'shop', interval: '1 minute' }, 'analysisTemplate.interval'],
    [{ prometheusAddress: 'http://p:9090', namespace: 'shop', count: 3 }, 'analysisTemplate.count'],
  ])('refuses %j at %s', (options, prop) => {
    const { rules: r } = build();
    expectInvalidProp(() => r.addAnalysisTemplate('a', options as never), prop);
  });

  test('two templates of the same name in a namespace collide', () => {
    const { rules: r } = build();
    r.addAnalysisTemplate('a', { prometheusAddress: 'http://p:9090', namespace: 'shop' });
    expect(() => r.addAnalysisTemplate('b', { prometheusAddress: 'http://p:9090', namespace: 'shop' })).toThrow(/checkout-slo-page-burn/);
  });
});
