import { Monitor } from '@cdktf/provider-datadog/lib/monitor';
import { ServiceLevelObjective as DatadogSlo } from '@cdktf/provider-datadog/lib/service-level-objective';
import { Construct } from 'constructs';
import { InvalidPropError } from '../core/errors';
import { checkFramework } from '../core/framework';
import { checkPropsBySpec } from '../core/prop-spec';
import { literal } from '../core/user-text';
import { BurnRateAlert } from '../slo/alert-policy';
import { HOUR, MINUTE } from '../slo/duration';
import { ServiceLevelObjective, SloDefinition } from '../slo/objective';
import { LoadedSlo, sliSourceFor } from '../slo/slo-source';
import { validateSlos } from '../slo/validate-slos';
import { DATADOG_SLOS_PROPS } from './private/datadog-slos-spec';

/**
 * What Datadog accepts in a burn-rate alert (Datadog docs, Service Level
 * Objectives, "Burn Rate Alerts", Monitor creation): `1 hour <= long window
 * <= 48 hours`, the short window less than the long one, and
 * `burn_rate(...).over(...)` with the SLO's timeframe, one of 7d, 30d or 90d.
 */
export const DATADOG_BURN_RATE_LIMITS = { minLongWindowSeconds: HOUR, maxLongWindowSeconds: 48 * HOUR, timeframes: ['7d', '30d', '90d'] } as const;

/** An SLO with its Datadog metric queries (a metric-based SLO: good / total). */
export interface DatadogSloDefinition extends SloDefinition {
  /** Good events, e.g. `sum:trace.http.request.hits{service:web}.as_count() - sum:trace.http.request.errors{service:web}.as_count()`. */
  readonly good: string;
  /** All events, e.g. `sum:trace.http.request.hits{service:web}.as_count()`. */
  readonly total: string;
}

/** Props of {@link DatadogSlos}. */
export interface DatadogSlosProps {
  /** The service: the `service:<service>` tag and the start of every SLO and monitor name. */
  readonly service: string;
  /** The SLOs. Datadog has 7d and 30d of the model's periods (not 28d), and burn-rate long windows of 1h to 48h: give `alerts` within them. */
  readonly slos: readonly DatadogSloDefinition[];
  /** Who each severity the alerts use notifies, as Datadog mentions: `{ page: ['@pagerduty-web'], ticket: ['@slack-web-alerts'] }`. */
  readonly notify: Readonly<Record<string, readonly string[]>>;
  /**
   * Tags on every SLO and monitor, besides `service:<service>`, `slo:<name>` and `managed-by:cdktf-reliability`.
   * @default - only the library's tags
   */
  readonly tags?: readonly string[];
}

/** The Datadog resources of one SLO. */
export interface DatadogSloSet {
  readonly slo: ServiceLevelObjective;
  /** The metric-based `datadog_service_level_objective`. */
  readonly resource: DatadogSlo;
  /** One `slo alert` monitor per burn-rate alert, by alert id (`page-1h-5m`). */
  readonly monitors: Readonly<Record<string, Monitor>>;
}

/**
 * SLOs on Datadog: per SLO a metric-based `datadog_service_level_objective`
 * (numerator `good`, denominator `total`) and per burn-rate alert a
 * `datadog_monitor` of type `slo alert` with
 * `burn_rate("<slo id>").over("<period>").long_window(...).short_window(...) > <factor>`:
 * the same windows and factors as SloAlarms and SloRules, from the same
 * SLO model. Each monitor's message mentions the severity's `notify`
 * handles. What Datadog cannot do is refused at synth (a 28d period, a long
 * window over 48h such as the default catalogues' 3d ticket, a long window
 * that is not whole hours). Needs `@cdktf/provider-datadog` (an optional peer).
 */
export class DatadogSlos extends Construct {
  /** The SLOs with their resources, in the order given. */
  public readonly slos: readonly DatadogSloSet[];
  /** Every monitor. */
  public readonly monitors: readonly Monitor[];

