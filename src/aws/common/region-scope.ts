import { Aspects, IAspect, TerraformDataSource, TerraformProvider, TerraformResource } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkRequired } from '../../core/prop-types';

export interface RegionScopeProps {
  /** The AWS provider (an alias for another region) every AWS resource below this scope uses unless it names one. */
  readonly provider: TerraformProvider;
}

const REGION_SCOPE = Symbol.for('cdktf-reliability.RegionScope');

/** Gives every AWS resource and data source below a scope the scope's provider, unless it already names one. */
class ProviderForScope implements IAspect {
  constructor(private readonly provider: TerraformProvider) {}

  public visit(node: IConstruct): void {
    if (!(node instanceof TerraformResource) && !(node instanceof TerraformDataSource)) return;
    if (node.terraformGeneratorMetadata?.providerName !== 'aws' || node.provider !== undefined) return;
    node.provider = this.provider;
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
    return typeof x === 'object' && x !== null && REGION_SCOPE in x;
  }

  /** The region scope a construct is in, if any (the nearest one). */
  public static of(scope: IConstruct): RegionScope | undefined {
    return [...scope.node.scopes].reverse().find((s): s is RegionScope => RegionScope.isRegionScope(s));
  }

  /** The provider of this region. */
  public readonly provider: TerraformProvider;

  constructor(scope: Construct, id: string, props: RegionScopeProps) {
    super(scope, id);
    checkRequired(this, 'provider', props?.provider, 'the AwsProvider (alias) of the region');
    if (!(props.provider instanceof TerraformProvider) || props.provider.terraformResourceType !== 'aws') {
      throw new InvalidPropError(this, 'provider', props.provider, 'must be an AwsProvider');
    }
    Object.defineProperty(this, REGION_SCOPE, { value: true });
    this.provider = props.provider;
    Aspects.of(this).add(new ProviderForScope(props.provider));
  }
}
