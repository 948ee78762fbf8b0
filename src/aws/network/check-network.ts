import { IConstruct } from 'constructs';
import { checkBySpec } from '../../core/prop-spec';
import type { IMultiAzNetwork } from './multi-az-network';
import { NetworkReads, networkSpec } from './network-spec';

/** The subnet lists a construct places its resources in, with how many it needs. */
export type NetworkNeeds = NetworkReads;

/**
 * Checks the `network` prop of a construct that runs in a multi-AZ network
 * and is not yet described by prop specs (those put {@link networkSpec} in
 * their spec): the same check, by the same spec, zone names included.
 */
export function checkNetwork(scope: IConstruct, network: IMultiAzNetwork | undefined, needs: NetworkNeeds): void {
  checkBySpec(scope, 'network', network, networkSpec({ zones: true, ...needs }));
}
