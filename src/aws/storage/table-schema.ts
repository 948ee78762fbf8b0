import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';

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
