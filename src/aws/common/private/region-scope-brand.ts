import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';

/** The brand of a `RegionScope`, registered with `Symbol.for` so it holds across copies of the library. */
export const REGION_SCOPE = Symbol.for('cdktf-reliability.RegionScope');

/** What a `RegionScope` is to the modules that look one up (`aws-location` reads it; `region-scope` defines it). */
export interface RegionScopeLike extends IConstruct {
  readonly provider: TerraformProvider;
}

/** True for a `RegionScope` (also of another copy of the library). */
export function isRegionScope(x: unknown): x is RegionScopeLike {
  return typeof x === 'object' && x !== null && REGION_SCOPE in x;
}

/** The nearest `RegionScope` around a construct, if any. */
export function nearestRegionScope(scope: IConstruct): RegionScopeLike | undefined {
  return [...scope.node.scopes].reverse().find(isRegionScope);
}
