/**
 * Thrown by the SLO model for a definition it cannot honour. It carries the
 * prop, the value and what is allowed but no construct path (this module
 * knows nothing of constructs): constructs catch it and rethrow it as an
 * `InvalidPropError` under their own path, see `core/slo-errors`.
 */
export class SloDefinitionError extends Error {
  constructor(
    /** The prop, relative to the SLO definition, e.g. `objective`. */
    public readonly prop: string,
    /** The value that was given. */
    public readonly value: unknown,
    /** What would have been accepted, and why. */
    public readonly allowed: string,
  ) {
    super(`invalid ${prop} ${JSON.stringify(value)}: ${allowed}`);
    this.name = 'SloDefinitionError';
  }
}
