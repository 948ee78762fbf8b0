import { Route53HealthCheck } from '@cdktf/provider-aws/lib/route53-health-check';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { FIGURES } from '../../recovery/figures';
import { recoveryTags } from '../../recovery/tags';
import { literal } from '../../core/user-text';
import { routedActions } from '../common/alarm-routing';
import { awsRegionOf, checkArnPlacement } from '../common/aws-location';
import { ResourceAlarmOverride } from '../common/resource-alarm';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { REGIONAL_FAILOVER_PROPS } from './private/regional-failover-spec';
import { FAILOVER_ALARM_KEYS, FAILOVER_ALARM_SEVERITIES, failoverAlarmDefinitions, ROUTE53_METRICS_REGION } from './regional-failover-alarms';

/** The load balancer (or any alias target) that serves a region. `Lb` and `AutoScaledService.loadBalancer` fit. */
export interface FailoverTarget {
  /** DNS name of the alias target, e.g. the load balancer's `dnsName`. */
  readonly dnsName: string;
  /** Hosted zone id of the alias target, e.g. the load balancer's `zoneId`. */
  readonly zoneId: string;
}

/** One side of the failover. */
export interface FailoverRegion {
  /** The AWS region, e.g. `eu-west-1`. */
  readonly region: string;
  /** What serves traffic there. */
  readonly target: FailoverTarget;
  /**
   * The provider whose region this is; when given, its region must equal `region`.
   * @default - not cross-checked
   */
  readonly provider?: TerraformProvider;
  /**
   * Host name the health check calls (it must answer for this region alone, not through the failover record).
   * @default - the target's `dnsName`
   */
  readonly healthCheckFqdn?: string;
}

/** The Route 53 health check of each region's endpoint. */
export interface FailoverHealthCheck {
  /**
   * Path requested; it should check the region's dependencies (database, downstreams), not only the process.
   * @default '/health'
   */
  readonly path?: string;
  /**
   * `HTTPS` (with SNI) or `HTTP`.
   * @default 'HTTPS'
   */
  readonly protocol?: 'HTTPS' | 'HTTP';
  /**
   * Port.
   * @default - 443 for HTTPS, 80 for HTTP
   */
  readonly port?: number;
  /**
   * Check every 10 seconds instead of 30 (a fast health check, billed higher): detection in 30 s instead of 90 s.
   * @default false
   */
  readonly fast?: boolean;
  /**
   * Consecutive failed checks before an endpoint is unhealthy (1 to 10).
   * @default 3
   */
  readonly failureThreshold?: number;
}

/** Alarms of a {@link RegionalFailover}. */
export interface RegionalFailoverAlarms {
  /**
   * The primary region's health check fails (`AWS/Route53` `HealthCheckStatus`, Minimum per minute): traffic is
   * failing over to the recovery region. Unit: health status (1 healthy).
   * @default - below 1 for 2 of 2 minutes, page
   */
  readonly primaryUnhealthy?: ResourceAlarmOverride;
  /**
   * The recovery region's health check fails: the standby could not take traffic if the primary failed now.
   * Unit: health status (1 healthy).
   * @default - below 1 for 5 of 5 minutes, ticket
   */
  readonly recoveryUnhealthy?: ResourceAlarmOverride;
}

export interface RegionalFailoverProps extends ReliableConstructProps<RegionalFailoverAlarms> {
  /** Route 53 hosted zone holding the record. */
  readonly hostedZoneId: string;
  /** The record users resolve, e.g. `api.example.com`. */
  readonly recordName: string;
  /** The region that serves while healthy. */
  readonly primary: FailoverRegion;
  /** The region traffic fails over to. */
  readonly recovery: FailoverRegion;
  /**
   * The health checks.
   * @default - HTTPS on 443, path `/health`, every 30 s, unhealthy after 3 failures
   */
  readonly healthCheck?: FailoverHealthCheck;
  /**
   * A provider in `us-east-1`: Route 53 publishes health-check metrics only there, so the health-check alarms are
   * created with it, and `alarmRouting` must notify topics in us-east-1 (an alarm can only notify a topic in its
   * own region: give an `AlarmChannel` created with this provider).
   * @default - required unless every alarm is disabled
   */
  readonly alarmProvider?: TerraformProvider;
  /**
   * Data constructs the service depends on; each must hold a copy in the recovery region, or a failover would
   * serve from a region without the data.
   * @default - none checked
   */
  readonly data?: IRecoverable[];
}

/** The Route 53 health checks ARC Region switch allocated for a plan's Route 53 health check step, by side. */
export interface RegionSwitchHealthCheckIds {
  /** The check ARC allocated for the primary region (healthy while the primary is the active region). */
  readonly primary: string;
  /** The check ARC allocated for the recovery region (unhealthy until a plan execution activates it). */
  readonly recovery: string;
}

