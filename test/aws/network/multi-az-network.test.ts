import { TerraformStack, TerraformVariable } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { checkStack } from '../../../src/checks';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { MultiAzNetwork, MultiAzNetworkProps } from '../../../src/aws/network/multi-az-network';
import { annotations, expectInvalidProp, refTo, resourcesOf, schemaErrors, synth, synthJson, testStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

function build(props: MultiAzNetworkProps = {}) {
  const { stack } = testStack();
  const net = new MultiAzNetwork(stack, 'net', props);
  return { stack, net, json: synthJson(stack) };
}

describe('MultiAzNetwork defaults', () => {
  const { stack, net, json } = build({ alarmRouting: new FakeRouting(), tags: { team: 'payments' } });

  test('three zones from the region, read by index so a short region fails the plan', () => {
    expect(net.zoneCount).toBe(3);
    const subnets = values(json, 'aws_subnet');
    expect(subnets).toHaveLength(9);
    const zonesOf = (tier: string) => subnets.filter((s) => s.tags.Tier === tier).map((s) => s.availability_zone);
    for (const tier of ['public', 'private', 'isolated']) {
      expect(zonesOf(tier)).toEqual([0, 1, 2].map((i) => expect.stringMatching(new RegExp(`^\\$\\{data\\.aws_availability_zones\\.[^.]+\\.names\\.${i}\\}$`))));
    }
    const data = Object.values(json.data!.aws_availability_zones) as any[];
    expect(data).toEqual([expect.objectContaining({ state: 'available' })]);
  });

  test('subnet CIDRs follow the plan; no public IPs on launch', () => {
    const cidrs = (tier: string) => values(json, 'aws_subnet').filter((s) => s.tags.Tier === tier).map((s) => s.cidr_block);
    expect(cidrs('private')).toEqual(['10.0.0.0/19', '10.0.32.0/19', '10.0.64.0/19']);
    expect(cidrs('isolated')).toEqual(net.subnetPlan.subnets.isolated);
    expect(cidrs('public')).toEqual(net.subnetPlan.subnets.public);
    expect(values(json, 'aws_subnet').every((s) => s.map_public_ip_on_launch === false)).toBe(true);
  });

  test('one NAT gateway per zone, each in its own public subnet, each private route table to its own NAT', () => {
    expect(net.natGateways).toHaveLength(3);
    const nats = resourcesOf(json, 'aws_nat_gateway');
    const natNames = Object.keys(nats);
    natNames.forEach((n, i) => expect(nats[n].subnet_id).toBe(refTo(json, 'aws_subnet', `net_public-${i}`)));
    const routes = values(json, 'aws_route').filter((r) => r.nat_gateway_id);
    expect(routes.map((r) => r.nat_gateway_id)).toEqual(natNames.map((n) => `\${aws_nat_gateway.${n}.id}`));
    expect(new Set(routes.map((r) => r.route_table_id)).size).toBe(3);
    expect(net.privateRouteTables).toHaveLength(3);
  });

  test('isolated subnets have no route out; public subnets route to the internet gateway', () => {
    const isolatedRt = refTo(json, 'aws_route_table', 'net_isolated-rt');
    expect(values(json, 'aws_route').filter((r) => r.route_table_id === isolatedRt)).toEqual([]);
    const igwRoutes = values(json, 'aws_route').filter((r) => r.gateway_id);
    expect(igwRoutes).toHaveLength(1);
    expect(igwRoutes[0].destination_cidr_block).toBe('0.0.0.0/0');
  });

  test('gateway endpoints for S3 and DynamoDB on every private and the isolated route table', () => {
    const eps = values(json, 'aws_vpc_endpoint');
    expect(eps.map((e) => e.service_name).sort()).toEqual([
      expect.stringMatching(/^com\.amazonaws\.\$\{data\.aws_region\.[^.]+\.region\}\.dynamodb$/),
      expect.stringMatching(/^com\.amazonaws\.\$\{data\.aws_region\.[^.]+\.region\}\.s3$/),
    ]);
    for (const e of eps) {
      expect(e.vpc_endpoint_type).toBe('Gateway');
      expect(e.route_table_ids).toHaveLength(4);
    }
    expect(net.s3Endpoint).toBeInstanceOf(VpcEndpoint);
  });

  test('flow logs to CloudWatch Logs with a retention and a role only flow logs can assume', () => {
    const log = values(json, 'aws_flow_log')[0];
    expect(log).toMatchObject({ traffic_type: 'ALL', log_destination_type: 'cloud-watch-logs' });
    expect(log.iam_role_arn).toMatch(/^\$\{aws_iam_role\..*\.arn\}$/);
    expect(values(json, 'aws_cloudwatch_log_group')[0].retention_in_days).toBe(365);
    const role = values(json, 'aws_iam_role')[0];
    const trust = JSON.parse(role.assume_role_policy).Statement[0];
    expect(trust.Principal).toEqual({ Service: 'vpc-flow-logs.amazonaws.com' });
    expect(trust.Condition.StringEquals['aws:SourceAccount']).toMatch(/^\$\{data\.aws_caller_identity\..*\.account_id\}$/);
    const policy = JSON.parse(values(json, 'aws_iam_role_policy')[0].policy);
    expect(policy.Statement[0].Action).toContain('logs:PutLogEvents');
  });

  test('a NAT port-allocation alarm per gateway, routed as tickets', () => {
    const alarms = values(json, 'aws_cloudwatch_metric_alarm');
    expect(alarms.map((a) => a.alarm_name)).toEqual([0, 1, 2].map((i) => `test-net-nat-${i}-natPortAllocationErrors`));
    expect(alarms.map((a) => a.dimensions.NatGatewayId)).toEqual(Object.keys(resourcesOf(json, 'aws_nat_gateway')).map((k) => `\${aws_nat_gateway.${k}.id}`));
    for (const a of alarms) {
      expect(a).toMatchObject({ metric_name: 'ErrorPortAllocation', namespace: 'AWS/NATGateway', threshold: 0 });
      expect(a.alarm_actions).toEqual(['arn:aws:sns:eu-west-1:111111111111:alarms-ticket']);
    }
  });

  test('tags on everything, no warnings, exposed ids', () => {
    expect(values(json, 'aws_vpc')[0].tags).toMatchObject({ team: 'payments', ManagedBy: 'cdktf-reliability' });
    expect(values(json, 'aws_nat_gateway').every((n) => n.tags.team === 'payments')).toBe(true);
    expect(annotations(stack)).toEqual([]);
    expect(net.privateSubnetIds).toHaveLength(3);
    expect(net.privateSubnets[0]).toBeInstanceOf(Subnet);
    expect(net.natGateways[0]).toBeInstanceOf(NatGateway);
  });

  test('passes the provider schema check; snapshot', () => {
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });
});

describe('MultiAzNetwork and the reliability rule pack', () => {
  test('defaults with alarm routing: no finding', () => {
    expect(checkStack(build({ alarmRouting: new FakeRouting() }).json, { name: 'test' }).findings).toEqual([]);
  });

  test('without alarm routing the NAT alarms fail REL-CW-5 (every alarm is routed), as the warning says', () => {
    const findings = checkStack(build().json, { name: 'test' }).findings;
    expect(findings.map((f) => `${f.severity} ${f.ruleId}`)).toEqual(Array(3).fill('error REL-CW-5'));
  });
});

describe('MultiAzNetwork options', () => {
  test('explicit zones, single NAT (with a warning) and S3 flow logs', () => {
    const { stack, net, json } = build({
      zones: ['eu-west-1a', 'eu-west-1b'],
      natGateways: 'single',
      flowLogDestination: 's3',
      flowLogBucketArn: 'arn:aws:s3:::flow-logs-bucket/vpc',
    });
    expect(json.data?.aws_availability_zones).toBeUndefined();
    expect(values(json, 'aws_subnet').filter((s) => s.tags.Tier === 'private').map((s) => s.availability_zone)).toEqual(['eu-west-1a', 'eu-west-1b']);
    expect(values(json, 'aws_nat_gateway')).toHaveLength(1);
    const natRoutes = values(json, 'aws_route').filter((r) => r.nat_gateway_id);
    expect(natRoutes).toHaveLength(2);
    expect(new Set(natRoutes.map((r) => r.nat_gateway_id)).size).toBe(1);
    expect(values(json, 'aws_flow_log')[0]).toMatchObject({ log_destination_type: 's3', log_destination: 'arn:aws:s3:::flow-logs-bucket/vpc' });
    expect(values(json, 'aws_iam_role')).toEqual([]);
    expect(annotations(stack)).toEqual([expect.stringContaining('natGateways is "single"'), expect.stringContaining('alarms are created without alarmRouting')]);
    expect(net.flowLogGroup).toBeUndefined();
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test('no NAT, no endpoints, no flow logs: no default routes, warnings say so', () => {
    const { stack, json } = build({ natGateways: 'none', gatewayEndpoints: false, flowLogDestination: 'none', cidr: '10.1.0.0/20', zoneCount: 2 });
    expect(Object.keys(json.resource!)).not.toContain('aws_eip');
    expect(values(json, 'aws_nat_gateway')).toEqual([]);
    expect(values(json, 'aws_route').filter((r) => r.nat_gateway_id)).toEqual([]);
    expect(values(json, 'aws_vpc_endpoint')).toEqual([]);
    expect(values(json, 'aws_flow_log')).toEqual([]);
    expect(values(json, 'aws_cloudwatch_metric_alarm')).toEqual([]);
    expect(annotations(stack)).toEqual([expect.stringContaining('flowLogDestination is "none"')]);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('without routing, one warning for all the NAT alarms', () => {
    const { stack } = build();
    expect(annotations(stack)).toEqual(['test/net: alarms are created without alarmRouting: they notify no one. Pass an AlarmChannel as alarmRouting.']);
  });

  test('alarm overrides reach the NAT alarms; disabled alarms are not created', () => {
    const json = build({ alarms: { natPortAllocationErrors: { threshold: 10, severity: 'page' } }, alarmRouting: new FakeRouting() }).json;
    expect(values(json, 'aws_cloudwatch_metric_alarm').map((a) => [a.threshold, a.alarm_actions[0]])).toEqual(
      Array(3).fill([10, 'arn:aws:sns:eu-west-1:111111111111:alarms-page']),
    );
    expect(values(build({ alarms: { natPortAllocationErrors: { enabled: false } } }).json, 'aws_cloudwatch_metric_alarm')).toEqual([]);
  });
});

describe('MultiAzNetwork bad inputs', () => {
  test.each<[string, MultiAzNetworkProps, string]>([
    ['one zone', { zones: ['eu-west-1a'] }, 'test/net: invalid zones ["eu-west-1a"]: must have 2 to 16 item(s) (got 1)'],
    ['a flow-log bucket without the s3 destination', { flowLogBucketArn: 'arn:aws:s3:::logs' }, 'test/net: invalid flowLogBucketArn "arn:aws:s3:::logs": applies only with flowLogDestination "s3"'],
    ['zone count 1', { zoneCount: 1 }, 'test/net: invalid zoneCount 1: must be an integer from 2 to 16'],
    ['repeated zone', { zones: ['eu-west-1a', 'eu-west-1a'] }, 'test/net: invalid zones[1] "eu-west-1a": must not repeat an earlier item (zones[0])'],
    ['zones and count disagree', { zones: ['eu-west-1a', 'eu-west-1b'], zoneCount: 3 }, 'test/net: invalid zoneCount 3: must match the number of zones given (2)'],
    ['CIDR too small', { cidr: '10.0.0.0/26' }, 'test/net: invalid cidr "10.0.0.0/26": is too small for 3 zone(s)'],
    ['CIDR not a CIDR', { cidr: '10.0.0.0' }, 'test/net: invalid cidr "10.0.0.0": must be an IPv4 CIDR block'],
    // Go's net.ParseCIDR (the provider's cidr_block validator) refuses octets with a leading zero since Go 1.17.
    ['CIDR with a leading-zero octet', { cidr: '10.01.0.0/16' }, 'test/net: invalid cidr "10.01.0.0/16": must be an IPv4 CIDR block such as 10.0.0.0/16 (no leading zeros'],
    ['subnet larger than VPC', { cidr: '10.0.0.0/20', privateSubnetPrefixLength: 19 }, 'test/net: invalid privateSubnetPrefixLength 19'],
    ['unknown NAT mode', { natGateways: 'two' as any }, 'test/net: invalid natGateways "two": must be one of "one-per-zone", "regional", "single", "none"'],
    ['S3 flow logs without a bucket', { flowLogDestination: 's3' }, 'test/net: invalid flowLogBucketArn undefined: is required when flowLogDestination is "s3"'],
    ['bucket ARN not an S3 ARN', { flowLogDestination: 's3', flowLogBucketArn: 'my-bucket' }, 'test/net: invalid flowLogBucketArn "my-bucket"'],
    ['retention CloudWatch does not accept', { flowLogRetentionDays: 10 }, 'test/net: invalid flowLogRetentionDays 10: must be one of 1, 3, 5'],
    ['unknown alarm key', { alarms: { natErrors: {} } as any }, 'unknown prop alarms.natErrors; known: natPortAllocationErrors'],
    ['bad tag', { tags: { 'aws:x': 'y' } }, 'test/net: invalid tags.aws:x'],
  ])('%s', (_name, props, message) => {
    const { stack } = testStack();
    expect(() => new MultiAzNetwork(stack, 'net', props)).toThrow(message);
  });
});

describe('MultiAzNetwork: one construct shape (issue 9)', () => {
  const tokenOf = (stack: TerraformStack, type: string) => new TerraformVariable(stack, 'v', { type });

  test.each<[string, (stack: TerraformStack) => unknown, string]>([
    ['token natGateways', (s) => ({ natGateways: tokenOf(s, 'string').stringValue }), 'invalid natGateways ${var.v} (a token): must be known at synth'],
    ['token cidr', (s) => ({ cidr: tokenOf(s, 'string').stringValue }), 'invalid cidr ${var.v} (a token): must be known at synth'],
    ['token gatewayEndpoints', (s) => ({ gatewayEndpoints: tokenOf(s, 'bool').booleanValue }), 'invalid gatewayEndpoints'],
    ['CIDR octet above 255', () => ({ cidr: '999.1.1.0/24' }), 'test/net: invalid cidr "999.1.1.0/24": must be an IPv4 CIDR block'],
    ['CIDR with host bits', () => ({ cidr: '10.0.0.1/8' }), 'test/net: invalid cidr "10.0.0.1/8": must be a network address: host bits are set (did you mean 10.0.0.0/8?)'],
    ['cidr a number', () => ({ cidr: 10 }), 'test/net: invalid cidr 10: must be a string (got a number)'],
    ['zones a string', () => ({ zones: 'eu-west-1a,eu-west-1b' }), 'test/net: invalid zones "eu-west-1a,eu-west-1b": must be a list (got a string)'],
    ['zones an object', () => ({ zones: { a: 'eu-west-1a' } }), 'test/net: invalid zones {"a":"eu-west-1a"}: must be a list (got an object)'],
    ['zone not a zone name', () => ({ zones: ['eu-west-1a', 'Ireland'] }), 'test/net: invalid zones[1] "Ireland": must be an Availability Zone name such as eu-west-1a'],
    ['zoneCount a string', () => ({ zoneCount: '3' }), 'test/net: invalid zoneCount "3"'],
    ['gatewayEndpoints "false"', () => ({ gatewayEndpoints: 'false' }), 'test/net: invalid gatewayEndpoints "false": must be true or false (got a string)'],
    ['flowLogRetentionDays null', () => ({ flowLogRetentionDays: null }), 'test/net: invalid flowLogRetentionDays null'],
    ['misspelt prop', () => ({ natGateway: 'single' }), 'test/net: unknown prop natGateway (did you mean natGateways?)'],
    ['props null', () => null, 'test/net: invalid props null'],
  ])('%s is an InvalidPropError', (_name, props, message) => {
    const { stack } = testStack();
    expectInvalidProp(() => new MultiAzNetwork(stack, 'net', props(stack) as MultiAzNetworkProps), message);
  });

  test('two networks whose flow-log groups would share a name fail naming both paths', () => {
    const { stack } = testStack();
    new MultiAzNetwork(stack, 'a.b');
    expect(() => new MultiAzNetwork(stack, 'a-b', { alarms: { natPortAllocationErrors: { enabled: false } } })).toThrow(
      'test/a-b: CloudWatch log group name "/vpc/flow-logs/test-a-b" is already used by test/a.b',
    );
  });

  test('alarms by key in alarms (nat-<i>-<key>) and per NAT gateway in natAlarms', () => {
    const { net } = build({ zoneCount: 2, alarmRouting: new FakeRouting() });
    expect(Object.keys(net.alarms)).toEqual(['nat-0-natPortAllocationErrors', 'nat-1-natPortAllocationErrors']);
    expect(net.natAlarms.map((a) => Object.keys(a))).toEqual([['natPortAllocationErrors'], ['natPortAllocationErrors']]);
    expect(net.natAlarms[1].natPortAllocationErrors).toBe(net.alarms['nat-1-natPortAllocationErrors']);
  });

  test('a tag value with ${ is refused at synth: EC2 takes it, the network\'s alarms, role and log bucket do not (core/tag-rules.ts)', () => {
    // EC2 allows any character in tags (EC2 User Guide, "Tag restrictions"); CloudWatch, IAM and S3 do not.
    expect(() => build({ tags: { owner: '${team}' } })).toThrow(/invalid tags\.owner "\$\$\{team\}": the value has a character outside the set/);
  });

  test('a full configuration passes the provider schemas', () => {
    const { stack } = build({ zones: ['eu-west-1a', 'eu-west-1b'], natGateways: 'single', flowLogKmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/k', tags: { a: 'b' } });
    expect(schemaErrors(stack)).toEqual([]);
  });
});

describe('MultiAzNetwork: values that must agree (issue 21, item 5)', () => {
  test.each<[string, MultiAzNetworkProps, string]>([
    // Amazon EC2 User Guide, "Regions and Zones": a zone's name is its Region's code and a letter (eu-west-1a); EC2 creates
    // a subnet only in a zone of the Region it is called in.
    ['a zone of another Region than the provider (eu-west-1)', { zones: ['eu-west-1a', 'us-east-1b'] }, 'test/net: invalid zones[1] "us-east-1b": must be a zone of eu-west-1, the provider\'s Region'],
    ['a zone of a Region whose name extends the provider\'s', { zones: ['eu-west-1a', 'eu-west-12a'] }, 'invalid zones[1] "eu-west-12a": must be a zone of eu-west-1'],
    // CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS": the key is in the log group's Region.
    ['a flow-log key of another Region', { flowLogKmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555' }, 'test/net: invalid flowLogKmsKeyArn "arn:aws:kms:us-east-1:111111111111:key/11111111-2222-3333-4444-555555555555": must be in eu-west-1, the resource\'s Region (it is in us-east-1)'],
    ['a flow-log key of another partition', { flowLogKmsKeyArn: 'arn:aws-cn:kms:cn-north-1:111111111111:key/k' }, 'must be an ARN of the aws partition, where the resource is (eu-west-1)'],
    // The key encrypts the CloudWatch log group; with S3 or no flow logs there is none, and the key would be dropped silently.
    ['a flow-log key with S3 flow logs', { flowLogDestination: 's3', flowLogBucketArn: 'arn:aws:s3:::logs', flowLogKmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/k' }, 'test/net: invalid flowLogKmsKeyArn "arn:aws:kms:eu-west-1:111111111111:key/k": applies only with flowLogDestination "cloudwatch-logs"'],
  ])('%s is refused', (_name, props, message) => {
    const { stack } = testStack();
    expectInvalidProp(() => new MultiAzNetwork(stack, 'net', props), message);
  });

  test('a Local Zone of the provider\'s Region is a zone of it', () => {
    const { stack } = testStack();
    new MultiAzNetwork(stack, 'net', { zones: ['eu-west-1a', 'eu-west-1-lhr-1a'] });
    expect(values(synthJson(stack), 'aws_subnet').map((s: any) => s.availability_zone)).toContain('eu-west-1-lhr-1a');
  });

  test('a provider of a Region AWS does not have is refused, naming the provider the network falls back to (AWS General Reference, Regions)', () => {
    const { app } = testStack();
    const stack = new TerraformStack(app, 'other');
    new AwsProvider(stack, 'aws', { region: 'eu-west-9' });
    const error = expectInvalidProp(() => new MultiAzNetwork(stack, 'net'), 'other/net: invalid provider "eu-west-9": must be an AWS Region (the region of other/aws, the provider this construct uses when no provider is given): "eu-west-9" is none (did you mean "eu-west-1"?)');
    expect(error.prop).toBe('provider');
  });
});

describe('MultiAzNetwork security defaults (issue 27.5)', () => {
  const { net, json } = build();

  // CloudWatch Logs User Guide, "Encrypt log data in CloudWatch Logs using AWS KMS": the Regional logs principal,
  // limited by kms:EncryptionContext:aws:logs:arn to the one log group.
  test('the flow-log group is encrypted with a customer-managed key that CloudWatch Logs may use for that group only', () => {
    const group = onlyValue(json, 'aws_cloudwatch_log_group');
    expect(group.kms_key_id).toBe(refTo(json, 'aws_kms_key', 'net_flow-log-key', 'arn'));
    const key = onlyValue(json, 'aws_kms_key');
    expect(key.enable_key_rotation).toBe(true);
    const logs = JSON.parse(key.policy).Statement.find((s: any) => s.Sid === 'CloudWatchLogsUsesItForTheFlowLogs');
    expect(logs.Principal).toEqual({ Service: 'logs.eu-west-1.amazonaws.com' });
    expect(logs.Condition.ArnEquals['kms:EncryptionContext:aws:logs:arn']).toMatch(/^arn:\$\{data\.aws_partition\.[^}]+\}:logs:eu-west-1:\$\{data\.aws_caller_identity\.[^}]+\}:log-group:\/vpc\/flow-logs\/test-net$/);
    expect(net.flowLogKey).toBeDefined();
  });

  test('a key the user gives is used instead, and none is created', () => {
    const { json: given } = build({ flowLogKmsKeyArn: 'arn:aws:kms:eu-west-1:111111111111:key/k' });
    expect(onlyValue(given, 'aws_cloudwatch_log_group').kms_key_id).toBe('arn:aws:kms:eu-west-1:111111111111:key/k');
    expect(resourcesOf(given, 'aws_kms_key')).toEqual({});
  });

  test('no key without a log group (S3 flow logs)', () => {
    const { json: s3 } = build({ flowLogDestination: 's3', flowLogBucketArn: 'arn:aws:s3:::logs' });
    expect(resourcesOf(s3, 'aws_kms_key')).toEqual({});
  });

  // aws_default_security_group: adopting the group removes all its rules; AWS Security Hub control EC2.2.
  test('the default security group is adopted with no ingress or egress rule', () => {
    const sg = onlyValue(json, 'aws_default_security_group');
    expect(sg.vpc_id).toBe(refTo(json, 'aws_vpc', 'net_vpc', 'id'));
    expect(sg.ingress).toBeUndefined();
    expect(sg.egress).toBeUndefined();
    expect(net.defaultSecurityGroup.terraformResourceType).toBe('aws_default_security_group');
  });

  test('the network passes REL-VPC-3 and REL-VPC-4', () => {
    const findings = checkStack(json).findings.filter((f) => f.ruleId === 'REL-VPC-3' || f.ruleId === 'REL-VPC-4');
    expect(findings).toEqual([]);
  });
});

function onlyValue(json: ReturnType<typeof synthJson>, type: string): any {
  const all = values(json, type);
  if (all.length !== 1) throw new Error(`expected one ${type}, found ${all.length}`);
  return all[0];
}
