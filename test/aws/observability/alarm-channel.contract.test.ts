import { AlarmChannel, AlarmChannelProps } from '../../../src/aws/observability/alarm-channel';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { PropKind } from '../../kit/hostile';

const SUBSCRIPTIONS: PropKind = {
  list: { protocol: { enum: ['email', 'https', 'sqs', 'lambda'] }, endpoint: 'email', rawMessageDelivery: 'boolean', retryPolicy: 'reference' },
  valid: [{ protocol: 'email', endpoint: 'oncall@example.com' }],
};

contractSuite<AlarmChannelProps>({
  construct: 'AlarmChannel',
  aws: true,
  build: (stack, overrides) =>
    new AlarmChannel(stack, SUBJECT, {
      subscriptions: {
        page: [{ protocol: 'https', endpoint: 'https://events.pagerduty.com/integration/0123456789abcdef/enqueue' }],
        ticket: [{ protocol: 'email', endpoint: 'oncall@example.com' }],
      },
      ...overrides,
    } as AlarmChannelProps),
  props: {
    severities: 'stringList',
    subscriptions: { object: { page: SUBSCRIPTIONS, ticket: SUBSCRIPTIONS }, valid: {} },
    existingTopicArns: { object: { page: 'arn' }, valid: {} },
    kmsKeyArn: 'arn',
    keyDeletionWindowDays: 'integer',
    topicNamePrefix: 'name',
    provider: 'reference',
    tags: 'stringMap',
  },
});
