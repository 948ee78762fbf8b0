// Proof that the packed packages work for a user: for each flavour, a new
// TypeScript app is created from scratch in a temporary folder outside the
// repository, installs the packed tarball and its peers the way the README
// says, type-checks against the shipped .d.ts, and synthesizes an AWS and a
// Kubernetes stack with the rule pack on. Then a cdktn app that installed
// cdktf-reliability by mistake must fail with the error naming cdktn-reliability.
//
// usage: node .ci/consumer-apps.mjs   (after `npm run build`; run by .ci/run)
// env:   CDKTN_NODE  a Node >= 22.11 binary for the cdktn app (default: cdktn/tools/node_modules/.bin/node)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reliability-consumer-'));
const cdktnNode = process.env.CDKTN_NODE ?? path.join(root, 'cdktn', 'tools', 'node_modules', '.bin', 'node');
const tfValidate = path.join(root, '..', 'shared', 'tools', 'tf-validate.mjs');
const TYPESCRIPT = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).devDependencies.typescript;

function run(cmd, args, cwd, node = process.execPath) {
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}`, CHECKPOINT_DISABLE: '1' };
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env });
}

function pack(dir) {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work, dir], { cwd: root, encoding: 'utf8' });
  return path.join(work, JSON.parse(out)[0].filename);
}

const FLAVOURS = {
  cdktf: {
    framework: 'cdktf',
    // The README's install line (cdktf section), with the tarball in place of the registry name.
    install: (tgz) => [tgz, 'cdktf@^0.21', 'constructs@^10.4', '@cdktf/provider-aws@^21', '@cdktf/provider-kubernetes@^12'],
    aws: '@cdktf/provider-aws',
    kubernetesProvider: '@cdktf/provider-kubernetes/lib/provider',
    node: process.execPath,
  },
  cdktn: {
    framework: 'cdktn',
    install: (tgz) => [tgz, 'cdktn@^0.24', 'constructs@>=10.6 <10.8', '@cdktn/provider-aws@^25.7'],
    aws: '@cdktn/provider-aws',
    kubernetesProvider: 'cdktn-reliability/dist/kubernetes-provider/provider',
    node: cdktnNode,
  },
};

function mainTs(f, pkg) {
  return `import { App, TerraformStack } from '${f.framework}';
import { AwsProvider } from '${f.aws}/lib/provider';
import { KubernetesProvider } from '${f.kubernetesProvider}';
import { AlarmChannel, ReliabilityChecks, SloRules } from '${pkg}';