/** The calculated health checks that tie the failover records to a Region switch plan. */
export interface RegionSwitchGates {
  /** PRIMARY record: healthy while the plan's primary check AND the primary endpoint check are healthy. */
  readonly primary: Route53HealthCheck;
  /** SECONDARY record: healthy while the plan's recovery check OR the recovery endpoint check is healthy. */
  readonly recovery: Route53HealthCheck;
  /** The plan (its construct) the records follow. */
  readonly plan: IConstruct;
}

/**
 * DNS failover between a primary and a recovery region: a Route 53 health
 * check on each region's endpoint, PRIMARY and SECONDARY failover alias
 * records (target health evaluated), and alarms on both health checks in
 * us-east-1 (where Route 53 publishes its metrics), so the recovery region is
 * watched before it is needed.
 *
 * The shape is one stack with a provider per region (provider aliases): the
 * disaster-recovery check then sees both regions. See
 * `docs/disaster-recovery.md` for the failover and failback steps.
 */
export class RegionalFailover extends ReliableConstruct<RegionalFailoverAlarms> implements IRecoverable {
  /** Health check of the primary region's endpoint. */
  public readonly primaryHealthCheck: Route53HealthCheck;
  /** Health check of the recovery region's endpoint. */
  public readonly recoveryHealthCheck: Route53HealthCheck;
  /** The PRIMARY failover record. */
  public readonly primaryRecord: Route53Record;
  /** The SECONDARY failover record. */
  public readonly recoveryRecord: Route53Record;
  /** Detection plus DNS: how long until clients resolve to the recovery region. */
  public readonly recovery: RecoveryAchievement;
  /** The region that serves while healthy. */
  public readonly primaryRegion: string;
  /** The region traffic fails over to. */
  public readonly recoveryRegion: string;
  /** The hosted zone of the failover record. */
  public readonly hostedZoneId: string;
  /** The failover record's name. */
  public readonly recordName: string;
  /** Set identifiers of the PRIMARY and SECONDARY records (`primary-<region>`, `recovery-<region>`). */
  public readonly setIdentifiers: { readonly primary: string; readonly recovery: string };
  /** Seconds between two checks of an endpoint (10 when `fast`, else 30). */
  public readonly healthCheckIntervalSeconds: number;
  /**
   * Seconds until Route 53 sees an endpoint fail: interval times failure threshold; `undefined` when the
   * threshold is a Terraform variable.
   */
  public readonly detectionSeconds?: number;
  /** The calculated health checks tying the records to a Region switch plan, once a plan holds the DNS. */
  private gates?: RegionSwitchGates;

  constructor(scope: Construct, id: string, props: RegionalFailoverProps) {
    super(scope, id, props, { alarmKeys: FAILOVER_ALARM_KEYS, props: REGIONAL_FAILOVER_PROPS });
    this.validate(props);
    this.primaryRegion = props.primary.region;
    this.recoveryRegion = props.recovery.region;
    this.hostedZoneId = props.hostedZoneId;
    this.recordName = props.recordName;
    this.setIdentifiers = { primary: `primary-${props.primary.region}`, recovery: `recovery-${props.recovery.region}` };
    const hc = props.healthCheck ?? {};
    const threshold = hc.failureThreshold ?? 3;
    this.healthCheckIntervalSeconds = hc.fast ? 10 : 30;
    // A token threshold is known only at apply: the detection time (and so the RTO) is then unknown.
    this.detectionSeconds = isUnresolved(threshold) ? undefined : this.healthCheckIntervalSeconds * threshold;
    this.recovery = {
      resource: this.node.path,
      kind: 'service',
      stateless: true,
      regions: [props.primary.region, props.recovery.region],
      rtoRegionSeconds: this.detectionSeconds === undefined ? undefined : this.detectionSeconds + FIGURES.aliasRecordTtl.seconds,
      sources: [FIGURES.aliasRecordTtl.source],
    };
    this.primaryHealthCheck = this.healthCheck('primary', props.primary, hc);
    this.recoveryHealthCheck = this.healthCheck('recovery', props.recovery, hc);
    this.primaryRecord = this.record('primary', 'PRIMARY', props, this.primaryHealthCheck);
    this.recoveryRecord = this.record('recovery', 'SECONDARY', props, this.recoveryHealthCheck);
    this.createAlarms(props);
    this.outputs(props);
  }

  /** The calculated health checks of the Region switch plan that holds the DNS, if one does. */
  public get regionSwitchGates(): RegionSwitchGates | undefined {
    return this.gates;
  }

