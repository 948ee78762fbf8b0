import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Annotations, Aspects, TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { physicalName } from '../../core/naming';
import { DEFAULT_SEVERITIES, Severity } from '../../core/severity';
import { literal } from '../../core/user-text';
import { checkArn, checkEmail, checkNumber, checkUrl } from '../../core/validation';
import { IAlarmRouting } from '../common/alarm-routing';
import { awsRegionOf, checkArnPlacement } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { ALARM_CHANNEL_PROPS, SNS_MAX_RETRY_SECONDS } from './private/alarm-channel-spec';

/**
 * Where the channel's topics are, for ARNs built from names: the key policy names the topics in its encryption-context
 * condition, and the key is created before the topics (they are encrypted with it), so their ARN attributes would be a
 * cycle.
 */
interface ChannelLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** How SNS retries an HTTPS endpoint that fails (PagerDuty, Opsgenie, a webhook). */
export interface HttpsRetryPolicy {
  /**
   * Retries after the first failed attempt; SNS allows at most 100, and the
   * whole schedule at most 3600 s (checked as retries x maximum delay).
   * @default 10
   */
  readonly numRetries?: number;
  /** Shortest delay between retries, in seconds (at least 1). @default 5 */
  readonly minDelaySeconds?: number;
  /** Longest delay between retries, in seconds (at most 3600). @default 300 */
  readonly maxDelaySeconds?: number;
  /** Most deliveries per second to the endpoint. @default - no throttling */
  readonly maxReceivesPerSecond?: number;
}

/** One destination for a severity's alarms. */
export interface AlarmSubscription {
  /** `email`, `https` (PagerDuty / Opsgenie events URL, webhooks), `sqs` or `lambda`. */
  readonly protocol: 'email' | 'https' | 'sqs' | 'lambda';
  /**
   * The address: an email address, an `https://` URL, or the ARN of the SQS
   * queue or Lambda function. An SQS queue's own policy must let SNS send
   * to it (`sqs:SendMessage` for `sns.amazonaws.com` with `aws:SourceArn` of the topic).
   */
  readonly endpoint: string;
  /**
   * Deliver the alarm JSON without the SNS envelope (`https` and `sqs` only).
   * @default false
   */
  readonly rawMessageDelivery?: boolean;
  /**
   * Retry schedule for `https` endpoints.
   * @default - 10 retries, exponential backoff from 5 s to 300 s
   */
  readonly retryPolicy?: HttpsRetryPolicy;
  /**
   * Whether an `https` endpoint confirms the subscription by itself, as
   * PagerDuty and Opsgenie do; Terraform then waits for the confirmation.
   * Set false for an endpoint a person confirms by hand.
   * @default true
   */
  readonly autoConfirms?: boolean;
}

/** Props of {@link AlarmChannel} (the channel routes alarms; it has none of its own to route). */
export interface AlarmChannelProps extends Pick<ReliableConstructProps, 'tags'> {
  /**
   * The severities to route. `page` and `ticket` are always there; list
   * more (e.g. `info`) to add topics for them.
   * @default ['page', 'ticket']
   */
  readonly severities?: readonly Severity[];
  /**
   * Who is told, per severity. A `page` severity with no subscription gets a
   * warning annotation: a page nobody receives wakes nobody up.
   * @default - no subscriptions (add them outside, e.g. in your paging tool)
   */
  readonly subscriptions?: Readonly<Record<string, readonly AlarmSubscription[]>>;
  /**
   * Existing SNS topics to adopt, per severity, instead of creating one.
   * Their encryption and policy are the owner's: they must let
   * `cloudwatch.amazonaws.com` (and `events.amazonaws.com`, for backup and
   * drill events) publish, and a KMS key on them must let them use the key
   * (alarms cannot publish under the AWS-managed `alias/aws/sns` key).
   * @default - a topic is created for every severity
   */
  readonly existingTopicArns?: Readonly<Record<string, string>>;
  /**
   * A customer-managed KMS key (ARN) to encrypt the created topics with.
   * Its policy must let CloudWatch and EventBridge call
   * `kms:GenerateDataKey*` and `kms:Decrypt` (scope them with the
   * `kms:EncryptionContext:aws:sns:topicArn` condition; add `aws:SourceAccount`
   * and `aws:SourceArn` for CloudWatch only: EventBridge does not send them).
   * @default - a key is created, with rotation and a policy for those services, each limited to the channel's topics
   */
  readonly kmsKeyArn?: string;
  /**
   * Waiting period before a deleted key is gone, 7 to 30 days.
   * @default 30
   */
  readonly keyDeletionWindowDays?: number;
  /**
   * Prefix of the topic names; each topic is `<prefix>-<severity>`.
   * @default - derived from the construct path
   */
  readonly topicNamePrefix?: string;
  /**
   * The AWS provider the topics, key and subscriptions are created with, e.g. an aliased one for `us-east-1`,
   * where Route 53 health-check alarms live (an alarm can only notify a topic in its own region).
   * @default - the stack's default AWS provider
   */
  readonly provider?: TerraformProvider;
}

