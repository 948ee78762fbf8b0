/**
 * What `check` reads: Terraform JSON, a folder of *.tf.json, and plans and
 * states of `terraform show -json` (Terraform's "JSON Output Format":
 * planned_values with child_modules, resource_changes with after_unknown,
 * configuration.provider_config). A plan and the cdk.tf.json it came from
 * give the same findings.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Testing } from 'cdktf';
import { checkStack, checkStacks } from '../../src/checks/check';
import { addressLines, loadStacks, StackFileError } from '../../src/checks/files';
import { parseInstanceAddress } from '../../src/checks/inputs/addresses';
import { documentKind } from '../../src/checks/inputs/kind';
import { KNOWN_AFTER_APPLY, stackFromPlan, stackFromState } from '../../src/checks/inputs/terraform-show';
import { RULE_FAMILIES } from '../../src/checks/rule';
import { TerraformJsonStack } from '../../src/checks/stack';
import { QuickStartStack } from '../../examples/quick-start/stack';
import { tempDir } from '../harness';

const PLAN_FILE = path.join(__dirname, 'fixtures', 'plan', 'quick-start.plan.json');
const STATE_FILE = path.join(__dirname, 'fixtures', 'plan', 'orders.state.json');
const readPlan = (): any => JSON.parse(fs.readFileSync(PLAN_FILE, 'utf8'));

describe('what a document is', () => {
  test.each([
    ['a cdk.tf.json', { '//': {}, terraform: {}, provider: {}, resource: {} }, 'configuration'],
    ['an empty configuration', {}, 'configuration'],
    ['a plan', { format_version: '1.2', planned_values: {}, resource_changes: [] }, 'plan'],
    ['a plan without changes', { format_version: '1.2', configuration: {} }, 'plan'],
    ['a state', { format_version: '1.0', values: { root_module: {} } }, 'state'],
    ['an empty state', { format_version: '1.0' }, 'state'],
    ['an older plan (format 0.2)', { format_version: '0.2', planned_values: {} }, 'plan'],
  ])('%s is read as a %s', (_what, json, kind) => {
    expect(documentKind(json)).toEqual({ kind });
  });

  test.each([
    ['any other JSON object', { name: 'orders', replicas: 3 }, 'not Terraform JSON: top-level keys "name", "replicas" are not a Terraform block type'],
    ['a configuration with a misspelt block', { resource: {}, resources: {} }, 'top-level key "resources" is not a Terraform block type'],
    ['a raw terraform.tfstate', { version: 4, terraform_version: '1.9.8', serial: 3, lineage: 'x', resources: [] }, 'a raw Terraform state file (terraform.tfstate)'],
    // JSON Output Format: "Reject any input which reports an unsupported major version".
    ['a format_version 2.0', { format_version: '2.0', planned_values: {} }, 'format_version "2.0" is not supported'],
    ['an array', [1, 2], 'expected a JSON object, got an array'],
  ])('%s is refused', (_what, json, problem) => {
    expect(documentKind(json)).toEqual({ problem: expect.stringContaining(problem) });
  });

  test('loading one names the file and the formats accepted', () => {
    const dir = tempDir();
    const file = path.join(dir, 'values.json');
    fs.writeFileSync(file, JSON.stringify({ image: 'nginx' }));
    expect(() => loadStacks([file])).toThrow(StackFileError);
    expect(() => loadStacks([file])).toThrow(`${file}: not Terraform JSON: top-level key "image" is not a Terraform block type; expected Terraform JSON configuration (cdk.tf.json or any *.tf.json), or a plan or state as \`terraform show -json\` writes it`);
  });
});

describe('folders', () => {
  test('each folder holding *.tf.json files is one stack of all its files (cdk.tf.json included), named after the folder; override files are not applied', () => {
    const dir = tempDir();
    const write = (rel: string, json: unknown) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), JSON.stringify(json, null, 2));
    };
    write('network/main.tf.json', { resource: { aws_backup_vault: { a: { name: 'orders' } } } });
    write('network/providers.tf.json', { provider: { aws: { region: 'eu-west-1' } } });
    write('network/more.tf.json', { resource: { aws_backup_vault: { b: { name: 'orders' } } } });
    write('network/main_override.tf.json', { resource: { aws_backup_vault: { a: { name: 'other' } } } });
    write('network/plan.json', { format_version: '1.2', planned_values: {} });
    write('cdktf.out/stacks/web/cdk.tf.json', { resource: { aws_sns_topic: { t: { name: 'x' } } } });
    const loaded = loadStacks([dir]);
    expect(loaded.map((l) => [l.stack.name, path.relative(dir, l.file)])).toEqual([
      ['web', 'cdktf.out/stacks/web/cdk.tf.json'],
      ['network', 'network'],
    ]);
    const network = loaded[1];
    expect(network.stack.resources.map((r) => `${r.address} ${String(r.body.name)}`)).toEqual(['aws_backup_vault.a orders', 'aws_backup_vault.b orders']);
    expect(network.files).toEqual({ 'aws_backup_vault.a': path.join(dir, 'network', 'main.tf.json'), 'aws_backup_vault.b': path.join(dir, 'network', 'more.tf.json') });
    expect(network.lines['aws_backup_vault.b']).toBe(4);
    // The provider of one file places the resources of the others: the two vaults collide in eu-west-1.
    const [, result] = checkStacks(loaded.map((l) => l.stack), { families: ['validity'] });
    expect(result.findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual(['aws_backup_vault.b aws_backup_vault.name.unique_region']);
    expect(result.findings[0].validity!.allowed).toContain('eu-west-1');
  });
});

test.each([
  ['aws_s3_bucket.docs', { module: '', moduleCalls: [], mode: 'managed', type: 'aws_s3_bucket', name: 'docs' }],
  ['module.app["eu.west"].module.net.aws_subnet.private[0]', { module: 'module.app["eu.west"].module.net', moduleCalls: ['app', 'net'], mode: 'managed', type: 'aws_subnet', name: 'private' }],
  ['module.m[2].data.aws_iam_policy_document.p', { module: 'module.m[2]', moduleCalls: ['m'], mode: 'data', type: 'aws_iam_policy_document', name: 'p' }],
  ['aws_s3_bucket.b["a.b[c]"]', { module: '', moduleCalls: [], mode: 'managed', type: 'aws_s3_bucket', name: 'b' }],
])('instance address %s', (address, parsed) => {
  expect(parseInstanceAddress(address)).toEqual(parsed);
});

describe('a plan (terraform show -json PLANFILE)', () => {
  const stack = stackFromPlan(readPlan(), 'quick-start');
  const body = (address: string) => stack.resource(address)?.body;

  test('managed resources of the root module and of child modules, with their module addresses; data sources are not resources', () => {
    expect(stack.origin).toBe('plan');
    expect(stack.resources.map((r) => r.address)).toEqual([
      'aws_kms_alias.alarms_key-alias_937FB906',
      'aws_kms_key.alarms_key_47B57B13',
      'aws_sns_topic.alarms_topic-page_6586E00A',
      'aws_sns_topic.alarms_topic-ticket_F87275BC',
      'aws_sns_topic_policy.alarms_topic-policy-page_BFBB0A32',
      'aws_sns_topic_policy.alarms_topic-policy-ticket_E4EFAC2A',
      'aws_sns_topic_subscription.alarms_subscription-page-https-0_35D9D0AE',
      'aws_sns_topic_subscription.alarms_subscription-ticket-email-0_F7CA86CB',
      'module.burn_alarms.aws_kms_key.k',
      'module.burn_alarms.aws_sns_topic.page',
      'module.burn_alarms.aws_cloudwatch_metric_alarm.burn[0]',
      'module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1]',
    ]);
  });

  test('only configured arguments: provider defaults, computed attributes and unset ones (null, []) are not judged as written', () => {
    expect(body('aws_kms_alias.alarms_key-alias_937FB906')).toEqual({ name: 'alias/quick-start-alarms', target_key_id: '${aws_kms_key.alarms_key_47B57B13.key_id}' });
    expect(Object.keys(body('aws_kms_key.alarms_key_47B57B13')!).sort()).toEqual(['deletion_window_in_days', 'description', 'enable_key_rotation', 'policy', 'tags']);
  });

  test("a value known only after apply becomes an expression of what the configuration references (module-relative references made absolute), else ${(known after apply)}", () => {
    expect(body('aws_sns_topic.alarms_topic-page_6586E00A')!.kms_master_key_id).toBe('${aws_kms_key.alarms_key_47B57B13.arn}');
    expect(body('module.burn_alarms.aws_sns_topic.page')!.kms_master_key_id).toBe('${module.burn_alarms.aws_kms_key.k.arn}');
    expect(body('module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1]')!.alarm_actions).toEqual(['${module.burn_alarms.aws_sns_topic.page.arn}']);
    // A variable's value is known in the plan: it is judged like a literal.
    expect(body('aws_sns_topic_subscription.alarms_subscription-page-https-0_35D9D0AE')!.endpoint).toBe('https://events.pagerduty.com/integration/0123456789abcdef0123456789abcdef/enqueue');
    const plan = readPlan();
    delete plan.configuration;
    expect(stackFromPlan(plan, 'x').resource('aws_sns_topic.alarms_topic-page_6586E00A')!.body.kms_master_key_id).toBe(KNOWN_AFTER_APPLY);
  });

  test("each resource uses the provider configuration its provider_config_key names, with its Region", () => {
    const plan = readPlan();
    plan.configuration.provider_config['aws.dr'] = { name: 'aws', alias: 'dr', expressions: { region: { constant_value: 'eu-central-1' } } };
    plan.configuration.root_module.resources[2].provider_config_key = 'aws.dr';
    const s = stackFromPlan(plan, 'x');
    const topic = s.resource('aws_sns_topic.alarms_topic-page_6586E00A')!;
    expect(s.providerOf(topic)?.config.region).toBe('eu-central-1');
    expect(topic.body.provider).toBe('aws.dr');
    expect(s.providerOf(s.resource('module.burn_alarms.aws_sns_topic.page')!)?.config.region).toBe('eu-west-1');
  });

  test('findings name module addresses: the child module reuses a topic name in the same Region, and one alarm has values AWS refuses', () => {
    const findings = checkStack(stack, { families: [...RULE_FAMILIES] }).findings.filter((f) => f.address.startsWith('module.'));
    expect(findings.filter((f) => f.family === 'validity').map((f) => `${f.address} ${f.ruleId}`)).toEqual([
      'module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1] aws_cloudwatch_metric_alarm.comparison_operator.enum',
      'module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1] aws_cloudwatch_metric_alarm.evaluation_periods.range',
      'module.burn_alarms.aws_sns_topic.page aws_sns_topic.name.unique_region',
    ]);
    expect(findings.find((f) => f.ruleId === 'aws_sns_topic.name.unique_region')!.validity!.allowed).toContain('aws_sns_topic.alarms_topic-page_6586E00A claims it already');
  });

  test('addresses are located on the line of their first "address" (planned_values)', () => {
    const lines = addressLines(fs.readFileSync(PLAN_FILE, 'utf8'));
    const text = fs.readFileSync(PLAN_FILE, 'utf8').split('\n');
    expect(text[lines['module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1]'] - 1]).toContain('"address": "module.burn_alarms.aws_cloudwatch_metric_alarm.burn[1]"');
    expect(lines['aws_kms_key.alarms_key_47B57B13']).toBeLessThan(lines['module.burn_alarms.aws_kms_key.k']);
  });

  // terraform show -json writes one line: every address is on line 1, and the text after the last newline is read once
  // (searching for a newline from every match made this quadratic, minutes over a 50,000-resource plan; bench/run.mjs
  // measures `check --format sarif` over such a plan).
  test('a one-line plan (as terraform show -json writes it) puts every address on line 1, and a later newline counts', () => {
    const plan = fs.readFileSync(PLAN_FILE, 'utf8');
    const oneLine = JSON.stringify(JSON.parse(plan));
    const lines = addressLines(oneLine);
    expect(Object.keys(lines).length).toBeGreaterThan(5);
    expect(new Set(Object.values(lines))).toEqual(new Set([1]));
    expect(addressLines(`${oneLine}\n{"address": "aws_sns_topic.late"}`)['aws_sns_topic.late']).toBe(2);
  });
});

describe('the plan and the cdk.tf.json it came from give the same findings', () => {
  const synthesized = (): any => {
    const app = Testing.app();
    return JSON.parse(Testing.synth(new QuickStartStack(app, 'quick-start')));
  };
  const ROOT = (a: string) => !a.startsWith('module.');

  test('the plan fixture mirrors the example: the same root resources, and every literal the example writes', () => {
    const json = synthesized();
    const stack = TerraformJsonStack.fromJson(json, 'quick-start');
    const planned = stackFromPlan(readPlan(), 'quick-start');
    expect(planned.resources.map((r) => r.address).filter(ROOT)).toEqual(stack.resources.map((r) => r.address));
    for (const r of stack.resources) {
      const mirrored = planned.resource(r.address)!.body;
      for (const [key, value] of Object.entries(r.body).filter(([k]) => k !== '//')) {
        // The variable is resolved in the plan; everything else is the same literal or the same reference.
        if (value === '${var.pagerduty_events_url}') expect(typeof mirrored[key]).toBe('string');
        else expect([r.address, key, mirrored[key]]).toEqual([r.address, key, value]);
      }
    }
  });

  type Edit = (body: Record<string, any>) => void;
  /** The same change to a resource in both: in the cdk.tf.json body, and in the plan's values, after values and configuration. */
  function edited(address: string, edit: Edit, removed?: string): { json: any; plan: any } {
    const json = synthesized();
    const [type, name] = address.split('.');
    edit(json.resource[type][name]);
    if (removed) delete json.resource[type][name][removed];
    const plan = readPlan();
    const planned = plan.planned_values.root_module.resources.find((r: any) => r.address === address);
    const change = plan.resource_changes.find((r: any) => r.address === address);
    const config = plan.configuration.root_module.resources.find((r: any) => r.address === address);
    edit(planned.values);
    edit(change.change.after);
    const expressions: Record<string, any> = {};
    edit(expressions);
    for (const [k, v] of Object.entries(expressions)) config.expressions[k] = { constant_value: v };
    if (removed) {
      planned.values[removed] = null;
      change.change.after[removed] = null;
      delete change.change.after_unknown[removed];
      delete config.expressions[removed];
    }
    return { json, plan };
  }
  const verdicts = (json: unknown, plan: unknown): [string[], string[]] => {
    const both = { families: [...RULE_FAMILIES] };
    const fromJson = checkStack(TerraformJsonStack.fromJson(json, 'quick-start'), both).findings;
    const fromPlan = checkStack(stackFromPlan(plan as any, 'quick-start'), both).findings.filter((f) => ROOT(f.address));
    const key = (f: { ruleId: string; address: string; message: string; severity: string }) => `${f.severity} ${f.ruleId} ${f.address}: ${f.message}`;
    return [fromJson.map(key).sort(), fromPlan.map(key).sort()];
  };

  // Every row has four items: jest hands a test function with more parameters than its row a `done` callback.
  test.each<[string, string, Edit, string | undefined]>([
    ['as synthesized (no finding)', 'aws_kms_key.alarms_key_47B57B13', () => {}, undefined],
    ['a topic name used twice in the Region', 'aws_sns_topic.alarms_topic-ticket_F87275BC', (b) => (b.name = 'quick-start-alarms-page'), undefined],
    ['a KMS alias name with a space', 'aws_kms_alias.alarms_key-alias_937FB906', (b) => (b.name = 'alias/quick start'), undefined],
    ['a key description over 8192 characters', 'aws_kms_key.alarms_key_47B57B13', (b) => (b.description = 'd'.repeat(8193)), undefined],
    ['a delivery policy that is not JSON', 'aws_sns_topic_subscription.alarms_subscription-page-https-0_35D9D0AE', (b) => (b.delivery_policy = '{healthyRetryPolicy'), undefined],
    ['a tag key with the reserved aws: prefix', 'aws_kms_key.alarms_key_47B57B13', (b) => (b.tags = { ...b.tags, 'aws:team': 'payments' }), undefined],
    ['a topic without encryption (a reliability rule)', 'aws_sns_topic.alarms_topic-page_6586E00A', () => {}, 'kms_master_key_id'],
  ])('%s', (_what, address, edit, removed) => {
    const { json, plan } = edited(address, edit, removed);
    const [fromJson, fromPlan] = verdicts(json, plan);
    expect(fromPlan).toEqual(fromJson);
    if (_what !== 'as synthesized (no finding)') expect(fromJson.length).toBeGreaterThan(0);
  });

  test('a provider Region that does not exist', () => {
    const json = synthesized();
    json.provider.aws[0].region = 'eu-west-9';
    const plan = readPlan();
    plan.configuration.provider_config.aws.expressions.region.constant_value = 'eu-west-9';
    const [fromJson, fromPlan] = verdicts(json, plan);
    expect(fromJson).toEqual(['error provider.aws.region.known provider.aws: region is "eu-west-9"; allowed: an AWS Region name such as "eu-west-1" (source: AWS General Reference, AWS Regions and endpoints (Regions, including opt-in Regions); Amazon Web Services in China; AWS GovCloud (US) User Guide <https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html>)']);
    expect(fromPlan).toEqual(fromJson);
  });
});

