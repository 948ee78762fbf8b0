import { DataPagerdutyVendor } from '@cdktf/provider-pagerduty/lib/data-pagerduty-vendor';
import { EscalationPolicy } from '@cdktf/provider-pagerduty/lib/escalation-policy';
import { Schedule } from '@cdktf/provider-pagerduty/lib/schedule';
import { Service } from '@cdktf/provider-pagerduty/lib/service';
import { ServiceIntegration } from '@cdktf/provider-pagerduty/lib/service-integration';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Annotations, TerraformProvider, TerraformStack, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkFramework } from '../../core/framework';
import { claimName } from '../../core/name-registry';
import { checkPropsBySpec } from '../../core/prop-spec';
import { isUnresolved } from '../../core/tokens';
import { literal } from '../../core/user-text';
import type { AlarmChannel } from '../observability/alarm-channel';
import { PAGERDUTY_ESCALATION_PROPS } from './private/pagerduty-escalation-spec';
import { CoverageGap, describeSpans, scheduleGaps } from './private/schedule-coverage';

/** How PagerDuty notifies for an incident: `high` follows the escalation policy, `low` notifies without escalating. */
export type PagerDutyUrgency = 'high' | 'low';

/** Who an escalation level notifies: exactly one of the three. */
export interface EscalationTarget {
  /** A schedule of this construct, by its `name` in `schedules`. @default - not a schedule of this construct */
  readonly schedule?: string;
  /** An existing PagerDuty schedule, by id. @default - not an existing schedule */
  readonly scheduleId?: string;
  /** An existing PagerDuty user, by id. @default - not a user */
  readonly userId?: string;
}

/** One level (rule) of the escalation policy. */
export interface EscalationLevel {
  /** Who is notified at this level, at least one. */
  readonly targets: readonly EscalationTarget[];
  /**
   * Minutes an incident stays unacknowledged at this level before it escalates to the next (at least 1).
   * @default 15
   */
  readonly escalateAfterMinutes?: number;
}

/** A restriction of a layer: on call only inside these windows, in the schedule's time zone. */
export interface OnCallRestriction {
  /** `daily`: the same window every day; `weekly`: one window a week. */
  readonly type: 'daily' | 'weekly';
  /** Start of the window, `HH:mm:ss`. */
  readonly startTimeOfDay: string;
  /** Length of the window in seconds (under a day for `daily`, under a week for `weekly`). */
  readonly durationSeconds: number;
  /** Day the weekly window starts, 1 (Monday) to 7 (Sunday); weekly restrictions only. @default - none (daily) */
  readonly startDayOfWeek?: number;
}

/** A rotation layer of an on-call schedule. */
export interface OnCallLayer {
  readonly name: string;
  /** When the layer starts, RFC 3339 (`2026-01-05T09:00:00+01:00`). */
  readonly start: string;
  /** When the layer ends, RFC 3339. @default - the layer does not end */
  readonly end?: string;
  /** Where the rotation is anchored (hand-offs happen at this time plus whole turns), RFC 3339. @default - the layer's start */
  readonly rotationVirtualStart?: string;
  /** Length of one turn in seconds, 3600 (1 hour) to one year: 604800 for a weekly rotation. */
  readonly rotationTurnLengthSeconds: number;
  /** PagerDuty user ids, in rotation order (at least one). */
  readonly users: readonly string[];
  /** Windows the layer is limited to. @default - on call around the clock */
  readonly restrictions?: readonly OnCallRestriction[];
}

/** An on-call schedule the construct creates. */
export interface OnCallSchedule {
  /** The schedule's name in PagerDuty; escalation targets refer to it (`{ schedule: name }`). */
  readonly name: string;
  /** IANA time zone the layers' restrictions are read in (`Europe/Berlin`). */
  readonly timeZone: string;
  /** The rotation layers, at least one; PagerDuty puts the union of them on call. */
  readonly layers: readonly OnCallLayer[];
  /** @default - "Managed by cdktf-reliability" */
  readonly description?: string;
  /**
   * Accept hours of the week no layer covers, saying why (`"office hours only: tickets, no pages"`). Without
   * it a gap fails synth: a page in a gap reaches nobody at that level.
   * @default - a gap is an error
   */
  readonly acceptGaps?: string;
}

