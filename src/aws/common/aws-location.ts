import { TerraformProvider, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { RegionScope } from './region-scope';

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

/** The AWS provider a resource in this scope uses: the one given, that of the enclosing `RegionScope`, or the stack's default (un-aliased) one. */
export function awsProviderOf(scope: IConstruct, provider?: TerraformProvider): TerraformProvider | undefined {
  if (provider) return provider;
  const regional = RegionScope.of(scope);
  if (regional) return regional.provider;
  const stack = TerraformStack.of(scope);
  return stack.node.children.find(
    (c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'aws' && !(c as TerraformProvider).alias,
  );
}

/**
 * Where an AWS physical name must be unique, as far as synth can tell: the
 * provider's region and what it says of the account (allowed account ids,
 * assumed role, profile). When the region is not known at synth, names are
 * compared within the provider's own stack only.
 */
export function awsLocation(scope: IConstruct, provider?: TerraformProvider): string {
  const p = awsProviderOf(scope, provider) as AwsProviderLike | undefined;
  const region = knownText(p?.regionInput);
  if (!p || region === undefined) {
    const owner = p ? p.node.path : TerraformStack.of(scope).node.path;
    return `aws provider ${owner}`;
  }
  const account = knownText(p.allowedAccountIdsInput) ?? knownText(p.assumeRoleInput) ?? knownText(p.profileInput);
  return `aws ${region}${account ? ` ${account}` : ''}`;
}

/** The provider's region when known at synth. */
export function awsRegionOf(scope: IConstruct, provider?: TerraformProvider): string | undefined {
  return knownText((awsProviderOf(scope, provider) as AwsProviderLike | undefined)?.regionInput);
}
