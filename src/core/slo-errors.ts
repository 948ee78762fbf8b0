import { IConstruct } from 'constructs';
import { SloDefinitionError } from '../slo/errors';
import { InvalidPropError } from './errors';

/**
 * Runs an SLO-model call for a construct and turns a `SloDefinitionError`
 * into an `InvalidPropError` under the construct's path, with the prop
 * prefixed (e.g. `slos[1].objective`).
 */
export function withPropPath<T>(scope: IConstruct, propPrefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof SloDefinitionError) {
      const prop = propPrefix ? `${propPrefix}.${e.prop}` : e.prop;
      throw new InvalidPropError(scope, prop, e.value, e.allowed);
    }
    throw e;
  }
}
