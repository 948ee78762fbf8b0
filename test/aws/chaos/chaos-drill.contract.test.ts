import { ChaosDrill, ChaosDrillProps } from '../../../src/aws/chaos/chaos-drill';
import { FakeRouting } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { PropKind } from '../../kit/hostile';

const ALARM_ARN = 'arn:aws:cloudwatch:eu-west-1:111111111111:alarm:checkout-errors';
const OPT_IN: PropKind = { object: { reason: 'string' }, valid: { reason: 'game day OPS-42' } };

contractSuite<ChaosDrillProps>({
  construct: 'ChaosDrill',
  aws: true,
  build: (stack, overrides) =>
    new ChaosDrill(stack, SUBJECT, {
      scenario: 'database-failover',
      database: { instance: { arn: 'arn:aws:rds:eu-west-1:111111111111:db:orders' } },
      stopConditions: [ALARM_ARN],
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as ChaosDrillProps),
  props: {
    scenario: { enum: ['zone-loss', 'terminate-instances', 'database-failover', 'cpu-stress', 'network-latency'] },
    service: 'reference',
    database: 'reference',
    network: 'reference',
    zone: 'name',
    stopConditions: 'arnList',
    withoutStopCondition: OPT_IN,
    durationMinutes: 'integer',
    instanceAction: { enum: ['stop', 'terminate'] },
    instancePercent: 'integer',
    ebsKmsKeyArns: 'arnList',
    cpuLoadPercent: 'integer',
    latencyMilliseconds: 'integer',
    jitterMilliseconds: 'integer',
    networkInterface: 'name',
    description: 'string',
    logRetentionDays: 'integer',
    logKmsKeyArn: 'arn',
    report: { object: { bucketName: 'name' }, valid: { bucketName: 'acme-drill-reports' } },
    schedule: { object: { days: 'stringList', startTime: 'name', timeZone: 'name' }, valid: { days: ['TUE'], startTime: '10:00' } },
    environment: 'name',
    allowInProduction: OPT_IN,
    region: 'name',
    outcomeSeverity: { enum: ['page', 'ticket'] },
    alarmRouting: 'reference',
    alarms: 'reference',
    tags: 'stringMap',
  },
});
