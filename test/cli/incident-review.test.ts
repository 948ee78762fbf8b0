import * as fs from 'node:fs';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { IncidentResponseStack } from '../../examples/incident-response/stack';
import { SloAlarmsExampleStack } from '../../examples/slo-alarms/stack';
import { WebServiceStack } from '../../examples/web-service/stack';
import { main } from '../../src/cli/main';
import { tempDir } from '../harness';

const HISTORY = path.join(__dirname, '..', '..', 'examples', 'incident-response', 'alarm-history.json');
const GOLDEN = path.join(__dirname, 'golden', 'incident-review.md');

/** The example stack synthesized into a folder, as `cdktf synth` writes it. */
function synthesized(stack: (app: any) => unknown, name: string): string {
  const dir = tempDir('incident-review-');
  const app = Testing.app();
  fs.mkdirSync(path.join(dir, name));
  fs.writeFileSync(path.join(dir, name, 'cdk.tf.json'), Testing.synth(stack(app) as never));
  return path.join(dir, name);
}

function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(['incident-review', ...args], { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join(''), err: err.join('') };
}

describe('incident-review', () => {
  const stack = synthesized((app) => new IncidentResponseStack(app, 'incident-response'), 'incident-response');

  test('the golden review of the recorded availability outage of the incident-response example', () => {
    const r = run(HISTORY, stack);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(GOLDEN, r.out);
    expect(r.out).toBe(fs.readFileSync(GOLDEN, 'utf8'));
  });

  test('the review says what the SLO math promises and what the outage cost at least', () => {
    const { out } = run(HISTORY, stack);
    // The page composite went to ALARM 61 s after the first window alarm; a full outage pages in 52 s by the SLO math.
    expect(out).toContain('page: 2027-03-09T14:07:13.380Z (1 min after the first alarm of the incident)');
    expect(out).toContain('The SLO math promises a page 52s after a full outage starts');
    // ticket-1d-2h fired: its 1d long window burnt at 3x, 3 x 1d / 30d = 10% of the budget, 4.32 min of 43.2.
    expect(out).toContain('Error budget spent, at least: 10.0% of the 30d budget, 4.3 min of full outage out of 43.2');
    expect(out).toMatch(/## Alarms that stayed silent[\s\S]*payments-availability-sli-health/);
    for (const section of ['## Timeline', '## Root causes', '## Trigger', '## Resolution', '## Detection', '## Action items', '### Where we got lucky']) expect(out).toContain(section);
  });

  test('--events-per-period gives the budget spent in requests (10% of a 0.1% budget of 50,000,000 requests: 5,000 of 50,000)', () => {
    const r = run(HISTORY, stack, '--events-per-period', '50000000');
    expect(r.code).toBe(0);
    expect(r.out).toContain("- Failed requests, at least: 5,000 of the period's error budget of 50,000 requests (50,000,000 requests per 30d, --events-per-period)");
    for (const bad of ['0', '1.5', 'many', '-3']) {
      const res = run(HISTORY, stack, `--events-per-period=${bad}`);
      expect(res.code).toBe(2);
      expect(res.err).toMatch(/events-per-period must be a whole number of requests per SLO period|--events-per-period needs a number of requests per SLO period/);
    }
  });

  test('captured SNS notifications are an alarm history too', () => {
    const file = path.join(tempDir('sns-'), 'sns.json');
    const note = (alarm: string, from: string, to: string, at: string) => ({ Type: 'Notification', Timestamp: at, Message: JSON.stringify({ AlarmName: alarm, OldStateValue: from, NewStateValue: to, StateChangeTime: at.replace('Z', '+0000') }) });
    fs.writeFileSync(file, JSON.stringify([note('payments-availability-page', 'OK', 'ALARM', '2027-03-09T14:07:13.380Z'), note('payments-availability-page', 'ALARM', 'OK', '2027-03-09T14:44:13.250Z')]));
    const r = run(file, stack);
    expect(r.code).toBe(0);
    expect(r.out).toContain('| 2027-03-09T14:07:13.380Z | payments-availability-page | OK -> ALARM | page of SLO payments/availability |');
  });

  test.each([
    ['not an alarm history', '{"foo": 1}', 'is not an alarm history'],
    ['not JSON', 'AlarmName,Timestamp', 'is not JSON'],
    ['an empty window', '{"AlarmHistoryItems": []}', 'an empty window'],
  ])('%s is a clear error, exit 2', (_, text, message) => {
    const file = path.join(tempDir('bad-history-'), 'history.json');
    fs.writeFileSync(file, text);
    const r = run(file, stack);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
  });

  test("alarms of another stack are a clear error naming them", () => {
    const other = synthesized((app) => new SloAlarmsExampleStack(app, 'slo-alarms'), 'slo-alarms');
    const r = run(HISTORY, other);
    expect(r.code).toBe(2);
    expect(r.err).toContain('none of the alarms in the history is in the given stacks (payments-availability-page-1h-5m-short');
  });
});

describe('incident-review and the budget-exhausted alarm', () => {
  // examples/web-service turns on the availability SLO's budget-exhausted alarm (SloAlarms budgetExhausted).
  const dir = synthesized((app) => new WebServiceStack(app, 'web-service'), 'web-service');
  const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdk.tf.json'), 'utf8'));
  const alarms = (type: string) => Object.values<any>(json.resource[type] ?? {});
  const budget = alarms('aws_cloudwatch_metric_alarm').find((a) => a.tags?.['slo:budget-exhausted'] !== undefined);
  const windowAlarm = alarms('aws_cloudwatch_metric_alarm').find((a) => a.tags?.['slo:name'] === budget.tags['slo:name'] && a.tags['slo:budget-exhausted'] === undefined && /-long$/.test(a.alarm_name));
  const page = alarms('aws_cloudwatch_composite_alarm').find((a) => a.tags?.['slo:name'] === budget.tags['slo:name'] && a.tags['slo:severity'] === 'page');
  const item = (name: string, type: string, at: string, to: string) => ({
    AlarmName: name,
    AlarmType: type,
    Timestamp: at,
    HistoryItemType: 'StateUpdate',
    HistorySummary: `Alarm updated from OK to ${to}`,
    HistoryData: JSON.stringify({ version: '1.0', oldState: { stateValue: 'OK' }, newState: { stateValue: to, stateReason: 'Threshold Crossed' } }),
  });

  test('is its own role, and not the start of the incident (a spent budget is a state, not an event)', () => {
    const history = path.join(tempDir('budget-history-'), 'history.json');
    fs.writeFileSync(
      history,
      JSON.stringify({
        AlarmHistoryItems: [
          item(budget.alarm_name, 'MetricAlarm', '2027-03-09T14:00:00.000Z', 'ALARM'),
          item(windowAlarm.alarm_name, 'MetricAlarm', '2027-03-09T14:10:00.000Z', 'ALARM'),
          item(page.alarm_name, 'CompositeAlarm', '2027-03-09T14:11:00.000Z', 'ALARM'),
        ],
      }),
    );
    const r = run(history, dir);
    expect(r.err).toBe('');
    expect(r.out).toContain(`${budget.alarm_name}`);
    expect(r.out).toMatch(new RegExp(`${budget.alarm_name}.*budget-exhausted of SLO`));
    // The incident starts with its first burn-rate window alarm (14:10), not with the budget alarm (14:00): a spent
    // budget is a state that can last days.
    expect(r.out).toContain('# Incident review (draft): 2027-03-09T14:10:00Z to 2027-03-09T14:11:00Z');
    expect(r.out).toContain('page: 2027-03-09T14:11:00Z (1 min after the first alarm of the incident)');
  });

  test('a budget-exhausted alarm that did not fire is not listed among the alarms that should have fired', () => {
    const history = path.join(tempDir('budget-history-'), 'history.json');
    fs.writeFileSync(
      history,
      JSON.stringify({ AlarmHistoryItems: [item(windowAlarm.alarm_name, 'MetricAlarm', '2027-03-09T14:10:00.000Z', 'ALARM'), item(page.alarm_name, 'CompositeAlarm', '2027-03-09T14:11:00.000Z', 'ALARM')] }),
    );
    const silent = run(history, dir).out.split('## Alarms that stayed silent')[1].split('## Root causes')[0];
    expect(silent).toContain('shop-availability-sli-health');
    expect(silent).not.toContain(budget.alarm_name);
  });
});
