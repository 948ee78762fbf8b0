/**
 * Hand-written from the provider documentation of
 * `aws_arczonalshift_zonal_autoshift_configuration` (hashicorp/aws 6.44.0+):
 * what the wrapper may write. Kept in the repository so the wrapper is
 * checked even where ../shared/schemas is absent; where it is present, a test
 * checks this fragment against the provider schema itself.
 */
export interface BlockFragment {
  readonly required: readonly string[];
  readonly optional: readonly string[];
  /** Nested blocks (all `list` nesting here). */
  readonly blocks: Readonly<Record<string, BlockFragment>>;
  /** Attributes that are lists of strings. */
  readonly stringLists: readonly string[];
}

const CONTROL_CONDITION: BlockFragment = { required: ['alarm_identifier', 'type'], optional: [], blocks: {}, stringLists: [] };

export const ZONAL_AUTOSHIFT_CONFIGURATION_FRAGMENT: BlockFragment = {
  required: ['resource_arn', 'zonal_autoshift_status'],
  optional: ['allowed_windows', 'blocked_windows', 'blocked_dates', 'region'],
  blocks: { outcome_alarms: CONTROL_CONDITION, blocking_alarms: CONTROL_CONDITION },
  stringLists: ['allowed_windows', 'blocked_windows', 'blocked_dates'],
};

/** Problems of one synthesized resource body against a fragment (empty when it conforms). */
export function fragmentProblems(body: Record<string, unknown>, fragment: BlockFragment, where = ''): string[] {
  const problems: string[] = [];
  const known = new Set([...fragment.required, ...fragment.optional, ...Object.keys(fragment.blocks), '//', 'provider', 'depends_on', 'lifecycle', 'count', 'for_each']);
  for (const key of Object.keys(body)) if (!known.has(key)) problems.push(`${where}${key}: not an argument of the resource`);
  for (const key of fragment.required) if (body[key] === undefined) problems.push(`${where}${key}: required`);
  for (const key of fragment.stringLists) {
    const v = body[key];
    if (v !== undefined && !(Array.isArray(v) && v.every((x) => typeof x === 'string'))) problems.push(`${where}${key}: must be a list of strings`);
  }
  for (const [name, inner] of Object.entries(fragment.blocks)) {
    const v = body[name];
    if (v === undefined) continue;
    if (!Array.isArray(v)) {
      problems.push(`${where}${name}: must be a list of blocks`);
      continue;
    }
    v.forEach((b, i) => problems.push(...fragmentProblems(b as Record<string, unknown>, inner, `${where}${name}[${i}].`)));
  }
  return problems;
}
