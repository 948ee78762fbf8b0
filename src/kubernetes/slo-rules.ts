import { ANNOTATIONS } from '../core/contract';
import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { InvalidPropError, isUnresolved } from '../core/errors';
import { validateSlos } from '../slo/validate-slos';
import { checkPattern } from '../core/validation';
import { ServiceLevelObjective, SloDefinition } from '../slo/objective';
import { checkKnown, checkProps, checkString, checkStringMap } from '../core/prop-types';
import { literalDeep } from '../core/user-text';
import { checkDnsLabel, checkLabels, claimObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { PrometheusRuleGroup, PrometheusSli, sloRuleGroups, sloSummary } from './prometheus-rules';
import { checkPromql } from './promql';

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
   * @default - the SLI is `errorRatioQuery`
   */
  readonly totalQuery?: string;
  /**
   * The error ratio (0 to 1) over the window, for SLIs that are not simple
   * event counts (e.g. latency from histogram buckets).
   * @default - the SLI is `errorQuery` / `totalQuery`
   */
  readonly errorRatioQuery?: string;
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
}

/** Every prop, so JavaScript and YAML callers get an error for a misspelt one (the compiler keeps the list complete). */
const PROP_KEYS: Record<keyof SloRulesProps, true> = { service: true, slos: true, namespace: true, name: true, labels: true, alertLabels: true };
const SERVICE = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
const PROM_LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const RESERVED_ALERT_LABELS = ['severity', 'slo', 'service', 'window'];

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

  constructor(scope: Construct, id: string, props: SloRulesProps) {
    super(scope, id);
    checkProps(this, props, Object.keys(PROP_KEYS));
    if (typeof props.service !== 'string' || isUnresolved(props.service)) {
      throw new InvalidPropError(this, 'service', props.service, 'must be a literal string (it is part of rule and alert names)');
    }
    checkPattern(this, 'service', props.service, SERVICE, 'a DNS-1123 label starting with a letter (lower-case letters, digits, "-", at most 63)');
    checkString(this, 'namespace', props.namespace);
    checkString(this, 'name', props.name);
    this.namespace = props.namespace ?? 'monitoring';
    checkDnsLabel(this, 'namespace', this.namespace);
    this.ruleName = props.name ?? `${props.service}-slos`;
    checkPattern(this, 'name', this.ruleName, /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/, 'a DNS-1123 subdomain (lower-case letters, digits, "-" and ".", at most 253)');
    checkLabels(this, 'labels', props.labels);
    checkKnown(this, 'labels', props.labels, 'they are merged with the library\'s labels at synth');
    checkStringMap(this, 'alertLabels', props.alertLabels);
    checkKnown(this, 'alertLabels', props.alertLabels, 'they are written into every alert rule at synth');
    for (const key of Object.keys(props.alertLabels ?? {})) {
      if (!PROM_LABEL_NAME.test(key) || RESERVED_ALERT_LABELS.includes(key)) {
        throw new InvalidPropError(this, `alertLabels.${key}`, key, `must be a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*) other than ${RESERVED_ALERT_LABELS.join(', ')}`);
      }
    }

    const objectives: ServiceLevelObjective[] = [];
    const groups: PrometheusRuleGroup[] = [];
    for (const { definition: def, slo, prop } of validateSlos(this, props.slos)) {
      if (slo.description.includes('{{')) {
        throw new InvalidPropError(this, `${prop}.description`, def.description, 'must not contain "{{" (Prometheus expands alert annotations as templates)');
      }
      const sli = this.checkSli(prop, def);
      objectives.push(slo);
      groups.push(...sloRuleGroups(props.service, slo, sli, { alertLabels: props.alertLabels }));
    }
    this.objectives = objectives;
    this.groups = groups;

    this.manifest = new Manifest(this, 'prometheus-rule', {
      manifest: literalDeep({
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: {
          name: this.ruleName,
          namespace: this.namespace,
          labels: { ...MANAGED_BY_LABELS, 'app.kubernetes.io/part-of': props.service, ...(props.labels ?? {}) },
          annotations: { [SLO_ANNOTATION]: JSON.stringify(objectives.map((o) => sloSummary(props.service, o))) },
        },
        spec: { groups: groups.map((g) => ({ name: g.name, rules: g.rules.map((r) => ({ ...r })) })) },
      }),
    });
    claimObjectName(this, 'PrometheusRule', this.ruleName, this.namespace);
  }

  private checkSli(prop: string, def: PrometheusSloDefinition): PrometheusSli {
    const events = def.errorQuery !== undefined || def.totalQuery !== undefined;
    const ratio = def.errorRatioQuery !== undefined;
    if (events === ratio || (events && (def.errorQuery === undefined || def.totalQuery === undefined))) {
      throw new InvalidPropError(
        this,
        prop,
        { errorQuery: def.errorQuery, totalQuery: def.totalQuery, errorRatioQuery: def.errorRatioQuery },
        'must give either errorQuery and totalQuery (events), or errorRatioQuery (a ratio), not both',
      );
    }
    const queries: Array<[string, string | undefined]> = [
      ['errorQuery', def.errorQuery],
      ['totalQuery', def.totalQuery],
      ['errorRatioQuery', def.errorRatioQuery],
    ];
    for (const [key, query] of queries) {
      if (query === undefined) continue;
      if (isUnresolved(query)) {
        throw new InvalidPropError(this, `${prop}.${key}`, query, 'must be a literal PromQL string (it is rewritten per window at synth)');
      }
      checkPromql(this, `${prop}.${key}`, query, 'required');
      if (/[$%]\{/.test(query)) {
        throw new InvalidPropError(this, `${prop}.${key}`, query, 'must not contain "${" or "%{" (Terraform would read them as interpolation)');
      }
    }
    return ratio ? { errorRatioQuery: def.errorRatioQuery as string } : { errorQuery: def.errorQuery as string, totalQuery: def.totalQuery as string };
  }
}
