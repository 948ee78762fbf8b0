import { Lb } from '@cdktf/provider-aws/lib/lb';
import { Annotations, Fn, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { checkBoolean, checkKeys, checkKnown, checkList, checkRequired, checkString, checkStringList, itemsToCheck, kindOf } from '../../core/prop-types';
import { checkPattern } from '../../core/validation';
import { awsRegionOf } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { AlarmReference, checkAlarmRegion, resolveAlarms, ResolvedAlarm } from '../common/alarm-reference';
import { ArcZonalAutoshiftConfiguration, ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION } from './arc-zonal-autoshift-configuration';
import { requireAwsProvider } from '../common/provider-version';

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

const WINDOW = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\d|2[0-3]):([0-5]\d)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun):([01]\d|2[0-3]):([0-5]\d)$/;
/**
 * ARC zonal shift API, PracticeRunConfiguration: outcome alarms 1 to 10, blocking alarms 0 to 10; allowed windows,
 * blocked windows and blocked dates at most 15 each; "windows have to start and end on the same day. Windows that
 * span multiple days aren't supported."
 */
const MAX_ALARMS = 10;
const MAX_WINDOWS_OR_DATES = 15;
const CLAIM_KIND = 'zonal autoshift configuration';
const KNOWN_PROPS = ['alarmRouting', 'alarms', 'tags', 'loadBalancer', 'outcomeAlarms', 'blockingAlarms', 'allowedWindows', 'blockedWindows', 'blockedDates', 'enabled', 'region'];

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
    super(scope, id, props, { alarmKeys: [] });
    checkKeys(this, '', props, KNOWN_PROPS);
    checkRequired(this, 'loadBalancer', props.loadBalancer, 'the load balancer to shift (e.g. service.loadBalancer)');
    checkString(this, 'region', props.region);
    checkKnown(this, 'region', props.region, 'alarms are checked against it');
    checkPattern(this, 'region', props.region, /^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region name such as eu-west-1');
    checkBoolean(this, 'enabled', props.enabled);
    const [arn, lbRegion] = this.loadBalancerArn(props.loadBalancer, props.region);

    checkRequired(this, 'outcomeAlarms', props.outcomeAlarms, "the alarms practice runs are judged by, such as the service's SloAlarms");
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
      const m = /^arn:aws[a-z-]*:elasticloadbalancing:([a-z0-9-]+):\d{12}:loadbalancer\/(app|net)\/.+$/.exec(lb);
      if (!m) throw new InvalidPropError(this, 'loadBalancer', lb, 'must be an Application or Network Load Balancer ARN (arn:aws:elasticloadbalancing:<region>:<account>:loadbalancer/app/...)');
      if (region !== undefined && m[1] !== region) throw new InvalidPropError(this, 'loadBalancer', lb, `must be in ${region}, the region given`);
      Annotations.of(this).addWarning('loadBalancer is an ARN: make sure zonal shift is enabled on it (enable_zonal_shift), or practice runs fail.');
      this.claimName(CLAIM_KIND, lb);
      return [lb, m[1]];
    }
    if (typeof lb !== 'object' || lb === null || typeof lb.arn !== 'string') {
      throw new InvalidPropError(this, 'loadBalancer', lb, `must be an aws_lb (such as service.loadBalancer) or a load balancer ARN (got ${kindOf(lb)})`);
    }
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

  private checkWindows(props: ZonalAutoshiftProps): void {
    for (const key of ['allowedWindows', 'blockedWindows', 'blockedDates'] as const) {
      checkList(this, key, props[key]);
      checkStringList(this, key, props[key], { unique: true });
    }
    if (props.allowedWindows !== undefined && props.blockedWindows !== undefined) {
      throw new InvalidPropError(this, 'blockedWindows', props.blockedWindows, 'must be left out when allowedWindows is given (ARC takes one or the other)');
    }
    for (const key of ['allowedWindows', 'blockedWindows', 'blockedDates'] as const) {
      const list = props[key];
      if (Array.isArray(list) && list.length > MAX_WINDOWS_OR_DATES) throw new InvalidPropError(this, key, list, `must hold at most ${MAX_WINDOWS_OR_DATES} items (ARC practice run configuration)`);
    }
    for (const key of ['allowedWindows', 'blockedWindows'] as const) {
      itemsToCheck(props[key]).forEach((w, i) => {
        if (isUnresolved(w)) return;
        checkPattern(this, `${key}[${i}]`, w, WINDOW, 'a window Day:HH:MM-Day:HH:MM in UTC, such as Tue:09:00-Tue:16:00');
        const [, d1, h1, m1, d2, h2, m2] = WINDOW.exec(w)!;
        if (d1 !== d2 || `${h1}${m1}` >= `${h2}${m2}`) {
          throw new InvalidPropError(this, `${key}[${i}]`, w, 'must start and end on the same day, the end after the start (ARC does not support windows that span days): split it, e.g. Fri:16:00-Fri:23:59 and Sat:00:00-Sat:23:59');
        }
      });
    }
    if (Array.isArray(props.allowedWindows) && props.allowedWindows.length === 0) throw new InvalidPropError(this, 'allowedWindows', [], 'must hold at least one window (leave it out to allow any time)');
    itemsToCheck(props.blockedDates).forEach((d, i) => {
      if (isUnresolved(d)) return;
      const ok = /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);
      if (!ok) throw new InvalidPropError(this, `blockedDates[${i}]`, d, 'must be a date YYYY-MM-DD, such as 2026-12-24');
    });
  }
}
