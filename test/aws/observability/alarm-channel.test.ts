import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { TerraformVariable } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { InvalidPropError } from '../../../src/core';
import { AlarmChannel, AlarmChannelProps } from '../../../src/aws/observability/alarm-channel';
import { annotations, expectInvalidProp, resolveTokens, resourcesOf, schemaErrors, synth, synthJson, testStack, values } from '../../harness';

const PAGERDUTY = 'https://events.pagerduty.com/integration/0123456789abcdef/enqueue';

function build(props: AlarmChannelProps = {}) {
  const { stack } = testStack();
  const channel = new AlarmChannel(stack, 'alarms', props);
  return { stack, channel };
}

const fullProps: AlarmChannelProps = {
  severities: ['info'],
  subscriptions: {
    page: [{ protocol: 'https', endpoint: PAGERDUTY }],
    ticket: [
      { protocol: 'email', endpoint: 'oncall@example.com' },
      { protocol: 'sqs', endpoint: 'arn:aws:sqs:eu-west-1:123456789012:tickets', rawMessageDelivery: true },
    ],
    info: [{ protocol: 'lambda', endpoint: 'arn:aws:lambda:eu-west-1:123456789012:function:chatops' }],
  },
  tags: { Team: 'payments' },
};

describe('AlarmChannel', () => {
  test('one encrypted topic per severity, under a customer-managed key with rotation', () => {
    const { stack, channel } = build(fullProps);
    const out = synth(stack);
    const json = JSON.parse(out);
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toHaveLength(3);
    expect(channel.severities).toEqual(['page', 'ticket', 'info']);
    expect(out).toHaveResourceWithProperties(KmsKey, { enable_key_rotation: true, deletion_window_in_days: 30 });
    for (const topic of values(json, 'aws_sns_topic')) {
      expect(topic.kms_master_key_id).toMatch(/^\$\{aws_kms_key\.alarms_key_[0-9A-F]{8}\.arn\}$/);
      expect(topic.tags).toEqual({ ManagedBy: 'cdktf-reliability', Team: 'payments' });
    }
    expect(out).toHaveResourceWithProperties(SnsTopic, { name: 'test-alarms-page' });
    expect(resolveTokens(stack, channel.actionsFor('page'))).toEqual([resolveTokens(stack, channel.topics.page.arn)]);
    expect(resolveTokens(stack, channel.topicArn('ticket'))).toMatch(/^\$\{aws_sns_topic\.alarms_topic-ticket_[0-9A-F]{8}\.arn\}$/);
  });

  // SNS Developer Guide, "Enable compatibility between event sources from AWS services and encrypted topics": the
  // encryption context aws:sns:topicArn limits a service's use of the key to the named topics; aws:SourceAccount and
  // aws:SourceArn are not supported in a key policy for EventBridge to encrypted topics.
  test('the key policy: alarms of this account and Region, and EventBridge, use the key for the channel\'s topics only; AWS Backup has no grant', () => {
    const { stack } = build(fullProps);
    const docs = synthJson(stack).data!.aws_iam_policy_document;
    const keyDoc = Object.entries(docs).find(([name]) => name.includes('key-policy'))![1] as any;
    // Construct hashes replaced by X: the values below are the whole strings Terraform receives.
    const statements = JSON.parse(JSON.stringify(keyDoc.statement).replace(/_[0-9A-F]{8}\./g, '_X.'));
    const partition = '${data.aws_partition.alarms_partition_X.partition}';
    const account = '${data.aws_caller_identity.alarms_account_X.account_id}';
    const topicsOnly = {
      test: 'StringEquals',
      variable: 'kms:EncryptionContext:aws:sns:topicArn',
      values: ['page', 'ticket', 'info'].map((s) => `arn:${partition}:sns:eu-west-1:${account}:test-alarms-${s}`),
    };
    expect(statements.filter((s: any) => s.principals[0].type === 'Service')).toEqual([
      {
        sid: 'AlarmsEncryptMessagesToTheseTopics',
        principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        condition: [
          topicsOnly,
          { test: 'StringEquals', variable: 'aws:SourceAccount', values: [account] },
          { test: 'ArnLike', variable: 'aws:SourceArn', values: [`arn:${partition}:cloudwatch:eu-west-1:${account}:alarm:*`] },
        ],
      },
      {
        sid: 'EventBridgeEncryptsEventsToTheseTopics',
        principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        condition: [topicsOnly],
      },
    ]);
    expect(JSON.stringify(keyDoc)).not.toContain('backup.amazonaws.com');
  });

  test('the topic names in the key policy are the created topics\' names (built from names: the key comes first)', () => {
    const { stack, channel } = build({ ...fullProps, topicNamePrefix: 'ops' });
    const json = synthJson(stack);
    const keyDoc = Object.entries(json.data!.aws_iam_policy_document).find(([name]) => name.includes('key-policy'))![1] as any;
    const names = values(json, 'aws_sns_topic').map((t: any) => t.name);
    expect([...names].sort()).toEqual(['ops-info', 'ops-page', 'ops-ticket']);
    for (const statement of keyDoc.statement.slice(1)) {
      const context = statement.condition[0].values as string[];
      expect(context.map((a) => a.split(':').pop()).sort()).toEqual([...names].sort());
    }
    expect(Object.keys(channel.topics)).toEqual(['page', 'ticket', 'info']);
  });

  test('topic policy: this account\'s alarms (aws:SourceAccount, aws:SourceArn) and EventBridge rules (no condition: EventBridge User Guide, "Amazon SNS permissions") publish, only over TLS', () => {
    const { stack } = build(fullProps);
    const json = synthJson(stack);
    const docs = json.data!.aws_iam_policy_document;
    const pageDoc = Object.entries(docs).find(([name]) => name.includes('topic-policy-document-page'))![1] as any;
    const alarms = pageDoc.statement.find((s: any) => s.sid === 'AccountAlarmsPublish');
    expect(alarms.principals).toEqual([{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }]);
    expect(alarms.condition).toEqual([
      { test: 'StringEquals', variable: 'aws:SourceAccount', values: [expect.stringMatching(/^\$\{data\.aws_caller_identity\.alarms_account_[0-9A-F]{8}\.account_id\}$/)] },
      { test: 'ArnLike', variable: 'aws:SourceArn', values: [expect.stringMatching(/^arn:\$\{data\.aws_partition\.alarms_partition_[0-9A-F]{8}\.partition\}:cloudwatch:eu-west-1:\$\{data\.aws_caller_identity\.alarms_account_[0-9A-F]{8}\.account_id\}:alarm:\*$/)] },
    ]);
    const events = pageDoc.statement.find((s: any) => s.sid === 'EventBridgeRulesPublish');
    expect(events).toEqual({
      sid: 'EventBridgeRulesPublish',
      principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
      actions: ['sns:Publish'],
      resources: [expect.stringMatching(/^\$\{aws_sns_topic\.alarms_topic-page_[0-9A-F]{8}\.arn\}$/)],
    });
    const tls = pageDoc.statement.find((s: any) => s.sid === 'DenyInsecureTransport');
    expect(tls).toMatchObject({ effect: 'Deny', condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }] });
    const policies = values(json, 'aws_sns_topic_policy');
    expect(policies).toHaveLength(3);
    expect(policies.map((p: any) => p.arn)).toContainEqual(expect.stringMatching(/^\$\{aws_sns_topic\.alarms_topic-page_[0-9A-F]{8}\.arn\}$/));
  });

  test('subscriptions: HTTPS with a retry policy, email, SQS raw, Lambda with an invoke permission', () => {
    const { stack, channel } = build(fullProps);
    const out = synth(stack);
    const subs = values(JSON.parse(out), 'aws_sns_topic_subscription');
    const https = subs.find((s) => s.protocol === 'https');
    expect(https).toMatchObject({ endpoint: PAGERDUTY, endpoint_auto_confirms: true, topic_arn: expect.stringMatching(/^\$\{aws_sns_topic\.alarms_topic-page_[0-9A-F]{8}\.arn\}$/) });
    expect(JSON.parse(https.delivery_policy).healthyRetryPolicy).toEqual({
      minDelayTarget: 5,
      maxDelayTarget: 300,
      numRetries: 10,
      numNoDelayRetries: 0,
      numMinDelayRetries: 0,
      numMaxDelayRetries: 0,
      backoffFunction: 'exponential',
    });
    expect(out).toHaveResourceWithProperties(SnsTopicSubscription, { protocol: 'email', endpoint: 'oncall@example.com' });
    expect(out).toHaveResourceWithProperties(SnsTopicSubscription, { protocol: 'sqs', raw_message_delivery: true });
    expect(out).toHaveResourceWithProperties(LambdaPermission, {
      principal: 'sns.amazonaws.com',
      function_name: 'arn:aws:lambda:eu-west-1:123456789012:function:chatops',
      source_arn: expect.stringMatching(/aws_sns_topic\.alarms_topic-info_/),
    });
    const lambdaSub = subs.find((s) => s.protocol === 'lambda');
    expect(lambdaSub.depends_on).toEqual([expect.stringMatching(/^aws_lambda_permission\.alarms_permission-info-lambda-0_[0-9A-F]{8}$/)]);
    expect(channel.subscriptions).toHaveLength(4);
    expect(annotations(stack)).toEqual([]);
  });

  test('snapshot and provider-schema check', () => {
    const { stack } = build(fullProps);
    expect(synth(stack)).toMatchSnapshot();
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('an existing topic can be adopted: no topic, policy or key is created for it', () => {
    const adopted = 'arn:aws:sns:eu-west-1:123456789012:pagerduty';
    const { stack, channel } = build({ existingTopicArns: { page: adopted }, subscriptions: { ticket: [{ protocol: 'email', endpoint: 'a@example.com' }] } });
    const json = synthJson(stack);
    expect(Object.keys(resourcesOf(json, 'aws_sns_topic'))).toEqual([expect.stringMatching(/^alarms_topic-ticket_/)]);
    expect(channel.actionsFor('page')).toEqual([adopted]);
    expect(annotations(stack)).toEqual([]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('with every topic adopted nothing else is created', () => {
    const { stack } = build({ existingTopicArns: { page: 'arn:aws:sns:eu-west-1:111111111111:p', ticket: 'arn:aws:sns:eu-west-1:111111111111:t' } });
    const json = synthJson(stack);
    expect(json.resource).toBeUndefined();
  });

  test('a key of the user\'s own replaces the created one', () => {
    const key = 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const { stack, channel } = build({ kmsKeyArn: key, subscriptions: { page: [{ protocol: 'https', endpoint: PAGERDUTY }] } });
    const json = synthJson(stack);
    expect(resourcesOf(json, 'aws_kms_key')).toEqual({});
    expect(channel.key).toBeUndefined();
    for (const t of values(json, 'aws_sns_topic')) expect(t.kms_master_key_id).toBe(key);
  });

  test('warns at synth when nobody receives pages', () => {
    const { stack } = build({ subscriptions: { ticket: [{ protocol: 'email', endpoint: 'a@example.com' }] } });
    synthJson(stack);
    synthJson(stack);
    expect(annotations(stack)).toEqual([expect.stringMatching(/^test\/alarms: No subscription for the "page" severity/)]);
  });

  test('does not warn when a construct made after the channel subscribes to the page topic (as PagerDutyEscalation does)', () => {
    const { stack, channel } = build({ subscriptions: { ticket: [{ protocol: 'email', endpoint: 'a@example.com' }] } });
    channel.subscribeHttps(stack, 'pagerduty', 'page', PAGERDUTY);
    synthJson(stack);
    expect(annotations(stack)).toEqual([]);
  });

  test('endpoints given as tokens are not checked at synth', () => {
    const { stack } = testStack();
    const url = new TerraformVariable(stack, 'pagerduty_url', { type: 'string', sensitive: true });
    expect(() => new AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'https', endpoint: url.stringValue }] } })).not.toThrow();
  });

  test('subscriptions known only at apply are refused: each is a resource of its own', () => {
    const { stack } = testStack();
    const v = new TerraformVariable(stack, 'subs', { type: 'list(string)' });
    expect(() => new AlarmChannel(stack, 'a', { subscriptions: { page: v.value } })).toThrow(/^test\/a: invalid subscriptions\.page \$\{var\.subs\} \(a token\): must be known at synth/);
    expect(() => new AlarmChannel(stack, 'b', { subscriptions: v.value })).toThrow(/^test\/b: invalid subscriptions \$\{var\.subs\} \(a token\): must be known at synth/);
  });
});

