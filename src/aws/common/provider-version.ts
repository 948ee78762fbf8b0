import { Annotations, TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

const raised = new WeakMap<TerraformStack, string>();
const EXACT = /^\d+\.\d+\.\d+$/;

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/** The AWS provider version the stack requires after {@link requireAwsProvider}, if it was raised. */
export function raisedAwsProviderVersion(scope: IConstruct): string | undefined {
  return raised.get(TerraformStack.of(scope));
}

/**
 * The exact hashicorp/aws version the stack's AWS provider bindings pin (cdktf writes it as
 * `required_providers.aws.version`): 6.25.0 for `@cdktf/provider-aws` 21, 6.66.0 for
 * `@cdktn/provider-aws` 25. `undefined` when the stack has no AWS provider yet, or its bindings
 * carry only a constraint (`cdktf get` with `~> 6.0`).
 */
export function pinnedAwsProviderVersion(scope: IConstruct): string | undefined {
  const versions = TerraformStack.of(scope)
    .node.findAll()
    .filter((c): c is TerraformProvider => c instanceof TerraformProvider && c.terraformResourceType === 'aws')
    .map((p) => p.terraformGeneratorMetadata?.providerVersion)
    .filter((v): v is string => typeof v === 'string' && EXACT.test(v));
  // Every AWS provider of a stack comes from the same bindings; the lowest is the safe reading if not.
  return versions.sort(compare)[0];
}

/**
 * Makes the stack's `required_providers.aws.version` allow `minVersion`
 * because `user` needs a resource or data source that appeared in it. When
 * the bindings already pin that version or a later one (cdktn's
 * `@cdktn/provider-aws` 25 pins 6.66.0), nothing changes: the exact pin is
 * kept. Otherwise (`@cdktf/provider-aws` 21 pins 6.25.0, with which such a
 * stack cannot even plan) the constraint becomes `~> <major>.<minor>` of
 * `minVersion`, for this stack only, with a warning on `user`. Calling it
 * again with a lower version keeps the higher one.
 */
export function requireAwsProvider(user: IConstruct, minVersion: string, why: string): void {
  const stack = TerraformStack.of(user);
  const pinned = pinnedAwsProviderVersion(stack);
  if (pinned !== undefined && compare(pinned, minVersion) >= 0) return;
  const current = raised.get(stack);
  if (current === undefined || compare(minVersion, current) > 0) {
    const [major, minor] = minVersion.split('.');
    // `~> 6.44` allows 6.44.0 and every later 6.x; the bindings are generated for 6.x.
    stack.addOverride('terraform.required_providers.aws.version', `~> ${major}.${minor}`);
    raised.set(stack, minVersion);
  }
  Annotations.of(user).addWarning(
    `this stack now requires hashicorp/aws ~> ${minVersion.split('.').slice(0, 2).join('.')} (at least ${minVersion}) instead of the version the AWS provider bindings pin (${pinned ?? 'unknown: no AWS provider in the stack yet'}): ${why}. Run \`terraform init -upgrade\` before the next plan.`,
  );
}
