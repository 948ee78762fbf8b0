// Writes every PrometheusRule in synthesized Terraform JSON as a rule file
// promtool reads, with the same code the promtool tests use.
// usage: npx tsx .ci/extract-prometheus-rules.ts OUT_DIR PATH...
import * as fs from 'node:fs';
import * as path from 'node:path';
import { writeRuleFiles } from '../test/kubernetes/promtool';

const [outDir, ...roots] = process.argv.slice(2);
if (!outDir || roots.length === 0) {
  console.error('usage: extract-prometheus-rules.ts OUT_DIR PATH...');
  process.exit(2);
}
const stacks: string[] = [];
const walk = (p: string): void => {
  if (fs.statSync(p).isFile()) return void stacks.push(p);
  for (const e of fs.readdirSync(p)) {
    const full = path.join(p, e);
    if (fs.statSync(full).isDirectory()) walk(full);
    else if (e === 'cdk.tf.json') stacks.push(full);
  }
};
roots.forEach(walk);
for (const file of stacks) {
  const dir = path.join(outDir, path.basename(path.dirname(file)));
  fs.mkdirSync(dir, { recursive: true });
  for (const written of writeRuleFiles(JSON.parse(fs.readFileSync(file, 'utf8')), dir)) console.log(written);
}
