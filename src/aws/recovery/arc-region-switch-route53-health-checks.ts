import { Fn, IResolvable, stringToHclTerraform, stringToTerraform, TerraformDataSource, TerraformIterator, TerraformMetaArguments, Token } from 'cdktf';
import { Construct } from 'constructs';
import { checkFramework } from '../../core/framework';
import { isUnresolved } from '../../core/tokens';
import { newerAwsResourceConfig } from '../common/newer-resource';

/**
 * The first hashicorp/aws release with the data source
 * `aws_arcregionswitch_route53_health_checks` (provider CHANGELOG 6.29.0:
 * "New Data Source: aws_arcregionswitch_route53_health_checks", #43781).
 */
export const ARC_ROUTE53_HEALTH_CHECKS_MIN_PROVIDER_VERSION = '6.29.0';

/** Arguments of `aws_arcregionswitch_route53_health_checks` (provider schema: `plan_arn`, required). */
export interface DataArcRegionSwitchRoute53HealthChecksConfig extends TerraformMetaArguments {
  /** ARN of the Region switch plan whose Route 53 health check steps allocated the health checks. */
  readonly planArn: string;
}

/**
 * A typed binding of the data source `aws_arcregionswitch_route53_health_checks`
 * (not in `@cdktf/provider-aws` 21.x, provider 6.25.0): the Route 53 health
 * checks ARC Region switch creates for a plan's Route 53 health check
 * execution blocks, one per Region per record name (`health_checks`: objects
 * with `health_check_id`, `hosted_zone_id`, `record_name`, `region`,
 * `status`). ARC Developer Guide, "Amazon Route 53 health check execution
 * block": the block "creates Amazon Route 53 health checks, which you then
 * attach to Route 53 DNS records"; a plan execution changes their state.
 */
export class DataArcRegionSwitchRoute53HealthChecks extends TerraformDataSource {
  public static readonly tfResourceType = 'aws_arcregionswitch_route53_health_checks';

  public readonly config: DataArcRegionSwitchRoute53HealthChecksConfig;

  constructor(scope: Construct, id: string, config: DataArcRegionSwitchRoute53HealthChecksConfig) {
    super(scope, id, newerAwsResourceConfig(DataArcRegionSwitchRoute53HealthChecks.tfResourceType, ARC_ROUTE53_HEALTH_CHECKS_MIN_PROVIDER_VERSION, config));
    checkFramework(this);
    this.config = config;
  }

  /** The health checks, as the provider reads them. */
  public get healthChecks(): IResolvable {
    return this.interpolationForAttribute('health_checks');
  }

  /**
   * The id of the health check ARC allocated for `region`: `one([...])` in
   * Terraform, so a plan with more than one health check in the Region (more
   * than one record name) fails the plan instead of picking one.
   */
  public healthCheckIdIn(region: string): string {
    const match = isUnresolved(region) ? `val.region == ${Fn.tostring(region)}` : `val.region == ${JSON.stringify(region)}`;
    return Token.asString(Fn.one(TerraformIterator.fromList(this.healthChecks).forExpressionForList(`val.health_check_id if ${match}`)));
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { plan_arn: stringToTerraform(this.config.planArn) };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { plan_arn: { value: stringToHclTerraform(this.config.planArn), isBlock: false, type: 'simple', storageClassType: 'string' } };
  }
}
