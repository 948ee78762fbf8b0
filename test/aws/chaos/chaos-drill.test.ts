import * as fc from 'fast-check';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformVariable, Testing } from 'cdktf';
import { checkStack } from '../../../src/checks';
import { TerraformJsonStack } from '../../../src/checks/stack';
import { ChaosDrill, ChaosDrillProps } from '../../../src/aws/chaos/chaos-drill';
import { InvalidPropError } from '../../../src/core/errors';
import { annotations, expectInvalidProp, onlyResource, refTo, resourceOf, schemaErrors, synth, synthJson } from '../../harness';
import { ALARM_ARN, world } from './fixture';

type World = ReturnType<typeof world>;
const policyOf = (json: any, prefix: string) => JSON.parse(resourceOf(json, 'aws_iam_role_policy', prefix).policy);

function zoneDrill(w: World, extra: Partial<ChaosDrillProps> = {}): ChaosDrill {
  return new ChaosDrill(w.stack, 'zone-drill', {
    scenario: 'zone-loss',
    service: w.service,
    database: w.database,
    network: w.network,
    zone: 'eu-west-1b',
    stopConditions: [w.slos, ALARM_ARN],
    alarmRouting: w.routing,
    schedule: { days: ['TUE'], startTime: '10:00', timeZone: 'Europe/Dublin' },
    ...extra,
  });
}

