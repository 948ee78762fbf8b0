import {
  alarmActionsProblem,
  alarmNameProblem,
  alarmNamesInRule,
  ANOMALY_DETECTION_OPERATORS,
  CLOUDWATCH_STATISTICS,
  CLOUDWATCH_UNITS,
  compositeRuleProblem,
  DIMENSION_NAME_PATTERN,
  DIMENSION_VALUE_PATTERN,
  evaluationRangeProblem,
  isSimpleStatistic,
  metricQueriesProblems,
  NAMESPACE_PATTERN,
  periodProblem,
  STATIC_COMPARISON_OPERATORS,
  STATISTIC_PATTERN,
  statisticProblem,
  TREAT_MISSING_DATA,
} from '../../src/core/cloudwatch-limits';

test('periods: 10, 20, 30 or a multiple of 60', () => {
  for (const ok of [10, 20, 30, 60, 300, 3600, 86400, 259200]) expect(periodProblem(ok)).toBeUndefined();
  for (const bad of [0, 5, 45, 90, 61, -60, 1.5]) expect(periodProblem(bad)).toBeDefined();
});

test('evaluation range: 1 day under an hour, 7 days from an hour', () => {
  expect(evaluationRangeProblem(300, 288)).toBeUndefined();
  expect(evaluationRangeProblem(300, 289)).toMatch(/at most 86400s/);
  expect(evaluationRangeProblem(3600, 168)).toBeUndefined();
  expect(evaluationRangeProblem(3600, 169)).toMatch(/at most 604800s/);
  expect(evaluationRangeProblem(259200, 1)).toBeUndefined();
  expect(evaluationRangeProblem(259200, 3)).toBeDefined();
  expect(evaluationRangeProblem(60, 0)).toBeDefined();
});

test('metric queries: counts, ids and exactly one returning data', () => {
  const q = (id: string, isMetric: boolean, returnData?: boolean) => ({ id, isMetric, returnData });
  expect(metricQueriesProblems([q('bad', true, false), q('total', true, false), q('ratio', false)])).toEqual([]);
  expect(metricQueriesProblems([q('Bad', true, false), q('ratio', false)])).toEqual([expect.stringMatching(/query id "Bad"/)]);
  expect(metricQueriesProblems([q('a', true), q('b', false)])).toEqual([expect.stringMatching(/2 queries return data/)]);
  expect(metricQueriesProblems([q('a', true, false), q('a', false)])).toEqual([expect.stringMatching(/used twice/)]);
  const many = Array.from({ length: 11 }, (_, i) => q(`m${i}`, true, false));
  expect(metricQueriesProblems([...many, q('e', false)])).toEqual([expect.stringMatching(/11 metrics/)]);
});

test('composite rules and names', () => {
  expect(compositeRuleProblem('ALARM("a") OR ALARM("b")')).toBeUndefined();
  expect(compositeRuleProblem('x'.repeat(10241))).toMatch(/10241 characters/);
  expect(compositeRuleProblem(' ')).toBeDefined();
  // PutCompositeAlarm: "The rule expression of a composite alarm can include as many as 100 underlying alarms."
  const rule = (n: number) => Array.from({ length: n }, (_, i) => `ALARM("a${i}")`).join(' OR ');
  expect(compositeRuleProblem(rule(100))).toBeUndefined();
  expect(compositeRuleProblem(`${rule(100)} OR ALARM("a0")`)).toBeUndefined();
  expect(compositeRuleProblem(rule(101))).toBe('composite alarm rule references 101 alarms; at most 100 are allowed');
  expect(alarmNamesInRule('(ALARM("svc-1h") AND ALARM(svc-5m)) OR OK(\'x\') AND NOT ALARM("a \\"q\\"")')).toEqual(['svc-1h', 'svc-5m', 'x', 'a "q"']);
  expect(alarmNameProblem('')).toBeDefined();
  expect(alarmNameProblem('a'.repeat(256))).toBeDefined();
  expect(alarmNameProblem('a')).toBeUndefined();
  // PutMetricAlarm AlarmActions / OKActions: "Array Members: Maximum number of 5 items" (the model's ResourceList).
  expect(alarmActionsProblem(['a', 'b', 'c', 'd', 'e'])).toBeUndefined();
  expect(alarmActionsProblem(['a', 'b', 'c', 'd', 'e', 'f'])).toMatch(/6 actions .* at most 5/);
});

