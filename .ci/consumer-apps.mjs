// Proof that the packed packages work for a user, by the recipe users read:
// for each flavour, the blocks of docs/getting-started.md marked
// `<!-- recipe:<flavour>:run -->` (shell) and `<!-- recipe:<flavour>:file NAME -->`
// (files) run in order, in one bash session, in a temporary folder outside the
// repository, with the packed tarball's path in place of the package name in
// the install line (the packages are not on npm yet). The recipe installs the
// CLI, type-checks against the shipped .d.ts and runs the real `cdktf synth` /
// `cdktn synth` (cdktn on the Node 22 the recipe installs from npm). Then: the
// exports map, the package's own name in SARIF and JUnit, and the two ways
// cdktf and cdktn get mixed (the wrong library package, a provider package
// left behind) must each fail with the error naming the package to install.
//
// usage: node .ci/consumer-apps.mjs   (after `npm run build`; run by .ci/run)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-consumer-'));
const tfValidate = path.join(root, '..', 'shared', 'tools', 'tf-validate.mjs');
const RECIPE = path.join(root, 'docs', 'getting-started.md');

function run(cmd, args, cwd, env = {}) {
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHECKPOINT_DISABLE: '1', ...env } });
}

function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work, dir], { cwd: root, encoding: 'utf8' });
  return path.join(work, JSON.parse(out)[0].filename);
}

/** The recipe of one flavour, in document order: `{ run: string }` shell blocks and `{ file, text }` files. */
export function recipeSteps(markdown, flavour) {
  const steps = [];
  const block = /<!-- recipe:([a-z]+):(run|file ([^ ]+)) -->\n```[a-z]*\n([\s\S]*?)\n```/g;
  for (const m of markdown.matchAll(block)) {
    if (m[1] !== flavour) continue;
    steps.push(m[2] === 'run' ? { run: m[4] } : { file: m[3], text: `${m[4]}\n` });
  }
  return steps;
}

/** One bash script for the recipe, the tarball in place of `pkg` in `npm install` lines; it ends in the app folder and prints it. */
function recipeScript(steps, pkg, tarball) {
  const lines = ['set -euo pipefail'];
  for (const step of steps) {
    if (step.run !== undefined) lines.push(step.run.replace(new RegExp(`^(npm install) ${pkg} `, 'gm'), `$1 ${tarball} `));
    else lines.push(`cat > ${step.file} <<'RECIPE_EOF'\n${step.text}RECIPE_EOF`);
  }
  lines.push('pwd > "$RECIPE_APP_DIR_FILE"');
  return lines.join('\n');
}

const FLAVOURS = {
  cdktf: { framework: 'cdktf', pkg: 'cdktf-reliability', aws: '@cdktf/provider-aws' },
  cdktn: { framework: 'cdktn', pkg: 'cdktn-reliability', aws: '@cdktn/provider-aws' },
};

/** Follows the recipe for a flavour; returns the app folder. */
function followRecipe(name, f, tarball) {
  const steps = recipeSteps(fs.readFileSync(RECIPE, 'utf8'), name);
  if (!steps.some((s) => s.run?.includes(`npm install ${f.pkg} `)) || !steps.some((s) => s.file === 'main.ts')) {
    throw new Error(`${path.relative(root, RECIPE)}: no ${name} recipe (an install line for ${f.pkg} and a main.ts)`);
  }
  const base = path.join(work, name);
  fs.mkdirSync(base);
  const appDirFile = path.join(work, `${name}.appdir`);
  console.log(`\n-- ${name}: the recipe of ${path.relative(root, RECIPE)} (${steps.length} steps) in ${base}`);
  // The recipe's commands as a user types them; npm's cache is warm in CI, so prefer it.
  run('bash', ['-c', recipeScript(steps, f.pkg, tarball)], base, { RECIPE_APP_DIR_FILE: appDirFile, npm_config_prefer_offline: 'true', npm_config_loglevel: 'warn' });
  return fs.readFileSync(appDirFile, 'utf8').trim();
}

/** The app's own Node: the recipe's node@22 for cdktn, this one for cdktf. */
function nodeOf(dir) {
  const local = path.join(dir, 'node_modules', '.bin', 'node');
  return fs.existsSync(local) ? local : process.execPath;
}

