import * as path from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../../src';
import { checkConstructFramework, checkFramework, counterpartPackage, FRAMEWORK, FrameworkMismatchError, frameworkOf, originOf } from '../../src/core/framework';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { checkAwsProvider } from '../../src/aws/common/provider-prop';
import { resolveAlarm } from '../../src/aws/common/alarm-reference';
import { kubernetesProviderOf } from '../../src/kubernetes/k8s-names';
import { expectThrown } from '../harness';

// This file runs in both test runs: on cdktf (`npm test`) and on cdktn (`npm run test:cdktn`), where `cdktf` resolves to cdktn.
declare const RELIABILITY_FLAVOUR: string | undefined;
const FLAVOUR = typeof RELIABILITY_FLAVOUR === 'string' ? RELIABILITY_FLAVOUR : 'cdktf';
const OTHER = FLAVOUR === 'cdktf' ? 'cdktn' : 'cdktf';
// The other framework, by path: in the cdktn run the name `cdktf` is mapped to cdktn.
const other = require(path.join(__dirname, '..', '..', 'node_modules', OTHER)) as typeof import('cdktf');

/** Every class the package exports that is a construct. */
const constructClasses = Object.entries(lib).filter(
  ([, value]) => typeof value === 'function' && (value as any).prototype instanceof Construct,
) as [string, new (scope: Construct, id: string, props: any) => Construct][];

function foreignStack(): TerraformStack {
  return new other.TerraformStack(new other.App({ outdir: '/tmp/unused', stackTraces: false }), 'payments') as unknown as TerraformStack;
}

describe('the framework this build runs on', () => {
  test('is the flavour under test, read from the framework classes themselves', () => {
    expect(FRAMEWORK.name).toBe(FLAVOUR);
    expect(FRAMEWORK.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(frameworkOf(new TerraformStack(Testing.app(), 's'))).toEqual(FRAMEWORK);
    expect(frameworkOf(foreignStack())?.name).toBe(OTHER);
  });
});

describe('cdktf and cdktn loaded in one app', () => {
  test('the package exports the constructs this test walks (so it cannot pass on an empty list)', () => {
    expect(constructClasses.map(([name]) => name)).toEqual(
      expect.arrayContaining(['AlarmChannel', 'SloAlarms', 'MultiAzNetwork', 'AutoScaledService', 'ResilientDatabase', 'ResilientDeployment', 'SloRules', 'VeleroSchedule']),
    );
  });

  test.each(constructClasses.map(([name, cls]) => [name, cls] as const))(
    '%s refuses a stack of the other framework, before reading its props, naming the package to install',
    (_name, cls) => {
      const stack = foreignStack();
      // A construct that does not call checkFramework first fails here with whatever its props check throws.
      const error = expectThrown(() => new cls(stack, 'svc', {}), FrameworkMismatchError);
      expect(error.constructPath).toBe('payments/svc');
      expect(error.appFramework?.name).toBe(OTHER);
      expect(error.message).toContain(`payments/svc: ${FLAVOUR}-reliability is built for ${FLAVOUR} ${FRAMEWORK.version}`);
      expect(error.message).toContain(`this stack is a ${OTHER} `);
      expect(error.message).toContain('cdktf and cdktn are both loaded in this app');
      expect(error.message).toContain(`Install ${OTHER}-reliability (npm install ${OTHER}-reliability; while it is not published on npm, install the tarball`);
    },
  );

  test('the rule pack refuses an app of the other framework', () => {
    const app = new other.App({ outdir: '/tmp/unused', stackTraces: false });
    new other.TerraformStack(app, 'payments');
    expect(() => lib.ReliabilityChecks.addTo(app as unknown as Construct)).toThrow(`Install ${OTHER}-reliability`);
  });

  test('a stack of this framework under an app of the other is refused too', () => {
    const app = new other.App({ outdir: '/tmp/unused', stackTraces: false });
    const stack = new TerraformStack(app as unknown as Construct, 'payments');
    expect(() => checkFramework(new Construct(stack, 'svc'))).toThrow(/payments\/svc: .* this app is a .* app: cdktf and cdktn are both loaded/);
  });

  test('the same construct in a stack of its own framework is accepted', () => {
    const stack = new TerraformStack(Testing.app(), 'payments');
    expect(() => new lib.AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } })).not.toThrow();
    expect(() => checkFramework(new Construct(new Construct(stack, 'a'), 'b'))).not.toThrow();
  });

  test('a construct outside any stack or app is not the check’s business', () => {
    expect(() => checkFramework(new Construct(undefined as any, ''))).not.toThrow();
  });

  test('two copies of the same framework are named as such', () => {
    let copy!: typeof import('cdktf');
    jest.isolateModules(() => {
      copy = require('cdktf');
    });
    expect(copy.TerraformStack).not.toBe(TerraformStack);
    const stack = new copy.TerraformStack(new copy.App({ outdir: '/tmp/unused', stackTraces: false }), 'payments');
    expect(() => new lib.AlarmChannel(stack as unknown as Construct, 'alarms')).toThrow(
      new RegExp(`two copies of ${FLAVOUR} are loaded in this app. Keep one \\(\`npm ls ${FLAVOUR}\` shows them\\)`),
    );
  });
});

