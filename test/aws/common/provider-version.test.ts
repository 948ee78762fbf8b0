import { Construct } from 'constructs';
import { raisedAwsProviderVersion, requireAwsProvider } from '../../../src/aws/common/provider-version';
import { annotations, synthJson, testStack } from '../../harness';

// The AWS provider version the bindings pin: 6.25.0 (@cdktf/provider-aws 21); 6.66.0 in the cdktn run (@cdktn/provider-aws 25).
const PINNED_AWS: string = require('@cdktf/provider-aws/package.json').cdktf.provider.version;

describe('requireAwsProvider (one helper for every resource newer than the bindings)', () => {
  test('a stack that asks for nothing keeps the version the bindings pin', () => {
    const { stack } = testStack();
    expect(raisedAwsProviderVersion(stack)).toBeUndefined();
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe(PINNED_AWS);
  });

  test('raises the constraint to ~> major.minor, warns on the user, and never lowers it', () => {
    const { stack } = testStack();
    const a = new Construct(stack, 'a');
    const b = new Construct(stack, 'b');
    requireAwsProvider(a, '6.44.0', 'zonal autoshift');
    requireAwsProvider(b, '6.29.0', 'region switch');
    expect(raisedAwsProviderVersion(stack)).toBe('6.44.0');
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe('~> 6.44');
    const warnings = annotations(stack);
    expect(warnings.some((w) => w.startsWith('test/a: this stack now requires hashicorp/aws ~> 6.44 (at least 6.44.0)') && w.includes('zonal autoshift'))).toBe(true);
    expect(warnings.some((w) => w.startsWith('test/b: this stack now requires hashicorp/aws ~> 6.29 (at least 6.29.0)'))).toBe(true);
  });

  test('a higher version later wins; other stacks are untouched', () => {
    const { app, stack } = testStack();
    requireAwsProvider(new Construct(stack, 'a'), '6.29.0', 'x');
    requireAwsProvider(new Construct(stack, 'b'), '6.44.1', 'y');
    expect(synthJson(stack).terraform.required_providers.aws.version).toBe('~> 6.44');
    const other = testStack('other');
    expect(app).not.toBe(other.app);
    expect(raisedAwsProviderVersion(other.stack)).toBeUndefined();
  });
});