  constructor(scope: Construct, id: string, props: DatadogSlosProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, DATADOG_SLOS_PROPS);
    const tags = [`service:${props.service}`, 'managed-by:cdktf-reliability', ...(props.tags ?? [])];
    this.slos = validateSlos(this, props.slos).map(({ definition, slo, prop }) => this.sloResources(props, definition, slo, prop, tags));
    this.monitors = this.slos.flatMap((s) => Object.values(s.monitors));
  }

  private sloResources(props: DatadogSlosProps, def: DatadogSloDefinition, slo: ServiceLevelObjective, prop: string, tags: string[]): DatadogSloSet {
    const timeframe = slo.period;
    if (!(DATADOG_BURN_RATE_LIMITS.timeframes as readonly string[]).includes(timeframe)) {
      throw new InvalidPropError(this, `${prop}.period`, timeframe, `is not a Datadog SLO timeframe (${DATADOG_BURN_RATE_LIMITS.timeframes.join(', ')}): use 30d or 7d`);
    }
    slo.alerts.forEach((a, i) => this.checkAlert(def.alerts !== undefined ? `${prop}.alerts[${i}]` : `${prop}.period`, a, def.alerts === undefined));
    for (const severity of slo.severities) {
      if (props.notify[severity] === undefined) {
        throw new InvalidPropError(this, 'notify', Object.keys(props.notify), `must name who the "${severity}" alerts of ${prop} notify (a list of Datadog mentions)`);
      }
    }
    const sloTags = [...tags, `slo:${slo.name}`];
    const scope = new Construct(this, slo.name);
    const resource = new DatadogSlo(scope, 'slo', {
      name: literal(`${props.service} ${slo.name}`),
      type: 'metric',
      description: literal(slo.description),
      query: { numerator: literal(def.good), denominator: literal(def.total) },
      thresholds: [{ timeframe, target: slo.objective }],
      tags: sloTags,
    });
    const monitors: Record<string, Monitor> = {};
    for (const alert of slo.alerts) {
      const mentions = props.notify[alert.severity].join(' ');
      const runbook = slo.runbookUrl ? ` Runbook: ${slo.runbookUrl}` : '';
      monitors[alert.id] = new Monitor(scope, alert.id, {
        name: literal(`${props.service} ${slo.name} ${alert.id}`),
        type: 'slo alert',
        query: burnRateQuery(resource.id, timeframe, alert),
        message: literal(
          `${alert.severity.toUpperCase()}: the error budget of ${props.service} ${slo.name} (${slo.objective}% over ${timeframe}) is burning ${alert.burnRate}x over ${datadogLongWindow(alert)} and ${datadogShortWindow(alert)}.${runbook} ${mentions}`,
        ),
        monitorThresholds: { critical: String(alert.burnRate) },
        tags: [...sloTags, `severity:${alert.severity}`],
      });
    }
    return { slo, resource, monitors };
  }

  private checkAlert(prop: string, alert: BurnRateAlert, catalogue: boolean): void {
    const { minLongWindowSeconds: min, maxLongWindowSeconds: max } = DATADOG_BURN_RATE_LIMITS;
    const long = alert.longWindowSeconds;
    if (long < min || long > max || long % HOUR !== 0) {
      throw new InvalidPropError(
        this,
        prop,
        alert.id,
        `has a long window Datadog cannot evaluate: burn-rate long windows are whole hours from 1h to 48h (Datadog docs, "Burn Rate Alerts")` +
          (catalogue ? '; the period\'s default catalogue has a 3d ticket window, so give alerts within 48h (e.g. ticket over 1d and 2d)' : ''),
      );
    }
    if (alert.shortWindowSeconds % MINUTE !== 0) throw new InvalidPropError(this, prop, alert.id, 'has a short window Datadog cannot take: whole minutes');
  }
}

/** `1h`, `6h`, `24h`: Datadog's long window, in hours. */
function datadogLongWindow(alert: BurnRateAlert): string {
  return `${alert.longWindowSeconds / HOUR}h`;
}

/** `5m`, `30m`, `120m`: Datadog's short window, in minutes. */
function datadogShortWindow(alert: BurnRateAlert): string {
  return `${alert.shortWindowSeconds / MINUTE}m`;
}

/** The monitor query of one burn-rate alert (Datadog docs, "Burn Rate Alerts", API and Terraform). */
export function burnRateQuery(sloId: string, timeframe: string, alert: BurnRateAlert): string {
  return `burn_rate("${sloId}").over("${timeframe}").long_window("${datadogLongWindow(alert)}").short_window("${datadogShortWindow(alert)}") > ${alert.burnRate}`;
}

/**
 * A loaded SLO (`loadOpenSlo`) as a {@link DatadogSloDefinition}. An SLO whose
 * source is another backend's is refused naming its file and line (`sliSourceFor`).
 */
export function toDatadogSlo(slo: LoadedSlo): DatadogSloDefinition {
  const source = sliSourceFor(slo, 'datadog');
  return { ...slo.definition, good: source.good, total: source.total };
}
