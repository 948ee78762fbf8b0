/**
 * The library's one error module. Pure: no cdktf import, so the SLO model,
 * the subnet planner and the `check` command can throw and catch these
 * without loading the framework.
 *
 * - {@link ReliabilityError}: the base; `catch (e) { if (isReliabilityError(e)) ... }`
 *   catches everything the library throws on purpose.
 * - {@link PropError}: a model (SLO, subnet plan) rejected a value; it knows
 *   the prop but not the construct. Constructs rethrow it as an
 *   {@link InvalidPropError} under their path. {@link SloDefinitionError} is
 *   the SLO model's.
 * - {@link InvalidPropError}: a construct rejected a prop at synth;
 *   {@link UnknownPropError}: one it does not know (usually misspelt).
 * - {@link NameCollisionError}: two constructs claim one physical name.
 * - {@link FrameworkMismatchError}: a construct created in a stack of another
 *   CDK framework (cdktf and cdktn in one app) or another copy of it.
 *
 * Every error carries a stable {@link ReliabilityError.code} and a brand
 * registered with `Symbol.for`, so `instanceof` and {@link isReliabilityError}
 * work across two loaded copies of the library (cdktf-reliability and
 * cdktn-reliability, or two versions in one `node_modules`).
 */

/** Stable codes of the library's errors: match on these rather than on messages. */
export const ERROR_CODES = Object.freeze({
  reliability: 'RELIABILITY_ERROR',
  prop: 'RELIABILITY_PROP',
  sloDefinition: 'RELIABILITY_SLO_DEFINITION',
  sloSpec: 'RELIABILITY_SLO_SPEC',
  invalidProp: 'RELIABILITY_INVALID_PROP',
  unknownProp: 'RELIABILITY_UNKNOWN_PROP',
  nameCollision: 'RELIABILITY_NAME_COLLISION',
  frameworkMismatch: 'RELIABILITY_FRAMEWORK_MISMATCH',
  stackFile: 'RELIABILITY_STACK_FILE',
});

/** A code of {@link ERROR_CODES}. */
export type ReliabilityErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/** The brand every error of this library carries: the codes of its class and of every class above it. */
const BRAND = Symbol.for('cdktf-reliability.error');

function brandOf(value: unknown): readonly string[] | undefined {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return undefined;
  const codes = (value as Record<symbol, unknown>)[BRAND];
  return Array.isArray(codes) ? codes : undefined;
}

/** True for any error this library throws on purpose, from this copy of the library or another. */
export function isReliabilityError(value: unknown): value is ReliabilityError {
  return brandOf(value) !== undefined;
}

/** True for an error of this library with the given code (or a subclass of it). */
export function hasErrorCode(value: unknown, code: ReliabilityErrorCode): boolean {
  return brandOf(value)?.includes(code) ?? false;
}

export class ReliabilityError extends Error {
  /** This class's code; every subclass sets its own. */
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.reliability;

  /** `instanceof` by brand and code, so it holds across copies of the library. */
  public static [Symbol.hasInstance](value: unknown): boolean {
    return hasErrorCode(value, this.code);
  }

  /** Stable code of this error, e.g. `RELIABILITY_INVALID_PROP`. */
  public readonly code: ReliabilityErrorCode;

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    // Keeps the prototype chain when the library is compiled to ES5-style classes.
    Object.setPrototypeOf(this, new.target.prototype);
    const codes: string[] = [];
    for (let c: unknown = new.target; typeof c === 'function' && typeof (c as { code?: unknown }).code === 'string'; c = Object.getPrototypeOf(c)) {
      const code = (c as unknown as { code: string }).code;
      if (!codes.includes(code)) codes.push(code);
    }
    this.code = codes[0] as ReliabilityErrorCode;
    Object.defineProperty(this, BRAND, { value: Object.freeze(codes), enumerable: false });
  }

  /**
   * What Node prints for this error (an uncaught one, `console.error`): the
   * message and stack, without a dump of its fields (`known`, `allowed`,
   * `value`), which repeat the message at length. The fields stay readable.
   */
  public [Symbol.for('nodejs.util.inspect.custom')](): string {
    return this.stack ?? `${this.name}: ${this.message}`;
  }
}

/** A construct-like thing with a path; `IConstruct` fits without importing `constructs`. */
export interface HasPath {
  readonly node: { readonly path: string };
}

type TokenRenderer = (value: unknown, scope: HasPath | undefined) => string | undefined;
let tokenRenderer: TokenRenderer | undefined;

