import { PropError } from '../core/error-family';

/**
 * Thrown by the SLO model for a definition it cannot honour. It carries the
 * prop, the value and what is allowed but no construct path (this module
 * knows nothing of constructs): constructs rethrow it as an
 * `InvalidPropError` under their own path, see `validate-slos.ts`.
 */
export class SloDefinitionError extends PropError {}
