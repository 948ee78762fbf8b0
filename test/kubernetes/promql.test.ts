import { Testing, TerraformStack } from 'cdktf';
import { checkPromql, promqlSyntaxErrors, substituteWindow } from '../../src/kubernetes/promql';

describe('promqlSyntaxErrors', () => {
  test.each([
    'sum(rate(http_requests_total{job="api",code=~"5.."}[5m])) / sum(rate(http_requests_total{job="api"}[5m]))',
    'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket[1h])))',
    'max(slo:sli_error:ratio_rate1h{service="api"} > (14.4 * 0.001)) without (window) and on() vector(1)',
    'sum_over_time(x[30d]) / ignoring (window) count_over_time(x[30d])',
    '1 - up offset 5m',
  ])('accepts %s', (q) => {
    expect(promqlSyntaxErrors(q)).toEqual([]);
  });

  test.each([
    ['sum(rate(x[5m])', 15],
    ['rate(x[5m]', 10],
    ['foo bar', 4],
    ['x{a="b"', 7],
    ['', 0],
  ])('rejects %j at offset %d', (q, offset) => {
    const errors = promqlSyntaxErrors(q);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].offset).toBe(offset);
  });
});

describe('checkPromql', () => {
  const scope = () => new TerraformStack(Testing.app(), 's');

  test('substitutes the window and names the position in the query as written', () => {
    expect(substituteWindow('rate(x[{{.window}}]) / rate(y[{{.window}}])', '1h')).toBe('rate(x[1h]) / rate(y[1h])');
    expect(() => checkPromql(scope(), 'q', 'rate(x[{{.window}}]) / rate(y[{{.window}}]', 'required')).toThrow(
      's: invalid q "rate(x[{{.window}}]) / rate(y[{{.window}}]": is not valid PromQL: syntax error at line 1, column 43 (offset 42,',
    );
    expect(() => checkPromql(scope(), 'q', 'rate(x[{{.window}}])\n  and and y', 'required')).toThrow('syntax error at line 2, column');
  });

  test('placeholder rules', () => {
    expect(() => checkPromql(scope(), 'q', 'rate(x[{{.window}}])', 'required')).not.toThrow();
    expect(() => checkPromql(scope(), 'q', 'rate(x[5m])', 'required')).toThrow('must contain the window placeholder');
    expect(() => checkPromql(scope(), 'q', 'rate(x[{{.window}}])', 'forbidden')).toThrow('must not contain the window placeholder');
    expect(() => checkPromql(scope(), 'q', 'rate(x[5m])', 'forbidden')).not.toThrow();
    expect(() => checkPromql(scope(), 'q', '  ', 'forbidden')).toThrow('must be a non-empty PromQL expression');
  });
});
