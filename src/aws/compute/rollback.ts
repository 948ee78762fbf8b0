import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { Lazy } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError, PropError } from '../../core/errors';
import { checkBySpec, spec } from '../../core/prop-spec';
import { literal } from '../../core/user-text';
import { AlarmReference, checkAlarmRegion, resolveAlarms } from '../common/alarm-reference';
import { awsRegionOf } from '../common/aws-location';

/**
 * Alarms one instance refresh can watch: "You can specify up to 10 alarms" (EC2 Auto Scaling API reference,
 * AlarmSpecification, Alarms.member.N).
 */
export const MAX_ROLLBACK_ALARMS = 10;

/**
 * The alarms an instance refresh watches to roll itself back (the group's
 * `instance_refresh.preferences.alarm_specification`): the service's own
 * health alarms plus alarms added later, such as the SLO page alarm, which
 * is usually built after the service because it reads the load balancer's
 * metrics. Resolved lazily, at synth, so alarms added by {@link add} after
 * the group was created still land in it.
 */
export class RollbackAlarms {
  private readonly names: string[];
  private group?: AutoscalingGroup;
  private specified = false;

  constructor(private readonly scope: Construct, builtIn: readonly string[]) {
    if (!Construct.isConstruct(scope)) throw new PropError('scope', scope, 'must be a construct: the service whose instance refresh rolls back');
    checkBySpec(scope, 'builtIn', builtIn, spec.list(spec.text({ nonEmpty: true }), { required: 'the names of the alarms the refresh rolls back on' }));
    this.names = [...builtIn];
  }

  /** Adds alarms (ARNs, alarm constructs or an `SloAlarms`: its page alarms); each must be in the service's region. */
  public add(prop: string, alarms: readonly AlarmReference[] | undefined): void {
    const region = awsRegionOf(this.scope);
    const names = [...this.names];
    for (const a of resolveAlarms(this.scope, prop, alarms)) {
      checkAlarmRegion(this.scope, a, region, 'the service');
      // A name read from an ARN is user text; an alarm construct's is a reference.
      const name = literal(a.name);
      if (!names.includes(name)) names.push(name);
    }
    if (names.length > MAX_ROLLBACK_ALARMS) {
      throw new InvalidPropError(
        this.scope,
        prop,
        alarms,
        `would make the instance refresh watch ${names.length} alarms (${this.names.length} already: ${this.names.join(', ')}); ` +
          `AWS takes up to ${MAX_ROLLBACK_ALARMS} per refresh (EC2 Auto Scaling API reference, AlarmSpecification): roll back on fewer, ` +
          'e.g. a composite alarm of several',
      );
    }
    this.names.splice(0, this.names.length, ...names);
    this.specify();
  }

  /** Writes the alarm specification into the group's instance refresh preferences (now, or once there is an alarm). */
  public bind(group: AutoscalingGroup): void {
    this.group = group;
    this.specify();
  }

  private specify(): void {
    if (this.specified || !this.group || this.names.length === 0) return;
    this.group.instanceRefresh.preferences.putAlarmSpecification({ alarms: Lazy.listValue({ produce: () => [...this.names] }) });
    this.specified = true;
  }

  /** The alarm names, as they stand at synth. */
  public get alarmNames(): readonly string[] {
    return this.names;
  }
}