describe('a state (terraform show -json)', () => {
  const state = stackFromState(JSON.parse(fs.readFileSync(STATE_FILE, 'utf8')), 'orders');

  test('resources of the root and child modules; unset values (null, "", empty collections) dropped, set ones kept', () => {
    expect(state.origin).toBe('state');
    expect(state.resources.map((r) => r.address)).toEqual(['aws_backup_vault.main', 'aws_sns_topic.alarms', 'module.alerts.aws_sns_topic.this']);
    const topic = state.resource('module.alerts.aws_sns_topic.this')!.body;
    expect(topic.name_prefix).toBeUndefined();
    expect(topic.kms_master_key_id).toBeUndefined();
    expect(topic.fifo_topic).toBe(false);
    expect(topic.name).toBe('orders-alarms');
  });

  test('without provider configuration, a resource is placed in the Region of its own ARN: two topics of one name in eu-west-1 (the second manages the first)', () => {
    const findings = checkStack(state, { families: ['validity'] }).findings;
    expect(findings.map((f) => `${f.address} ${f.ruleId}`)).toEqual(['module.alerts.aws_sns_topic.this aws_sns_topic.name.unique_region']);
    expect(findings[0].validity!.allowed).toContain('eu-west-1');
  });

  test('the reliability rules read it too', () => {
    const rel = checkStack(state).findings.map((f) => `${f.address} ${f.ruleId}`);
    expect(rel).toContain('module.alerts.aws_sns_topic.this REL-SNS-1');
    expect(rel).not.toContain('aws_sns_topic.alarms REL-SNS-1');
  });
});
