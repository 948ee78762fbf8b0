import { ResilientDatabase, ResilientDatabaseProps } from '../../../src/aws/database/resilient-database';
import { RESILIENT_DATABASE_PROPS } from '../../../src/aws/database/private/resilient-database-spec';
import { FakeRouting, plainNetwork } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { ProviderOf } from '../../kit/hostile';

contractSuite<ResilientDatabaseProps>({
  construct: 'ResilientDatabase',
  aws: true,
  alarmKeys: ['cpu', 'freeStorage', 'freeableMemory', 'connections', 'replicaLag', 'deadlocks'],
  build: (stack, overrides) =>
    new ResilientDatabase(stack, SUBJECT, {
      network: plainNetwork(),
      engine: 'postgres',
      engineVersion: '16.4',
      clientSecurityGroupIds: ['sg-0123456789abcdef0'],
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as ResilientDatabaseProps),
  specs: RESILIENT_DATABASE_PROPS,
  // A copy needs a provider of the case's stack (the sweep creates it) and a network of the recovery Region.
  examples: {
    recoveryRegion: { provider: new ProviderOf('eu-central-1'), network: { ...plainNetwork(), zones: ['eu-central-1a', 'eu-central-1b', 'eu-central-1c'] } },
  },
});
