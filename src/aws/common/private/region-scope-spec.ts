import { PropSpecs } from '../../../core/prop-spec';
import { awsProviderSpec } from '../prop-specs';
import type { RegionScopeProps } from '../region-scope';

/** What every prop of a RegionScope accepts. */
export const REGION_SCOPE_PROPS: PropSpecs<RegionScopeProps> = {
  provider: awsProviderSpec({ required: 'the AwsProvider (alias) of the region', what: 'an alias for the region' }),
};
