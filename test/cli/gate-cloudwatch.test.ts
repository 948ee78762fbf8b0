/**
 * The deploy gate's CloudWatch source, against recorded GetMetricData
 * responses (no account is reachable here): the client is the test's, the
 * commands are the SDK's own GetMetricDataCommand, and the stack is a real
 * synthesized SloAlarms, so the reader of the window alarms' metric queries
 * is proven on what the library writes. Response shape: CloudWatch API
 * reference, GetMetricData (MetricDataResults: Id, Label, Timestamps, Values,
 * StatusCode Complete | InternalError | PartialData | Forbidden, Messages; NextToken).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GetMetricDataCommand, GetMetricDataInput, GetMetricDataOutput } from '@aws-sdk/client-cloudwatch';
import { SloAlarms, SloSli } from '../../src';
import { gateCommand } from '../../src/cli/gate/command';
import { metricDataQueries, periodFor } from '../../src/cli/gate/cloudwatch';
import { FakeRouting, synth, tempDir, testStack } from '../harness';

const AT = new Date('2026-11-30T12:00:00Z');
const DAY = 86400;

/** A client answering per window (EndTime - StartTime) with the bad and total sums given, as one datapoint each. */
function recordedClient(answer: (windowSeconds: number, input: GetMetricDataInput) => { bad: number; total: number } | GetMetricDataOutput) {
  const calls: GetMetricDataInput[] = [];
  return {
    calls,
    client: {
      async send(command: { readonly input: GetMetricDataInput }): Promise<GetMetricDataOutput> {
        expect(command).toBeInstanceOf(GetMetricDataCommand);
        const input = command.input;
        calls.push(input);
        const window = ((input.EndTime as Date).getTime() - (input.StartTime as Date).getTime()) / 1000;
        const a = answer(window, input);
        if (!('bad' in a)) return a;
        const returned = (input.MetricDataQueries ?? []).filter((q) => q.ReturnData);
        return {
          MetricDataResults: returned.map((q, i) => ({ Id: q.Id, Label: q.Id, Timestamps: [input.StartTime as Date], Values: [i === 0 ? a.bad : a.total], StatusCode: 'Complete' })),
          Messages: [],
        };
      },
    },
  };
}

