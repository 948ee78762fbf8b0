import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { checkKeys, checkKnown, checkList, checkObject, checkRequired, checkStringList } from '../../core/prop-types';
import { checkCount, checkOneOf, checkPattern } from '../../core/validation';

/** A key attribute of a table or index. */
export interface TableKey {
  /** Attribute name (1 to 255 characters). */
  readonly name: string;
  /** `S` (string), `N` (number) or `B` (binary). */
  readonly type: 'S' | 'N' | 'B';
}

/** A global secondary index. */
export interface TableIndex {
  /** Index name: 3 to 255 letters, digits, `_`, `-` or `.`. */
  readonly name: string;
  /** Partition key of the index. */
  readonly partitionKey: TableKey;
  /**
   * Sort key of the index.
   * @default - none
   */
  readonly sortKey?: TableKey;
  /**
   * Attributes projected into the index: `ALL`, `KEYS_ONLY`, or `INCLUDE` (with `nonKeyAttributes`).
   * @default 'ALL'
   */
  readonly projection?: 'ALL' | 'KEYS_ONLY' | 'INCLUDE';
  /**
   * Non-key attributes projected with `INCLUDE`.
   * @default - none
   */
  readonly nonKeyAttributes?: string[];
}

const KEY_TYPES = ['S', 'N', 'B'] as const;
const PROJECTIONS = ['ALL', 'KEYS_ONLY', 'INCLUDE'] as const;
/** DynamoDB: at most 20 global secondary indexes per table (default quota). */
const MAX_INDEXES = 20;
const INDEX_NAME = /^[A-Za-z0-9_.-]{3,255}$/;

/** Checks a key attribute; its name decides the table's attribute definitions, so it must be known at synth. */
export function checkTableKey(scope: IConstruct, prop: string, key: TableKey | undefined, required: boolean): void {
  if (required) checkRequired(scope, prop, key, 'a { name, type } key attribute');
  checkObject(scope, prop, key);
  if (key === undefined) return;
  checkKeys(scope, prop, key, ['name', 'type']);
  checkRequired(scope, `${prop}.name`, key.name, 'the attribute name');
  checkKnown(scope, `${prop}.name`, key.name, 'it names an attribute definition of the table');
  checkPattern(scope, `${prop}.name`, key.name, /^.{1,255}$/s, 'an attribute name of 1 to 255 characters');
  checkRequired(scope, `${prop}.type`, key.type, 'S, N or B');
  checkOneOf(scope, `${prop}.type`, key.type, KEY_TYPES);
}

/** Checks the global secondary indexes (shape, names, projections). */
export function checkIndexes(scope: IConstruct, prop: string, indexes: readonly TableIndex[] | undefined): void {
  checkList(scope, prop, indexes);
  if (indexes === undefined) return;
  checkKnown(scope, prop, indexes, 'each index is a block of the table');
  checkCount(scope, prop, indexes, 0, MAX_INDEXES);
  const names = new Set<string>();
  indexes.forEach((index, i) => {
    const p = `${prop}[${i}]`;
    checkObject(scope, p, index);
    checkRequired(scope, p, index, 'an index');
    checkKeys(scope, p, index, ['name', 'partitionKey', 'sortKey', 'projection', 'nonKeyAttributes']);
    checkRequired(scope, `${p}.name`, index.name, 'the index name');
    checkKnown(scope, `${p}.name`, index.name);
    checkPattern(scope, `${p}.name`, index.name, INDEX_NAME, '3 to 255 letters, digits, "_", "-" or "."');
    if (names.has(index.name)) throw new InvalidPropError(scope, `${p}.name`, index.name, 'must not repeat an earlier index name');
    names.add(index.name);
    checkTableKey(scope, `${p}.partitionKey`, index.partitionKey, true);
    checkTableKey(scope, `${p}.sortKey`, index.sortKey, false);
    checkOneOf(scope, `${p}.projection`, index.projection, PROJECTIONS);
    checkStringList(scope, `${p}.nonKeyAttributes`, index.nonKeyAttributes, { unique: true });
    const include = (index.projection ?? 'ALL') === 'INCLUDE';
    if (include && (index.nonKeyAttributes === undefined || index.nonKeyAttributes.length === 0)) {
      throw new InvalidPropError(scope, `${p}.nonKeyAttributes`, index.nonKeyAttributes, 'is required with projection INCLUDE: the attributes to project');
    }
    if (!include && index.nonKeyAttributes !== undefined) {
      throw new InvalidPropError(scope, `${p}.nonKeyAttributes`, index.nonKeyAttributes, `applies to projection INCLUDE only (projection is ${index.projection ?? 'ALL'})`);
    }
  });
}

/**
 * The table's attribute definitions: every key attribute of the table and its
 * indexes, once. One attribute name with two types is refused.
 */
export function attributeDefinitions(scope: IConstruct, keys: readonly { prop: string; key: TableKey | undefined }[]): { name: string; type: string }[] {
  const types = new Map<string, { type: string; prop: string }>();
  for (const { prop, key } of keys) {
    if (key === undefined || isUnresolved(key.name)) continue;
    const seen = types.get(key.name);
    if (seen && seen.type !== key.type) {
      throw new InvalidPropError(scope, `${prop}.type`, key.type, `must match the type ${seen.type} that ${seen.prop} gives attribute "${key.name}"`);
    }
    if (!seen) types.set(key.name, { type: key.type, prop });
  }
  return [...types.entries()].map(([name, { type }]) => ({ name, type }));
}