  /**
   * Seconds from the primary endpoint failing to the `primaryUnhealthy` page: Route 53's detection plus the
   * alarm's evaluation (periods times period). `undefined` when the alarm is disabled or a figure is a variable.
   */
  public get pageSeconds(): number | undefined {
    const alarm = this.alarms.primaryUnhealthy;
    const periods = alarm?.evaluationPeriodsInput;
    const period = alarm?.periodInput;
    if (this.detectionSeconds === undefined || typeof periods !== 'number' || typeof period !== 'number' || isUnresolved(periods) || isUnresolved(period)) return undefined;
    return this.detectionSeconds + periods * period;
  }

  /**
   * Ties the failover records to the Route 53 health checks a Region switch plan's Route 53 health check step
   * allocated (ARC Developer Guide, "Amazon Route 53 health check execution block": the block creates the checks,
   * you attach them to the records, and an execution flips them: the activated region's check healthy, the other
   * unhealthy). Each record gets a calculated health check over the plan's check and the endpoint's:
   *
   * - PRIMARY: healthy while the plan's primary check AND the primary endpoint are healthy. When the primary
   *   endpoint fails, DNS still fails over by itself; once a plan execution has activated the recovery region,
   *   the record stays unhealthy even when the primary endpoint passes again, so DNS does not fail back before
   *   the failback execution (which switches the database back first) flips the check.
   * - SECONDARY: healthy while the plan's recovery check OR the recovery endpoint is healthy (ARC starts the
   *   passive region's check unhealthy; alone it would stop the automatic failover).
   *
   * One plan per failover. Called by {@link RegionSwitchPlan}.
   */
  public holdWithRegionSwitch(plan: IConstruct, checks: RegionSwitchHealthCheckIds): RegionSwitchGates {
    if (this.gates) {
      throw new InvalidPropError(plan, 'failover', this.node.path, `already follows the health checks of the Region switch plan ${this.gates.plan.node.path}: a failover record can follow one plan`);
    }
    const gate = (side: 'primary' | 'recovery', arcCheck: string, endpoint: Route53HealthCheck, threshold: number, how: string) =>
      new Route53HealthCheck(this, `${side}-plan-gate`, {
        type: 'CALCULATED',
        // Route 53 API CreateHealthCheck: ChildHealthChecks up to 256, HealthThreshold 0 to 256.
        childHealthchecks: [arcCheck, endpoint.id],
        childHealthThreshold: threshold,
        referenceName: `${side}-gate-${this.node.addr.slice(0, 8)}`.slice(0, 64),
        tags: { Name: `${this.node.path} ${side}: ${how}`.slice(0, 256) },
      });
    const primary = gate('primary', checks.primary, this.primaryHealthCheck, 2, 'plan check AND endpoint check');
    const recovery = gate('recovery', checks.recovery, this.recoveryHealthCheck, 1, 'plan check OR endpoint check');
    this.primaryRecord.healthCheckId = primary.id;
    this.recoveryRecord.healthCheckId = recovery.id;
    this.gates = { primary, recovery, plan };
    return this.gates;
  }

  /** What relates props to each other (each prop passed its spec): two Regions, alarms in us-east-1, data copies. */
  private validate(props: RegionalFailoverProps): void {
    if (!isUnresolved(props.primary.region) && props.primary.region === props.recovery.region) {
      throw new InvalidPropError(this, 'recovery.region', props.recovery.region, `must differ from primary.region: a failover within one region does not survive losing it`);
    }
    this.validateAlarmPlacement(props);
    this.validateData(props);
  }

  private alarmsWanted(props: RegionalFailoverProps): boolean {
    return FAILOVER_ALARM_KEYS.some((key) => props.alarms?.[key]?.enabled !== false);
  }

