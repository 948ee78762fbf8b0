import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fc from 'fast-check';
import { isReliabilityError, SloSpecError } from '../../src/core/errors';
import { loadOpenSlo, loadSlothSpec, sliSourceFor } from '../../src/slo';
import { SHARED_DIR, sharedFile } from '../kit/shared';
import { CLOUDWATCH_OPENSLO, DATADOG_OPENSLO, OPENSLO_CHECKOUT, SLOTH_CHECKOUT } from './slo-files';

/** The error a loader throws for a text (fails the test when it throws none). */
function errorOf(load: () => unknown): SloSpecError {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(SloSpecError);
    return e as SloSpecError;
  }
  throw new Error('expected an SloSpecError');
}

describe('loadOpenSlo', () => {
  test('reads an SLO, its inline SLI and a referenced AlertPolicy into the model', () => {
    const [slo] = loadOpenSlo(OPENSLO_CHECKOUT, { file: 'checkout.yaml' });
    expect(slo.service).toBe('checkout');
    expect(slo.objective.objective).toBe(99.9);
    expect(slo.objective.period).toBe('30d');
    expect(slo.objective.alerts.map((a) => [a.severity, a.longWindowSeconds, a.shortWindowSeconds, a.burnRate])).toEqual([
      ['page', 3600, 300, 14.4],
      ['ticket', 259200, 21600, 1],
    ]);
    // counter: true on a bare selector becomes a rate over the window placeholder.
    expect(sliSourceFor(slo, 'prometheus')).toEqual({
      backend: 'prometheus',
      errorQuery: 'sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))',
      totalQuery: 'sum(rate(http_requests_total{job="checkout"}[{{.window}}]))',
    });
    expect(slo.origin).toEqual({ file: 'checkout.yaml', line: 4, column: 3, format: 'openslo' });
  });

  test('without alert policies the period catalogue applies (SRE Workbook windows)', () => {
    const text = OPENSLO_CHECKOUT.split('---')[0].replace(/ {2}alertPolicies:\n {4}- fast-burn\n/, '');
    const [slo] = loadOpenSlo(text);
    expect(slo.objective.alerts.map((a) => a.id)).toEqual(['page-1h-5m', 'page-6h-30m', 'ticket-1d-2h', 'ticket-3d-6h']);
  });

  test('a backend that cannot read the metric source is an error naming file and line', () => {
    const [slo] = loadOpenSlo(OPENSLO_CHECKOUT, { file: 'checkout.yaml' });
    const e = errorOf(() => sliSourceFor(slo, 'cloudwatch'));
    expect(e.message).toMatch(/^checkout\.yaml:4:3: invalid availability\.sli "prometheus": is a prometheus metric source, which cloudwatch cannot read/);
  });

  test('CloudWatch and Datadog sources map to their backends', () => {
    const cw = CLOUDWATCH_OPENSLO;
    const [slo] = loadOpenSlo(cw);
    expect(sliSourceFor(slo, 'cloudwatch')).toEqual({
      backend: 'cloudwatch',
      bad: { namespace: 'AWS/ApplicationELB', metricName: 'HTTPCode_Target_5XX_Count', dimensions: { LoadBalancer: 'app/web/123' }, statistic: 'Sum' },
      total: { namespace: 'AWS/ApplicationELB', metricName: 'RequestCount', dimensions: { LoadBalancer: 'app/web/123' }, statistic: 'Sum' },
    });
    const dd = DATADOG_OPENSLO;
    expect(sliSourceFor(loadOpenSlo(dd)[0], 'datadog')).toEqual({
      backend: 'datadog',
      good: '(sum:trace.http.request.hits{service:checkout}.as_count()) - (sum:trace.http.request.errors{service:checkout}.as_count())',
      total: 'sum:trace.http.request.hits{service:checkout}.as_count()',
    });
  });

  test('Timeslices with a threshold metric count bad slices with a subquery', () => {
    const text = OPENSLO_CHECKOUT.split('---')[0]
      .replace('Occurrences', 'Timeslices')
      .replace(/ratioMetric:[\s\S]*?(?=\n {2}objectives)/, 'thresholdMetric:\n        metricSource:\n          type: Prometheus\n          spec:\n            query: histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))')
      .replace('target: 0.999', 'target: 0.99\n      op: lte\n      value: 0.3\n      timeSliceWindow: 1m')
      .replace(/ {2}alertPolicies:\n {4}- fast-burn\n/, '');
    const [slo] = loadOpenSlo(text);
    expect(slo.budgeting).toBe('timeslices');
    expect(sliSourceFor(slo, 'prometheus').errorRatioQuery).toBe(
      'avg_over_time(((histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[5m])))) > bool 0.3)[{{.window}}:1m])',
    );
  });

  // Each row: what to change in the valid text, the field and line the error must name, and words of its message.
  const REFUSED: Array<[string, (t: string) => string, string, number, RegExp]> = [
    ['calendar window', (t) => t.replace('isRolling: true', 'isRolling: false'), 'spec.timeWindow[0].isRolling', 12, /rolling periods only/],
    ['a period with no catalogue', (t) => t.replace('duration: 30d', 'duration: 90d'), 'spec.timeWindow[0].duration', 11, /30d, 28d, 7d/],
    ['RatioTimeslices', (t) => t.replace('Occurrences', 'RatioTimeslices'), 'spec.budgetingMethod', 9, /not supported/],
    ['target as a percentage', (t) => t.replace('target: 0.999', 'target: 99.9'), 'spec.objectives[0].target', 31, /targetPercent: 99.9/],
    ['alertAfter', (t) => t.replace('lookbackWindow: 1h', 'lookbackWindow: 1h\n          alertAfter: 5m'), 'spec.conditions[0].spec.condition.alertAfter', 52, /short window/],
    ['a burn rate that can never fire', (t) => t.replace('threshold: 14.4', 'threshold: 1500'), 'spec.conditions[0].spec.condition.threshold', 50, /can never happen/],
    ['a misspelt field', (t) => t.replace('budgetingMethod', 'budgetMethod'), 'spec.budgetMethod', 9, /did you mean "budgetingMethod"/],
    ['openslo/v1alpha', (t) => t.replace('apiVersion: openslo/v1\nkind: SLO', 'apiVersion: openslo/v1alpha\nkind: SLO'), 'apiVersion', 1, /openslo\/v1/],
    ['a query without a window', (t) => t.replace('counter: true', 'counter: false'), 'spec.indicator.spec.ratioMetric.bad.metricSource.spec.query', 23, /\{\{\.window\}\}/],
    ['an unknown policy', (t) => t.replace('- fast-burn', '- slow-burn'), 'spec.alertPolicies[0]', 33, /names no AlertPolicy/],
  ];
  test.each(REFUSED)('refuses %s, naming file, line and field', (_what, change, field, line, message) => {
    const text = change(OPENSLO_CHECKOUT);
    expect(text).not.toBe(OPENSLO_CHECKOUT);
    const e = errorOf(() => loadOpenSlo(text, { file: 'slo.yaml' }));
    expect(e.prop).toBe(field);
    expect(e.line).toBe(line);
    expect(e.message).toMatch(new RegExp(`^slo\\.yaml:${line}:\\d+: invalid ${field.replace(/[.[\]]/g, '\\$&')} `));
    expect(e.message).toMatch(message);
  });

  test('a YAML syntax error names its line', () => {
    const e = errorOf(() => loadOpenSlo('apiVersion: openslo/v1\nkind: SLO\nmetadata: [a, b\n', { file: 'bad.yaml' }));
    expect(e.message).toMatch(/^bad\.yaml:\d+:\d+: invalid \(document\).*is not valid YAML/);
  });
});

