import { ServiceLevelObjective, SloDefinition } from './objective';
import { HasPath, InvalidPropError, withPropPath } from '../core/errors';

/** One validated SLO of a construct's list, with the definition it came from and its prop path. */
export interface ValidatedSlo<T extends SloDefinition> {
  readonly definition: T;
  readonly slo: ServiceLevelObjective;
  /** e.g. `slos[1]` */
  readonly prop: string;
}

/**
 * Validates a construct's list of SLO definitions: at least one, each through
 * the SLO model (errors under the construct path), names unique.
 */
export function validateSlos<T extends SloDefinition>(scope: HasPath, definitions: readonly T[] | undefined, prop = 'slos'): ValidatedSlo<T>[] {
  if (!Array.isArray(definitions) || definitions.length === 0) {
    throw new InvalidPropError(scope, prop, definitions, 'must list at least one SLO');
  }
  const names = new Set<string>();
  return definitions.map((definition, i) => {
    const p = `${prop}[${i}]`;
    const slo = withPropPath(scope, p, () => ServiceLevelObjective.from(definition));
    if (names.has(slo.name)) throw new InvalidPropError(scope, `${p}.name`, slo.name, 'must be unique among the SLOs');
    names.add(slo.name);
    return { definition, slo, prop: p };
  });
}
