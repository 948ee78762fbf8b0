import { SloAlarms, SloSli } from '../../src';
import { formatReport, reportStack } from '../../src/checks/report';
import { TerraformJsonStack } from '../../src/checks/stack';
import { FakeRouting, synthWith } from '../harness';

/** The report shows each SLO's budget-exhausted alarm (issue 25) from the synthesized stack's tags alone. */
const stackWith = (budgetExhausted: boolean) =>
  TerraformJsonStack.fromJson(
    synthWith((stack) => {
      new SloAlarms(stack, 'slos', {
        service: 'shop',
        alarmRouting: new FakeRouting(),
        dashboard: false,
        slos: [
          { name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/123' }), budgetExhausted: { enabled: budgetExhausted } },
          { name: 'weekly', objective: 99, period: '7d', sli: SloSli.albAvailability({ loadBalancer: 'app/web/123' }), budgetExhausted: { enabled: budgetExhausted, budgetPercent: 50 } },
        ],
      });
    }) as never,
    'shop',
  );

describe('report: the budget-exhausted alarm per SLO', () => {
  const report = reportStack(stackWith(true));

  test('read back from the alarm\'s tags: name, budget share, window, severity', () => {
    expect(report.slos.map((s) => s.budgetExhausted)).toEqual([
      { alarm: 'shop-availability-budget-exhausted', budgetPercent: 100, window: '7d', severity: 'ticket' },
      { alarm: 'shop-weekly-budget-exhausted', budgetPercent: 50, window: '7d', severity: 'ticket' },
    ]);
  });

  test('text and markdown say what it sees: the last 7 days against 30, the whole 7-day period', () => {
    // Text wraps at 100 columns: compare with the whitespace folded.
    const text = formatReport([report], 'text').replace(/\s+/g, ' ');
    expect(text).toContain('Budget-exhausted alarm shop-availability-budget-exhausted (ticket): in ALARM while the last 7d alone spent the whole 30d error budget (a slower spend shows only to the gate command).');
    const md = formatReport([report], 'markdown');
    expect(md).toContain('  Budget-exhausted alarm shop-weekly-budget-exhausted (ticket): in ALARM while 50% of the 7d error budget is spent.');
  });

  test('absent when the SLOs have none', () => {
    const without = reportStack(stackWith(false));
    expect(without.slos.map((s) => s.budgetExhausted)).toEqual([undefined, undefined]);
    expect(formatReport([without], 'text')).not.toContain('Budget-exhausted');
  });
});
