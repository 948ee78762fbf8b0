import { SloGrafanaDashboard, SloRules } from '../../src/kubernetes';
import { vectorSelectors } from '../../src/kubernetes/promql';
import { resolveTokens, synthJson, testStack } from '../harness';
import { AVAILABILITY, LATENCY } from './fixtures';

function build() {
  const { stack } = testStack();
  const rules = new SloRules(stack, 'rules', { service: 'api', slos: [AVAILABILITY, { ...LATENCY, period: '7d' }] });
  const dashboard = new SloGrafanaDashboard(stack, 'dashboard', { rules, folder: 'SLOs' });
  return { stack, rules, dashboard };
}

describe('SloGrafanaDashboard', () => {
  test('every panel query reads only series the rules record, or ALERTS of alerts the rules define', () => {
    const { rules, dashboard } = build();
    const all = rules.groups.flatMap((g) => g.rules);
    const recorded = new Set(all.filter((r) => r.record).map((r) => r.record));
    const alerts = new Set(all.filter((r) => r.alert).map((r) => r.alert));
    const exprs = dashboard.panels.flatMap((p) => p.exprs);
    expect(exprs.length).toBeGreaterThanOrEqual(8);
    for (const expr of exprs) {
      for (const selector of vectorSelectors(expr)) {
        const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(selector)![0];
        if (name === 'ALERTS') {
          const names = /alertname=~"([^"]+)"/.exec(selector)![1].split('|');
          expect(names.every((n) => alerts.has(n))).toBe(true);
        } else {
          expect({ selector, recorded: recorded.has(name) }).toEqual({ selector, recorded: true });
        }
        // Each selector names the SLO's service and slo labels, as the rules write them.
        expect(selector).toMatch(/service="api", slo="(availability|latency)"/);
      }
    }
    // A burn-rate panel per SLO covers every window its alerts read.
    const burn = dashboard.panels.filter((p) => p.title.endsWith('burn rate per alert window'));
    expect(burn.map((p) => p.exprs.length)).toEqual(rules.objectives.map((o) => o.windows.length));
  });

  test('a ConfigMap the kube-prometheus-stack sidecar loads: grafana_dashboard "1", the dashboard JSON, the folder annotation', () => {
    const { stack } = build();
    const manifest = (Object.values((synthJson(stack) as any).resource.kubernetes_manifest) as any[]).find((m) => m.manifest.kind === 'ConfigMap').manifest;
    expect(manifest.metadata).toMatchObject({ name: 'api-slo-dashboard', namespace: 'monitoring', labels: { grafana_dashboard: '1' }, annotations: { grafana_folder: 'SLOs' } });
    const model = JSON.parse(resolveTokens(stack, manifest.data['api-slo-dashboard.json']).replace(/\$\$\{/g, '${'));
    expect(model.panels).toHaveLength(8);
    expect(model.panels[0].datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
  });
});
