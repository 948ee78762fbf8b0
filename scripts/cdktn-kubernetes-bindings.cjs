// Generates the cdktn bindings for hashicorp/kubernetes 2.38 that the cdktn
// flavour uses in place of @cdktf/provider-kubernetes (there is no
// @cdktn/provider-kubernetes on npm, and `cdktn get` needs the network).
//
// Input: the provider schema kept in the repository
// (cdktn/schemas/kubernetes_2.38.0_providers_schema.json, what
// `terraform providers schema -json` prints for hashicorp/kubernetes 2.38.0).
// Output: cdktn/kubernetes-provider/<resource>/ for `provider` and every
// resource imported as `@cdktf/provider-kubernetes/lib/<resource>` anywhere
// in src/, test/, examples/ or bench/ (all 108 would be 29 MB of TypeScript).
//
// usage: node scripts/cdktn-kubernetes-bindings.cjs          regenerate
//        node scripts/cdktn-kubernetes-bindings.cjs --check  exit 1 if the committed bindings are stale or missing one
// needs: npm ci --prefix cdktn/tools (the generator, @cdktn/provider-generator)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

// The generator's HCL tooling (Go, in WebAssembly) reads the Terraform CLI config and logs an error when the file
// is missing; generating bindings needs nothing from it. It sees only the environment the process started with,
// hence a re-run with an empty config rather than setting process.env here.
const cliConfig = process.env.TF_CLI_CONFIG_FILE || path.join(os.homedir(), '.terraformrc');
if (!fs.existsSync(cliConfig)) {
  const rerun = require('node:child_process').spawnSync(process.execPath, process.argv.slice(1), { stdio: 'inherit', env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' } });
  process.exit(rerun.status ?? 1);
}
const { ROOT, KUBERNETES_BINDINGS, kubernetesResourcesUsed } = require('./flavours.cjs');

const SCHEMA = path.join(ROOT, 'cdktn', 'schemas', 'kubernetes_2.38.0_providers_schema.json');
const FQPN = 'registry.terraform.io/hashicorp/kubernetes';
const PROVIDER_VERSION = '2.38.0';
// The constraint @cdktf/provider-kubernetes 12 writes into required_providers, so both flavours synthesize the same block.
const VERSION_CONSTRAINT = '~> 2.0';
const TOOLS = path.join(ROOT, 'cdktn', 'tools', 'node_modules');

/** The binding folder name of a resource or data source type (kubernetes_deployment_v1 -> deployment-v1). */
function folderName(type, kind) {
  return kind === 'data' ? `data-${type.replace(/_/g, '-')}` : type.replace(/^kubernetes_/, '').replace(/_/g, '-');
}

async function generate(outdir, wanted) {
  let generator, commons;
  try {
    generator = require(path.join(TOOLS, '@cdktn', 'provider-generator'));
    commons = require(path.join(TOOLS, '@cdktn', 'commons'));
  } catch {
    throw new Error('the binding generator is not installed: run `npm ci --prefix cdktn/tools` first');
  }
  const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
  const provider = schema.provider_schemas[FQPN];
  const keep = (kind, all = {}) => Object.fromEntries(Object.entries(all).filter(([type]) => wanted.has(folderName(type, kind))));
  const found = new Set(['provider']);
  for (const [kind, all] of [['resource', provider.resource_schemas], ['data', provider.data_source_schemas]]) {
    for (const type of Object.keys(all ?? {})) if (wanted.has(folderName(type, kind))) found.add(folderName(type, kind));
  }
  const unknown = [...wanted].filter((w) => !found.has(w));
  if (unknown.length) throw new Error(`not in the hashicorp/kubernetes ${PROVIDER_VERSION} schema: ${unknown.join(', ')}`);
  const filtered = {
    ...schema,
    provider_versions: { [FQPN]: PROVIDER_VERSION },
    provider_schemas: {
      [FQPN]: { ...provider, resource_schemas: keep('resource', provider.resource_schemas), data_source_schemas: keep('data', provider.data_source_schemas) },
    },
  };
  const code = new generator.CodeMaker();
  const gen = new generator.TerraformProviderGenerator(code, filtered);
  const constraint = new commons.TerraformProviderConstraint({ name: 'kubernetes', source: 'hashicorp/kubernetes', version: VERSION_CONSTRAINT });
  gen.generate(new commons.ConstructsMakerProviderTarget(constraint, commons.LANGUAGES[0]));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-k8s-'));
  await code.save(tmp);
  const generated = path.join(tmp, 'providers', 'kubernetes');
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

async function main() {
  const check = process.argv.includes('--check');
  const wanted = new Set(kubernetesResourcesUsed(['src', 'test', 'examples', 'bench'].map((d) => path.join(ROOT, d))));
  const readme = fs.existsSync(path.join(KUBERNETES_BINDINGS, 'README.md')) ? fs.readFileSync(path.join(KUBERNETES_BINDINGS, 'README.md')) : null;
  if (!check) {
    await generate(KUBERNETES_BINDINGS, wanted);
    if (readme) fs.writeFileSync(path.join(KUBERNETES_BINDINGS, 'README.md'), readme);
    console.log(`cdktn kubernetes bindings: ${[...wanted].join(', ')} -> ${path.relative(ROOT, KUBERNETES_BINDINGS)}/`);
    return;
  }
  const fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'cdktn-k8s-check-'));
  await generate(fresh, wanted);
  const committed = listFiles(KUBERNETES_BINDINGS).filter((f) => f !== 'README.md');
  const expected = listFiles(fresh);
  const problems = [
    ...expected.filter((f) => !committed.includes(f)).map((f) => `missing ${f}`),
    ...committed.filter((f) => !expected.includes(f)).map((f) => `not generated from the schema (or no longer imported): ${f}`),
    ...expected.filter((f) => committed.includes(f) && !fs.readFileSync(path.join(fresh, f)).equals(fs.readFileSync(path.join(KUBERNETES_BINDINGS, f)))).map((f) => `stale ${f}`),
  ];
  fs.rmSync(fresh, { recursive: true, force: true });
  if (problems.length) {
    console.error(`cdktn kubernetes bindings are out of date (${problems.length}):\n  ${problems.join('\n  ')}\nrun: node scripts/cdktn-kubernetes-bindings.cjs (after npm ci --prefix cdktn/tools) and commit cdktn/kubernetes-provider/`);
    process.exit(1);
  }
  console.log(`cdktn kubernetes bindings up to date: ${[...wanted].join(', ')}`);
}

main().catch((e) => {
  console.error(`cdktn-kubernetes-bindings: ${e.message}`);
  process.exit(1);
});
