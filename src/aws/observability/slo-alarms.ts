import { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { claimName } from '../../core/name-registry';
import { checkKnown } from '../../core/prop-types';
import { awsLocation } from '../common/aws-location';
import { validateSlos } from '../../slo/validate-slos';
import { checkTags, tagConstruct } from '../../core/tags';
import { checkNumber, checkPattern } from '../../core/validation';
import { ServiceLevelObjective, SloDefinition } from '../../slo';
import { IAlarmRouting } from '../common/alarm-routing';
import { compositeAlarm, compositeAlarmName, SloAlarmContext, windowAlarm, WindowPair } from './burn-rate-alarm';
import { sloDashboardBody } from './slo-dashboard';
import { SliQueries, SloSli } from './slo-sli';

/** An SLO and where its events come from. */
export interface SloAlarmDefinition extends SloDefinition {
  /** The SLI: which CloudWatch metrics count bad (or good) and total events. */
  readonly sli: SloSli;
  /**
   * Fewest events an alert's long window must hold before the alert can
   * fire, overriding the construct's `minimumEventsPerWindow` for this SLO.
   * @default - the construct's `minimumEventsPerWindow`
   */
  readonly minimumEventsPerWindow?: number;
}

/** Props of {@link SloAlarms}. */
export interface SloAlarmsProps {
  /**
   * The service the SLOs belong to. It starts every alarm name
   * (`<service>-<slo>-<alert>-long`), so it must be unique in the account
   * and region: add the environment (`checkout-prod`) when several share one.
   * Letters, digits, `-`, `_` and `.`, at most 64 characters.
   */
  readonly service: string;
  /** Where each severity notifies, e.g. an `AlarmChannel`. Every severity the SLOs' alerts use must be known to it. */
  readonly alarmRouting: IAlarmRouting;
  /** The SLOs, at least one; names unique. */
  readonly slos: readonly SloAlarmDefinition[];
  /**
   * Minimum-traffic guard: fewest events an alert's long window must hold
   * before it can fire. A window with fewer reads as healthy, so 1 failure
   * out of 2 requests at night pages nobody. Short windows are not guarded
   * (they only confirm that errors are still happening), so a full outage of
   * a service that serves at least this many requests per long window still
   * pages. Raise it for noisy low-traffic services; 1 turns the guard off.
   * @default 10
   */
  readonly minimumEventsPerWindow?: number;
  /**
   * Create a CloudWatch dashboard `<service>-slos` with, per SLO, the error
   * ratio over the alert windows, the burn rate, the error budget remaining
   * and the alert states.
   * @default true
   */
  readonly dashboard?: boolean;
  /**
   * Tags for every alarm and the dashboard, on top of the `slo:*` tags.
   * @default - only the library's `ManagedBy` tag and the `slo:*` tags
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** The alarms of one SLO. */
export interface SloAlarmSet {
  /** The validated SLO with its error-budget math. */
  readonly slo: ServiceLevelObjective;
  /** The SLI's metric queries. */
  readonly sli: SliQueries;
  /** The window alarms, by alert id: long and short. */
  readonly windowAlarms: Readonly<Record<string, { readonly long: CloudwatchMetricAlarm; readonly short: CloudwatchMetricAlarm }>>;
  /** One composite alarm per severity: the alarms that notify. */
  readonly compositeAlarms: Readonly<Record<string, CloudwatchCompositeAlarm>>;
}

const SERVICE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * SLOs with error budgets, alerted by multi-window multi-burn-rate
 * CloudWatch alarms (SRE Workbook, "Alerting on SLOs").
 *
 * For every window of every burn-rate alert a metric-math alarm on the
 * bad/total ratio over that window (period = window, one evaluation
 * period, missing data is not breaching, with a minimum-traffic guard);
 * these notify nobody. Per SLO and severity a composite alarm fires when
 * any alert of that severity has both windows in ALARM (page = 1h and 5m,
 * or 6h and 30m; ticket = 1d and 2h, or 3d and 6h), stays silent while a
 * more urgent severity of the same SLO fires, and notifies the routing's
 * actions of its severity on ALARM and OK.
 */
export class SloAlarms extends Construct {
  /** The SLOs with their alarms, in the order given. */
  public readonly slos: readonly SloAlarmSet[];
  /** The dashboard, unless `dashboard: false`. */
  public readonly dashboard?: CloudwatchDashboard;
  /** The dashboard body before `jsonencode` (tokens unresolved), unless `dashboard: false`. */
  public readonly dashboardBody?: { readonly widgets: readonly unknown[] };
  /** Every composite alarm (the ones that notify), in SLO order. */
  public readonly compositeAlarms: readonly CloudwatchCompositeAlarm[];
  /** Every window alarm. */
  public readonly windowAlarms: readonly CloudwatchMetricAlarm[];

  constructor(scope: Construct, id: string, props: SloAlarmsProps) {
    super(scope, id);
    checkPattern(this, 'service', props.service, SERVICE_PATTERN, 'letters, digits, "-", "_" or ".", starting with a letter or digit, at most 64 characters');
    if (props.service === undefined) throw new InvalidPropError(this, 'service', undefined, 'is required: it names the alarms');
    checkKnown(this, 'service', props.service, 'it names the alarms and the dashboard');
    if (!props.alarmRouting || typeof props.alarmRouting.actionsFor !== 'function') {
      throw new InvalidPropError(this, 'alarmRouting', props.alarmRouting, 'must implement IAlarmRouting (an AlarmChannel, for example)');
    }
    checkNumber(this, 'minimumEventsPerWindow', props.minimumEventsPerWindow, { min: 1, integer: true });
    checkTags(this, 'tags', props.tags);
    tagConstruct(this, props.tags);

    const sets: SloAlarmSet[] = [];
    for (const { definition: def, slo, prop } of validateSlos(this, props.slos)) {
      if (!(def.sli instanceof SloSli)) {
        throw new InvalidPropError(this, `${prop}.sli`, def.sli, 'must be an SLI built with SloSli.albAvailability/albLatency/apiGateway/metrics/metricMath');
      }
      checkNumber(this, `${prop}.minimumEventsPerWindow`, def.minimumEventsPerWindow, { min: 1, integer: true });
      const sli = def.sli.resolve(this, `${prop}.sli`);
      for (const severity of slo.severities) {
        if (!props.alarmRouting.severities.includes(severity)) {
          throw new InvalidPropError(this, `${prop}.alerts`, severity, `uses a severity the alarm routing does not know; it knows ${props.alarmRouting.severities.map((s) => `"${s}"`).join(', ')}`);
        }
      }
      const ctx: SloAlarmContext = {
        service: props.service,
        slo,
        sli,
        minimumEvents: def.minimumEventsPerWindow ?? props.minimumEventsPerWindow ?? 10,
        prop,
        owner: this,
        userAlerts: def.alerts !== undefined,
      };
      sets.push(this.alarmsFor(ctx, props.alarmRouting));
    }
    this.slos = sets;
    this.compositeAlarms = sets.flatMap((s) => Object.values(s.compositeAlarms));
    this.windowAlarms = sets.flatMap((s) => Object.values(s.windowAlarms).flatMap((w) => [w.long, w.short]));

    if (props.dashboard ?? true) {
      const region = new DataAwsRegion(this, 'region');
      const body = (this.dashboardBody = sloDashboardBody(
        props.service,
        region.region,
        sets.map((s) => ({ slo: s.slo, sli: s.sli, compositeAlarmArns: Object.values(s.compositeAlarms).map((c) => c.arn) })),
      ));
      this.dashboard = new CloudwatchDashboard(this, 'dashboard', {
        dashboardName: `${props.service}-slos`.replace(/\./g, '-'),
        // jsonencode keeps the body valid JSON whatever the tokens (ALB arn suffixes, alarm ARNs) resolve to.
        dashboardBody: Fn.jsonencode(body),
      });
    }
    this.claimNames();
  }

  /** Alarm and dashboard names are unique per account and region: two services that derive the same ones fail synth. */
  private claimNames(): void {
    const where = awsLocation(this);
    for (const alarm of [...this.windowAlarms, ...this.compositeAlarms]) claimName(this, { kind: 'CloudWatch alarm', name: alarm.alarmNameInput!, where });
    if (this.dashboard) claimName(this, { kind: 'CloudWatch dashboard', name: this.dashboard.dashboardNameInput!, where });
  }

  private alarmsFor(ctx: SloAlarmContext, routing: IAlarmRouting): SloAlarmSet {
    const { slo } = ctx;
    const scope = new Construct(this, slo.name);
    const windowAlarms: Record<string, { long: CloudwatchMetricAlarm; short: CloudwatchMetricAlarm }> = {};
    const pairs: WindowPair[] = [];
    slo.alerts.forEach((alert, j) => {
      const composite = compositeAlarmName(ctx, alert.severity);
      const long = windowAlarm(scope, `${alert.id}-long`, ctx, alert, j, 'long', composite);
      const short = windowAlarm(scope, `${alert.id}-short`, ctx, alert, j, 'short', composite);
      windowAlarms[alert.id] = { long, short };
      pairs.push({ alert, long, short });
    });
    // More urgent severities (declared first in the SLO's alerts) silence the later ones.
    const composites: Record<string, CloudwatchCompositeAlarm> = {};
    const earlier: Array<{ name: string; alarm: CloudwatchCompositeAlarm }> = [];
    for (const severity of slo.severities) {
      const actions = routing.actionsFor(severity, `${ctx.prop}.alerts`);
      const alarm = compositeAlarm(
        scope,
        severity,
        ctx,
        severity,
        pairs.filter((p) => p.alert.severity === severity),
        [...earlier],
        actions,
      );
      composites[severity] = alarm;
      earlier.push({ name: compositeAlarmName(ctx, severity), alarm });
    }
    return { slo, sli: ctx.sli, windowAlarms, compositeAlarms: composites };
  }
}
