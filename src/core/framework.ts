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
import { App, TerraformElement, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { describeValue, ForeignConstruct, FrameworkIdentity, FrameworkMismatchError } from './errors';
// Every construct calls checkFramework first: from then on, error messages render tokens as their expressions.
import './tokens';

export { ForeignConstruct, FrameworkIdentity, FrameworkMismatchError, libraryPackageFor } from './errors';

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

/** The CDK frameworks a class can come from; a jsii fqn rooted in one of them is the framework's own class. */
const FRAMEWORKS: readonly string[] = ['cdktf', 'cdktn'];
/** How far up a class chain to look: a provider class sits two steps below the framework's TerraformElement. */
const MAX_CLASS_DEPTH = 12;

/** Where a construct's class comes from, read from the jsii type information on its class chain. */
export interface ConstructOrigin {
  /** The framework its class is built on (`cdktf.TerraformProvider` on the chain: cdktf), when one is. */
  readonly framework?: FrameworkIdentity;
  /**
   * The jsii package of the class (`@cdktf/provider-aws`) when it is a
   * prebuilt binding; `undefined` for the framework's own classes and for
   * bindings generated into a project, which carry no type information.
   */
  readonly packageName?: string;
}

/**
 * The framework and package of a construct's class, from the jsii type
 * information (`{ fqn: '@cdktf/provider-aws.provider.AwsProvider' }`) each
 * class of the framework and of the prebuilt providers carries. A few
 * prototype steps and no import: the other framework need not be installed.
 */
export function originOf(value: object): ConstructOrigin {
  let packageName: string | undefined;
  let cls: unknown = value.constructor;
  for (let depth = 0; typeof cls === 'function' && depth < MAX_CLASS_DEPTH; depth++, cls = Object.getPrototypeOf(cls)) {
    const rtti = Object.prototype.hasOwnProperty.call(cls, JSII_RTTI) ? ((cls as any)[JSII_RTTI] as { fqn?: unknown; version?: unknown }) : undefined;
    if (!rtti || typeof rtti.fqn !== 'string') continue;
    const root = rtti.fqn.split('.')[0];
    if (FRAMEWORKS.includes(root)) return { framework: { name: root, version: String(rtti.version) }, packageName };
    packageName ??= root;
  }
  return { packageName };
}

/** The Terraform provider a provider or resource object is generated for (`aws`), from its generator metadata. */
function providerNameOf(value: object): string | undefined {
  const name = (value as { terraformGeneratorMetadata?: { providerName?: unknown } }).terraformGeneratorMetadata?.providerName;
  return typeof name === 'string' ? name : undefined;
}

/**
 * What to install on `framework` in place of a construct's package: the
 * prebuilt providers swap scope (`@cdktf/provider-aws` for
 * `@cdktn/provider-aws`); there is no `@cdktn/provider-kubernetes`, and
 * cdktn-reliability ships those bindings; other providers need bindings from
 * `cdktn get` (or `cdktf get`); a framework class, the framework itself.
 */
export function counterpartPackage(framework: string, packageName: string | undefined, providerName: string | undefined): string {
  const scoped = packageName?.match(/^@(?:cdktf|cdktn)\/provider-(.+)$/);
  const provider = scoped ? scoped[1] : providerName;
  if (provider === undefined) return packageName ? `the ${framework} build of ${packageName}` : framework;
  if (framework === 'cdktn' && provider === 'kubernetes') return 'cdktn-reliability/kubernetes-provider/<resource> (the bindings cdktn-reliability ships; there is no @cdktn/provider-kubernetes)';
  if (framework === 'cdktf' || provider === 'aws') return `@${framework}/provider-${provider}`;
  return `bindings for ${provider} from \`${framework} get\``;
}

/**
 * Throws {@link FrameworkMismatchError} when `value`, a construct the
 * library was handed (a provider, a resource) or found in the stack (the
 * stack's default provider), comes from another CDK framework than this
 * build of the library (an `@cdktf/provider-aws` provider in a cdktn app) or
 * from another copy of it, naming the package to swap. Anything else passes,
 * for the caller's own check to refuse. `prop` says where the value came
 * from (`provider`, `the stack's AWS provider`).
 */
export function checkConstructFramework(scope: IConstruct, prop: string, value: unknown): void {
  if (value === null || typeof value !== 'object' || value instanceof TerraformElement) return;
  const origin = originOf(value);
  if (!origin.framework) return;
  if (origin.framework.name === FRAMEWORK.name && (value instanceof TerraformStack || value instanceof App)) return;
  const providerName = providerNameOf(value);
  const foreign: ForeignConstruct = {
    prop,
    description: describeValue(value),
    packageName: origin.packageName ?? (providerName !== undefined ? `${providerName} bindings` : origin.framework.name),
    replacement: counterpartPackage(FRAMEWORK.name, origin.packageName, providerName),
  };
  throw new FrameworkMismatchError(scope.node.path, FRAMEWORK, origin.framework, foreign);
}