describe('zone-loss drill', () => {
  const w = world();
  const drill = zoneDrill(w);
  const json = synthJson(w.stack);
  const t = resourceOf(json, 'aws_fis_experiment_template', 'zone-drill');

  test('stops when the SLO page composite or the extra alarm fires', () => {
    expect(t.stop_condition).toEqual([
      { source: 'aws:cloudwatch:alarm', value: refTo(json, 'aws_cloudwatch_composite_alarm', 'slos_availability_page', 'arn') },
      { source: 'aws:cloudwatch:alarm', value: ALARM_ARN },
    ]);
    expect(drill.stopConditions.map((a) => a.name)).toEqual([expect.stringContaining('${'), 'checkout-errors']);
  });

  test("targets only the service's instances in the chosen zone, that zone's subnets, the group and the cluster", () => {
    const byName = Object.fromEntries(t.target.map((x: any) => [x.name, x]));
    expect(byName['zone-instances']).toEqual({
      name: 'zone-instances',
      resource_type: 'aws:ec2:instance',
      selection_mode: 'ALL',
      resource_tag: [{ key: 'aws:autoscaling:groupName', value: refTo(json, 'aws_autoscaling_group', 'web_asg', 'name') }],
      filter: [
        { path: 'State.Name', values: ['running'] },
        { path: 'Placement.AvailabilityZone', values: ['eu-west-1b'] },
      ],
    });
    expect(byName['zone-subnets'].resource_arns).toEqual(['public-1', 'private-1', 'isolated-1'].map((s) => refTo(json, 'aws_subnet', `net_${s}`, 'arn')));
    expect(byName.group.resource_arns).toEqual([refTo(json, 'aws_autoscaling_group', 'web_asg', 'arn')]);
    expect(byName.database).toMatchObject({ resource_type: 'aws:rds:cluster', resource_arns: [refTo(json, 'aws_rds_cluster', 'db_cluster', 'arn')] });
    for (const target of t.target) expect(target.resource_arns ?? target.resource_tag).toBeDefined();
  });

  // completeIfInstancesTerminated: Auto Scaling replaces the stopped instances, and without it the restart at the end
  // fails the experiment (FIS actions reference, aws:ec2:stop-instances).
  test('actions: stop (restart after 10 minutes, complete although Auto Scaling replaced some), fail launches in the zone, cut the subnets off, fail the cluster over', () => {
    const actions = Object.fromEntries(t.action.map((a: any) => [a.action_id, a]));
    expect(Object.keys(actions).sort()).toEqual(['aws:ec2:asg-insufficient-instance-capacity-error', 'aws:ec2:stop-instances', 'aws:network:disrupt-connectivity', 'aws:rds:failover-db-cluster']);
    expect(actions['aws:ec2:stop-instances'].parameter).toEqual([
      { key: 'startInstancesAfterDuration', value: 'PT10M' },
      { key: 'completeIfInstancesTerminated', value: 'true' },
    ]);
    expect(actions['aws:ec2:asg-insufficient-instance-capacity-error'].parameter).toEqual(
      expect.arrayContaining([{ key: 'availabilityZoneIdentifiers', value: 'eu-west-1b' }, { key: 'percentage', value: '100' }]),
    );
    expect(actions['aws:network:disrupt-connectivity'].parameter).toEqual([{ key: 'duration', value: 'PT10M' }, { key: 'scope', value: 'all' }]);
    for (const a of t.action) expect(t.target.map((x: any) => x.name)).toContain(a.target.value);
    expect(t.experiment_options).toEqual({ account_targeting: 'single-account', empty_target_resolution_mode: 'fail' });
  });

  test('the role: FIS for this account only; every destructive action scoped to the targets', () => {
    const role = resourceOf(json, 'aws_iam_role', 'zone-drill_role');
    const trust = JSON.parse(role.assume_role_policy).Statement[0];
    // FIS User Guide, "IAM roles for AWS FIS experiments": aws:SourceAccount and aws:SourceArn (this account's experiments in this Region).
    expect(trust).toMatchObject({
      Principal: { Service: 'fis.amazonaws.com' },
      Condition: {
        StringEquals: { 'aws:SourceAccount': expect.stringContaining('aws_caller_identity') },
        ArnLike: { 'aws:SourceArn': expect.stringMatching(/^arn:\$\{data\.aws_partition\.[^}]+\.partition\}:fis:eu-west-1:\$\{data\.aws_caller_identity\.[^}]+\.account_id\}:experiment\/\*$/) },
      },
    });
    const statements = policyOf(json, 'zone-drill_role-policy').Statement as any[];
    const sid = (s: string) => statements.find((x) => x.Sid === s);
    expect(sid('ActOnTheGroupsInstancesOnly')).toMatchObject({
      Action: ['ec2:StopInstances', 'ec2:StartInstances'],
      Condition: { StringEquals: { 'aws:ResourceTag/aws:autoscaling:groupName': refTo(json, 'aws_autoscaling_group', 'web_asg', 'name') } },
    });
    expect(sid('FailLaunchesOfTheGroupOnly')).toMatchObject({
      Action: ['ec2:InjectApiError'],
      Condition: { StringEquals: { 'ec2:FisActionId': ['aws:ec2:asg-insufficient-instance-capacity-error'] }, 'ForAllValues:ArnLike': { 'ec2:FisTargetArns': [refTo(json, 'aws_autoscaling_group', 'web_asg', 'arn')] } },
    });
    expect(sid('FailOverTheCluster')).toEqual({ Sid: 'FailOverTheCluster', Effect: 'Allow', Action: ['rds:FailoverDBCluster'], Resource: [refTo(json, 'aws_rds_cluster', 'db_cluster', 'arn')] });
    expect(sid('SwapAclsOfTheZoneSubnetsOnly').Resource).toEqual(expect.arrayContaining([refTo(json, 'aws_subnet', 'net_private-1', 'arn')]));
    // Everything on "*" without a condition is read-only, but for logs:CreateLogDelivery, which has no resource type
    // (Service Authorization Reference, CloudWatch Logs); the rest of log delivery stays in this account and Region
    // (CloudWatch Logs User Guide, "Logs sent to CloudWatch Logs").
    for (const s of statements.filter((x) => x.Resource === '*' && !x.Condition)) {
      for (const action of s.Action) expect(action).toMatch(/:(Describe|List|Get|Cancel)|^logs:CreateLogDelivery$/);
    }
    expect(statements.filter((x) => x.Action.includes('logs:PutResourcePolicy'))).toEqual([
      {
        Sid: 'DeliverExperimentLogsInThisAccountAndRegion',
        Effect: 'Allow',
        Action: ['logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'],
        Resource: expect.stringMatching(/^arn:\$\{data\.aws_partition\.[^}]+\.partition\}:logs:eu-west-1:\$\{data\.aws_caller_identity\.[^}]+\.account_id\}:\*$/),
      },
    ]);
    expect(resourceOf(json, 'aws_fis_experiment_template', 'zone-drill').depends_on).toEqual([expect.stringMatching(/^aws_iam_role_policy\.zone-drill_role-policy/)]);
  });

  test('logs: encrypted log group with retention, key usable by CloudWatch Logs for that group only', () => {
    const group = resourceOf(json, 'aws_cloudwatch_log_group', (g) => g.name.startsWith('/aws/fis/'));
    expect(group).toMatchObject({ name: '/aws/fis/test-zone-drill', retention_in_days: 90, kms_key_id: refTo(json, 'aws_kms_key', 'zone-drill_log-key', 'arn') });
    expect(t.log_configuration).toEqual({ log_schema_version: 2, cloudwatch_logs_configuration: { log_group_arn: `${refTo(json, 'aws_cloudwatch_log_group', 'zone-drill_log-group', 'arn')}:*` } });
    const key = resourceOf(json, 'aws_kms_key', 'zone-drill');
    expect(key.enable_key_rotation).toBe(true);
    const logs = JSON.parse(key.policy).Statement[1];
    expect(logs.Principal.Service).toBe('logs.eu-west-1.amazonaws.com');
    expect(logs.Condition.ArnEquals['kms:EncryptionContext:aws:logs:arn']).toMatch(/:log-group:\/aws\/fis\/test-zone-drill$/);
  });

  test('schedule: weekly Tuesday 10:00 Dublin, DISABLED by default, starts this template only, no retries', () => {
    const s = onlyResource(json, 'aws_scheduler_schedule');
    expect(s).toMatchObject({ schedule_expression: 'cron(0 10 ? * TUE *)', schedule_expression_timezone: 'Europe/Dublin', state: 'DISABLED' });
    // The universal target in the stack's partition (EventBridge Scheduler User Guide, "Using universal targets").
    expect(s.target.arn).toBe(`arn:\${data.aws_partition.${Object.keys(json.data!.aws_partition).find((k) => k.startsWith('zone-drill_'))}.partition}:scheduler:::aws-sdk:fis:startExperiment`);
    expect(JSON.parse(s.target.input)).toEqual({ ClientToken: '<aws.scheduler.execution-id>', ExperimentTemplateId: refTo(json, 'aws_fis_experiment_template', 'zone-drill_template') });
    expect(s.target.retry_policy).toEqual({ maximum_retry_attempts: 0 });
    const start = policyOf(json, 'zone-drill_schedule-role-policy').Statement[0];
    expect(start.Action).toEqual(['fis:StartExperiment']);
    expect(start.Resource[0]).toContain(`experiment-template/${refTo(json, 'aws_fis_experiment_template', 'zone-drill_template')}`);
  });

  test('outcome: an EventBridge rule on this template reaching an end state notifies the ticket severity', () => {
    const rule = onlyResource(json, 'aws_cloudwatch_event_rule');
    expect(JSON.parse(rule.event_pattern)).toEqual({
      source: ['aws.fis'],
      'detail-type': ['FIS Experiment State Change'],
      detail: { 'experiment-template-id': [refTo(json, 'aws_fis_experiment_template', 'zone-drill_template')], 'new-state': { status: ['completed', 'stopped', 'failed'] } },
    });
    const target = onlyResource(json, 'aws_cloudwatch_event_target');
    expect(target.arn).toBe(w.routing.actionsFor('ticket')[0]);
    expect(target.input_transformer.input_paths).toMatchObject({ status: '$.detail.new-state.status', reason: '$.detail.new-state.reason' });
  });

  test('passes the provider schema check and the rule pack; snapshot', () => {
    expect(schemaErrors(w.stack)).toEqual([]);
    const findings = checkStack(TerraformJsonStack.fromJson(json)).findings.filter((f) => f.ruleId.startsWith('REL-FIS'));
    expect(findings).toEqual([]);
    expect(synth(w.stack)).toMatchSnapshot();
  });
});

