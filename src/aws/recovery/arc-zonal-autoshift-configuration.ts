import { listMapper, listMapperHcl, stringToHclTerraform, stringToTerraform, TerraformMetaArguments, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { newerAwsResourceConfig } from '../common/newer-resource';
import { checkFramework } from '../../core/framework';

/**
 * The first hashicorp/aws provider release with
 * `aws_arczonalshift_zonal_autoshift_configuration` (its schema first appears
 * in the 6.44.0 `terraform providers schema` dump; 6.43.0 has only
 * `aws_arczonalshift_autoshift_observer_notification_status`).
 */
export const ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION = '6.44.0';

/** A CloudWatch alarm ARN as ARC takes it (`outcome_alarms` / `blocking_alarms` blocks). */
export interface ArcControlCondition {
  /** ARN of the CloudWatch alarm. */
  readonly alarmIdentifier: string;
  /**
   * Type of the control condition; ARC accepts only `CLOUDWATCH`.
   * @default 'CLOUDWATCH'
   */
  readonly type?: 'CLOUDWATCH';
}

/** Arguments of `aws_arczonalshift_zonal_autoshift_configuration`, as in the provider schema. */
export interface ArcZonalAutoshiftConfigurationConfig extends TerraformMetaArguments {
  /** ARN of the managed resource (an Application or Network Load Balancer). Changing it replaces the resource. */
  readonly resourceArn: string;
  /** `ENABLED` or `DISABLED`. */
  readonly zonalAutoshiftStatus: 'ENABLED' | 'DISABLED';
  /** Alarms watched during practice runs: one in ALARM ends the run and marks it failed. At least one. */
  readonly outcomeAlarms: readonly ArcControlCondition[];
  /**
   * Alarms that keep practice runs from starting while in ALARM.
   * @default - none
   */
  readonly blockingAlarms?: readonly ArcControlCondition[];
  /**
   * Windows practice runs may start in, `Day:HH:MM-Day:HH:MM` (UTC). Not with `blockedWindows`.
   * @default - any time
   */
  readonly allowedWindows?: readonly string[];
  /**
   * Windows practice runs must not start in, `Day:HH:MM-Day:HH:MM` (UTC). Not with `allowedWindows`.
   * @default - none
   */
  readonly blockedWindows?: readonly string[];
  /**
   * Dates practice runs must not start on, `YYYY-MM-DD`.
   * @default - none
   */
  readonly blockedDates?: readonly string[];
  /**
   * Region of the configuration (it must be the load balancer's).
   * @default - the provider's region
   */
  readonly region?: string;
}

const conditions = (list: readonly ArcControlCondition[] | undefined) =>
  list?.map((c) => ({ alarm_identifier: stringToTerraform(c.alarmIdentifier), type: stringToTerraform(c.type ?? 'CLOUDWATCH') }));

const conditionsHcl = (list: readonly ArcControlCondition[] | undefined) =>
  list?.map((c) => ({
    alarm_identifier: { value: stringToHclTerraform(c.alarmIdentifier), isBlock: false, type: 'simple', storageClassType: 'string' },
    type: { value: stringToHclTerraform(c.type ?? 'CLOUDWATCH'), isBlock: false, type: 'simple', storageClassType: 'string' },
  }));

/**
 * A typed binding of `aws_arczonalshift_zonal_autoshift_configuration`, which
 * `@cdktf/provider-aws` 21.x (provider 6.25.0) does not include. It is a
 * `TerraformResource` from cdktf's public API, checked in tests against the
 * provider schema (and a copy of its block kept in the repository), so it
 * also works under CDK Terrain. Prefer {@link ZonalAutoshift}, which also
 * raises the stack's provider constraint to {@link ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION}.
 */
export class ArcZonalAutoshiftConfiguration extends TerraformResource {
  public static readonly tfResourceType = 'aws_arczonalshift_zonal_autoshift_configuration';

  public readonly config: ArcZonalAutoshiftConfigurationConfig;

  constructor(scope: Construct, id: string, config: ArcZonalAutoshiftConfigurationConfig) {
    super(scope, id, newerAwsResourceConfig(ArcZonalAutoshiftConfiguration.tfResourceType, ZONAL_AUTOSHIFT_MIN_PROVIDER_VERSION, config));
    checkFramework(this);
    this.config = config;
  }

  /** The configured resource ARN (the resource's id is its ARN). */
  public get resourceArn(): string {
    return this.getStringAttribute('resource_arn');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    const c = this.config;
    return {
      resource_arn: stringToTerraform(c.resourceArn),
      zonal_autoshift_status: stringToTerraform(c.zonalAutoshiftStatus),
      outcome_alarms: conditions(c.outcomeAlarms),
      blocking_alarms: conditions(c.blockingAlarms),
      allowed_windows: listMapper(stringToTerraform, false)(c.allowedWindows),
      blocked_windows: listMapper(stringToTerraform, false)(c.blockedWindows),
      blocked_dates: listMapper(stringToTerraform, false)(c.blockedDates),
      region: stringToTerraform(c.region),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const c = this.config;
    const simple = (value: unknown) => ({ value: stringToHclTerraform(value), isBlock: false, type: 'simple', storageClassType: 'string' });
    const list = (value: readonly string[] | undefined) => ({ value: listMapperHcl(stringToHclTerraform, false)(value), isBlock: false, type: 'list', storageClassType: 'stringList' });
    const attrs: Record<string, any> = {
      resource_arn: simple(c.resourceArn),
      zonal_autoshift_status: simple(c.zonalAutoshiftStatus),
      outcome_alarms: { value: conditionsHcl(c.outcomeAlarms), isBlock: true, type: 'list', storageClassType: 'ArcControlConditionList' },
      blocking_alarms: { value: conditionsHcl(c.blockingAlarms), isBlock: true, type: 'list', storageClassType: 'ArcControlConditionList' },
      allowed_windows: list(c.allowedWindows),
      blocked_windows: list(c.blockedWindows),
      blocked_dates: list(c.blockedDates),
      region: simple(c.region),
    };
    return Object.fromEntries(Object.entries(attrs).filter(([, v]) => v !== undefined && v.value !== undefined));
  }
}
