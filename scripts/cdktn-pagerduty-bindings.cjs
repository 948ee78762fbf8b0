// Generates the cdktn bindings for PagerDuty/pagerduty that the cdktn flavour uses in place of
// @cdktf/provider-pagerduty (there is no @cdktn/provider-pagerduty on npm, and `cdktn get` needs the network).
//
// Input: cdktn/schemas/pagerduty_3.30.8_providers_schema.json, the part of `terraform providers schema -json` for
// PagerDuty/pagerduty 3.30.8 (the version @cdktf/provider-pagerduty 14.3.9 was generated from) that the library
// uses: the provider block and every resource or data source imported as `@cdktf/provider-pagerduty/lib/<r>` in
// src/, test/, examples/ or bench/. No copy of that schema can be downloaded here, so `--schema` writes it back from
// @cdktf/provider-pagerduty's generated code, which the cdktf generator wrote from the real one: attribute and block
// names, types, list/set/single nesting, required/optional and computed-only attributes. The cdktn generator then
// writes the bindings from it (as for Kubernetes), so the two flavours share one description of PagerDuty.
//
// usage: node scripts/cdktn-pagerduty-bindings.cjs --schema   rewrite the schema from @cdktf/provider-pagerduty
//        node scripts/cdktn-pagerduty-bindings.cjs            regenerate the bindings from the committed schema
//        node scripts/cdktn-pagerduty-bindings.cjs --check    exit 1 if the schema no longer agrees with
//                                                             @cdktf/provider-pagerduty, or the bindings with the schema
// needs: npm ci (the cdktf package) and npm ci --prefix cdktn/tools (the generator)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { rerunWithCliConfig, generateBindings, bindingDifferences } = require('./cdktn-bindings.cjs');

rerunWithCliConfig();
const { ROOT, PAGERDUTY_BINDINGS, providerResourcesUsed, PAGERDUTY_LIB } = require('./flavours.cjs');

const VERSION = '3.30.8';
const SCHEMA = path.join(ROOT, 'cdktn', 'schemas', `pagerduty_${VERSION}_providers_schema.json`);
const CDKTF_LIB = path.join(ROOT, 'node_modules', '@cdktf', 'provider-pagerduty', 'lib');
const PROVIDER = {
  fqpn: 'registry.terraform.io/pagerduty/pagerduty',
  version: VERSION,
  name: 'pagerduty',
  source: 'PagerDuty/pagerduty',
  // The constraint @cdktf/provider-pagerduty 14 writes into required_providers, so both flavours synthesize the same block.
  constraint: '~> 3.0',
  folderName: (type, kind) => (kind === 'data' ? `data-${type.replace(/_/g, '-')}` : type.replace(/^pagerduty_/, '').replace(/_/g, '-')),
};

const snake = (camel) => camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const upperFirst = (s) => s[0].toUpperCase() + s.slice(1);

/** `key: { value: ..., isBlock, type, storageClassType }` entries of one `const attrs = {...}` table. */
function attrEntries(body) {
  const re = /^\s{8,16}(\w+): \{\s*value: (.+),\s*isBlock: (true|false),\s*type: "(\w+)",\s*storageClassType: "(\w+)",\s*\}/gm;
  return [...body.matchAll(re)].map((m) => ({ name: m[1], value: m[2], isBlock: m[3] === 'true', type: m[4], storageClass: m[5] }));
}

