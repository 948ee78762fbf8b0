import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan';
import { TerraformIterator, TerraformVariable } from 'cdktf';
import { checkStack } from '../../src/checks/check';
import { schemaErrors, testStack } from '../harness';

/** The stack as cdktf writes it to cdk.tf.json. */
const written = (stack: { toTerraform(): unknown }) => JSON.parse(JSON.stringify(stack.toTerraform()));
const of = (json: unknown, ruleId: string) => checkStack(json).findings.filter((f) => f.ruleId === ruleId).map((f) => `${f.address.split('.')[1].split('_')[0]}: ${f.message}`);

describe('dynamic blocks as cdktf synthesizes them', () => {
  test("addOverride('dynamic.<block>', ...) reaches single nested blocks, and the rules read it", () => {
    const { stack } = testStack();
    const imds = new TerraformVariable(stack, 'imds', { type: 'bool', default: true });
    const required = new LaunchTemplate(stack, 'required', { namePrefix: 'web-' });
    required.addOverride('dynamic.metadata_options', { for_each: `\${var.${imds.friendlyUniqueId} ? [1] : []}`, content: { http_tokens: 'required', http_endpoint: 'enabled' } });
    const optional = new LaunchTemplate(stack, 'optional', { namePrefix: 'api-' });
    optional.addOverride('dynamic.metadata_options', { for_each: '${[1]}', content: { http_tokens: 'optional' } });
    const pitr = new DynamodbTable(stack, 'orders', { name: 'orders', hashKey: 'id', attribute: [{ name: 'id', type: 'S' }], billingMode: 'PAY_PER_REQUEST', deletionProtectionEnabled: true });
    pitr.addOverride('dynamic.point_in_time_recovery', { for_each: '${[1]}', content: { enabled: true } });

    const json = written(stack);
    expect(json.resource.aws_launch_template[required.friendlyUniqueId].dynamic).toEqual({ metadata_options: { for_each: expect.any(String), content: { http_tokens: 'required', http_endpoint: 'enabled' } } });
    expect(of(json, 'REL-LT-1')).toEqual(['optional: metadata_options.http_tokens is "optional": IMDSv1 is allowed; "required" is required']);
    expect(of(json, 'REL-DDB-1')).toEqual([]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('iterator.dynamic() on a list block (backup plan rules): literal content is judged, iterator references are left alone', () => {
    const { stack } = testStack();
    const rules = TerraformIterator.fromList([{ name: 'daily', days: 3 }] as any);
    new BackupPlan(stack, 'short', { name: 'short', rule: rules.dynamic({ rule_name: rules.getString('name'), target_vault_name: 'main', lifecycle: { delete_after: 3 } }) as any });
    new BackupPlan(stack, 'variable', { name: 'variable', rule: rules.dynamic({ rule_name: rules.getString('name'), target_vault_name: 'main', lifecycle: { delete_after: rules.getNumber('days') } }) as any });
    const json = written(stack);
    const plan = Object.values(json.resource.aws_backup_plan)[0] as any;
    expect(plan.dynamic.rule).toEqual({ for_each: expect.any(String), iterator: 'each', content: expect.objectContaining({ lifecycle: { delete_after: 3 } }) });
    expect(of(json, 'REL-BAK-2')).toEqual(['short: rule[0] deletes recovery points after 3 days; at least 7 are required']);
  });

  test('cdktf 0.21 drops iterator.dynamic() on single nested blocks (why the docs point at addOverride)', () => {
    const { stack } = testStack();
    const it = TerraformIterator.fromList([1]);
    new LaunchTemplate(stack, 'lt', { namePrefix: 'web-', metadataOptions: it.dynamic({ http_tokens: 'required' }) as any });
    const lt = Object.values(written(stack).resource.aws_launch_template)[0] as any;
    // If a cdktf release starts writing the block, this fails: then the docs' advice can change.
    expect(lt.metadata_options?.http_tokens ?? lt.dynamic?.metadata_options).toBeUndefined();
  });
});

describe('every rule reads a block the same whether it is static or dynamic', () => {
  /** Top-level keys that hold map attributes or meta-arguments, not blocks (a dynamic block cannot stand for them). */
  const NOT_BLOCKS = new Set(['tags', 'tags_all', 'labels', 'annotations', 'manifest', '//', 'lifecycle', 'depends_on', 'provisioner', 'connection', 'dynamic', 'for_each']);
  const isBlock = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v)) || (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'object' && x !== null && !Array.isArray(x)));
  const verdicts = (json: any, address: string) => checkStack(json).findings.filter((f) => f.address === address).map((f) => `${f.ruleId} ${f.severity}`).sort();

  const { AREAS, FIXTURES } = require('./fixtures');
  const cases: [string, string, string, string][] = [];
  for (const area of AREAS as string[]) {
    for (const kind of ['pass', 'fail']) {
      const json = JSON.parse(require('node:fs').readFileSync(require('node:path').join(FIXTURES, area, kind, 'cdk.tf.json'), 'utf8'));
      for (const [type, byName] of Object.entries<any>(json.resource ?? {})) {
        for (const [name, raw] of Object.entries<any>(byName)) {
          const body = Array.isArray(raw) ? raw[0] : raw;
          for (const [key, value] of Object.entries(body)) if (!NOT_BLOCKS.has(key) && isBlock(value)) cases.push([`${area}/${kind}`, `${type}.${name}`, key, JSON.stringify(json)]);
        }
      }
    }
  }

  test.each(cases)('%s %s: %s', (_fixture, address, key, text) => {
    const json = JSON.parse(text);
    const [type, name] = address.split('.');
    const raw = json.resource[type][name];
    const body = Array.isArray(raw) ? raw[0] : raw;
    const before = verdicts(json, address);
    const content = body[key];
    delete body[key];
    // The two shapes a dynamic block takes: cdktf's (objects) and hand-written Terraform JSON's (arrays of objects).
    body.dynamic = { ...(body.dynamic ?? {}), [key]: Array.isArray(content) ? content.map((c: unknown) => ({ for_each: '${[1]}', content: c })) : { for_each: '${[1]}', content } };
    const after = verdicts(json, address);
    // REL-CW-3 cannot count dynamic metric queries (their number is for_each's), so it says nothing about them.
    const comparable = (v: string[]) => (key === 'metric_query' ? v.filter((x) => !x.startsWith('REL-CW-3')) : v);
    expect(comparable(after)).toEqual(comparable(before));
  });
});
