import fc from 'fast-check';
import { ServiceLevelObjective, SloDefinitionError } from '../../src/slo';
import { errorBudgetReport, formatReportMarkdown, formatReportText, REPORT_BURN_RATES } from '../../src/slo/report';

const report = errorBudgetReport(
  [
    { name: 'availability', objective: 99.9, runbookUrl: 'https://runbooks.example.com/a' },
    { name: 'latency', objective: 99, period: '7d' },
  ],
  { eventsPerPeriod: 50_000_000 },
);

describe('errorBudgetReport', () => {
  test('budget in minutes and events', () => {
    expect(report[0]).toMatchObject({ name: 'availability', objective: 99.9, period: '30d', errorBudget: 0.001, budgetMinutes: 43.2, budgetEvents: 50_000 });
    expect(report[1]).toMatchObject({ budgetMinutes: 100.8, budgetEvents: 500_000 });
    expect(errorBudgetReport([{ name: 'a', objective: 99.9 }])[0].budgetEvents).toBeUndefined();
  });

  test('each alert with burn rate, budget consumed and detection times (full outage, 2x, 10x, 100x)', () => {
    expect(REPORT_BURN_RATES).toEqual([2, 10, 100]);
    const [fastPage, slowPage, , slowTicket] = report[0].alerts;
    expect(fastPage).toMatchObject({ id: 'page-1h-5m', severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4, budgetPercent: 2, threshold: 0.0144 });
    expect(fastPage.fullOutageSeconds).toBeCloseTo(51.84, 6);
    expect(fastPage.burnRateSeconds[0]).toBe(Infinity);
    expect(fastPage.burnRateSeconds[1]).toBe(Infinity);
    expect(fastPage.burnRateSeconds[2]).toBeCloseTo(518.4, 6);
    expect(slowPage.burnRateSeconds[1]).toBeCloseTo(3.6 * 3600, 6);
    expect(slowTicket.burnRateSeconds[0]).toBeCloseTo(36 * 3600, 6);
  });

  test('text: aligned tables, "never" where an alert cannot fire', () => {
    const text = formatReportText(report);
    expect(text).toMatchSnapshot();
    expect(text).toContain('availability: 99.9% over 30d');
    expect(text).toContain('error budget 0.1% = 43.2m of full outage per 30d = 50,000 of 50,000,000 events');
    expect(text).toMatch(/page-1h-5m +page +1h \/ 5m +14\.4x +2% in 1h +1\.44% errors +52s +never +never +8\.6m/);
    expect(text).toMatch(/ticket-3d-6h +ticket +3d \/ 6h +1x +10% in 3d +0\.1% errors +4\.3m +36h +7\.2h +43\.2m/);
    // The report's one duration format (issue 24): windows and times alike, a day-long window in hours.
    expect(text).toMatch(/ticket-1d-2h +ticket +24h \/ 2h +3x +10% in 24h/);
    expect(text).not.toMatch(/\d (min|h|d)\b/);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(text).toContain('runbook: none');
  });

  test('markdown: a table per SLO', () => {
    const md = formatReportMarkdown(report);
    expect(md).toMatchSnapshot();
    expect(md).toContain('### availability: 99.9% over 30d');
    expect(md).toContain('| alert | severity | windows | burn rate | budget used | fires above | full outage | 2x burn | 10x burn | 100x burn |');
    expect(md).toContain('| page-1h-5m | page | 1h / 5m | 14.4x | 2% in 1h | 1.44% errors | 52s | never | never | 8.6m |');
    expect(md.split('\n').filter((l) => l.startsWith('| page-') || l.startsWith('| ticket-'))).toHaveLength(8);
  });

  test('accepts validated SLOs too', () => {
    expect(errorBudgetReport([ServiceLevelObjective.from({ name: 'x', objective: 99.5 })])[0].budgetMinutes).toBe(216);
  });

  test('counts the budget-exhausted alarm when an SLO enables it, as SloAlarms builds it (one more window-sized alarm)', () => {
    const [without, withBudget] = errorBudgetReport([
      { name: 'a', objective: 99.9 },
      { name: 'b', objective: 99.9, budgetExhausted: { enabled: true } },
    ]);
    expect(without.alarms).toMatchObject({ budgetAlarms: 0, metricAlarms: 9, alarmMetrics: 41, monthlyUsd: 5.1 });
    expect(withBudget.alarms).toMatchObject({ budgetAlarms: 1, metricAlarms: 10, alarmMetrics: 46, monthlyUsd: 5.6 });
    expect(() => errorBudgetReport([{ name: 'a', objective: 99.9, budgetExhausted: { enabled: true, severity: 'page' } }])).toThrow(/^invalid slos\[0\]\.budgetExhausted\.severity "?page"?: must not be "page"/);
    // 75%: 7 days cannot spend 100% of the 30-day budget even if every request fails.
    expect(() => errorBudgetReport([{ name: 'a', objective: 75, alerts: [{ severity: 'ticket', longWindow: '3d', burnRate: 1 }], budgetExhausted: { enabled: true } }])).toThrow(/slos\[0\]\.budgetExhausted\.budgetPercent/);
  });

  test('bad inputs name the SLO and prop', () => {
    expect(() => errorBudgetReport([{ name: 'ok', objective: 99.9 }, { name: 'b', objective: 100 }])).toThrow('invalid slos[1].objective 100: must be a percentage greater than 0 and less than 100');
    expect(() => errorBudgetReport([{ name: 'a', objective: 90, alerts: [{ severity: 'page', longWindow: '1h', burnRate: 14.4 }] }])).toThrow(/invalid slos\[0\]\.alerts\[0\]\.burnRate 14\.4/);
    expect(() => errorBudgetReport([])).toThrow(SloDefinitionError);
    expect(() => errorBudgetReport([{ name: 'a', objective: 99 }], { eventsPerPeriod: -1 })).toThrow('invalid eventsPerPeriod -1');
  });

  test('property: detection times never increase with the burn rate, and a full outage is the fastest', () => {
    fc.assert(
      fc.property(fc.double({ min: 50, max: 99.999, noNaN: true }), (objective) => {
        let r;
        try {
          r = errorBudgetReport([{ name: 'p', objective }]);
        } catch (e) {
          // low objectives make the workbook's fast pairs impossible: rejected, never reported
          expect(e).toBeInstanceOf(SloDefinitionError);
          return;
        }
        for (const a of r[0].alerts) {
          const times = [...a.burnRateSeconds, a.fullOutageSeconds];
          for (let i = 1; i < times.length; i++) expect(times[i]).toBeLessThanOrEqual(times[i - 1]);
          expect(a.fullOutageSeconds).toBeLessThan(Infinity);
        }
      }),
    );
  });
});
