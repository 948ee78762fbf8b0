import * as path from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import * as lib from '../../src';
import { checkFramework, FRAMEWORK, FrameworkMismatchError, frameworkOf } from '../../src/core/framework';
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
      expect(error.message).toContain(`Install ${OTHER}-reliability (npm install ${OTHER}-reliability)`);
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

test('App of this framework is what the tests use', () => {
  expect(Testing.app()).toBeInstanceOf(App);
});
