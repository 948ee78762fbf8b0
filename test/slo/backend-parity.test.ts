import { parse } from 'yaml';
import { AlarmChannel } from '../../src/aws/observability/alarm-channel';
import { ManagedPrometheusSlos } from '../../src/aws/observability/managed-prometheus-slos';
import { SloAlarms } from '../../src/aws/observability/slo-alarms';
import { SloSli } from '../../src/aws/observability/slo-sli';
import { DatadogSlos } from '../../src/datadog/datadog-slos';
import { SloRules } from '../../src/kubernetes';
import { ALERT_CATALOGUES, clean } from '../../src/slo/alert-policy';
import { parseDuration } from '../../src/slo/duration';
import { loadOpenSlo } from '../../src/slo/openslo';
import { SloDefinition } from '../../src/slo/objective';
import { loadSlothSpec } from '../../src/slo/sloth';
import { synthJson, testStack } from '../harness';
import { OPENSLO_CHECKOUT, SLOTH_CHECKOUT } from './slo-files';

/**
 * Issue 23's proof: one SLO written in TypeScript, OpenSLO and sloth YAML
 * gives every backend the same alert windows and thresholds, read back from
 * each backend's synthesized output (CloudWatch composite rules and window
 * alarms, PrometheusRule and AMP namespace alert expressions, Datadog monitor
 * queries). Each backend gets the SLI of its own metric source; the policy is
 * what must agree.
 */

interface Condition {
  slo: string;
  severity: string;
  long: number;
  short: number;
  /** Error ratio both windows must exceed: burn rate x error budget. */
  threshold: number;
}

const sorted = (c: Condition[]) => c.sort((a, b) => a.slo.localeCompare(b.slo) || a.severity.localeCompare(b.severity) || a.long - b.long);

/** Conditions per SLO, without the SLO name (what must agree between sources). */
function bySlo(conditions: Condition[]): Record<string, Array<Omit<Condition, 'slo'>>> {
  const out: Record<string, Array<Omit<Condition, 'slo'>>> = {};
  for (const { slo, ...rest } of sorted(conditions)) (out[slo] ??= []).push(rest);
  return out;
}

type Defs = readonly SloDefinition[];

const ERROR_QUERY = 'sum(rate(http_requests_total{job="checkout",code=~"5.."}[{{.window}}]))';
const TOTAL_QUERY = 'sum(rate(http_requests_total{job="checkout"}[{{.window}}]))';

function cloudWatch(defs: Defs): Condition[] {
  const { stack } = testStack();
  new SloAlarms(stack, 'cw', {
    service: 'checkout',
    alarmRouting: new AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } }),
    slos: defs.map((def) => ({ ...def, sli: SloSli.albAvailability({ loadBalancer: 'app/web/1' }) })),
  });
  const json = synthJson(stack) as any;
  const byName = new Map(Object.values(json.resource.aws_cloudwatch_metric_alarm).map((a: any) => [a.alarm_name, a]));
  return sorted(
    Object.values(json.resource.aws_cloudwatch_composite_alarm)
      .filter((c: any) => !c.alarm_name.includes('-above-'))
      .flatMap((c: any) =>
        [...String(c.alarm_rule).matchAll(/\(ALARM\("([^"]+)"\) AND ALARM\("([^"]+)"\)\)/g)].map((m) => {
          const [long, short] = [byName.get(m[1]) as any, byName.get(m[2]) as any];
          expect(long.threshold).toBe(short.threshold);
          return { slo: c.tags['slo:name'], severity: c.tags['slo:severity'], long: parseDuration(long.tags['slo:window']), short: parseDuration(short.tags['slo:window']), threshold: long.threshold };
        }),
      ),
  );
}

const SIDE = /max\(slo:sli_error:ratio_rate(\w+)\{[^}]*\} > \(([0-9.e-]+) \* ([0-9.e-]+)\)\) without \(window\)/g;

function fromRules(groups: Array<{ rules: any[] }>): Condition[] {
  return sorted(
    groups
      .flatMap((g) => g.rules)
      .filter((r) => r.alert && !String(r.alert).endsWith('SliMissing'))
      .flatMap((r) => {
        const sides = [...String(r.expr).matchAll(SIDE)].map((m) => ({ window: parseDuration(m[1]), threshold: clean(Number(m[2]) * Number(m[3])) }));
        const out: Condition[] = [];
        for (let i = 0; i < sides.length; i += 2) out.push({ slo: r.labels.slo, severity: r.labels.severity, long: sides[i].window, short: sides[i + 1].window, threshold: sides[i].threshold });
        return out;
      }),
  );
}

function prometheus(defs: Defs): Condition[] {
  const { stack } = testStack();
  new SloRules(stack, 'k8s', { service: 'checkout', slos: defs.map((def) => ({ ...def, errorQuery: ERROR_QUERY, totalQuery: TOTAL_QUERY })) });
  const manifest = Object.values((synthJson(stack) as any).resource.kubernetes_manifest)[0] as any;
  return fromRules(manifest.manifest.spec.groups);
}