describe('loadSlothSpec', () => {
  test('reads events SLIs, labels and the period catalogue', () => {
    const [slo] = loadSlothSpec(SLOTH_CHECKOUT, { file: 'sloth.yaml' });
    expect(slo).toMatchObject({ service: 'checkout', labels: { team: 'payments' }, budgeting: 'occurrences', origin: { file: 'sloth.yaml', line: 6, format: 'sloth' } });
    expect(slo.objective.alerts.map((a) => a.id)).toEqual(['page-1h-5m', 'page-6h-30m', 'ticket-1d-2h', 'ticket-3d-6h']);
    expect(sliSourceFor(slo, 'prometheus').errorQuery).toBe('sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))');
    expect(loadSlothSpec(SLOTH_CHECKOUT, { period: '7d' })[0].objective.alerts[0].burnRate).toBe(13.44);
  });

  test('a disabled page alert keeps the ticket alerts only', () => {
    const text = `${SLOTH_CHECKOUT}    alerting:\n      page_alert:\n        disable: true\n`;
    expect(loadSlothSpec(text)[0].objective.severities).toEqual(['ticket']);
  });

  const slothPeer = sharedFile('peers', 'sloth', 'in-base.yaml');
  (slothPeer ? test : test.skip)("sloth's own in-base.yaml: slo1 reads, slo02 (both alerts disabled) is refused at its line", () => {
    const text = fs.readFileSync(path.join(SHARED_DIR, 'peers', 'sloth', 'in-base.yaml'), 'utf8');
    const e = errorOf(() => loadSlothSpec(text, { file: 'in-base.yaml' }));
    expect(e.prop).toBe('slos[1].alerting');
    expect(e.line).toBe(38);
    const first = text.replace(/ {2}- name: "slo02"[\s\S]*$/, '');
    const [slo] = loadSlothSpec(first);
    expect(slo.labels).toEqual({ global01k1: 'global01v1', global02k1: 'global02v1', alert01k1: 'alert01v1' });
    expect(slo.warnings.join('\n')).toMatch(/alerting.name is ignored/);
  });

  test.each([
    ['plugin SLIs', (t: string) => t.replace(/events:[\s\S]*$/, 'plugin:\n        id: x\n'), 'slos[0].sli.plugin', /Go code/],
    ['an objective given as text', (t: string) => t.replace('objective: 99.9', 'objective: "99.9"'), 'slos[0].objective', /percentage/],
    ['an objective given as a ratio', (t: string) => t.replace('objective: 99.9', 'objective: 0.999'), 'slos[0].objective', /did you mean 99.9/],
    ['another version', (t: string) => t.replace('prometheus/v1', 'sloth.slok.dev/v1'), 'version', /prometheus\/v1/],
  ])('refuses %s', (_what, change, field, message) => {
    const e = errorOf(() => loadSlothSpec(change(SLOTH_CHECKOUT), { file: 's.yaml' }));
    expect(e.prop).toBe(field);
    expect(e.message).toMatch(message);
  });
});

