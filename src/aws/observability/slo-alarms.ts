import { CloudwatchCompositeAlarm } from '@cdktf/provider-aws/lib/cloudwatch-composite-alarm';
import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { Fn } from 'cdktf';
import { Construct } from 'constructs';
import { CLOUDWATCH_LIMITS } from '../../core/cloudwatch-limits';
import { InvalidPropError, withPropPath } from '../../core/errors';
import { checkKnown } from '../../core/prop-types';
import { isUnresolved } from '../../core/tokens';
import { literalInCall } from '../../core/user-text';
import { validateSlos } from '../../slo/validate-slos';
import { CloudWatchMetricSource, LoadedSlo, sliSourceFor } from '../../slo/slo-source';
import { didYouMean } from '../../core/spelling';
import {
  AlarmCost,
  alarmCost,
  BudgetExhaustedOptions,
  BudgetExhaustedSignal,
  CLOUDWATCH_SLI_HEALTH_DEFAULT,
  parseDuration,
  planWindowAlarms,
  resolveBudgetExhausted,
  resolveSliHealth,
  ServiceLevelObjective,
  SliHealth,
  SLI_ALWAYS_REPORTED_DEFAULT,
  SliHealthOptions,
  SloDefinition,
} from '../../slo';
import { IAlarmRouting, routedAlarmActions } from '../common/alarm-routing';
import { awsRegionOf } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { anyOfCompositeAlarm, budgetExhaustedAlarm, compositeAlarm, compositeAlarmName, CompositeSuppression, SloAlarmContext, sliHealthAlarm, windowAlarm, windowAlarmName } from './private/burn-rate-alarm';
import { sloDashboardBody } from './private/slo-dashboard';
import { SLO_ALARMS_PROPS } from './private/slo-alarms-spec';
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
  /**
   * The SLI health alarm of this SLO, over the construct's `sliHealth`
   * (`{ enabled: false }` turns it off for this SLO).
   * @default - the construct's `sliHealth`
   */
  readonly sliHealth?: SliHealthOptions;
  /**
   * The budget-exhausted alarm of this SLO, over the construct's
   * `budgetExhausted` (`{ enabled: true }` turns it on for this SLO only).
   * @default - the construct's `budgetExhausted`
   */
  readonly budgetExhausted?: BudgetExhaustedOptions;
}

