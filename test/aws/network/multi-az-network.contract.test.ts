import { MultiAzNetwork, MultiAzNetworkProps } from '../../../src/aws/network/multi-az-network';
import { MULTI_AZ_NETWORK_PROPS } from '../../../src/aws/network/private/multi-az-network-spec';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';

contractSuite<MultiAzNetworkProps>({
  construct: 'MultiAzNetwork',
  aws: true,
  alarmKeys: ['natPortAllocationErrors'],
  build: (stack, overrides) => new MultiAzNetwork(stack, SUBJECT, { alarmRouting: new FakeRouting(), ...overrides } as MultiAzNetworkProps),
  specs: MULTI_AZ_NETWORK_PROPS,
});
