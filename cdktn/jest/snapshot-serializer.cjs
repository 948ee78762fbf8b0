// Snapshot serializer of the cdktn test run (jest.cdktn.config.js): lets the
// one set of snapshots, written on cdktf, hold for cdktn too. It touches only
// strings that are synthesized Terraform JSON (`Testing.synth` output), and
// changes exactly two things, both facts of the flavour rather than of the library:
// - layout: cdktn's Testing.synth prints with safe-stable-stringify, cdktf's with
//   json-stable-stringify (an empty object is `{}` in one and `{\n}` in the
//   other); the value is re-printed with cdktf's printer;
// - required_providers: cdktn writes `hashicorp/aws` where cdktf writes `aws`
//   (Terraform reads both as registry.terraform.io/hashicorp/aws), and
//   @cdktn/provider-aws binds a newer AWS provider than @cdktf/provider-aws. A stack with a
//   resource newer than cdktf's bindings has its constraint raised on cdktf only
//   (src/aws/common/provider-version.ts): cdktn's exact pin then maps to the `~> x.y` cdktf writes.
// test/flavours/flavour.test.ts asserts the real cdktn values, so this mapping hides nothing;
// test/flavour/snapshot-serializer.test.ts keeps NEWER_THAN_CDKTF in step with the library's constants.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');
// The printer cdktf 0.21's Testing.synth uses (bundled with cdktf).
const cdktfStringify = require(path.join(root, 'node_modules', 'cdktf', 'node_modules', 'json-stable-stringify'));
const boundVersion = (pkg) => JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).cdktf.provider.version;
const AWS_VERSION = { cdktn: boundVersion('@cdktn/provider-aws'), cdktf: boundVersion('@cdktf/provider-aws') };
/** Resources and data sources newer than @cdktf/provider-aws's 6.25.0, and the first hashicorp/aws release with each. */
const NEWER_THAN_CDKTF = {
  'resource.aws_arcregionswitch_plan': '6.29.0',
  'data.aws_arcregionswitch_route53_health_checks': '6.29.0',
  'resource.aws_arczonalshift_zonal_autoshift_configuration': '6.44.0',
};
const TERRAFORM_KEYS = new Set(['resource', 'data', 'ephemeral', 'provider', 'terraform', 'output', 'locals', 'variable', 'module']);

function terraformJson(value) {
  if (typeof value !== 'string' || !value.startsWith('{')) return undefined;
  try {
    const parsed = JSON.parse(value);
    const keys = Object.keys(parsed);
    return keys.length > 0 && keys.every((k) => TERRAFORM_KEYS.has(k)) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** The AWS constraint cdktf writes for this stack: its pin, or `~> x.y` of the newest resource it lacks. */
function cdktfAwsConstraint(json) {
  const needed = Object.entries(NEWER_THAN_CDKTF)
    .filter(([key]) => {
      const [kind, type] = key.split('.');
      return json[kind] && json[kind][type] !== undefined;
    })
    .map(([, version]) => version)
    .sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  const newest = needed[needed.length - 1];
  return newest === undefined ? AWS_VERSION.cdktf : `~> ${newest.split('.').slice(0, 2).join('.')}`;
}

function asCdktfPrints(json) {
  for (const [name, req] of Object.entries(json.terraform?.required_providers ?? {})) {
    if (req.source === `hashicorp/${name}`) req.source = name;
    if (name === 'aws' && req.version === AWS_VERSION.cdktn) req.version = cdktfAwsConstraint(json);
  }
  return cdktfStringify(json, { space: 2 });
}

let printing = false;
module.exports = {
  test(value) {
    return !printing && terraformJson(value) !== undefined;
  },
  serialize(value, config, indentation, depth, refs, printer) {
    // Print the rewritten string the way jest prints any string.
    printing = true;
    try {
      return printer(asCdktfPrints(terraformJson(value)), config, indentation, depth, refs);
    } finally {
      printing = false;
    }
  },
  asCdktfPrints,
  AWS_VERSION,
  NEWER_THAN_CDKTF,
};