/** Props of {@link SloAlarms}. */
export interface SloAlarmsProps extends ReliableConstructProps<Record<string, never>> {
  /**
   * The service the SLOs belong to. It starts every alarm name
   * (`<service>-<slo>-<alert>-long`), so it must be unique in the account
   * and region (two constructs creating the same alarm name fail at synth):
   * add the environment (`checkout-prod`) when several share one.
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
   * The SLI health alarm of every SLO: an alarm on the SLI's health metric
   * (`RequestCount` for ALB availability, `SampleCount` of
   * `TargetResponseTime` for ALB latency, `Count` for API Gateway, the total
   * metric otherwise) that fires when it reports nothing for `missingFor`.
   * Without it, a renamed load balancer or a wrong dimension silences every
   * burn-rate alarm of the SLO for good. CloudWatch publishes no datapoint
   * for a service without traffic, so `missingFor` must outlast the
   * service's longest quiet time: the 12h default does not fire for a
   * service idle all night; lower it (`1h`) for services with steady
   * traffic, raise it (up to `7d`) for ones idle over weekends.
   * @default - enabled, missingFor '12h', severity 'ticket'
   */
  readonly sliHealth?: SliHealthOptions;
  /**
   * The budget-exhausted alarm of every SLO (`<service>-<slo>-budget-exhausted`):
   * in ALARM while the SLO period's error budget is spent, as far as one
   * CloudWatch alarm can see it. It reads the error ratio over the whole
   * period when the period is 7 days; over 28 or 30 days it reads the last
   * 7 days (CloudWatch evaluates at most 7 days per alarm) and fires when
   * they alone spent `budgetPercent`% of the period's budget (a 30/7 =
   * 4.29x burn rate over 7 days at 100%), so the budget is certainly spent;
   * a budget spent slowly over the month does not show: the `gate` CLI reads
   * the whole period. It notifies `severity` (never `page`) on ALARM and OK.
   * Give it to `AutoScaledService.rollBackOn` (`budgetExhaustedAlarm(slo)`)
   * to roll instance refreshes back while the budget is spent (the Workbook's
   * "stop changes"; a security fix rolls back too: take the alarm out of the
   * refresh's alarm specification to ship one). Off by default: as a
   * notification it adds little to the burn-rate alerts, which some stretch
   * of a 4.29x week has already fired (a page, or the 1d and 3d tickets);
   * holding deploys is a policy the team opts into.
   * @default - off (enabled false; budgetPercent 100 and severity 'ticket' once enabled)
   */
  readonly budgetExhausted?: BudgetExhaustedOptions;
  /**
   * How long a less urgent alert (ticket) that fires while no more urgent
   * one (page) of the same SLO is in ALARM waits for it before notifying
   * (the composite's `actions_suppressor` wait period). Its state is
   * unaffected. A duration such as `5m`, or seconds.
   * @default '5m'
   */
  readonly suppressionWaitPeriod?: string | number;
  /**
   * How long a less urgent alert's notifications stay held after the more
   * urgent one clears (the `actions_suppressor` extension period). If it is
   * still in ALARM then, it notifies once: the incident is over, the budget
   * it burnt needs a follow-up. A duration such as `30m`, or seconds.
   * @default '30m'
   */
  readonly suppressionExtensionPeriod?: string | number;
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
  /** The SLI health alarm, unless turned off. */
  readonly sliHealthAlarm?: CloudwatchMetricAlarm;
  /** The budget-exhausted alarm, when turned on (`budgetExhausted`). */
  readonly budgetExhaustedAlarm?: CloudwatchMetricAlarm;
  /** What the budget-exhausted alarm compares and what it can see, when turned on. */
  readonly budgetExhausted?: BudgetExhaustedSignal;
  /** The CloudWatch alarms of this SLO and their monthly list price. */
  readonly cost: AlarmCost;
}

/**
 * SLOs with error budgets, alerted by multi-window multi-burn-rate
 * CloudWatch alarms (SRE Workbook, "Alerting on SLOs").
 *
 * For every distinct window of the burn-rate alerts a metric-math alarm on
 * the bad/total ratio over that window (period = window, one evaluation
 * period, missing data is not breaching, the ratio capped at 1, and a
 * minimum-traffic guard on long windows); these notify nobody. Per SLO
 * and severity a composite alarm fires when any alert of that severity has
 * both windows in ALARM (page = 1h and 5m, or 6h and 30m; ticket = 1d and
 * 2h, or 3d and 6h) and notifies the routing's actions of its severity on
 * ALARM and OK; a less urgent composite keeps its state during a more
 * urgent one but its notifications wait (`actions_suppressor`). Per SLO an
 * SLI health alarm fires when the SLI stops reporting. With
 * `budgetExhausted`, per SLO an alarm in ALARM while the error budget is
 * spent (a ticket), for `AutoScaledService.rollBackOn`. `alarms` holds every
 * metric alarm by `<slo>-<alert id>-<long|short>`, `<slo>-sli-health` and
 * `<slo>-budget-exhausted`.
 */
export class SloAlarms extends ReliableConstruct<Record<string, never>> {
  /** The SLOs with their alarms, in the order given. */
  public readonly slos: readonly SloAlarmSet[];
  /** The dashboard, unless `dashboard: false`. */
  public readonly dashboard?: CloudwatchDashboard;
  /** The dashboard body before `jsonencode` (tokens unresolved), unless `dashboard: false`. */
  public readonly dashboardBody?: { readonly widgets: readonly unknown[] };
  /** Every composite alarm (the ones that notify), in SLO order. */
  public readonly compositeAlarms: readonly CloudwatchCompositeAlarm[];
  /** Every window alarm (an alarm shared by two alert windows is listed once). */
  public readonly windowAlarms: readonly CloudwatchMetricAlarm[];
  /** Every SLI health alarm. */
  public readonly sliHealthAlarms: readonly CloudwatchMetricAlarm[];
  /** Every budget-exhausted alarm (SLOs with `budgetExhausted` on), in SLO order. */
  public readonly budgetExhaustedAlarms: readonly CloudwatchMetricAlarm[];

