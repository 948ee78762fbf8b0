import { IConstruct } from 'constructs';
import { checkKnown, checkObject, checkRequired, checkString, checkStringList } from '../../core/prop-types';
import { checkCount, checkNumber } from '../../core/validation';
import type { IMultiAzNetwork } from './multi-az-network';

/** The subnet lists a construct places its resources in, with how many it needs. */
export interface NetworkNeeds {
  /** Subnet lists used, each with the fewest subnets (`'zones'`: exactly one per zone). */
  readonly subnets: Partial<Record<'publicSubnetIds' | 'privateSubnetIds' | 'isolatedSubnetIds', number | 'zones'>>;
  /** Why the zone count must be known at synth, when it must (e.g. it sizes the capacity). @default - a token zone count is accepted */
  readonly zoneCountKnownBecause?: string;
}

/**
 * Checks the `network` prop of a construct that runs in a multi-AZ network
 * (a {@link MultiAzNetwork} or a plain object from JavaScript or YAML): the
 * VPC id, at least two zones, and the subnet lists the construct uses.
 */
export function checkNetwork(scope: IConstruct, network: IMultiAzNetwork | undefined, needs: NetworkNeeds): void {
  checkRequired(scope, 'network', network, 'a MultiAzNetwork, or an object with vpcId, zoneCount and subnet ids');
  checkObject(scope, 'network', network);
  const net = network!;
  checkRequired(scope, 'network.vpcId', net.vpcId, 'the id of the VPC');
  checkString(scope, 'network.vpcId', net.vpcId);
  checkNumber(scope, 'network.zoneCount', net.zoneCount, { integer: true, min: 2 });
  if (needs.zoneCountKnownBecause) checkKnown(scope, 'network.zoneCount', net.zoneCount, needs.zoneCountKnownBecause);
  checkStringList(scope, 'network.zones', net.zones);
  for (const [prop, min] of Object.entries(needs.subnets)) {
    const ids = net[prop as keyof NetworkNeeds['subnets']];
    checkRequired(scope, `network.${prop}`, ids, 'a list of subnet ids');
    checkStringList(scope, `network.${prop}`, ids, { unique: true });
    if (min === 'zones') checkCount(scope, `network.${prop}`, ids, net.zoneCount, net.zoneCount);
    else checkCount(scope, `network.${prop}`, ids, min);
  }
}