/** The longest SNS topic name (SNS API, CreateTopic Name). */
const MAX_TOPIC_NAME = 256;

/**
 * Notification routing by severity: one SNS topic per severity, encrypted
 * with a customer-managed KMS key that CloudWatch alarms and EventBridge rules
 * may use for the channel's topics only, a topic policy that lets this
 * account's alarms and EventBridge rules publish, only over TLS, and
 * subscriptions per severity (email, HTTPS with retries, SQS, Lambda).
 *
 * Alarms cannot publish to a topic encrypted with the AWS-managed SNS key;
 * they fail silently. That is why the channel always uses a customer key.
 */
export class AlarmChannel extends ReliableConstruct implements IAlarmRouting {
  public readonly severities: readonly Severity[];
  /** Topics created by the channel, per severity (adopted topics are not here). */
  public readonly topics: Readonly<Record<string, SnsTopic>>;
  /** Topic policies of the created topics, per severity. */
  public readonly topicPolicies: Readonly<Record<string, SnsTopicPolicy>>;
  /** The KMS key the channel created, if it created one. */
  public readonly key?: KmsKey;
  /** The key's alias, if the channel created the key. */
  public readonly keyAlias?: KmsAlias;
  /** Every subscription, in the order given. */
  public readonly subscriptions: readonly SnsTopicSubscription[];
  /** Severities with at least one subscription, given in props or added later by {@link subscribeHttps}. */
  private readonly subscribedSeverities = new Set<string>();
  /** Permissions letting SNS invoke subscribed Lambda functions. */
  public readonly lambdaPermissions: readonly LambdaPermission[];
  /** Region of the created topics, when the provider's region is known at synth (alarms elsewhere cannot notify them). */
  public readonly region?: string;

  private readonly topicArns: Record<string, string>;
  private readonly provider?: TerraformProvider;

  constructor(scope: Construct, id: string, props: AlarmChannelProps = {}) {
    super(scope, id, props, { alarmKeys: [], props: ALARM_CHANNEL_PROPS });
    this.severities = [...new Set([...DEFAULT_SEVERITIES, ...(props.severities ?? [])])];
    this.validate(props);
    this.provider = props.provider;
    this.region = awsRegionOf(this, props.provider);

    const adopted = props.existingTopicArns ?? {};
    const toCreate = this.severities.filter((s) => adopted[s] === undefined);
    const topics: Record<string, SnsTopic> = {};
    const policies: Record<string, SnsTopicPolicy> = {};
    this.topicArns = { ...adopted };
    if (toCreate.length > 0) {
      const account = new DataAwsCallerIdentity(this, 'account', { provider: this.provider });
      const partition = new DataAwsPartition(this, 'partition', { provider: this.provider });
      const location: ChannelLocation = {
        partition: partition.partition,
        region: this.region ?? new DataAwsRegion(this, 'region', { provider: this.provider }).region,
        account: account.accountId,
      };
      const prefix = props.topicNamePrefix ?? physicalName(this, { maxLength: 200 });
      const names = Object.fromEntries(toCreate.map((severity) => [severity, `${prefix}-${severity}`]));
      const topicArnsByName = toCreate.map((severity) => `arn:${location.partition}:sns:${location.region}:${location.account}:${names[severity]}`);
      const keyArn = props.kmsKeyArn ?? this.createKey(props.keyDeletionWindowDays ?? 30, location, topicArnsByName);
      for (const severity of toCreate) {
        topics[severity] = this.createTopic(severity, names[severity], keyArn);
        this.topicArns[severity] = topics[severity].arn;
        policies[severity] = new SnsTopicPolicy(this, `topic-policy-${severity}`, {
          provider: this.provider,
          arn: topics[severity].arn,
          policy: this.topicPolicy(severity, topics[severity], location).json,
        });
      }
    }
    this.topics = topics;
    this.topicPolicies = policies;
    [this.subscriptions, this.lambdaPermissions] = this.createSubscriptions(props.subscriptions ?? {});

    if (adopted.page === undefined) this.warnAtSynthWhenNobodyIsPaged();
  }

