import { Lb } from '@cdktf/provider-aws/lib/lb';
import { Annotations, Fn, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkConstructFramework } from '../../core/framework';
import { isUnresolved } from '../../core/tokens';
import { itemsToCheck } from '../../core/prop-types';
import { awsRegionOf } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { AlarmReference, checkAlarmRegion, resolveAlarms, ResolvedAlarm } from '../common/alarm-reference';
import { ArcZonalAutoshiftConfiguration, ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION } from './arc-zonal-autoshift-configuration';
import { requireAwsProvider } from '../common/provider-version';
import { MAX_ALARMS, SHIFTABLE_LB_ARN, WINDOW, ZONAL_AUTOSHIFT_PROPS } from './private/zonal-autoshift-spec';

/** A load balancer ARC can shift: an `aws_lb` (Application or Network Load Balancer). */
export interface IShiftableLoadBalancer {
  readonly arn: string;
  /** Whether zonal shift is enabled on it (`enable_zonal_shift`). */
  readonly enableZonalShift?: boolean | unknown;
}

/** Props of {@link ZonalAutoshift}. */
export interface ZonalAutoshiftProps extends ReliableConstructProps<Record<string, never>> {
  /**
   * The load balancer to shift away from an impaired zone: an `aws_lb` (e.g. `service.loadBalancer`; zonal
   * shift is turned on for it if it was not set) or its ARN (zonal shift must then be enabled on it already).
   */
  readonly loadBalancer: IShiftableLoadBalancer | string;
  /**
   * Alarms watched during practice runs: the SLO page alarm of the service (give the `SloAlarms`). One in ALARM
   * ends the practice run and reports it failed. At least one; each in the load balancer's region.
   */
  readonly outcomeAlarms: readonly AlarmReference[];
  /**
   * Alarms that keep a practice run from starting while they are in ALARM, so practice stays away from incidents.
   * @default - the outcome alarms
   */
  readonly blockingAlarms?: readonly AlarmReference[];
  /**
   * Windows (UTC) practice runs may start in, `Day:HH:MM-Day:HH:MM` such as `Tue:09:00-Tue:16:00`. Not with
   * `blockedWindows`.
   * @default - any time not blocked
   */
  readonly allowedWindows?: readonly string[];
  /**
   * Windows (UTC) practice runs must not start in, `Day:HH:MM-Day:HH:MM`. Not with `allowedWindows`.
   * @default - none
   */
  readonly blockedWindows?: readonly string[];
  /**
   * Dates practice runs must not start on, `YYYY-MM-DD` (release days, peak sales).
   * @default - none
   */
  readonly blockedDates?: readonly string[];
  /**
   * Whether AWS may shift traffic away from a zone by itself when it detects an impairment. Practice runs happen
   * either way while the configuration exists.
   * @default true
   */
  readonly enabled?: boolean;
  /**
   * Region of the load balancer.
   * @default - the provider's region
   */
  readonly region?: string;
}

const CLAIM_KIND = 'zonal autoshift configuration';

/**
 * ARC zonal autoshift for a load balancer, wired to the SLO: AWS shifts
 * traffic away from a zone it sees impaired, and rehearses that weekly in
 * practice runs whose outcome alarm is the service's SLO page alarm (a
 * practice run that hurts the SLO stops and reports failure) and which do
 * not start while a blocking alarm is firing.
 *
 * The AWS provider has `aws_arczonalshift_zonal_autoshift_configuration`
 * from 6.44.0, later than the 6.25.0 that `@cdktf/provider-aws` 21.x pins;
 * using this construct raises the stack's `required_providers.aws.version`
 * to `~> 6.44` (with a warning). Stacks that do not use it keep the pin.
 */
export class ZonalAutoshift extends ReliableConstruct<Record<string, never>> {
  public readonly configuration: ArcZonalAutoshiftConfiguration;
  public readonly outcomeAlarms: readonly ResolvedAlarm[];
  public readonly blockingAlarms: readonly ResolvedAlarm[];

  constructor(scope: Construct, id: string, props: ZonalAutoshiftProps) {
    super(scope, id, props, { alarmKeys: [], props: ZONAL_AUTOSHIFT_PROPS });
    const [arn, lbRegion] = this.loadBalancerArn(props.loadBalancer, props.region);

    this.outcomeAlarms = resolveAlarms(this, 'outcomeAlarms', props.outcomeAlarms);
    if (this.outcomeAlarms.length === 0) throw new InvalidPropError(this, 'outcomeAlarms', props.outcomeAlarms, "must name at least one alarm (the service's SLO page alarm): practice runs are judged by it");
    this.blockingAlarms = props.blockingAlarms === undefined ? this.outcomeAlarms : resolveAlarms(this, 'blockingAlarms', props.blockingAlarms);
    for (const a of [...this.outcomeAlarms, ...this.blockingAlarms]) checkAlarmRegion(this, a, lbRegion, 'the load balancer');
    for (const [prop, list] of [['outcomeAlarms', this.outcomeAlarms], ['blockingAlarms', this.blockingAlarms]] as const) {
      if (list.length > MAX_ALARMS) {
        throw new InvalidPropError(this, prop, list.map((a) => a.name), `must be at most ${MAX_ALARMS} alarms (ARC practice run configuration); join more into a composite alarm`);
      }
    }

    this.checkWindows(props);
    this.configuration = new ArcZonalAutoshiftConfiguration(this, 'configuration', {
      resourceArn: arn,
      zonalAutoshiftStatus: this.status(props.enabled),
      outcomeAlarms: this.outcomeAlarms.map((a) => ({ alarmIdentifier: a.arn })),
      blockingAlarms: this.blockingAlarms.length ? this.blockingAlarms.map((a) => ({ alarmIdentifier: a.arn })) : undefined,
      allowedWindows: props.allowedWindows,
      blockedWindows: props.blockedWindows,
      blockedDates: props.blockedDates,
      region: props.region,
    });
    requireAwsProvider(this, ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION, `${this.node.path} uses aws_arczonalshift_zonal_autoshift_configuration`);
  }