describe('other scenarios', () => {
  test('terminate-instances: a third of the group by default, terminate only on the group tag', () => {
    const w = world();
    new ChaosDrill(w.stack, 'kill', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos] });
    const json = synthJson(w.stack);
    const t = resourceOf(json, 'aws_fis_experiment_template', 'kill');
    expect(t.target).toEqual([expect.objectContaining({ selection_mode: 'PERCENT(33)', resource_type: 'aws:ec2:instance' })]);
    expect(t.action.map((a: any) => a.action_id)).toEqual(['aws:ec2:terminate-instances']);
    expect(policyOf(json, 'kill_role-policy').Statement[0]).toMatchObject({ Action: ['ec2:TerminateInstances'], Condition: { StringEquals: expect.any(Object) } });
    expect(annotations(w.stack).filter((a) => a.includes('kill'))).toEqual([expect.stringContaining('No alarmRouting')]);
  });

  test('database-failover on a Multi-AZ instance reboots it with failover', () => {
    const w = world({ engine: 'postgres' });
    new ChaosDrill(w.stack, 'failover', { scenario: 'database-failover', database: w.database, stopConditions: [w.slos], alarmRouting: w.routing });
    const json = synthJson(w.stack);
    const t = resourceOf(json, 'aws_fis_experiment_template', 'failover');
    expect(t.action[0]).toMatchObject({ action_id: 'aws:rds:reboot-db-instances', parameter: [{ key: 'forceFailover', value: 'true' }], target: { key: 'DBInstances', value: 'database' } });
    expect(t.target[0]).toMatchObject({ resource_type: 'aws:rds:db', resource_arns: [refTo(json, 'aws_db_instance', 'db_instance', 'arn')] });
    expect(policyOf(json, 'failover_role-policy').Statement[0]).toMatchObject({ Action: ['rds:RebootDBInstance'], Resource: [refTo(json, 'aws_db_instance', 'db_instance', 'arn')] });
    expect(schemaErrors(w.stack)).toEqual([]);
  });

  test('cpu-stress and network-latency run the AWS-provided SSM documents on a share of the instances', () => {
    const w = world();
    new ChaosDrill(w.stack, 'cpu', { scenario: 'cpu-stress', service: w.service, stopConditions: [w.slos], cpuLoadPercent: 90, durationMinutes: 5 });
    new ChaosDrill(w.stack, 'lag', { scenario: 'network-latency', service: w.service, stopConditions: [w.slos], latencyMilliseconds: 300, networkInterface: 'ens5', instancePercent: 34 });
    const json = synthJson(w.stack);
    const cpu = resourceOf(json, 'aws_fis_experiment_template', 'cpu').action[0];
    const param = (a: any, k: string) => a.parameter.find((p: any) => p.key === k).value;
    expect(cpu.action_id).toBe('aws:ssm:send-command');
    expect(param(cpu, 'documentArn')).toMatch(/^arn:\$\{data\.aws_partition\..+\}:ssm:eu-west-1::document\/AWSFIS-Run-CPU-Stress$/);
    expect(JSON.parse(param(cpu, 'documentParameters'))).toEqual({ DurationSeconds: '300', LoadPercent: '90', InstallDependencies: 'True' });
    expect(param(cpu, 'duration')).toBe('PT5M');
    const lag = resourceOf(json, 'aws_fis_experiment_template', 'lag');
    // AWSFIS-Run-Network-Latency declares Interface, DelayMilliseconds, DurationSeconds and InstallDependencies only
    // (FIS User Guide, "Pre-configured AWS FIS SSM documents"): the drill sent `Jitter`, which Systems Manager refuses.
    expect(param(lag.action[0], 'documentArn')).toMatch(/document\/AWSFIS-Run-Network-Latency$/);
    expect(JSON.parse(param(lag.action[0], 'documentParameters'))).toEqual({ DurationSeconds: '600', DelayMilliseconds: '300', Interface: 'ens5', InstallDependencies: 'True' });
    expect(lag.target[0].selection_mode).toBe('PERCENT(34)');
    const ssm = policyOf(json, 'cpu_role-policy').Statement as any[];
    expect(ssm[0]).toMatchObject({ Action: ['ssm:SendCommand'], Resource: [param(cpu, 'documentArn')] });
    expect(ssm[1]).toMatchObject({ Action: ['ssm:SendCommand'], Condition: { StringEquals: { 'aws:ResourceTag/aws:autoscaling:groupName': expect.any(String) } } });
    expect(schemaErrors(w.stack)).toEqual([]);
  });

  test('network-latency with jitter runs AWSFIS-Run-Network-Latency-Sources, the document that declares JitterMilliseconds, on egress to every source', () => {
    const w = world();
    new ChaosDrill(w.stack, 'lag', { scenario: 'network-latency', service: w.service, stopConditions: [w.slos], latencyMilliseconds: 250, jitterMilliseconds: 20 });
    const json = synthJson(w.stack);
    const action = resourceOf(json, 'aws_fis_experiment_template', 'lag').action[0];
    const param = (k: string) => action.parameter.find((p: any) => p.key === k).value;
    expect(param('documentArn')).toMatch(/document\/AWSFIS-Run-Network-Latency-Sources$/);
    // No Interface: the document's default is the primary interface (eth0 is ens5 on Nitro with Amazon Linux 2023).
    expect(JSON.parse(param('documentParameters'))).toEqual({
      DurationSeconds: '600',
      DelayMilliseconds: '250',
      JitterMilliseconds: '20',
      Sources: 'ALL',
      TrafficType: 'egress',
      InstallDependencies: 'True',
    });
    // FIS User Guide, AWSFIS-Run-Network-Latency-Sources: "the experiment role requires ec2:DescribeInstances, ec2:DescribeSubnets".
    const follow = (policyOf(json, 'lag_role-policy').Statement as any[]).find((s) => s.Sid === 'FollowAndCancelCommands');
    expect(follow.Action).toEqual(['ssm:ListCommands', 'ssm:CancelCommand', 'ec2:DescribeInstances', 'ec2:DescribeSubnets']);
  });

  test('zone-loss with customer-managed EBS keys: the role may create grants on them (for AWS resources only)', () => {
    const w = world();
    const key = 'arn:aws:kms:eu-west-1:111111111111:key/0b7b4f4e-1111-2222-3333-444455556666';
    new ChaosDrill(w.stack, 'enc', { scenario: 'zone-loss', network: w.network, service: w.service, stopConditions: [w.slos], ebsKmsKeyArns: [key] });
    const statements = policyOf(synthJson(w.stack), 'enc_role-policy').Statement as any[];
    expect(statements.find((s) => s.Sid === 'RestartInstancesWithEncryptedVolumes')).toEqual({
      Sid: 'RestartInstancesWithEncryptedVolumes',
      Effect: 'Allow',
      Action: ['kms:CreateGrant'],
      Resource: [key],
      Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } },
    });
    expect(() => new ChaosDrill(w.stack, 'enc2', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], ebsKmsKeyArns: [key] })).toThrow(/invalid ebsKmsKeyArns .*applies only to zone-loss drills that stop instances/);
  });

  test('a zone by index, with zones from the data source; terminate instead of stop; a report with the SLO dashboard', () => {
    const w = world({ zones: undefined });
    const { MultiAzNetwork } = require('../../../src/aws/network/multi-az-network');
    const net = new MultiAzNetwork(w.stack, 'net2', { zoneCount: 2, alarms: { natPortAllocationErrors: { enabled: false } } });
    new ChaosDrill(w.stack, 'z', {
      scenario: 'zone-loss',
      network: net,
      zone: 1,
      instanceAction: 'terminate',
      service: w.service,
      stopConditions: [w.slos],
      report: { bucketName: 'drill-reports', dashboardArn: 'arn:aws:cloudwatch::111111111111:dashboard/shop-slos' },
    });
    const json = synthJson(w.stack);
    const t = resourceOf(json, 'aws_fis_experiment_template', 'z_');
    const zone = t.target.find((x: any) => x.name === 'zone-instances').filter[1].values[0];
    expect(zone).toMatch(/^\$\{data\.aws_availability_zones\..+\.names(\[1\]|\.1)\}$/);
    expect(t.action.map((a: any) => a.action_id)).toContain('aws:ec2:terminate-instances');
    expect(t.experiment_report_configuration).toEqual({
      outputs: { s3_configuration: { bucket_name: 'drill-reports', prefix: 'test-z' } },
      data_sources: { cloudwatch_dashboard: [{ dashboard_arn: 'arn:aws:cloudwatch::111111111111:dashboard/shop-slos' }] },
      pre_experiment_duration: 'PT20M',
      post_experiment_duration: 'PT20M',
    });
    const statements = policyOf(json, 'z_role-policy').Statement as any[];
    expect(statements.find((s) => s.Sid === 'WriteTheReport').Resource).toBe('arn:${data.aws_partition.z_partition_C8FA4E35.partition}:s3:::drill-reports/test-z/*'.replace('z_partition_C8FA4E35', Object.keys(json.data!.aws_partition).find((k) => k.startsWith('z_'))!));
    expect(schemaErrors(w.stack)).toEqual([]);
  });

  test('without a stop condition, with a reason: stop condition "none", a warning, and REL-FIS-1 suppressed with that reason', () => {
    const w = world();
    const d = new ChaosDrill(w.stack, 'bare', { scenario: 'terminate-instances', service: w.service, withoutStopCondition: { reason: 'staging, nobody is paged (OPS-42)' } });
    const json = synthJson(w.stack);
    expect(resourceOf(json, 'aws_fis_experiment_template', 'bare').stop_condition).toEqual([{ source: 'none' }]);
    expect(annotations(w.stack).some((a) => a.includes('no stop condition') && a.includes('OPS-42'))).toBe(true);
    const { ReliabilityChecks } = require('../../../src/checks/aspect');
    expect(ReliabilityChecks.suppressionsOf(d)).toEqual([{ ruleId: 'REL-FIS-1', reason: 'staging, nobody is paged (OPS-42)' }]);
    // The rule does see it; the suppression is what lets synth pass.
    const fis1 = checkStack(TerraformJsonStack.fromJson(json)).findings.filter((f) => f.ruleId === 'REL-FIS-1');
    expect(fis1.map((f) => f.address)).toEqual([expect.stringMatching(/^aws_fis_experiment_template\.bare_template/)]);
    ReliabilityChecks.addTo(w.app);
    expect(() => Testing.synth(w.stack)).not.toThrow();
  });

  test('production needs an opt-in with a reason; with it, the drill is recorded', () => {
    const w = world();
    expect(() => new ChaosDrill(w.stack, 'p1', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], tags: { Environment: 'production' } })).toThrow(
      /test\/p1: invalid allowInProduction .*must give a reason to drill in the production environment "production"/,
    );
    expect(() => new ChaosDrill(w.stack, 'p2', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], environment: 'prod-eu', allowInProduction: { reason: ' ' } })).toThrow(/allowInProduction/);
    new ChaosDrill(w.stack, 'p3', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], environment: 'prod', allowInProduction: { reason: 'game day approved in CHG-7' } });
    expect(annotations(w.stack, 'info').some((a) => a.includes('CHG-7'))).toBe(true);
  });

  test('an enabled schedule and an explicit region of the stack', () => {
    const w = world();
    new ChaosDrill(w.stack, 'on', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], region: 'eu-west-1', schedule: { days: ['WED', 'THU'], startTime: '14:30', enabled: true } });
    const json = synthJson(w.stack);
    expect(onlyResource(json, 'aws_scheduler_schedule')).toMatchObject({ state: 'ENABLED', schedule_expression: 'cron(30 14 ? * WED,THU *)', schedule_expression_timezone: 'Etc/UTC', region: 'eu-west-1' });
    expect(resourceOf(json, 'aws_fis_experiment_template', 'on').region).toBe('eu-west-1');
  });
});