  /**
   * At synth, not now: a construct created after the channel (PagerDutyEscalation) may still subscribe to the page
   * topic through {@link subscribeHttps}. Aspects run before cdktf collects the annotations.
   */
  private warnAtSynthWhenNobodyIsPaged(): void {
    let warned = false;
    Aspects.of(this).add({
      visit: (node) => {
        if (node !== this || warned || this.subscribedSeverities.has('page')) return;
        warned = true;
        Annotations.of(this).addWarning(
          'No subscription for the "page" severity: pages will reach nobody. Add one (e.g. a PagerDuty or Opsgenie HTTPS endpoint) in subscriptions.page, or subscribe to the topic elsewhere.',
        );
      },
    });
  }

  /** What relates props to each other: severities named in the maps, whole topic names (the spec checked each prop). */
  private validate(props: AlarmChannelProps): void {
    checkArnPlacement(this, 'kmsKeyArn', props.kmsKeyArn, {
      regional: true,
      provider: props.provider,
      why: 'SNS encrypts a topic only with a KMS key of its own Region (SNS Developer Guide, "Encryption at rest"; KMS keys are Regional)',
    });
    for (const [severity, arn] of Object.entries(props.existingTopicArns ?? {})) {
      checkArnPlacement(this, `existingTopicArns.${severity}`, arn, { regional: true, provider: props.provider, why: 'CloudWatch alarms and EventBridge rules notify SNS topics of their own Region only' });
    }
    const known = new Set<string>(this.severities);
    for (const map of ['existingTopicArns', 'subscriptions'] as const) {
      for (const key of Object.keys(props[map] ?? {})) if (!known.has(key)) throw this.unknownSeverity(`${map}.${key}`, key);
    }
    const prefix = props.topicNamePrefix;
    if (prefix !== undefined && !isUnresolved(prefix)) {
      const longest = this.severities.reduce((a, b) => (b.length > a.length ? b : a));
      if (prefix.length + 1 + longest.length > MAX_TOPIC_NAME) {
        throw new InvalidPropError(this, 'topicNamePrefix', prefix, `must leave room for "-${longest}": SNS topic names are at most ${MAX_TOPIC_NAME} characters`);
      }
    }
  }

  /** A customer-managed key the alarm services may use (alarms cannot publish under `alias/aws/sns`), and its alias. */
  private createKey(deletionWindowDays: number, location: ChannelLocation, topicArns: string[]): string {
    const key = new KmsKey(this, 'key', {
      provider: this.provider,
      description: literal(`Encrypts the alarm topics of ${this.node.path}`),
      enableKeyRotation: true,
      deletionWindowInDays: deletionWindowDays,
      policy: this.keyPolicy(location, topicArns).json,
    });
    const aliasName = `alias/${physicalName(this, { maxLength: 200, allowed: /[A-Za-z0-9/_-]/ })}`;
    this.claimName('KMS alias', aliasName, this.provider);
    const alias = new KmsAlias(this, 'key-alias', { provider: this.provider, name: aliasName, targetKeyId: key.keyId });
    Object.assign(this, { key, keyAlias: alias });
    return key.arn;
  }

  private createTopic(severity: string, name: string, keyArn: string): SnsTopic {
    this.claimName('SNS topic', name, this.provider);
    return new SnsTopic(this, `topic-${severity}`, {
      provider: this.provider,
      name,
      displayName: literal(`${severity} alarms (${this.node.path})`.slice(0, 100)),
      kmsMasterKeyId: keyArn,
      signatureVersion: 2,
    });
  }

  private createSubscriptions(given: Readonly<Record<string, readonly AlarmSubscription[]>>): [SnsTopicSubscription[], LambdaPermission[]] {
    const subscriptions: SnsTopicSubscription[] = [];
    const permissions: LambdaPermission[] = [];
    for (const severity of this.severities) {
      (given[severity] ?? []).forEach((sub, i) => {
        const made = this.subscribe(severity, sub, i, `subscriptions.${severity}[${i}]`);
        subscriptions.push(made.subscription);
        if (made.permission) permissions.push(made.permission);
      });
    }
    return [subscriptions, permissions];
  }

