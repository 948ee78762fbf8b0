import * as fs from 'node:fs';
import * as path from 'node:path';
import { SHARED_DIR } from '../../kit/shared';

/**
 * A resource's block from `terraform providers schema -json`. The block of
 * `aws_arcregionswitch_plan` (hashicorp/aws 6.47.0) is kept in
 * `test/data/aws_arcregionswitch_plan.block.json`, so the typed wrapper is
 * checked even where ../shared/schemas is absent; where it is present, a test
 * checks the copy against the provider schema itself.
 */
export interface SchemaBlock {
  readonly attributes?: Record<string, { type?: unknown; required?: boolean; optional?: boolean; computed?: boolean }>;
  readonly block_types?: Record<string, { nesting_mode: string; block: SchemaBlock; min_items?: number; max_items?: number }>;
}

export const SHARED_SCHEMA = path.join(SHARED_DIR, 'schemas', 'terraform', 'aws_6.47.0_providers_schema.json');

export function storedBlock(type: string): SchemaBlock {
  return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'data', `${type}.block.json`), 'utf8'));
}

const META = new Set(['//', 'provider', 'depends_on', 'lifecycle', 'count', 'for_each']);

function typeOk(type: unknown, v: unknown): boolean {
  if (typeof v === 'string' && v.includes('${')) return true;
  if (type === 'string') return typeof v === 'string';
  if (type === 'number') return typeof v === 'number';
  if (type === 'bool') return typeof v === 'boolean';
  if (Array.isArray(type) && (type[0] === 'list' || type[0] === 'set')) return Array.isArray(v) && v.every((x) => typeOk(type[1], x));
  if (Array.isArray(type) && type[0] === 'map') return typeof v === 'object' && v !== null && Object.values(v).every((x) => typeOk(type[1], x));
  return true;
}

/** Problems of one synthesized resource body against a schema block (empty when it conforms). */
export function blockProblems(body: Record<string, unknown>, block: SchemaBlock, where = '', top = true): string[] {
  const problems: string[] = [];
  const attrs = block.attributes ?? {};
  const blocks = block.block_types ?? {};
  for (const [k, v] of Object.entries(body)) {
    if (top && META.has(k)) continue;
    const a = attrs[k];
    if (a) {
      if (a.computed && !a.optional && !a.required) problems.push(`${where}${k}: computed, cannot be set`);
      else if (!typeOk(a.type, v)) problems.push(`${where}${k}: not of type ${JSON.stringify(a.type)}`);
      continue;
    }
    const b = blocks[k];
    if (!b) {
      problems.push(`${where}${k}: not an argument of the block`);
      continue;
    }
    const items = b.nesting_mode === 'single' ? [v] : v;
    if (!Array.isArray(items)) {
      problems.push(`${where}${k}: must be a list of blocks`);
      continue;
    }
    if (b.max_items !== undefined && items.length > b.max_items) problems.push(`${where}${k}: at most ${b.max_items}`);
    items.forEach((x, i) => problems.push(...blockProblems(x as Record<string, unknown>, b.block, `${where}${k}[${i}].`, false)));
  }
  for (const [k, a] of Object.entries(attrs)) if (a.required && body[k] === undefined) problems.push(`${where}${k}: required`);
  return problems;
}
