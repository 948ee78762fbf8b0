import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { parseArn } from '../../aws-validity/facts/arns';
import { isKnownRegion, partitionOfRegion, REGIONS, REGIONS_SOURCE } from '../../aws-validity/facts/regions';
import { InvalidPropError } from '../../core/errors';
import { defaultProviderOf } from '../../core/default-provider';
import { didYouMean } from '../../core/spelling';
import { nearestRegionScope } from './private/region-scope-brand';

interface AwsProviderLike extends TerraformProvider {
  readonly regionInput?: string;
  readonly profileInput?: string;
  readonly allowedAccountIdsInput?: string[];
  readonly assumeRoleInput?: unknown;
}

/** The value as text when synth knows it; `undefined` for a token or nothing. (Not `core/user-text`'s `literal`, which escapes.) */
function knownText(value: unknown): string | undefined {
  if (value === undefined || value === null || Token.isUnresolved(value)) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const ALL_REGIONS: readonly string[] = Object.values(REGIONS).flat();

/** The AWS provider a resource in this scope uses: the one given, that of the enclosing `RegionScope`, or the stack's default (un-aliased) one. */
export function awsProviderOf(scope: IConstruct, provider?: TerraformProvider): TerraformProvider | undefined {
  if (provider) return provider;
  const regional = nearestRegionScope(scope);
  if (regional) return regional.provider;
  return defaultProviderOf(scope, 'aws', "the stack's AWS provider");
}

/**
 * Refuses a Region name AWS does not have (`eu-west-9`, `EU-WEST-1`, `eu-west-1a`): the provider would fail every
 * call at plan, and the library would compare names, zones and ARNs against it. `prop` is the construct's prop
 * the value came from.
 */
export function checkRegionName(scope: IConstruct, prop: string, region: string, whose = ''): void {
  if (isKnownRegion(region)) return;
  const hint = didYouMean(region, ALL_REGIONS);
  throw new InvalidPropError(
    scope,
    prop,
    region,
    `must be an AWS Region${whose}: ${JSON.stringify(region)} is none${hint ? ` (did you mean "${hint}"?)` : ''}; Region names are lower-case, such as eu-west-1 (${REGIONS_SOURCE.title})`,
  );
}

/**
 * The provider's Region when synth knows it, refused when it is no AWS Region. The one place the library reads a
 * provider's Region: {@link awsRegionOf}, {@link awsLocation} and the provider prop check use it. `prop` names the
 * construct's provider prop; when the provider is the enclosing `RegionScope`'s or the stack's default, the error
 * says which one the construct fell back to.
 */
function providerRegion(scope: IConstruct, provider: TerraformProvider | undefined, prop: string): { provider?: AwsProviderLike; region?: string } {
  const p = awsProviderOf(scope, provider) as AwsProviderLike | undefined;
  const region = knownText(p?.regionInput);
  if (p && region !== undefined) {
    const whose = provider ? ` (the region of ${p.node.path})` : ` (the region of ${p.node.path}, the provider this construct uses when no ${prop} is given)`;
    checkRegionName(scope, prop, region, whose);
  }
  return { provider: p, region };
}

/**
 * Where an AWS physical name must be unique, as far as synth can tell: the
 * provider's region and what it says of the account (allowed account ids,
 * assumed role, profile). When the region is not known at synth, names are
 * compared within the provider's own stack only. A Region AWS does not have is
 * refused, naming `prop`.
 */
export function awsLocation(scope: IConstruct, provider?: TerraformProvider, prop = 'provider'): string {
  const { provider: p, region } = providerRegion(scope, provider, prop);
  if (!p || region === undefined) {
    const owner = p ? p.node.path : TerraformStack.of(scope).node.path;
    return `aws provider ${owner}`;
  }
  const account = knownText(p.allowedAccountIdsInput) ?? knownText(p.assumeRoleInput) ?? knownText(p.profileInput);
  return `aws ${region}${account ? ` ${account}` : ''}`;
}

/** The provider's region when known at synth; a Region AWS does not have is refused, naming `prop`. */
export function awsRegionOf(scope: IConstruct, provider?: TerraformProvider, prop = 'provider'): string | undefined {
  return providerRegion(scope, provider, prop).region;
}

/** Checks the Region of a provider a construct was given (the provider prop's own check). */
export function checkProviderRegion(scope: IConstruct, prop: string, provider: TerraformProvider): void {
  providerRegion(scope, provider, prop);
}

/** What an ARN prop names and why it must be where the resource is. */
export interface ArnPlacement {
  /** The ARN must be in the resource's own Region (a KMS key, an ACM certificate); else only its partition must match (IAM). */
  readonly regional: boolean;
  /** Why, with its source, for the error (`a load balancer uses a certificate of its own Region (ELB User Guide, ...)`). */
  readonly why: string;
  /** The provider of the resource the ARN lands in. @default - the construct's (RegionScope or the stack's default) */
  readonly provider?: TerraformProvider;
}

/**
 * Refuses an ARN of another Region (for a Regional resource) or another partition than the resource it lands in,
 * when synth knows both: AWS refuses a KMS key or a certificate of another Region at apply, or later, when the
 * resource first uses it. Tokens, and ARNs without a Region, pass.
 */
export function checkArnPlacement(scope: IConstruct, prop: string, arn: unknown, placement: ArnPlacement): void {
  if (typeof arn !== 'string' || Token.isUnresolved(arn)) return;
  const parts = parseArn(arn);
  const region = awsRegionOf(scope, placement.provider);
  if (!parts || region === undefined) return;
  const partition = partitionOfRegion(region);
  if (partition !== undefined && parts.partition !== partition) {
    throw new InvalidPropError(scope, prop, arn, `must be an ARN of the ${partition} partition, where the resource is (${region}): ${placement.why}`);
  }
  if (placement.regional && parts.region !== '' && parts.region !== region) {
    throw new InvalidPropError(scope, prop, arn, `must be in ${region}, the resource's Region (it is in ${parts.region}): ${placement.why}`);
  }
}

/**
 * Refuses alarm actions of another Region than the alarm's: CloudWatch notifies only SNS topics (and runs only
 * actions) of the alarm's own Region (Amazon CloudWatch API Reference, PutMetricAlarm AlarmActions: "arn:aws:sns:
 * region:account-id:sns-topic-name", the alarm's Region). A routing's declared Region can be missing or wrong, so
 * each literal action ARN is read. Tokens and an unknown alarm Region pass.
 */
export function checkAlarmActionsRegion(scope: IConstruct, prop: string, actions: readonly unknown[], region: string | undefined): void {
  if (region === undefined || Token.isUnresolved(region)) return;
  for (const action of actions) {
    if (typeof action !== 'string' || Token.isUnresolved(action)) continue;
    const parts = parseArn(action);
    if (!parts || parts.region === '' || parts.region === region) continue;
    throw new InvalidPropError(
      scope,
      prop,
      action,
      `must notify topics in ${region}, the alarm's Region (this action is in ${parts.region}): a CloudWatch alarm notifies only SNS topics of its own Region (CloudWatch API Reference, PutMetricAlarm AlarmActions); give a routing whose topics are in ${region}`,
    );
  }
}
