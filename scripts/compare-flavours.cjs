// Proves the migration note of the README: the same stacks synthesized with
// cdktf and with cdktn give the same Terraform JSON (same logical ids, same
// arguments), except for what the framework itself writes:
//   //.metadata.version                         the framework's version
//   terraform.backend.local.path                the folder synth ran in
//   terraform.required_providers.<p>.source     "aws" vs "hashicorp/aws" (one registry address)
//   terraform.required_providers.aws.version    the AWS provider the bindings target
//   terraform.required_providers.datadog.version the Datadog provider the bindings target
//                                               (@cdktf/provider-datadog 12: 3.x; @cdktn/provider-datadog 16: 4.x;
//                                               DatadogSlos writes the same arguments on both)
//   //.metadata.overrides.stack                 ["terraform"] on the side whose AWS provider
//                                               constraint was raised by an override (cdktf's
//                                               6.25 pin for a resource of a later 6.x), only
//                                               when that version differs too
// Anything else that differs is an error.
//
// usage: node scripts/compare-flavours.cjs CDKTF_OUT CDKTN_OUT
const fs = require('node:fs');
const path = require('node:path');

const ALLOWED = [
  /^\/\/\.metadata\.version$/,
  /^terraform\.backend\.local\.path$/,
  /^terraform\.required_providers\.[a-z0-9-]+\.source$/,
  /^terraform\.required_providers\.(aws|datadog)\.version$/,
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

/**
 * cdktf records a stack-level addOverride in //.metadata.overrides.stack. A
 * stack whose AWS provider constraint one flavour raised (requireAwsProvider)
 * and the other did not (its bindings already pin a later version) differs
 * there for that reason alone: allowed only when the override is exactly
 * ["terraform"] on one side and absent on the other, and the stacks' AWS
 * provider versions differ.
 */
function raisedProviderOverride(d, a, b) {
  if (d.at !== '//.metadata.overrides.stack' && d.at !== '//.metadata.overrides') return false;
  const stackOf = (v) => (d.at.endsWith('.stack') ? v : v && v.stack);
  const sides = [stackOf(d.cdktf), stackOf(d.cdktn)];
  const onlyTerraform = (v) => JSON.stringify(v) === '["terraform"]';
  const rest = (v) => (v && typeof v === 'object' ? Object.keys(v).filter((k) => k !== 'stack') : []);
  if (d.at === '//.metadata.overrides' && (rest(d.cdktf).length || rest(d.cdktn).length)) return false;
  if (!((onlyTerraform(sides[0]) && sides[1] === undefined) || (onlyTerraform(sides[1]) && sides[0] === undefined))) return false;
  const version = (j) => j?.terraform?.required_providers?.aws?.version;
  return version(a) !== undefined && version(a) !== version(b);
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
    const [a, b] = [read(cdktfOut), read(cdktnOut)];
    for (const d of differences(a, b)) {
      if (raisedProviderOverride(d, a, b)) allowed.add(`${d.at}: ${JSON.stringify(d.cdktf)} -> ${JSON.stringify(d.cdktn)} (the raised AWS provider constraint)`);
      else if (!ALLOWED.some((re) => re.test(d.at)) || !sameMeaning(d)) problems.push(`${name}: ${d.at}: cdktf ${JSON.stringify(d.cdktf)}, cdktn ${JSON.stringify(d.cdktn)}`);
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
