// The argument tree of a resource type from `terraform providers schema -json`.

const SKIP = new Set(['id', 'tags_all', 'region', 'timeouts']);

/** The Terraform type of a schema attribute type. */
function typeOf(type) {
  if (typeof type === 'string') return type === 'dynamic' ? 'dynamic' : type;
  if (Array.isArray(type)) {
    if (type[0] === 'list' || type[0] === 'set' || type[0] === 'map') return type[0];
    if (type[0] === 'object') return 'block';
  }
  return 'dynamic';
}

function itemTypeOf(type) {
  return Array.isArray(type) && (type[0] === 'list' || type[0] === 'set' || type[0] === 'map') ? typeOf(type[1]) : undefined;
}

/** [nesting, attribute types] of a list, set or single object type, else undefined. */
function objectAttributes(type) {
  if (!Array.isArray(type)) return undefined;
  if (type[0] === 'object' && type[1] && typeof type[1] === 'object') return ['single', type[1]];
  if ((type[0] === 'list' || type[0] === 'set') && Array.isArray(type[1]) && type[1][0] === 'object') return [type[0], type[1][1]];
  return undefined;
}

/**
 * Every configurable argument of a block, depth first: { path, type, itemType,
 * block (for nested blocks: nesting, min, max) }. Computed-only attributes, the
 * `id`, `region`, `tags_all` and `timeouts` arguments are left out.
 */
export function* argumentsOf(block, prefix = '') {
  for (const [name, a] of Object.entries(block.attributes ?? {})) {
    // `id`, `region`, `tags_all`, `timeouts` are the resource's own; a nested `id` (metric_query.id) is an argument
    if ((SKIP.has(name) && !prefix) || (!a.optional && !a.required)) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    if (a.nested_type) {
      yield { path, type: 'block', block: { nesting: a.nested_type.nesting_mode } };
      yield* argumentsOf({ attributes: a.nested_type.attributes }, path);
    } else if (objectAttributes(a.type)) {
      // An attribute typed as a list or set of objects (SDKv2 `ConfigMode:
      // SchemaConfigModeAttr`, e.g. aws_security_group.ingress): written in
      // configuration like a nested block, so its fields are arguments too.
      const [nesting, attributes] = objectAttributes(a.type);
      yield { path, type: 'block', block: { nesting } };
      yield* argumentsOf({ attributes: Object.fromEntries(Object.entries(attributes).map(([k, t]) => [k, { type: t, optional: true }])) }, path);
    } else yield { path, type: typeOf(a.type), itemType: itemTypeOf(a.type) };
  }
  for (const [name, b] of Object.entries(block.block_types ?? {})) {
    if (SKIP.has(name) && !prefix) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    yield { path, type: 'block', block: { nesting: b.nesting_mode, min: b.min_items, max: b.max_items } };
    yield* argumentsOf(b.block, path);
  }
}
