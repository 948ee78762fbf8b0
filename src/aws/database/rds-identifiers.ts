import { isUnresolved } from '../../core/tokens';

/** The most characters RDS takes in a DB instance, cluster or global cluster identifier. */
export const RDS_MAX_IDENTIFIER_LENGTH = 63;

/**
 * DB instance and cluster identifiers: a lower-case letter, then lower-case letters, digits and single hyphens, at
 * most 63 characters, not ending in a hyphen (RDS API, CreateDBInstance DBInstanceIdentifier; the provider's
 * validIdentifier in the tables, which also refuses upper case: RDS stores identifiers lower-cased).
 */
export const RDS_IDENTIFIER = /^[a-z](?!.*--)[a-z0-9-]{0,61}[a-z0-9]$/;

/** {@link RDS_IDENTIFIER} in words, for error messages. */
export const RDS_IDENTIFIER_RULE = 'a lower-case letter, then up to 62 lower-case letters, digits or single hyphens, not ending in a hyphen';

/** Aurora global cluster identifiers: a lower-case letter, then lower-case letters, digits and single hyphens, at most 63, no hyphen last (provider internal/service/rds/validate.go validIdentifier: the global cluster resource refuses upper case). */
export const GLOBAL_CLUSTER_IDENTIFIER = /^[a-z](?!.*--)(?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** {@link GLOBAL_CLUSTER_IDENTIFIER} in words, for error messages. */
export const GLOBAL_CLUSTER_IDENTIFIER_RULE =
  '1 to 63 lower-case letters, digits and hyphens, starting with a letter, not ending with a hyphen or holding two in a row (an Aurora global cluster identifier)';

/** `<identifier><suffix>`, the identifier shortened so the whole stays within `max` characters. A token is left whole. */
export function identifierWithSuffix(identifier: string, suffix: string, max = RDS_MAX_IDENTIFIER_LENGTH): string {
  if (isUnresolved(identifier) || identifier.length + suffix.length <= max) return `${identifier}${suffix}`;
  return `${identifier.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
}
