import { AutoScaledService } from '../../../src/aws/compute/auto-scaled-service';
import { ResilientDatabase } from '../../../src/aws/database/resilient-database';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { SloAlarms } from '../../../src/aws/observability/slo-alarms';
import { SloSli } from '../../../src/aws/observability/slo-sli';
import { testStack, TestStack } from '../../harness';
import { FakeRouting } from '../test-helpers';

export const IMAGE = 'ami-0123456789abcdef0';
export const ALARM_ARN = 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:checkout-errors';

/** A stack with the building blocks a drill or autoshift acts on: network (named zones), service, Aurora, SLO alarms. */
export function world(options: { zones?: string[]; engine?: 'aurora-postgresql' | 'postgres' } = {}) {
  const { app, stack } = testStack();
  const routing = new FakeRouting();
  const network = new MultiAzNetwork(stack, 'net', { zones: options.zones ?? ['eu-west-1a', 'eu-west-1b', 'eu-west-1c'], alarms: { natPortAllocationErrors: { enabled: false } } });
  const service = new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: IMAGE, alarmRouting: routing });
  const database = new ResilientDatabase(stack, 'db', {
    network,
    engine: options.engine ?? 'aurora-postgresql',
    engineVersion: '16.4',
    instanceClass: 'db.r6g.large',
    ...((options.engine ?? 'aurora-postgresql').startsWith('aurora') ? { readers: 1 } : {}),
    alarmRouting: routing,
  } as any);
  const slos = new SloAlarms(stack, 'slos', {
    service: 'shop',
    alarmRouting: routing,
    dashboard: false,
    slos: [{ name: 'availability', objective: 99.9, sli: SloSli.albAvailability({ loadBalancer: service.loadBalancer.arnSuffix }) }],
  });
  return { app, stack: stack as TestStack, routing, network, service, database, slos };
}
