import { TerraformVariable } from 'cdktf';
import { checkStack } from '../../../src/checks';
import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoScaledService, AutoScaledServiceProps } from '../../../src/aws/compute/auto-scaled-service';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { annotations, expectInvalidProp, plainNetwork, refTo, schemaErrors, synth, synthJson, testStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

const IMAGE = 'ami-0123456789abcdef0';
const CERT = 'arn:aws:acm:eu-west-1:111111111111:certificate/0b7b4f4e-1111-2222-3333-444455556666';

function build(props: Partial<AutoScaledServiceProps> = {}, zones = 3) {
  const { stack } = testStack();
  const network = new MultiAzNetwork(stack, 'net', { zoneCount: zones, alarms: { natPortAllocationErrors: { enabled: false } } });
  const svc = new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: IMAGE, alarmRouting: new FakeRouting(), ...props });
  return { stack, svc, network, json: synthJson(stack) };
}

describe('AutoScaledService with a certificate', () => {
  const { stack, svc, json } = build({ certificateArn: CERT, userData: '#!/bin/bash\necho hi', tags: { team: 'web' } });
  const asg = values(json, 'aws_autoscaling_group')[0];

  test('N+1 over zones: 4 required over 3 zones gives min 6, max 12; numbers exposed', () => {
    expect(svc.zoneHeadroom).toMatchObject({ minCapacity: 6, largestZoneShare: 2, capacityAfterZoneLoss: 4, headroom: 2 });
    expect([svc.minCapacity, svc.maxCapacity]).toEqual([6, 12]);
    expect([asg.min_size, asg.max_size]).toEqual([6, 12]);
    expect(asg.desired_capacity).toBeUndefined();
  });

  test('group spans the private subnets of every zone with ELB health checks', () => {
    expect(asg.vpc_zone_identifier).toEqual([0, 1, 2].map((i) => refTo(json, 'aws_subnet', `net_private-${i}`)));
    expect(asg).toMatchObject({ health_check_type: 'ELB', health_check_grace_period: 300, capacity_rebalance: true });
    expect(asg.target_group_arns).toEqual([refTo(json, 'aws_lb_target_group', 'web_tg', 'arn')]);
    expect(asg.enabled_metrics).toEqual(expect.arrayContaining(['GroupDesiredCapacity', 'GroupInServiceInstances']));
  });

  test('instance refresh keeps 90% in service and rolls back on the 5xx and unhealthy-host alarms, from a numbered template version', () => {
    expect(asg.instance_refresh.strategy).toBe('Rolling');
    expect(asg.instance_refresh.preferences).toMatchObject({ min_healthy_percentage: 90, auto_rollback: true });
    expect(asg.instance_refresh.preferences.alarm_specification.alarms).toEqual([
      refTo(json, 'aws_cloudwatch_metric_alarm', 'web_target5xxRate', 'alarm_name'),
      refTo(json, 'aws_cloudwatch_metric_alarm', 'web_unhealthyHosts', 'alarm_name'),
    ]);
    expect(asg.launch_template.version).toBe(refTo(json, 'aws_launch_template', 'web_lt', 'latest_version'));
  });

  test('tags propagate to instances', () => {
    expect(asg.tag).toEqual(
      expect.arrayContaining([
        { key: 'team', value: 'web', propagate_at_launch: true },
        { key: 'ManagedBy', value: 'cdktf-reliability', propagate_at_launch: true },
      ]),
    );
  });

  test('launch template: IMDSv2 required, encrypted gp3, detailed monitoring, base64 user data, instance profile', () => {
    const lt = values(json, 'aws_launch_template')[0];
    expect(lt.metadata_options.http_tokens).toBe('required');
    expect(lt.block_device_mappings[0].ebs).toMatchObject({ volume_type: 'gp3', encrypted: 'true' });
    expect(lt.monitoring.enabled).toBe(true);
    expect(lt.user_data).toBe('${base64encode("#!/bin/bash\\necho hi")}');
    expect(lt.iam_instance_profile.arn).toBe(refTo(json, 'aws_iam_instance_profile', 'web_profile', 'arn'));
    expect(lt.vpc_security_group_ids).toEqual([refTo(json, 'aws_security_group', 'web_instance-sg')]);
    const attach = values(json, 'aws_iam_role_policy_attachment');
    expect(attach.map((a) => a.policy_arn)).toEqual([expect.stringMatching(/:iam::aws:policy\/AmazonSSMManagedInstanceCore$/)]);
  });

  test('ALB: public subnets, deletion protection, invalid headers dropped; HTTPS forwards, HTTP redirects', () => {
    const lb = values(json, 'aws_lb')[0];
    expect(lb).toMatchObject({ internal: false, load_balancer_type: 'application', enable_deletion_protection: true, drop_invalid_header_fields: true });
    expect(lb.subnets).toEqual([0, 1, 2].map((i) => refTo(json, 'aws_subnet', `net_public-${i}`)));
    expect(lb.name.length).toBeLessThanOrEqual(32);
    const listeners = values(json, 'aws_lb_listener');
    const httpsL = listeners.find((l) => l.port === 443);
    expect(httpsL).toMatchObject({ protocol: 'HTTPS', certificate_arn: CERT, ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' });
    expect(httpsL.default_action[0]).toMatchObject({ type: 'forward' });
    const httpL = listeners.find((l) => l.port === 80);
    expect(httpL.default_action[0]).toMatchObject({ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } });
    expect(annotations(stack)).toEqual([]);
  });

  test('target group health check thresholds; replaced create-before-destroy under a name prefix', () => {
    const tg = values(json, 'aws_lb_target_group')[0];
    expect(tg.name_prefix).toBe('web-');
    expect(tg.lifecycle.create_before_destroy).toBe(true);
    expect(tg.health_check).toMatchObject({ path: '/', matcher: '200-399', healthy_threshold: 3, unhealthy_threshold: 2, interval: 15, timeout: 5 });
  });

  test('security groups: the internet reaches the ALB on 443 and 80; instances only from the ALB', () => {
    const ingress = values(json, 'aws_vpc_security_group_ingress_rule');
    const lbSg = refTo(json, 'aws_security_group', 'web_lb-sg');
    const instSg = refTo(json, 'aws_security_group', 'web_instance-sg');
    expect(ingress.filter((r) => r.security_group_id === lbSg).map((r) => [r.from_port, r.cidr_ipv4])).toEqual([
      [443, '0.0.0.0/0'],
      [80, '0.0.0.0/0'],
    ]);
    const toInstances = ingress.filter((r) => r.security_group_id === instSg);
    expect(toInstances).toEqual([expect.objectContaining({ referenced_security_group_id: lbSg, from_port: 80, to_port: 80 })]);
    expect(toInstances[0].cidr_ipv4).toBeUndefined();
  });

  test('target tracking on CPU', () => {
    const policies = values(json, 'aws_autoscaling_policy');
    expect(policies).toEqual([
      expect.objectContaining({
        policy_type: 'TargetTrackingScaling',
        target_tracking_configuration: { target_value: 50, predefined_metric_specification: { predefined_metric_type: 'ASGAverageCPUUtilization' } },
      }),
    ]);
  });

  test('health alarms: severities and thresholds', () => {
    const byKey = Object.fromEntries(Object.entries(svc.alarms).map(([k]) => [k, values(json, 'aws_cloudwatch_metric_alarm').find((a) => a.alarm_name.endsWith(k))]));
    expect(Object.keys(byKey).sort()).toEqual(['elb5xxRate', 'inServiceBelowDesired', 'noHealthyHosts', 'target5xxRate', 'targetResponseTime', 'unhealthyHosts']);
    const sev = (k: string) => byKey[k].alarm_actions[0].split('-').pop();
    expect(sev('noHealthyHosts')).toBe('page');
    for (const k of ['elb5xxRate', 'target5xxRate', 'unhealthyHosts', 'targetResponseTime', 'inServiceBelowDesired']) expect(sev(k)).toBe('ticket');
    expect(byKey.noHealthyHosts).toMatchObject({ metric_name: 'HealthyHostCount', comparison_operator: 'LessThanThreshold', threshold: 1, treat_missing_data: 'breaching' });
    expect(byKey.targetResponseTime).toMatchObject({ extended_statistic: 'p99', threshold: 1 });
    expect(byKey.target5xxRate.metric_query.find((q: any) => q.return_data).expression).toContain('100 * FILL(errors, 0) / requests');
    expect(byKey.inServiceBelowDesired.metric_query[0].metric.dimensions.AutoScalingGroupName).toBe(refTo(json, 'aws_autoscaling_group', 'web_asg', 'name'));
    expect(byKey.noHealthyHosts.alarm_description).toMatch(/Runbook: /);
  });

  test('passes the provider schema check; snapshot', () => {
    expect(svc.autoScalingGroup).toBeInstanceOf(AutoscalingGroup);
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });
});

// Amazon EC2 User Guide, "Configure the instance metadata options": a hop limit of 2 only where containers read IMDS.
describe('AutoScaledService instance metadata hop limit (issue 27.5)', () => {
  test('1 by default: the IMDSv2 token never leaves the instance', () => {
    const lt = values(build().json, 'aws_launch_template')[0];
    expect(lt.metadata_options).toMatchObject({ http_tokens: 'required', http_put_response_hop_limit: 1 });
  });

  test('2 with runsContainers: the container bridge is one hop', () => {
    const lt = values(build({ runsContainers: true }).json, 'aws_launch_template')[0];
    expect(lt.metadata_options.http_put_response_hop_limit).toBe(2);
  });

  test('"true" as text is refused (it decides the hop limit)', () => {
    expect(() => build({ runsContainers: 'true' as unknown as boolean })).toThrow('test/web: invalid runsContainers "true": must be true or false');
  });
});

describe('AutoScaledService instance egress (issue 27.5)', () => {
  const egressOf = (json: ReturnType<typeof synthJson>) => values(json, 'aws_vpc_security_group_egress_rule').filter((r) => r.description !== 'To the instances');

  test('by default one rule allows all outbound traffic', () => {
    expect(egressOf(build().json)).toEqual([expect.objectContaining({ cidr_ipv4: '0.0.0.0/0', ip_protocol: '-1' })]);
  });

  test('declared egress replaces it: one rule per destination and port, a CIDR or a prefix list', () => {
    const { stack, json } = build({ instanceEgress: [{ cidr: '0.0.0.0/0', port: 443 }, { prefixListId: 'pl-6da54004', port: 443 }, { cidr: '10.0.0.0/16', port: 53, protocol: 'udp' }] });
    expect(schemaErrors(stack)).toEqual([]);
    expect(egressOf(json).map((r) => [r.cidr_ipv4, r.prefix_list_id, r.ip_protocol, r.from_port, r.to_port])).toEqual([
      ['0.0.0.0/0', undefined, 'tcp', 443, 443],
      [undefined, 'pl-6da54004', 'tcp', 443, 443],
      ['10.0.0.0/16', undefined, 'udp', 53, 53],
    ]);
  });

  test.each<[string, unknown, string]>([
    ['a rule with two destinations', [{ cidr: '0.0.0.0/0', prefixListId: 'pl-6da54004', port: 443 }], 'test/web: invalid instanceEgress[0]'],
    ['a rule with none', [{ port: 443 }], 'must give exactly one of cidr and prefixListId'],
    ['an empty list (no egress at all is never an accident here)', [], 'test/web: invalid instanceEgress []'],
    ['a prefix list id that is not one', [{ prefixListId: 'sg-123', port: 443 }], 'test/web: invalid instanceEgress[0].prefixListId "sg-123"'],
  ])('refuses %s', (_name, instanceEgress, message) => {
    expect(() => build({ instanceEgress: instanceEgress as never })).toThrow(message);
  });
});

describe('AutoScaledService and the reliability rule pack', () => {
  test('with and without a certificate: no finding', () => {
    expect(checkStack(build({ certificateArn: CERT }).json, { name: 'test' }).findings).toEqual([]);
    expect(checkStack(build().json, { name: 'test' }).findings).toEqual([]);
  });
});

describe('AutoScaledService options', () => {
  test('without a certificate: one HTTP listener forwarding, and a warning', () => {
    const { stack, json } = build();
    const listeners = values(json, 'aws_lb_listener');
    expect(listeners).toHaveLength(1);
    expect(listeners[0]).toMatchObject({ port: 80, protocol: 'HTTP' });
    expect(listeners[0].default_action[0].type).toBe('forward');
    expect(annotations(stack)).toEqual([expect.stringContaining('No certificateArn')]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('mixed instances with Spot, request-count tracking, step and scheduled scaling, access logs', () => {
    const { stack, svc, json } = build({
      certificateArn: CERT,
      instanceTypes: ['m6i.large', 'm5.large', 'm6a.large'],
      onDemandBaseCapacity: 6,
      onDemandPercentageAboveBaseCapacity: 25,
      requestsPerTarget: 1000,
      accessLogsBucket: 'my-alb-logs',
      stepScaling: {
        metric: { namespace: 'MyApp', metricName: 'QueueDepth', dimensions: { Queue: 'jobs' }, statistic: 'Maximum' },
        threshold: 100,
        steps: [
          { lowerBound: 0, upperBound: 400, change: 1 },
          { lowerBound: 400, change: 3 },
        ],
      },
      scheduledScaling: [{ name: 'morning-peak', recurrence: '0 7 * * MON-FRI', minCapacity: 9, timeZone: 'Europe/Dublin' }],
    });
    const asg = values(json, 'aws_autoscaling_group')[0];
    expect(asg.launch_template).toBeUndefined();
    expect(asg.mixed_instances_policy.launch_template.override.map((o: any) => o.instance_type)).toEqual(['m6i.large', 'm5.large', 'm6a.large']);
    expect(asg.mixed_instances_policy.instances_distribution).toMatchObject({
      on_demand_base_capacity: 6,
      on_demand_percentage_above_base_capacity: 25,
      spot_allocation_strategy: 'price-capacity-optimized',
    });
    const policies = values(json, 'aws_autoscaling_policy');
    const req = policies.find((p) => p.name === 'request-count-target-tracking');
    expect(req.target_tracking_configuration.predefined_metric_specification).toMatchObject({ predefined_metric_type: 'ALBRequestCountPerTarget' });
    expect(req.target_tracking_configuration.predefined_metric_specification.resource_label).toMatch(/arn_suffix\}\/\$\{.*arn_suffix\}$/);
    const step = policies.find((p) => p.policy_type === 'StepScaling');
    expect(step.step_adjustment).toEqual([
      { metric_interval_lower_bound: '0', metric_interval_upper_bound: '400', scaling_adjustment: 1 },
      { metric_interval_lower_bound: '400', scaling_adjustment: 3 },
    ]);
    expect(svc.stepScalingAlarm).toBeDefined();
    const stepAlarm = values(json, 'aws_cloudwatch_metric_alarm').find((a) => a.metric_name === 'QueueDepth');
    expect(stepAlarm.alarm_actions).toEqual([refTo(json, 'aws_autoscaling_policy', 'web_step-scaling', 'arn')]);
    expect(values(json, 'aws_autoscaling_schedule')[0]).toMatchObject({ scheduled_action_name: 'morning-peak', min_size: 9, time_zone: 'Europe/Dublin' });
    // The prefix defaults to the load balancer's name (as it always did).
    expect(values(json, 'aws_lb')[0].access_logs).toEqual({ bucket: 'my-alb-logs', prefix: values(json, 'aws_lb')[0].name, enabled: true });
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test('access logs under a prefix of the team\'s choosing, in a shared bucket', () => {
    const { json } = build({ accessLogsBucket: 'shared-alb-logs', accessLogsPrefix: 'prod/web' });
    expect(values(json, 'aws_lb')[0].access_logs).toEqual({ bucket: 'shared-alb-logs', prefix: 'prod/web', enabled: true });
  });

  test('two zones double the requirement; explicit min above the headroom is kept', () => {
    expect(build({}, 2).svc.minCapacity).toBe(8);
    expect(build({ minCapacity: 10, maxCapacity: 20 }).json.resource!.aws_autoscaling_group).toBeDefined();
  });

  test('min below the headroom with the explicit opt-out: allowed, with a warning', () => {
    const { stack, svc } = build({ minCapacity: 4, allowBelowZoneHeadroom: true });
    expect(svc.minCapacity).toBe(4);
    expect(annotations(stack)).toEqual(expect.arrayContaining([expect.stringContaining('minCapacity 4 is below the zone-failure headroom (6): after losing a zone only 2 of 4')]));
  });

  test('alarm overrides and disabling; rollback keeps the remaining alarm', () => {
    const { json, svc } = build({ alarms: { unhealthyHosts: { enabled: false }, target5xxRate: { threshold: 2, severity: 'page' } } });
    expect(svc.alarms.unhealthyHosts).toBeUndefined();
    const t = values(json, 'aws_cloudwatch_metric_alarm').find((a) => a.alarm_name.endsWith('target5xxRate'));
    expect(t.threshold).toBe(2);
    expect(t.alarm_actions[0]).toMatch(/alarms-page$/);
    expect(values(json, 'aws_autoscaling_group')[0].instance_refresh.preferences.alarm_specification.alarms).toHaveLength(1);
  });

  test('deletion protection off is loud', () => {
    const { stack, json } = build({ loadBalancerDeletionProtection: false, certificateArn: CERT });
    expect(values(json, 'aws_lb')[0].enable_deletion_protection).toBe(false);
    expect(annotations(stack)).toEqual([expect.stringContaining('loadBalancerDeletionProtection is false')]);
  });
});

describe('AutoScaledService bad inputs', () => {
  const cases: [string, Partial<AutoScaledServiceProps>, string][] = [
    ['min below the zone-failure headroom', { minCapacity: 5 }, 'test/web: invalid minCapacity 5: must be at least 6: losing one of 3 zones must leave requiredCapacity 4 instances'],
    ['min > max', { minCapacity: 8, maxCapacity: 7 }, 'test/web: invalid maxCapacity 7: must be at least minCapacity (8) and requiredCapacity (4)'],
    ['max below required', { allowBelowZoneHeadroom: true, minCapacity: 1, maxCapacity: 3 }, 'test/web: invalid maxCapacity 3: must be at least minCapacity (1) and requiredCapacity (4)'],
    ['zero required', { requiredCapacity: 0 }, 'test/web: invalid requiredCapacity 0: must be an integer >= 1'],
    ['fractional required', { requiredCapacity: 2.5 }, 'test/web: invalid requiredCapacity 2.5'],
    ['bad AMI', { imageId: 'ubuntu' }, 'test/web: invalid imageId "ubuntu": must be an AMI id'],
    ['certificate not an ACM ARN', { certificateArn: 'arn:aws:iam::111111111111:server-certificate/x' }, 'test/web: invalid certificateArn'],
    ['health check path not absolute', { healthCheckPath: 'health' }, 'test/web: invalid healthCheckPath "health"'],
    ['port out of range', { port: 70000 }, 'test/web: invalid port 70000'],
    ['refresh percentage', { instanceRefreshMinHealthyPercentage: 120 }, 'test/web: invalid instanceRefreshMinHealthyPercentage 120: must be an integer from 0 to 100'],
    ['spot settings without instance types', { onDemandPercentageAboveBaseCapacity: 0 }, 'test/web: invalid instanceTypes undefined'],
    ['cidr nonsense', { allowedCidrs: ['everyone'] }, 'test/web: invalid allowedCidrs[0] "everyone"'],
    ['unknown alarm', { alarms: { cpu: {} } as any }, 'test/web: unknown prop alarms.cpu; known: elb5xxRate'],
    ['unknown severity', { alarms: { noHealthyHosts: { severity: 'sms' } } }, 'invalid alarms.noHealthyHosts.severity "sms"'],
    ['bad alarm period', { alarms: { targetResponseTime: { periodSeconds: 90 } } }, 'test/web: invalid alarms.targetResponseTime.periodSeconds 90'],
    ['scheduled min below headroom', { scheduledScaling: [{ name: 'night', recurrence: '0 22 * * *', minCapacity: 2 }] }, 'test/web: invalid scheduledScaling[0].minCapacity 2: must be at least 6'],
    ['scheduled action changing nothing', { scheduledScaling: [{ name: 'noop', recurrence: '0 22 * * *' }] }, 'test/web: invalid scheduledScaling[0] "noop": must change at least one'],
    ['scheduled recurrence', { scheduledScaling: [{ name: 'x', recurrence: 'daily', maxCapacity: 20 }] }, 'test/web: invalid scheduledScaling[0].recurrence "daily"'],
    [
      'gap between steps',
      { stepScaling: { metric: { namespace: 'A', metricName: 'B', dimensions: {}, statistic: 'Sum' }, threshold: 1, steps: [{ lowerBound: 0, upperBound: 10, change: 1 }, { lowerBound: 20, change: 2 }] } },
      'test/web: invalid stepScaling.steps[1].lowerBound 20: must equal the previous step\'s upperBound 10',
    ],
    [
      'step alarm period',
      { stepScaling: { metric: { namespace: 'A', metricName: 'B', dimensions: {}, statistic: 'Sum' }, threshold: 1, periodSeconds: 45, steps: [{ lowerBound: 0, change: 1 }] } },
      'test/web: invalid stepScaling.periodSeconds 45: period 45s must be 10, 20, 30 or a multiple of 60 seconds',
    ],
    [
      'unbounded middle step',
      { stepScaling: { metric: { namespace: 'A', metricName: 'B', dimensions: {}, statistic: 'Sum' }, threshold: 1, steps: [{ lowerBound: 0, change: 1 }, { lowerBound: 20, change: 2 }] } },
      'test/web: invalid stepScaling.steps[0].upperBound undefined: is required on every step but the last',
    ],
  ];
  test.each(cases)('%s', (_n, props, message) => {
    expect(() => build(props)).toThrow(message);
  });

  test('one zone', () => {
    const { stack } = testStack();
    const net = plainNetwork();
    const network = { ...net, zoneCount: 1, publicSubnetIds: net.publicSubnetIds.slice(0, 1), privateSubnetIds: net.privateSubnetIds.slice(0, 1) };
    expect(() => new AutoScaledService(stack, 'web', { network, requiredCapacity: 2, imageId: IMAGE })).toThrow('test/web: invalid network.zoneCount 1: must be an integer from 2 to 16');
  });

  test('subnet count not matching the zones', () => {
    const { stack } = testStack();
    const net = plainNetwork();
    const network = { ...net, privateSubnetIds: net.privateSubnetIds.slice(0, 2) };
    expect(() => new AutoScaledService(stack, 'web', { network, requiredCapacity: 2, imageId: IMAGE })).toThrow(
      `test/web: invalid network.privateSubnetIds ${JSON.stringify(network.privateSubnetIds)}: must have exactly 3 item(s), one per zone of network.zoneCount (got 2)`,
    );
  });
});

describe('AutoScaledService: one construct shape (issue 9)', () => {
  const STEP = { metric: { namespace: 'A', metricName: 'B', dimensions: {}, statistic: 'Sum' }, threshold: 1, steps: [{ lowerBound: 0, change: 1 }] };

  test('a token minCapacity without maxCapacity carries the token into max_size (not 1)', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { zoneCount: 3, alarms: { natPortAllocationErrors: { enabled: false } } });
    const min = new TerraformVariable(stack, 'min', { type: 'number' }).numberValue;
    new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: IMAGE, minCapacity: min, alarmRouting: new FakeRouting() });
    const asg = values(synthJson(stack), 'aws_autoscaling_group')[0];
    expect(asg.min_size).toBe('${var.min}');
    expect(asg.max_size).toBe('${max((var.min * 2), 4)}');
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('an id with capitals gives a lower-cased load balancer name, not a garbled one', () => {
    const { json } = build({}, 3);
    expect(values(json, 'aws_lb')[0].name).toBe('test-web');
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { alarms: { natPortAllocationErrors: { enabled: false } } });
    new AutoScaledService(stack, 'WebApp', { network, requiredCapacity: 2, imageId: IMAGE });
    expect(values(synthJson(stack), 'aws_lb')[0].name).toBe('test-webapp');
  });

  test('two services whose load balancer names normalise to one name fail naming both paths', () => {
    const { stack } = testStack();
    const network = new MultiAzNetwork(stack, 'net', { alarms: { natPortAllocationErrors: { enabled: false } } });
    new AutoScaledService(stack, 'api.v1', { network, requiredCapacity: 2, imageId: IMAGE });
    expect(() => new AutoScaledService(stack, 'API-v1', { network, requiredCapacity: 2, imageId: IMAGE })).toThrow(
      'test/API-v1: Load balancer name "test-api-v1" is already used by test/api.v1',
    );
  });

  test('valid input accepted: an AWS managed policy ARN, a post-quantum TLS policy, a Graviton instance type', () => {
    const { json } = build({
      managedPolicyArns: ['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', 'arn:aws:iam::111111111111:policy/app'],
      certificateArn: CERT,
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09',
      instanceType: 'c7gn.16xlarge',
    });
    expect(values(json, 'aws_iam_role_policy_attachment').map((a) => a.policy_arn)).toEqual(['arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore', 'arn:aws:iam::111111111111:policy/app']);
    expect(values(json, 'aws_lb_listener').find((l) => l.port === 443).ssl_policy).toBe('ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09');
  });

  test('user data and recurrence are user text: ${ reaches Terraform escaped', () => {
    const { json } = build({
      userData: '#!/bin/bash\necho ${HOME} %{x}',
      tags: { owner: 'team/web' },
      scheduledScaling: [{ name: 'peak', recurrence: '0 7 * * MON-FRI', desiredCapacity: 8 }],
    });
    expect(values(json, 'aws_launch_template')[0].user_data).toBe('${base64encode("#!/bin/bash\\necho $${HOME} %%{x}")}');
    expect(values(json, 'aws_autoscaling_group')[0].tag).toEqual(expect.arrayContaining([{ key: 'owner', value: 'team/web', propagate_at_launch: true }]));
    expect(values(json, 'aws_launch_template')[0].tag_specifications[0].tags.owner).toBe('team/web');
  });

  test('a tag value with ${ is refused at synth: the load balancer takes only letters, digits, spaces and _ . : / = + - @ (ELB API Reference, "Tag")', () => {
    expectInvalidProp(() => build({ tags: { owner: '${team}' } }), /invalid tags\.owner "\$\$\{team\}": the value has a character outside the set: Elastic Load Balancing \(aws_lb/);
  });

  test.each<[string, unknown, string]>([
    ['missing imageId', { imageId: undefined }, 'test/web: invalid imageId undefined: is required'],
    ['short AMI id', { imageId: 'ami-123' }, 'test/web: invalid imageId "ami-123": must be an AMI id'],
    ['instance type without a size', { instanceType: 'large' }, 'test/web: invalid instanceType "large": must be an EC2 instance type family.size'],
    ['instance types item', { instanceTypes: ['m6i.large', 'huge'] }, 'test/web: invalid instanceTypes[1] "huge"'],
    ['unknown TLS policy', { certificateArn: CERT, sslPolicy: 'TLS-1-3' }, 'test/web: invalid sslPolicy "TLS-1-3": must be one of "ELBSecurityPolicy-TLS13-1-2-2021-06"'],
    ['a TLS policy without a certificate', { sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }, 'test/web: invalid sslPolicy "ELBSecurityPolicy-TLS13-1-2-2021-06": applies only with certificateArn'],
    ['CIDR octet above 255', { allowedCidrs: ['999.1.1.0/24'] }, 'test/web: invalid allowedCidrs[0] "999.1.1.0/24": must be an IPv4 CIDR block such as 10.0.0.0/16'],
    ['CIDR with host bits', { allowedCidrs: ['10.0.0.1/8'] }, 'test/web: invalid allowedCidrs[0] "10.0.0.1/8": must be a network address: host bits are set (did you mean 10.0.0.0/8?)'],
    ['repeated CIDR', { allowedCidrs: ['10.0.0.0/8', '10.0.0.0/8'] }, 'test/web: invalid allowedCidrs[1] "10.0.0.0/8": must not repeat an earlier item (allowedCidrs[0])'],
    ['CIDRs a string', { allowedCidrs: '10.0.0.0/8' }, 'test/web: invalid allowedCidrs "10.0.0.0/8": must be a list (got a string)'],
    ['instance types a string', { instanceTypes: 'm6i.large' }, 'test/web: invalid instanceTypes "m6i.large": must be a list (got a string)'],
    ['repeated managed policy', { managedPolicyArns: ['arn:aws:iam::aws:policy/A', 'arn:aws:iam::aws:policy/A'] }, 'test/web: invalid managedPolicyArns[1] "arn:aws:iam::aws:policy/A": must not repeat'],
    ['managed policy not a policy', { managedPolicyArns: ['arn:aws:iam::aws:role/A'] }, 'test/web: invalid managedPolicyArns[0] "arn:aws:iam::aws:role/A": must be an IAM managed policy ARN'],
    ['port a string', { port: '80' }, 'test/web: invalid port "80"'],
    ['deletion protection "false"', { loadBalancerDeletionProtection: 'false' }, 'test/web: invalid loadBalancerDeletionProtection "false": must be true or false (got a string)'],
    ['scheduled scaling an object', { scheduledScaling: { name: 'x' } }, 'test/web: invalid scheduledScaling {"name":"x"}: must be a list (got an object)'],
    ['repeated schedule name', { scheduledScaling: [{ name: 'x', recurrence: '0 1 * * *', desiredCapacity: 6 }, { name: 'x', recurrence: '0 2 * * *', desiredCapacity: 7 }] }, 'test/web: invalid scheduledScaling[1].name "x": must be unique'],
    ['step metric statistic', { stepScaling: { ...STEP, metric: { ...STEP.metric, statistic: 'Avg' } } }, 'test/web: invalid stepScaling.metric.statistic "Avg"'],
    ['step change a string', { stepScaling: { ...STEP, steps: [{ lowerBound: 0, change: '1' }] } }, 'test/web: invalid stepScaling.steps[0].change "1"'],
    ['requiredCapacity null', { requiredCapacity: null }, 'test/web: invalid requiredCapacity null'],
    ['bucket name with capitals', { accessLogsBucket: 'My_Logs' }, 'test/web: invalid accessLogsBucket "My_Logs": must be an S3 bucket name'],
    // ELB User Guide, "Enable access logs for your Application Load Balancer": the prefix must not include AWSLogs.
    ['an access-log prefix with AWSLogs', { accessLogsBucket: 'my-alb-logs', accessLogsPrefix: 'web/AWSLogs' }, 'test/web: invalid accessLogsPrefix "web/AWSLogs": must be a key prefix of S3-safe characters'],
    ['an access-log prefix with a leading slash', { accessLogsBucket: 'my-alb-logs', accessLogsPrefix: '/web' }, 'test/web: invalid accessLogsPrefix "/web"'],
    ['an access-log prefix with an empty part', { accessLogsBucket: 'my-alb-logs', accessLogsPrefix: 'prod//web' }, 'test/web: invalid accessLogsPrefix "prod//web"'],
    ['an access-log prefix without a bucket', { accessLogsPrefix: 'prod/web' }, 'test/web: invalid accessLogsPrefix "prod/web": applies only with accessLogsBucket'],
    ['misspelt prop', { minCapactiy: 6 }, 'test/web: unknown prop minCapactiy (did you mean minCapacity?)'],
  ])('%s is an InvalidPropError', (_name, props, message) => {
    expectInvalidProp(() => build(props as Partial<AutoScaledServiceProps>), message);
  });

  test('a token requiredCapacity or zone count is refused: the headroom is computed from them', () => {
    const { stack } = testStack();
    const n = new TerraformVariable(stack, 'n', { type: 'number' }).numberValue;
    const network = { ...plainNetwork(), zoneCount: n };
    expect(() => new AutoScaledService(stack, 'a', { network, requiredCapacity: 2, imageId: IMAGE })).toThrow('test/a: invalid network.zoneCount ${var.n} (a token): must be known at synth');
  });
});
