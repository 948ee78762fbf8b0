/**
 * The validity family of `check`: what it asks the evaluator (each resource
 * with its provider's Region), how it reports, and the stack-level facts it
 * judges itself: provider Regions, physical names unique per account and
 * Region, per account, or in every account (S3, across stacks).
 */
import { checkStack, checkStacks } from '../../src/checks/check';
import { ReliabilityFinding } from '../../src/checks/rule';
import { ValidityEvaluator, ValidityViolation } from '../../src/checks/validity/evaluator';
import { AWS_VALIDITY } from '../../src/checks/validity/aws';

const validity = (json: unknown, name = 'app'): readonly ReliabilityFinding[] => checkStack(json, { name, families: ['validity'] }).findings;
const ids = (findings: readonly ReliabilityFinding[]): string[] => findings.map((f) => `${f.address} ${f.ruleId}`);

/** An evaluator that records what it is asked and refuses `bad` in any `name`. */
function fake(): ValidityEvaluator & { calls: { type: string; body: Record<string, unknown>; context: object }[] } {
  const calls: { type: string; body: Record<string, unknown>; context: object }[] = [];
  return {
    calls,
    validateResource: (type, body, context) => {
      calls.push({ type, body: body as Record<string, unknown>, context });
      const out: ValidityViolation[] = [];
      if (body.name === 'bad') out.push({ resourceType: type, path: 'name', value: 'bad', allowed: 'a good name', source: 'Fake API reference, CreateThing: Name', rule: `${type}.name.pattern` });
      return out;
    },
    coveredResourceTypes: () => ['aws_thing'],
    physicalName: () => undefined,
    partitionOfRegion: (r) => (['eu-west-1', 'eu-central-1', 'us-east-1'].includes(r) ? 'aws' : r === 'cn-north-1' ? 'aws-cn' : undefined),
    regionsSource: 'Fake Regions page',
  };
}