function checkSynth(name, dir) {
  const file = path.join(dir, 'cdktf.out', 'stacks', 'payments', 'cdk.tf.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const topics = Object.keys(json.resource?.aws_sns_topic ?? {}).length;
  const rules = Object.keys(json.resource?.kubernetes_manifest ?? {}).length;
  if (topics !== 2 || rules !== 1) throw new Error(`${name}: expected 2 SNS topics and 1 PrometheusRule manifest, got ${topics} and ${rules}`);
  const node = execFileSync(nodeOf(dir), ['--version'], { encoding: 'utf8' }).trim();
  console.log(`${name}: synthesized ${path.relative(work, file)} with node ${node} (${topics} SNS topics, ${rules} PrometheusRule)`);
  if (name === 'cdktn' && !node.startsWith('v22.')) throw new Error(`cdktn: the recipe's app runs on ${node}, not the Node 22 it installs`);
  if (fs.existsSync(tfValidate)) run(process.execPath, [tfValidate, path.join(dir, 'cdktf.out')], dir);
  else console.log(`(${tfValidate} not found: provider-schema check skipped)`);
}

/** Runs `script` (CommonJS) in the app with its own Node; it must fail with `expected` on stderr, in one line without a stack. */
function expectRefusal(label, dir, file, script, expected) {
  fs.writeFileSync(path.join(dir, file), script);
  const r = spawnSync(nodeOf(dir), [file], { cwd: dir, encoding: 'utf8' });
  const line = r.stderr.split('\n').find((l) => l.includes(expected));
  if (r.status === 0 || !line) throw new Error(`${label} should fail naming "${expected}"; exit ${r.status}, stderr:\n${r.stderr}`);
  console.log(`${label}: refused as expected: ${line.trim().slice(0, 300)}`);
}

try {
  const tarballs = { cdktf: pack('.'), cdktn: pack('./build/cdktn') };
  const dirs = {};
  for (const [name, f] of Object.entries(FLAVOURS)) {
    dirs[name] = followRecipe(name, f, tarballs[name]);
    checkSynth(name, dirs[name]);
  }

  // The exports map: what the README documents resolves; the private/ modules and other internals do not.
  console.log('\n-- the exports map of each package');
  const resolves = (dir, specifier) => spawnSync(nodeOf(dir), ['-e', `require(${JSON.stringify(specifier)})`], { cwd: dir, encoding: 'utf8' });
  const expectations = [
    ['cdktf', 'cdktf-reliability', true],
    ['cdktf', 'cdktf-reliability/aws-validity', true],
    ['cdktf', 'cdktf-reliability/dist/aws-validity', true],
    ['cdktf', 'cdktf-reliability/package.json', true],
    ['cdktf', 'cdktf-reliability/dist/aws-validity/private/walk', false],
    ['cdktf', 'cdktf-reliability/dist/core/errors', false],
    ['cdktn', 'cdktn-reliability/kubernetes-provider/provider', true],
    ['cdktn', 'cdktn-reliability/dist/kubernetes-provider/deployment-v1', true],
    ['cdktn', 'cdktn-reliability/pagerduty-provider/provider', true],
    ['cdktn', 'cdktn-reliability/dist/aws-validity/private/walk', false],
  ];
  for (const [name, specifier, exported] of expectations) {
    const r = resolves(dirs[name], specifier);
    const refused = r.status !== 0 && r.stderr.includes('ERR_PACKAGE_PATH_NOT_EXPORTED');
    if (exported ? r.status !== 0 : !refused) throw new Error(`${specifier} should ${exported ? 'resolve' : 'be refused by the exports map'}; exit ${r.status}, stderr:\n${r.stderr}`);
    console.log(`${name}: ${specifier} ${exported ? 'resolves' : 'is not exported (ERR_PACKAGE_PATH_NOT_EXPORTED)'}`);
  }

  // Each package names itself in SARIF and JUnit (read from its own package.json), not the other flavour.
  console.log('\n-- the check command names its own package');
  for (const [name, f] of Object.entries(FLAVOURS)) {
    const cli = path.join(dirs[name], 'node_modules', f.pkg, 'dist', 'cli', 'main.js');
    const sarif = spawnSync(nodeOf(dirs[name]), [cli, 'check', 'cdktf.out', '--format', 'sarif'], { cwd: dirs[name], encoding: 'utf8' });
    const driver = JSON.parse(sarif.stdout).runs[0].tool.driver;
    const junit = spawnSync(nodeOf(dirs[name]), [cli, 'check', 'cdktf.out', '--format', 'junit'], { cwd: dirs[name], encoding: 'utf8' }).stdout;
    if (driver.name !== f.pkg || driver.informationUri !== `https://www.npmjs.com/package/${f.pkg}` || !junit.includes(`<testsuites name="${f.pkg}"`)) {
      throw new Error(`${name}: SARIF names ${driver.name} (${driver.informationUri}), JUnit ${junit.split('\n')[1]}; expected ${f.pkg}`);
    }
    console.log(`${name}: SARIF tool ${driver.name} (${driver.informationUri}), JUnit <testsuites name="${f.pkg}">`);
  }

  // The two ways a migration mixes the frameworks: each is refused naming what to install.
  console.log('\n-- mixing cdktf and cdktn');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', 'cdktn@^0.24', 'constructs@>=10.6 <10.8'], dirs.cdktf);
  expectRefusal(
    'a cdktn app using cdktf-reliability',
    dirs.cdktf,
    'mixed.js',
    "const { App, TerraformStack } = require('cdktn');\nconst { AlarmChannel } = require('cdktf-reliability');\nconst app = new App({ outdir: 'mixed.out' });\nnew AlarmChannel(new TerraformStack(app, 'payments'), 'alarms');\napp.synth();\n",
    'Install cdktn-reliability (npm install cdktn-reliability; while it is not published on npm, install the tarball',
  );
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '@cdktf/provider-aws@^21'], dirs.cdktn, { PATH: `${path.dirname(nodeOf(dirs.cdktn))}${path.delimiter}${process.env.PATH}` });
  expectRefusal(
    'a cdktn app that kept @cdktf/provider-aws',
    dirs.cdktn,
    'mixed-provider.js',
    "const { App, TerraformStack } = require('cdktn');\nconst { AwsProvider } = require('@cdktf/provider-aws/lib/provider');\nconst { AlarmChannel } = require('cdktn-reliability');\nconst app = new App({ outdir: 'mixed.out' });\nconst stack = new TerraformStack(app, 'payments');\nnew AwsProvider(stack, 'aws', { region: 'eu-west-1' });\nnew AlarmChannel(stack, 'alarms', { subscriptions: { ticket: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } });\napp.synth();\n",
    'Swap @cdktf/provider-aws for @cdktn/provider-aws',
  );
  console.log('\nconsumer apps: both flavours follow docs/getting-started.md from their tarballs and synthesize');
  fs.rmSync(work, { recursive: true, force: true });
} catch (e) {
  console.error(`consumer apps failed (left in ${work} for inspection): ${e.message}`);
  process.exit(1);
}
