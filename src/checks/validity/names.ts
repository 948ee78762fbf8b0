/**
 * Physical names AWS requires to be unique: per account and Region (backup
 * vaults, alarms, SNS topics), per account (IAM roles), or across every
 * account of a partition (S3 buckets). Two resources that claim one name in
 * one place: the second fails at apply, or (SNS, CloudWatch alarms) silently
 * manages the first one's object.
 */
import { isReference, str } from '../json';
import { TerraformJsonResource } from '../stack';
import { PhysicalNameFact } from './evaluator';
import { Placement } from './placement';

/** A literal physical name a resource claims, and the place it must be unique in. */
export interface NameClaim {
  readonly stack: string;
  readonly resource: TerraformJsonResource;
  readonly fact: PhysicalNameFact;
  readonly name: string;
  /** Claims with the same key collide; undefined: the place is not known well enough to tell. */
  readonly key?: string;
  /** The place in words, for messages: `account and Region eu-west-1`. */
  readonly place: string;
}

/**
 * IAM names are not distinguished by case (IAM User Guide, IAM identifiers:
 * "names are not distinguished by case"): compare them in lower case.
 */
function ignoresCase(type: string): boolean {
  return type.startsWith('aws_iam_');
}

function placeOf(fact: PhysicalNameFact, p: Placement): { key?: string; place: string } {
  // Partitions have separate name spaces; an unknown partition (the Region is not known) is compared with unknown ones only.
  if (fact.scope === 'global') return { key: `global|${p.partition ?? '?'}`, place: p.partition !== undefined ? `partition ${p.partition}` : 'partition' };
  if (fact.scope === 'account') return p.account !== undefined ? { key: `account|${p.account}`, place: 'account' } : { key: `provider|${p.provider}`, place: `account of provider ${p.provider}` };
  if (p.region !== undefined && p.account !== undefined) return { key: `region|${p.account}|${p.region}`, place: `account and Region ${p.region}` };
  // The account is not known, or the Region (a variable, the environment): resources of one provider configuration share them all the same.
  if (p.ownRegion !== undefined) return p.region !== undefined ? { key: `provider|${p.provider}|${p.region}`, place: `account of provider ${p.provider}, Region ${p.region}` } : { place: '' };
  return { key: `provider|${p.provider}`, place: p.region !== undefined ? `account and Region ${p.region} of provider ${p.provider}` : `account and Region of provider ${p.provider}` };
}

/** A place of a type's names: the start of the claims' keys (`<type>|<place key>|`; undefined: none) and the words. */
interface TypePlace {
  readonly prefix?: string;
  readonly place: string;
}

/** A type's place of each placement, worked out once. */
interface TypePlaces {
  readonly type: string;
  readonly fact: PhysicalNameFact;
  readonly ignoreCase: boolean;
  readonly places: Map<Placement, TypePlace>;
}

/**
 * The names the resources of one stack claim, with the place of each type and placement worked out once rather than
 * per resource (asked for thousands of resources of a few types and placements).
 */
export class NameClaims {
  private last: TypePlaces | undefined;
  private readonly types = new Map<string, TypePlaces>();

  constructor(private readonly stack: string) {}

  /** The literal name a resource claims, by the physical name fact of its type; undefined when it claims none. */
  public of(r: TerraformJsonResource, fact: PhysicalNameFact, p: Placement): NameClaim | undefined {
    const name = str(r.body[fact.argument]);
    if (name === undefined || name === '' || isReference(name)) return undefined;
    let t = this.last;
    if (t === undefined || t.type !== r.type || t.fact !== fact) {
      t = this.types.get(r.type);
      if (t === undefined || t.fact !== fact) {
        t = { type: r.type, fact, ignoreCase: ignoresCase(r.type), places: new Map() };
        this.types.set(r.type, t);
      }
      this.last = t;
    }
    let at = t.places.get(p);
    if (at === undefined) {
      const { key, place } = placeOf(fact, p);
      t.places.set(p, (at = { ...(key !== undefined ? { prefix: `${r.type}|${key}|` } : {}), place }));
    }
    const { prefix, place } = at;
    return { stack: this.stack, resource: r, fact, name, ...(prefix !== undefined ? { key: prefix + (t.ignoreCase ? name.toLowerCase() : name) } : {}), place };
  }
}

/** A claim on a name an earlier claim holds in the same place. */
export interface NameCollision {
  readonly claim: NameClaim;
  readonly first: NameClaim;
}

/** Every claim after the first of its name and place (claims in the order given). */
export function collisions(claims: readonly NameClaim[]): NameCollision[] {
  const firsts = new Map<string, NameClaim>();
  const out: NameCollision[] = [];
  for (const claim of claims) {
    if (claim.key === undefined) continue;
    const first = firsts.get(claim.key);
    if (first === undefined) firsts.set(claim.key, claim);
    else out.push({ claim, first });
  }
  return out;
}
