/**
 * Argument checks of exported functions that take a construct
 * (`physicalName(scope, options)`, `tagConstruct(scope, tags)`): the scope is
 * a construct, and the other arguments' errors are the construct's, under its
 * path, saying which function they are an argument of. Functions without a
 * construct use `checkArgumentsBySpec` (core/prop-spec.ts). Here, apart from
 * prop-spec, so the modules prop-spec itself imports (tags) can use it.
 */
import { Construct, IConstruct } from 'constructs';
import { InvalidPropError, PropError } from './errors';

/**
 * Checks that `scope` is a construct (of this copy of `constructs` or
 * another: `Construct.isConstruct` goes by a registered symbol). A
 * {@link PropError} names the function, the argument `scope`, the value and
 * what it must be.
 */
export function checkScopeArgument(fn: string, scope: unknown, what: string): asserts scope is IConstruct {
  if (!Construct.isConstruct(scope)) throw new PropError('scope', scope, `must be a construct: ${what} (argument of ${fn})`);
}

/**
 * Runs the checks of a function's other arguments, given a construct scope:
 * an {@link InvalidPropError} they throw under the scope's path is rethrown
 * with `(argument of <fn>)` after what is allowed.
 */
export function checkArgumentsOf(fn: string, scope: IConstruct, check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof InvalidPropError && e.constructPath === scope.node.path) throw new InvalidPropError(scope, e.prop, e.value, `${e.allowed} (argument of ${fn})`);
    throw e;
  }
}
