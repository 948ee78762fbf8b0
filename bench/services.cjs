// N services built with the library, and the same resources written directly with the provider classes,
// on one flavour: servicesFor('cdktf') or servicesFor('cdktn').
const { flavour } = require('./flavours.cjs');

function servicesFor(name) {
  const f = flavour(name);
  const { App, TerraformStack } = require(f.framework);
  const { AwsProvider } = require(`${f.aws}/lib/provider`);
  const { DataAwsCallerIdentity } = require(`${f.aws}/lib/data-aws-caller-identity`);
  const { DataAwsIamPolicyDocument } = require(`${f.aws}/lib/data-aws-iam-policy-document`);
  const { DataAwsPartition } = require(`${f.aws}/lib/data-aws-partition`);
  const { KmsAlias } = require(`${f.aws}/lib/kms-alias`);
  const { KmsKey } = require(`${f.aws}/lib/kms-key`);
  const { SnsTopic } = require(`${f.aws}/lib/sns-topic`);
  const { SnsTopicPolicy } = require(`${f.aws}/lib/sns-topic-policy`);
  const { SnsTopicSubscription } = require(`${f.aws}/lib/sns-topic-subscription`);
  const { Construct } = require('constructs');
  const lib = require(f.lib);

  const SERVICES = ['cloudwatch.amazonaws.com', 'events.amazonaws.com', 'backup.amazonaws.com'];
  const PAGER = 'https://events.pagerduty.com/integration/0123456789abcdef/enqueue';

  function libraryService(stack, i) {
    new lib.AlarmChannel(stack, `svc${i}`, {
      subscriptions: { page: [{ protocol: 'https', endpoint: PAGER }], ticket: [{ protocol: 'email', endpoint: `svc${i}@example.com` }] },
      tags: { Service: `svc${i}` },
    });
  }

  function directService(stack, i) {
    const scope = new Construct(stack, `svc${i}`);
    const tags = { ManagedBy: 'cdktf-reliability', Service: `svc${i}` };
    const account = new DataAwsCallerIdentity(scope, 'account');
    const partition = new DataAwsPartition(scope, 'partition');
    const root = `arn:${partition.partition}:iam::${account.accountId}:root`;
    const keyPolicy = new DataAwsIamPolicyDocument(scope, 'key-policy', {
      statement: [
        { sid: 'AccountAdministers', principals: [{ type: 'AWS', identifiers: [root] }], actions: ['kms:*'], resources: ['*'] },
        { sid: 'AlarmServicesEncryptMessages', principals: [{ type: 'Service', identifiers: SERVICES }], actions: ['kms:GenerateDataKey*', 'kms:Decrypt'], resources: ['*'] },
      ],
    });
    const key = new KmsKey(scope, 'key', { description: `alarm topics svc${i}`, enableKeyRotation: true, deletionWindowInDays: 30, policy: keyPolicy.json, tags });
    new KmsAlias(scope, 'key-alias', { name: `alias/bench-svc${i}`, targetKeyId: key.keyId });
    const topics = {};
    for (const severity of ['page', 'ticket']) {
      const topic = new SnsTopic(scope, `topic-${severity}`, { name: `bench-svc${i}-${severity}`, displayName: `${severity} alarms (svc${i})`, kmsMasterKeyId: key.arn, signatureVersion: 2, tags });
      topics[severity] = topic;
      const doc = new DataAwsIamPolicyDocument(scope, `topic-policy-document-${severity}`, {
        statement: [
          { sid: 'OwnerManages', principals: [{ type: 'AWS', identifiers: [root] }], actions: ['sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:AddPermission', 'sns:RemovePermission', 'sns:DeleteTopic', 'sns:Subscribe', 'sns:ListSubscriptionsByTopic', 'sns:Publish'], resources: [topic.arn] },
          { sid: 'AccountServicesPublish', principals: [{ type: 'Service', identifiers: SERVICES }], actions: ['sns:Publish'], resources: [topic.arn], condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] }] },
          { sid: 'DenyInsecureTransport', effect: 'Deny', principals: [{ type: 'AWS', identifiers: ['*'] }], actions: ['sns:Publish'], resources: [topic.arn], condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }] },
        ],
      });
      new SnsTopicPolicy(scope, `topic-policy-${severity}`, { arn: topic.arn, policy: doc.json });
    }
    new SnsTopicSubscription(scope, 'page-https', {
      topicArn: topics.page.arn,
      protocol: 'https',
      endpoint: PAGER,
      endpointAutoConfirms: true,
      rawMessageDelivery: false,
      deliveryPolicy: JSON.stringify({
        healthyRetryPolicy: { minDelayTarget: 5, maxDelayTarget: 300, numRetries: 10, numNoDelayRetries: 0, numMinDelayRetries: 0, numMaxDelayRetries: 0, backoffFunction: 'exponential' },
        requestPolicy: { headerContentType: 'application/json' },
      }),
    });
    new SnsTopicSubscription(scope, 'ticket-email', { topicArn: topics.ticket.arn, protocol: 'email', endpoint: `svc${i}@example.com` });
  }

  /** Builds N services in one stack and synthesizes the app into outdir; returns milliseconds. */
  function synthesize(kind, n, outdir) {
    const start = process.hrtime.bigint();
    const app = new App({ outdir, stackTraces: false });
    const stack = new TerraformStack(app, `bench-${kind}`);
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    const build = kind === 'library' ? libraryService : directService;
    for (let i = 0; i < n; i++) build(stack, i);
    app.synth();
    return Number(process.hrtime.bigint() - start) / 1e6;
  }

  return { synthesize };
}

module.exports = { servicesFor };
