import Ajv from 'ajv';
import * as fs from 'node:fs';
import { sharedFile } from '../kit/shared';

/**
 * A small structural JSON-schema check for the schemas in ../shared/schemas
 * (no ajv here): types, required properties, unknown keys, enums, patterns,
 * minLength, items, oneOf/anyOf and Kubernetes' int-or-string. Returns
 * errors as "path: message" strings.
 *
 * @param closed treat an object schema with `properties` and no
 *   `additionalProperties` as closed (how the API server prunes CRD fields).
 */
export function schemaViolations(schema: any, value: unknown, at = '$', closed = true): string[] {
  if (schema === undefined || schema === true) return [];
  const errors: string[] = [];
  if (schema.oneOf || schema.anyOf) {
    const branches: any[] = schema.oneOf ?? schema.anyOf;
    if (!branches.some((b) => schemaViolations(b, value, at, closed).length === 0)) errors.push(`${at}: matches no allowed shape`);
  }
  if (schema['x-kubernetes-int-or-string']) {
    if (typeof value !== 'string' && !Number.isInteger(value)) errors.push(`${at}: must be an integer or a string`);
    return errors;
  }
  const types: string[] | undefined = schema.type === undefined ? undefined : [].concat(schema.type);
  if (value === null) {
    if (types && !types.includes('null')) errors.push(`${at}: must not be null`);
    return errors;
  }
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (types && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) {
    errors.push(`${at}: must be ${types.join(' or ')}, got ${actual}`);
    return errors;
  }
  if (schema.enum && !schema.enum.includes(value)) errors.push(`${at}: must be one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'string') {
    if (schema.minLength !== undefined && value.length < schema.minLength) errors.push(`${at}: shorter than ${schema.minLength}`);
    if (schema.pattern) {
      let re: RegExp | undefined;
      try {
        re = new RegExp(schema.pattern);
      } catch {
        re = undefined; // Go-only syntax such as (?i): not checked
      }
      if (re && !re.test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
    }
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => errors.push(...schemaViolations(schema.items, item, `${at}[${i}]`, closed)));
  } else if (actual === 'object') {
    const obj = value as Record<string, unknown>;
    for (const key of schema.required ?? []) if (!(key in obj)) errors.push(`${at}: missing required ${key}`);
    for (const [key, v] of Object.entries(obj)) {
      if (schema.properties && key in schema.properties) errors.push(...schemaViolations(schema.properties[key], v, `${at}.${key}`, closed));
      else if (typeof schema.additionalProperties === 'object') errors.push(...schemaViolations(schema.additionalProperties, v, `${at}.${key}`, closed));
      else if (schema['x-kubernetes-preserve-unknown-fields']) continue;
      else if (schema.additionalProperties === false || (closed && schema.properties && schema.additionalProperties === undefined)) {
        errors.push(`${at}: unknown key ${key}`);
      }
    }
  }
  return errors;
}

/** A schema from ../shared/schemas, or undefined when the folder is not beside the repository (the run says so once). */
export function sharedSchema(relative: string): any | undefined {
  const file = sharedFile('schemas', relative);
  return file === undefined ? undefined : JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** A CRD schema with additionalProperties: false on every object that lists its properties: a field the controller does not know fails (the API server would prune it from a structural schema). */
export function closedSchema(schema: any): any {
  if (Array.isArray(schema)) return schema.map(closedSchema);
  if (schema === null || typeof schema !== 'object') return schema;
  const out: any = Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, closedSchema(s)])) : closedSchema(v)]));
  if (out.type === 'object' && out.properties && out.properties.metadata === undefined) out.additionalProperties = false;
  // OpenAPI 3.0 (CRD schemas) writes an exclusive bound as a boolean beside minimum/maximum; JSON Schema draft-07 (ajv) as the bound.
  for (const [flag, bound] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']] as const) {
    if (typeof out[flag] === 'boolean') {
      if (out[flag]) out[flag] = out[bound];
      else delete out[flag];
      if (out[flag] !== undefined) delete out[bound];
    }
  }
  return out;
}

/**
 * An ajv for CRD schemas, with the integer formats Kubernetes' OpenAPI uses checked as the API server checks them
 * (int32 and int64 ranges), not ignored with a console warning.
 */
export function crdAjv(): Ajv.Ajv {
  const ajv = new Ajv({ allErrors: true });
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  return ajv;
}