describe('gate --source cloudwatch, over a synthesized SloAlarms stack', () => {
  let dir: string;
  let stackFile: string;
  beforeAll(() => {
    const { stack } = testStack();
    new SloAlarms(stack, 'slos', {
      service: 'checkout',
      alarmRouting: new FakeRouting(['page', 'ticket']),
      slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: 'app/web/0123456789abcdef' }) }],
    });
    dir = tempDir('gate-cloudwatch-');
    stackFile = path.join(dir, 'cdk.tf.json');
    fs.writeFileSync(stackFile, synth(stack));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function gate(client: ReturnType<typeof recordedClient>['client'], ...argv: string[]) {
    let out = '';
    let err = '';
    const code = await gateCommand([stackFile, '--source', 'cloudwatch', '--at', AT.toISOString(), ...argv], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), cloudwatch: client });
    return { code, out, err };
  }

  test('healthy: exit 0; queries the ALB metrics the window alarms read, at period = window, over the window ending at --at', async () => {
    const { client, calls } = recordedClient(() => ({ bad: 20, total: 100_000 }));
    const r = await gate(client);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('gate: allow: 1 SLO within the policy (threshold 100%, no page burning); most spent: checkout/availability 20% of its budget over 30d');
    const budget = calls.find((c) => (c.EndTime as Date).getTime() - (c.StartTime as Date).getTime() === 30 * DAY * 1000) as GetMetricDataInput;
    expect(budget.EndTime).toEqual(AT);
    const metrics = (budget.MetricDataQueries ?? []).filter((q) => q.MetricStat);
    expect(metrics.map((q) => q.MetricStat?.Metric?.MetricName).sort()).toEqual(expect.arrayContaining(['HTTPCode_Target_5XX_Count', 'RequestCount']));
    for (const q of metrics) {
      expect(q.MetricStat?.Period).toBe(30 * DAY);
      expect(q.MetricStat?.Stat).toBe('Sum');
      expect(q.MetricStat?.Metric?.Namespace).toBe('AWS/ApplicationELB');
      expect(q.MetricStat?.Metric?.Dimensions).toEqual([{ Name: 'LoadBalancer', Value: 'app/web/0123456789abcdef' }]);
    }
    // Exactly two series come back: bad and total.
    expect((budget.MetricDataQueries ?? []).filter((q) => q.ReturnData)).toHaveLength(2);
    // The budget window and both windows of each page alert (1h/5m, 6h/30m).
    expect(calls.map((c) => ((c.EndTime as Date).getTime() - (c.StartTime as Date).getTime()) / 1000).sort((a, b) => a - b)).toEqual([300, 1800, 3600, 6 * 3600, 30 * DAY]);
  });

  test('budget spent: exit 1 (150 bad in 100,000 over 30d = 150% of a 0.1% budget)', async () => {
    const { client } = recordedClient((w) => (w === 30 * DAY ? { bad: 150, total: 100_000 } : { bad: 0, total: 1000 }));
    const r = await gate(client);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('gate: stop: checkout/availability spent 150% of its error budget over 30d (error ratio 0.15%, budget 0.1%, threshold 100%)');
  });

  test('a page burning now: exit 1 (2% errors over 1h and 5m = 20x, above 14.4x)', async () => {
    const { client } = recordedClient((w) => (w <= 3600 ? { bad: 20, total: 1000 } : { bad: 10, total: 100_000 }));
    const r = await gate(client);
    expect(r.code).toBe(1);
    expect(r.out.split('\n')[0]).toBe('gate: stop: checkout/availability is burning at a page rate now (alert page-1h-5m: 20x over 1h and 20x over 5m, pages above 14.4x)');
  });

  test('pages of results (NextToken) are summed', async () => {
    let page = 0;
    const { client } = recordedClient((w, input) => {
      if (w !== 30 * DAY) return { bad: 0, total: 10 };
      const ids = (input.MetricDataQueries ?? []).filter((q) => q.ReturnData).map((q) => q.Id as string);
      page++;
      return {
        MetricDataResults: ids.map((Id, i) => ({ Id, Values: [i === 0 ? 60 : 50_000], Timestamps: [AT], StatusCode: input.NextToken ? 'Complete' : 'PartialData' })),
        ...(input.NextToken ? {} : { NextToken: 'more' }),
      };
    });
    const r = await gate(client);
    expect(page).toBe(2);
    expect(r.out.split('\n')[0]).toMatch(/^gate: stop: checkout\/availability spent 120% /);
  });

  test('no datapoints over the budget window: exit 2, no data', async () => {
    const { client } = recordedClient((_w, input) => ({ MetricDataResults: (input.MetricDataQueries ?? []).filter((q) => q.ReturnData).map((q) => ({ Id: q.Id, Values: [], Timestamps: [], StatusCode: 'Complete' })) }));
    const r = await gate(client);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/gate: error: no data for checkout\/availability over the policy window in CloudWatch/);
  });

  test('an API error (no credentials, access denied) or a Forbidden result: exit 2, one line, no stack trace', async () => {
    const denied = {
      async send(): Promise<GetMetricDataOutput> {
        throw Object.assign(new Error('User is not authorized to perform: cloudwatch:GetMetricData'), { name: 'AccessDenied' });
      },
    };
    const r = await gate(denied);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toMatch(/gate: error: CloudWatch GetMetricData failed for checkout\/availability: AccessDenied: User is not authorized to perform: cloudwatch:GetMetricData$/);
    const { client } = recordedClient((_w, input) => ({ MetricDataResults: [{ Id: input.MetricDataQueries?.[0].Id, StatusCode: 'Forbidden', Messages: [{ Code: 'Forbidden', Value: 'no access to AWS/ApplicationELB' }] }] }));
    const f = await gate(client);
    expect(f.code).toBe(2);
    expect(f.err).toMatch(/answered Forbidden .*Forbidden: no access to AWS\/ApplicationELB/);
  });

  test('an SLO file has no CloudWatch SLI: exit 2 saying the stack is needed', async () => {
    const file = path.join(dir, 'slos.yaml');
    fs.writeFileSync(file, 'service: checkout\nslos:\n  - name: availability\n    objective: 99.9\n');
    let err = '';
    const code = await gateCommand([file, '--source', 'cloudwatch'], { out: () => undefined, err: (t) => (err += t), cloudwatch: recordedClient(() => ({ bad: 0, total: 1 })).client });
    expect(code).toBe(2);
    expect(err).toMatch(/has no CloudWatch SLI: the cloudwatch source reads the metric queries of a synthesized stack's SLO window alarms/);
  });
});

