import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { App, DefaultTokenResolver, StringConcat, Testing, TerraformStack, Tokenization } from 'cdktf';
import { Construct } from 'constructs';
import { IAlarmRouting } from '../src/aws/common/alarm-routing';
import { IMultiAzNetwork } from '../src/aws/network/multi-az-network';
import { InvalidPropError, ReliabilityError } from '../src/core/errors';
import { Severity } from '../src/core/severity';
import { sharedFile } from './kit/shared';
import { runChecker } from './kit/tf-validate';

/** A test stack with the AWS and Kubernetes providers configured, as a user's stack would have. */
export class TestStack extends TerraformStack {
  constructor(scope: Construct, id = 'test') {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    new KubernetesProvider(this, 'kubernetes', { configPath: '~/.kube/config' });
  }
}

/** A testing app (stubbed version, no stack traces: nothing machine-specific in snapshots) and a stack in it. */
export function testStack(id = 'test'): { app: App; stack: TestStack } {
  const app = Testing.app();
  return { app, stack: new TestStack(app, id) };
}

/** Synthesized Terraform JSON of a stack, as the string the cdktf matchers take. */
export function synth(stack: TerraformStack): string {
  return Testing.synth(stack);
}

/** Synthesized Terraform JSON of a stack, parsed. */
export function synthJson(stack: TerraformStack): SynthesizedStack {
  return JSON.parse(Testing.synth(stack));
}

/** Builds constructs in a fresh test stack and returns the parsed synthesized JSON. */
export function synthWith(build: (stack: TestStack) => void): SynthesizedStack {
  const { stack } = testStack();
  build(stack);
  return synthJson(stack);
}

export interface SynthesizedStack {
  resource?: Record<string, Record<string, any>>;
  data?: Record<string, Record<string, any>>;
  output?: Record<string, any>;
  provider?: Record<string, any>;
  [key: string]: any;
}

/** Every resource of one type, keyed by logical name. */
export function resourcesOf(json: SynthesizedStack, type: string): Record<string, any> {
  return json.resource?.[type] ?? {};
}

/** The single resource of a type; fails the test if there are none or several. */
export function onlyResource(json: SynthesizedStack, type: string): any {
  const all = Object.values(resourcesOf(json, type));
  if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
  return all[0];
}

/** Warning and error annotations recorded on constructs, as "path: message" strings. */
export function annotations(scope: Construct, level: 'warn' | 'error' | 'info' = 'warn'): string[] {
  return scope.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === `@cdktf/${level}`).map((m) => `${c.node.path}: ${String(m.data)}`));
}

/**
 * Runs the provider-schema check (`../shared/tools/tf-validate.mjs`) over a
 * synthesized stack and returns its errors. When the checker is not beside
 * the repository (a user's clone) it returns no errors; the test run says so
 * once (test/kit/global-setup.ts).
 */
