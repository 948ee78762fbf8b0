import { Annotations } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError, withPropPath } from '../core/errors';
import { DEFAULT_SEVERITIES } from '../core/severity';
import { didYouMean } from '../core/spelling';
import { ServiceLevelObjective } from '../slo/objective';
import { PROMETHEUS_SLI_HEALTH_DEFAULT, resolveSliHealth, SliHealthOptions } from '../slo/sli-health';
import { LoadedSlo, sliSourceFor } from '../slo/slo-source';
import { validateSlos } from '../slo/validate-slos';
import { PrometheusRuleGroup, PrometheusSli, sloRuleGroups } from './prometheus-rules';
import { checkPromql, vectorSelectors } from './promql';
import type { AlertmanagerInhibitRule, PrometheusSloDefinition } from './slo-rules';

/**
 * The Prometheus rule groups of a service's SLOs, checked under a
 * construct's path: what `SloRules` writes into a PrometheusRule and
 * `ManagedPrometheusSlos` into an Amazon Managed Service for Prometheus
 * rule groups namespace, so the two cannot drift apart.
 */

/** What the rule groups are generated from (the props `SloRules` and `ManagedPrometheusSlos` share). */
export interface SloRuleSetProps {
  readonly service: string;
  readonly slos: readonly PrometheusSloDefinition[];
  readonly alertLabels?: Readonly<Record<string, string>>;
  readonly minimumEventsPerWindow?: number;
  readonly sliHealth?: SliHealthOptions;
  readonly severities?: readonly string[];
}

/** The rule groups and what goes with them. */
export interface SloRuleSet {
  readonly objectives: readonly ServiceLevelObjective[];
  readonly groups: readonly PrometheusRuleGroup[];
  /** Alertmanager inhibit rules: a less urgent alert of an SLO waits while a more urgent one fires. */
  readonly inhibitRules: readonly AlertmanagerInhibitRule[];
  /** The severities the alerts use, most urgent first. */
  readonly severities: readonly string[];
}

/** Builds the rule groups of every SLO; errors name `scope`'s path and the prop. */
export function sloRuleSet(scope: IConstruct, props: SloRuleSetProps): SloRuleSet {
  const severities = [...new Set([...DEFAULT_SEVERITIES, ...(props.severities ?? [])])];
  const objectives: ServiceLevelObjective[] = [];
  const groups: PrometheusRuleGroup[] = [];
  const used = new Set<string>();
  for (const { definition: def, slo, prop } of validateSlos(scope, props.slos)) {
    if (slo.runbookUrl?.includes('{{')) {
      throw new InvalidPropError(scope, `${prop}.runbookUrl`, slo.runbookUrl, 'must not contain "{{" (Prometheus expands alert annotations as Go templates)');
    }
    slo.alerts.forEach((a, i) => checkSeverity(scope, def.alerts !== undefined ? `${prop}.alerts[${i}].severity` : `${prop}.period`, a.severity, severities));
    const health = withPropPath(scope, '', () => resolveSliHealth(def.sliHealth, props.sliHealth, PROMETHEUS_SLI_HEALTH_DEFAULT, `${prop}.sliHealth`));
    if (health) checkSeverity(scope, def.sliHealth?.severity !== undefined ? `${prop}.sliHealth.severity` : 'sliHealth.severity', health.severity, severities);
    const sli = checkSli(scope, prop, def);
    const minimumEvents = def.minimumEventsPerWindow ?? props.minimumEventsPerWindow ?? 10;
    if (minimumEvents > 1 && sli.totalQuery === undefined) {
      Annotations.of(scope).addWarning(
        `${prop}: errorRatioQuery without totalQuery has no event count, so its alerts have no minimum-traffic guard; give totalQuery to count events (or set minimumEventsPerWindow: 1 to say none is wanted)`,
      );
    }
    objectives.push(slo);
    slo.severities.forEach((s) => used.add(s));
    const selectors = vectorSelectors(sli.totalQuery ?? (sli as { errorRatioQuery: string }).errorRatioQuery);
    groups.push(
      ...sloRuleGroups(props.service, slo, sli, {
        alertLabels: props.alertLabels,
        minimumEvents,
        sliHealth: health ? { ...health, selectors } : undefined,
      }),
    );
  }
  const order = severities.filter((s) => used.has(s));
  const inhibitRules = order.slice(1).map((target, i) => ({
    source_matchers: [order.length - 1 > 1 && i > 0 ? `severity=~"${order.slice(0, i + 1).join('|')}"` : `severity="${order[i]}"`, 'slo=~".+"'],
    target_matchers: [`severity="${target}"`, 'slo=~".+"'],
    equal: ['service', 'slo'],
  }));
  return { objectives, groups, inhibitRules, severities: order };
}