  constructor(scope: Construct, id: string, props: SloAlarmsProps) {
    // No resource alarms of its own to override: its alarms come from the SLOs. The spec checks every prop.
    super(scope, id, props, { alarmKeys: [], props: SLO_ALARMS_PROPS });
    const here = awsRegionOf(this);
    const routingRegion = props.alarmRouting.region;
    if (here !== undefined && routingRegion !== undefined && !isUnresolved(routingRegion) && routingRegion !== here) {
      throw new InvalidPropError(this, 'alarmRouting', routingRegion, `must notify topics in ${here}, where the alarms are: a CloudWatch alarm can only notify an SNS topic in its own region`);
    }
    const suppression = {
      waitSeconds: this.suppressionPeriod('suppressionWaitPeriod', props.suppressionWaitPeriod, '5m'),
      extensionSeconds: this.suppressionPeriod('suppressionExtensionPeriod', props.suppressionExtensionPeriod, '30m'),
    };

    const sets: SloAlarmSet[] = [];
    for (const { definition: def, slo, prop } of validateSlos(this, props.slos)) {
      const sli = def.sli.resolve(this, `${prop}.sli`);
      for (const severity of slo.severities) this.checkRoutingKnows(props.alarmRouting, `${prop}.alerts`, severity);
      const health = withPropPath(this, '', () =>
        resolveSliHealth(def.sliHealth, props.sliHealth, sli.healthReportedWithoutTraffic ? SLI_ALWAYS_REPORTED_DEFAULT : CLOUDWATCH_SLI_HEALTH_DEFAULT, `${prop}.sliHealth`, { maxSeconds: 7 * 86400 }),
      );
      if (health) this.checkRoutingKnows(props.alarmRouting, def.sliHealth?.severity !== undefined ? `${prop}.sliHealth.severity` : 'sliHealth.severity', health.severity);
      const budget = withPropPath(this, '', () =>
        resolveBudgetExhausted(slo, def.budgetExhausted, props.budgetExhausted, `${prop}.budgetExhausted`, CLOUDWATCH_LIMITS.maxEvaluationRangeSeconds),
      );
      const budgetSeverityProp = def.budgetExhausted?.severity !== undefined ? `${prop}.budgetExhausted.severity` : 'budgetExhausted.severity';
      if (budget) this.checkRoutingKnows(props.alarmRouting, budgetSeverityProp, budget.severity);
      const ctx: SloAlarmContext = {
        service: props.service,
        slo,
        sli,
        minimumEvents: def.minimumEventsPerWindow ?? props.minimumEventsPerWindow ?? 10,
        prop,
        owner: this,
        userAlerts: def.alerts !== undefined,
      };
      sets.push(
        this.alarmsFor(
          ctx,
          props.alarmRouting,
          suppression,
          health ? { ...health, prop: def.sliHealth !== undefined ? `${prop}.sliHealth` : 'sliHealth' } : undefined,
          budget ? { signal: budget, severityProp: budgetSeverityProp } : undefined,
        ),
      );
    }
    this.slos = sets;
    this.compositeAlarms = sets.flatMap((s) => Object.values(s.compositeAlarms));
    this.windowAlarms = [...new Set(sets.flatMap((s) => Object.values(s.windowAlarms).flatMap((w) => [w.long, w.short])))];
    this.sliHealthAlarms = sets.flatMap((s) => (s.sliHealthAlarm ? [s.sliHealthAlarm] : []));
    this.budgetExhaustedAlarms = sets.flatMap((s) => (s.budgetExhaustedAlarm ? [s.budgetExhaustedAlarm] : []));

    if (props.dashboard ?? true) {
      const region = new DataAwsRegion(this, 'region');
      const body = (this.dashboardBody = sloDashboardBody(
        props.service,
        region.region,
        // The alert widget shows what notifies: the composites, the SLI health and budget-exhausted alarms.
        sets.map((s) => ({
          slo: s.slo,
          sli: s.sli,
          compositeAlarmArns: [...Object.values(s.compositeAlarms).map((c) => c.arn), ...[s.sliHealthAlarm, s.budgetExhaustedAlarm].flatMap((a) => (a ? [a.arn] : []))],
        })),
      ));
      const dashboardName = `${props.service}-slos`.replace(/\./g, '-');
      this.claimName('CloudWatch dashboard', dashboardName);
      this.dashboard = new CloudwatchDashboard(this, 'dashboard', {
        dashboardName,
        // jsonencode keeps the body valid JSON whatever the tokens (ALB arn suffixes, alarm ARNs) resolve to; the user's
        // metric names, dimensions and expressions in it are escaped as strings inside a function call.
        dashboardBody: Fn.jsonencode(literalInCall(body)),
      });
    }
  }

