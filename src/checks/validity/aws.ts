/** The validity evaluator of `check`: the tables and facts of src/aws-validity behind the family's seam. */
import { coveredResourceTypes, partitionOfRegion, physicalNameOf, REGIONS_SOURCE, validateResource } from '../../aws-validity';
import { ValidityEvaluator } from './evaluator';

const cite = (s: { readonly title: string; readonly url: string }): string => `${s.title} <${s.url}>`;

/** AWS's own rules as data (docs/aws-validity.md): API models, provider validators and documented facts. */
export const AWS_VALIDITY: ValidityEvaluator = {
  validateResource: (type, body, context) => validateResource(type, body as Record<string, unknown>, context),
  coveredResourceTypes,
  physicalName: (type) => {
    const fact = physicalNameOf(type);
    return fact === undefined ? undefined : { argument: fact.argument, scope: fact.scope, source: cite(fact.source) };
  },
  partitionOfRegion,
  regionsSource: cite(REGIONS_SOURCE),
};
