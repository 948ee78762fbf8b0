import { Token } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * Thrown at synth when a construct is given a prop it cannot honour.
 *
 * The message names the construct path, the prop, the value and what is
 * allowed, so the person reading a failed `cdktf synth` knows where to look
 * without a stack trace.
 */
export class InvalidPropError extends Error {
  /** Path of the construct that rejected the prop, e.g. `stack/orders-db`. */
  public readonly constructPath: string;
  /** The prop, dotted for nested props, e.g. `subscriptions.page[0].endpoint`. */
  public readonly prop: string;
  /** The value that was given. */
  public readonly value: unknown;
  /** What would have been accepted. */
  public readonly allowed: string;

  constructor(scope: IConstruct | string, prop: string, value: unknown, allowed: string) {
    const path = typeof scope === 'string' ? scope : scope.node.path;
    super(`${path}: invalid ${prop} ${describeValue(value)}: ${allowed}`);
    this.name = 'InvalidPropError';
    this.constructPath = path;
    this.prop = prop;
    this.value = value;
    this.allowed = allowed;
  }
}

/** Renders a value for an error message: strings quoted, long values cut. */
export function describeValue(value: unknown): string {
  let text: string;
  if (typeof value === 'string') text = JSON.stringify(value);
  else if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) text = String(value);
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** True when the value is (or contains) a token that resolves only at deploy time. */
export function isUnresolved(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  return Token.isUnresolved(value);
}
