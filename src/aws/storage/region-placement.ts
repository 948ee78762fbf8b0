import { checkAwsProvider } from '../common/provider-prop';
import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkBySpec } from '../../core/prop-spec';
import { isUnresolved } from '../../core/tokens';
import { checkKeys, checkObject, checkString } from '../../core/prop-types';
import { checkPattern } from '../../core/validation';
import { IAlarmRouting } from '../common/alarm-routing';
import { awsLocation, awsRegionOf, checkRegionName } from '../common/aws-location';
import { PLACEMENTS } from './private/storage-placement';

/**
 * A region that holds a copy of the data: give the region, an AWS provider
 * configured for it (an alias), or both.
 *
 * With only `region`, the resources there are placed with the AWS
 * provider's per-resource `region` argument (hashicorp/aws 6.0 and later),
 * so no provider alias is needed. With a `provider`, they use it (its
 * account, role and default tags).
 */
export interface RecoveryRegion {
  /**
   * AWS region name, e.g. `eu-central-1`.
   * @default - the region of `provider` (which must then be known at synth)
   */
  readonly region?: string;
  /**
   * AWS provider (an alias) for the region.
   * @default - the stack's default AWS provider, with each resource's `region` argument set
   */
  readonly provider?: TerraformProvider;
}

/** Where a construct places the resources of one region. */
export interface RegionPlacement {
  /** The region name (known at synth). */
  readonly region: string;
  /** The provider alias. @default - none: resources use the default provider with the `region` argument */
  readonly provider?: TerraformProvider;
  /** Spread into a resource's config: `{ provider }` or `{ region }`. */
  readonly resourceConfig: { readonly provider?: TerraformProvider; readonly region?: string };
  /** Where a physical name must be unique there (for `claimName`). */
  readonly location: string;
}

const REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
const RECOVERY_REGION_KEYS = ['region', 'provider'];

/** The primary region of a construct: the stack's default AWS provider's region, which must be known at synth. */
export function primaryPlacement(scope: IConstruct, what: string): RegionPlacement {
  const region = awsRegionOf(scope);
  if (region === undefined) {
    throw new InvalidPropError(scope, 'provider.region', undefined, `must be known at synth: ${what} compares it with the recovery regions (configure the stack's AWS provider with a literal region)`);
  }
  return { region, resourceConfig: {}, location: awsLocation(scope) };
}

/**
 * Checks a {@link RecoveryRegion} from a TS, JS or YAML caller and resolves
 * it: the region must be known at synth and differ from the primary region
 * (a copy in the same region does not survive the region).
 */
export function placeRecoveryRegion(
  scope: IConstruct,
  prop: string,
  spec: RecoveryRegion | undefined,
  primary: RegionPlacement,
  extraKeys: readonly string[] = [],
): RegionPlacement {
  checkObject(scope, prop, spec);
  if (spec === undefined || spec === null) throw new InvalidPropError(scope, prop, spec, 'is required: a region (and optionally a provider alias for it)');
  checkKeys(scope, prop, spec, [...RECOVERY_REGION_KEYS, ...extraKeys]);
  const provider = spec.provider;
  checkAwsProvider(scope, `${prop}.provider`, provider, 'an alias configured for the recovery region');
  checkString(scope, `${prop}.region`, spec.region);
  const providerRegion = provider ? awsRegionOf(scope, provider) : undefined;
  const region = spec.region ?? providerRegion;
  if (region === undefined) {
    const why = provider ? `the provider ${provider.node.path} has no region known at synth; give region` : 'give region, or a provider configured for the region';
    throw new InvalidPropError(scope, `${prop}.region`, undefined, `is required: ${why}`);
  }
  if (isUnresolved(region)) {
    throw new InvalidPropError(scope, `${prop}.region`, region, 'must be known at synth, not a Terraform variable or reference: it decides where the copy is created and is compared with the primary region');
  }
  checkPattern(scope, `${prop}.region`, region, REGION_PATTERN, 'an AWS region name such as eu-central-1');
  // A Region of the right form that AWS does not have (eu-west-9) fails every call at plan.
  checkRegionName(scope, `${prop}.region`, region);
  if (providerRegion !== undefined && providerRegion !== region) {
    throw new InvalidPropError(scope, `${prop}.region`, region, `must match the region of ${prop}.provider (${providerRegion})`);
  }
  if (region === primary.region) {
    throw new InvalidPropError(scope, `${prop}.region`, region, `must differ from the primary region ${primary.region}: a copy in the same region is lost with the region`);
  }
  if (provider) {
    const location = awsLocation(scope, provider);
    const [own, theirs] = [accountOf(primary.location), accountOf(location)];
    if (own && theirs && own !== theirs) {
      throw new InvalidPropError(scope, `${prop}.provider`, provider.node.path, `must reach the same account as the stack's provider (${own}, not ${theirs}): the copy is created and replicated within one account`);
    }
    return { region, provider, resourceConfig: { provider }, location };
  }
  // Same account as the default provider, another region.
  const base = primary.location;
  const location = base.startsWith(`aws ${primary.region}`) ? `aws ${region}${base.slice(`aws ${primary.region}`.length)}` : `${base} region ${region}`;
  return { region, resourceConfig: { region }, location };
}

/** What a location says of the account (allowed account ids, assumed role or profile), when it says anything. */
function accountOf(location: string): string | undefined {
  const parts = location.split(' ');
  return parts[0] === 'aws' && parts[1] !== 'provider' && parts.length > 2 ? parts.slice(2).join(' ') : undefined;
}

/** Refuses two recovery placements in one region (a region holds one copy). */
export function checkDistinctRegions(scope: IConstruct, prop: string, placements: readonly RegionPlacement[]): void {
  checkBySpec(scope, prop, placements, PLACEMENTS);
  const seen = new Set<string>();
  placements.forEach((p, i) => {
    if (seen.has(p.region)) throw new InvalidPropError(scope, `${prop}[${i}].region`, p.region, 'must not repeat an earlier region: a region holds one replica');
    seen.add(p.region);
  });
}

/**
 * Refuses an alarm routing whose topics are in another region than the alarms it would serve: a CloudWatch
 * alarm can only notify an SNS topic of its own region (PutMetricAlarm fails with "Invalid region").
 */
export function checkRoutingRegion(scope: IConstruct, prop: string, routing: IAlarmRouting | undefined, region: string): void {
  const routed = routing?.region;
  if (routed === undefined || isUnresolved(routed) || routed === region) return;
  throw new InvalidPropError(scope, prop, routed, `must notify topics in ${region}, where its alarms are: a CloudWatch alarm can only notify an SNS topic in its own region`);
}
