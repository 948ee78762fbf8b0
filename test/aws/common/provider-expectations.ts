import { TerraformStack } from 'cdktf';
import { synthJson } from '../../harness';

/** The hashicorp/aws version the flavour's bindings pin: 6.25.0 (@cdktf/provider-aws 21), 6.66.0 in the cdktn run (@cdktn/provider-aws 25). */
export const PINNED_AWS: string = require('@cdktf/provider-aws/package.json').cdktf.provider.version;

function atLeast(a: string, b: string): boolean {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] > y[i];
  return true;
}

/** The constraint a stack needing `min` must write on this flavour: the exact pin when it includes `min`, else `~> major.minor`. */
export function expectedAwsConstraint(min: string): string {
  return atLeast(PINNED_AWS, min) ? PINNED_AWS : `~> ${min.split('.').slice(0, 2).join('.')}`;
}

/** The stack's required_providers.aws.version allows `min`, and is the exact pin whenever the pin already does. */
export function expectAwsProviderAllows(stack: TerraformStack, min: string): void {
  expect(synthJson(stack).terraform.required_providers.aws.version).toBe(expectedAwsConstraint(min));
}

/** Whether this flavour raises the constraint for `min` (and so warns). */
export function raisesFor(min: string): boolean {
  return !atLeast(PINNED_AWS, min);
}
