import { createHash } from 'node:crypto';
import { TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { PropError } from './errors';
import { checkArgumentsOf, checkScopeArgument } from './function-arguments';
import { checkBySpec, spec } from './prop-spec';

export interface PhysicalNameOptions {
  /** Longest name the AWS service accepts. @default 255 */
  readonly maxLength?: number;
  /** Appended after the construct-derived part, e.g. `page`. @default - none */
  readonly suffix?: string;
  /** Characters other than these are replaced by `-`. @default - letters, digits, `-` and `_` */
  readonly allowed?: RegExp;
  /** Lower-case the result (S3, ALB and RDS names want this). @default false */
  readonly lowerCase?: boolean;
}

/** What the options accept: known at synth, since the name is computed from them now. */
const known = { tokens: { refuse: 'the name is computed from it at synth' } } as const;
const OPTIONS = spec.object<PhysicalNameOptions>({
  maxLength: spec.integer({ min: 1, ...known }),
  suffix: spec.text(known),
  allowed: spec.reference('a regular expression matching one allowed character, e.g. /[a-z0-9-]/', { is: (v) => v instanceof RegExp }),
  lowerCase: spec.boolean(known),
});

/**
 * A deterministic physical name for an AWS resource, derived from the
 * construct path below the stack (so two stacks, or two instances of a
 * construct, never collide). When the name would be too long it keeps the
 * start and the end and puts an 8-character hash of the full path in the
 * middle, so it stays unique and stable across synths.
 */
export function physicalName(scope: IConstruct, options: PhysicalNameOptions = {}): string {
  checkScopeArgument('physicalName', scope, 'the construct to name, inside a TerraformStack');
  // The nearest stack, as TerraformStack.of finds it, but refused as an argument rather than thrown as a plain Error.
  const stack = [...scope.node.scopes].reverse().find((c) => TerraformStack.isStack(c));
  if (stack === undefined) throw new PropError('scope', scope, `must be a construct inside a TerraformStack: the name is derived from the path below the stack (${scope.node.path || 'the root construct'} has none; argument of physicalName)`);
  checkArgumentsOf('physicalName', scope, () => checkBySpec(scope, 'options', options, OPTIONS));
  const maxLength = options.maxLength ?? 255;
  const allowed = options.allowed ?? /[A-Za-z0-9_-]/;
  const parts = scope.node.scopes.slice(scope.node.scopes.indexOf(stack)).map((c) => c.node.id).filter((id) => id !== '');
  if (options.suffix) parts.push(options.suffix);
  // Lower-case before filtering: an allowed set without capitals would otherwise turn `OrdersDb` into `-rders-b`.
  const joined = options.lowerCase ? parts.join('-').toLowerCase() : parts.join('-');
  let name = [...joined].map((ch) => (allowed.test(ch) ? ch : '-')).join('');
  name = name.replace(/-+/g, '-').replace(/^-|-$/g, '');
  if (name.length <= maxLength) return name;
  const hash = createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 8);
  const keep = maxLength - hash.length - 1;
  const head = Math.ceil(keep / 2);
  const tail = keep - head;
  return `${name.slice(0, head)}${hash}-${tail > 0 ? name.slice(-tail) : ''}`.replace(/-+/g, '-').replace(/-$/, '').slice(0, maxLength);
}
