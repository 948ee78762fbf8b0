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
const { rerunWithCliConfig, generateBindings, bindingDifferences } = require('./cdktn-bindings.cjs');

rerunWithCliConfig();
const { ROOT, KUBERNETES_BINDINGS, kubernetesResourcesUsed } = require('./flavours.cjs');

const SCHEMA = path.join(ROOT, 'cdktn', 'schemas', 'kubernetes_2.38.0_providers_schema.json');
const PROVIDER = {
  fqpn: 'registry.terraform.io/hashicorp/kubernetes',
  version: '2.38.0',
  name: 'kubernetes',
  source: 'hashicorp/kubernetes',
  // The constraint @cdktf/provider-kubernetes 12 writes into required_providers, so both flavours synthesize the same block.
  constraint: '~> 2.0',
  folderName,
};

/** The binding folder name of a resource or data source type (kubernetes_deployment_v1 -> deployment-v1). */
function folderName(type, kind) {
  return kind === 'data' ? `data-${type.replace(/_/g, '-')}` : type.replace(/^kubernetes_/, '').replace(/_/g, '-');
}

function generate(outdir, wanted) {
  return generateBindings(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')), PROVIDER, wanted, outdir);
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
  const problems = bindingDifferences(KUBERNETES_BINDINGS, fresh);
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