/**
 * Lets the framework-aware part of `core` render unresolved tokens in error
 * messages as their Terraform expression (`${var.min}`), not as the number or
 * string that encodes them (`-8.1e+298`, `${TfToken[TOKEN.1]}`).
 * @internal
 */
export function setTokenRenderer(render: TokenRenderer): void {
  tokenRenderer = render;
}

/** The longest a value may take in an error message; longer renderings are cut with `...`. */
export const MAX_VALUE_LENGTH = 120;
/** How many keys of a class instance's summary are named. */
const SUMMARY_KEYS = 3;

/** The class name of an object that is not plain data (a construct, a provider, a Map), or `undefined` for a plain object or array. */
function className(value: object): string | undefined {
  if (Array.isArray(value)) return undefined;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null || proto === Object.prototype) return undefined;
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === 'string' && name !== '' ? name : 'object';
}

/** A construct's path, when the object is one (`node.path`), without importing `constructs`. */
function constructPathOf(value: object): string | undefined {
  try {
    const path = (value as { node?: { path?: unknown } }).node?.path;
    return typeof path === 'string' ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A class instance in a few words: `AwsProvider at payments/aws` for a
 * construct, `Foo {a, b, c, ...}` for anything else. Never its contents: a
 * provider or resource object serializes to hundreds of lines.
 */
function summarizeInstance(value: object, name: string): string {
  const path = constructPathOf(value);
  if (path !== undefined) return `${name} at ${path || '(root)'}`;
  const keys = Object.keys(value);
  if (keys.length === 0) return name;
  return `${name} {${keys.slice(0, SUMMARY_KEYS).join(', ')}${keys.length > SUMMARY_KEYS ? ', ...' : ''}}`;
}

/**
 * Renders a value for an error message: strings quoted, tokens as
 * expressions, plain objects and arrays as JSON with class instances inside
 * them summarized, class instances (constructs, providers) by class name and
 * path or a few keys, and everything cut at {@link MAX_VALUE_LENGTH} characters.
 * The one place the library formats a value for a message.
 */
export function describeValue(value: unknown, scope?: HasPath): string {
  const token = tokenRenderer?.(value, scope);
  let text: string;
  if (token !== undefined) text = `${token} (a token)`;
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined || typeof value === 'bigint') {
    text = String(value);
  } else if (typeof value === 'function' || typeof value === 'symbol') text = `a ${typeof value}`;
  else {
    const name = className(value);
    if (name !== undefined) text = summarizeInstance(value, name);
    else {
      try {
        text =
          JSON.stringify(value, function (this: unknown, key, v: unknown) {
            if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
            if (key !== '' && v !== null && typeof v === 'object') {
              const inner = className(v);
              if (inner !== undefined) return summarizeInstance(v, inner);
            }
            return v;
          }) ?? String(value);
      } catch {
        text = Array.isArray(value) ? `an array of ${value.length}` : 'an object';
      }
    }
  }
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 3)}...` : text;
}

/**
 * Keeps a rejected value off the error's enumerable properties: Node prints
 * an uncaught error's own enumerable properties in full, and a value that is a
 * provider or a resource is hundreds of lines. The value stays readable as
 * `error.value`; the message carries its summary.
 */
function hideValue(error: Error, value: unknown): void {
  Object.defineProperty(error, 'value', { value, enumerable: false, writable: false, configurable: true });
}

/** A value a model cannot honour: the prop, the value and what is allowed, but no construct path. */
export class PropError extends ReliabilityError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.prop;

  constructor(
    /** The prop, relative to what the model was given, e.g. `objective`. */
    public readonly prop: string,
    value: unknown,
    /** What would have been accepted, and why. */
    public readonly allowed: string,
  ) {
    super(`invalid ${prop} ${describeValue(value)}: ${allowed}`);
    hideValue(this, value);
  }

  /** The value that was given (not enumerable: an uncaught error would print it in full). */
  declare public readonly value: unknown;
}

/**
 * Thrown at synth when a construct is given a prop it cannot honour.
 *
 * The message names the construct path, the prop, the value and what is
 * allowed, so the person reading a failed `cdktf synth` knows where to look
 * without a stack trace.
 */
export class InvalidPropError extends ReliabilityError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.invalidProp;

  /** Path of the construct that rejected the prop, e.g. `stack/orders-db`. */
  public readonly constructPath: string;
  /** The prop, dotted for nested props, e.g. `subscriptions.page[0].endpoint`. */
  public readonly prop: string;
  /** The value that was given (not enumerable: an uncaught error would print it in full). */
  declare public readonly value: unknown;
  /** What would have been accepted. */
  public readonly allowed: string;

  constructor(scope: HasPath | string, prop: string, value: unknown, allowed: string) {
    const path = typeof scope === 'string' ? scope : scope.node.path;
    super(`${path}: invalid ${prop} ${describeValue(value, typeof scope === 'string' ? undefined : scope)}: ${allowed}`);
    this.constructPath = path;
    this.prop = prop;
    hideValue(this, value);
    this.allowed = allowed;
  }

  /** Rethrows a model's {@link PropError} under a construct path, with the prop prefixed (`slos[1].objective`). */
  public static from(scope: HasPath, propPrefix: string, error: PropError): InvalidPropError {
    return new InvalidPropError(scope, propPrefix ? `${propPrefix}.${error.prop}` : error.prop, error.value, error.allowed);
  }
}

/**
 * A construct (or a nested object of its props) was given a key it does not
 * know, usually a misspelt one: `stack/svc: unknown prop requiredCapcity (did
 * you mean requiredCapacity?); known: ...`. An {@link InvalidPropError}: its
 * `prop` is the unknown key's path and its `value` what was given under it.
 */
export class UnknownPropError extends InvalidPropError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.unknownProp;

  /** The known prop closest to the unknown one, with its path, when one is close. */
  public readonly suggestion: string | undefined;
  /** The props that are known at that level. */
  public readonly known: readonly string[];

  constructor(scope: HasPath | string, prop: string, value: unknown, known: readonly string[], suggestion?: string) {
    const hint = suggestion !== undefined ? ` (did you mean ${suggestion}?)` : '';
    const list = known.length > 0 ? `known: ${known.join(', ')}` : 'none is known here';
    super(scope, prop, value, `is not a known prop${hint}; ${list}`);
    // The name is the error here, not the value: say so instead of "invalid <name> <value>".
    this.message = `${this.constructPath}: unknown prop ${prop}${hint}; ${list}`;
    this.suggestion = suggestion;
    this.known = known;
  }
}

/**
 * Runs a model call (SLO, subnet plan) for a construct and rethrows a
 * {@link PropError} as an {@link InvalidPropError} under the construct's
 * path, with the prop prefixed (e.g. `slos[1].objective`).
 */
export function withPropPath<T>(scope: HasPath, propPrefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof PropError) throw InvalidPropError.from(scope, propPrefix, e);
    throw e;
  }
}

/** Two constructs of this library claim the same physical name in the same account and region (or namespace). */
export class NameCollisionError extends ReliabilityError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.nameCollision;

  constructor(
    /** What kind of name, e.g. `CloudWatch alarm`, `RDS identifier`. */
    public readonly kind: string,
    /** The name both claim. */
    public readonly physicalName: string,
    /** Path of the construct that claimed it first. */
    public readonly firstPath: string,
    /** Path of the construct that claimed it second. */
    public readonly secondPath: string,
    /** Where the name must be unique, e.g. `aws eu-west-1`. */
    public readonly where: string,
  ) {
    super(
      `${secondPath}: ${kind} name ${JSON.stringify(physicalName)} is already used by ${firstPath} (${where}); ` +
        'give one of them another id or name: AWS would reject or silently share the resource',
    );
  }
}

/**
 * Thrown by the SLO model for a definition it cannot honour. It carries the
 * prop, the value and what is allowed but no construct path (the model knows
 * nothing of constructs): constructs rethrow it as an `InvalidPropError`
 * under their own path.
 */
export class SloDefinitionError extends PropError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.sloDefinition;
}

/**
 * Thrown by the SLO file loaders (`loadOpenSlo`, `loadSlothSpec`): a
 * {@link SloDefinitionError} that also names the file, line and column of the
 * field, e.g. `slos.yaml:12:15: invalid spec.objectives[0].target 1.5: ...`.
 */
export class SloSpecError extends SloDefinitionError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.sloSpec;

  constructor(
    /** The file the text came from, or `<input>` when none was named. */
    public readonly file: string,
    /** Line of the field (1-based). */
    public readonly line: number,
    /** Column of the field (1-based). */
    public readonly column: number,
    field: string,
    value: unknown,
    allowed: string,
  ) {
    super(field, value, allowed);
    this.message = `${file}:${line}:${column}: ${this.message}`;
  }
}

/** A CDK framework as its classes identify it. */
export interface FrameworkIdentity {
  /** Package name: `cdktf` or `cdktn`. */
  readonly name: string;
  /** Version of the framework package the class comes from. */
  readonly version: string;
}

/** The package of this library for a framework: `cdktf-reliability` or `cdktn-reliability`. */
export function libraryPackageFor(framework: string): string {
  return `${framework}-reliability`;
}

/** A construct of another framework (or another copy of it) that the library was handed or found, for {@link FrameworkMismatchError}. */
export interface ForeignConstruct {
  /** Where it came from: the prop (`provider`) or the place it was found (`the stack's AWS provider`). */
  readonly prop: string;
  /** The construct in a few words (`AwsProvider at payments/aws`). */
  readonly description: string;
  /** The package its class comes from (`@cdktf/provider-aws`). */
  readonly packageName: string;
  /** What to install instead, for the library's framework (`@cdktn/provider-aws`). */
  readonly replacement: string;
}

