import fc from 'fast-check';
import { errorRatioRecord, sloRuleGroups } from '../../src/kubernetes/prometheus-rules';
import { promqlSyntaxErrors } from '../../src/kubernetes/promql';
import { ALERT_CATALOGUES, ServiceLevelObjective, SloPeriod } from '../../src/slo';
import { clean } from '../../src/slo/alert-policy';

/**
 * For any SLO the model accepts, every generated expression parses as
 * PromQL, and every alert condition's threshold is exactly the model's
 * burn rate x error budget on the model's windows (nothing re-derived).
 */
describe('generated rules, for any valid SLO', () => {
  const periods = Object.keys(ALERT_CATALOGUES) as SloPeriod[];
  const arbSlo = fc
    .record({
      objective: fc.double({ min: 95, max: 99.999, noNaN: true }).map((o) => clean(o)),
      period: fc.constantFrom(...periods),
      ratio: fc.boolean(),
    })
    .filter(({ objective }) => objective > 0 && objective < 100);

  test('parse and carry the model thresholds', () => {
    fc.assert(
      fc.property(arbSlo, ({ objective, period, ratio }) => {
        let slo: ServiceLevelObjective;
        try {
          slo = ServiceLevelObjective.from({ name: 'slo1', objective, period });
        } catch {
          return; // the model rejects it (e.g. an impossible pair): not a rule-generation concern
        }
        const sli = ratio
          ? { errorRatioQuery: 'sum(rate(errors_total[{{.window}}])) / sum(rate(requests_total[{{.window}}]))' }
          : { errorQuery: 'sum(rate(errors_total[{{.window}}]))', totalQuery: 'sum(rate(requests_total[{{.window}}]))' };
        const groups = sloRuleGroups('svc', slo, sli);
        for (const rule of groups.flatMap((g) => g.rules)) expect(promqlSyntaxErrors(rule.expr)).toEqual([]);
        const alerts = groups.flatMap((g) => g.rules).filter((r) => r.alert);
        expect(alerts.map((a) => a.labels!.severity)).toEqual(slo.severities);
        for (const alert of slo.alerts) {
          const expr = alerts.find((a) => a.labels!.severity === alert.severity)!.expr;
          for (const w of [alert.longWindowSeconds, alert.shortWindowSeconds]) {
            expect(expr).toContain(`max(${errorRatioRecord(w)}{service="svc", slo="slo1"} > (${alert.burnRate} * ${slo.errorBudget})) without (window)`);
          }
          expect(alert.burnRate * slo.errorBudget).toBeCloseTo(slo.threshold(alert), 10);
        }
      }),
      { numRuns: 200 },
    );
  });
});
