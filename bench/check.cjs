// `check` as a team runs it: the CLI over a file, both rule families (reliability and validity), in a fresh
// process each time. Used by bench/run.mjs; runnable alone: node bench/check.cjs FILE (prints one JSON line:
// milliseconds from reading the file to the formatted output, peak RSS, findings).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { generate } = require('./rule-pack.cjs');
const { planOf } = require('./plan.cjs');

/** Writes the bench inputs of N resources: a Terraform JSON file and a plan file. */
function writeInputs(n, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-bench-'))) {
  const config = path.join(dir, 'bench.tf.json');
  fs.writeFileSync(config, JSON.stringify({ provider: { aws: { region: 'eu-west-1' } }, ...generate(n) }));
  const plan = path.join(dir, 'bench.plan.json');
  // terraform show -json writes one line, no indentation.
  fs.writeFileSync(plan, JSON.stringify(planOf(n)));
  return { dir, config, plan };
}

/** Runs `check FILE --format json` (both families) in a fresh process; returns its figures. */
function measureFile(file, dist = path.join(__dirname, '..', 'dist'), format = 'json') {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'check.cjs'), file, dist, format], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return JSON.parse(out);
}

module.exports = { writeInputs, measureFile };

if (require.main === module) {
  // sarif: the format that reads each resource's line in the file (json does not).
  const [file, dist = path.join(__dirname, '..', 'dist'), format = 'json'] = process.argv.slice(2);
  const loadStart = process.hrtime.bigint();
  const { main } = require(path.join(dist, 'cli', 'main.js'));
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  let output = '';
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const code = main(['check', file, '--format', format], { out: (t) => (output += t), err: (t) => process.stderr.write(t) });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  const doc = JSON.parse(output);
  const findings = format === 'sarif' ? doc.runs.reduce((n, r) => n + r.results.length, 0) : doc.stacks.reduce((n, s) => n + s.findings.length, 0);
  process.stdout.write(
    JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, loadMs, rssMiB: process.resourceUsage().maxRSS / 1024, findings, validity: format === 'sarif' ? undefined : doc.families.validity.errors, code, bytes: fs.statSync(file).size }),
  );
}
