/**
 * Which CDK framework this build of the library runs on, and the check that
 * its constructs sit in an app of the same framework.
 *
 * The library ships twice from one source: `cdktf-reliability` (imports
 * `cdktf`) and `cdktn-reliability` (the same code with its imports rewritten
 * to CDK Terrain, `cdktn`). cdktn kept cdktf's construct brands, so a
 * construct of one framework can be added to a stack of the other without a
 * type error, and synthesis then crashes deep inside the framework
 * (`_resetResolveDiscoveredProviderFeatureUsage is not a function`). Every
 * construct of the library calls {@link checkFramework} first, which turns
 * that into an error naming the package to install.
 */
import { App, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { FrameworkIdentity, FrameworkMismatchError } from './errors';
// Every construct calls checkFramework first: from then on, error messages render tokens as their expressions.
import './tokens';

export { FrameworkIdentity, FrameworkMismatchError, libraryPackageFor } from './errors';

/** jsii's run-time type information, which every cdktf and cdktn class carries: `{ fqn: 'cdktf.TerraformStack', version: '0.21.0' }`. */
const JSII_RTTI = Symbol.for('jsii.rtti');

/** The framework of the class of `value`, read from the jsii type information on its class chain. */
export function frameworkOf(value: object): FrameworkIdentity | undefined {
  return frameworkOfClass(value.constructor);
}

function frameworkOfClass(cls: unknown): FrameworkIdentity | undefined {
  const rtti = (cls as any)?.[JSII_RTTI] as { fqn?: unknown; version?: unknown } | undefined;
  if (!rtti || typeof rtti.fqn !== 'string') return undefined;
  return { name: rtti.fqn.split('.')[0], version: String(rtti.version) };
}

/** The framework this build of the library was built for (`cdktf` in cdktf-reliability, `cdktn` in cdktn-reliability). */
export const FRAMEWORK: FrameworkIdentity = frameworkOfClass(TerraformStack) ?? { name: 'cdktf', version: 'unknown' };

/**
 * Throws {@link FrameworkMismatchError} unless the stack `scope` is in (and
 * the app at its root, if it is one) come from the same framework copy as
 * this library. Call it first in every construct's constructor.
 */
export function checkFramework(scope: IConstruct): void {
  const stack = scope.node.scopes.slice().reverse().find((s) => TerraformStack.isStack(s));
  if (stack && !(stack instanceof TerraformStack)) throw new FrameworkMismatchError(scope.node.path, FRAMEWORK, frameworkOf(stack), 'stack');
  const root = scope.node.root;
  if (App.isApp(root) && !(root instanceof App)) throw new FrameworkMismatchError(scope.node.path, FRAMEWORK, frameworkOf(root), 'app');
}
