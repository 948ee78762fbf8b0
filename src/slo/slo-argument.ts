import { SloDefinitionError } from '../core/errors';
import { ServiceLevelObjective } from './objective';

/** An SLO argument: a validated {@link ServiceLevelObjective} (`ServiceLevelObjective.from(definition)`), not a definition. */
export function checkSloArgument(prop: string, value: unknown): asserts value is ServiceLevelObjective {
  if (!(value instanceof ServiceLevelObjective)) {
    throw new SloDefinitionError(prop, value, 'must be a ServiceLevelObjective (ServiceLevelObjective.from(definition)), not a definition');
  }
}