describe('CloudWatch vocabularies (issue 21, item 6)', () => {
  test('the simple statistics, units and comparison operators come from the generated tables (the CloudWatch API model)', () => {
    expect([...CLOUDWATCH_STATISTICS].sort()).toEqual(['Average', 'Maximum', 'Minimum', 'SampleCount', 'Sum']);
    expect(CLOUDWATCH_UNITS).toEqual(expect.arrayContaining(['Seconds', 'Milliseconds', 'Bytes', 'Percent', 'Count', 'Count/Second', 'None']));
    expect(CLOUDWATCH_UNITS).toHaveLength(27);
    // PutMetricAlarm ComparisonOperator: the Lower/Upper operators "are used only for alarms based on anomaly detection models".
    expect([...STATIC_COMPARISON_OPERATORS].sort()).toEqual(['GreaterThanOrEqualToThreshold', 'GreaterThanThreshold', 'LessThanOrEqualToThreshold', 'LessThanThreshold']);
    expect([...ANOMALY_DETECTION_OPERATORS].sort()).toEqual(['GreaterThanUpperThreshold', 'LessThanLowerOrGreaterThanUpperThreshold', 'LessThanLowerThreshold']);
    // PutMetricAlarm TreatMissingData: "Valid Values: breaching | notBreaching | ignore | missing".
    expect([...TREAT_MISSING_DATA].sort()).toEqual(['breaching', 'ignore', 'missing', 'notBreaching']);
  });

  // "CloudWatch statistics definitions"; PutMetricAlarm ExtendedStatistic (TM/WM/TC/TS of X% from 10 to 90);
  // the provider's extended_statistic and metric_query.metric.stat validator (p..., at most two decimals).
  test.each(['Sum', 'SampleCount', 'p0', 'p50', 'p99.99', 'p100', 'tm90', 'wm99.5', 'tc10', 'ts90', 'IQM', 'PR(:0.3)', 'PR(100:2000)', 'PR(5:)', 'TM(10%:90%)', 'WM(:90%)', 'TC(25.5%:75%)', 'TS(10%:)'])(
    'statistic %p is one an alarm takes',
    (stat) => {
      expect(statisticProblem(stat)).toBeUndefined();
      expect(STATISTIC_PATTERN.test(stat)).toBe(true);
    },
  );

  test.each([
    ['sum', 'Sum'],
    ['average', 'Average'],
    ['P99', 'p99'],
    ['p99.999', 'p99.9'],
    ['Maximum ', 'Maximum'],
  ])('statistic %p is refused with a did-you-mean (%p)', (stat, meant) => {
    expect(statisticProblem(stat)).toMatch(new RegExp(`^must be a CloudWatch statistic: .*\\(did you mean "${meant.replace('.', '\\.')}"\\?\\)$`));
  });

  test.each(['', 'p101', 'p100.0', 'p-1', 'PR(:)', 'PR()', 'PR(10%:90%)', 'TM(150:1000)', 'TM(5%:90%)', 'TM(10%:95%)', 'tm', 'IQR', 'Avg', '${var.injected}', 'TM(10%:90%'])('statistic %p is refused', (stat) => {
    expect(statisticProblem(stat)).toBeDefined();
  });

  test('simple statistics go to `statistic`, every other to `extended_statistic`', () => {
    expect(isSimpleStatistic('Sum')).toBe(true);
    expect(isSimpleStatistic('p99')).toBe(false);
    expect(isSimpleStatistic('IQM')).toBe(false);
  });

  test('namespaces (User Guide, "Namespaces"; API pattern [^:].*), dimension names and values (API reference, Dimension)', () => {
    for (const ok of ['AWS/ApplicationELB', 'MyApp', 'My App/#1:v2', 'a'.repeat(255)]) expect(NAMESPACE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', ' ', ':x', 'a'.repeat(256), 'x${var.y}', 'naïve', 'tab\there', 'a,b']) expect(NAMESPACE_PATTERN.test(bad)).toBe(false);
    for (const ok of ['LoadBalancer', 'a b', 'x:y', 'k'.repeat(255)]) expect(DIMENSION_NAME_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', '  ', ':x', 'k'.repeat(256), 'tab\there', 'ünï']) expect(DIMENSION_NAME_PATTERN.test(bad)).toBe(false);
    for (const ok of ['app/web/0123', 'a"b\\c', '${x}', 'v'.repeat(1024)]) expect(DIMENSION_VALUE_PATTERN.test(ok)).toBe(true);
    for (const bad of ['', ' ', 'v'.repeat(1025), 'line\nbreak', 'cødé']) expect(DIMENSION_VALUE_PATTERN.test(bad)).toBe(false);
  });
});
