import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { ANNOTATIONS } from '../core/contract';
import { InvalidPropError } from '../core/errors';
import { checkFramework } from '../core/framework';
import { checkPropsBySpec } from '../core/prop-spec';
import { literalDeep } from '../core/user-text';
import { ServiceLevelObjective, SloDefinition } from '../slo/objective';
import { SliHealthOptions } from '../slo/sli-health';
import { claimObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { SLO_RULES_PROPS } from './private/slo-rules-spec';
import { PrometheusRuleGroup, sloSummary } from './prometheus-rules';
import { sloRuleSet } from './slo-rule-set';
import { sloAnalysisTemplate } from './private/analysis-template';
import { isUnresolved } from '../core/tokens';

/** The largest object etcd stores by default (`--max-request-bytes`, 1.5 MiB). */
const MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;

/** The annotation on the PrometheusRule listing its SLOs and alerts as compact JSON (read by the rule pack's `report`). */
export const SLO_ANNOTATION = ANNOTATIONS.slos;

/**
 * An SLO measured by Prometheus: the SLO model's definition plus its SLI,
 * either as events (`errorQuery` and `totalQuery`) or as a ratio
 * (`errorRatioQuery`). Queries use `{{.window}}` (sloth's placeholder) in
 * their range selectors: `sum(rate(http_requests_total{code=~"5.."}[{{.window}}]))`.
 */
export interface PrometheusSloDefinition extends SloDefinition {
  /**
   * Bad events per second over the window, e.g.
   * `sum(rate(http_requests_total{job="api",code=~"5.."}[{{.window}}]))`.
   * Give it with `totalQuery`, or give `errorRatioQuery` instead.
   * @default - the SLI is `errorRatioQuery`
   */
  readonly errorQuery?: string;
  /**
   * All events per second over the window, e.g. `sum(rate(http_requests_total{job="api"}[{{.window}}]))`.
   * Required with `errorQuery`; with `errorRatioQuery` it only counts events
   * for the minimum-traffic guard and names the series the SLI health alert watches.
   * @default - none: with `errorRatioQuery` alone there is no minimum-traffic guard
   */
  readonly totalQuery?: string;
  /**
   * The error ratio (0 to 1) over the window, for SLIs that are not simple
   * event counts (e.g. latency from histogram buckets).
   * @default - the SLI is `errorQuery` / `totalQuery`
   */
  readonly errorRatioQuery?: string;
  /**
   * Fewest events this SLO's long windows must hold, overriding the construct's `minimumEventsPerWindow`.
   * @default - the construct's `minimumEventsPerWindow`
   */
  readonly minimumEventsPerWindow?: number;
  /**
   * The SLI health alert of this SLO, over the construct's `sliHealth` (`{ enabled: false }` turns it off).
   * @default - the construct's `sliHealth`
   */
  readonly sliHealth?: SliHealthOptions;
}

/** Options of {@link SloRules.addAnalysisTemplate}. */
export interface SloAnalysisTemplateOptions {
  /** The Prometheus server Argo Rollouts queries, an http(s) URL, e.g. `http://prometheus-operated.monitoring.svc:9090`. */
  readonly prometheusAddress: string;
  /** Namespace of the AnalysisTemplate: the Rollout's (a Rollout references templates of its own namespace). */
  readonly namespace: string;
  /**
   * Name of the AnalysisTemplate.
   * @default - "<service>-slo-page-burn"
   */
  readonly name?: string;
  /**
   * How often each metric is measured.
   * @default '1m'
   */
  readonly interval?: string;
}

/** An Alertmanager inhibit rule (the `inhibit_rules` entries of alertmanager.yml). */
export interface AlertmanagerInhibitRule {
  /** Matchers of the alert that inhibits, e.g. `severity="page"`. */
  readonly source_matchers: readonly string[];
  /** Matchers of the alerts it inhibits, e.g. `severity="ticket"`. */
  readonly target_matchers: readonly string[];
  /** Labels both must share: the same service and SLO. */
  readonly equal: readonly string[];
}

export interface SloRulesProps {
  /**
   * The service the SLOs belong to: the `service` label of every rule and
   * part of every rule group and alert name. A DNS-1123 label starting
   * with a letter.
   */
  readonly service: string;
  /** The SLOs, at least one; names unique within the service. */
  readonly slos: readonly PrometheusSloDefinition[];
  /**
   * Namespace of the PrometheusRule object.
   * @default 'monitoring'
   */
  readonly namespace?: string;
  /**
   * Name of the PrometheusRule object.
   * @default - "<service>-slos"
   */
  readonly name?: string;
  /**
   * Labels on the PrometheusRule object: the Prometheus operator only loads
   * rules its `ruleSelector` matches (kube-prometheus-stack selects
   * `release: <helm release>` by default).
   * @default - only `app.kubernetes.io/managed-by: cdktf-reliability` and `app.kubernetes.io/part-of: <service>`
   */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * Extra labels on every alert, for Alertmanager routing (e.g. `team`).
   * `severity`, `slo` and `service` are always set and cannot be overridden.
   * @default - none
   */
  readonly alertLabels?: Readonly<Record<string, string>>;
  /**
   * Minimum-traffic guard: fewest events an alert's long window must hold
   * before it can fire (read from `totalQuery` x window), so 1 failure out
   * of 2 requests at night pages nobody; 1 turns it off. An SLO given as
   * `errorRatioQuery` alone has no event count and no guard (a warning says so).
   * @default 10
   */
  readonly minimumEventsPerWindow?: number;
  /**
   * The SLI health alert of every SLO: `absent_over_time` over the series
   * the SLI's total (or ratio) query reads, firing when none of a series'
   * samples arrived for `missingFor`. Counters keep their series while a
   * service is idle, so only a stopped exporter or a renamed series or
   * label fires it: nights without traffic do not.
   * @default - enabled, missingFor '15m', severity 'ticket'
   */
  readonly sliHealth?: SliHealthOptions;
  /**
   * Severities alerts may use besides `page` and `ticket`, most urgent
   * first after those two. A severity no Alertmanager route matches is an
   * alert nobody receives, so any other severity is refused.
   * @default - only `page` and `ticket`
   */
  readonly severities?: readonly string[];
}

/**
 * Prometheus recording and alerting rules for a service's SLOs, as one
 * `PrometheusRule` (monitoring.coreos.com/v1, a `kubernetes_manifest`).
 *
 * Generated from the same SLO model as the CloudWatch alarms, with sloth's
 * record names and layout: the error ratio over every window the alert
 * policy reads and over the period, meta records (objective, error budget,
 * current and period burn rate, budget remaining), and one alert per
 * severity firing when both windows of any of its pairs burn faster than
 * the pair's factor. Every PromQL query is parsed at synth with the
 * Prometheus grammar; a syntax error fails `cdktf synth` naming the prop.
 *
 * Requires the Prometheus operator's CRDs in the cluster (kubernetes_manifest
 * reads the CRD's schema at plan time).
 */
export class SloRules extends Construct {
  /** The PrometheusRule manifest. */
  public readonly manifest: Manifest;
  /** The validated SLOs, in the order given. */
  public readonly objectives: readonly ServiceLevelObjective[];
  /** The rule groups in the PrometheusRule's spec (what a rule file would hold). */
  public readonly groups: readonly PrometheusRuleGroup[];
  /** Name of the PrometheusRule object. */
  public readonly ruleName: string;
  /** Namespace of the PrometheusRule object. */
  public readonly namespace: string;
  /**
   * The Alertmanager inhibit rules that hold a less urgent SLO alert's
   * notifications while a more urgent one of the same service and SLO fires
   * (the ticket while the page fires), as `actions_suppressor` does on
   * CloudWatch. Add them to alertmanager.yml's `inhibit_rules`.
   */
  public readonly inhibitRules: readonly AlertmanagerInhibitRule[];

  /** The service the SLOs belong to (the `service` label of every rule). */
  public readonly service: string;

  constructor(scope: Construct, id: string, props: SloRulesProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, SLO_RULES_PROPS);
    this.service = props.service;
    this.namespace = props.namespace ?? 'monitoring';
    this.ruleName = props.name ?? `${props.service}-slos`;
    const ruleSet = sloRuleSet(this, props);
    this.objectives = ruleSet.objectives;
    this.groups = ruleSet.groups;
    this.inhibitRules = ruleSet.inhibitRules;
    const objectives = ruleSet.objectives;
    const groups = ruleSet.groups;

    const manifest = literalDeep({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: {
        name: this.ruleName,
        namespace: this.namespace,
        labels: { ...MANAGED_BY_LABELS, 'app.kubernetes.io/part-of': props.service, ...(props.labels ?? {}) },
        annotations: { [SLO_ANNOTATION]: JSON.stringify(objectives.map((o) => sloSummary(props.service, o))) },
      },
      spec: { groups: groups.map((g) => ({ name: g.name, rules: g.rules.map((r) => ({ ...r })) })) },
    });
    // The object is stored in etcd, which refuses a request over its default --max-request-bytes (1.5 MiB, etcd docs
    // "Request size limit"); the library's rules count: about 6.6 KB per SLO.
    const bytes = Buffer.byteLength(JSON.stringify(manifest));
    if (bytes > MAX_OBJECT_BYTES) {
      throw new InvalidPropError(this, 'slos', `${objectives.length} SLOs`, `make a PrometheusRule of ${bytes} bytes, over the ${MAX_OBJECT_BYTES} etcd stores by default: split them over several SloRules`);
    }
    this.manifest = new Manifest(this, 'prometheus-rule', { manifest });
    claimObjectName(this, 'PrometheusRule', this.ruleName, this.namespace);
  }

  /**
   * An Argo Rollouts `AnalysisTemplate` that fails a canary while any SLO burns at a page rate (both windows of a
   * page alert above its burn rate), read from this construct's records: reference it from the Rollout's canary
   * `analysis` (background analysis: the metrics run until the rollout completes). The records aggregate every pod
   * of the service, canary included. No data for a window fails the measurement (Argo counts errors against
   * `consecutiveErrorLimit`), never passes it.
   */
  public addAnalysisTemplate(id: string, options: SloAnalysisTemplateOptions): Manifest {
    const o = options as unknown;
    if (o === null || typeof o !== 'object' || Array.isArray(o)) throw new InvalidPropError(this, 'analysisTemplate', o, 'must be an object { prometheusAddress, namespace, name?, interval? }');
    const known = ['prometheusAddress', 'namespace', 'name', 'interval'];
    for (const key of Object.keys(options)) if (!known.includes(key)) throw new InvalidPropError(this, `analysisTemplate.${key}`, key, `is not a known option; known: ${known.join(', ')}`);
    if (typeof options.prometheusAddress !== 'string' || isUnresolved(options.prometheusAddress) || !/^https?:\/\/[^\s/$.?#][^\s]*$/.test(options.prometheusAddress)) {
      throw new InvalidPropError(this, 'analysisTemplate.prometheusAddress', options.prometheusAddress, 'must be an http(s) URL known at synth, e.g. http://prometheus-operated.monitoring.svc:9090');
    }
    const name = options.name ?? `${this.service}-slo-page-burn`;
    for (const [key, value] of [['namespace', options.namespace], ['name', name]] as const) {
      if (typeof value !== 'string' || isUnresolved(value) || !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(value) || value.length > 63) {
        throw new InvalidPropError(this, `analysisTemplate.${key}`, value, 'must be a DNS-1123 label known at synth (lower-case letters, digits and -, at most 63)');
      }
    }
    const interval = options.interval ?? '1m';
    // Argo parses the interval as a Go duration.
    if (typeof interval !== 'string' || !/^(\d+(ms|s|m|h))+$/.test(interval)) throw new InvalidPropError(this, 'analysisTemplate.interval', interval, 'must be a Go duration such as 30s, 1m or 5m');
    if (!this.objectives.some((s) => s.alertsFor('page').length > 0)) throw new InvalidPropError(this, 'slos', this.objectives.map((s) => s.name), 'have no page alert: an analysis of page burn would measure nothing');
    const manifest = sloAnalysisTemplate(this.service, this.objectives, { name, namespace: options.namespace, prometheusAddress: options.prometheusAddress, interval, labels: { ...MANAGED_BY_LABELS, 'app.kubernetes.io/part-of': this.service } });
    const template = new Manifest(this, id, { manifest: literalDeep(manifest) });
    // Claimed by the manifest, so a second template of the same name (from this construct too) collides.
    claimObjectName(template, 'AnalysisTemplate', name, options.namespace);
    return template;
  }
}