describe('AlarmChannel bad input', () => {
  test.each<[string, AlarmChannelProps, string]>([
    ['malformed email', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall-at-example.com' }] } }, 'test/alarms: invalid subscriptions.page[0].endpoint "oncall-at-example.com": must be an email address'],
    ['http URL', { subscriptions: { page: [{ protocol: 'https', endpoint: 'http://events.pagerduty.com/x' }] } }, 'invalid subscriptions.page[0].endpoint "http://events.pagerduty.com/x": must be an absolute https:// URL'],
    ['not a URL', { subscriptions: { page: [{ protocol: 'https', endpoint: 'pagerduty' }] } }, 'invalid subscriptions.page[0].endpoint "pagerduty"'],
    ['queue that is not an SQS ARN', { subscriptions: { ticket: [{ protocol: 'sqs', endpoint: 'arn:aws:sns:eu-west-1:111111111111:x' }] } }, 'invalid subscriptions.ticket[0].endpoint'],
    ['unknown severity in subscriptions', { subscriptions: { critical: [{ protocol: 'email', endpoint: 'a@example.com' }] } }, 'test/alarms: invalid subscriptions.critical "critical": is not a severity of this channel; known: "page", "ticket"'],
    ['unknown severity in adopted topics', { existingTopicArns: { sev1: 'arn:aws:sns:eu-west-1:111111111111:x' } }, 'invalid existingTopicArns.sev1'],
    ['bad severity name', { severities: ['Page!'] }, 'invalid severities[0] "Page!"'],
    ['unknown protocol', { subscriptions: { page: [{ protocol: 'sms' as 'email', endpoint: '+15550100' }] } }, 'invalid subscriptions.page[0].protocol "sms"'],
    ['raw delivery on email', { subscriptions: { page: [{ protocol: 'email', endpoint: 'a@example.com', rawMessageDelivery: true }] } }, 'invalid subscriptions.page[0].rawMessageDelivery true: applies to https and sqs subscriptions only'],
    ['retry schedule over an hour', { subscriptions: { page: [{ protocol: 'https', endpoint: PAGERDUTY, retryPolicy: { numRetries: 50, maxDelaySeconds: 600 } }] } }, 'SNS allows at most 3600 s in total'],
    ['too many retries', { subscriptions: { page: [{ protocol: 'https', endpoint: PAGERDUTY, retryPolicy: { numRetries: 101, maxDelaySeconds: 10 } }] } }, 'invalid subscriptions.page[0].retryPolicy.numRetries 101: must be an integer from 0 to 100'],
    ['key deletion window', { keyDeletionWindowDays: 3 }, 'invalid keyDeletionWindowDays 3: must be an integer from 7 to 30'],
    ['kms key that is not an ARN', { kmsKeyArn: 'alias/aws/sns' }, 'invalid kmsKeyArn "alias/aws/sns"'],
    ['tag with aws: prefix', { tags: { 'aws:cost': 'x' } }, 'invalid tags.aws:cost'],
  ])('%s', (_name, props, message) => {
    expect(() => build(props)).toThrow(message);
    expect(() => build(props)).toThrow(InvalidPropError);
  });

  test('asking for an unknown severity names the caller\'s prop', () => {
    const { channel } = build();
    expect(() => channel.actionsFor('critical', 'slos[0].severity')).toThrow('test/alarms: invalid slos[0].severity "critical": is not a severity of this channel');
  });
});

describe('AlarmChannel: one construct shape (issue 9)', () => {
  const page = (sub: object) => ({ subscriptions: { page: [sub] } }) as unknown as AlarmChannelProps;
  test.each<[string, unknown, string]>([
    ['severities a string', { severities: 'info' }, 'test/alarms: invalid severities "info": must be a list (got a string)'],
    ['subscriptions for a severity an object', { subscriptions: { page: { protocol: 'email', endpoint: 'a@example.com' } } }, 'test/alarms: invalid subscriptions.page {"protocol":"email","endpoint":"a@example.com"}: must be a list (got an object)'],
    ['subscription null', { subscriptions: { page: [null] } }, 'test/alarms: invalid subscriptions.page[0] null: must be an object (got null)'],
    ['endpoint a number', page({ protocol: 'email', endpoint: 42 }), 'test/alarms: invalid subscriptions.page[0].endpoint 42: must be a string (got a number)'],
    ['endpoint missing', page({ protocol: 'email' }), 'test/alarms: invalid subscriptions.page[0].endpoint undefined: is required'],
    ['rawMessageDelivery "true"', page({ protocol: 'sqs', endpoint: 'arn:aws:sqs:eu-west-1:111111111111:q', rawMessageDelivery: 'true' }), 'invalid subscriptions.page[0].rawMessageDelivery "true": must be true or false'],
    ['autoConfirms "false"', page({ protocol: 'https', endpoint: PAGERDUTY, autoConfirms: 'false' }), 'invalid subscriptions.page[0].autoConfirms "false"'],
    ['autoConfirms on an email subscription (it would be ignored: SNS auto-confirms only HTTPS endpoints that answer the confirmation)', page({ protocol: 'email', endpoint: 'oncall@example.com', autoConfirms: true }), 'invalid subscriptions.page[0].autoConfirms true: applies to https subscriptions only'],
    ['a topicNamePrefix that leaves no room for the severity (SNS topic names are at most 256 characters)', { topicNamePrefix: 'a'.repeat(250) }, 'must leave room for "-ticket"'],
    ['a KMS key of another Region (SNS encrypts with a key of the topic\'s Region; KMS keys are Regional)', { kmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/0b7b4f4e-1111-2222-3333-444455556666' }, 'invalid kmsKeyArn "arn:aws:kms:us-east-1:111111111111:key/0b7b4f4e-1111-2222-3333-444455556666": must be in eu-west-1, the resource\'s Region (it is in us-east-1)'],
    ['an adopted topic of another Region (alarms notify topics of their own Region)', { existingTopicArns: { page: 'arn:aws:sns:us-east-1:111111111111:page' } }, 'invalid existingTopicArns.page "arn:aws:sns:us-east-1:111111111111:page": must be in eu-west-1'],
    ['misspelt subscription prop', page({ protocol: 'https', endpoint: PAGERDUTY, retrypolicy: {} }), 'unknown prop subscriptions.page[0].retrypolicy (did you mean retryPolicy?)'],
    ['numRetries a string', page({ protocol: 'https', endpoint: PAGERDUTY, retryPolicy: { numRetries: '3' } }), 'invalid subscriptions.page[0].retryPolicy.numRetries "3"'],
    ['adopted topic ARN a number', { existingTopicArns: { page: 5 } }, 'test/alarms: invalid existingTopicArns.page 5: must be a string'],
    ['keyDeletionWindowDays a string', { keyDeletionWindowDays: '30' }, 'invalid keyDeletionWindowDays "30"'],
    ['topicNamePrefix a number', { topicNamePrefix: 7 }, 'test/alarms: invalid topicNamePrefix 7: must be a string'],
    ['misspelt prop', { subscription: {} }, 'test/alarms: unknown prop subscription (did you mean subscriptions?)'],
  ])('%s is an InvalidPropError', (_name, props, message) => {
    expectInvalidProp(() => build(props as AlarmChannelProps), message);
  });

  test('two channels with one topicNamePrefix fail naming both paths', () => {
    const { stack } = testStack();
    new AlarmChannel(stack, 'team-a', { topicNamePrefix: 'alarms' });
    expect(() => new AlarmChannel(stack, 'team-b', { topicNamePrefix: 'alarms' })).toThrow(
      'test/team-b: SNS topic name "alarms-page" is already used by test/team-a (aws eu-west-1)',
    );
  });

  test('two channels whose ids normalise to one name fail on the key alias', () => {
    const { stack } = testStack();
    new AlarmChannel(stack, 'a.b');
    expect(() => new AlarmChannel(stack, 'a-b')).toThrow('test/a-b: KMS alias name "alias/test-a-b" is already used by test/a.b');
  });

  test('a token topicNamePrefix is carried through, not checked', () => {
    const { stack } = testStack();
    const prefix = new TerraformVariable(stack, 'prefix', { type: 'string' }).stringValue;
    new AlarmChannel(stack, 'alarms', { topicNamePrefix: prefix });
    const names = values(synthJson(stack), 'aws_sns_topic').map((t: any) => t.name);
    expect(names).toEqual(['${var.prefix}-page', '${var.prefix}-ticket']);
  });

  test('endpoints are user text: ${ reaches Terraform escaped', () => {
    const { stack } = build({ subscriptions: { page: [{ protocol: 'https', endpoint: 'https://hooks.example.com/${token}' }] }, tags: { owner: 'team/a' } });
    const json = synthJson(stack);
    const sub = values(json, 'aws_sns_topic_subscription')[0];
    expect(sub.endpoint).toBe('https://hooks.example.com/$${token}');
    expect(values(json, 'aws_sns_topic')[0].tags.owner).toBe('team/a');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a tag value with %{ is refused at synth: outside the tag character set applied to SNS topics (core/tag-rules.ts)', () => {
    const { stack } = build({ tags: { owner: '%{team}' } });
    expect(() => synthJson(stack)).toThrow(/invalid tags\.owner "%%\{team\}": the value has a character outside the set/);
  });
});

describe('AlarmChannel on a provider whose region is known at apply only', () => {
  test('the key policy\'s topic and alarm ARNs take the region from the provider (data.aws_region), not a guess', () => {
    const { stack } = testStack();
    const regionVar = new TerraformVariable(stack, 'region', { type: 'string' });
    const somewhere = new AwsProvider(stack, 'somewhere', { region: regionVar.stringValue, alias: 'somewhere' });
    new AlarmChannel(stack, 'alarms', { provider: somewhere, subscriptions: { page: [{ protocol: 'https', endpoint: PAGERDUTY }] } });
    const json = synthJson(stack);
    const [regionName, region] = Object.entries(json.data!.aws_region)[0] as [string, any];
    expect(region.provider).toBe('aws.somewhere');
    const keyDoc = Object.entries(json.data!.aws_iam_policy_document).find(([name]) => name.includes('key-policy'))![1] as any;
    const context = keyDoc.statement[1].condition[0].values as string[];
    for (const arn of context) expect(arn).toContain(`:sns:\${data.aws_region.${regionName}.region}:`);
    expect(keyDoc.statement[1].condition[2].values).toEqual([expect.stringContaining(`:cloudwatch:\${data.aws_region.${regionName}.region}:`)]);
  });
});

describe('AlarmChannel on another provider', () => {
  test('every resource uses the given provider; the channel reports its region; names are claimed per region', () => {
    const { stack } = testStack();
    const east = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us_east_1' });
    const channel = new AlarmChannel(stack, 'global', { provider: east, topicNamePrefix: 'alarms', subscriptions: fullProps.subscriptions, severities: ['info'] });
    expect(channel.region).toBe('us-east-1');
    expect(build().channel.region).toBe('eu-west-1');
    const json = synthJson(stack);
    const everything = [...Object.values(json.resource ?? {}), ...Object.values(json.data ?? {})].flatMap((byId) => Object.values(byId as object));
    expect(everything.length).toBeGreaterThan(10);
    for (const r of everything) expect(r.provider).toBe('aws.us_east_1');
    // The same topic names in the stack's own region are another account-region: no collision.
    expect(() => new AlarmChannel(stack, 'regional', { topicNamePrefix: 'alarms' })).not.toThrow();
    expect(() => new AlarmChannel(stack, 'again', { provider: east, topicNamePrefix: 'alarms' })).toThrow('SNS topic name "alarms-page" is already used by test/global (aws us-east-1)');
    expect(() => new AlarmChannel(stack, 'bad', { provider: 'us-east-1' as never })).toThrow('test/bad: invalid provider "us-east-1": must be an AwsProvider');
    expect(schemaErrors(stack)).toEqual([]);
  });
});
