import { Aspects, IAspect, TerraformDataSource, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { checkFramework } from '../../core/framework';
import { checkPropsBySpec } from '../../core/prop-spec';
import { isRegionScope, nearestRegionScope, REGION_SCOPE } from './private/region-scope-brand';
import { REGION_SCOPE_PROPS } from './private/region-scope-spec';

export interface RegionScopeProps {
  /** The AWS provider (an alias for another region, in this scope's stack) every AWS resource below this scope uses unless it names one. */
  readonly provider: TerraformProvider;
}

/**
 * Gives every AWS resource and data source below a scope the scope's
 * provider, unless it already names one. In a region scope nested in
 * another, the nearest scope's provider wins, as for `awsRegionOf`.
 */
class ProviderForScope implements IAspect {
  constructor(private readonly scope: RegionScope) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) && !(node instanceof TerraformDataSource)) return;
    if (node.terraformGeneratorMetadata?.providerName !== 'aws' || node.provider !== undefined) return;
    if (RegionScope.of(node) !== this.scope) return;
    node.provider = this.scope.provider;
  }
}

/**
 * A region inside one stack: constructs created below it (a network, a
 * service, SLO alarms, a database) are deployed with its provider alias, so
 * a primary and a recovery region live in one stack and the
 * disaster-recovery check sees both. Resources that name a provider keep it
 * (e.g. Route 53 health-check alarms in us-east-1). Region lookups
 * (`awsRegionOf`, name claims) below the scope use its provider too.
 *
 * ```ts
 * const recovery = new RegionScope(stack, 'recovery', { provider: recoveryProvider });
 * const network = new MultiAzNetwork(recovery, 'network', { cidr: '10.30.0.0/16' });
 * ```
 */
export class RegionScope extends Construct {
  /** True for a {@link RegionScope} (also across copies of the library). */
  public static isRegionScope(x: unknown): x is RegionScope {
    return isRegionScope(x);
  }

  /** The region scope a construct is in, if any (the nearest one). */
  public static of(scope: IConstruct): RegionScope | undefined {
    return nearestRegionScope(scope) as RegionScope | undefined;
  }

  /** The provider of this region. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: RegionScopeProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, REGION_SCOPE_PROPS);
    Object.defineProperty(this, REGION_SCOPE, { value: true });
    this.provider = props.provider;
    Aspects.of(this).add(new ProviderForScope(this));
  }
}