// The likeliest migration slip (issue 29): the app and the library renamed to the other framework, a provider package left behind.
describe('a provider or provider resource of the other framework handed to (or found by) the library', () => {
  const modules = path.join(__dirname, '..', '..', 'node_modules');
  // Node's own loader, past jest's registry and name map (jest's createRequire is its own require): in the cdktn run jest
  // maps `cdktf` to cdktn even inside @cdktf/provider-aws, which would make its classes cdktn's. This loads the other
  // framework's provider package as an app does.
  const nativeRequire = (file: string) => (require('node:module') as { _load(request: string, parent: null, isMain: boolean): any })._load(file, null, false);
  const otherAws = (resource: string) => nativeRequire(path.join(modules, `@${OTHER}`, 'provider-aws', 'lib', resource));
  const otherKubernetesProvider = () =>
    (OTHER === 'cdktf'
      ? nativeRequire(path.join(modules, '@cdktf', 'provider-kubernetes', 'lib', 'provider'))
      : require(path.join(__dirname, '..', '..', 'cdktn', 'kubernetes-provider', 'provider'))
    ).KubernetesProvider;
  const ROUTING: lib.AlarmChannelProps = { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } };

  function stackWithOtherAwsProvider(): TerraformStack {
    const stack = new TerraformStack(Testing.app(), 'payments');
    new (otherAws('provider').AwsProvider)(stack, 'aws', { region: 'eu-west-1' });
    return stack;
  }

  test('the stack\'s default AWS provider from the other framework: FrameworkMismatchError naming both packages, not "region must be known"', () => {
    const error = expectThrown(() => new lib.AlarmChannel(stackWithOtherAwsProvider(), 'alarms', ROUTING), FrameworkMismatchError);
    expect(error.appFramework?.name).toBe(OTHER);
    expect(error.foreign).toEqual({
      prop: "the stack's AWS provider",
      description: 'AwsProvider at payments/aws',
      packageName: `@${OTHER}/provider-aws`,
      replacement: `@${FLAVOUR}/provider-aws`,
    });
    expect(error.message).toBe(
      `payments/alarms: ${FLAVOUR}-reliability is built for ${FLAVOUR} ${FRAMEWORK.version}, but the stack's AWS provider (AwsProvider at payments/aws) ` +
        `comes from @${OTHER}/provider-aws, built on ${OTHER} ${error.appFramework?.version}: cdktf and cdktn are both loaded in this app, ` +
        `and their constructs cannot be mixed. Swap @${OTHER}/provider-aws for @${FLAVOUR}/provider-aws and import the class from it.`,
    );
  });

  test('a provider prop given the other framework\'s AwsProvider is refused the same way, in one short message', () => {
    const stack = new TerraformStack(Testing.app(), 'payments');
    const other = new (otherAws('provider').AwsProvider)(stack, 'dr', { region: 'eu-central-1', alias: 'dr' });
    const error = expectThrown(() => checkAwsProvider(new Construct(stack, 'db'), 'recoveryRegion.provider', other), FrameworkMismatchError);
    expect(error.message).toContain("payments/db: ");
    expect(error.message).toContain(`recoveryRegion.provider (AwsProvider at payments/dr) comes from @${OTHER}/provider-aws`);
    expect(error.message.length).toBeLessThan(500);
  });

  test('a resource of the other framework as an alarm reference is refused naming its package', () => {
    const stack = new TerraformStack(Testing.app(), 'payments');
    const alarm = new (otherAws('cloudwatch-metric-alarm').CloudwatchMetricAlarm)(stack, 'cpu', { alarmName: 'cpu', comparisonOperator: 'GreaterThanThreshold', evaluationPeriods: 1 });
    const error = expectThrown(() => resolveAlarm(new Construct(stack, 'shift'), 'alarms[0]', alarm), FrameworkMismatchError);
    expect(error.foreign?.description).toBe('CloudwatchMetricAlarm at payments/cpu');
    expect(error.message).toContain(`Swap @${OTHER}/provider-aws for @${FLAVOUR}/provider-aws`);
  });

  test('the stack\'s Kubernetes provider from the other framework names what to install for this one', () => {
    const stack = new TerraformStack(Testing.app(), 'payments');
    new (otherKubernetesProvider())(stack, 'kubernetes', { configPath: '~/.kube/config' });
    const error = expectThrown(() => kubernetesProviderOf(new Construct(stack, 'rules')), FrameworkMismatchError);
    // cdktn's bindings are generated into cdktn-reliability (no jsii type information): named by their provider.
    expect(error.foreign?.packageName).toBe(OTHER === 'cdktf' ? '@cdktf/provider-kubernetes' : 'kubernetes bindings');
    expect(error.foreign?.replacement).toEqual(FLAVOUR === 'cdktf' ? '@cdktf/provider-kubernetes' : expect.stringContaining('cdktn-reliability/kubernetes-provider/'));
  });

  test('providers and resources of this framework pass, and what is no construct is left to the caller\'s own check', () => {
    const stack = new TerraformStack(Testing.app(), 'payments');
    const own = new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    expect(() => checkConstructFramework(stack, 'provider', own)).not.toThrow();
    expect(() => checkConstructFramework(stack, 'provider', stack)).not.toThrow();
    for (const v of [undefined, null, 'aws', { region: 'eu-west-1' }, new Map()]) expect(() => checkConstructFramework(stack, 'provider', v)).not.toThrow();
    expect(originOf(own)).toEqual({ framework: FRAMEWORK, packageName: `@${FLAVOUR}/provider-aws` });
  });

  test('the package to install in place of another framework\'s', () => {
    expect(counterpartPackage('cdktn', '@cdktf/provider-aws', 'aws')).toBe('@cdktn/provider-aws');
    expect(counterpartPackage('cdktf', '@cdktn/provider-aws', 'aws')).toBe('@cdktf/provider-aws');
    expect(counterpartPackage('cdktf', undefined, 'kubernetes')).toBe('@cdktf/provider-kubernetes');
    expect(counterpartPackage('cdktn', '@cdktf/provider-google', 'google')).toBe('bindings for google from `cdktn get`');
    expect(counterpartPackage('cdktn', undefined, undefined)).toBe('cdktn');
  });
});

test('App of this framework is what the tests use', () => {
  expect(Testing.app()).toBeInstanceOf(App);
});
