// Proves the migration note of the README: the same stacks synthesized with
// cdktf and with cdktn give the same Terraform JSON (same logical ids, same
// arguments), except for what the framework itself writes:
//   //.metadata.version                         the framework's version
//   terraform.backend.local.path                the folder synth ran in
//   terraform.required_providers.<p>.source     "aws" vs "hashicorp/aws" (one registry address)
//   terraform.required_providers.aws.version    the AWS provider the bindings target
// Anything else that differs is an error.
//
// usage: node scripts/compare-flavours.cjs CDKTF_OUT CDKTN_OUT
const fs = require('node:fs');
const path = require('node:path');

const ALLOWED = [
  /^\/\/\.metadata\.version$/,
  /^terraform\.backend\.local\.path$/,
  /^terraform\.required_providers\.[a-z0-9-]+\.source$/,
  /^terraform\.required_providers\.aws\.version$/,
];

function differences(a, b, at = '', out = []) {
  if (JSON.stringify(a) === JSON.stringify(b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object' && Array.isArray(a) === Array.isArray(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[k], b[k], at ? `${at}.${k}` : k, out);
  } else {
    out.push({ at, cdktf: a, cdktn: b });
  }
  return out;
}

/** An allowed path must still agree on what matters: the same registry address, the same state file name. */
function sameMeaning(d) {
  const full = (s) => (typeof s === 'string' && !s.includes('/') ? `hashicorp/${s}` : s);
  if (d.at.endsWith('.source')) return full(d.cdktf) === full(d.cdktn);
  if (d.at.endsWith('local.path')) return path.basename(String(d.cdktf)) === path.basename(String(d.cdktn));
  return true;
}

function main() {
  const [cdktfOut, cdktnOut] = process.argv.slice(2);
  if (!cdktfOut || !cdktnOut) {
    console.error('usage: node scripts/compare-flavours.cjs CDKTF_OUT CDKTN_OUT');
    process.exit(2);
  }
  const stacks = (dir) => fs.readdirSync(path.join(dir, 'stacks')).sort();
  const names = stacks(cdktfOut);
  const problems = [];
  if (JSON.stringify(names) !== JSON.stringify(stacks(cdktnOut))) problems.push(`stacks differ: cdktf ${names.join(', ')}; cdktn ${stacks(cdktnOut).join(', ')}`);
  const allowed = new Set();
  for (const name of names) {
    const read = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
    for (const d of differences(read(cdktfOut), read(cdktnOut))) {
      if (!ALLOWED.some((re) => re.test(d.at)) || !sameMeaning(d)) problems.push(`${name}: ${d.at}: cdktf ${JSON.stringify(d.cdktf)}, cdktn ${JSON.stringify(d.cdktn)}`);
      else if (d.at.endsWith('local.path')) allowed.add(`${d.at}: the folder synth ran in (same state file name)`);
      else allowed.add(`${d.at}: ${JSON.stringify(d.cdktf)} -> ${JSON.stringify(d.cdktn)}`);
    }
  }
  if (problems.length) {
    console.error(`cdktf and cdktn synthesize different stacks (${problems.length}):\n  ${problems.slice(0, 50).join('\n  ')}`);
    process.exit(1);
  }
  console.log(`cdktf and cdktn: ${names.length} stacks, the same resources, logical ids and arguments; framework-written differences only:`);
  for (const line of [...allowed].sort()) console.log(`  ${line}`);
}

main();
