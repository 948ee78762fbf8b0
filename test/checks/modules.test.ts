/**
 * The rule pack over Terraform shaped like the terraform-aws-modules modules
 * (issue 28): counts known only at plan time, literal `for_each`, locals,
 * topics alarms cannot publish to, RDS keys without encryption, module calls.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { checkStack, countFindings } from '../../src/checks/check';
import { loadStacks } from '../../src/checks/files';
import { formatFindings } from '../../src/checks/format';
import { stackFromPlan } from '../../src/checks/inputs/terraform-show';
import { blockCount, nested } from '../../src/checks/json';
import { instanceCount, literalRepetitions } from '../../src/checks/repetition';
import { TerraformJsonStack } from '../../src/checks/stack';
import { fixture } from './fixtures';

const findings = (json: unknown, ruleId: string) =>
  checkStack(json)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f) => `${f.address} ${f.severity}: ${f.message}`);

describe('counts known only at plan time are unknown, never one', () => {
  // terraform-aws-modules/alb main.tf: `subnets = var.subnets` and `dynamic "subnet_mapping" { for_each = var.subnet_mapping ... }`.
  const alb = (forEach: unknown, subnets: unknown = '${var.subnets}') => ({
    resource: { aws_lb: { this: [{ enable_deletion_protection: true, subnets, dynamic: [{ subnet_mapping: [{ for_each: forEach, content: [{ subnet_id: '${subnet_mapping.value.subnet_id}' }] }] }] }] } },
  });

  test('REL-ALB-3: the ALB module (dynamic subnet_mapping over a variable) is a note naming what was not judged, not "spans 1 subnet"', () => {
    expect(findings(alb('${var.subnet_mapping}'), 'REL-ALB-3')).toEqual([
      'aws_lb.this info: how many subnets the load balancer spans is known only at plan time (subnet_mapping is a dynamic block over "${var.subnet_mapping}", subnets is "${var.subnets}"): not judged; check the plan',
    ]);
    expect(countFindings([checkStack(alb('${var.subnet_mapping}'))])).toMatchObject({ errors: 0, notes: 1 });
  });

  test('REL-ALB-3: a literal for_each is counted element by element', () => {
    expect(findings(alb([{ subnet_id: 'subnet-a' }]), 'REL-ALB-3')).toEqual(['aws_lb.this error: the load balancer spans 1 subnet; at least 2 in different zones are required']);
    expect(findings(alb('${[{"subnet_id": "a"}, {"subnet_id": "b"}]}'), 'REL-ALB-3')).toEqual([]);
    expect(findings(alb([]), 'REL-ALB-3')).toEqual([]); // subnets (a variable) alone: a whole list, not judged
    // Two subnets listed are enough whatever the mapping adds.
    expect(findings(alb('${var.subnet_mapping}', ['subnet-a', 'subnet-b']), 'REL-ALB-3')).toEqual([]);
  });

  test('blockCount: static blocks plus literal for_each sizes; undefined for any other expression', () => {
    const body = (forEach: unknown) => ({ rule: [{ a: 1 }], dynamic: { rule: { for_each: forEach, content: { a: 2 } } } });
    expect(blockCount(body(['x', 'y']), 'rule')).toBe(3);
    expect(blockCount(body('${toset(["x"])}'), 'rule')).toBe(2);
    expect(blockCount(body({}), 'rule')).toBe(1);
    expect(blockCount(body('${var.rules}'), 'rule')).toBeUndefined();
    expect(blockCount(body('${length(var.x) > 0 ? [1] : []}'), 'rule')).toBeUndefined();
    expect(blockCount({ rule: '${var.rules}' }, 'rule')).toBeUndefined();
    expect(blockCount({}, 'rule')).toBe(0);
    // nested() still gives the template once, for what the blocks say.
    expect(nested(body('${var.rules}'), 'rule')).toEqual([{ a: 1 }, { a: 2 }]);
  });

  test('REL-BAK-8: one static selection_tag and a dynamic one over a variable may be one tag: not judged; a literal list of two is OR', () => {
    const selection = (forEach: unknown) => ({
      resource: { aws_backup_selection: { s: { name: 's', plan_id: 'p', iam_role_arn: 'r', selection_tag: [{ type: 'STRINGEQUALS', key: 'backup', value: 'daily' }], dynamic: { selection_tag: { for_each: forEach, content: { type: 'STRINGEQUALS', key: '${selection_tag.key}', value: '${selection_tag.value}' } } } } } },
    });
    expect(findings(selection('${var.extra_tags}'), 'REL-BAK-8')).toEqual([]);
    expect(findings(selection({ tier: 'gold' }), 'REL-BAK-8')).toEqual(['aws_backup_selection.s warning: 2 selection_tag blocks combine with OR: any one of backup, tier selects a resource']);
  });

  test('instanceCount: count and for_each from a variable are unknown', () => {
    expect(instanceCount({})).toBe(1);
    expect(instanceCount({ count: 3 })).toBe(3);
    expect(instanceCount({ count: '${var.create ? 1 : 0}' })).toBeUndefined();
    expect(instanceCount({ for_each: '${var.instances}' })).toBeUndefined();
    expect(instanceCount({ for_each: { a: 1, b: 2 } })).toBe(2);
  });

  test('REL-AUR-1: cluster instances from the RDS Aurora module (for_each over var.instances) are not counted as one', () => {
    expect(checkStack(fixture('modules', 'pass')).findings.filter((f) => f.ruleId === 'REL-AUR-1')).toEqual([]);
    const one = { resource: { aws_rds_cluster: { c: { cluster_identifier: 'c', engine: 'aurora-postgresql' } }, aws_rds_cluster_instance: { i: { cluster_identifier: '${aws_rds_cluster.c.id}', count: '${var.replicas}' } } } };
    expect(findings(one, 'REL-AUR-1')).toEqual([]);
  });
});

describe('literal for_each is substituted as Terraform does', () => {
  test('a resource becomes one instance per key, each.key and each.value substituted (REL-LT-1 judges each)', () => {
    const stack = TerraformJsonStack.fromJson({
      resource: { aws_launch_template: { lt: [{ for_each: { web: { tokens: 'optional' }, api: { tokens: 'required' } }, name_prefix: '${each.key}-', metadata_options: [{ http_tokens: '${each.value.tokens}' }] }] } },
    });
    expect(stack.resources.map((r) => [r.address, r.body.name_prefix, r.body.metadata_options])).toEqual([
      ['aws_launch_template.lt["web"]', 'web-', [{ http_tokens: 'optional' }]],
      ['aws_launch_template.lt["api"]', 'api-', [{ http_tokens: 'required' }]],
    ]);
    expect(stack.resource('aws_launch_template.lt')?.address).toBe('aws_launch_template.lt["web"]');
    expect(findings(stack, 'REL-LT-1')).toEqual(['aws_launch_template.lt["web"] error: metadata_options.http_tokens is "optional": IMDSv1 is allowed; "required" is required']);
  });

  test('a set of strings keys instances by value; a for_each over a variable stays one template', () => {
    const stack = TerraformJsonStack.fromJson({ resource: { aws_sns_topic: { t: { for_each: '${toset(["a", "b"])}', name: 'topic-${each.value}' }, u: { for_each: '${var.topics}', name: '${each.key}' } } } });
    expect(stack.resources.map((r) => `${r.address} ${String(r.body.name)}`)).toEqual(['aws_sns_topic.t["a"] topic-a', 'aws_sns_topic.t["b"] topic-b', 'aws_sns_topic.u ${each.key}']);
  });

  test('dynamic blocks: the block name (or `iterator`) is substituted per element, inner dynamic blocks see the outer element', () => {
    const body = {
      dynamic: {
        rule: {
          for_each: [{ name: 'daily', days: 3, copies: ['arn:a'] }],
          iterator: 'r',
          content: { rule_name: '${r.value.name}', lifecycle: { delete_after: '${r.value["days"]}' }, dynamic: { copy_action: { for_each: '${r.value.copies}', content: { destination_vault_arn: '${copy_action.value}' } } } },
        },
      },
    };
    const [rule] = nested(body, 'rule');
    expect(rule).toMatchObject({ rule_name: 'daily', lifecycle: { delete_after: 3 } });
    expect(nested(rule, 'copy_action')).toEqual([{ destination_vault_arn: 'arn:a' }]);
    // What Terraform would evaluate with functions stays an expression, which the rules leave alone.
    expect(literalRepetitions('${{for k, v in var.x : k => v}}', 'resource')).toBeUndefined();
    expect(literalRepetitions(['a', '${var.b}'], 'resource')).toBeUndefined();
  });
});

describe('references through locals', () => {
  test('REL-VPC-1: the VPC module flow log (vpc_id = local.vpc_id, a try() over aws_vpc.this[0].id) is matched to its VPC', () => {
    expect(checkStack(fixture('modules', 'pass')).findings.filter((f) => f.ruleId === 'REL-VPC-1')).toEqual([]);
  });

  test('a local inside a larger expression, a local of a local, and a literal local substituted into a rule argument', () => {
    const json = {
      locals: [{ vpc: '${aws_vpc.main.id}', vpc_id: '${local.vpc}', multi_az: true }],
      resource: {
        aws_vpc: { main: { cidr_block: '10.0.0.0/16' }, other: { cidr_block: '10.1.0.0/16' } },
        aws_flow_log: { main: { vpc_id: '${coalesce(local.vpc_id, "")}' } },
        aws_db_instance: { db: { multi_az: '${local.multi_az}' } },
      },
    };
    expect(findings(json, 'REL-VPC-1')).toEqual(['aws_vpc.other warning: no aws_flow_log for this VPC']);
    expect(TerraformJsonStack.fromJson(json).resource('aws_db_instance.db')?.body.multi_az).toBe(true);
  });

  test('a plan: a reference to a counted resource (aws_vpc.this, address aws_vpc.this[0]) matches its instances', () => {
    const stack = TerraformJsonStack.fromModel({
      origin: 'plan',
      providers: [],
      resources: [
        { type: 'aws_vpc', name: 'this', address: 'module.vpc.aws_vpc.this[0]', body: {} },
        { type: 'aws_flow_log', name: 'this', address: 'module.vpc.aws_flow_log.this[0]', body: { vpc_id: '${module.vpc.aws_vpc.this}' } },
      ],
    });
    expect(checkStack(stack).findings.filter((f) => f.ruleId === 'REL-VPC-1')).toEqual([]);
  });

  test("a plan: a root flow log naming the VPC module's output (module.vpc.vpc_id) is matched through the output's references", () => {
    const managed = (address: string, type: string, values: object) => ({ address, mode: 'managed', type, name: 'this', values });
    const plan = (outputs: object) => ({
      format_version: '1.2',
      planned_values: { root_module: { resources: [managed('aws_flow_log.this', 'aws_flow_log', { traffic_type: 'ALL' })], child_modules: [{ address: 'module.vpc', resources: [managed('module.vpc.aws_vpc.this[0]', 'aws_vpc', { cidr_block: '10.0.0.0/16' })] }] } },
      resource_changes: [{ address: 'aws_flow_log.this', mode: 'managed', type: 'aws_flow_log', name: 'this', change: { actions: ['create'], after: { traffic_type: 'ALL' }, after_unknown: { vpc_id: true } } }],
      configuration: {
        root_module: {
          resources: [{ address: 'aws_flow_log.this', mode: 'managed', type: 'aws_flow_log', name: 'this', expressions: { vpc_id: { references: ['module.vpc.vpc_id', 'module.vpc'] }, traffic_type: { constant_value: 'ALL' } } }],
          module_calls: { vpc: { source: 'terraform-aws-modules/vpc/aws', module: { outputs, resources: [{ address: 'aws_vpc.this', mode: 'managed', type: 'aws_vpc', name: 'this', expressions: { cidr_block: { constant_value: '10.0.0.0/16' } } }] } } },
        },
      },
    });
    const flowLogFindings = (json: object) => checkStack(stackFromPlan(json as Record<string, unknown>, 'plan')).findings.filter((f) => f.ruleId === 'REL-VPC-1').map((f) => f.address);
    // terraform-aws-vpc outputs.tf: output "vpc_id" { value = try(aws_vpc.this[0].id, null) }
    expect(flowLogFindings(plan({ vpc_id: { expression: { references: ['aws_vpc.this[0].id', 'aws_vpc.this[0]', 'aws_vpc.this'] } } }))).toEqual([]);
    expect(flowLogFindings(plan({}))).toEqual(['module.vpc.aws_vpc.this[0]']);
  });

  test('a folder: locals in one file, resources in another', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'modules-'));
    fs.writeFileSync(path.join(dir, 'locals.tf.json'), JSON.stringify({ locals: { vpc_id: '${aws_vpc.this[0].id}' } }));
    fs.writeFileSync(path.join(dir, 'main.tf.json'), JSON.stringify({ resource: { aws_vpc: { this: { count: 1 } }, aws_flow_log: { this: { vpc_id: '${local.vpc_id}' } } } }));
    const [loaded] = loadStacks([dir]);
    expect(checkStack(loaded.stack).findings.filter((f) => f.ruleId === 'REL-VPC-1')).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('REL-SNS-3: topics that CloudWatch alarms or EventBridge publish to need a customer-managed key', () => {
  // Amazon SNS developer guide, "Enable compatibility between event sources from AWS services and encrypted topics"
  // (sns-key-management.html#compatibility-with-aws-services): the key policy must let the publishing service use the
  // key, which the AWS managed key's policy (alias/aws/sns) cannot be changed to do. EventBridge user guide,
  // troubleshooting, "encrypted Amazon SNS topic": the same for events.amazonaws.com.
  const topic = (key: string, publisher: Record<string, unknown>) => ({ resource: { aws_sns_topic: { t: { name: 'ops', kms_master_key_id: key } }, ...publisher } });
  const alarm = { aws_cloudwatch_metric_alarm: { a: { alarm_name: 'a', ok_actions: ['${aws_sns_topic.t.arn}'] } } };

  test('alias name, alias ARN (any partition), and a local holding either', () => {
    expect(findings(topic('alias/aws/sns', alarm), 'REL-SNS-3')).toEqual([
      'aws_sns_topic.t error: kms_master_key_id is "alias/aws/sns" (the AWS managed key) and aws_cloudwatch_metric_alarm.a publishes to this topic: that key\'s policy cannot let cloudwatch.amazonaws.com use it, so the notifications are never delivered',
    ]);
    expect(findings(topic('arn:aws-us-gov:kms:us-gov-west-1:111122223333:alias/aws/sns', alarm), 'REL-SNS-3')).toHaveLength(1);
    expect(findings({ ...topic('${local.key}', alarm), locals: { key: 'alias/aws/sns' } }, 'REL-SNS-3')).toHaveLength(1);
  });

  test('EventBridge targets and literal topic ARNs count as publishers; a customer-managed key or no publisher passes', () => {
    const target = { aws_cloudwatch_event_target: { e: { rule: 'r', arn: 'arn:aws:sns:eu-west-1:111122223333:ops' } } };
    expect(findings(topic('alias/aws/sns', target), 'REL-SNS-3')).toEqual([expect.stringContaining('aws_cloudwatch_event_target.e publishes to this topic: that key\'s policy cannot let events.amazonaws.com use it')]);
    expect(findings(topic('${aws_kms_key.k.arn}', alarm), 'REL-SNS-3')).toEqual([]);
    expect(findings(topic('alias/aws/sns', {}), 'REL-SNS-3')).toEqual([]);
    expect(findings(topic('alias/aws/snsx', alarm), 'REL-SNS-3')).toEqual([]);
  });
});

describe('REL-RDS-4 says when the apply fails', () => {
  // AWS::RDS::DBInstance KmsKeyId (CloudFormation user guide): "If you specify the KmsKeyId property, then you must
  // enable the StorageEncrypted property". The provider passes both to CreateDBInstance, which refuses the pair.
  test('kms_key_id without storage_encrypted = true: the apply fails; a cross-region replica with kms_key_id is fine', () => {
    expect(findings(fixture('modules', 'fail'), 'REL-RDS-4')).toEqual([
      'aws_db_instance.this error: kms_key_id is set but storage_encrypted is not set (false): RDS refuses a KMS key for unencrypted storage, so the apply fails',
    ]);
    expect(findings({ resource: { aws_db_instance: { db: { storage_encrypted: false } } } }, 'REL-RDS-4')).toEqual(['aws_db_instance.db error: storage_encrypted is false']);
    expect(findings({ resource: { aws_db_instance: { r: { replicate_source_db: 'arn:aws:rds:eu-west-1:1:db:x', kms_key_id: 'arn:aws:kms:eu-central-1:1:key/k' } } } }, 'REL-RDS-4')).toEqual([]);
  });
});

describe('module calls (REL-MOD-1)', () => {
  const json = { module: { alb: { source: 'terraform-aws-modules/alb/aws', version: '~> 9.0' }, local: [{ source: './modules/app' }] } };

  test('each call is a note saying it was not judged and how to judge it; notes never fail', () => {
    const result = checkStack(json);
    expect(result.findings.map((f) => `${f.ruleId} ${f.address} ${f.severity}: ${f.message}`)).toEqual([
      'REL-MOD-1 module.alb info: module "alb" (source "terraform-aws-modules/alb/aws", version "~> 9.0") was not judged: this JSON holds the call, not the module\'s resources',
      'REL-MOD-1 module.local info: module "local" (source "./modules/app") was not judged: this JSON holds the call, not the module\'s resources',
    ]);
    expect(result.findings[0].remediation).toContain('terraform show -json');
    expect(countFindings([result])).toEqual({ errors: 0, warnings: 0, suppressed: 0, notes: 2 });
    expect(formatFindings([result], 'table')).toContain('0 errors, 0 warnings, 2 notes in 1 stack');
  });

  test('SARIF: a note result with a rule descriptor of its own, valid against the SARIF 2.1.0 schema', () => {
    const sarif = JSON.parse(formatFindings([checkStack(json)], 'sarif'));
    const run = sarif.runs[0];
    const descriptor = run.tool.driver.rules[run.results[0].ruleIndex];
    expect([run.results[0].level, descriptor.id, descriptor.defaultConfiguration.level]).toEqual(['note', 'REL-MOD-1', 'note']);
    const schema = JSON.parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'sarif', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json'));
    expect(ajv.validate(schema, sarif) ? [] : ajv.errors).toEqual([]);
  });

  test('off in the rule settings, or over a plan (which holds the modules\' resources): no note', () => {
    expect(checkStack(json, { ruleSettings: { 'REL-MOD-1': 'off' } }).findings).toEqual([]);
    expect(checkStack(TerraformJsonStack.fromModel({ origin: 'plan', resources: [], providers: [], moduleCalls: [{ name: 'alb', address: 'module.alb' }] })).findings).toEqual([]);
  });
});
