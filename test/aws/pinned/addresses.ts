import * as fs from 'node:fs';
import * as path from 'node:path';
import { TerraformStack } from 'cdktf';
import { synthJson } from '../../harness';

/**
 * Terraform addresses (`type.logical_id`) of every resource and data source a
 * stack synthesizes. Logical ids of this library's resources are a public
 * contract: renaming one makes Terraform destroy and recreate the resource.
 */
export function resourceAddresses(stack: TerraformStack): string[] {
  const json = synthJson(stack);
  const out: string[] = [];
  for (const [kind, blocks] of [['resource', json.resource], ['data', json.data]] as const) {
    for (const [type, byId] of Object.entries(blocks ?? {})) {
      for (const id of Object.keys(byId as object)) out.push(`${kind === 'data' ? 'data.' : ''}${type}.${id}`);
    }
  }
  return out.sort();
}

/** Where the addresses a construct's configurations synthesized before its refactor are kept. */
export function pinnedFile(name: string): string {
  return path.join(__dirname, `${name}.addresses.json`);
}

/** The pinned addresses per configuration (the file is written once, from main, and never regenerated). */
export function pinnedAddresses(name: string): Record<string, string[]> {
  return JSON.parse(fs.readFileSync(pinnedFile(name), 'utf8'));
}
