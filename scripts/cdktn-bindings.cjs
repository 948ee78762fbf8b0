// The one way the cdktn flavour generates provider bindings: from a provider schema as `terraform providers schema -json`
// prints it, with cdktn's own generator (@cdktn/provider-generator, installed by `npm ci --prefix cdktn/tools`), keeping
// only the resources the library imports. Used by cdktn-kubernetes-bindings.cjs and cdktn-pagerduty-bindings.cjs.
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { ROOT } = require('./flavours.cjs');

const TOOLS = path.join(ROOT, 'cdktn', 'tools', 'node_modules');

/**
 * The generator's HCL tooling (Go, in WebAssembly) reads the Terraform CLI config and logs an error when the file is
 * missing; generating bindings needs nothing from it. It sees only the environment the process started with, hence a
 * re-run with an empty config rather than setting process.env here. Returns true when the caller must stop (re-ran).
 */
function rerunWithCliConfig() {
  const cliConfig = process.env.TF_CLI_CONFIG_FILE || path.join(os.homedir(), '.terraformrc');
  if (fs.existsSync(cliConfig)) return false;
  const rerun = require('node:child_process').spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } });
  process.exit(rerun.status ?? 1);
}

/**
 * Generates the bindings of the `wanted` folders (resource folder names, `data-*` for data sources, `provider`) from
 * `schema` into `outdir` (emptied first). `provider`: { fqpn, version, name, source, constraint, folderName(type, kind) }.
 */
async function generateBindings(schema, provider, wanted, outdir) {
  let generator, commons;
  try {
    generator = require(path.join(TOOLS, '@cdktn', 'provider-generator'));
    commons = require(path.join(TOOLS, '@cdktn', 'commons'));
  } catch {
    throw new Error('the binding generator is not installed: run `npm ci --prefix cdktn/tools` first');
  }
  const all = schema.provider_schemas[provider.fqpn];
  const keep = (kind, types = {}) => Object.fromEntries(Object.entries(types).filter(([type]) => wanted.has(provider.folderName(type, kind))));
  const found = new Set(['provider']);
  for (const [kind, types] of [['resource', all.resource_schemas], ['data', all.data_source_schemas]]) {
    for (const type of Object.keys(types ?? {})) if (wanted.has(provider.folderName(type, kind))) found.add(provider.folderName(type, kind));
  }
  const unknown = [...wanted].filter((w) => !found.has(w));
  if (unknown.length) throw new Error(`not in the ${provider.source} ${provider.version} schema: ${unknown.join(', ')}`);
  const filtered = {
    ...schema,
    provider_versions: { [provider.fqpn]: provider.version },
    provider_schemas: { [provider.fqpn]: { ...all, resource_schemas: keep('resource', all.resource_schemas), data_source_schemas: keep('data', all.data_source_schemas) } },
  };
  const code = new generator.CodeMaker();
  const gen = new generator.TerraformProviderGenerator(code, filtered);
  const constraint = new commons.TerraformProviderConstraint({ name: provider.name, source: provider.source, version: provider.constraint });
  gen.generate(new commons.ConstructsMakerProviderTarget(constraint, commons.LANGUAGES[0]));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `cdktn-${provider.name}-`));
  await code.save(tmp);
  const generated = path.join(tmp, 'providers', provider.name);
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  for (const name of [...wanted].sort()) {
    // Keep the code only: the per-resource README.md and the package-root index files are not used (deep imports only).
    fs.cpSync(path.join(generated, name), path.join(outdir, name), { recursive: true, filter: (src) => !src.endsWith('README.md') });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

/** What differs between the committed bindings and freshly generated ones (README.md is the committed folder's own). */
function bindingDifferences(committedDir, freshDir) {
  const committed = listFiles(committedDir).filter((f) => f !== 'README.md');
  const expected = listFiles(freshDir);
  return [
    ...expected.filter((f) => !committed.includes(f)).map((f) => `missing ${f}`),
    ...committed.filter((f) => !expected.includes(f)).map((f) => `not generated from the schema (or no longer imported): ${f}`),
    ...expected.filter((f) => committed.includes(f) && !fs.readFileSync(path.join(freshDir, f)).equals(fs.readFileSync(path.join(committedDir, f)))).map((f) => `stale ${f}`),
  ];
}

module.exports = { rerunWithCliConfig, generateBindings, bindingDifferences };
