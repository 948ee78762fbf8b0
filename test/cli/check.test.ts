import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { PROGRAM } from '../../src/cli/program';
import { ServiceLevelObjective } from '../../src/slo/objective';
import { detectionTime } from '../../src/slo/timing';
import { reportDuration } from '../../src/slo/units';
import { tempDir } from '../harness';
import { CLI_PROCESS, fixture as fx, ONLY_WARNINGS, ROOT, runCli as run } from './run-cli';

function write(file: string, json: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof json === 'string' ? json : JSON.stringify(json));
}

test('the bin script starts with a node shebang', () => {
  expect(fs.readFileSync(path.join(ROOT, 'src', 'cli', 'main.ts'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
});

test('end to end: a real process checks a hand-written cdk.tf.json, prints the table and exits 1 on errors', () => {
  const res = spawnSync(CLI_PROCESS[0], [...CLI_PROCESS.slice(1), 'check', fx('rds', 'fail', 'cdk.tf.json')], { cwd: ROOT, encoding: 'utf8' });
  expect(res.status).toBe(1);
  const lines = res.stdout.split('\n');
  const [head, table] = res.stdout.split(/\n(?=RULE)/);
  // Both families ran (the default): each family's findings under its own heading.
  const title = head.slice(0, head.lastIndexOf('\n'));
  expect(title.replace(/\n/g, '')).toBe(`Stack fail (${fx('rds', 'fail', 'cdk.tf.json')})`);
  expect(head.slice(head.lastIndexOf('\n') + 1)).toBe('Reliability rules');
  expect(table.split('\n')[0]).toMatch(/^RULE\s+SEVERITY\s+FINDING$/);
  expect(res.stdout).toMatch(/\nREL-RDS-1 +error +aws_db_instance\.legacy\n +multi_az is false: the database lives in one Availability Zone\n +fix: Set multi_az = true/);
  expect(res.stdout).toMatch(/\nREL-RDS-5 +warning +aws_db_instance\.bare\n +final_snapshot_identifier is not set/);
  expect(lines.every((l) => l.length <= 100)).toBe(true);
  // The fixture's TLS cases (REL-RDS-7: plaintext, unset, elsewhere) added warnings, REL-BAK-4 ones and a note.
  expect(res.stdout).toContain('6 errors, 10 warnings, 1 note in 1 stack');
});

test('end to end: a real process exits 0 when there are only warnings', () => {
  const res = spawnSync(CLI_PROCESS[0], [...CLI_PROCESS.slice(1), 'check', ONLY_WARNINGS], { cwd: ROOT, encoding: 'utf8' });
  expect(res.stderr).not.toContain('Error');
  expect(res.status).toBe(0);
  expect(res.stdout).toContain('0 errors, 1 warning in 1 stack');
});

test('folders are searched for **/cdk.tf.json, skipping node_modules; each stack is named after its folder', () => {
  const dir = tempDir();
  write(path.join(dir, 'cdktf.out', 'stacks', 'orders', 'cdk.tf.json'), fs.readFileSync(fx('rds', 'fail', 'cdk.tf.json'), 'utf8'));
  write(path.join(dir, 'cdktf.out', 'stacks', 'web', 'cdk.tf.json'), fs.readFileSync(fx('alb', 'pass', 'cdk.tf.json'), 'utf8'));
  write(path.join(dir, 'node_modules', 'dep', 'cdk.tf.json'), { resource: { aws_db_instance: { x: {} } } });
  const res = run('check', dir, '--format', 'json');
  expect(res.code).toBe(1);
  const json = JSON.parse(res.out);
  expect(json.stacks.map((s: any) => s.stack)).toEqual(['orders', 'web']);
  expect(json.stacks[1].findings).toEqual([]);
  expect(json.errors).toBe(6);
  expect(json.suppressed).toBe(0);
  expect(json.stacks[0].findings[0]).toEqual({
    ruleId: 'REL-RDS-1',
    family: 'reliability',
    severity: 'error',
    title: 'RDS instances are Multi-AZ',
    stack: 'orders',
    address: 'aws_db_instance.legacy',
    message: 'multi_az is false: the database lives in one Availability Zone',
    remediation: 'Set multi_az = true (ResilientDatabase always does).',
  });
});

test('--format markdown renders a table per stack', () => {
  const res = run('check', fx('vpc', 'fail'), '--format=markdown');
  expect(res.code).toBe(1);
  expect(res.out).toContain('| Rule | Severity | Address | Message | Fix |');
  expect(res.out).toContain('| REL-VPC-1 | warning | aws_vpc.main | no aws_flow_log for this VPC | Add an aws_flow_log with vpc_id referencing the VPC. |');
  // The fixture's findings: REL-VPC-1 and -2 on aws_vpc.main, REL-VPC-3 on the unencrypted flow-log group, REL-VPC-4 on both VPCs.
  expect(res.out).toContain('**1 error, 4 warnings in 1 stack**');
});

test('Terraform JSON this library did not produce: blocks as objects and as arrays, resources as arrays', () => {
  const dir = tempDir();
  const file = path.join(dir, 'main.tf.json');
  write(file, {
    resource: [
      { aws_dynamodb_table: { a: [{ name: 'a', point_in_time_recovery: [{ enabled: true }], deletion_protection_enabled: true }] } },
      { aws_dynamodb_table: { b: { name: 'b', point_in_time_recovery: { enabled: false }, deletion_protection_enabled: 'true' } } },
    ],
  });
  const res = run('check', file, '--format', 'json');
  const findings = JSON.parse(res.out).stacks[0].findings.filter((f: any) => f.severity === 'error');
  expect(findings.map((f: any) => `${f.ruleId} ${f.address}`)).toEqual(['REL-DDB-1 aws_dynamodb_table.b']);
  expect(JSON.parse(res.out).stacks[0].stack).toBe('main');
  expect(res.code).toBe(1);
});

test('passing stacks exit 0', () => {
  const res = run('check', fx('s3', 'pass'), fx('kubernetes', 'pass'));
  expect(res.out).toContain('0 errors, 0 warnings in 2 stacks');
  expect(res.code).toBe(0);
});

test.each([
  [[], 'no command given'],
  [['lint', 'x'], 'unknown command "lint"'],
  [['check'], 'check needs at least one PATH'],
  [['check', 'x', '--format', 'yaml'], '--format must be one of table, json, markdown, sarif, junit for check, got "yaml"'],
  [['report', 'x', '--format', 'json'], '--format must be one of text, markdown for report, got "json"'],
  [['check', 'x', '--strict'], 'unknown option "--strict"'],
])('usage error %j exits 2', (argv, message) => {
  const res = run(...argv);
  expect(res.code).toBe(2);
  expect(res.err).toContain(`${PROGRAM}: ${message}`);
  expect(res.err).toContain(`Usage: ${PROGRAM}`);
});

test('unreadable input exits 2 with the file named', () => {
  const dir = tempDir();
  write(path.join(dir, 'bad', 'cdk.tf.json'), '{ not json');
  expect(run('check', path.join(dir, 'missing.json'))).toEqual({ code: 2, out: '', err: `${PROGRAM}: ${path.join(dir, 'missing.json')}: no such file or directory\n` });
  expect(run('check', path.join(dir, 'bad')).err).toContain(`${path.join(dir, 'bad', 'cdk.tf.json')}: not valid JSON`);
  fs.mkdirSync(path.join(dir, 'empty'));
  expect(run('check', path.join(dir, 'empty')).err).toContain('no cdk.tf.json or other *.tf.json file found in this directory');
  write(path.join(dir, 'list.json'), '[1,2]');
  expect(run('check', path.join(dir, 'list.json')).code).toBe(2);
});

test('--help lists the commands and exits 0', () => {
  const res = run('--help');
  expect(res.code).toBe(0);
  expect(res.out).toContain('check PATH... [--format table|json|markdown|sarif|junit]');
  expect(res.out).toContain('report PATH... [--format text|markdown]');
});

describe('report', () => {
  test('stateful resources with Multi-AZ, backup and deletion protection counts', () => {
    const res = run('report', fx('report'));
    expect(res.code).toBe(0);
    expect(res.out).toContain('4 stateful resources: 3/4 Multi-AZ, 3/4 backed up (1/4 by AWS Backup), 2/4 deletion-protected.');
    expect(res.out).toMatch(/aws_ebs_volume\.scratch\s+no\s+no\s+no\s+no/);
    expect(res.out).toMatch(/aws_dynamodb_table\.carts\s+yes\s+yes\s+yes\s+yes/);
  });

  test('SLOs from CloudWatch alarm tags and PrometheusRule annotations, with detection times from the SLO model', () => {
    const res = run('report', fx('report'), '--format', 'text');
    const orders = ServiceLevelObjective.from({ name: 'availability', objective: 99.9, period: '30d', alerts: [{ severity: 'page', longWindow: '1h', shortWindow: '5m', burnRate: 14.4 }] });
    const fullOutage = reportDuration(detectionTime(orders, orders.alerts[0], 1));
    expect(fullOutage).toBe('52s');
    expect(res.out).toContain('orders/availability: 99.9% over 30d, error budget 43.2m of full outage per period (cloudwatch)');
    expect(res.out).toMatch(new RegExp(`page-1h-5m\\s+page\\s+1h\\s+5m\\s+14\\.4x\\s+1\\.44% errors\\s+${fullOutage}`));
    expect(res.out).toMatch(/ticket-3d-6h\s+ticket\s+3d\s+6h\s+1x\s+0\.1% errors/);
    expect(res.out).toContain('checkout/latency: 99% over 7d');
    expect(res.out).toMatch(/page-1h-5m\s+page\s+1h\s+5m\s+13\.44x\s+13\.44% errors\s+8\.1m/);
  });

  test('recovery objectives, or a sentence saying none are recorded', () => {
    expect(run('report', fx('report')).out).toMatch(/aws_db_instance\.orders\s+rto=1h, rpo=5m, strategy=warm-standby/);
    const none = run('report', fx('sns', 'pass'), '--format', 'markdown');
    expect(none.out).toContain('No recovery objectives recorded');
    expect(none.out).toContain('No SLOs found');
    expect(none.out).toContain('No stateful resources.');
    expect(none.out).toContain('## Stack pass');
  });

  test('SLO metadata that the model rejects is reported, not thrown', () => {
    const dir = tempDir();
    write(path.join(dir, 'cdk.tf.json'), {
      resource: { aws_cloudwatch_metric_alarm: { w: { alarm_name: 'w', tags: { 'slo:service': 's', 'slo:name': 'n', 'slo:objective': '100', 'slo:period': '30d', 'slo:alert': 'page-1h-5m', 'slo:long-window': '1h', 'slo:short-window': '5m', 'slo:burn-rate': '14.4' } } } },
    });
    const res = run('report', dir);
    expect(res.code).toBe(0);
    expect(res.out).toContain("cannot rebuild the SLO from the stack's metadata");
  });
});

test('the CLI does not load cdktf or constructs, so it runs where only the JSON is', () => {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = fs.readFileSync(file, 'utf8');
    // Static imports, and modules a command loads when it runs (error-budget's YAML reader).
    const specs = [...text.matchAll(/^import [^;]*? from '([^']+)';/gms), ...text.matchAll(/\brequire\('([^']+)'\)/g)].map((m) => m[1]);
    for (const spec of specs) {
      // The slo command previews what the constructs generate (the Prometheus rule generator needs the framework);
      // main.ts loads it only when that command runs (checked below), so check, report and error-budget stay framework-free.
      if (spec === './slo-command' && file.endsWith(path.join('cli', 'main.ts'))) continue;
      if (spec.startsWith('.')) visit(`${path.resolve(path.dirname(file), spec)}${fs.existsSync(path.resolve(path.dirname(file), spec, 'index.ts')) ? '/index.ts' : '.ts'}`);
      else packages.add(spec);
    }
  };
  visit(path.join(ROOT, 'src', 'cli', 'main.ts'));
  expect(seen.size).toBeGreaterThan(10);
  // node:url: report --html imports the charting packages by file URL (src/checks/html/render-svg.ts).
  // The AWS SDK is the gate's optional peer, required only by its cloudwatch source (src/cli/gate/cloudwatch.ts).
  expect([...packages].sort()).toEqual(['@aws-sdk/client-cloudwatch', 'node:buffer', 'node:fs', 'node:path', 'node:url', 'yaml']);
  // The one module main.ts does not follow above is required inside a function, never at load time.
  const main = fs.readFileSync(path.join(ROOT, 'src', 'cli', 'main.ts'), 'utf8');
  expect(main).not.toMatch(/^import [^;]*? from '\.\/slo-command';/m);
  expect(main).toMatch(/^function sloCommand\([^)]*\)[^{]*\{\n\s+return \(require\('\.\/slo-command'\)/m);
});

test('the report reads the annotation key the SloRules construct writes', () => {
  const { SLO_ANNOTATION } = require('../../src/kubernetes');
  const { RELIABILITY_SLOS_ANNOTATION } = require('../../src/checks/report');
  expect(RELIABILITY_SLOS_ANNOTATION).toBe(SLO_ANNOTATION);
});

describe('inputs', () => {
  test('--help lists the inputs accepted and the --family option with its default', () => {
    const out = run('--help').out;
    expect(out).toContain('check PATH... [--format table|json|markdown|sarif|junit] [--family all|reliability|validity]');
    expect(out).toContain('--family picks one, the default (all) runs both');
    expect(out).toContain('Terraform JSON configuration: a synthesized cdk.tf.json or any *.tf.json');
    expect(out).toContain('a plan: terraform show -json PLANFILE > plan.json');
    expect(out).toContain('a state: terraform show -json > state.json');
    expect(out).toContain('each such folder is one stack made of all its *.tf.json files');
  });

  test.each([
    ['any other JSON object', { apiVersion: 'v1', kind: 'ConfigMap' }, 'not Terraform JSON: top-level keys "apiVersion", "kind" are not a Terraform block type'],
    ['a raw state file', { version: 4, terraform_version: '1.9.8', serial: 1, lineage: 'l', resources: [] }, 'a raw Terraform state file (terraform.tfstate): give the output of `terraform show -json` instead'],
    ['a plan of an unsupported format', { format_version: '2.0', planned_values: {} }, 'terraform show -json output of format_version "2.0" is not supported (0.x and 1.x are)'],
  ])('%s exits 2 naming the formats accepted (it used to pass as a clean stack)', (_what, json, problem) => {
    const file = path.join(tempDir(), 'input.json');
    write(file, json);
    const res = run('check', file);
    expect(res.code).toBe(2);
    expect(res.out).toBe('');
    expect(res.err).toContain(`${file}: ${problem}; expected Terraform JSON configuration (cdk.tf.json or any *.tf.json), or a plan or state as \`terraform show -json\` writes it`);
  });

  test('a plan file gives both families, with module addresses', () => {
    const res = run('check', fx('plan', 'quick-start.plan.json'), '--format', 'json');
    const findings = JSON.parse(res.out).stacks[0].findings;
    expect(JSON.parse(res.out).stacks[0].stack).toBe('quick-start.plan');
    expect(findings.map((f: any) => `${f.family} ${f.address} ${f.ruleId}`)).toEqual(
      expect.arrayContaining([
        'validity module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1] aws_cloudwatch_metric_alarm.evaluation_periods.range',
        'validity module.burn_alarms.aws_sns_topic.page aws_sns_topic.name.unique_region',
      ]),
    );
    expect(res.code).toBe(1);
  });
});
