// Writes the spec of every PrometheusRule in synthesized Terraform JSON
// (kubernetes_manifest resources) as a rule file promtool reads.
// usage: node extract-prometheus-rules.mjs OUT_DIR PATH...
import fs from 'node:fs';
import path from 'node:path';

const [outDir, ...roots] = process.argv.slice(2);
if (!outDir || roots.length === 0) {
  console.error('usage: extract-prometheus-rules.mjs OUT_DIR PATH...');
  process.exit(2);
}
const files = [];
const walk = (p) => {
  if (fs.statSync(p).isFile()) return void files.push(p);
  for (const e of fs.readdirSync(p)) {
    if (e === 'node_modules' || e.startsWith('.')) continue;
    const full = path.join(p, e);
    if (fs.statSync(full).isDirectory()) walk(full);
    else if (e === 'cdk.tf.json') files.push(full);
  }
};
roots.forEach(walk);
fs.mkdirSync(outDir, { recursive: true });
for (const f of files) {
  const doc = JSON.parse(fs.readFileSync(f, 'utf8'));
  const stack = path.basename(path.dirname(f));
  for (const [name, body] of Object.entries(doc.resource?.kubernetes_manifest ?? {})) {
    if (body.manifest?.kind !== 'PrometheusRule') continue;
    const out = path.join(outDir, `${stack}__${name}.rules.yml`);
    fs.writeFileSync(out, JSON.stringify({ groups: body.manifest.spec?.groups ?? [] }, null, 2));
    console.log(out);
  }
}