describe('GetMetricData periods (API reference, GetMetricData StartTime: 60 s multiples up to 15 days back, 300 s to 63 days, 3600 s beyond)', () => {
  test('a window is read at period = window when CloudWatch keeps that resolution at that age', () => {
    expect(periodFor(300)).toBe(300);
    expect(periodFor(30 * DAY)).toBe(30 * DAY);
    expect(() => periodFor(90)).toThrow(/multiple of 60 s/);
    expect(() => periodFor(16 * DAY + 60)).toThrow(/multiple of 300 s/);
    expect(() => periodFor(64 * DAY + 300)).toThrow(/multiple of 3600 s/);
  });

  test('a bare metric id for bad or total is returned itself; expressions get queries of their own', () => {
    const sli = { metrics: [{ id: 'errors', namespace: 'N', metricName: 'E', dimensions: {}, stat: 'Sum' }, { id: 'ok', namespace: 'N', metricName: 'O', dimensions: {}, stat: 'Sum' }], bad: 'errors', total: 'errors + ok' };
    const q = metricDataQueries(sli, 3600);
    expect(q.map((x) => [x.Id, x.ReturnData, x.Expression])).toEqual([
      ['errors', true, undefined],
      ['ok', false, undefined],
      ['gate_total', true, 'errors + ok'],
    ]);
  });
});

describe('gate on the command line', () => {
  const capture = () => {
    const io = { out: '', err: '' };
    return { io, sink: { out: (t: string) => (io.out += `${t}\n`), err: (t: string) => (io.err += `${t}\n`) } };
  };

  test('mainAsync runs gate; --help exits 0 with the exit codes; the sync main lists it and refuses to run it', async () => {
    const { mainAsync, main } = await import('../../src/cli/main');
    const help = capture();
    expect(await mainAsync(['gate', '--help'], help.sink)).toBe(0);
    expect(help.io.out).toMatch(/Exit codes: 0 deploy allowed, 1 stop/);
    const list = capture();
    expect(main(['--help'], list.sink)).toBe(0);
    expect(list.io.out).toMatch(/gate PATH\.\.\. --source prometheus --url URL/);
    const sync = capture();
    expect(main(['gate', 'x'], sync.sink)).toBe(2);
  });

  test.each([
    [['x.yaml'], /gate needs --source prometheus or --source cloudwatch/],
    [['x.yaml', '--source', 'prometheus'], /--source prometheus needs --url/],
    [['x.yaml', '--source', 'graphite'], /--source must be prometheus or cloudwatch, got "graphite"/],
    [['x.yaml', '--source', 'prometheus', '--url', 'http://p:9090', '--threshold', 'lots'], /--threshold must be a number of percent, got "lots"/],
    [['x.yaml', '--source', 'prometheus', '--url', 'http://p:9090', '--window', '1m'], /policy.window.*at least 5m/],
    [['x.yaml', '--source', 'prometheus', '--url', 'http://p:9090', '--label', 'security'], /--label must be NAME=VALUE, got "security"/],
    [['x.yaml', '--source', 'prometheus', '--url', 'http://p:9090', '--at', 'yesterday'], /--at must be an RFC 3339 time or Unix seconds/],
    [['x.yaml', '--source', 'prometheus', '--url', 'http://p:9090', '--bogus'], /unknown option "--bogus"/],
    [['missing.yaml', '--source', 'prometheus', '--url', 'http://p:9090'], /cannot read the SLO file missing.yaml: ENOENT/],
  ])('usage and input errors exit 2 with one line: %j', async (argv, message) => {
    const { io, sink } = capture();
    expect(await gateCommand(argv as string[], sink)).toBe(2);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });
});
