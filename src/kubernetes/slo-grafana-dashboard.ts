import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { checkFramework } from '../core/framework';
import { checkPropsBySpec } from '../core/prop-spec';
import { literalDeep } from '../core/user-text';
import { ServiceLevelObjective } from '../slo/objective';
import { claimObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { BASE_WINDOW_SECONDS, errorRatioRecord } from './prometheus-rules';
import { SLO_GRAFANA_DASHBOARD_PROPS } from './private/slo-grafana-dashboard-spec';
import { SloRules } from './slo-rules';

/** Props of {@link SloGrafanaDashboard}. */
export interface SloGrafanaDashboardProps {
  /** The SLO rules whose recorded series the dashboard shows. */
  readonly rules: SloRules;
  /**
   * Namespace of the ConfigMap: the one the Grafana sidecar watches.
   * @default - the SloRules' namespace
   */
  readonly namespace?: string;
  /**
   * Name of the ConfigMap.
   * @default - "<service>-slo-dashboard"
   */
  readonly name?: string;
  /**
   * Labels on the ConfigMap besides `grafana_dashboard: "1"` (what the kube-prometheus-stack sidecar selects by default).
   * @default - only the library's and the sidecar's labels
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * The Grafana folder (the sidecar's `grafana_folder` annotation, read when its `folderAnnotation` is set).
   * @default - no annotation: the sidecar's default folder
   */
  readonly folder?: string;
}

/** A panel of the dashboard: a title and its PromQL targets. */
export interface SloDashboardPanel {
  readonly title: string;
  readonly exprs: readonly string[];
}

/**
 * A Grafana dashboard for a service's SLOs, built from the series its
 * `SloRules` record: per SLO the SLI (1 - the 5m error ratio), the error
 * budget remaining over the period, the burn rate over every window the
 * alerts read, and the state of its alerts (`ALERTS`). Shipped as a
 * ConfigMap labelled `grafana_dashboard: "1"`, which the kube-prometheus-stack
 * Grafana sidecar loads.
 */
export class SloGrafanaDashboard extends Construct {
  /** The ConfigMap manifest. */
  public readonly manifest: Manifest;
  /** The panels, per SLO in order (each query reads only what the rules record, or `ALERTS`). */
  public readonly panels: readonly SloDashboardPanel[];
  /** The dashboard JSON model. */
  public readonly dashboard: Readonly<Record<string, unknown>>;

  constructor(scope: Construct, id: string, props: SloGrafanaDashboardProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, SLO_GRAFANA_DASHBOARD_PROPS);
    const rules = props.rules;
    const service = serviceOf(rules);
    const namespace = props.namespace ?? rules.namespace;
    const name = props.name ?? `${service}-slo-dashboard`;
    this.panels = rules.objectives.flatMap((slo) => panelsOf(service, slo, rules));
    this.dashboard = {
      title: `${service} SLOs`,
      uid: `${service}-slos`.slice(0, 40),
      tags: ['slo', service],
      timezone: 'browser',
      schemaVersion: 39,
      time: { from: 'now-7d', to: 'now' },
      panels: this.panels.map((p, i) => ({
        id: i + 1,
        type: 'timeseries',
        title: p.title,
        datasource: { type: 'prometheus', uid: '${datasource}' },
        gridPos: { x: (i % 2) * 12, y: Math.floor(i / 2) * 8, w: 12, h: 8 },
        targets: p.exprs.map((expr, j) => ({ refId: String.fromCharCode(65 + j), expr })),
      })),
      templating: { list: [{ name: 'datasource', type: 'datasource', query: 'prometheus' }] },
    };
    this.manifest = new Manifest(this, 'config-map', {
      manifest: literalDeep({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name,
          namespace,
          labels: { ...MANAGED_BY_LABELS, 'app.kubernetes.io/part-of': service, ...(props.labels ?? {}), grafana_dashboard: '1' },
          ...(props.folder ? { annotations: { grafana_folder: props.folder } } : {}),
        },
        data: { [`${name}.json`]: JSON.stringify(this.dashboard) },
      }),
    });
    claimObjectName(this, 'ConfigMap', name, namespace);
  }
}

/** The service label every rule of an SloRules carries. */
function serviceOf(rules: SloRules): string {
  return rules.groups[0].rules[0].labels?.service as string;
}

function panelsOf(service: string, slo: ServiceLevelObjective, rules: SloRules): SloDashboardPanel[] {
  const sel = `{service="${service}", slo="${slo.name}"}`;
  const alertNames = rules.groups.flatMap((g) => g.rules).filter((r) => r.alert && r.labels?.slo === slo.name).map((r) => r.alert as string);
  return [
    { title: `${slo.name}: SLI (objective ${slo.objective}%)`, exprs: [`1 - ${errorRatioRecord(BASE_WINDOW_SECONDS)}${sel}`, `slo:objective:ratio${sel}`] },
    { title: `${slo.name}: error budget remaining over ${slo.period}`, exprs: [`slo:period_error_budget_remaining:ratio${sel}`] },
    {
      title: `${slo.name}: burn rate per alert window`,
      exprs: slo.windows.map((w) => `${errorRatioRecord(w)}${sel}\n/ on(service, slo) group_left\nslo:error_budget:ratio${sel}`),
    },
    { title: `${slo.name}: alerts firing`, exprs: [`ALERTS{alertname=~"${alertNames.join('|')}", service="${service}", slo="${slo.name}", alertstate="firing"}`] },
  ];
}