  /**
   * Subscribes an HTTPS endpoint another construct creates (a PagerDuty integration URL, known only at apply) to the
   * topic of a severity, as `subscriptions` does: confirmed by the endpoint, with the retry policy. The subscription
   * is created in `scope` with the channel's provider (a subscription lives in its topic's Region).
   */
  public subscribeHttps(scope: Construct, id: string, severity: Severity, endpoint: string, prop = 'severity'): SnsTopicSubscription {
    this.topicArn(severity, prop);
    return this.subscribe(severity, { protocol: 'https', endpoint }, 0, prop, { scope, id }).subscription;
  }

  /** ARN of the topic for a severity. */
  public topicArn(severity: Severity, prop = 'severity'): string {
    const arn = this.topicArns[severity];
    if (arn === undefined) throw this.unknownSeverity(prop, severity);
    return arn;
  }

  public actionsFor(severity: Severity, prop = 'severity'): string[] {
    return [this.topicArn(severity, prop)];
  }

  /**
   * Lets another AWS service publish to the topics the channel created, on
   * behalf of one resource of this account: e.g. the alert manager of an
   * Amazon Managed Service for Prometheus workspace (`aps.amazonaws.com`,
   * `sns:Publish` and `sns:GetTopicAttributes`, scoped by `aws:SourceArn`
   * and `aws:SourceAccount`: AMP User Guide, "Giving Amazon Managed Service
   * for Prometheus permission to send messages to your Amazon SNS topic").
   * When the channel created the key, the service may also use it
   * (`kms:GenerateDataKey*`, `kms:Decrypt`: SNS Developer Guide, "Enable
   * compatibility between event sources from AWS services and encrypted
   * topics"). Added as source documents of the existing policies, so their
   * own statements are unchanged. Adopted topics (`existingTopicArns`) and a
   * given `kmsKeyArn` are their owner's: their policies must allow it.
   * @param id tells apart several grants (construct ids of the policy documents)
   */
  public allowServicePublish(id: string, service: string, sourceArn: string, actions: readonly string[] = ['sns:Publish']): void {
    const sid = id.replace(/[^A-Za-z0-9]/g, '');
    for (const [severity, topic] of Object.entries(this.topics)) {
      const doc = this.node.findChild(`topic-policy-document-${severity}`) as DataAwsIamPolicyDocument;
      const grant = new DataAwsIamPolicyDocument(this, `${id}-publish-${severity}`, {
        provider: this.provider,
        statement: [
          {
            sid: `${sid}Publish`,
            principals: [{ type: 'Service', identifiers: [service] }],
            actions: [...actions],
            resources: [topic.arn],
            condition: [
              { test: 'ArnEquals', variable: 'aws:SourceArn', values: [sourceArn] },
              { test: 'StringEquals', variable: 'aws:SourceAccount', values: [(this.node.findChild('account') as DataAwsCallerIdentity).accountId] },
            ],
          },
        ],
      });
      this.addPolicySource(doc, grant.json);
    }
    const keyDoc = this.node.tryFindChild('key-policy') as DataAwsIamPolicyDocument | undefined;
    if (keyDoc) {
      const grant = new DataAwsIamPolicyDocument(this, `${id}-key-use`, {
        provider: this.provider,
        statement: [{ sid: `${sid}UseKey`, principals: [{ type: 'Service', identifiers: [service] }], actions: ['kms:GenerateDataKey*', 'kms:Decrypt'], resources: ['*'] }],
      });
      this.addPolicySource(keyDoc, grant.json);
    }
  }

  /** Grants added by allowServicePublish, per policy document (its getter returns a token list, which cannot be extended). */
  private readonly policySources = new Map<DataAwsIamPolicyDocument, string[]>();

  private addPolicySource(doc: DataAwsIamPolicyDocument, json: string): void {
    const sources = [...(this.policySources.get(doc) ?? []), json];
    this.policySources.set(doc, sources);
    doc.sourcePolicyDocuments = sources;
  }

  private unknownSeverity(prop: string, value: unknown): InvalidPropError {
    return new InvalidPropError(this, prop, value, `is not a severity of this channel; known: ${this.severities.map((s) => `"${s}"`).join(', ')} (add it to severities)`);
  }

