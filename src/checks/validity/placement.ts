/**
 * Where a resource lives, as far as the stack says: the provider
 * configuration it uses, that configuration's Region (a literal AWS knows;
 * a variable or an unset Region is unknown), the partition, and the account
 * the configuration acts in.
 */
import { blocks, isReference, JsonObject, list, str } from '../json';
import { ProviderConfiguration, TerraformJsonResource, TerraformJsonStack } from '../stack';
import { ValidityEvaluator } from './evaluator';

/** A resource's place. */
export interface Placement {
  /** The key of its provider configuration (`aws`, `aws.recovery`). */
  readonly provider: string;
  /** Its Region, when known: the resource's own literal `region` argument, else its provider's. */
  readonly region?: string;
  /** The partition of {@link region}. */
  readonly partition?: string;
  /**
   * The account its provider acts in, as the configuration tells it: the
   * account of `assume_role.role_arn`, the one `allowed_account_ids` allows,
   * a named `profile`, or '' for the credentials' default. Undefined when an
   * expression decides it.
   */
  readonly account?: string;
  /** The resource's own `region` argument as written, when it has one (a literal or an expression). */
  readonly ownRegion?: string;
}

/** A provider configuration's Region and account. */
interface ProviderPlace {
  /** A Region AWS has; undefined when unknown, unset or not a Region (that is a finding on the provider). */
  readonly region?: string;
  readonly account?: string;
}

function accountOf(config: JsonObject): string | undefined {
  const roles = blocks(config.assume_role);
  if (roles.length > 0) {
    const arn = str(roles[0].role_arn);
    if (arn === undefined || isReference(arn)) return undefined;
    const account = arn.split(':')[4];
    return account ? `account:${account}` : undefined;
  }
  const allowed = list(config.allowed_account_ids);
  if (allowed !== undefined) {
    if (allowed.length === 1 && typeof allowed[0] === 'string' && !isReference(allowed[0])) return `account:${allowed[0]}`;
    return undefined;
  }
  if (config.allowed_account_ids !== undefined) return undefined;
  const profile = config.profile;
  if (profile !== undefined) return typeof profile === 'string' && !isReference(profile) ? `profile:${profile}` : undefined;
  return '';
}

function providerPlace(provider: ProviderConfiguration | undefined, evaluator: ValidityEvaluator): ProviderPlace {
  // No provider block: the Region comes from the environment, the default credentials act.
  if (provider === undefined) return { account: '' };
  const region = str(provider.config.region);
  const known = region !== undefined && !isReference(region) && evaluator.partitionOfRegion(region) !== undefined ? region : undefined;
  const account = accountOf(provider.config);
  return { ...(known !== undefined ? { region: known } : {}), ...(account !== undefined ? { account } : {}) };
}

/** The Region of an ARN argument the resource itself has (states record `arn`), when it names a Region. */
function arnRegion(resource: TerraformJsonResource, evaluator: ValidityEvaluator): string | undefined {
  const arn = str(resource.body.arn);
  const region = arn !== undefined && !isReference(arn) && arn.startsWith('arn:') ? arn.split(':')[3] : undefined;
  return region !== undefined && evaluator.partitionOfRegion(region) !== undefined ? region : undefined;
}

/** Options of {@link placements}. */
export interface PlacementOptions {
  /**
   * Take a resource's Region from its own `arn` when its provider does not
   * say (a state records every resource's ARN; a configuration's `arn`
   * arguments name other resources).
   * @default false
   */
  readonly regionFromArn?: boolean;
}

/**
 * The placement of each resource of a stack, worked out per provider
 * configuration and own Region rather than kept per resource (the family asks
 * it once per resource of 50,000, in one pass: a map of them all would only
 * grow the heap).
 */
export class Placements {
  private readonly byProvider = new Map<string, ProviderPlace>();
  // Resources of one provider configuration and one own Region share one placement object.
  private readonly shared = new Map<string, Placement>();

  constructor(
    private readonly stack: TerraformJsonStack,
    private readonly evaluator: ValidityEvaluator,
    private readonly options: PlacementOptions = {},
  ) {}

  /** The placement of a resource of the stack. */
  public of(r: TerraformJsonResource): Placement {
    const key = this.stack.providerKeyOf(r);
    const own = str(r.body.region);
    const fromArn = own === undefined && this.options.regionFromArn ? arnRegion(r, this.evaluator) : undefined;
    // Most resources have neither: their provider key alone is the key (no string to build and hash).
    const sharedKey = own === undefined && fromArn === undefined ? key : `${key}\u0000${own ?? ''}\u0000${fromArn ?? ''}`;
    let placement = this.shared.get(sharedKey);
    if (placement === undefined) {
      let place = this.byProvider.get(key);
      if (place === undefined) {
        place = providerPlace(this.stack.providerOf(r), this.evaluator);
        this.byProvider.set(key, place);
      }
      const ownKnown = own !== undefined && !isReference(own) && this.evaluator.partitionOfRegion(own) !== undefined ? own : undefined;
      // A resource's own region argument (provider 6) moves it; an expression there leaves its Region unknown.
      const region = own !== undefined ? ownKnown : (place.region ?? fromArn);
      const partition = region !== undefined ? this.evaluator.partitionOfRegion(region) : undefined;
      placement = {
        provider: key,
        ...(region !== undefined ? { region } : {}),
        ...(partition !== undefined ? { partition } : {}),
        ...(place.account !== undefined ? { account: place.account } : {}),
        ...(own !== undefined ? { ownRegion: own } : {}),
      };
      this.shared.set(sharedKey, placement);
    }
    return placement;
  }
}