/** Props of {@link PagerDutyEscalation}. */
export interface PagerDutyEscalationProps {
  /** The AlarmChannel whose severity topics subscribe to the PagerDuty integrations. */
  readonly alarmChannel: AlarmChannel;
  /**
   * The team or SLO owner: the services are `<service> (<severity>)`, the escalation policy `<service> escalation`.
   * Unique in the PagerDuty account.
   */
  readonly service: string;
  /**
   * The channel's severities to route to PagerDuty, with the urgency of their incidents.
   * @default - { page: 'high', ticket: 'low' }
   */
  readonly severities?: Readonly<Record<string, PagerDutyUrgency>>;
  /**
   * The escalation policy's levels, in order. Required unless `existingEscalationPolicyId` is given or every
   * routed severity has an existing service. A policy behind a high-urgency severity needs at least two levels.
   * @default - none: give existingEscalationPolicyId
   */
  readonly escalationLevels?: readonly EscalationLevel[];
  /**
   * How many times the policy starts over when nobody acknowledges at the last level (0 to 9).
   * @default 1
   */
  readonly repeats?: number;
  /**
   * An existing escalation policy for the created services, instead of `escalationLevels`. Its levels cannot be
   * checked at synth (a warning says so).
   * @default - the policy from escalationLevels is created
   */
  readonly existingEscalationPolicyId?: string;
  /**
   * Existing PagerDuty services to use, per severity, instead of creating one; the CloudWatch integration is
   * still added to each.
   * @default - a service is created for every routed severity
   */
  readonly existingServiceIds?: Readonly<Record<string, string>>;
  /**
   * On-call schedules to create; escalation targets refer to them by name. Each must cover the whole week
   * unless it accepts its gaps.
   * @default - none: targets name existing schedules or users
   */
  readonly schedules?: readonly OnCallSchedule[];
  /**
   * The PagerDuty team the escalation policy and schedules belong to (the account needs the teams ability).
   * @default - no team
   */
  readonly teamId?: string;
  /**
   * Seconds after which an acknowledged incident that is not resolved triggers again.
   * @default 1800
   */
  readonly acknowledgementTimeoutSeconds?: number;
  /**
   * Seconds after which an open incident resolves by itself.
   * @default - never: the alarm's OK notification resolves the incident
   */
  readonly autoResolveTimeoutSeconds?: number;
  /**
   * The PagerDuty provider the PagerDuty resources are created with.
   * @default - the stack's PagerDuty provider (one must be in the stack)
   */
  readonly provider?: TerraformProvider;
}

/** A number of seconds as the string the provider's schema wants, a token carried as a token. */
function seconds(n: number): string {
  return isUnresolved(n) ? Token.asString(n) : String(n);
}

const DEFAULT_URGENCIES: Readonly<Record<string, PagerDutyUrgency>> = { page: 'high', ticket: 'low' };
const DEFAULT_ESCALATE_AFTER = 15;
/** The CloudWatch vendor's name in PagerDuty (provider docs, `pagerduty_service_integration`: `data "pagerduty_vendor" "cloudwatch" { name = "Cloudwatch" }`). */
const CLOUDWATCH_VENDOR = 'Cloudwatch';
const PAGERDUTY_ACCOUNT = 'pagerduty account';

