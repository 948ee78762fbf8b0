import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable } from 'cdktf';
import { Construct } from 'constructs';
import { RecoveryObjectives, RegionalFailover, RegionalFailoverProps } from '../../../src/aws/recovery';
import { IRecoverable, RecoveryAchievement } from '../../../src/recovery/achievement';
import { resourcesOf, schemaErrors, synthJson, testStack, TestStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';
import { usEast1Routing } from './failover-fixture';

class FakeStore extends Construct implements IRecoverable {
  public readonly recovery: RecoveryAchievement;
  constructor(scope: Construct, id: string, regions: string[]) {
    super(scope, id);
    this.recovery = { resource: this.node.path, kind: 'table', regions, rpoZoneSeconds: 0, rpoRegionSeconds: 5, rpoDataSeconds: 300 };
  }
}

function setup(stack: TestStack) {
  const useast1 = new AwsProvider(stack, 'us-east-1', { region: 'us-east-1', alias: 'us-east-1' });
  const recoveryProvider = new AwsProvider(stack, 'recovery', { region: 'eu-central-1', alias: 'recovery' });
  const routing = usEast1Routing();
  const props: RegionalFailoverProps = {
    hostedZoneId: 'Z0123456789ABCDEFGHIJ',
    recordName: 'api.example.com',
    primary: { region: 'eu-west-1', target: { dnsName: 'primary-123.eu-west-1.elb.amazonaws.com', zoneId: 'Z32O12XQLNTSW2' } },
    recovery: { region: 'eu-central-1', provider: recoveryProvider, target: { dnsName: 'standby-456.eu-central-1.elb.amazonaws.com', zoneId: 'Z215JYRZR1TBD5' } },
    alarmProvider: useast1,
    alarmRouting: routing,
  };
  return { props, useast1, recoveryProvider };
}

describe('RegionalFailover', () => {
  test('health checks, PRIMARY/SECONDARY alias records with target health, alarms in us-east-1', () => {
    const { stack } = testStack();
    const { props } = setup(stack);
    const f = new RegionalFailover(stack, 'failover', props);
    const json = synthJson(stack);
    const checks = values(json, 'aws_route53_health_check');
    expect(checks).toHaveLength(2);
    for (const c of checks) expect(c).toMatchObject({ type: 'HTTPS', port: 443, resource_path: '/health', request_interval: 30, failure_threshold: 3, enable_sni: true });
    expect(checks.map((c) => c.fqdn).sort()).toEqual(['primary-123.eu-west-1.elb.amazonaws.com', 'standby-456.eu-central-1.elb.amazonaws.com']);
    const records = values(json, 'aws_route53_record');
    expect(records.map((r) => r.failover_routing_policy.type).sort()).toEqual(['PRIMARY', 'SECONDARY']);
    for (const r of records) {
      expect(r.alias.evaluate_target_health).toBe(true);
      expect(r.health_check_id).toMatch(/^\$\{aws_route53_health_check\..*\.id\}$/);
      expect(r.name).toBe('api.example.com');
    }
    const alarms = resourcesOf(json, 'aws_cloudwatch_metric_alarm');
    expect(Object.values(alarms).map((a) => a.provider)).toEqual(['aws.us-east-1', 'aws.us-east-1']);
    const byKey = Object.fromEntries(Object.values(alarms).map((a) => [a.alarm_name.split('-').pop(), a]));
    expect(byKey.primaryUnhealthy).toMatchObject({ namespace: 'AWS/Route53', metric_name: 'HealthCheckStatus', threshold: 1, treat_missing_data: 'breaching' });
    // PutMetricAlarm AlarmActions: an SNS topic of the alarm's own Region, us-east-1 here.
    expect(byKey.primaryUnhealthy.alarm_actions).toEqual(['arn:aws:sns:us-east-1:111111111111:alarms-page']);
    expect(byKey.recoveryUnhealthy.alarm_actions).toEqual(['arn:aws:sns:us-east-1:111111111111:alarms-ticket']);
    expect(f.recovery.rtoRegionSeconds).toBe(150);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('a fast health check detects in 30 s and feeds the recovery objectives', () => {
    const { stack } = testStack();
    const { props } = setup(stack);
    new FakeStore(stack, 'orders', ['eu-west-1', 'eu-central-1']);
    const f = new RegionalFailover(stack, 'failover', { ...props, healthCheck: { fast: true } });
    expect(f.recovery.rtoRegionSeconds).toBe(90);
    const o = new RecoveryObjectives(stack, 'objectives', { region: { rto: '1m', rpo: '1m' }, strategy: 'active-active' });
    const late = o.verdicts().filter((v) => !v.met);
    expect(late.map((v) => v.resource)).toEqual(['strategy', 'test/failover']);
  });

  test.each<[string, (p: RegionalFailoverProps, s: TestStack) => RegionalFailoverProps, string]>([
    ['the same region twice', (p) => ({ ...p, recovery: { ...p.recovery, region: 'eu-west-1', provider: undefined } }), 'invalid recovery.region "eu-west-1": must differ from primary.region'],
    ['a provider of another region', (p, s) => ({ ...p, primary: { ...p.primary, provider: new AwsProvider(s, 'x', { region: 'us-west-2', alias: 'x' }) } }), 'invalid primary.provider "us-west-2": must be a provider for primary.region eu-west-1'],
    ['alarms on a provider outside us-east-1', (p, s) => ({ ...p, alarmProvider: new AwsProvider(s, 'y', { region: 'eu-west-1', alias: 'y' }) }), 'invalid alarmProvider "eu-west-1": must be a provider in us-east-1'],
    ['no alarm provider', (p) => ({ ...p, alarmProvider: undefined }), 'invalid alarmProvider undefined: is required'],
    ['routing to topics outside us-east-1', (p) => ({ ...p, alarmRouting: new FakeRouting(['page', 'ticket'], { region: 'eu-west-1' }) }), 'invalid alarmRouting "eu-west-1": must notify topics in us-east-1'],
    // CloudWatch API Reference, PutMetricAlarm AlarmActions: an SNS topic of the alarm's Region. A routing that says
    // nothing of its Region (a team's own) is judged by the topic ARNs it returns.
    ['a routing whose topics are in eu-west-1', (p) => ({ ...p, alarmRouting: new FakeRouting(['page', 'ticket']) }), 'invalid alarmRouting "arn:aws:sns:eu-west-1:111111111111:alarms-page": must be in us-east-1, the resource\'s Region (it is in eu-west-1)'],
    ['a ticket routed to eu-west-1 when the recovery alarm pages there', (p) => ({ ...p, alarms: { recoveryUnhealthy: { severity: 'info' } }, alarmRouting: new FakeRouting(['page', 'ticket', 'info'], { topicArn: (s) => `arn:aws:sns:${s === 'info' ? 'eu-west-1' : 'us-east-1'}:111111111111:${s}` }) }), 'invalid alarmRouting "arn:aws:sns:eu-west-1:111111111111:info": must be in us-east-1'],
    // Route 53 Developer Guide, "DNS domain name format"; Route 53 API, AliasTarget HostedZoneId (at most 32 characters).
    ['an alias DNS name holding a template', (p) => ({ ...p, primary: { ...p.primary, target: { ...p.primary.target, dnsName: '${var.lb}' } } }), 'invalid primary.target.dnsName "${var.lb}": must be a DNS name such as api.example.com'],
    ['an alias zone id that is not one', (p) => ({ ...p, recovery: { ...p.recovery, target: { ...p.recovery.target, zoneId: 'eu-central-1' } } }), 'invalid recovery.target.zoneId "eu-central-1": must be a Route 53 hosted zone id'],
    ['a Region AWS does not have', (p) => ({ ...p, recovery: { ...p.recovery, region: 'eu-west-9', provider: undefined } }), 'invalid recovery.region "eu-west-9": must be an AWS Region such as eu-west-1'],
    ['a Region of another partition', (p) => ({ ...p, recovery: { ...p.recovery, region: 'cn-north-1', provider: undefined } }), 'invalid recovery.region "cn-north-1": must be a Region of the aws partition'],
    ['data not in the recovery region', (p, s) => ({ ...p, data: [new FakeStore(s, 'legacy', ['eu-west-1'])] }), 'invalid data[0] "test/legacy": must hold a copy in the recovery region eu-central-1'],
    ['a region that is not one', (p) => ({ ...p, primary: { ...p.primary, region: 'Ireland' } }), 'invalid primary.region "Ireland": must be an AWS Region'],
    ['a bad zone id', (p) => ({ ...p, hostedZoneId: 'example.com' }), 'invalid hostedZoneId "example.com"'],
    ['a misspelt health-check key', (p) => ({ ...p, healthCheck: { pth: '/x' } as never }), 'unknown prop healthCheck.pth (did you mean path?)'],
    ['a failure threshold out of range', (p) => ({ ...p, healthCheck: { failureThreshold: 11 } }), 'invalid healthCheck.failureThreshold 11'],
    ['fast as a string', (p) => ({ ...p, healthCheck: { fast: 'yes' as never } }), 'invalid healthCheck.fast "yes": must be true or false'],
    ['no target', (p) => ({ ...p, recovery: { region: 'eu-central-1' } as never }), 'invalid recovery.target undefined: is required'],
  ])('%s is refused', (_name, change, message) => {
    const { stack } = testStack();
    const { props } = setup(stack);
    expect(() => new RegionalFailover(stack, 'failover', change(props, stack))).toThrow(`test/failover: ${message}`);
  });

  test('alarms may be turned off, then no us-east-1 provider is needed', () => {
    const { stack } = testStack();
    const { props } = setup(stack);
    new RegionalFailover(stack, 'failover', { ...props, alarmProvider: undefined, alarms: { primaryUnhealthy: { enabled: false }, recoveryUnhealthy: { enabled: false } } });
    expect(resourcesOf(synthJson(stack), 'aws_cloudwatch_metric_alarm')).toEqual({});
  });

  test('two failovers for one record collide', () => {
    const { stack } = testStack();
    const { props } = setup(stack);
    new RegionalFailover(stack, 'a', props);
    expect(() => new RegionalFailover(stack, 'b', props)).toThrow(/test\/b: Route 53 failover record name .* is already used by test\/a/);
  });

  describe('bad input from JavaScript, YAML and Terraform variables', () => {
    const attempt = (change: (props: RegionalFailoverProps, stack: TestStack) => Record<string, unknown>) => {
      const { stack } = testStack();
      const { props } = setup(stack);
      return () => new RegionalFailover(stack, 'failover', change(props, stack) as unknown as RegionalFailoverProps);
    };

    test('a provider prop that is not an AwsProvider names the prop and what it got', () => {
      expect(attempt((p) => ({ ...p, alarmProvider: [] }))).toThrow('test/failover: invalid alarmProvider []: must be an AwsProvider (a provider in us-east-1) (got a list)');
      expect(attempt((p) => ({ ...p, recovery: { ...p.recovery, provider: 'recovery' } }))).toThrow(
        'test/failover: invalid recovery.provider "recovery": must be an AwsProvider (a provider for recovery.region) (got a string)',
      );
    });

    test('a Terraform variable for the data list, a target or the fast flag is refused: each decides what is checked or created', () => {
      const v = (stack: TestStack, type: string) => new TerraformVariable(stack, 'v', { type }).value;
      expect(attempt((p, stack) => ({ ...p, data: v(stack, 'list(string)') }))).toThrow(/invalid data \$\{var\.v\} \(a token\): must be known at synth/);
      expect(attempt((p, stack) => ({ ...p, recovery: { ...p.recovery, target: v(stack, 'bool') } }))).toThrow(/invalid recovery\.target \$\{var\.v\} \(a token\): must be known at synth/);
      expect(attempt((p, stack) => ({ ...p, healthCheck: v(stack, 'map(string)') }))).toThrow(/invalid healthCheck \$\{var\.v\} \(a token\): must be known at synth/);
      expect(attempt((p, stack) => ({ ...p, healthCheck: { fast: v(stack, 'bool') } }))).toThrow(/invalid healthCheck\.fast .*must be known at synth/);
      expect(attempt((p) => ({ ...p, primary: { ...p.primary, target: { dnsName: 'a.example.com' } } }))).toThrow('invalid primary.target.zoneId undefined: is required');
    });

    test('a Terraform variable as the failure threshold is carried into both health checks; the RTO is then unknown', () => {
      const { stack } = testStack();
      const { props } = setup(stack);
      const threshold = new TerraformVariable(stack, 'threshold', { type: 'number' });
      const f = new RegionalFailover(stack, 'failover', { ...props, healthCheck: { failureThreshold: threshold.numberValue } });
      const checks = values(synthJson(stack), 'aws_route53_health_check');
      expect(checks.map((c) => c.failure_threshold)).toEqual(['${var.threshold}', '${var.threshold}']);
      expect(f.recovery.rtoRegionSeconds).toBeUndefined();
    });
  });
});
