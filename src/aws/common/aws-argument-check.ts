import { IConstruct } from 'constructs';
import { validateArgument } from '../../aws-validity';
import { InvalidPropError } from '../../core/errors';
import { AwsArgument, setAwsArgumentCheck } from '../../core/prop-spec';

/**
 * The check a prop spec's `aws` field runs: the user's value, where it lands
 * in an AWS argument, against AWS's own rules (the `aws-validity` tables, from
 * the API models and the provider's validators). The first violation fails
 * synth naming the construct path, the prop, the value, what is allowed and
 * where that rule comes from. A construct's own stricter rule stays in its spec.
 * The value is the user's (tokens were carried or refused before): a string
 * holding `${` is text AWS would receive, not an expression to skip.
 */
export function checkAwsArgument(scope: IConstruct, prop: string, value: unknown, argument: AwsArgument): void {
  const [violation] = validateArgument(argument.resource, argument.argument, value, { userText: true });
  if (violation) {
    throw new InvalidPropError(scope, prop, value, `must be ${violation.allowed} (${argument.resource}.${argument.argument}; ${violation.source})`);
  }
}

setAwsArgumentCheck(checkAwsArgument);