/**
 * Routes an AlarmChannel's severities to people through PagerDuty: per
 * severity a service (urgency `high` for `page`, `low` for `ticket`) with an
 * Amazon CloudWatch integration that the severity's SNS topic subscribes to
 * over HTTPS (the integration confirms the subscription itself), one
 * escalation policy (levels, delays, repeats) and on-call schedules (layers,
 * rotations, restrictions), or existing services, policy, schedules and users
 * by id.
 *
 * Checked at synth: the escalation policy behind a high-urgency severity has
 * at least two levels, every level has a target, targets name schedules that
 * exist, and every schedule covers the whole week (a gap is an error unless
 * the schedule accepts it with a reason).
 */
export class PagerDutyEscalation extends Construct {
  /** The created services, per severity (severities with an existing service are not here). */
  public readonly services: Readonly<Record<string, Service>>;
  /** The Amazon CloudWatch integrations, per severity. */
  public readonly integrations: Readonly<Record<string, ServiceIntegration>>;
  /** The subscriptions of the channel's topics to the integrations, per severity. */
  public readonly subscriptions: Readonly<Record<string, SnsTopicSubscription>>;
  /** The escalation policy, unless an existing one is used. */
  public readonly escalationPolicy?: EscalationPolicy;
  /** The created schedules, by name. */
  public readonly schedules: Readonly<Record<string, Schedule>>;
  /** The Amazon CloudWatch vendor looked up in PagerDuty. */
  public readonly vendor: DataPagerdutyVendor;
  /**
   * Minutes from the first notification of a high-urgency incident to the last escalation level, when nobody
   * acknowledges (the sum of the delays before it); undefined with an existing escalation policy.
   */
  public readonly minutesToLastLevel?: number;

  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: PagerDutyEscalationProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, PAGERDUTY_ESCALATION_PROPS);
    this.provider = props.provider;
    const urgencies = props.severities ?? DEFAULT_URGENCIES;
    this.validate(props, urgencies);
    this.checkCoverage(props.schedules ?? []);
    this.node.addValidation({ validate: () => this.providerPresent() });

    this.vendor = new DataPagerdutyVendor(this, 'cloudwatch-vendor', { provider: this.provider, name: CLOUDWATCH_VENDOR });
    this.schedules = this.createSchedules(props);
    const levels = props.escalationLevels;
    if (levels && props.existingEscalationPolicyId === undefined) {
      this.escalationPolicy = this.createPolicy(props, levels);
      this.minutesToLastLevel = levels.slice(0, -1).reduce((sum, l) => sum + (l.escalateAfterMinutes ?? DEFAULT_ESCALATE_AFTER), 0);
    } else if (props.existingEscalationPolicyId !== undefined) {
      Annotations.of(this).addWarning(
        `existingEscalationPolicyId ${props.existingEscalationPolicyId}: its levels are not checked at synth; make sure it has at least two levels, each with a target that is on call around the clock.`,
      );
    }

    const services: Record<string, Service> = {};
    const integrations: Record<string, ServiceIntegration> = {};
    const subscriptions: Record<string, SnsTopicSubscription> = {};
    for (const [severity, urgency] of Object.entries(urgencies)) {
      const existing = props.existingServiceIds?.[severity];
      const serviceId = existing ?? (services[severity] = this.createService(props, severity, urgency)).id;
      // An Amazon CloudWatch integration reads the alarm notifications SNS posts (provider docs, pagerduty_service_integration).
      integrations[severity] = new ServiceIntegration(this, `integration-${severity}`, { provider: this.provider, name: 'Amazon CloudWatch', service: serviceId, vendor: this.vendor.id });
      // The integration URL, as the provider docs build it from integration_key; PagerDuty confirms the SNS subscription itself.
      const url = `https://events.pagerduty.com/integration/${integrations[severity].integrationKey}/enqueue`;
      subscriptions[severity] = props.alarmChannel.subscribeHttps(this, `subscription-${severity}`, severity, url, `severities.${severity}`);
    }
    this.services = services;
    this.integrations = integrations;
    this.subscriptions = subscriptions;
  }

  /** What relates props to each other and to the channel (the spec checked each prop). */
  private validate(props: PagerDutyEscalationProps, urgencies: Readonly<Record<string, PagerDutyUrgency>>): void {
    const known = props.alarmChannel.severities;
    const routed = Object.keys(urgencies);
    if (routed.length === 0) throw new InvalidPropError(this, 'severities', urgencies, 'must route at least one severity of the channel');
    for (const severity of routed) {
      if (!known.includes(severity)) throw new InvalidPropError(this, `severities.${severity}`, severity, `is not a severity of the alarm channel; it has ${known.map((s) => `"${s}"`).join(', ')}`);
    }
    for (const severity of Object.keys(props.existingServiceIds ?? {})) {
      if (!routed.includes(severity)) throw new InvalidPropError(this, `existingServiceIds.${severity}`, severity, `is not a routed severity; severities routes ${routed.map((s) => `"${s}"`).join(', ')}`);
    }
    const needsPolicy = routed.some((s) => props.existingServiceIds?.[s] === undefined);
    if (props.escalationLevels && props.existingEscalationPolicyId !== undefined) {
      throw new InvalidPropError(this, 'existingEscalationPolicyId', props.existingEscalationPolicyId, 'cannot be given with escalationLevels: give one or the other');
    }
    if (needsPolicy && !props.escalationLevels && props.existingEscalationPolicyId === undefined) {
      throw new InvalidPropError(this, 'escalationLevels', undefined, 'is required to create the services: give the levels, or existingEscalationPolicyId, or existingServiceIds for every routed severity');
    }
    const levels = props.escalationLevels ?? [];
    // A page that reaches one person and stops there is one missed phone call away from nobody (SRE Workbook, "On-Call").
    if (props.escalationLevels && routed.some((s) => urgencies[s] === 'high') && levels.length < 2) {
      throw new InvalidPropError(this, 'escalationLevels', levels.length, 'must have at least two levels for a high-urgency (page) severity: when the first level does not acknowledge, the page must reach someone else');
    }
    const names = new Set<string>();
    (props.schedules ?? []).forEach((s, i) => {
      if (names.has(s.name)) throw new InvalidPropError(this, `schedules[${i}].name`, s.name, 'is the name of an earlier schedule: schedule names must be unique');
      names.add(s.name);
    });
    levels.forEach((level, i) =>
      level.targets.forEach((t, j) => {
        if (t.schedule !== undefined && !names.has(t.schedule)) {
          throw new InvalidPropError(this, `escalationLevels[${i}].targets[${j}].schedule`, t.schedule, `is not a schedule of this construct; schedules has ${[...names].map((n) => `"${n}"`).join(', ') || 'none'}`);
        }
      }),
    );
  }

  /** Every schedule covers the whole week, or says why not (then a warning lists the gaps). */
  private checkCoverage(schedules: readonly OnCallSchedule[]): void {
    schedules.forEach((s, i) => {
      const gaps = scheduleGaps(
        s.layers.map((l) => ({
          name: l.name,
          start: l.start,
          end: l.end,
          rotationTurnLengthSeconds: l.rotationTurnLengthSeconds,
          restrictions: l.restrictions?.map((r) => ({ ...r, type: r.type === 'daily' ? ('daily_restriction' as const) : ('weekly_restriction' as const) })),
        })),
      );
      if (gaps.length === 0) return;
      const text = gaps.map((g: CoverageGap) => `${g.when}: ${describeSpans(g.spans)} (${s.timeZone})`).join('; ');
      if (s.acceptGaps === undefined) {
        throw new InvalidPropError(this, `schedules[${i}].layers`, s.name, `leave hours of the week with nobody on call: ${text}. Add a layer that covers them, or set acceptGaps to the reason`);
      }
      Annotations.of(this).addWarning(`Schedule "${s.name}" has nobody on call ${text} (accepted: ${s.acceptGaps}).`);
    });
  }

  private providerPresent(): string[] {
    if (this.provider) return [];
    const stack = TerraformStack.of(this);
    const found = stack.node.findAll().some((c: IConstruct) => c instanceof TerraformProvider && c.terraformResourceType === 'pagerduty');
    return found ? [] : ['PagerDutyEscalation needs a PagerDuty provider in its stack (new PagerdutyProvider(...) from @cdktf/provider-pagerduty/lib/provider), or one given as `provider`'];
  }

  private claim(kind: string, name: string): void {
    claimName(this, { kind, name, where: PAGERDUTY_ACCOUNT });
  }

  private createSchedules(props: PagerDutyEscalationProps): Record<string, Schedule> {
    const out: Record<string, Schedule> = {};
    (props.schedules ?? []).forEach((s, i) => {
      this.claim('PagerDuty schedule', s.name);
      out[s.name] = new Schedule(this, `schedule-${i}`, {
        provider: this.provider,
        name: literal(s.name),
        timeZone: s.timeZone,
        description: literal(s.description ?? 'Managed by cdktf-reliability'),
        ...(props.teamId !== undefined ? { teams: [props.teamId] } : {}),
        layer: s.layers.map((l) => ({
          name: literal(l.name),
          start: l.start,
          end: l.end,
          rotationVirtualStart: l.rotationVirtualStart ?? l.start,
          rotationTurnLengthSeconds: l.rotationTurnLengthSeconds,
          users: [...l.users],
          restriction: l.restrictions?.map((r) => ({
            type: r.type === 'daily' ? 'daily_restriction' : 'weekly_restriction',
            startTimeOfDay: r.startTimeOfDay,
            durationSeconds: r.durationSeconds,
            startDayOfWeek: r.startDayOfWeek,
          })),
        })),
      });
    });
    return out;
  }

  private createPolicy(props: PagerDutyEscalationProps, levels: readonly EscalationLevel[]): EscalationPolicy {
    const name = `${props.service} escalation`;
    this.claim('PagerDuty escalation policy', name);
    return new EscalationPolicy(this, 'escalation-policy', {
      provider: this.provider,
      name: literal(name),
      description: literal(`Pages and tickets of ${props.service} (${this.node.path})`),
      numLoops: props.repeats ?? 1,
      ...(props.teamId !== undefined ? { teams: [props.teamId] } : {}),
      rule: levels.map((level) => ({
        escalationDelayInMinutes: level.escalateAfterMinutes ?? DEFAULT_ESCALATE_AFTER,
        // target type: `user_reference` or `schedule_reference` (provider docs, pagerduty_escalation_policy).
        target: level.targets.map((t) =>
          t.userId !== undefined ? { type: 'user_reference', id: t.userId } : { type: 'schedule_reference', id: t.scheduleId ?? this.schedules[t.schedule!].id },
        ),
      })),
    });
  }

  private createService(props: PagerDutyEscalationProps, severity: string, urgency: PagerDutyUrgency): Service {
    const name = `${props.service} (${severity})`;
    this.claim('PagerDuty service', name);
    return new Service(this, `service-${severity}`, {
      provider: this.provider,
      name: literal(name),
      description: literal(`${severity} alarms of ${props.service}, from ${props.alarmChannel.node.path}`),
      escalationPolicy: props.existingEscalationPolicyId ?? this.escalationPolicy!.id,
      // Timeouts are strings in the provider's schema; "null" disables one (provider docs, pagerduty_service).
      acknowledgementTimeout: seconds(props.acknowledgementTimeoutSeconds ?? 1800),
      autoResolveTimeout: props.autoResolveTimeoutSeconds === undefined ? 'null' : seconds(props.autoResolveTimeoutSeconds),
      // `high` follows the escalation rules, `low` notifies without escalating (provider docs, incident_urgency_rule).
      incidentUrgencyRule: { type: 'constant', urgency },
    });
  }
}
