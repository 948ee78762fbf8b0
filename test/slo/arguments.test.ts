import * as model from '../../src/slo';
import { alarmLine } from '../../src/slo/report';
import { SloDefinitionError } from '../../src/core/errors';

/**
 * Issue 21, item 1: every exported function of the SLO model checks its
 * arguments like a construct checks its props. A JavaScript or YAML caller
 * gets a SloDefinitionError naming the argument, never a TypeError from
 * deep inside the math. The sweep of every function (alarmLine included)
 * with hostile and misplaced arguments is test/exported-functions.test.ts;
 * here, what the errors say.
 */
const slo = model.ServiceLevelObjective.from({ name: 'availability', objective: 99.9 });

describe('what the checks say', () => {
  test('an SLO with `alerts: [null]` names the alert (issue 21, item 1)', () => {
    expect(() => model.ServiceLevelObjective.from({ name: 'a', objective: 99.9, alerts: [null as never] })).toThrow(
      new SloDefinitionError('alerts[0]', null, 'must be an alert { severity, longWindow, shortWindow?, burnRate or budgetPercent } (got null)'),
    );
    expect(() => model.ServiceLevelObjective.from({ name: 'a', objective: 99.9, alerts: [{ severity: 'page', longWindow: '1h', burnrate: 2 } as never] })).toThrow(
      'invalid alerts[0].burnrate 2: is not a known key (did you mean "burnRate"?)',
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
    expect(() => model.resolveSliHealth({ missingfor: '1h' } as never, undefined, '12h', 'slos[0].sliHealth')).toThrow('invalid slos[0].sliHealth.missingfor "1h": is not a known key (did you mean "missingFor"?)');
  });
});