/**
 * How to install a flavour of this library: the registry name, and the
 * tarball from a clone until the package is published (npm answers 404 for
 * a name that is not).
 */
export function installAdvice(packageName: string): string {
  const pack = packageName === 'cdktn-reliability' ? 'npm pack ./build/cdktn' : 'npm pack';
  return (
    `npm install ${packageName}; while it is not published on npm, install the tarball packed from a clone of the library ` +
    `(npm ci && npm run build && ${pack}): npm install /path/to/${packageName}-<version>.tgz`
  );
}

/**
 * Thrown when a construct of this library is created in a stack or app of
 * another CDK framework (cdktf and cdktn loaded in one app), or of another
 * copy of the same framework; or when it is handed (or finds in its stack) a
 * provider or resource of another framework, such as an `@cdktf/provider-aws`
 * provider in a cdktn app.
 */
export class FrameworkMismatchError extends ReliabilityError {
  public static readonly code: ReliabilityErrorCode = ERROR_CODES.frameworkMismatch;

  /** Path of the construct that was being created. */
  public readonly constructPath: string;
  /** The framework this library was built for. */
  public readonly libraryFramework: FrameworkIdentity;
  /** The framework of the stack, app or construct that does not match, when it can be told. */
  public readonly appFramework: FrameworkIdentity | undefined;
  /** The provider or resource of another framework, when that is what does not match. */
  public readonly foreign: ForeignConstruct | undefined;