export function schemaErrors(stack: TerraformStack): string[] {
  const dir = tempDir('tfv-');
  try {
    fs.writeFileSync(path.join(dir, 'cdk.tf.json'), Testing.synth(stack));
    return schemaErrorsIn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The provider-schema check over every `cdk.tf.json` under a folder, in one
 * run (batch many stacks: each run costs a walk of the stacks; the schemas are
 * parsed once per jest worker, see `kit/tf-validate.ts`). Errors keep the checker's `error: <file>: <address>: <message>` form.
 */
export function schemaErrorsIn(dir: string): string[] {
  const checker = sharedFile('tools', 'tf-validate.mjs');
  if (checker === undefined) return [];
  const { status, output } = runChecker(checker, ['--quiet', dir]);
  if (status === 0) return [];
  const errors = output.split('\n').filter((l: string) => l.startsWith('error: '));
  return errors.length ? errors : [output.trim() || `tf-validate exited with ${status}`];
}

/** A fresh temporary folder (the caller removes it). */
export function tempDir(prefix = 'cdktf-reliability-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs `build` and expects it to throw an instance of `type` (not a TypeError or a framework error); returns the error for further checks. */
export function expectThrown<E extends Error>(build: () => unknown, type: abstract new (...args: any[]) => E): E {
  let err: unknown;
  try {
    build();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(type);
  return err as E;
}

/**
 * Runs `build` and expects an {@link InvalidPropError} whose message contains
 * each string and matches each pattern given; returns the error for further
 * checks.
 */
export function expectInvalidProp(build: () => unknown, ...messages: (string | RegExp)[]): InvalidPropError {
  const err = expectThrown(build, InvalidPropError);
  for (const m of messages) {
    if (typeof m === 'string') expect(err.message).toContain(m);
    else expect(err.message).toMatch(m);
  }
  return err;
}

/**
 * Builds constructs in a fresh test stack and synthesizes it: either that
 * works, or it throws a {@link ReliabilityError} (never a TypeError or a
 * framework error), and an {@link InvalidPropError} names `prop` or a path
 * under it (`prop.x`, `prop[0]`). For property tests that throw values of any
 * type at a prop.
 */
export function expectSynthOrPropError(prop: string, build: (stack: TestStack) => void): void {
  const { stack } = testStack();
  try {
    build(stack);
    synthJson(stack);
  } catch (e) {
    expect(e).toBeInstanceOf(ReliabilityError);
    if (e instanceof InvalidPropError) expect(e.prop.split(/[.[]/)[0]).toBe(prop);
  }
}

/** Every resource of one type, as a list. */
export function values(json: SynthesizedStack, type: string): any[] {
  return Object.values(resourcesOf(json, type));
}

/** Resources of a type whose logical name starts with a prefix (those one construct created, e.g. `orders-db_`). */
export function ownResources(json: SynthesizedStack, type: string, prefix: string): any[] {
  return Object.entries(resourcesOf(json, type))
    .filter(([k]) => k.startsWith(prefix))
    .map(([, v]) => v);
}

/**
 * Picks a resource by its logical name or body: a string matches the logical
 * names that start with it (`orders-db_cluster_`), a function is asked with
 * the body and the logical name. The empty prefix `''` picks the first.
 */
export type ResourceMatch = string | ((resource: any, logicalName: string) => boolean);

/** The logical name and body of the first resource of a type that `match` picks; fails the test if there is none. */
export function findResource(json: SynthesizedStack, type: string, match: ResourceMatch): [string, any] {
  const picks = typeof match === 'string' ? (_: any, name: string) => name.startsWith(match) : match;
  const found = Object.entries(resourcesOf(json, type)).find(([name, body]) => picks(body, name));
  if (found === undefined) throw new Error(`no ${type} ${typeof match === 'string' ? `whose logical name starts with ${match}` : 'that the test picks'}`);
  return found;
}

/** The body of the first resource of a type that `match` picks (a logical-name prefix or a predicate); fails the test if there is none. */
export function resourceOf(json: SynthesizedStack, type: string, match: ResourceMatch): any {
  return findResource(json, type, match)[1];
}

/** The reference expression to the first resource of a type that `match` picks (a logical-name prefix or a predicate): `${type.name.attr}`; fails the test if there is none. */
export function refTo(json: SynthesizedStack, type: string, match: ResourceMatch, attr = 'id'): string {
  return `\${${type}.${findResource(json, type, match)[0]}.${attr}}`;
}

/** Alarms (metric or composite) keyed by their `alarm_name`. */
export function alarmsByName(json: SynthesizedStack, type = 'aws_cloudwatch_metric_alarm'): Record<string, any> {
  return Object.fromEntries(values(json, type).map((a) => [a.alarm_name, a]));
}

/**
 * Alarms (metric or composite) keyed by their `alarm_name` without a
 * construct's name prefix (`test-orders-db-cpu` → `cpu` for `test-orders-db-`).
 * An alarm whose name lacks the prefix keeps its whole name, so an alarm the
 * test did not expect still shows in the keys.
 */
export function alarmsByKey(json: SynthesizedStack, namePrefix: string, type = 'aws_cloudwatch_metric_alarm'): Record<string, any> {
  return Object.fromEntries(values(json, type).map((a) => [a.alarm_name.startsWith(namePrefix) ? a.alarm_name.slice(namePrefix.length) : a.alarm_name, a]));
}

/** A network built elsewhere, described as a plain object (what a user with an existing VPC passes): three zones, literal ids of EC2's form (17 hexadecimal digits). */
export function plainNetwork(): IMultiAzNetwork {
  const ids = (tier: string) => ['a', 'b', 'c'].map((z) => `subnet-${tier}000000000000000${z}`);
  return {
    vpcId: 'vpc-0123456789abcdef0',
    zoneCount: 3,
    publicSubnetIds: ids('1'),
    privateSubnetIds: ids('2'),
    isolatedSubnetIds: ids('3'),
    zones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'],
  };
}

/** What a {@link FakeRouting} says about its topics. */
export interface FakeRoutingOptions {
  /**
   * Region the routing declares its topics in (`IAlarmRouting.region`, which
   * constructs compare with their alarms' region). The ARNs do not follow it.
   * @default none declared
   */
  readonly region?: string;
  /** The topic ARN a severity notifies. @default `arn:aws:sns:eu-west-1:111111111111:alarms-<severity>` */
  readonly topicArn?: (severity: Severity) => string;
}

/** A stand-in for AlarmChannel: one fake SNS topic ARN per severity; like the channel, it refuses a severity it does not know. */
export class FakeRouting implements IAlarmRouting {
  public readonly severities: readonly Severity[];
  public readonly region?: string;
  private readonly topicArn: (severity: Severity) => string;
  constructor(severities: readonly Severity[] = ['page', 'ticket'], options: FakeRoutingOptions = {}) {
    this.severities = severities;
    if (options.region !== undefined) this.region = options.region;
    this.topicArn = options.topicArn ?? ((severity) => `arn:aws:sns:eu-west-1:111111111111:alarms-${severity}`);
  }
  public actionsFor(severity: Severity, prop = 'severity'): string[] {
    if (!this.severities.includes(severity)) {
      throw new InvalidPropError('fake-routing', prop, severity, `must be one of ${this.severities.join(', ')}`);
    }
    return [this.topicArn(severity)];
  }
}

/** Resolves tokens in a value to the Terraform expressions they synthesize to (`${aws_x.y.arn}`). */
export function resolveTokens(scope: Construct, value: unknown): any {
  return Tokenization.resolve(value, { scope, resolver: new DefaultTokenResolver(new StringConcat()) });
}
