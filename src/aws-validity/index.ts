/**
 * AWS's own rules as data: per Terraform resource type and argument, what the
 * AWS API models and the Terraform AWS provider's validators accept, plus the
 * facts AWS documents elsewhere (tags, Regions, ARNs, physical names), and a
 * pure evaluator over Terraform JSON bodies. No cdktf import: the tables of a
 * type load on its first use.
 */
export { UNKNOWN, validateResource, validateArgument, argumentRules, coveredResourceTypes, rulesOf } from './evaluate';
export type { Violation, ValidationContext } from './evaluate';
export type * from './types';
export * from './facts';
