/** The validity evaluator of `check`: the tables and facts of src/aws-validity behind the family's seam. */
import { coveredResourceTypes, partitionOfRegion, physicalNameOf, REGIONS_SOURCE, validateResource } from '../../aws-validity';
import { PhysicalNameFact, ValidityEvaluator } from './evaluator';

const cite = (s: { readonly title: string; readonly url: string }): string => `${s.title} <${s.url}>`;

// Asked once per resource: answered once per type.
const names = new Map<string, PhysicalNameFact | undefined>();

/** AWS's own rules as data (docs/aws-validity.md): API models, provider validators and documented facts. */
export const AWS_VALIDITY: ValidityEvaluator = {
  validateResource: (type, body, context) => validateResource(type, body as Record<string, unknown>, context),
  coveredResourceTypes,
  physicalName: (type) => {
    if (!names.has(type)) {
      const fact = physicalNameOf(type);
      names.set(type, fact === undefined ? undefined : { argument: fact.argument, scope: fact.scope, source: cite(fact.source) });
    }
    return names.get(type);
  },
  partitionOfRegion,
  regionsSource: cite(REGIONS_SOURCE),
};
