import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkConstructFramework } from '../../core/framework';
import { kindOf } from '../../core/prop-types';
import { checkProviderRegion } from './aws-location';

/**
 * Checks a prop that takes an AWS provider (JavaScript and YAML callers can
 * pass anything): `undefined` passes (the prop is optional), anything but an
 * `AwsProvider` of the construct's own stack fails, naming what it is for,
 * e.g. "an alias for the recovery region". Resources that name another
 * stack's provider fail to plan (its alias is not configured here) or, for an
 * un-aliased one, silently use this stack's default provider. A provider of a
 * Region AWS does not have (`eu-west-9`, `EU-WEST-1`) fails too.
 */
export function checkAwsProvider(scope: IConstruct, prop: string, value: unknown, what?: string): asserts value is TerraformProvider | undefined {
  if (value === undefined) return;
  if (value instanceof TerraformProvider && value.terraformResourceType === 'aws') {
    const own = TerraformStack.of(scope);
    const its = TerraformStack.of(value);
    if (its === own) {
      checkProviderRegion(scope, prop, value);
      return;
    }
    throw new InvalidPropError(scope, prop, value.node.path, `must be an AwsProvider of this construct's stack ${own.node.path}, not of ${its.node.path}: each stack configures its own providers`);
  }
  checkConstructFramework(scope, prop, value);
  const got = value instanceof TerraformProvider ? `a ${value.terraformResourceType} provider` : kindOf(value);
  throw new InvalidPropError(scope, prop, value, `must be an AwsProvider${what ? ` (${what})` : ''} (got ${got})`);
}
