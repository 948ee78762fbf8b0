import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { kindOf } from '../../core/prop-types';

/**
 * Checks a prop that takes an AWS provider (JavaScript and YAML callers can
 * pass anything): `undefined` passes (the prop is optional), anything but an
 * `AwsProvider` fails, naming what it is for, e.g. "an alias for the recovery region".
 */
export function checkAwsProvider(scope: IConstruct, prop: string, value: unknown, what?: string): asserts value is TerraformProvider | undefined {
  if (value === undefined) return;
  if (value instanceof TerraformProvider && value.terraformResourceType === 'aws') return;
  const got = value instanceof TerraformProvider ? `a ${value.terraformResourceType} provider` : kindOf(value);
  throw new InvalidPropError(scope, prop, value, `must be an AwsProvider${what ? ` (${what})` : ''} (got ${got})`);
}
