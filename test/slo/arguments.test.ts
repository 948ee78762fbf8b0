import fc from 'fast-check';
import * as model from '../../src/slo';
import { alarmLine } from '../../src/slo/report';
import { isReliabilityError, SloDefinitionError } from '../../src/core/errors';

/**
 * Issue 21, item 1: every exported function of the SLO model checks its
 * arguments like a construct checks its props. A JavaScript or YAML caller
 * gets a SloDefinitionError naming the argument, never a TypeError from
 * deep inside the math.
 */
const slo = model.ServiceLevelObjective.from({ name: 'availability', objective: 99.9 });
const report = model.errorBudgetReport([{ name: 'a', objective: 99.9 }]);
const cost = report[0].alarms;
const VALID = [slo, slo.alerts[0], slo.alerts, 1, 0.01, 5, 'page', '5m', report, cost, { metricsPerAlarm: 2 }, [{ name: 'b', objective: 99 }], { enabled: false }, 'slos[0].sliHealth', '12h'];
const HOSTILE = [undefined, null, {}, [], [null], 'x', '', -1, 0, NaN, Infinity, -Infinity, true, { name: 'a' }, [{}], { alerts: [null] }, () => 1, Symbol('s')];

// alarmLine is internal to the report (not exported from the package) but swept all the same.
const functions = Object.entries({ ...model, alarmLine }).filter(([name, f]) => typeof f === 'function' && /^[a-z]/.test(name)) as Array<[string, (...args: unknown[]) => unknown]>;

test('the model exports the functions this test calls', () => {
  expect(functions.map(([n]) => n).sort()).toEqual(
    expect.arrayContaining(['alarmCost', 'alarmLine', 'detectionTime', 'errorBudgetReport', 'firstAlert', 'formatDuration', 'formatReportText', 'humanDuration', 'parseDuration', 'planWindowAlarms', 'resolveSliHealth', 'summarizeAlert', 'timeToExhaustion', 'totalAlarmCost', 'windowsOf']),
  );
});

test.each(functions)('%s: any mix of valid and hostile arguments returns or throws the library\'s own error, never a TypeError', (_name, fn) => {
  const arity = Math.max(fn.length, 1) + 1;
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VALID, ...HOSTILE), { minLength: arity, maxLength: arity }), (args) => {
      try {
        fn(...args);
      } catch (e) {
        if (!isReliabilityError(e)) throw new Error(`${_name}(${args.map((a) => String(typeof a === 'symbol' ? 'Symbol' : JSON.stringify(a) ?? a)).join(', ')}) crashed: ${(e as Error).message}`);
      }
    }),
    { numRuns: 150, seed: 21 },
  );
});

describe('what the checks say', () => {
  test('an SLO with `alerts: [null]` names the alert (issue 21, item 1)', () => {
    expect(() => model.ServiceLevelObjective.from({ name: 'a', objective: 99.9, alerts: [null as never] })).toThrow(
      new SloDefinitionError('alerts[0]', null, 'must be an alert { severity, longWindow, shortWindow?, burnRate or budgetPercent } (got null)'),
    );
    expect(() => model.ServiceLevelObjective.from({ name: 'a', objective: 99.9, alerts: [{ severity: 'page', longWindow: '1h', burnrate: 2 } as never] })).toThrow(
      'invalid alerts[0].burnrate "burnrate": is not a known key (did you mean "burnRate"?)',
    );
  });

  test('the timing functions take the SLO object and one of its alerts, and an error rate from 0 to 1', () => {
    expect(() => model.detectionTime({ name: 'a', objective: 99.9 } as never, slo.alerts[0], 1)).toThrow('invalid slo {"name":"a","objective":99.9}: must be a ServiceLevelObjective');
    expect(() => model.detectionTime(slo, { ...slo.alerts[0] }, 1)).toThrow('invalid alert');
    expect(() => model.detectionTime(slo, slo.alerts[0], 2)).toThrow('invalid errorRate 2: must be an error rate from 0 to 1');
    expect(() => model.timeToExhaustion(slo, NaN)).toThrow('invalid errorRate NaN');
    expect(() => model.detectionTimeForBurnRate(slo, slo.alerts[0], -1)).toThrow('invalid burnRate -1');
  });

  test('report functions check the report and the options', () => {
    expect(() => model.errorBudgetReport([{ name: 'a', objective: 99.9 }], null as never)).toThrow('invalid options null: must be an object');
    expect(() => model.errorBudgetReport([{ name: 'a', objective: 99.9 }], { eventsPerPeriods: 5 } as never)).toThrow('(did you mean "eventsPerPeriod"?)');
    expect(() => model.formatReportText([null as never])).toThrow('invalid reports[0] null: must be an SLO report');
    expect(() => model.formatReportMarkdown('report' as never)).toThrow('invalid reports "report": must be a list of SLO reports');
    expect(() => alarmLine({} as never)).toThrow('invalid cost.windowAlarms undefined');
    expect(() => model.alarmCost(slo, { metricsPerAlarm: 11 })).toThrow('invalid options.metricsPerAlarm 11: must be a whole number of metrics from 1 to 10');
  });

  test('SLI health options: a misspelt key gets a did-you-mean', () => {
    expect(() => model.resolveSliHealth({ missingfor: '1h' } as never, undefined, '12h', 'slos[0].sliHealth')).toThrow('invalid slos[0].sliHealth.missingfor "missingfor": is not a known key (did you mean "missingFor"?)');
  });
});
