import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { checkConstructFramework } from './framework';

/**
 * The stack's default (un-aliased) provider of a Terraform provider type
 * (`aws`, `kubernetes`), which resources use when given none; `undefined`
 * when the stack has none. One of another framework (an
 * `@cdktf/provider-aws` provider in a cdktn app: cdktn kept cdktf's brands, so
 * it is a provider to `isTerraformProvider` but not to `instanceof`) is
 * refused with a `FrameworkMismatchError` naming the package to swap, rather
 * than passed over as if the stack had no provider. `what` names it in that
 * error (`the stack's AWS provider`).
 */
export function defaultProviderOf(scope: IConstruct, type: string, what: string): TerraformProvider | undefined {
  for (const c of TerraformStack.of(scope).node.children) {
    if (!TerraformProvider.isTerraformProvider(c) || c.terraformResourceType !== type || c.alias) continue;
    if (c instanceof TerraformProvider) return c;
    checkConstructFramework(scope, what, c);
  }
  return undefined;
}
