import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { RELIABILITY_RULES } from '../../src/checks/rules';
import { SUPPRESSIONS_JSON_KEY } from '../../src/checks/suppression';
import { tempDir } from '../harness';
import { CLI_PROCESS, fixture as fx, ONLY_WARNINGS, ROOT, runCli as run } from './run-cli';

// The package's own name (cdktf-reliability; cdktn-reliability in the cdktn build, which .ci/consumer-apps.mjs checks).
const PACKAGE_NAME: string = require('../../package.json').name;

/** Validates against the published SARIF 2.1.0 schema (draft-04), kept in the repository as test data. */
function sarifErrors(doc: unknown): string[] {
  const schema = JSON.parse(fs.readFileSync(fx('sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(schema);
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.dataPath} ${e.message}`);
}

/** A stack written the way cdktf writes it: construct paths and a recorded opt-out in the `//` comments. */
function synthesizedStack(dir: string): string {
  const file = path.join(dir, 'cdktf.out', 'stacks', 'orders', 'cdk.tf.json');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const meta = (p: string, extra: Record<string, unknown> = {}) => ({ '//': { metadata: { path: p, uniqueId: p.split('/').pop() }, ...extra } });
  const json = {
    resource: {
      aws_rds_cluster: {
        db_cluster_0A1B2C3D: {
          ...meta('orders/a-construct-with-a-rather-long-name/database-of-the-orders-service-in-production/cluster', {
            [SUPPRESSIONS_JSON_KEY]: [{ ruleId: 'REL-AUR-2', reason: 'deletionProtection is false, set explicitly: a destroy or an accidental replacement deletes the database', optOut: { prop: 'deletionProtection', value: false } }],
          }),
          cluster_identifier: 'orders',
          engine: 'aurora-postgresql',
          deletion_protection: false,
          backup_retention_period: 3,
        },
      },
      aws_rds_cluster_instance: {
        db_writer: { ...meta('orders/db/writer'), cluster_identifier: '${aws_rds_cluster.db_cluster_0A1B2C3D.id}', publicly_accessible: true },
        db_reader: { ...meta('orders/db/reader'), cluster_identifier: '${aws_rds_cluster.db_cluster_0A1B2C3D.id}' },
      },
    },
  };
  fs.writeFileSync(file, JSON.stringify(json, null, 2));
  return file;
}

describe('--format sarif', () => {
  const dir = tempDir();
  const file = synthesizedStack(dir);
  const res = run('check', file, '--format', 'sarif');
  const doc = JSON.parse(res.out);

  test('is valid against the published SARIF 2.1.0 schema', () => {
    expect(sarifErrors(doc)).toEqual([]);
    expect(doc.version).toBe('2.1.0');
  });

  test('a schema violation is caught (the validation can fail)', () => {
    expect(sarifErrors({ ...doc, version: '2.0.0' })).not.toEqual([]);
    expect(sarifErrors({ version: '2.1.0', runs: [{ tool: { driver: {} }, results: [] }] })).toContainEqual(expect.stringContaining("should have required property 'name'"));
  });

  test('the driver lists every rule with its metadata', () => {
    const driver = doc.runs[0].tool.driver;
    expect(driver.name).toBe(PACKAGE_NAME);
    expect(driver.informationUri).toBe(`https://www.npmjs.com/package/${PACKAGE_NAME}`);
    expect(driver.version).toBe(require('../../package.json').version);
    expect(driver.rules.map((r: any) => r.id)).toEqual(RELIABILITY_RULES.map((r) => r.id));
    const aur2 = driver.rules.find((r: any) => r.id === 'REL-AUR-2');
    const rule = RELIABILITY_RULES.find((r) => r.id === 'REL-AUR-2')!;
    expect(aur2).toMatchObject({
      shortDescription: { text: rule.title },
      fullDescription: { text: rule.rationale },
      defaultConfiguration: { level: 'error' },
      properties: { checkov: ['CKV_AWS_139'], trivy: ['AVD-AWS-0343'] },
    });
    expect(aur2.help.text).toContain(`Fix: ${rule.remediation}`);
    expect(aur2.help.markdown).toContain(`**Fix:** ${rule.remediation}`);
  });

  test('results are located in cdk.tf.json (file and line of the resource) and by address, with the rule index', () => {
    const results = doc.runs[0].results;
    const public_ = results.find((r: any) => r.ruleId === 'REL-RDS-6');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = public_.locations[0].physicalLocation.region.startLine;
    expect(lines[line - 1].trim()).toBe('"db_writer": {');
    expect(public_.locations[0].physicalLocation.artifactLocation.uri).toBe(`file://${file}`);
    expect(public_.locations[0].logicalLocations[0]).toEqual({ name: 'aws_rds_cluster_instance.db_writer', fullyQualifiedName: 'orders/aws_rds_cluster_instance.db_writer', kind: 'resource' });
    expect(doc.runs[0].tool.driver.rules[public_.ruleIndex].id).toBe('REL-RDS-6');
    expect(public_).toMatchObject({ level: 'error', properties: { stack: 'orders', constructPath: 'orders/db/writer' } });
  });

  test('a suppressed finding is a note with an accepted suppression carrying the reason; the exit code ignores it', () => {
    const aur2 = doc.runs[0].results.find((r: any) => r.ruleId === 'REL-AUR-2');
    expect(aur2.level).toBe('note');
    expect(aur2.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: expect.stringContaining('deletionProtection is false, set explicitly') }]);
    expect(res.code).toBe(1); // REL-AUR-3 (3 days) and REL-RDS-6 remain errors
  });

  test('paths below the working directory are relative URIs', () => {
    const rel = run('check', path.relative(process.cwd(), fx('sns', 'fail', 'cdk.tf.json')), '--format', 'sarif');
    const result = JSON.parse(rel.out).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe('test/checks/fixtures/sns/fail/cdk.tf.json');
    expect(sarifErrors(JSON.parse(rel.out))).toEqual([]);
  });
});

describe('--format junit', () => {
  const file = synthesizedStack(tempDir());
  const res = run('check', file, '--format', 'junit');
  const cases = [...res.out.matchAll(/<testcase name="([^"]+)" classname="([^"]+)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)].map((m) => ({ name: m[1], classname: m[2], body: m[4] ?? '' }));

  test('a test case per rule and resource judged: errors fail, suppressed findings are skipped, passes pass', () => {
    expect(res.out.startsWith(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${PACKAGE_NAME}"`)).toBe(true);
    const find = (rule: string, address: string) => cases.find((c) => c.name.startsWith(`${rule} `) && c.classname === `orders.${address}`)!;
    expect(find('REL-RDS-6', 'aws_rds_cluster_instance.db_writer').body).toMatch(/<failure type="REL-RDS-6" message="publicly_accessible is true: the instance has a public address">/);
    expect(find('REL-RDS-6', 'aws_rds_cluster_instance.db_reader').body).toBe('');
    expect(find('REL-AUR-2', 'aws_rds_cluster.db_cluster_0A1B2C3D').body).toContain('<skipped message="suppressed: deletionProtection is false, set explicitly');
    expect(find('REL-BAK-4', 'aws_rds_cluster.db_cluster_0A1B2C3D').body).toContain('<system-out>warning: no aws_backup_selection');
    const failures = cases.filter((c) => c.body.includes('<failure')).length;
    const skipped = cases.filter((c) => c.body.includes('<skipped')).length;
    expect(res.out).toContain(`<testsuite name="orders" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}" file="${file}">`);
    expect(failures).toBe(2);
    expect(res.code).toBe(1);
  });
});

describe('terminal table', () => {
  test('fits 100 columns, wraps rather than truncates, shows construct path, fix and suppression', () => {
    const file = synthesizedStack(tempDir());
    const res = run('check', file);
    const lines = res.out.trimEnd().split('\n');
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
    // Continuation lines are indented under the FINDING column; long paths break after a separator.
    const text = res.out.replace(/(?<=[/._-])\n +/g, '').replace(/\s+/g, ' ');
    expect(text).toContain('aws_rds_cluster.db_cluster_0A1B2C3D (construct orders/a-construct-with-a-rather-long-name/database-of-the-orders-service-in-production/cluster)');
    expect(res.out).toMatch(/\n {21}orders\/a-construct-with-a-rather-long-name\/database-of-the-orders-service-in-\n {21}production\/cluster\)\n/);
    expect(text).toContain('suppressed: deletionProtection is false, set explicitly: a destroy or an accidental replacement deletes the database');
    expect(text).toContain('fix: Set publicly_accessible = false');
    // The second warning: the hand-written Aurora cluster names no TLS-forcing cluster parameter group.
    expect(res.out).toMatch(/\nREL-AUR-4 +warning +aws_rds_cluster\.db_cluster_0A1B2C3D/);
    expect(lines[lines.length - 2]).toBe('2 errors, 2 warnings, 1 suppressed in 1 stack');
    expect(lines[lines.length - 1]).toBe('by family: reliability 2 errors, 2 warnings, 1 suppressed; validity 0 errors, 0 warnings');
  });
});

test('end to end: real processes write SARIF and JUnit and exit by the error count', () => {
  for (const format of ['sarif', 'junit']) {
    const bad = spawnSync(CLI_PROCESS[0], [...CLI_PROCESS.slice(1), 'check', fx('rds', 'fail', 'cdk.tf.json'), '--format', format], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('');
    const ok = spawnSync(CLI_PROCESS[0], [...CLI_PROCESS.slice(1), 'check', ONLY_WARNINGS, `--format=${format}`], { cwd: ROOT, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    if (format === 'sarif') {
      expect(sarifErrors(JSON.parse(bad.stdout))).toEqual([]);
      expect(JSON.parse(bad.stdout).runs[0].results.filter((r: any) => r.level === 'error')).toHaveLength(6);
    } else {
      expect(bad.stdout).toMatch(new RegExp(`<testsuites name="${PACKAGE_NAME}" tests="\\d+" failures="6" errors="0" skipped="0">`));
      expect(ok.stdout).toMatch(/failures="0"/);
    }
  }
});

test('JUnit text is escaped for XML and loses characters XML cannot hold', () => {
  const { xmlEscape } = require('../../src/checks/junit');
  expect(xmlEscape(`a<b>&"c"'d'\u0000\u0007e\n`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;e\n');
});

test('a reader that stops early (| head) does not make the command crash', () => {
  // Output far larger than a pipe buffer, so the writer is still writing when head exits.
  const file = path.join(tempDir(), 'big.tf.json');
  fs.writeFileSync(file, JSON.stringify(require('../../bench/rule-pack.cjs').generate(2500)));
  const res = spawnSync('bash', ['-c', `${CLI_PROCESS.map((a) => JSON.stringify(a)).join(' ')} check ${JSON.stringify(file)} --format junit | head -n 1; echo "status \${PIPESTATUS[0]}" >&2`], { cwd: ROOT, encoding: 'utf8' });
  expect(res.stdout).toBe('<?xml version="1.0" encoding="UTF-8"?>\n');
  expect(res.stderr).not.toContain('EPIPE');
  expect(res.stderr).toMatch(/status 1\n$/);
});

describe('the validity family in every format', () => {
  // A Terraform JSON file a team wrote by hand: a provider Region that does not exist, a vault name AWS refuses, two topics of one name.
  const dir = tempDir();
  const file = path.join(dir, 'main.tf.json');
  fs.writeFileSync(
    file,
    JSON.stringify(
      {
        provider: { aws: [{ region: 'eu-west-1' }, { alias: 'dr', region: 'eu-west-9' }] },
        resource: {
          aws_backup_vault: { main: { name: 'orders vault', kms_key_arn: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } },
          aws_sns_topic: { a: { name: 'alarms', kms_master_key_id: 'alias/alarms' }, b: { name: 'alarms', kms_master_key_id: 'alias/alarms' } },
        },
      },
      null,
      2,
    ),
  );
  const EXPECTED = ['provider.aws.dr provider.aws.region.known', 'aws_backup_vault.main aws_backup_vault.name.pattern', 'aws_sns_topic.b aws_sns_topic.name.unique_region'];

  test('json: each finding has its family, path, value, what is allowed and the source; counts per family', () => {
    const res = run('check', file, '--format', 'json');
    const doc = JSON.parse(res.out);
    const validity = doc.stacks[0].findings.filter((f: any) => f.family === 'validity');
    expect(validity.map((f: any) => `${f.address} ${f.ruleId}`)).toEqual(expect.arrayContaining(EXPECTED));
    expect(validity.find((f: any) => f.ruleId === 'aws_backup_vault.name.pattern').validity).toMatchObject({ path: 'name', value: 'orders vault', source: expect.stringContaining('backup') });
    expect(doc.families.validity.errors).toBe(validity.length);
    expect(doc.families.reliability.errors + doc.families.validity.errors).toBe(doc.errors);
    expect(res.code).toBe(1);
  });

  test('--family validity runs the validity rules only, --family reliability the reliability rules only', () => {
    const v = JSON.parse(run('check', file, '--format', 'json', '--family', 'validity').out);
    expect(new Set(v.stacks[0].findings.map((f: any) => f.family))).toEqual(new Set(['validity']));
    expect(Object.keys(v.families)).toEqual(['validity']);
    const r = JSON.parse(run('check', file, '--format=json', '--family=reliability').out);
    expect(r.stacks[0].findings.every((f: any) => f.family === 'reliability')).toBe(true);
    expect(run('check', file, '--family', 'all').out).toContain('by family: reliability');
    expect(run('check', file, '--family', 'validity').out).not.toContain('by family');
  });

  test('table: the validity findings under their own heading, with path, value, allowed and source', () => {
    const res = run('check', file);
    expect(res.out).toContain('Validity rules (values AWS or the provider would refuse at apply)');
    expect(res.out.replace(/\s+/g, ' ')).toContain('name is "orders vault"; allowed: a string matching');
  });

  test('sarif: the validity rules are a tool component of their own that each result points at; valid against the schema', () => {
    const doc = JSON.parse(run('check', file, '--format', 'sarif').out);
    expect(sarifErrors(doc)).toEqual([]);
    const [component] = doc.runs[0].tool.extensions;
    expect(component.name).toBe('aws-validity');
    const results = doc.runs[0].results.filter((r: any) => r.properties.family === 'validity');
    expect(results.map((r: any) => `${r.locations[0].logicalLocations[0].name} ${r.ruleId}`)).toEqual(expect.arrayContaining(EXPECTED));
    for (const r of results) {
      expect(r.rule.toolComponent).toEqual({ name: 'aws-validity', index: 0 });
      expect(component.rules[r.rule.index].id).toBe(r.ruleId);
      expect(r.ruleIndex).toBeUndefined();
    }
    expect(doc.runs[0].tool.driver.rules.map((r: any) => r.id)).toEqual(RELIABILITY_RULES.map((r) => r.id));
    const vault = results.find((r: any) => r.ruleId === 'aws_backup_vault.name.pattern');
    expect(vault.properties).toMatchObject({ path: 'name', value: 'orders vault' });
    expect(fs.readFileSync(file, 'utf8').split('\n')[vault.locations[0].physicalLocation.region.startLine - 1].trim()).toBe('"main": {');
    // With the reliability family off, the driver lists no reliability rule.
    expect(JSON.parse(run('check', file, '--format', 'sarif', '--family', 'validity').out).runs[0].tool.driver.rules).toEqual([]);
  });

  test('junit: one validity case per resource judged, failing with every value refused', () => {
    const out = run('check', file, '--format', 'junit').out;
    expect(out).toMatch(/<testcase name="AWS-VALIDITY Values AWS and the provider accept" classname="main.aws_backup_vault.main"[^>]*>\s*<failure type="AWS-VALIDITY" message="name is &quot;orders vault&quot;/);
    expect(out).toMatch(/<testcase name="AWS-VALIDITY Values AWS and the provider accept" classname="main.provider.aws.dr"/);
    expect(out).toMatch(/<testcase name="AWS-VALIDITY Values AWS and the provider accept" classname="main.provider.aws"[^>]*\/>/);
  });
});
