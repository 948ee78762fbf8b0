/**
 * The status code a ChaosMeshDrill's status check reads, from a real
 * Prometheus (test/kit/prometheus-server.ts). Chaos Mesh's HTTP check passes
 * on 200 only (controllers/statuscheck/http/http.go); the drill's query must
 * answer 200 while the SLO is quiet and anything else while a page alert's
 * condition holds, while its records are missing, or when Prometheus cannot
 * be reached. The series are the records SloRules writes, one service per
 * case; the drill's own URL is asked, with `time` pinned to the data's end.
 */
import { ChaosMeshDrill, SloRules } from '../../src/kubernetes';
import { testStack } from '../harness';
import { freePort, PrometheusServer, startPrometheus } from '../kit/prometheus-server';
import { AVAILABILITY } from './fixtures';
import { describeWithPromtool } from './promtool';

/** The evaluation time: the data ends here (a fixed past time). */
const T0 = Date.UTC(2025, 11, 1, 12, 0, 0) / 1000;
const WINDOWS = ['5m', '30m', '1h', '6h'];

/** Per service: the error ratio of every window (NaN: no events), the events of the long windows, windows left out. */
const CASES: Record<string, { ratio: number; events: number; missing?: string[] }> = {
  // 0.01% errors: 1/10 of the budget rate.
  quiet: { ratio: 0.0001, events: 5000 },
  // 5% errors over every window: 50x the budget, above 14.4x on 1h and 5m: the page alert's condition holds.
  burning: { ratio: 0.05, events: 5000 },
  // The same burn on 5 events: under the alert's minimum-traffic guard (10 events), so it does not page.
  sparse: { ratio: 0.05, events: 5 },
  // No traffic: the records exist with NaN, which is data, and quiet.
  idle: { ratio: NaN, events: 0 },
  // One window's record is missing (a rule group half loaded): the page condition cannot be judged.
  partial: { ratio: 0.0001, events: 5000, missing: ['30m'] },
};

function openMetrics(): string {
  const lines: string[] = [];
  // One family at a time, as OpenMetrics wants them; the last 10 minutes, so the instant query at T0 finds a sample.
  const family = (name: string, window: string, value: (c: (typeof CASES)[string]) => number) => {
    lines.push(`# TYPE ${name} gauge`);
    for (const [service, c] of Object.entries(CASES)) {
      if (c.missing?.includes(window)) continue;
      const v = value(c);
      for (let t = T0 - 600; t <= T0; t += 60) lines.push(`${name}{service="${service}",slo="availability",window="${window}"} ${Number.isNaN(v) ? 'NaN' : v} ${t}`);
    }
  };
  for (const w of WINDOWS) family(`slo:sli_error:ratio_rate${w}`, w, (c) => c.ratio);
  for (const w of ['1h', '6h']) family(`slo:sli_total_events:increase${w}`, w, (c) => c.events);
  return `${lines.join('\n')}\n# EOF\n`;
}

/** The drill's status check URL for a service, against the given server. */
function checkUrl(service: string, address: string): string {
  const { stack } = testStack();
  const sloRules = new SloRules(stack, 'slos', { service, slos: [AVAILABILITY] });
  const drill = new ChaosMeshDrill(stack, 'drill', { pods: { namespace: 'shop', selector: { app: service } }, sloRules, prometheusAddress: address, scenarios: ['pod-delete'] });
  return `${drill.statusCheckUrl}&time=${T0}`;
}

async function ask(url: string): Promise<{ status: number; body: any }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.json() };
}

describeWithPromtool('ChaosMeshDrill status check against a real Prometheus server', () => {
  let server: PrometheusServer;

  beforeAll(async () => {
    server = await startPrometheus(openMetrics());
  }, 30_000);

  afterAll(async () => {
    if (server) await server.stop();
  });

  test.each(['quiet', 'sparse', 'idle'])('%s: HTTP 200 and an empty result, so the check passes and the drill goes on', async (service) => {
    const r = await ask(checkUrl(service, server.url));
    expect(r.body).toEqual({ status: 'success', data: { resultType: 'vector', result: [] } });
    expect(r.status).toBe(200);
  });

  test('burning at a page rate: HTTP 422, the one-to-one match Prometheus refuses, so the check fails and the drill aborts', async () => {
    const r = await ask(checkUrl('burning', server.url));
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({ status: 'error', errorType: 'execution', error: 'multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)' });
  });

  test.each(['partial', 'ghost'])('%s (a record the page alert reads is missing): HTTP 422, no data aborts', async (service) => {
    expect((await ask(checkUrl(service, server.url))).status).toBe(422);
  });

  test('Prometheus unreachable: no HTTP answer at all, which Chaos Mesh counts as a failed check (abort)', async () => {
    const closed = await freePort();
    await expect(fetch(checkUrl('quiet', `http://127.0.0.1:${closed}`))).rejects.toThrow();
  });
});
