import { IConstruct } from 'constructs';
import { NameCollisionError } from './errors';
import { isUnresolved } from './tokens';

/**
 * Physical names claimed by this library's constructs, per app. AWS names
 * (alarms, topics, DB identifiers, load balancers) are unique per account
 * and region, Kubernetes names per cluster, namespace and kind: two
 * constructs that derive the same name would fail at apply, or worse, share
 * one resource. Each construct claims its names when it creates them, and
 * the second claim fails synth naming both construct paths.
 */
const registries = new WeakMap<IConstruct, Map<string, string>>();

export interface NameClaim {
  /** What kind of name, e.g. `CloudWatch alarm`; names of different kinds never collide. */
  readonly kind: string;
  /** The physical name. An unresolved token is not claimed (it is known only at apply). */
  readonly name: string;
  /** Where the name must be unique, e.g. `aws eu-west-1` or `kubernetes <context> namespace default`. */
  readonly where: string;
  /** Whether the service compares names case-insensitively (RDS identifiers, ALB names). @default false */
  readonly caseInsensitive?: boolean;
}

/** Claims a physical name for a construct; throws {@link NameCollisionError} when another construct holds it. */
export function claimName(scope: IConstruct, claim: NameClaim): void {
  if (isUnresolved(claim.name) || isUnresolved(claim.where)) return;
  const root = scope.node.root;
  let names = registries.get(root);
  if (!names) {
    names = new Map();
    registries.set(root, names);
  }
  const name = claim.caseInsensitive ? claim.name.toLowerCase() : claim.name;
  const key = `${claim.kind}\u0000${claim.where}\u0000${name}`;
  const holder = names.get(key);
  if (holder !== undefined && holder !== scope.node.path) {
    throw new NameCollisionError(claim.kind, claim.name, holder, scope.node.path, claim.where);
  }
  names.set(key, scope.node.path);
}
