/**
 * What a JSON document given to `check` is: a Terraform JSON configuration
 * (`cdk.tf.json`, any `*.tf.json`), or a plan or a state as
 * `terraform show -json` writes them. Anything else is refused, so a file of
 * another kind is never reported as a clean stack.
 */
import { isObject } from '../json';

/** The kinds of input the check reads. */
export type DocumentKind = 'configuration' | 'plan' | 'state';

/** The formats accepted, in words, for help and error messages. */
export const ACCEPTED_INPUTS =
  'Terraform JSON configuration (cdk.tf.json or any *.tf.json), or a plan or state as `terraform show -json` writes it (format_version 0.x or 1.x)';

/**
 * The top-level blocks of Terraform's JSON configuration syntax; Terraform
 * refuses any other top-level property ("Unsupported block type"). `//` is a
 * comment.
 */
const CONFIGURATION_KEYS = new Set(['//', 'terraform', 'provider', 'variable', 'locals', 'output', 'module', 'resource', 'data', 'moved', 'import', 'check', 'removed', 'ephemeral', 'action']);

/** Keys only the plan representation has (JSON Output Format, "Plan Representation"). */
const PLAN_KEYS = ['planned_values', 'resource_changes', 'configuration', 'prior_state', 'resource_drift', 'output_changes'];

/** The kind of a parsed document, or why it is none of them. */
export function documentKind(json: unknown): { readonly kind: DocumentKind } | { readonly problem: string } {
  if (!isObject(json)) return { problem: `not a Terraform document (expected a JSON object, got ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json})` };
  const keys = Object.keys(json);
  if (typeof json.format_version === 'string' || 'format_version' in json) {
    const version = typeof json.format_version === 'string' ? json.format_version : '';
    const major = /^(\d+)\./.exec(version)?.[1];
    // The format's own rule: "Reject any input which reports an unsupported major version".
    if (major !== '0' && major !== '1') return { problem: `terraform show -json output of format_version ${JSON.stringify(json.format_version)} is not supported (0.x and 1.x are)` };
    return { kind: PLAN_KEYS.some((k) => k in json) ? 'plan' : 'state' };
  }
  if (typeof json.version === 'number' && 'lineage' in json) {
    return { problem: 'a raw Terraform state file (terraform.tfstate): give the output of `terraform show -json` instead' };
  }
  const unexpected = keys.filter((k) => !CONFIGURATION_KEYS.has(k));
  if (unexpected.length > 0) {
    const shown = unexpected.slice(0, 3).map((k) => JSON.stringify(k)).join(', ');
    return { problem: `not Terraform JSON: top-level ${unexpected.length === 1 ? 'key' : 'keys'} ${shown}${unexpected.length > 3 ? ', ...' : ''} ${unexpected.length === 1 ? 'is' : 'are'} not a Terraform block type` };
  }
  return { kind: 'configuration' };
}
