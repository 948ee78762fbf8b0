import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { RecoveryObjectives, RegionalFailover, RegionSwitchPlan, RegionSwitchPlanProps } from '../../../src/aws/recovery';
import { IRecoverable, RecoveryAchievement } from '../../../src/recovery/achievement';
import { REGION_SWITCH_PLAN_PROPS } from '../../../src/aws/recovery/private/region-switch-plan-spec';
import { FakeRouting, TestStack } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { usEast1Routing } from './failover-fixture';

const PRIMARY = 'eu-west-1';
const RECOVERY = 'eu-central-1';
const asg = (region: string, name: string) => `arn:aws:autoscaling:${region}:111111111111:autoScalingGroup:0a1b2c3d-4e5f-6789-abcd-ef0123456789:autoScalingGroupName/${name}`;
const cluster = (region: string) => `arn:aws:rds:${region}:111111111111:cluster:orders-${region}`;

/** The fields of a `RegionSwitchDatabase` (a ResilientDatabase with `globalDatabase`), valid. */
const GLOBAL_DATABASE = {
  globalClusterIdentifier: 'orders',
  globalClusterArn: 'arn:aws:rds::111111111111:global-cluster:orders',
  clusterArns: { [PRIMARY]: cluster(PRIMARY), [RECOVERY]: cluster(RECOVERY) },
};
const SERVICES = { primary: { autoScalingGroup: { arn: asg(PRIMARY, 'web-primary') } }, recovery: { autoScalingGroup: { arn: asg(RECOVERY, 'web-recovery') } } };

/**
 * The sweep writes plain objects; `database` and `services.*` take constructs
 * (the plan names them by path). A plain object holding the construct's field
 * (`globalDatabase`, `autoScalingGroup`) stands for a construct with that
 * field, whatever its value, so the sweep reaches every nested field; any other
 * value (`{}`, a string, a list, a token) is passed as it is.
 */
function asConstruct(stack: TestStack, id: string, value: unknown, field: string): unknown {
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype || !(field in value)) return value;
  return Object.assign(new Construct(stack, id), value);
}

function adapt(stack: TestStack, overrides: Record<string, unknown>): Record<string, unknown> {
  const out = { ...overrides };
  if ('database' in out) out.database = asConstruct(stack, 'database', out.database, 'globalDatabase');
  const s = out.services;
  if (s !== null && typeof s === 'object' && Object.getPrototypeOf(s) === Object.prototype) {
    out.services = Object.fromEntries(Object.entries(s).map(([side, v]) => [side, asConstruct(stack, `service-${side}`, v, 'autoScalingGroup')]));
  }
  return out;
}

class Database extends Construct implements IRecoverable {
  public readonly globalDatabase = GLOBAL_DATABASE;
  public readonly recovery: RecoveryAchievement = {
    resource: this.node.path,
    kind: 'database',
    regions: [PRIMARY, RECOVERY],
    rpoZoneSeconds: 0,
    rpoRegionSeconds: 1,
    rpoDataSeconds: 300,
    rtoRegionSeconds: 300,
    replication: 'aurora-global-database',
  };
}

contractSuite<RegionSwitchPlanProps>({
  construct: 'RegionSwitchPlan',
  aws: true,
  build: (stack, overrides) => {
    const useast1 = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
    const failover = new RegionalFailover(stack, 'failover', {
      hostedZoneId: 'Z0123456789ABCDEFGHIJ',
      recordName: 'api.example.com',
      primary: { region: PRIMARY, target: { dnsName: 'primary-123.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } },
      recovery: { region: RECOVERY, target: { dnsName: 'standby-456.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } },
      alarmProvider: useast1,
      alarmRouting: usEast1Routing(),
    });
    const database = new Database(stack, 'db');
    const objectives = new RecoveryObjectives(stack, 'objectives', { region: { rto: '15m', rpo: '1m' }, strategy: 'warm-standby', resources: [database] });
    const props = adapt(stack, {
      failover,
      objectives,
      database,
      services: SERVICES,
      approval: { approvalRoleArn: 'arn:aws:iam::111111111111:role/oncall' },
      healthAlarmArns: ['arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-page'],
      alarmRouting: new FakeRouting(),
      ...overrides,
    });
    return new RegionSwitchPlan(stack, SUBJECT, props as unknown as RegionSwitchPlanProps);
  },
  specs: REGION_SWITCH_PLAN_PROPS,
});
