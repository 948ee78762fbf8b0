import { App, TerraformStack, Testing } from 'cdktf';
import { Construct } from 'constructs';
import { pinnedAwsProviderVersion, raisedAwsProviderVersion, requireAwsProvider } from '../../../src/aws/common/provider-version';
import { FRAMEWORK } from '../../../src/core/framework';
import { annotations, synthJson, testStack } from '../../harness';
import { expectAwsProviderAllows, PINNED_AWS } from './provider-expectations';

// Runs on both flavours: the bindings pin hashicorp/aws 6.25.0 (@cdktf/provider-aws 21) and 6.66.0 (@cdktn/provider-aws 25).
describe(`requireAwsProvider on ${FRAMEWORK.name} (bindings pin hashicorp/aws ${PINNED_AWS})`, () => {
  test('the pinned version is read from the stack’s AWS provider, as cdktf writes it into required_providers', () => {
    const { stack } = testStack();
    expect(pinnedAwsProviderVersion(stack)).toBe(PINNED_AWS);
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe(PINNED_AWS);
    expect(pinnedAwsProviderVersion(new TerraformStack(Testing.app(), 'bare'))).toBeUndefined();
  });

  test('a stack that asks for nothing keeps the version the bindings pin', () => {
    const { stack } = testStack();
    expect(raisedAwsProviderVersion(stack)).toBeUndefined();
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe(PINNED_AWS);
  });

  test('a version the bindings already include (6.29 and 6.44 on cdktn) keeps the exact pin and warns nothing; a later one raises', () => {
    const { stack } = testStack();
    requireAwsProvider(new Construct(stack, 'a'), '6.44.0', 'zonal autoshift');
    requireAwsProvider(new Construct(stack, 'b'), '6.29.0', 'region switch');
    expectAwsProviderAllows(stack, '6.44.0');
    const warnings = annotations(stack);
    if (FRAMEWORK.name === 'cdktf') {
      expect(raisedAwsProviderVersion(stack)).toBe('6.44.0');
      expect(synthJson(stack).terraform.required_providers.aws.version).toBe('~> 6.44');
      expect(warnings.some((w) => w.startsWith('test/a: this stack now requires hashicorp/aws ~> 6.44 (at least 6.44.0) instead of the version the AWS provider bindings pin (6.25.0)') && w.includes('zonal autoshift'))).toBe(true);
      expect(warnings.some((w) => w.startsWith('test/b: this stack now requires hashicorp/aws ~> 6.29 (at least 6.29.0)'))).toBe(true);
    } else {
      expect(raisedAwsProviderVersion(stack)).toBeUndefined();
      expect(synthJson(stack).terraform.required_providers.aws.version).toBe('6.66.0');
      expect(warnings).toEqual([]);
    }
    // A version above either flavour's pin is raised on both.
    requireAwsProvider(new Construct(stack, 'c'), '6.99.1', 'future');
    expect(raisedAwsProviderVersion(stack)).toBe('6.99.1');
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe('~> 6.99');
    expect(annotations(stack).some((w) => w.startsWith('test/c: this stack now requires hashicorp/aws ~> 6.99 (at least 6.99.1)'))).toBe(true);
  });

  test('a higher version later wins; other stacks are untouched', () => {
    const { app, stack } = testStack();
    requireAwsProvider(new Construct(stack, 'a'), '6.90.0', 'x');
    requireAwsProvider(new Construct(stack, 'b'), '6.95.1', 'y');
    requireAwsProvider(new Construct(stack, 'c'), '6.91.0', 'z');
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe('~> 6.95');
    const other = testStack('other');
    expect(app).not.toBe(other.app);
    expect(raisedAwsProviderVersion(other.stack)).toBeUndefined();
  });

  test('a stack without an AWS provider yet cannot tell what the bindings pin: it raises', () => {
    const stack = new TerraformStack(new App({ outdir: '/tmp/unused', stackTraces: false }), 'bare');
    requireAwsProvider(new Construct(stack, 'a'), '6.29.0', 'x');
    expect(raisedAwsProviderVersion(stack)).toBe('6.29.0');
    expect(annotations(stack)[0]).toContain('instead of the version the AWS provider bindings pin (unknown: no AWS provider in the stack yet)');
  });
});
