import { PropSpecs, spec } from '../../../core/prop-spec';
import { AWS_PROVIDER, SEVERITY } from '../../common/prop-specs';
import type { AlarmChannelProps, AlarmSubscription, HttpsRetryPolicy } from '../alarm-channel';

/** SNS's whole retry schedule for an HTTPS endpoint is at most an hour (SNS Developer Guide, "Amazon SNS message delivery retries"). */
export const SNS_MAX_RETRY_SECONDS = 3600;

const RETRY_POLICY = spec.object<HttpsRetryPolicy>({
  // SNS delivery policy limits: numRetries 0-100, delays 1-3600 s (SNS Developer Guide, "Creating an HTTP/S delivery policy").
  numRetries: spec.integer({ min: 0, max: 100 }),
  minDelaySeconds: spec.integer({ min: 1, max: SNS_MAX_RETRY_SECONDS }),
  maxDelaySeconds: spec.integer({ min: 1, max: SNS_MAX_RETRY_SECONDS }),
  maxReceivesPerSecond: spec.integer({ min: 1 }),
});

/** One subscription; the endpoint's form depends on the protocol (checked by the construct). */
export const SUBSCRIPTION = spec.object<AlarmSubscription>(
  {
    protocol: spec.oneOf(['email', 'https', 'sqs', 'lambda'], { required: 'one of "email", "https", "sqs", "lambda"', tokens: { refuse: 'it decides which resources the subscription needs' } }),
    endpoint: spec.text({ required: 'the address to notify' }),
    rawMessageDelivery: spec.boolean(),
    retryPolicy: RETRY_POLICY,
    autoConfirms: spec.boolean(),
  },
  { required: 'a subscription { protocol, endpoint }', example: { protocol: 'email', endpoint: 'oncall@example.com' } },
);

const EACH_SUBSCRIPTION = { refuse: 'each subscription is a resource of its own' } as const;

/** What every prop of an AlarmChannel accepts. */
export const ALARM_CHANNEL_PROPS: PropSpecs<AlarmChannelProps> = {
  severities: spec.list(SEVERITY, { tokens: { refuse: 'it decides which topics exist' } }),
  subscriptions: spec.map(spec.list(SUBSCRIPTION, { tokens: EACH_SUBSCRIPTION, example: [SUBSCRIPTION.example] }), { tokens: EACH_SUBSCRIPTION, example: { page: [SUBSCRIPTION.example], ticket: [SUBSCRIPTION.example] } }),
  // (The sweep varies page and ticket subscriptions; the construct checks that every key is a severity.)
  existingTopicArns: spec.map(spec.arn('sns'), { example: { page: 'arn:aws:sns:eu-west-1:111111111111:page' } }),
  kmsKeyArn: spec.arn('kms'),
  keyDeletionWindowDays: spec.integer({ min: 7, max: 30, aws: { resource: 'aws_kms_key', argument: 'deletion_window_in_days' } }),
  // Each `<prefix>-<severity>` is an SNS topic name: 1-256 letters, digits, "-" and "_" (SNS API, CreateTopic Name); the construct checks the whole name.
  topicNamePrefix: spec.name({ pattern: /^[A-Za-z0-9_-]{1,256}$/, what: 'letters, digits, "-" or "_" (SNS topic names)' }),
  provider: AWS_PROVIDER,
  tags: spec.tags(),
};
