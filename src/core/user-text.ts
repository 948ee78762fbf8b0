import { isUnresolved } from './tokens';

/**
 * User text as a Terraform string literal. Terraform reads `${` and `%{` in
 * any string as the start of a template, so a description, runbook URL or
 * tag value containing them would be evaluated (or fail to plan). They are
 * escaped as `$${` and `%%{`. A token (a reference, a variable) or a string
 * holding one is left as it is: it is meant to be an expression.
 */
export function literal<T extends string | undefined>(text: T): T {
  if (text === undefined || typeof text !== 'string' || isUnresolved(text)) return text;
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{') as T;
}

/** {@link literal} over every value of a string map (tags, labels, environment). A token map is left as it is. */
export function literalMap<T extends Readonly<Record<string, string>> | undefined>(map: T): T {
  if (map === undefined || isUnresolved(map)) return map;
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [literal(k), literal(v)])) as unknown as T;
}

/**
 * {@link literal} over every string in a nested value (a Kubernetes
 * manifest, a dashboard body): keys and values, in objects and lists.
 * Tokens, and strings holding one, stay as they are.
 */
export function literalDeep<T>(value: T): T {
  if (typeof value === 'string') return literal(value) as T;
  if (value === null || typeof value !== 'object' || isUnresolved(value)) return value;
  if (Array.isArray(value)) return value.map((v) => literalDeep(v)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [literal(k), literalDeep(v)])) as T;
}

/**
 * {@link literalDeep} for values written inside a Terraform function call
 * (`Fn.jsonencode({...})`, a dashboard body). There cdktf writes each string
 * as a quoted HCL string and escapes `${` itself (as `$${`), but neither `%{`
 * nor `"` and `\`: a user's `%{` would be read as a template directive, and
 * a `"` or `\` would end the string or start an escape. So this escapes `%{`,
 * `"` and `\` (and not `${`, which cdktf already does). Tokens, and strings
 * holding one, stay as they are.
 */
export function literalInCall<T>(value: T): T {
  if (typeof value === 'string') {
    if (isUnresolved(value)) return value;
    return value.replace(/\\/g, () => '\\\\').replace(/"/g, () => '\\"').replace(/%\{/g, () => '%%{') as T;
  }
  if (value === null || typeof value !== 'object' || isUnresolved(value)) return value;
  if (Array.isArray(value)) return value.map((v) => literalInCall(v)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [literalInCall(k), literalInCall(v)])) as T;
}