/** Members of a declared class or interface in a .d.ts: getters, setters and fields with their types. */
function members(dts, decl) {
  const start = dts.search(new RegExp(`export (declare class|interface) ${decl}\\b`));
  if (start < 0) return undefined;
  const body = dts.slice(start, dts.indexOf('\n}', start));
  return {
    getters: new Map([...body.matchAll(/^\s+get (\w+)\(\): (.+);$/gm)].map((m) => [m[1], m[2]])),
    setters: new Set([...body.matchAll(/^\s+set (\w+)\(/gm)].map((m) => m[1])),
    fields: new Map([...body.matchAll(/^\s+readonly (\w+)(\??): (.+);$/gm)].map((m) => [m[1], { optional: m[2] === '?', type: m[3] }])),
  };
}

const SIMPLE = { string: 'string', number: 'number', boolean: 'bool' };

/** The block (attributes and nested blocks) described by one generated `attrs` table and its declarations. */
function blockOf(lib, entries, inputDecl, outputDecl, exclude = []) {
  const block = { attributes: {}, block_types: {} };
  const inputs = new Set();
  for (const e of entries.filter((x) => !exclude.includes(x.name))) {
    const camel = (e.value.match(/(?:struct\.|this\._)(\w+)/) ?? [])[1];
    if (!camel) throw new Error(`cannot read the field of ${e.name}`);
    inputs.add(camel);
    const field = inputDecl.fields.get(camel);
    if (!field) throw new Error(`${e.name}: no field ${camel} in its config interface`);
    const nested = (e.value.match(/\b([a-z]\w*)ToHclTerraform\b/g) ?? []).map((f) => f.slice(0, -'ToHclTerraform'.length)).find((f) => !['string', 'number', 'boolean'].includes(f));
    if (e.isBlock) {
      const inner = nestedBlock(lib, nested);
      const single = !e.value.includes('listMapperHcl');
      block.block_types[e.name] = { nesting_mode: single ? 'list' : e.type, block: inner, ...(single ? { max_items: 1 } : {}), ...(field.optional ? {} : { min_items: 1 }) };
      continue;
    }
    let type;
    if (e.type === 'simple') type = SIMPLE[e.storageClass];
    else if (e.type === 'map') type = ['map', SIMPLE[e.storageClass.replace(/Map$/, '')]];
    else if (nested) type = [e.type, ['object', objectType(nestedBlock(lib, nested))]];
    else type = [e.type, SIMPLE[e.storageClass.replace(/List$/, '')]];
    if (type === undefined || type.includes(undefined)) throw new Error(`${e.name}: unknown storage class ${e.storageClass}`);
    block.attributes[e.name] = { type, ...(field.optional ? { optional: true } : { required: true }), ...(e.name === 'id' && field.optional ? { computed: true } : {}) };
  }
  // Computed-only attributes: getters without a setter or an input (the generator writes those only for computed ones).
  for (const [camel, type] of outputDecl.getters) {
    if (inputs.has(camel) || outputDecl.setters.has(camel) || camel.endsWith('Input') || ['internalValue', 'fqn'].includes(camel)) continue;
    if (block.block_types[snake(camel)]) continue;
    block.attributes[snake(camel)] = { type: computedType(lib, type, camel), computed: true };
  }
  return block;
}

function computedType(lib, type, camel) {
  if (type === 'string') return 'string';
  if (type === 'number') return 'number';
  if (type === 'cdktf.IResolvable') return 'bool';
  if (type === 'string[]') return ['list', 'string'];
  if (type === 'number[]') return ['list', 'number'];
  if (type === 'cdktf.StringMap') return ['map', 'string'];
  const list = type.match(/^(\w+)List$/);
  if (list) return ['list', ['object', objectType(nestedBlock(lib, list[1][0].toLowerCase() + list[1].slice(1)))]];
  throw new Error(`${camel}: no schema type for ${type}`);
}

function objectType(block) {
  return Object.fromEntries(Object.entries(block.attributes).map(([k, a]) => [k, a.type]));
}

function nestedBlock(lib, fn) {
  const body = lib.js.slice(lib.js.indexOf(`function ${fn}ToHclTerraform(struct)`));
  const table = body.slice(0, body.indexOf('\n}'));
  const struct = upperFirst(fn);
  const input = members(lib.dts, struct);
  const output = members(lib.dts, `${struct}OutputReference`) ?? { getters: new Map(), setters: new Set(), fields: new Map() };
  if (!input) throw new Error(`no interface ${struct}`);
  return blockOf(lib, attrEntries(table), input, output);
}

/** The schema of one folder of @cdktf/provider-pagerduty: [kind, type, { version, block }]. */
function folderSchema(folder) {
  const lib = { js: fs.readFileSync(path.join(CDKTF_LIB, folder, 'index.js'), 'utf8'), dts: fs.readFileSync(path.join(CDKTF_LIB, folder, 'index.d.ts'), 'utf8') };
  const cls = lib.dts.match(/export declare class (\w+) extends cdktf\.(TerraformResource|TerraformDataSource|TerraformProvider)/);
  const type = lib.dts.match(/static readonly tfResourceType = "(\w+)";/)[1];
  const synth = lib.js.slice(lib.js.indexOf('synthesizeHclAttributes() {'));
  const table = synth.slice(0, synth.indexOf('\n    }'));
  // `alias` is the cdktf meta-argument of a provider, not part of its schema.
  const block = blockOf(lib, attrEntries(table), members(lib.dts, `${cls[1]}Config`), members(lib.dts, cls[1]), cls[2] === 'TerraformProvider' ? ['alias'] : []);
  const kind = { TerraformResource: 'resource', TerraformDataSource: 'data', TerraformProvider: 'provider' }[cls[2]];
  return [kind, type, { version: 0, block }];
}

function schemaFromCdktf(wanted) {
  const out = { format_version: '1.0', provider_schemas: { [PROVIDER.fqpn]: { provider: undefined, resource_schemas: {}, data_source_schemas: {} } } };
  const p = out.provider_schemas[PROVIDER.fqpn];
  for (const folder of [...wanted].sort()) {
    const [kind, type, schema] = folderSchema(folder);
    if (kind === 'provider') p.provider = schema;
    else (kind === 'data' ? p.data_source_schemas : p.resource_schemas)[type] = schema;
  }
  return out;
}

const json = (v) => `${JSON.stringify(v, null, 2)}\n`;

async function main() {
  const wanted = new Set(providerResourcesUsed(['src', 'test', 'examples', 'bench'].map((d) => path.join(ROOT, d)), PAGERDUTY_LIB));
  if (process.argv.includes('--schema')) {
    fs.mkdirSync(path.dirname(SCHEMA), { recursive: true });
    fs.writeFileSync(SCHEMA, json(schemaFromCdktf(wanted)));
    console.log(`pagerduty schema (${[...wanted].join(', ')}) -> ${path.relative(ROOT, SCHEMA)}`);
    return;
  }
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  if (!process.argv.includes('--check')) {
    await generateBindings(schema, PROVIDER, wanted, PAGERDUTY_BINDINGS);
    console.log(`cdktn pagerduty bindings: ${[...wanted].join(', ')} -> ${path.relative(ROOT, PAGERDUTY_BINDINGS)}/`);
    return;
  }
  const problems = [];
  if (json(schemaFromCdktf(wanted)) !== json(schema)) {
    problems.push(`${path.relative(ROOT, SCHEMA)} does not agree with @cdktf/provider-pagerduty (or a new resource is imported): run --schema, then regenerate`);
  }
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-pagerduty-check-'));
  await generateBindings(schema, PROVIDER, wanted, fresh);
  problems.push(...bindingDifferences(PAGERDUTY_BINDINGS, fresh));
  fs.rmSync(fresh, { recursive: true, force: true });
  if (problems.length) {
    console.error(`cdktn pagerduty bindings are out of date (${problems.length}):\n  ${problems.join('\n  ')}\nrun: node scripts/cdktn-pagerduty-bindings.cjs [--schema] and commit cdktn/`);
    process.exit(1);
  }
  console.log(`cdktn pagerduty schema agrees with @cdktf/provider-pagerduty and the bindings are up to date: ${[...wanted].join(', ')}`);
}

main().catch((e) => {
  console.error(`cdktn-pagerduty-bindings: ${e.message}`);
  process.exit(1);
});