describe('bad input sweep', () => {
  // Whatever the text, a loader either returns SLOs or throws the library's error with a position: never a TypeError.
  const yamlish = fc.oneof(
    fc.string(),
    fc.constantFrom(OPENSLO_CHECKOUT, SLOTH_CHECKOUT).chain((t) =>
      fc.tuple(fc.nat(t.length), fc.nat(40), fc.string({ maxLength: 12 })).map(([at, cut, insert]) => t.slice(0, at) + insert + t.slice(at + cut)),
    ),
  );
  test.each([
    ['loadOpenSlo', (t: string) => loadOpenSlo(t, { file: 'f.yaml' })],
    ['loadSlothSpec', (t: string) => loadSlothSpec(t, { file: 'f.yaml' })],
  ])('%s throws only positioned errors', (_name, load) => {
    fc.assert(
      fc.property(yamlish, (text) => {
        try {
          load(text);
        } catch (e) {
          if (!(e instanceof SloSpecError) || !isReliabilityError(e)) throw e;
          expect(e.message).toMatch(/^f\.yaml:\d+:\d+: invalid /);
        }
      }),
      { numRuns: 150, seed: 23 },
    );
  });

  test.each([null, 42, {}, ['a']])('refuses %p as the text', (text) => {
    expect(() => loadOpenSlo(text as unknown as string)).toThrow(/must be the file's text/);
    expect(() => loadSlothSpec(text as unknown as string)).toThrow(/must be the file's text/);
  });
});