const app = new App({ outdir: 'cdktf.out' });
const stack = new TerraformStack(app, 'payments');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
new KubernetesProvider(stack, 'kubernetes', { configPath: '~/.kube/config' });
new AlarmChannel(stack, 'alarms', {
  subscriptions: {
    page: [{ protocol: 'https', endpoint: 'https://events.pagerduty.com/integration/0123456789abcdef/enqueue' }],
    ticket: [{ protocol: 'email', endpoint: 'payments-oncall@example.com' }],
  },
});
new SloRules(stack, 'slos', {
  service: 'payments',
  slos: [{
    name: 'availability',
    objective: 99.9,
    errorQuery: 'sum(rate(http_requests_total{job="payments",code=~"5.."}[{{.window}}]))',
    totalQuery: 'sum(rate(http_requests_total{job="payments"}[{{.window}}]))',
  }],
});
ReliabilityChecks.addTo(app);
app.synth();
`;
}

function consumer(name, f, tarball) {
  const dir = path.join(work, `app-${name}`);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, version: '0.0.0' }, null, 2));
  fs.writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'commonjs', strict: true, esModuleInterop: true, skipLibCheck: false, outDir: 'out', types: [] }, files: ['main.ts'] }, null, 2),
  );
  fs.writeFileSync(path.join(dir, 'main.ts'), mainTs(f, `${f.framework}-reliability`));
  console.log(`\n-- ${name}: npm install ${f.install(path.basename(tarball)).join(' ')} (in ${dir})`);
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...f.install(tarball), `typescript@${TYPESCRIPT}`], dir);
  return dir;
}

function synth(name, f, dir) {
  run(path.join(dir, 'node_modules', '.bin', 'tsc'), ['-p', '.'], dir, f.node);
  run(f.node, ['out/main.js'], dir, f.node);
  const file = path.join(dir, 'cdktf.out', 'stacks', 'payments', 'cdk.tf.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8'));
  const topics = Object.keys(json.resource?.aws_sns_topic ?? {}).length;
  const rules = Object.keys(json.resource?.kubernetes_manifest ?? {}).length;
  if (topics !== 2 || rules !== 1) throw new Error(`${name}: expected 2 SNS topics and 1 PrometheusRule manifest, got ${topics} and ${rules}`);
  console.log(`${name}: synthesized ${path.relative(work, file)} with node ${execFileSync(f.node, ['--version'], { encoding: 'utf8' }).trim()} (${topics} SNS topics, ${rules} PrometheusRule)`);
  if (fs.existsSync(tfValidate)) run(process.execPath, [tfValidate, path.join(dir, 'cdktf.out')], dir);
  else console.log(`(${tfValidate} not found: provider-schema check skipped)`);
}

try {
  const tarballs = { cdktf: pack('.'), cdktn: pack('./build/cdktn') };
  const dirs = {};
  for (const [name, f] of Object.entries(FLAVOURS)) {
    dirs[name] = consumer(name, f, tarballs[name]);
    synth(name, f, dirs[name]);
  }

  // The exports map: what the README documents resolves; the private/ modules and other internals do not.
  console.log('\n-- the exports map of each package');
  const resolves = (dir, specifier, node = process.execPath) =>
    spawnSync(node, ['-e', `require(${JSON.stringify(specifier)})`], { cwd: dir, encoding: 'utf8' });
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
    const r = resolves(dirs[name], specifier, FLAVOURS[name].node);
    const refused = r.status !== 0 && r.stderr.includes('ERR_PACKAGE_PATH_NOT_EXPORTED');
    if (exported ? r.status !== 0 : !refused) throw new Error(`${specifier} should ${exported ? 'resolve' : 'be refused by the exports map'}; exit ${r.status}, stderr:\n${r.stderr}`);
    console.log(`${name}: ${specifier} ${exported ? 'resolves' : 'is not exported (ERR_PACKAGE_PATH_NOT_EXPORTED)'}`);
  }

  // A cdktn app that installed the cdktf package: the construct must refuse the cdktn stack by name.
  console.log('\n-- mixing: a cdktn app using cdktf-reliability');
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', 'cdktn@^0.24', 'constructs@>=10.6 <10.8'], dirs.cdktf);
  fs.writeFileSync(
    path.join(dirs.cdktf, 'mixed.js'),
    "const { App, TerraformStack } = require('cdktn');\nconst { AlarmChannel } = require('cdktf-reliability');\nconst app = new App({ outdir: 'mixed.out' });\nnew AlarmChannel(new TerraformStack(app, 'payments'), 'alarms');\napp.synth();\n",
  );
  const mixed = spawnSync(process.execPath, ['mixed.js'], { cwd: dirs.cdktf, encoding: 'utf8' });
  const expected = 'Install cdktn-reliability (npm install cdktn-reliability)';
  if (mixed.status === 0 || !mixed.stderr.includes(expected)) {
    throw new Error(`mixing cdktn and cdktf-reliability should fail naming cdktn-reliability; exit ${mixed.status}, stderr:\n${mixed.stderr}`);
  }
  console.log(`mixing: refused as expected: ${mixed.stderr.split('\n').find((l) => l.includes(expected))?.trim()}`);
  console.log('\nconsumer apps: both flavours install from their tarballs and synthesize');
  fs.rmSync(work, { recursive: true, force: true });
} catch (e) {
  console.error(`consumer apps failed (left in ${work} for inspection): ${e.message}`);
  process.exit(1);
}