  /**
   * The key policy. SNS calls KMS for the publisher with the encryption context `aws:sns:topicArn` (SNS Developer
   * Guide, "Enable compatibility between event sources from AWS services and encrypted topics"), so each service may
   * use the key for the channel's topics only. CloudWatch alarms also send `aws:SourceAccount` and `aws:SourceArn`
   * (their alarm ARN), which pin the grant to this account's alarms in this Region. EventBridge does not: the same
   * SNS guide says `aws:SourceAccount` and `aws:SourceArn` in a key policy are not supported for EventBridge to
   * encrypted topics, so a condition on them would drop every event silently; its grant carries the encryption
   * context only. AWS Backup is not granted: backup and copy job failures reach the topics through EventBridge rules
   * (BackupPlan), not through vault notifications.
   */
  private keyPolicy(location: ChannelLocation, topicArns: string[]): DataAwsIamPolicyDocument {
    const topicsOnly = { test: 'StringEquals', variable: 'kms:EncryptionContext:aws:sns:topicArn', values: topicArns };
    return new DataAwsIamPolicyDocument(this, 'key-policy', {
      provider: this.provider,
      statement: [
        {
          sid: 'AccountAdministers',
          principals: [{ type: 'AWS', identifiers: [`arn:${location.partition}:iam::${location.account}:root`] }],
          actions: ['kms:*'],
          resources: ['*'],
        },
        {
          sid: 'AlarmsEncryptMessagesToTheseTopics',
          principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
          actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
          resources: ['*'],
          condition: [topicsOnly, ...this.alarmsOfThisAccount(location)],
        },
        {
          sid: 'EventBridgeEncryptsEventsToTheseTopics',
          principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
          actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
          resources: ['*'],
          condition: [topicsOnly],
        },
      ],
    });
  }

  /** The confused-deputy conditions CloudWatch alarms send: this account, and an alarm of this Region. */
  private alarmsOfThisAccount(location: ChannelLocation): { test: string; variable: string; values: string[] }[] {
    return [
      { test: 'StringEquals', variable: 'aws:SourceAccount', values: [location.account] },
      { test: 'ArnLike', variable: 'aws:SourceArn', values: [`arn:${location.partition}:cloudwatch:${location.region}:${location.account}:alarm:*`] },
    ];
  }

  private topicPolicy(severity: string, topic: SnsTopic, location: ChannelLocation): DataAwsIamPolicyDocument {
    return new DataAwsIamPolicyDocument(this, `topic-policy-document-${severity}`, {
      provider: this.provider,
      statement: [
        {
          sid: 'OwnerManages',
          principals: [{ type: 'AWS', identifiers: [`arn:${location.partition}:iam::${location.account}:root`] }],
          actions: ['sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:AddPermission', 'sns:RemovePermission', 'sns:DeleteTopic', 'sns:Subscribe', 'sns:ListSubscriptionsByTopic', 'sns:Publish'],
          resources: [topic.arn],
        },
        {
          sid: 'AccountAlarmsPublish',
          principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
          actions: ['sns:Publish'],
          resources: [topic.arn],
          condition: this.alarmsOfThisAccount(location),
        },
        {
          // EventBridge User Guide, "Amazon SNS permissions": condition blocks cannot be used in SNS topic policies
          // for EventBridge; one there would make the statement never allow, and backup and drill events would be
          // dropped with only the rule's FailedInvocations to show it. The statement names this topic only.
          sid: 'EventBridgeRulesPublish',
          principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
          actions: ['sns:Publish'],
          resources: [topic.arn],
        },
        {
          sid: 'DenyInsecureTransport',
          effect: 'Deny',
          principals: [{ type: 'AWS', identifiers: ['*'] }],
          actions: ['sns:Publish'],
          resources: [topic.arn],
          condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
        },
      ],
    });
  }