  constructor(constructPath: string, libraryFramework: FrameworkIdentity, appFramework: FrameworkIdentity | undefined, container: 'stack' | 'app' | ForeignConstruct) {
    const library = libraryPackageFor(libraryFramework.name);
    const ours = `${library} is built for ${libraryFramework.name} ${libraryFramework.version}`;
    const theirs = appFramework ? `${appFramework.name} ${appFramework.version}` : 'an unknown framework';
    let message: string;
    if (typeof container === 'object') {
      const what = `${container.prop} (${container.description})`;
      message =
        appFramework && appFramework.name !== libraryFramework.name
          ? `${constructPath}: ${ours}, but ${what} comes from ${container.packageName}, built on ${theirs}: ` +
            `cdktf and cdktn are both loaded in this app, and their constructs cannot be mixed. ` +
            `Swap ${container.packageName} for ${container.replacement} and import the class from it.`
          : `${constructPath}: ${ours}, but ${what} is built on another copy (${theirs}) of the framework: ` +
            `two copies of ${libraryFramework.name} are loaded in this app. Keep one (\`npm ls ${libraryFramework.name}\` shows them) ` +
            `so that ${library}, ${container.packageName} and your app share it.`;
    } else if (appFramework && appFramework.name !== libraryFramework.name) {
      const wanted = libraryPackageFor(appFramework.name);
      message =
        `${constructPath}: ${ours}, but this ${container} is a ${appFramework.name} ${appFramework.version} ${container}: ` +
        `cdktf and cdktn are both loaded in this app, and their constructs cannot be mixed. ` +
        `Install ${wanted} (${installAdvice(wanted)}) and import the constructs from it instead of ${library}.`;
    } else {
      message =
        `${constructPath}: ${ours}, but this ${container} comes from another copy (${theirs}) of the framework: ` +
        `two copies of ${libraryFramework.name} are loaded in this app. Keep one (\`npm ls ${libraryFramework.name}\` shows them) ` +
        `so that ${library} and your app share it.`;
    }
    super(message);
    this.constructPath = constructPath;
    this.libraryFramework = libraryFramework;
    this.appFramework = appFramework;
    this.foreign = typeof container === 'object' ? container : undefined;
  }
}