describe('what the family asks the evaluator', () => {
  const stack = (resource: Record<string, unknown>, provider: unknown = { aws: [{ region: 'eu-west-1' }, { alias: 'recovery', region: 'eu-central-1' }] }) => ({ provider, resource: { aws_thing: resource } });

  test.each([
    ['the default provider', { name: 'x' }, { region: 'eu-west-1', partition: 'aws' }],
    ['an aliased provider', { name: 'x', provider: 'aws.recovery' }, { region: 'eu-central-1', partition: 'aws' }],
    ['an aliased provider written as an expression', { name: 'x', provider: '${aws.recovery}' }, { region: 'eu-central-1', partition: 'aws' }],
    ["the resource's own region argument (provider 6)", { name: 'x', region: 'us-east-1' }, { region: 'us-east-1', partition: 'aws' }],
    ["the resource's own region given as a variable: unknown", { name: 'x', region: '${var.region}' }, {}],
  ])('each resource with the Region of %s', (_what, body, context) => {
    const e = fake();
    checkStack(stack({ r: body }), { families: ['validity'], validity: e });
    expect(e.calls.map((c) => c.context)).toEqual([context]);
  });

  test('a provider Region given as a variable, or not given (the environment decides), is unknown', () => {
    for (const provider of [{ aws: { region: '${var.region}' } }, { aws: {} }, {}]) {
      const e = fake();
      checkStack({ provider, resource: { aws_thing: { r: { name: 'x' } } } }, { families: ['validity'], validity: e });
      expect(e.calls.map((c) => c.context)).toEqual([{}]);
    }
  });

  test('types the evaluator does not cover are not asked about', () => {
    const e = fake();
    checkStack({ resource: { aws_other: { r: { name: 'bad' } }, aws_thing: { t: { name: 'ok' } } } }, { families: ['validity'], validity: e });
    expect(e.calls.map((c) => c.type)).toEqual(['aws_thing']);
  });

  test('dynamic blocks are read as the blocks they write (literals inside are judged), an empty for_each as none', () => {
    const e = fake();
    const body = {
      name: 'x',
      rule: [{ a: 1 }],
      dynamic: { rule: { for_each: '${var.rules}', content: { a: '${rule.value}', b: 'literal' } }, gone: { for_each: [], content: { c: 1 } } },
    };
    checkStack(stack({ r: body }), { families: ['validity'], validity: e });
    expect(e.calls[0].body).toEqual({ name: 'x', rule: [{ a: 1 }, { a: '${rule.value}', b: 'literal' }] });
  });

  test('a dynamic block over a literal collection writes one block per element, the iterator substituted (issue 28)', () => {
    const e = fake();
    const body = { name: 'x', dynamic: { rule: { for_each: [{ a: 'one' }, { a: 'two' }], iterator: 'r', content: { a: '${r.value.a}', i: '${r.key}' } } } };
    checkStack(stack({ r: body }), { families: ['validity'], validity: e });
    expect(e.calls[0].body).toEqual({ name: 'x', rule: [{ a: 'one', i: 0 }, { a: 'two', i: 1 }] });
  });

  test('a violation becomes an error naming the address, the path, the value, what is allowed and the source', () => {
    const e = fake();
    const [f] = checkStack(stack({ r: { name: 'bad', '//': { metadata: { path: 'app/things/r' } } } }), { name: 'app', families: ['validity'], validity: e }).findings;
    expect(f).toEqual({
      ruleId: 'aws_thing.name.pattern',
      family: 'validity',
      severity: 'error',
      title: 'Values AWS and the provider accept',
      stack: 'app',
      address: 'aws_thing.r',
      message: 'name is "bad"; allowed: a good name (source: Fake API reference, CreateThing: Name)',
      remediation: 'Change name: a good name.',
      constructPath: 'app/things/r',
      validity: { path: 'name', value: 'bad', allowed: 'a good name', source: 'Fake API reference, CreateThing: Name' },
    });
  });

  test('a rule setting turns a validity rule off or lowers it to a warning', () => {
    const json = stack({ r: { name: 'bad' } });
    expect(checkStack(json, { families: ['validity'], validity: fake(), ruleSettings: { 'aws_thing.name.pattern': 'off' } }).findings).toEqual([]);
    expect(checkStack(json, { families: ['validity'], validity: fake(), ruleSettings: { 'aws_thing.name.pattern': 'warning' } }).findings[0].severity).toBe('warning');
  });

  test('families: the reliability family alone by default (as before), the validity family alone, or both', () => {
    const json = { provider: { aws: { region: 'eu-west-1' } }, resource: { aws_thing: { r: { name: 'bad' } }, aws_db_instance: { db: { multi_az: false } } } };
    const families = (f: readonly ReliabilityFinding[]) => [...new Set(f.map((x) => x.family))].sort();
    expect(families(checkStack(json, { validity: fake() }).findings)).toEqual(['reliability']);
    expect(families(checkStack(json, { families: ['validity'], validity: fake() }).findings)).toEqual(['validity']);
    expect(families(checkStack(json, { families: ['reliability', 'validity'], validity: fake() }).findings)).toEqual(['reliability', 'validity']);
  });
});

describe('Regions of provider blocks', () => {
  test.each([
    ['eu-west-9', 'provider.aws', 'an AWS Region name such as "eu-west-1"'],
    ['EU-WEST-1', 'provider.aws', 'did you mean "eu-west-1"? Region names are lower case'],
    ['eu-west-1a', 'provider.aws', 'an AWS Region name such as "eu-west-1"'],
  ])('region %j is not a Region: an error on %s', (region, address, allowed) => {
    const [f] = validity({ provider: { aws: { region } } });
    expect(f).toMatchObject({ address, ruleId: 'provider.aws.region.known', validity: { path: 'region', value: region } });
    expect(f.validity!.allowed).toContain(allowed);
    // AWS General Reference, Regions and endpoints: the list the check compares with.
    expect(f.validity!.source).toContain('https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html');
  });

  test('an aliased provider is named by its alias; known Regions of every partition, variables and an unset Region pass', () => {
    expect(ids(validity({ provider: { aws: [{ region: 'eu-west-1' }, { alias: 'dr', region: 'eu-centrl-1' }] } }))).toEqual(['provider.aws.dr provider.aws.region.known']);
    for (const region of ['us-east-1', 'cn-north-1', 'us-gov-west-1', '${var.region}']) expect(validity({ provider: { aws: { region } } })).toEqual([]);
    expect(validity({ provider: { aws: {} } })).toEqual([]);
    expect(validity({ provider: { google: { region: 'europe-west1' } } })).toEqual([]);
  });

  test("a resource in a provider whose Region is not a Region is judged without one (one finding, on the provider)", () => {
    const json = { provider: { aws: { region: 'eu-west-9' } }, resource: { aws_backup_vault: { v: { name: 'main', kms_key_arn: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } } } };
    expect(ids(validity(json))).toEqual(['provider.aws provider.aws.region.known']);
  });
});