  /**
   * The health-check alarms are created with a provider in us-east-1 (Route 53's metrics are there) and notify
   * topics there: an alarm notifies SNS topics of its own Region only (CloudWatch API Reference, PutMetricAlarm
   * AlarmActions). A routing whose Region, or whose topic ARNs, name another Region is refused.
   */
  private validateAlarmPlacement(props: RegionalFailoverProps): void {
    if (!this.alarmsWanted(props)) return;
    if (props.alarmProvider === undefined) {
      throw new InvalidPropError(this, 'alarmProvider', undefined, `is required: Route 53 health-check metrics exist only in ${ROUTE53_METRICS_REGION}; give a provider there (or disable both alarms)`);
    }
    const region = awsRegionOf(this, props.alarmProvider, 'alarmProvider');
    if (region !== undefined && region !== ROUTE53_METRICS_REGION) {
      throw new InvalidPropError(this, 'alarmProvider', region, `must be a provider in ${ROUTE53_METRICS_REGION}: Route 53 publishes health-check metrics only there`);
    }
    const routing = this.alarmRouting;
    if (routing === undefined) return;
    const why = `the health-check alarms are in ${ROUTE53_METRICS_REGION}, and an alarm can only notify an SNS topic in its own region (create an AlarmChannel with the us-east-1 provider)`;
    if (routing.region !== undefined && !isUnresolved(routing.region) && routing.region !== ROUTE53_METRICS_REGION) {
      throw new InvalidPropError(this, 'alarmRouting', routing.region, `must notify topics in ${ROUTE53_METRICS_REGION}: ${why}`);
    }
    for (const key of FAILOVER_ALARM_KEYS) {
      const override = props.alarms?.[key];
      if (override?.enabled === false) continue;
      const severity = override?.severity ?? FAILOVER_ALARM_SEVERITIES[key];
      for (const arn of routedActions(this, routing, severity, override?.severity === undefined ? 'alarmRouting' : `alarms.${key}.severity`)) {
        checkArnPlacement(this, 'alarmRouting', arn, { regional: true, provider: props.alarmProvider, why });
      }
    }
  }

  private validateData(props: RegionalFailoverProps): void {
    if (isUnresolved(props.recovery.region)) return;
    (props.data ?? []).forEach((d, i) => {
      if (!d.recovery.regions.includes(props.recovery.region)) {
        throw new InvalidPropError(
          this,
          `data[${i}]`,
          d.recovery.resource,
          `must hold a copy in the recovery region ${props.recovery.region} (it is in ${d.recovery.regions.join(', ') || 'no region'}): replicate it there, or a failover serves without the data`,
        );
      }
    });
  }

  private healthCheck(side: 'primary' | 'recovery', r: FailoverRegion, hc: FailoverHealthCheck): Route53HealthCheck {
    const protocol = hc.protocol ?? 'HTTPS';
    return new Route53HealthCheck(this, `${side}-health-check`, {
      type: protocol,
      fqdn: literal(r.healthCheckFqdn ?? r.target.dnsName),
      port: hc.port ?? (protocol === 'HTTPS' ? 443 : 80),
      resourcePath: literal(hc.path ?? '/health'),
      requestInterval: hc.fast ? 10 : 30,
      failureThreshold: hc.failureThreshold ?? 3,
      enableSni: protocol === 'HTTPS' ? true : undefined,
      measureLatency: true,
      referenceName: `${side}-${this.node.addr.slice(0, 8)}`.slice(0, 64),
      tags: { Name: `${this.node.path} ${side} (${r.region})`.slice(0, 256), ...recoveryTags(this.recovery) },
    });
  }

  private record(side: 'primary' | 'recovery', type: 'PRIMARY' | 'SECONDARY', props: RegionalFailoverProps, check: Route53HealthCheck): Route53Record {
    const r = props[side];
    this.claimName('Route 53 failover record', `${props.hostedZoneId} ${props.recordName} ${type}`, undefined, true);
    return new Route53Record(this, `${side}-record`, {
      zoneId: props.hostedZoneId,
      name: props.recordName,
      type: 'A',
      setIdentifier: this.setIdentifiers[side],
      failoverRoutingPolicy: { type },
      healthCheckId: check.id,
      alias: { name: r.target.dnsName, zoneId: r.target.zoneId, evaluateTargetHealth: true },
    });
  }

  private createAlarms(props: RegionalFailoverProps): void {
    const definitions = failoverAlarmDefinitions({
      primaryHealthCheckId: this.primaryHealthCheck.id,
      recoveryHealthCheckId: this.recoveryHealthCheck.id,
      primaryRegion: props.primary.region,
      recoveryRegion: props.recovery.region,
    });
    this.addAlarms(definitions, { provider: props.alarmProvider });
  }

  private outputs(props: RegionalFailoverProps): void {
    new TerraformOutput(this, 'failover-steps', {
      description: 'What happens on a region failure, and how to fail back',
      value: literal(
        `Automatic: when ${props.primary.region} fails its health check, Route 53 answers ${props.recordName} with ${props.recovery.region} ` +
          `(about ${this.recovery.rtoRegionSeconds ?? '?'} s); nothing else moves: the data stays writable in ${props.primary.region} only. ` +
          `Then promote the data in ${props.recovery.region} and scale the standby up (a RegionSwitchPlan does both and holds the DNS there). ` +
          `Fail back: restore ${props.primary.region}, resynchronise the data, switch it over, then let the PRIMARY record take traffic again.`,
      ),
    });
  }
}
