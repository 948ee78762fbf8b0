import { pinnedAddresses, resourceAddresses } from './addresses';
import { CHANNEL_CONFIGS, DATABASE_CONFIGS, NETWORK_CONFIGS, PinnedConfigs, SERVICE_CONFIGS } from './configs';

/**
 * Terraform logical ids are a public contract: a changed id destroys and
 * recreates the resource (a database, a load balancer). The addresses each
 * configuration synthesized on main before the constructs moved onto
 * ReliableConstruct are pinned in `<construct>.addresses.json`. A change may
 * add resources (a key, a default security group), never drop or rename a
 * pinned one: the same contract as test/examples/pinned-addresses.test.ts.
 */
const constructs: Record<string, PinnedConfigs> = {
  'multi-az-network': NETWORK_CONFIGS,
  'auto-scaled-service': SERVICE_CONFIGS,
  'resilient-database': DATABASE_CONFIGS,
  'alarm-channel': CHANNEL_CONFIGS,
};

describe.each(Object.entries(constructs))('%s: Terraform addresses stay as they were', (name, configs) => {
  const pinned = pinnedAddresses(name);

  test('every pinned configuration is still built', () => {
    expect(Object.keys(configs).sort()).toEqual(Object.keys(pinned).sort());
  });

  test.each(Object.keys(configs))('%s keeps every pinned address', (config) => {
    const now = new Set(resourceAddresses(configs[config]()));
    expect(pinned[config].filter((a) => !now.has(a))).toEqual([]);
  });
});
