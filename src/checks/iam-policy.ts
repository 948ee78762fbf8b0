import { isObject, JsonObject } from './json';

/** A policy document given as a JSON string; undefined for a `jsonencode(...)` or data-source reference, which is not readable here. */
export function parsePolicy(text: unknown): JsonObject | undefined {
  if (typeof text !== 'string') return undefined;
  try {
    const p = JSON.parse(text);
    return isObject(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

/** A policy element that may be one string or a list of them (`Action`, `Resource`, `Principal.Service`). */
export function asList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The statements of a policy document (`Statement` may be one object or a list). */
export function statementsOf(policy: JsonObject): JsonObject[] {
  const s = policy.Statement;
  return (Array.isArray(s) ? s : [s]).filter(isObject);
}

/** The keys a statement's conditions test, lower case (IAM condition keys are case-insensitive), whatever the operator. */
export function conditionKeys(statement: JsonObject): Set<string> {
  const keys = new Set<string>();
  if (!isObject(statement.Condition)) return keys;
  for (const block of Object.values(statement.Condition)) {
    if (isObject(block)) for (const key of Object.keys(block)) keys.add(key.toLowerCase());
  }
  return keys;
}

/** The service principals a statement names (`Principal.Service`). */
export function servicePrincipals(statement: JsonObject): string[] {
  return isObject(statement.Principal) ? asList(statement.Principal.Service) : [];
}

/** True when an IAM action pattern (`kms:GenerateDataKey*`, `kms:*`, `*`) matches an action, case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
  const re = new RegExp(`^${pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(action.toLowerCase());
}