  /**
   * The budget-exhausted alarm of one SLO, e.g. for
   * `service.rollBackOn(slos.budgetExhaustedAlarm('availability'))`: an
   * instance refresh then rolls back while that SLO's error budget is spent.
   * Throws when the SLO is unknown or its `budgetExhausted` is off.
   */
  public budgetExhaustedAlarm(slo: string): CloudwatchMetricAlarm {
    const prop = 'budgetExhaustedAlarm(slo)';
    checkKnown(this, prop, slo, 'the alarm is looked up at synth');
    if (typeof slo !== 'string') throw new InvalidPropError(this, prop, slo, `must be the name of one of the SLOs: ${this.slos.map((s) => `"${s.slo.name}"`).join(', ')}`);
    const set = this.slos.find((s) => s.slo.name === slo);
    if (!set) {
      const hint = didYouMean(slo, this.slos.map((s) => s.slo.name));
      throw new InvalidPropError(this, prop, slo, `is not an SLO of this construct${hint ? ` (did you mean "${hint}"?)` : ''}; its SLOs are ${this.slos.map((s) => `"${s.slo.name}"`).join(', ')}`);
    }
    if (!set.budgetExhaustedAlarm) throw new InvalidPropError(this, prop, slo, 'has no budget-exhausted alarm: turn it on with budgetExhausted: { enabled: true } (for every SLO, or in this SLO\'s definition)');
    return set.budgetExhaustedAlarm;
  }

  /** Refuses a severity the routing cannot notify, with the closest one it knows. */
  private checkRoutingKnows(routing: IAlarmRouting, prop: string, severity: string): void {
    if (routing.severities.includes(severity)) return;
    const hint = didYouMean(severity, routing.severities);
    throw new InvalidPropError(
      this,
      prop,
      severity,
      `uses a severity the alarm routing does not know${hint ? ` (did you mean "${hint}"?)` : ''}; it knows ${routing.severities.map((s) => `"${s}"`).join(', ')}`,
    );
  }

  private suppressionPeriod(prop: string, value: string | number | undefined, fallback: string): number {
    const seconds = withPropPath(this, '', () => parseDuration(value ?? fallback, prop));
    if (!Number.isInteger(seconds) || seconds > 86400) {
      throw new InvalidPropError(this, prop, value, 'must be a whole number of seconds up to 1d, e.g. "5m"');
    }
    return seconds;
  }

