/**
 * The deploy gate against a real Prometheus (Debian's `prometheus` 2.42, as
 * .ci/run installs it): one server for the file, its TSDB backfilled
 * (test/kit/prometheus-server.ts).
 * The series are the records SloRules writes (`slo:sli_error:ratio_rate<w>`,
 * labelled service, slo, window); each service plays one case.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { gateCommand } from '../../src/cli/gate/command';
import { freePort, PrometheusServer, startPrometheus } from '../kit/prometheus-server';
import { describeWithPromtool } from '../kubernetes/promtool';

/** The decision time: the data ends here (a fixed past time, so the figures never move). */
const T0 = Date.UTC(2025, 11, 1, 12, 0, 0) / 1000;
const STEP = 300;
const HOUR = 3600;
/** Records the default 30d catalogue's page alerts read (1h/5m at 14.4x, 6h/30m at 6x). */
const WINDOWS: Record<string, number> = { '5m': 300, '30m': 1800, '1h': HOUR, '6h': 6 * HOUR };

/** The error ratio of each 5m window ending at t, per service (NaN: no events, 0/0). */
const BASE: Record<string, (t: number) => number> = {
  // 20% of a 99.9% budget all along; one idle 5m window (NaN) that must not void the average.
  healthy: (t) => (t === T0 - 30 * HOUR ? NaN : 0.0002),
  // 3x the budget for two days, calm for the last 3 hours: spent, not paging.
  spent: (t) => (t > T0 - 3 * HOUR ? 0.0005 : 0.003),
  // Calm, then 30x the budget for the last hour: pages (over 14.4x on 1h and 5m), budget not spent.
  burning: (t) => (t > T0 - HOUR ? 0.03 : 0.0001),
};

function openMetrics(): string {
  const lines: string[] = [];
  for (const [window, seconds] of Object.entries(WINDOWS)) {
    const name = `slo:sli_error:ratio_rate${window}`;
    lines.push(`# TYPE ${name} gauge`);
    for (const [service, base] of Object.entries(BASE)) {
      for (let t = T0 - 54 * HOUR; t <= T0; t += STEP) {
        const samples = Array.from({ length: seconds / STEP }, (_, k) => base(t - k * STEP)).filter((x) => !Number.isNaN(x));
        const value = samples.length ? samples.reduce((a, b) => a + b, 0) / samples.length : NaN;
        lines.push(`${name}{service="${service}",slo="availability",window="${window}"} ${Number.isNaN(value) ? 'NaN' : value} ${t}`);
      }
    }
  }
  return `${lines.join('\n')}\n# EOF\n`;
}

async function gate(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await gateCommand(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

describeWithPromtool('gate --source prometheus, against a real Prometheus server', () => {
  let server: PrometheusServer;
  let dir: string;
  let url: string;
  const sloFile = (service: string) => {
    const file = path.join(dir, `${service}.yaml`);
    fs.writeFileSync(file, `service: ${service}\nslos:\n  - name: availability\n    objective: 99.9\n    period: 30d\n`);
    return file;
  };
  const at = ['--at', String(T0), '--window', '2d'];

  beforeAll(async () => {
    server = await startPrometheus(openMetrics());
    ({ url, dir } = server);
  }, 30_000);

  afterAll(async () => {
    if (server) await server.stop();
  });

  test('healthy: exit 0, 20% of the budget spent over 2d (an idle 5m window, NaN, is dropped, not averaged in)', async () => {
    const r = await gate(sloFile('healthy'), '--source', 'prometheus', '--url', url, ...at);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('gate: allow: 1 SLO within the policy (threshold 100%, no page burning); most spent: healthy/availability 20% of its budget over 2d');
  });

  test('budget spent over the window: exit 1 with the figures (2d at 3x then 3h at 0.5x of a 0.1% budget)', async () => {
    const r = await gate(sloFile('spent'), '--source', 'prometheus', '--url', url, ...at);
    expect(r.code).toBe(1);
    const first = r.out.split('\n')[0];
    expect(first).toMatch(/^gate: stop: spent\/availability spent 284\.\d% of its error budget over 2d \(error ratio 0\.284\d%, budget 0\.1%, threshold 100%\)$/);
    expect(first).not.toMatch(/page/);
  });

  test('a page burning now stops although the budget is not spent (30x over 1h and 5m, above 14.4x)', async () => {
    const r = await gate(sloFile('burning'), '--source', 'prometheus', '--url', url, ...at);
    expect(r.code).toBe(1);
    const first = r.out.split('\n')[0];
    expect(first).toMatch(/^gate: stop: burning\/availability is burning at a page rate now \(alert page-1h-5m: 30x over 1h and 30x over 5m, pages above 14\.4x\)$/);
    expect(r.out).toMatch(/burning\/availability: 72\.\d+% of the error budget spent over 2d/);
    // Without the page stop, the same SLO is within the policy.
    expect((await gate(sloFile('burning'), '--source', 'prometheus', '--url', url, ...at, '--no-page-stop')).code).toBe(0);
  });

  test('the policy file: a lower threshold stops the healthy SLO, and an exempt change label lets it through', async () => {
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'threshold: 15\nexemptions:\n  - label: change\n    values: [p0, security]\n');
    const stopped = await gate(sloFile('healthy'), '--source', 'prometheus', '--url', url, ...at, '--policy', policy, '--label', 'change=feature');
    expect(stopped.code).toBe(1);
    expect(stopped.out).toMatch(/^gate: stop: healthy\/availability spent 20% .*threshold 15%\)/);
    const exempt = await gate(sloFile('healthy'), '--source', 'prometheus', '--url', url, ...at, '--policy', policy, '--label', 'change=security');
    expect(exempt.code).toBe(0);
    expect(exempt.out).toMatch(/^gate: allow \(exempt: change=security\) although healthy\/availability spent 20%/);
  });

  test('no data for an SLO: exit 2, one line, no stack trace', async () => {
    const r = await gate(sloFile('ghost'), '--source', 'prometheus', '--url', url, ...at);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/gate: error: no data for ghost\/availability over the policy window in prometheus http:\/\/127\.0\.0\.1:\d+/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test('a URL that is not the API: exit 2 naming what answered', async () => {
    const r = await gate(sloFile('healthy'), '--source', 'prometheus', '--url', `${url}/not-the-api`, ...at);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/gate: error: Prometheus at .* answered HTTP 404 with something that is not JSON/);
  });

  test('unreachable server: exit 2, one line naming the URL and the cause, no stack trace', async () => {
    const closed = await freePort();
    const r = await gate(sloFile('healthy'), '--source', 'prometheus', '--url', `http://127.0.0.1:${closed}`, ...at);
    expect(r.code).toBe(2);
    expect(r.err.trim()).toBe(`${r.err.trim().split(' ')[0]} gate: error: cannot reach Prometheus at http://127.0.0.1:${closed}: ECONNREFUSED`);
  });
});