  /** ENABLED unless turned off; a Terraform variable chooses at apply. */
  private status(enabled: boolean | undefined): 'ENABLED' | 'DISABLED' {
    if (isUnresolved(enabled)) return Token.asString(Fn.conditional(enabled, 'ENABLED', 'DISABLED')) as 'ENABLED';
    return enabled === false ? 'DISABLED' : 'ENABLED';
  }

  private loadBalancerArn(lb: IShiftableLoadBalancer | string, region: string | undefined): [string, string | undefined] {
    if (typeof lb === 'string') {
      if (isUnresolved(lb)) {
        Annotations.of(this).addWarning('loadBalancer is an ARN known only at apply: make sure zonal shift is enabled on it (enable_zonal_shift), or practice runs fail.');
        return [lb, region];
      }
      const m = SHIFTABLE_LB_ARN.exec(lb)!;
      if (region !== undefined && m[1] !== region) throw new InvalidPropError(this, 'loadBalancer', lb, `must be in ${region}, the region given`);
      Annotations.of(this).addWarning('loadBalancer is an ARN: make sure zonal shift is enabled on it (enable_zonal_shift), or practice runs fail.');
      this.claimName(CLAIM_KIND, lb);
      return [lb, m[1]];
    }
    checkConstructFramework(this, 'loadBalancer', lb);
    if (lb instanceof Lb) {
      const type = lb.loadBalancerTypeInput;
      if (type !== undefined && !isUnresolved(type) && type !== 'application' && type !== 'network') {
        throw new InvalidPropError(this, 'loadBalancer', type, 'must be an Application or Network Load Balancer: ARC cannot shift a gateway load balancer');
      }
      const shift = lb.enableZonalShiftInput;
      if (shift === false) throw new InvalidPropError(this, 'loadBalancer.enableZonalShift', false, 'must be true: ARC cannot shift a load balancer with zonal shift turned off');
      if (shift === undefined) lb.enableZonalShift = true;
      // A load balancer has one autoshift configuration: a second construct on it would fight the first.
      this.claimName(CLAIM_KIND, `load balancer ${lb.node.path}`);
      const lbRegion = lb.regionInput ?? awsRegionOf(lb, lb.provider as TerraformProvider | undefined);
      if (region !== undefined && lbRegion !== undefined && !Token.isUnresolved(lbRegion) && lbRegion !== region) {
        throw new InvalidPropError(this, 'region', region, `must be the load balancer's region (${lbRegion})`);
      }
      return [lb.arn, region ?? lbRegion];
    }
    return [lb.arn, region];
  }

  /** What the specs cannot say: one of allowed and blocked windows, each window within a day, real dates. */
  private checkWindows(props: ZonalAutoshiftProps): void {
    if (props.allowedWindows !== undefined && props.blockedWindows !== undefined) {
      throw new InvalidPropError(this, 'blockedWindows', props.blockedWindows, 'must be left out when allowedWindows is given (ARC takes one or the other)');
    }
    for (const key of ['allowedWindows', 'blockedWindows'] as const) {
      itemsToCheck(props[key]).forEach((w, i) => {
        if (isUnresolved(w)) return;
        const [, d1, h1, m1, d2, h2, m2] = WINDOW.exec(w)!;
        // ARC zonal shift API, PracticeRunConfiguration: "windows have to start and end on the same day".
        if (d1 !== d2 || `${h1}${m1}` >= `${h2}${m2}`) {
          throw new InvalidPropError(this, `${key}[${i}]`, w, 'must start and end on the same day, the end after the start (ARC does not support windows that span days): split it, e.g. Fri:16:00-Fri:23:59 and Sat:00:00-Sat:23:59');
        }
      });
    }
    itemsToCheck(props.blockedDates).forEach((d, i) => {
      const time = Date.parse(`${d}T00:00:00Z`);
      // Date.parse rolls 2026-02-30 over to March; a date of the calendar comes back as itself.
      if (isUnresolved(d) || (!Number.isNaN(time) && new Date(time).toISOString().startsWith(d))) return;
      throw new InvalidPropError(this, `blockedDates[${i}]`, d, 'must be a date of the calendar YYYY-MM-DD, such as 2026-12-24');
    });
  }
}
