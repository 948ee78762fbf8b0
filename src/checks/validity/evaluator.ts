/**
 * The seam between the validity family of `check` and the tables of what AWS
 * accepts: the family asks these questions and never reads the tables
 * itself, so tests can pass a small fake and the tables can change shape
 * behind {@link ./aws}.
 */

import type { Violation } from '../../aws-validity';

/** A literal value AWS or the provider would refuse, as the evaluator reports it (path, value, allowed, source, rule id). */
export type ValidityViolation = Violation;

/** Where a physical name must be unique. */
export type NameScope = 'global' | 'region' | 'account';

/** The physical name argument of a resource type and where AWS requires it to be unique. */
export interface PhysicalNameFact {
  /** The argument holding the name, e.g. `alarm_name`. */
  readonly argument: string;
  readonly scope: NameScope;
  /** The page that says so. */
  readonly source: string;
}

/** What the validity family needs to know about AWS. */
export interface ValidityEvaluator {
  /**
   * Every literal value of a resource body that AWS or the provider would
   * refuse; expressions (`${...}`) are skipped. `region` and `partition` are
   * where the resource's provider puts it, when known: they enable the
   * same-Region and same-partition facts.
   */
  validateResource(resourceType: string, body: Readonly<Record<string, unknown>>, context: { readonly region?: string; readonly partition?: string }): readonly ValidityViolation[];
  /** The resource types whose arguments are checked, sorted. */
  coveredResourceTypes(): readonly string[];
  /** The physical name fact of a type, when AWS requires its names to be unique. */
  physicalName(resourceType: string): PhysicalNameFact | undefined;
  /** The partition of an AWS Region (`aws`, `aws-cn`, `aws-us-gov`); undefined for a name that is not a Region. */
  partitionOfRegion(region: string): string | undefined;
  /** Where the list of Regions comes from. */
  readonly regionsSource: string;
}