  private alarmsFor(
    ctx: SloAlarmContext,
    routing: IAlarmRouting,
    suppression: { waitSeconds: number; extensionSeconds: number },
    health: (SliHealth & { prop: string }) | undefined,
    budget: { signal: BudgetExhaustedSignal; severityProp: string } | undefined,
  ): SloAlarmSet {
    const { slo } = ctx;
    const scope = new Construct(this, slo.name);
    const plan = planWindowAlarms(slo);
    const compositesOf = (serves: readonly string[]): string[] =>
      [...new Set(serves.map((w) => slo.alerts.find((a) => w.startsWith(`${a.id}-`))!.severity))].map((sev) => compositeAlarmName(ctx, sev));
    const alarms = new Map<string, CloudwatchMetricAlarm>();
    for (const planned of plan.alarms) {
      const alarm = windowAlarm(scope, ctx, planned, slo.alerts.indexOf(planned.alert), compositesOf(planned.serves));
      alarms.set(planned.id, alarm);
      this.alarms[`${slo.name}-${planned.id}`] = alarm;
    }
    const windowAlarms: Record<string, { long: CloudwatchMetricAlarm; short: CloudwatchMetricAlarm }> = {};
    for (const alert of slo.alerts) {
      const ids = plan.pairs[alert.id];
      windowAlarms[alert.id] = { long: alarms.get(ids.long)!, short: alarms.get(ids.short)! };
    }
    const nameOf = (plannedId: string): string => {
      const p = plan.alarms.find((a) => a.id === plannedId)!;
      return windowAlarmName(ctx, p.alert, p.role);
    };
    // Severities declared first are more urgent: each later one's notifications wait while any earlier one is in ALARM.
    const composites: Record<string, CloudwatchCompositeAlarm> = {};
    const earlier: Array<{ name: string; alarm: CloudwatchCompositeAlarm }> = [];
    for (const severity of slo.severities) {
      const actions = routedAlarmActions(this, routing, severity, `${ctx.prop}.alerts`);
      let suppressor: CompositeSuppression | undefined;
      if (earlier.length === 1) suppressor = { ...earlier[0], ...suppression };
      else if (earlier.length > 1) {
        const name = `${ctx.service}-${slo.name}-above-${severity}`;
        suppressor = { name, alarm: anyOfCompositeAlarm(scope, `above-${severity}`, ctx, name, [...earlier]), ...suppression };
      }
      const pairs = slo.alertsFor(severity).map((alert) => ({
        alert,
        long: nameOf(plan.pairs[alert.id].long),
        short: nameOf(plan.pairs[alert.id].short),
        alarms: [windowAlarms[alert.id].long, windowAlarms[alert.id].short],
      }));
      const alarm = compositeAlarm(scope, severity, ctx, severity, pairs, suppressor, actions);
      composites[severity] = alarm;
      earlier.push({ name: compositeAlarmName(ctx, severity), alarm });
    }
    const sliHealth = health ? sliHealthAlarm(scope, 'sli-health', ctx, health, health.prop, routedAlarmActions(this, routing, health.severity, `${health.prop}.severity`)) : undefined;
    if (sliHealth) this.alarms[`${slo.name}-sli-health`] = sliHealth;
    const budgetAlarm = budget
      ? budgetExhaustedAlarm(scope, 'budget-exhausted', ctx, budget.signal, routedAlarmActions(this, routing, budget.signal.severity, budget.severityProp))
      : undefined;
    if (budgetAlarm) this.alarms[`${slo.name}-budget-exhausted`] = budgetAlarm;
    const metricsPerAlarm = ctx.sli.metrics.length;
    return {
      slo,
      sli: ctx.sli,
      windowAlarms,
      compositeAlarms: composites,
      sliHealthAlarm: sliHealth,
      budgetExhaustedAlarm: budgetAlarm,
      budgetExhausted: budget?.signal,
      cost: alarmCost(slo, { metricsPerAlarm, sliHealth: sliHealth !== undefined, budgetExhausted: budgetAlarm !== undefined }),
    };
  }
}

/**
 * A loaded SLO (`loadOpenSlo`) as an {@link SloAlarmDefinition}: its CloudWatch
 * metrics become `SloSli.metrics`. An SLO whose source is another backend's
 * is refused naming its file and line (`sliSourceFor`).
 */
export function toSloAlarmDefinition(slo: LoadedSlo): SloAlarmDefinition {
  const source = sliSourceFor(slo, 'cloudwatch');
  const metric = (m: CloudWatchMetricSource) => ({ namespace: m.namespace, metricName: m.metricName, ...(m.dimensions ? { dimensions: { ...m.dimensions } } : {}), statistic: m.statistic ?? 'Sum' });
  return {
    ...slo.definition,
    ...(slo.sliHealth ? { sliHealth: slo.sliHealth } : {}),
    sli: SloSli.metrics({ total: metric(source.total), ...(source.bad ? { bad: metric(source.bad) } : { good: metric(source.good as CloudWatchMetricSource) }) }),
  };
}
