import { alarmNameProblem, alarmNamesInRule, compositeRuleProblem, evaluationRangeProblem, metricQueriesProblems, periodProblem } from '../../src/core/cloudwatch-limits';

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
  expect(alarmNamesInRule('(ALARM("svc-1h") AND ALARM(svc-5m)) OR OK(\'x\') AND NOT ALARM("a \\"q\\"")')).toEqual(['svc-1h', 'svc-5m', 'x', 'a "q"']);
  expect(alarmNameProblem('')).toBeDefined();
  expect(alarmNameProblem('a'.repeat(256))).toBeDefined();
  expect(alarmNameProblem('a')).toBeUndefined();
});
