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

/** jsii's run-time type information, which every cdktf and cdktn class carries: `{ fqn: 'cdktf.TerraformStack', version: '0.21.0' }`. */
const JSII_RTTI = Symbol.for('jsii.rtti');

/** A CDK framework as its classes identify it. */
export interface FrameworkIdentity {
  /** `cdktf` or `cdktn` (the first part of the jsii fully qualified name). */
  readonly name: string;
  /** Version of the framework package the class comes from. */
  readonly version: string;
}

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

/** The package of this library for a framework: `cdktf-reliability` or `cdktn-reliability`. */
export function libraryPackageFor(framework: string): string {
  return `${framework}-reliability`;
}

/**
 * Thrown when a construct of this library is created in a stack or app of
 * another CDK framework (cdktf and cdktn loaded in one app), or of another
 * copy of the same framework.
 */
export class FrameworkMismatchError extends Error {
  /** Path of the construct that was being created. */
  public readonly constructPath: string;
  /** The framework this library was built for. */
  public readonly libraryFramework: FrameworkIdentity;
  /** The framework of the stack (or app) the construct was added to, when it can be told. */
  public readonly appFramework: FrameworkIdentity | undefined;

  constructor(constructPath: string, appFramework: FrameworkIdentity | undefined, container: 'stack' | 'app') {
    const ours = `${libraryPackageFor(FRAMEWORK.name)} is built for ${FRAMEWORK.name} ${FRAMEWORK.version}`;
    let message: string;
    if (appFramework && appFramework.name !== FRAMEWORK.name) {
      const wanted = libraryPackageFor(appFramework.name);
      message =
        `${constructPath}: ${ours}, but this ${container} is a ${appFramework.name} ${appFramework.version} ${container}: ` +
        `cdktf and cdktn are both loaded in this app, and their constructs cannot be mixed. ` +
        `Install ${wanted} (npm install ${wanted}) and import the constructs from it instead of ${libraryPackageFor(FRAMEWORK.name)}.`;
    } else {
      const theirs = appFramework ? `${appFramework.name} ${appFramework.version}` : 'an unknown framework';
      message =
        `${constructPath}: ${ours}, but this ${container} comes from another copy (${theirs}) of the framework: ` +
        `two copies of ${FRAMEWORK.name} are loaded in this app. Keep one (\`npm ls ${FRAMEWORK.name}\` shows them) ` +
        `so that ${libraryPackageFor(FRAMEWORK.name)} and your app share it.`;
    }
    super(message);
    this.name = 'FrameworkMismatchError';
    this.constructPath = constructPath;
    this.libraryFramework = FRAMEWORK;
    this.appFramework = appFramework;
  }
}

/**
 * Throws {@link FrameworkMismatchError} unless the stack `scope` is in (and
 * the app at its root, if it is one) come from the same framework copy as
 * this library. Call it first in every construct's constructor.
 */
export function checkFramework(scope: IConstruct): void {
  const stack = scope.node.scopes.slice().reverse().find((s) => TerraformStack.isStack(s));
  if (stack && !(stack instanceof TerraformStack)) throw new FrameworkMismatchError(scope.node.path, frameworkOf(stack), 'stack');
  const root = scope.node.root;
  if (App.isApp(root) && !(root instanceof App)) throw new FrameworkMismatchError(scope.node.path, frameworkOf(root), 'app');
}
