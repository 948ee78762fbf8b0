import { Annotations, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';

const raised = new WeakMap<TerraformStack, string>();

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
 * Raises the stack's `required_providers.aws.version` to `~> <minVersion>`
 * (at least that version, below the next major) because `user` needs a
 * resource the pinned provider lacks. `@cdktf/provider-aws` writes its own
 * exact version (6.25.0 for 21.x), with which such a stack cannot even plan;
 * this override replaces it, for this stack only, and says so in a warning
 * on `user`. Calling it again with a lower version keeps the higher one.
 */
export function requireAwsProvider(user: IConstruct, minVersion: string, why: string): void {
  const stack = TerraformStack.of(user);
  const current = raised.get(stack);
  if (current === undefined || compare(minVersion, current) > 0) {
    const major = minVersion.split('.')[0];
    const [, minor] = minVersion.split('.');
    // `~> 6.44` allows 6.44.0 and every later 6.x; the bindings are generated for 6.x.
    stack.addOverride('terraform.required_providers.aws.version', `~> ${major}.${minor}`);
    raised.set(stack, minVersion);
  }
  Annotations.of(user).addWarning(
    `this stack now requires hashicorp/aws ~> ${minVersion.split('.').slice(0, 2).join('.')} (at least ${minVersion}) instead of the version @cdktf/provider-aws pins: ${why}. Run \`terraform init -upgrade\` before the next plan.`,
  );
}
