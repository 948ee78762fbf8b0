/**
 * The library's one error family. Pure: no cdktf import, so the SLO model,
 * the subnet planner and the `check` command can throw and catch these
 * without loading the framework.
 *
 * - {@link ReliabilityError}: the base; `catch (e) { if (e instanceof ReliabilityError) ... }`
 *   catches everything the library throws on purpose.
 * - {@link PropError}: a model (SLO, subnet plan) rejected a value; it knows
 *   the prop but not the construct. Constructs rethrow it as an
 *   {@link InvalidPropError} under their path.
 * - {@link InvalidPropError}: a construct rejected a prop at synth.
 * - {@link NameCollisionError}: two constructs claim one physical name.
 */
export class ReliabilityError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
    // Keeps `instanceof` working when the library is compiled to ES5-style classes.
    Object.setPrototypeOf(this, new.target.prototype);
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

/** Renders a value for an error message: strings quoted, tokens as expressions, long values cut. */
export function describeValue(value: unknown, scope?: HasPath): string {
  const token = tokenRenderer?.(value, scope);
  let text: string;
  if (token !== undefined) text = `${token} (a token)`;
  else if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined || typeof value === 'bigint') {
    text = String(value);
  } else if (typeof value === 'function' || typeof value === 'symbol') text = `a ${typeof value}`;
  else {
    try {
      text = JSON.stringify(value, (_k, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** A value a model cannot honour: the prop, the value and what is allowed, but no construct path. */
export class PropError extends ReliabilityError {
  constructor(
    /** The prop, relative to what the model was given, e.g. `objective`. */
    public readonly prop: string,
    /** The value that was given. */
    public readonly value: unknown,
    /** What would have been accepted, and why. */
    public readonly allowed: string,
  ) {
    super(`invalid ${prop} ${describeValue(value)}: ${allowed}`);
  }
}

/**
 * Thrown at synth when a construct is given a prop it cannot honour.
 *
 * The message names the construct path, the prop, the value and what is
 * allowed, so the person reading a failed `cdktf synth` knows where to look
 * without a stack trace.
 */
export class InvalidPropError extends ReliabilityError {
  /** Path of the construct that rejected the prop, e.g. `stack/orders-db`. */
  public readonly constructPath: string;
  /** The prop, dotted for nested props, e.g. `subscriptions.page[0].endpoint`. */
  public readonly prop: string;
  /** The value that was given. */
  public readonly value: unknown;
  /** What would have been accepted. */
  public readonly allowed: string;

  constructor(scope: HasPath | string, prop: string, value: unknown, allowed: string) {
    const path = typeof scope === 'string' ? scope : scope.node.path;
    super(`${path}: invalid ${prop} ${describeValue(value, typeof scope === 'string' ? undefined : scope)}: ${allowed}`);
    this.constructPath = path;
    this.prop = prop;
    this.value = value;
    this.allowed = allowed;
  }

  /** Rethrows a model's {@link PropError} under a construct path, with the prop prefixed (`slos[1].objective`). */
  public static from(scope: HasPath, propPrefix: string, error: PropError): InvalidPropError {
    return new InvalidPropError(scope, propPrefix ? `${propPrefix}.${error.prop}` : error.prop, error.value, error.allowed);
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
