import { TerraformProvider, TerraformResource, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkConstructFramework } from '../../core/framework';
import { isUnresolved } from '../../core/tokens';
import { kindOf } from '../../core/prop-types';
import { awsRegionOf } from './aws-location';

/** A CloudWatch alarm created in this app: an `aws_cloudwatch_metric_alarm` or `aws_cloudwatch_composite_alarm`. */
export interface IAlarmLike {
  /** The alarm's ARN. */
  readonly arn: string;
  /** The alarm's name (Auto Scaling alarm specifications take names, not ARNs). */
  readonly alarmName: string;
}

/** Something that owns the SLO page alarm(s) of a service, such as `SloAlarms`. */
export interface ISloPageAlarmSource {
  /** One alarm set per SLO; the `page` composite of each is the page alarm. */
  readonly slos: readonly { readonly compositeAlarms: Readonly<Record<string, IAlarmLike>> }[];
}

/**
 * A CloudWatch alarm for a stop condition, a rollback trigger or an outcome
 * alarm: an alarm ARN (`arn:aws:cloudwatch:<region>:<account>:alarm:<name>`),
 * an alarm construct (metric or composite), or an `SloAlarms` (its `page`
 * composite alarms: one per SLO).
 */
export type AlarmReference = string | IAlarmLike | ISloPageAlarmSource;

/** An alarm as the resilience constructs use it. */
export interface ResolvedAlarm {
  readonly arn: string;
  /** The alarm name: the ARN's last part, or the construct's `alarmName`. */
  readonly name: string;
  /** The alarm's region when known at synth. @default - unknown */
  readonly region?: string;
  /** The prop (with index) the alarm came from, for errors. */
  readonly prop: string;
}

const ALARM_ARN = /^arn:aws[a-z-]*:cloudwatch:([a-z0-9-]+):\d{12}:alarm:(.+)$/;

function isAlarmLike(value: unknown): value is IAlarmLike {
  return typeof value === 'object' && value !== null && typeof (value as IAlarmLike).arn === 'string' && typeof (value as IAlarmLike).alarmName === 'string';
}

function isPageSource(value: unknown): value is ISloPageAlarmSource {
  return typeof value === 'object' && value !== null && Array.isArray((value as ISloPageAlarmSource).slos);
}

function regionOfConstruct(alarm: IAlarmLike): string | undefined {
  if (!(alarm instanceof TerraformResource)) return undefined;
  return awsRegionOf(alarm, alarm.provider as TerraformProvider | undefined);
}

/**
 * Resolves alarm references to ARNs and names, in order, without duplicates.
 * Throws an `InvalidPropError` naming `prop[i]` for anything that is not an
 * alarm: a string that is not a CloudWatch alarm ARN, an `SloAlarms` without
 * a `page` composite alarm, or another object.
 */
export function resolveAlarms(scope: IConstruct, prop: string, refs: readonly AlarmReference[] | undefined): ResolvedAlarm[] {
  if (refs === undefined) return [];
  if (!Array.isArray(refs)) throw new InvalidPropError(scope, prop, refs, `must be a list of alarms (got ${kindOf(refs)})`);
  const out: ResolvedAlarm[] = [];
  refs.forEach((ref, i) => {
    for (const a of resolveAlarm(scope, `${prop}[${i}]`, ref)) if (!out.some((o) => o.arn === a.arn)) out.push(a);
  });
  return out;
}

/** One alarm reference, resolved (an `SloAlarms` gives one alarm per SLO); throws an `InvalidPropError` naming `prop` for anything else. */
export function resolveAlarm(scope: IConstruct, prop: string, ref: unknown): ResolvedAlarm[] {
  if (typeof ref === 'string') {
    if (isUnresolved(ref)) throw new InvalidPropError(scope, prop, ref, 'must be known at synth (an alarm ARN or an alarm construct): the alarm name and region are checked');
    const m = ALARM_ARN.exec(ref);
    if (!m) throw new InvalidPropError(scope, prop, ref, 'must be a CloudWatch alarm ARN (arn:aws:cloudwatch:<region>:<account>:alarm:<name>), an alarm construct or an SloAlarms');
    return [{ arn: ref, name: m[2], region: m[1], prop }];
  }
  checkConstructFramework(scope, prop, ref);
  if (isAlarmLike(ref)) return [{ arn: ref.arn, name: ref.alarmName, region: regionOfConstruct(ref), prop }];
  if (isPageSource(ref)) {
    const pages = ref.slos.map((s) => s?.compositeAlarms?.page).filter(isAlarmLike);
    if (pages.length === 0) throw new InvalidPropError(scope, prop, ref, 'is an SloAlarms without a page composite alarm: give SLOs with a page alert, or the alarm itself');
    return pages.map((a) => ({ arn: a.arn, name: a.alarmName, region: regionOfConstruct(a), prop }));
  }
  throw new InvalidPropError(scope, prop, ref, `must be a CloudWatch alarm ARN, an alarm construct or an SloAlarms (got ${kindOf(ref)})`);
}

/** Throws when an alarm's known region differs from `region` (when both are known at synth). */
export function checkAlarmRegion(scope: IConstruct, alarm: ResolvedAlarm, region: string | undefined, what: string): void {
  if (region === undefined || alarm.region === undefined || Token.isUnresolved(region)) return;
  if (alarm.region !== region) {
    throw new InvalidPropError(scope, alarm.prop, alarm.arn, `must be an alarm in ${region}, the region of ${what} (it is in ${alarm.region})`);
  }
}
