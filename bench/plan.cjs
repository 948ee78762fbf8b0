// A `terraform show -json` plan of the rule-pack bench's generated stack, for the plan bench of `check`:
// every resource created, in the root module or (one unit in four) in a child module, with the parts a real
// plan has for each: planned_values (configured values, provider computed attributes, values known only after
// apply left out), resource_changes (after, after_unknown, after_sensitive) and configuration (expressions with
// constant values or references). Used by bench/check.cjs; runnable alone: node bench/plan.cjs N > plan.json
'use strict';
const { generate, UNIT_SIZE } = require('./rule-pack.cjs');

const REF = /\$\{([^}]*)\}/g;
const TRAVERSAL = /(?:data\.)?[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g;

/** The references of the expressions in a string, most precise first, as the configuration representation lists them. */
function referencesIn(text) {
  const out = [];
  for (const m of text.matchAll(REF)) {
    for (const t of m[1].matchAll(TRAVERSAL)) {
      const parts = t[0].split('.');
      const head = parts[0] === 'data' ? 3 : 2;
      for (let i = parts.length; i >= head; i--) out.push(parts.slice(0, i).join('.'));
    }
  }
  return out;
}

// Blocks: lists of objects, or one object that is not a map of strings (tags).
const isBlock = (v) => (Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x))) || (v && typeof v === 'object' && !Array.isArray(v));
const asList = (v) => (Array.isArray(v) ? v : [v]);

/** Attributes a provider computes at create time; any other attribute a reference reads is known at plan. */
const COMPUTED = new Set(['id', 'arn', 'key_id']);

/** The value of `${type.name.attr}` when it is known at plan (a configured literal), else undefined. */
function knownAt(json, reference) {
  const [type, name, attr] = reference.split('.');
  const v = json.resource[type]?.[name]?.[attr];
  return COMPUTED.has(attr) || typeof v !== 'string' || v.includes('${') ? undefined : v;
}

/** A string with its references to known attributes resolved, as Terraform plans it; undefined when one is unknown. */
function resolved(json, text) {
  let unknown = false;
  const out = text.replace(REF, (all, expr) => {
    const v = /^[a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*\.[a-z_]+$/.test(expr.trim()) ? knownAt(json, expr.trim()) : undefined;
    if (v === undefined) unknown = true;
    return v ?? all;
  });
  return unknown ? undefined : out;
}

/** A configuration body as planned values, unknowns and expressions (dynamic blocks written out, as Terraform plans them). */
function convert(body, json) {
  const values = {};
  const unknown = {};
  const expressions = {};
  for (const [key, v] of Object.entries(body)) {
    if (key === 'dynamic') {
      for (const [name, d] of Object.entries(v)) {
        const content = convert(d.content, json);
        values[name] = [...(values[name] ?? []), content.values];
        unknown[name] = [...(unknown[name] ?? []), content.unknown];
      }
      continue;
    }
    if (isBlock(v) && key !== 'tags') {
      const items = asList(v).map((item) => convert(item, json));
      values[key] = items.map((i) => i.values);
      unknown[key] = items.map((i) => i.unknown);
      expressions[key] = items.map((i) => i.expressions);
    } else if (typeof v === 'string' && v.includes('${')) {
      const known = resolved(json, v);
      if (known === undefined) unknown[key] = true;
      else values[key] = known;
      expressions[key] = { references: referencesIn(v) };
    } else if (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.includes('${'))) {
      values[key] = v.map((x) => (typeof x === 'string' && x.includes('${') ? null : x));
      unknown[key] = v.map((x) => typeof x === 'string' && x.includes('${'));
      expressions[key] = { references: v.flatMap((x) => (typeof x === 'string' ? referencesIn(x) : [])) };
    } else {
      values[key] = v;
      expressions[key] = { constant_value: v };
    }
  }
  return { values, unknown, expressions };
}

/** The plan of `generate(n)`: one unit in four in module.shard. */
function planOf(n) {
  const json = generate(n);
  const root = [];
  const child = [];
  const changes = [];
  const configRoot = [];
  const configChild = [];
  for (const [type, byName] of Object.entries(json.resource)) {
    for (const [name, body] of Object.entries(byName)) {
      const unit = /^u(\d+)/.exec(name);
      const inModule = unit !== null && Number(unit[1]) % 4 === 0;
      const address = `${inModule ? 'module.shard.' : ''}${type}.${name}`;
      const { values, unknown, expressions } = convert(body, json);
      // What the provider adds: its Region, computed identifiers (unknown until created), the tags it will manage.
      Object.assign(values, { region: 'eu-west-1', tags_all: body.tags ?? {}, timeouts: null });
      Object.assign(unknown, { id: true, arn: true });
      const resource = { address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} };
      (inModule ? child : root).push(resource);
      changes.push({
        address,
        ...(inModule ? { module_address: 'module.shard' } : {}),
        mode: 'managed',
        type,
        name,
        provider_name: 'registry.terraform.io/hashicorp/aws',
        change: { actions: ['create'], before: null, after: values, after_unknown: unknown, before_sensitive: false, after_sensitive: {} },
      });
      (inModule ? configChild : configRoot).push({ address: `${type}.${name}`, mode: 'managed', type, name, provider_config_key: 'aws', expressions, schema_version: 0 });
    }
  }
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    planned_values: { root_module: { resources: root, child_modules: [{ address: 'module.shard', resources: child }] } },
    resource_changes: changes,
    configuration: {
      provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: 'eu-west-1' } } } },
      root_module: { resources: configRoot, module_calls: { shard: { source: './shard', module: { resources: configChild } } } },
    },
  };
}

module.exports = { planOf, UNIT_SIZE };

if (require.main === module) process.stdout.write(JSON.stringify(planOf(Number(process.argv[2] ?? 50000))));