describe('ARNs of another Region or partition than the resource (KMS Developer Guide: a KMS key is Regional)', () => {
  const key = (region: string, partition = 'aws') => `arn:${partition}:kms:${region}:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
  const vault = (provider: unknown, body: Record<string, unknown>) => ({ provider, resource: { aws_backup_vault: { v: { name: 'main', ...body } } } });
  const providers = { aws: [{ region: 'eu-west-1' }, { alias: 'recovery', region: 'eu-central-1' }] };

  test('a key of another Region is an error naming the key and the Region', () => {
    const [f] = validity(vault(providers, { kms_key_arn: key('eu-central-1') }));
    expect(f).toMatchObject({ address: 'aws_backup_vault.v', ruleId: 'aws_backup_vault.kms_key_arn.same_region', validity: { path: 'kms_key_arn', value: key('eu-central-1') } });
    expect(f.validity!.allowed).toContain('eu-west-1');
  });

  test("the resource's provider decides its Region: a vault of the aliased provider takes that Region's key", () => {
    expect(validity(vault(providers, { provider: 'aws.recovery', kms_key_arn: key('eu-central-1') }))).toEqual([]);
    expect(ids(validity(vault(providers, { provider: 'aws.recovery', kms_key_arn: key('eu-west-1') })))).toEqual(['aws_backup_vault.v aws_backup_vault.kms_key_arn.same_region']);
  });

  test('a key of another partition is an error; with the Region unknown (a variable), nothing is judged', () => {
    expect(ids(validity(vault(providers, { kms_key_arn: key('cn-north-1', 'aws-cn') })))).toEqual(['aws_backup_vault.v aws_backup_vault.kms_key_arn.same_partition']);
    expect(validity(vault({ aws: { region: '${var.region}' } }, { kms_key_arn: key('eu-central-1') }))).toEqual([]);
    expect(validity(vault(providers, { kms_key_arn: '${aws_kms_key.k.arn}' }))).toEqual([]);
  });
});

describe('physical names unique per account and Region', () => {
  const two = (type: string, arg: string, a: Record<string, unknown>, b: Record<string, unknown>, provider: unknown = { aws: [{ region: 'eu-west-1' }, { alias: 'dr', region: 'eu-central-1' }] }) => ({
    provider,
    resource: { [type]: { first: { [arg]: 'orders', ...a }, second: { [arg]: 'orders', ...b } } },
  });

  test.each([
    // AWS Backup API reference, CreateBackupVault: vault names are unique to the account and Region.
    ['aws_backup_vault', 'name'],
    // CloudWatch API reference, PutMetricAlarm: a second put of a name updates the first alarm.
    ['aws_cloudwatch_metric_alarm', 'alarm_name'],
    // SNS API reference, CreateTopic: a second create of a name returns the first topic.
    ['aws_sns_topic', 'name'],
  ])('two %s of one name in one provider Region: the second is an error naming the first', (type, arg) => {
    const findings = validity(two(type, arg, {}, {})).filter((f) => f.ruleId.endsWith('unique_region'));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ address: `${type}.second`, ruleId: `${type}.${arg}.unique_region`, validity: { path: arg, value: 'orders' } });
    expect(findings[0].validity!.allowed).toContain(`${type}.first claims it already`);
    expect(findings[0].validity!.allowed).toContain('eu-west-1');
  });

  test('in two Regions (aliases, or a resource region argument), the same name is fine', () => {
    expect(validity(two('aws_backup_vault', 'name', {}, { provider: 'aws.dr' }))).toEqual([]);
    expect(validity(two('aws_backup_vault', 'name', {}, { region: 'us-east-1' }))).toEqual([]);
  });

  test('two providers of one literal Region and the same credentials are one place; another account (assume_role) is not', () => {
    const sameRegion = { aws: [{ region: 'eu-west-1' }, { alias: 'dr', region: 'eu-west-1' }] };
    expect(ids(validity(two('aws_backup_vault', 'name', {}, { provider: 'aws.dr' }, sameRegion)))).toEqual(['aws_backup_vault.second aws_backup_vault.name.unique_region']);
    const otherAccount = { aws: [{ region: 'eu-west-1' }, { alias: 'dr', region: 'eu-west-1', assume_role: [{ role_arn: 'arn:aws:iam::210987654321:role/deploy' }] }] };
    expect(validity(two('aws_backup_vault', 'name', {}, { provider: 'aws.dr' }, otherAccount))).toEqual([]);
  });

  test('a Region given as a variable: one provider is still one place, two providers cannot be told apart', () => {
    expect(ids(validity(two('aws_backup_vault', 'name', {}, {}, { aws: { region: '${var.region}' } })))).toEqual(['aws_backup_vault.second aws_backup_vault.name.unique_region']);
    expect(validity(two('aws_backup_vault', 'name', {}, { provider: 'aws.dr' }, { aws: [{ region: '${var.a}' }, { alias: 'dr', region: '${var.b}' }] }))).toEqual([]);
  });

  test('names that are expressions, and different names, are not compared', () => {
    expect(validity(two('aws_backup_vault', 'name', { name: '${var.name}' }, { name: '${var.name}' }))).toEqual([]);
    expect(validity(two('aws_backup_vault', 'name', {}, { name: 'payments' }))).toEqual([]);
  });

  test('IAM role names are unique per account, whatever the Region, and compared without case (IAM User Guide, IAM identifiers)', () => {
    const json = two('aws_iam_role', 'name', { assume_role_policy: '{}' }, { name: 'ORDERS', provider: 'aws.dr', assume_role_policy: '{}' });
    expect(ids(validity(json).filter((f) => f.ruleId.includes('unique')))).toEqual(['aws_iam_role.second aws_iam_role.name.unique_account']);
  });
});

describe('S3 bucket names are unique in every account of a partition (S3 User Guide, bucket naming rules)', () => {
  const stack = (bucket: string, region = 'eu-west-1') => ({ provider: { aws: { region } }, resource: { aws_s3_bucket: { docs: { bucket } } } });

  test('across the stacks checked together: the later stack gets the error, naming the first', () => {
    const [a, b] = checkStacks([stack('orders-documents'), stack('orders-documents', 'us-east-1')], { families: ['validity'] });
    expect(a.findings).toEqual([]);
    expect(ids(b.findings)).toEqual(['aws_s3_bucket.docs aws_s3_bucket.bucket.unique_global']);
    expect(b.findings[0].validity!.allowed).toContain('aws_s3_bucket.docs of stack stack1 claims it already');
  });

  test('in one stack too; another partition (China) has its own names', () => {
    const one = { provider: { aws: { region: 'eu-west-1' } }, resource: { aws_s3_bucket: { a: { bucket: 'orders-documents' }, b: { bucket: 'orders-documents' } } } };
    expect(ids(validity(one))).toEqual(['aws_s3_bucket.b aws_s3_bucket.bucket.unique_global']);
    expect(checkStacks([stack('orders-documents'), stack('orders-documents', 'cn-north-1')], { families: ['validity'] }).flatMap((r) => r.findings)).toEqual([]);
  });
});

test('expressions and unknown values are never judged (real tables)', () => {
  const json = { provider: { aws: { region: 'eu-west-1' } }, resource: { aws_backup_vault: { v: { name: '${var.vault}' } }, aws_lambda_function: { f: { function_name: 'f', role: '${aws_iam_role.r.arn}', memory_size: '${var.memory}', timeout: '${(known after apply)}' } } } };
  expect(validity(json)).toEqual([]);
  expect(AWS_VALIDITY.coveredResourceTypes().length).toBeGreaterThanOrEqual(100);
});