describe('bad input: a clear error naming the construct, the prop and the value', () => {
  const variable = (w: World, type: string) => new TerraformVariable(w.stack, 'v', { type });
  const cases: Array<[string, (w: World) => Partial<ChaosDrillProps>, RegExp]> = [
    ['no stop condition', (w) => ({ stopConditions: undefined, service: w.service }), /invalid stopConditions undefined: must name at least one alarm.*withoutStopCondition/],
    ['empty stop conditions', (w) => ({ stopConditions: [], service: w.service }), /invalid stopConditions \[\]: must name at least one alarm/],
    ['an empty reason to skip them', (w) => ({ stopConditions: undefined, withoutStopCondition: { reason: '' }, service: w.service }), /withoutStopCondition\.reason/],
    ['both stop conditions and the opt-out', (w) => ({ withoutStopCondition: { reason: 'x' }, service: w.service }), /invalid withoutStopCondition .*must be left out/],
    ['a stop condition that is not an alarm ARN', (w) => ({ stopConditions: ['arn:aws:sns:eu-west-1:111111111111:t'], service: w.service }), /invalid stopConditions\[0\] "arn:aws:sns.*must be a CloudWatch alarm ARN/],
    ['a stop condition in another region', (w) => ({ stopConditions: ['arn:aws:cloudwatch:us-east-1:111111111111:alarm:x'], service: w.service }), /stopConditions\[0\].*must be an alarm in eu-west-1/],
    ['six stop conditions', (w) => ({ stopConditions: [1, 2, 3, 4, 5, 6].map((i) => `${ALARM_ARN}${i}`), service: w.service }), /at most 5 alarms/],
    ['no service for instance termination', () => ({}), /invalid service undefined: is required by a terminate-instances drill/],
    ['a share that selects no instance of the group', (w) => ({ service: w.service, instancePercent: 10 }), /invalid instancePercent 10: selects no instance of a group of 6.*at least 17/],
    ['a database that selects nothing', () => ({ scenario: 'database-failover', database: {} as any }), /invalid database .*selects nothing/],
    ['a target the scenario does not use', (w) => ({ service: w.service, database: w.database }), /invalid database .*selects nothing in a terminate-instances drill/],
    ['a zone-loss drill without network', (w) => ({ scenario: 'zone-loss', service: w.service }), /invalid network undefined: is required by a zone-loss drill/],
    ['a zone the network does not have', (w) => ({ scenario: 'zone-loss', network: w.network, zone: 'eu-west-1z' }), /invalid zone "eu-west-1z": selects nothing: it must be one of the network's zones \(eu-west-1a, eu-west-1b, eu-west-1c\)/],
    ['a zone index out of range', (w) => ({ scenario: 'zone-loss', network: w.network, zone: 3 }), /invalid zone 3/],
    ['a region the stack does not use', (w) => ({ service: w.service, region: 'us-east-2' }), /invalid region "us-east-2": must be a region the stack uses \(its AWS providers are in eu-west-1\)/],
    ['a schedule outside business hours', (w) => ({ service: w.service, schedule: { days: ['TUE'], startTime: '16:55' } }), /invalid schedule\.startTime "16:55": must leave the drill's 10 minutes before the window end 17:00 \(start by 16:50\)/],
    ['a schedule on a weekend', (w) => ({ service: w.service, schedule: { days: ['SAT'], startTime: '10:00' } }), /invalid schedule\.days "SAT": must be a day of the window/],
    ['a schedule in an unknown time zone', (w) => ({ service: w.service, schedule: { days: ['MON'], startTime: '10:00', timeZone: 'Mars/Olympus' } }), /invalid schedule\.timeZone "Mars\/Olympus"/],
    ['a schedule "enabled" as a string', (w) => ({ service: w.service, schedule: { days: ['MON'], startTime: '10:00', enabled: 'true' as any } }), /invalid schedule\.enabled "true": must be true or false/],
    ['a misspelt prop', (w) => ({ service: w.service, stopCondition: [w.slos] } as any), /unknown prop stopCondition \(did you mean stopConditions\?\)/],
    ['an unknown scenario', (w) => ({ scenario: 'meteor' as any, service: w.service }), /invalid scenario "meteor"/],
    ['a log retention CloudWatch does not offer', (w) => ({ service: w.service, logRetentionDays: 10 }), /invalid logRetentionDays 10/],
    ['a description longer than FIS takes', (w) => ({ service: w.service, description: 'x'.repeat(513) }), /invalid description/],
    ['a knob of another scenario', (w) => ({ service: w.service, cpuLoadPercent: 50 }), /invalid cpuLoadPercent 50: applies to cpu-stress and pod-cpu-stress drills only/],
    ['a routing that notifies in another region', (w) => ({ service: w.service, alarmRouting: Object.assign(Object.create(w.routing), { region: 'us-east-1' }) }), /invalid alarmRouting "us-east-1": must notify in eu-west-1/],
    ['an outcome severity the routing does not know', (w) => ({ service: w.service, alarmRouting: w.routing, outcomeSeverity: 'sms' }), /invalid outcomeSeverity "sms": must be a severity the alarm routing knows/],
    ['a scenario known only at apply', (w) => ({ scenario: variable(w, 'string').stringValue as never, service: w.service }), /invalid scenario \$\{var\.v\} \(a token\): must be known at synth.*what the experiment does/],
    ['an environment known only at apply', (w) => ({ service: w.service, environment: variable(w, 'string').stringValue }), /invalid environment \$\{var\.v\} \(a token\): must be known at synth.*production guard/],
    ['a production reason known only at apply', (w) => ({ service: w.service, environment: 'prod', allowInProduction: { reason: variable(w, 'string').stringValue } }), /invalid allowInProduction\.reason \$\{var\.v\} \(a token\): must be known at synth/],
    // Issue 21 item 2: a token zone wrote a template with no zone action, a token instanceAction disappeared; both are refused.
    ['a zone name known only at apply', (w) => ({ scenario: 'zone-loss', network: w.network, zone: variable(w, 'string').stringValue }), /invalid zone \$\{var\.v\} \(a token\): must be known at synth.*picks the zone/],
    ['a zone index known only at apply', (w) => ({ scenario: 'zone-loss', network: w.network, zone: variable(w, 'number').numberValue }), /invalid zone .*\(a token\): must be known at synth.*picks the zone/],
    ['an instance action known only at apply', (w) => ({ scenario: 'zone-loss', network: w.network, instanceAction: variable(w, 'string').stringValue as never }), /invalid instanceAction \$\{var\.v\} \(a token\): must be known at synth.*FIS action/],
    ['a duration known only at apply', (w) => ({ service: w.service, durationMinutes: variable(w, 'number').numberValue }), /invalid durationMinutes .*\(a token\): must be known at synth/],
    ['a network whose zones and subnets disagree', () => ({ scenario: 'zone-loss', network: { vpcId: 'vpc-0123456789abcdef0', zones: ['eu-west-1a', 'eu-west-1b'], zoneCount: 2, privateSubnets: [{ arn: 'arn:aws:ec2:eu-west-1:111111111111:subnet/subnet-01' }] } }), /invalid network .*must list one zone and one private subnet per zone/],
    ['a service that is null', () => ({ service: null as never }), /invalid service null/],
    ['a stop condition that is null', (w) => ({ service: w.service, stopConditions: [null as never] }), /invalid stopConditions\[0\] null/],
    // AWS KMS Developer Guide: a KMS key is used only in its own Region (the sweep's validity oracle found a log key of another Region).
    ['a log key of another Region', (w) => ({ service: w.service, logKmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555' }), /invalid logKmsKeyArn "arn:aws:kms:us-east-1:.*": must be in eu-west-1, the resource's Region/],
    ['a volume key of another Region', (w) => ({ scenario: 'zone-loss', network: w.network, ebsKmsKeyArns: ['arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555'] }), /invalid ebsKmsKeyArns\[0\] .*must be in eu-west-1/],
    // FIS API, ReportConfigurationS3OutputPrefix: no whitespace (a Terraform template in a prefix was caught by the same rule).
    ['a report prefix with spaces', (w) => ({ service: w.service, report: { bucketName: 'acme-drill-reports', prefix: 'drills %{ if true }x%{ endif }' } }), /invalid report\.prefix .*aws_fis_experiment_template\.experiment_report_configuration\.outputs\.s3_configuration\.prefix/],
    ['the volume keys as one variable', (w) => ({ scenario: 'zone-loss', network: w.network, ebsKmsKeyArns: variable(w, 'list(string)').listValue }), /invalid ebsKmsKeyArns \$\{var\.v\} \(a token\): must be known at synth/],
  ];
  test.each(cases)('%s', (_name, make, message) => {
    const w = world();
    const props = { scenario: 'terminate-instances', stopConditions: [w.slos], ...make(w) } as ChaosDrillProps;
    expectInvalidProp(() => new ChaosDrill(w.stack, 'drill', props), /^test\/drill: /, message);
  });

  test('a region the stack uses, but not the targets', () => {
    const w = world();
    new AwsProvider(w.stack, 'us', { region: 'us-east-1', alias: 'us' });
    expect(() => new ChaosDrill(w.stack, 'drill', { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], region: 'us-east-1' })).toThrow(
      /invalid region "us-east-1": must be the region of the drill's targets \(eu-west-1\)/,
    );
  });

  test('a zone name when the zones are known only at apply', () => {
    const w = world();
    const { MultiAzNetwork } = require('../../../src/aws/network/multi-az-network');
    const net = new MultiAzNetwork(w.stack, 'net2', { zoneCount: 2, alarms: { natPortAllocationErrors: { enabled: false } } });
    expect(() => new ChaosDrill(w.stack, 'drill', { scenario: 'zone-loss', network: net, zone: 'eu-west-1a', stopConditions: [w.slos] })).toThrow(/invalid zone "eu-west-1a": must be a zone index \(0 to 1\)/);
  });
});

describe('property sweep', () => {
  const scenarios = ['terminate-instances', 'cpu-stress', 'network-latency'] as const;
  test('any valid knobs synthesize a template whose every action targets a defined target, within FIS limits', () => {
    const w = world();
    let n = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        fc.integer({ min: 17, max: 100 }),
        fc.integer({ min: 1, max: 720 }),
        fc.boolean(),
        (scenario, percent, minutes, withExtraAlarm) => {
          const d = new ChaosDrill(w.stack, `d${n++}`, {
            scenario,
            service: w.service,
            instancePercent: percent,
            durationMinutes: minutes,
            stopConditions: withExtraAlarm ? [w.slos, ALARM_ARN] : [w.slos],
          });
          const names = d.plan.targets.map((t) => t.name);
          for (const a of d.plan.actions) expect(names).toContain(a.target!.value);
          expect(d.plan.targets[0].selectionMode).toBe(`PERCENT(${percent})`);
          expect(d.stopConditions.length).toBe(withExtraAlarm ? 2 : 1);
          for (const s of d.plan.statements) if (s.Resource === '*' && !s.Condition) for (const act of s.Action) expect(act).not.toMatch(/Terminate|Stop|SendCommand|Failover|Reboot/);
        },
      ),
      { numRuns: 25 },
    );
  });

  test('any schedule either synthesizes inside its window or fails naming a schedule prop', () => {
    const w = world();
    let n = 0;
    const hhmm = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.subarray(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const, { minLength: 1 }), hhmm, fc.integer({ min: 1, max: 240 }), (days, start, minutes) => {
        try {
          const d = new ChaosDrill(w.stack, `s${n++}`, { scenario: 'terminate-instances', service: w.service, stopConditions: [w.slos], durationMinutes: minutes, schedule: { days: [...days], startTime: start } });
          const [h, m] = start.split(':').map(Number);
          expect(days.every((x) => ['MON', 'TUE', 'WED', 'THU', 'FRI'].includes(x))).toBe(true);
          expect(h * 60 + m).toBeGreaterThanOrEqual(9 * 60);
          expect(h * 60 + m + minutes).toBeLessThanOrEqual(17 * 60);
          expect(d.schedule).toBeDefined();
        } catch (e) {
          expect(e).toBeInstanceOf(InvalidPropError);
          expect((e as Error).message).toMatch(/invalid schedule\.(days|startTime)/);
        }
      }),
      { numRuns: 60 },
    );
  });
});