function amp(defs: Defs): Condition[] {
  const { stack } = testStack();
  new ManagedPrometheusSlos(stack, 'amp', {
    service: 'checkout',
    alarmRouting: new AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } }),
    slos: defs.map((def) => ({ ...def, errorQuery: ERROR_QUERY, totalQuery: TOTAL_QUERY })),
  });
  const ns = Object.values((synthJson(stack) as any).resource.aws_prometheus_rule_group_namespace)[0] as any;
  return fromRules(parse(ns.data).groups);
}

function datadog(defs: Defs): Condition[] {
  const { stack } = testStack();
  new DatadogSlos(stack, 'dd', {
    service: 'checkout',
    notify: { page: ['@pagerduty-checkout'], ticket: ['@slack-checkout'] },
    slos: defs.map((def) => ({ ...def, good: 'sum:trace.http.request.hits{service:checkout}.as_count() - sum:trace.http.request.errors{service:checkout}.as_count()', total: 'sum:trace.http.request.hits{service:checkout}.as_count()' })),
  });
  const json = synthJson(stack) as any;
  const targets = new Map(Object.entries(json.resource.datadog_service_level_objective).map(([id, slo]: [string, any]) => [id, slo.thresholds[0].target]));
  return sorted(
    Object.values(json.resource.datadog_monitor).map((m: any) => {
      const q = /long_window\("(\d+)h"\)\.short_window\("(\d+)m"\) > ([0-9.]+)$/.exec(m.query)!;
      const budget = clean((100 - targets.get(/datadog_service_level_objective\.([\w-]+)\.id/.exec(m.query)![1])) / 100);
      return { slo: m.tags.find((t: string) => t.startsWith('slo:')).slice('slo:'.length), severity: m.tags.find((t: string) => t.startsWith('severity:')).slice('severity:'.length), long: Number(q[1]) * 3600, short: Number(q[2]) * 60, threshold: clean(Number(q[3]) * budget) };
    }),
  );
}

/** The same SLO three ways, TypeScript, OpenSLO and sloth, with the given alert policy: named after the source. */
function threeWays(severities: readonly string[]): Defs {
  const catalogue = ALERT_CATALOGUES['30d'].filter((a) => severities.includes(a.severity));
  const typescript: SloDefinition = { name: 'typescript', objective: 99.9, period: '30d', description: 'Checkout requests succeed', alerts: catalogue };
  const conditions = catalogue
    .map((a, i) => {
      const burn = clean(((a.budgetPercent as number) / 100) * (30 * 86400) / parseDuration(a.longWindow));
      return `    - kind: AlertCondition\n      metadata:\n        name: c${i}\n      spec:\n        severity: ${a.severity}\n        condition:\n          kind: burnrate\n          op: gt\n          threshold: ${burn}\n          lookbackWindow: ${a.longWindow}\n`;
    })
    .join('');
  const openslo = OPENSLO_CHECKOUT.replace(/ {2}conditions:\n[\s\S]*$/, `  conditions:\n${conditions}`);
  const disabled = ['page', 'ticket'].filter((s) => !severities.includes(s));
  const sloth = `${SLOTH_CHECKOUT}    alerting:\n${disabled.map((s) => `      ${s}_alert:\n        disable: true\n`).join('')}`;
  return [typescript, { ...loadOpenSlo(openslo)[0].definition, name: 'openslo' }, { ...loadSlothSpec(sloth)[0].definition, name: 'sloth' }];
}

describe('one SLO, every backend: identical windows and thresholds', () => {
  test('the 30d catalogue (page and ticket) on CloudWatch, Prometheus and AMP, from TypeScript, OpenSLO and sloth', () => {
    const defs = threeWays(['page', 'ticket']);
    const expected = bySlo(cloudWatch(defs)).typescript;
    expect(expected).toHaveLength(4);
    expect(expected[0]).toEqual({ severity: 'page', long: 3600, short: 300, threshold: 0.0144 });
    for (const [backend, conditionsOf] of Object.entries({ cloudWatch, prometheus, amp })) {
      const got = bySlo(conditionsOf(defs));
      expect({ backend, got }).toEqual({ backend, got: { typescript: expected, openslo: expected, sloth: expected } });
    }
  });

  test('the page alerts on all four backends, Datadog included (its 48h limit leaves out the 3d ticket window)', () => {
    const defs = threeWays(['page']);
    const expected = bySlo(prometheus(defs)).typescript;
    expect(expected.map((c) => [c.long, c.short, c.threshold])).toEqual([
      [3600, 300, 0.0144],
      [21600, 1800, 0.006],
    ]);
    for (const [backend, conditionsOf] of Object.entries({ cloudWatch, prometheus, amp, datadog })) {
      const got = bySlo(conditionsOf(defs));
      expect({ backend, got }).toEqual({ backend, got: { typescript: expected, openslo: expected, sloth: expected } });
    }
  });
});