function checkSeverity(scope: IConstruct, prop: string, severity: string, known: readonly string[]): void {
  if (known.includes(severity)) return;
  const hint = didYouMean(severity, known);
  throw new InvalidPropError(
    scope,
    prop,
    severity,
    `is not a known severity${hint ? ` (did you mean "${hint}"?)` : ''}: known are ${known.map((k) => `"${k}"`).join(', ')}; ` +
      'an alert whose severity no Alertmanager route matches reaches nobody, so declare other severities in `severities`',
  );
}

function checkSli(scope: IConstruct, prop: string, def: PrometheusSloDefinition): PrometheusSli {
  const ratio = def.errorRatioQuery !== undefined;
  if (ratio ? def.errorQuery !== undefined : def.errorQuery === undefined || def.totalQuery === undefined) {
    throw new InvalidPropError(
      scope,
      prop,
      { errorQuery: def.errorQuery, totalQuery: def.totalQuery, errorRatioQuery: def.errorRatioQuery },
      'must give either errorQuery and totalQuery (events), or errorRatioQuery (a ratio, optionally with totalQuery to count events), not errorQuery with errorRatioQuery',
    );
  }
  const queries: Array<[string, string | undefined]> = [
    ['errorQuery', def.errorQuery],
    ['totalQuery', def.totalQuery],
    ['errorRatioQuery', def.errorRatioQuery],
  ];
  for (const [key, query] of queries) {
    if (query === undefined) continue;
    checkPromql(scope, `${prop}.${key}`, query, 'required');
    if (/[$%]\{/.test(query)) {
      throw new InvalidPropError(scope, `${prop}.${key}`, query, 'must not contain "${" or "%{" (Terraform would read them as interpolation)');
    }
  }
  return ratio
    ? { errorRatioQuery: def.errorRatioQuery as string, totalQuery: def.totalQuery }
    : { errorQuery: def.errorQuery as string, totalQuery: def.totalQuery as string };
}

/**
 * A loaded SLO (`loadOpenSlo`, `loadSlothSpec`) as a {@link PrometheusSloDefinition}
 * for `SloRules` and `ManagedPrometheusSlos`. Time-slice SLIs have no event
 * count, so their minimum-traffic guard is off. An SLO whose source is another
 * backend's is refused naming its file and line (`sliSourceFor`).
 */
export function toPrometheusSlo(slo: LoadedSlo): PrometheusSloDefinition {
  const source = sliSourceFor(slo, 'prometheus');
  return {
    ...slo.definition,
    ...(source.errorQuery !== undefined ? { errorQuery: source.errorQuery } : {}),
    ...(source.totalQuery !== undefined ? { totalQuery: source.totalQuery } : {}),
    ...(source.errorRatioQuery !== undefined ? { errorRatioQuery: source.errorRatioQuery } : {}),
    ...(slo.budgeting === 'timeslices' ? { minimumEventsPerWindow: 1 } : {}),
    ...(slo.sliHealth ? { sliHealth: slo.sliHealth } : {}),
  };
}