  private subscribe(
    severity: string,
    sub: AlarmSubscription,
    index: number,
    prop: string,
    at: { scope: Construct; id: string } = { scope: this, id: `subscription-${severity}-${sub.protocol}-${index}` },
  ): { subscription: SnsTopicSubscription; permission?: LambdaPermission } {
    this.subscribedSeverities.add(severity);
    const id = `${severity}-${sub.protocol}-${index}`;
    const topicArn = this.topicArns[severity];
    // An endpoint is user text: `${` in a URL must not reach Terraform as a template.
    const endpoint = literal(sub.endpoint);
    if (sub.rawMessageDelivery && sub.protocol !== 'https' && sub.protocol !== 'sqs') {
      throw new InvalidPropError(this, `${prop}.rawMessageDelivery`, true, 'applies to https and sqs subscriptions only');
    }
    if (sub.autoConfirms !== undefined && sub.protocol !== 'https') {
      throw new InvalidPropError(this, `${prop}.autoConfirms`, sub.autoConfirms, 'applies to https subscriptions only (email subscriptions are confirmed by the recipient; sqs and lambda need no confirmation)');
    }
    if (sub.retryPolicy && sub.protocol !== 'https') {
      throw new InvalidPropError(this, `${prop}.retryPolicy`, sub.retryPolicy, 'applies to https subscriptions only (SNS fixes the retries of other protocols)');
    }
    switch (sub.protocol) {
      case 'email':
        checkEmail(this, `${prop}.endpoint`, sub.endpoint);
        return { subscription: new SnsTopicSubscription(this, `subscription-${id}`, { provider: this.provider, topicArn, protocol: 'email', endpoint }) };
      case 'https':
        checkUrl(this, `${prop}.endpoint`, sub.endpoint);
        return {
          subscription: new SnsTopicSubscription(at.scope, at.id, {
            provider: this.provider,
            topicArn,
            protocol: 'https',
            endpoint,
            endpointAutoConfirms: sub.autoConfirms ?? true,
            rawMessageDelivery: sub.rawMessageDelivery ?? false,
            deliveryPolicy: JSON.stringify(this.deliveryPolicy(sub.retryPolicy ?? {}, `${prop}.retryPolicy`)),
          }),
        };
      case 'sqs':
        checkArn(this, `${prop}.endpoint`, sub.endpoint, 'sqs');
        return {
          subscription: new SnsTopicSubscription(this, `subscription-${id}`, { provider: this.provider, topicArn, protocol: 'sqs', endpoint, rawMessageDelivery: sub.rawMessageDelivery ?? false }),
        };
      case 'lambda': {
        checkArn(this, `${prop}.endpoint`, sub.endpoint, 'lambda');
        const permission = new LambdaPermission(this, `permission-${id}`, {
          provider: this.provider,
          statementId: `sns-${physicalName(this, { maxLength: 60, suffix: id })}`.slice(0, 100),
          action: 'lambda:InvokeFunction',
          functionName: endpoint,
          principal: 'sns.amazonaws.com',
          sourceArn: topicArn,
        });
        const subscription = new SnsTopicSubscription(this, `subscription-${id}`, { provider: this.provider, topicArn, protocol: 'lambda', endpoint, dependsOn: [permission] });
        return { subscription, permission };
      }
      default:
        throw new InvalidPropError(this, `${prop}.protocol`, (sub as AlarmSubscription).protocol, 'must be one of "email", "https", "sqs", "lambda"');
    }
  }

  private deliveryPolicy(retry: HttpsRetryPolicy, prop: string): object {
    const numRetries = retry.numRetries ?? 10;
    const minDelay = retry.minDelaySeconds ?? 5;
    const maxDelay = retry.maxDelaySeconds ?? 300;
    checkNumber(this, `${prop}.maxDelaySeconds`, maxDelay, { min: minDelay, max: SNS_MAX_RETRY_SECONDS, integer: true });
    if (numRetries * maxDelay > SNS_MAX_RETRY_SECONDS) {
      throw new InvalidPropError(this, prop, retry, `the retry schedule can reach ${numRetries} x ${maxDelay} s; SNS allows at most ${SNS_MAX_RETRY_SECONDS} s in total: lower numRetries or maxDelaySeconds`);
    }
    return {
      healthyRetryPolicy: {
        minDelayTarget: minDelay,
        maxDelayTarget: maxDelay,
        numRetries,
        numNoDelayRetries: 0,
        numMinDelayRetries: 0,
        numMaxDelayRetries: 0,
        backoffFunction: 'exponential',
      },
      ...(retry.maxReceivesPerSecond ? { throttlePolicy: { maxReceivesPerSecond: retry.maxReceivesPerSecond } } : {}),
      requestPolicy: { headerContentType: 'application/json' },
    };
  }
}
