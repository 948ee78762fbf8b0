#!/usr/bin/env node
// Runs the AWS validity tables over synthesized stacks: every resource of
// every `cdk.tf.json` under a cdktf output folder, with the Region of the
// provider it uses (its own `region` argument first). A triage aid for the
// tables (docs/aws-validity.md); the `check` command is the user-facing tool.
//
//   npm run build && npm run synth && node scripts/aws-validity/tools/validate-synth.mjs [cdktf.out] [--json]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const require = createRequire(import.meta.url);
const { validateResource, rulesOf } = require(path.join(ROOT, 'dist/aws-validity'));

function stackFiles(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...stackFiles(p));
    else if (entry.name === 'cdk.tf.json') out.push(p);
  }
  return out.sort();
}

/** The Region of each AWS provider configuration, by the name a resource's `provider` gives (`aws`, `aws.recovery`). */
function providerRegions(doc) {
  const regions = new Map();
  for (const config of [doc.provider?.aws ?? []].flat()) regions.set(config.alias ? `aws.${config.alias}` : 'aws', config.region);
  return regions;
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'cdktf.out');
const found = [];
const untabled = new Set();
let resources = 0;
for (const file of stackFiles(dir)) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const regions = providerRegions(doc);
  const stack = path.basename(path.dirname(file));
  for (const [type, byName] of Object.entries(doc.resource ?? {})) {
    if (!type.startsWith('aws_')) continue;
    for (const [name, body] of Object.entries(byName)) {
      resources++;
      if (!rulesOf(type)) untabled.add(type);
      const region = typeof body.region === 'string' && !body.region.includes('${') ? body.region : regions.get(body.provider ?? 'aws');
      for (const v of validateResource(type, body, region ? { region } : {})) found.push({ stack, address: `${type}.${name}`, ...v });
    }
  }
}
if (json) console.log(JSON.stringify(found, null, 2));
else {
  for (const v of found) console.log(`${v.stack} ${v.address} ${v.path} = ${JSON.stringify(v.value)}: must be ${v.allowed} [${v.rule}] (${v.source})`);
  console.log(`${found.length} violations in ${resources} AWS resources${untabled.size ? `; types with no table: ${[...untabled].sort().join(', ')}` : '; every type has a table'}`);
}
