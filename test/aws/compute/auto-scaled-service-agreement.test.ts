import { TerraformVariable } from 'cdktf';
import { AutoScaledService, AutoScaledServiceProps } from '../../../src/aws/compute/auto-scaled-service';
import { MultiAzNetwork } from '../../../src/aws/network/multi-az-network';
import { annotations, expectInvalidProp, plainNetwork, schemaErrors, synthJson, testStack, values } from '../../harness';
import { FakeRouting } from '../test-helpers';

/**
 * Issue 21 for AutoScaledService: AWS limits, values that must agree, ids and
 * user text that reach Terraform. Each case names the AWS page it follows.
 */

const IMAGE = 'ami-0123456789abcdef0';
const CERT = 'arn:aws:acm:eu-west-1:111111111111:certificate/0b7b4f4e-1111-2222-3333-444455556666';

function build(props: Partial<AutoScaledServiceProps> = {}) {
  const { stack } = testStack();
  const svc = new AutoScaledService(stack, 'web', { network: plainNetwork(), requiredCapacity: 4, imageId: IMAGE, alarmRouting: new FakeRouting(), ...props });
  return { stack, svc, json: synthJson(stack) };
}

function refused(props: Partial<AutoScaledServiceProps>, ...messages: string[]) {
  const { stack } = testStack();
  return expectInvalidProp(() => new AutoScaledService(stack, 'web', { network: plainNetwork(), requiredCapacity: 4, imageId: IMAGE, ...props }), ...messages);
}

describe('AutoScaledService: AWS limits (issue 21, item 4)', () => {
  // EC2 Auto Scaling API Reference, PredictiveScalingConfiguration: SchedulingBufferTime "must be less than the forecast
  // interval duration of 3600 seconds (60 minutes)".
  test('predictive scaling: a scheduling buffer of 3600 s is refused, 3599 s is written', () => {
    refused({ predictiveScaling: { schedulingBufferSeconds: 3600 } }, 'test/web: invalid predictiveScaling.schedulingBufferSeconds 3600: must be an integer from 0 to 3599');
    const policy = values(build({ predictiveScaling: { schedulingBufferSeconds: 3599 } }).json, 'aws_autoscaling_policy').find((p: any) => p.policy_type === 'PredictiveScaling');
    expect(policy.predictive_scaling_configuration.scheduling_buffer_time).toBe('3599');
  });

  test('predictive scaling: a token buffer reaches the string argument as its expression, not as the number encoding it', () => {
    const { stack } = testStack();
    const buffer = new TerraformVariable(stack, 'buffer', { type: 'number' }).numberValue;
    new AutoScaledService(stack, 'web', { network: plainNetwork(), requiredCapacity: 4, imageId: IMAGE, predictiveScaling: { schedulingBufferSeconds: buffer, maxCapacityBufferPercent: buffer } });
    const policy = values(synthJson(stack), 'aws_autoscaling_policy').find((p: any) => p.policy_type === 'PredictiveScaling');
    expect(policy.predictive_scaling_configuration).toMatchObject({ scheduling_buffer_time: '${var.buffer}', max_capacity_buffer: '${var.buffer}' });
    expect(schemaErrors(stack)).toEqual([]);
  });

  // Amazon EC2 User Guide, "Run commands when you launch an EC2 instance with user data input": at most 16 KB, raw, before base64.
  test('user data over 16 KB (bytes, not characters) is refused', () => {
    refused({ userData: 'é'.repeat(8193) }, 'test/web: invalid userData', 'must be at most 16384 bytes before base64 (it has 16386)');
    expect(() => build({ userData: 'x'.repeat(16384) })).not.toThrow();
  });

  // Amazon VPC User Guide, "Amazon VPC quotas": 60 inbound rules per security group by default (adjustable).
  test('allowed CIDRs whose rules pass the default security-group quota get a warning (two listener ports with a certificate)', () => {
    const cidrs = Array.from({ length: 31 }, (_, i) => `10.${i}.0.0/16`);
    const { stack } = build({ certificateArn: CERT, allowedCidrs: cidrs });
    expect(annotations(stack)).toContainEqual(expect.stringContaining('allowedCidrs: 31 CIDR blocks x 2 listener ports make 62 inbound rules'));
    expect(annotations(build({ certificateArn: CERT, allowedCidrs: cidrs.slice(0, 30) }).stack).filter((a) => a.includes('inbound rules'))).toEqual([]);
  });
});

describe('AutoScaledService: values that must agree (issue 21, item 5)', () => {
  test.each<[string, Partial<AutoScaledServiceProps>, string]>([
    // "Desired capacity: N must be between the specified min size and max size" (EC2 Auto Scaling ValidationError;
    // EC2 Auto Scaling User Guide, "Scheduled scaling").
    ['a scheduled desired capacity below the action\'s minimum', { scheduledScaling: [{ name: 'peak', recurrence: '0 8 * * *', minCapacity: 8, desiredCapacity: 7 }] }, 'test/web: invalid scheduledScaling[0].desiredCapacity 7: must be at least minCapacity 8'],
    ['a scheduled desired capacity above the action\'s maximum', { scheduledScaling: [{ name: 'peak', recurrence: '0 8 * * *', maxCapacity: 10, desiredCapacity: 11 }] }, 'test/web: invalid scheduledScaling[0].desiredCapacity 11: must be at most maxCapacity 10'],
    ['a scheduled minimum above its maximum', { scheduledScaling: [{ name: 'peak', recurrence: '0 8 * * *', minCapacity: 9, maxCapacity: 8 }] }, 'test/web: invalid scheduledScaling[0].minCapacity 9: must not exceed maxCapacity 8'],
    // EC2 Auto Scaling raises the group's maximum to the on-demand base of a mixed instances group: maxCapacity would not hold.
    ['an on-demand base above the maximum', { instanceTypes: ['m6i.large', 'm5.large'], maxCapacity: 8, onDemandBaseCapacity: 9 }, 'test/web: invalid onDemandBaseCapacity 9: must be at most maxCapacity (8)'],
    ['an on-demand base above the default maximum (twice the minimum)', { instanceTypes: ['m6i.large'], onDemandBaseCapacity: 13 }, 'invalid onDemandBaseCapacity 13: must be at most maxCapacity (12)'],
    // ACM User Guide: a load balancer uses a certificate of its own Region; KMS keys are Regional (KMS Developer Guide).
    ['a certificate of another Region', { certificateArn: 'arn:aws:acm:us-east-1:111111111111:certificate/x' }, 'test/web: invalid certificateArn "arn:aws:acm:us-east-1:111111111111:certificate/x": must be in eu-west-1, the resource\'s Region (it is in us-east-1)'],
    ['an EBS key of another Region', { ebsKmsKeyArn: 'arn:aws:kms:us-east-1:111111111111:key/k' }, 'test/web: invalid ebsKmsKeyArn "arn:aws:kms:us-east-1:111111111111:key/k": must be in eu-west-1'],
    // IAM User Guide, "IAM identifiers": IAM is global within a partition.
    ['a managed policy of another partition', { managedPolicyArns: ['arn:aws-cn:iam::aws:policy/ReadOnlyAccess'] }, 'test/web: invalid managedPolicyArns[0] "arn:aws-cn:iam::aws:policy/ReadOnlyAccess": must be an ARN of the aws partition'],
  ])('%s is refused', (_name, props, message) => {
    refused(props, message);
  });

  test('a scheduled action within its own sizes synthesizes, and the desired capacity is written', () => {
    const { json } = build({ scheduledScaling: [{ name: 'peak', recurrence: '0 8 * * *', minCapacity: 8, maxCapacity: 20, desiredCapacity: 10 }] });
    expect(values(json, 'aws_autoscaling_schedule')[0]).toMatchObject({ min_size: 8, max_size: 20, desired_capacity: 10 });
  });

  // Go's net.ParseCIDR (the provider's validator) refuses octets with a leading zero since Go 1.17 (core/cidr.ts).
  test('an allowed CIDR with a leading zero is refused by the one CIDR parser', () => {
    refused({ allowedCidrs: ['10.01.0.0/16'] }, 'test/web: invalid allowedCidrs[0] "10.01.0.0/16"', 'no leading zeros');
  });
});

describe('AutoScaledService: the network prop (one spec for every construct that takes a network)', () => {
  test.each<[string, Record<string, unknown>, string]>([
    // EC2 User Guide, "Resource IDs": vpc- and subnet- ids have 8 or 17 hexadecimal digits.
    ['a VPC id Terraform would evaluate', { vpcId: '${var.injected}' }, 'test/web: invalid network.vpcId "${var.injected}": must be a VPC id such as vpc-0123456789abcdef0'],
    ['a VPC id of 9 digits', { vpcId: 'vpc-012345678' }, 'invalid network.vpcId "vpc-012345678"'],
    ['a subnet id in capitals', { privateSubnetIds: ['subnet-0A000000000000001', 'subnet-0a000000000000002', 'subnet-0a000000000000003'] }, 'invalid network.privateSubnetIds[0] "subnet-0A000000000000001"'],
    ['a subnet listed twice', { publicSubnetIds: ['subnet-0a000000000000001', 'subnet-0a000000000000001', 'subnet-0a000000000000003'] }, 'invalid network.publicSubnetIds[1] "subnet-0a000000000000001": must not repeat an earlier item (network.publicSubnetIds[0])'],
    ['a misspelt field', { privateSubnetId: ['subnet-0a000000000000001'] }, 'unknown prop network.privateSubnetId (did you mean privateSubnetIds?)'],
    ['a zone count of 17', { zoneCount: 17 }, 'invalid network.zoneCount 17: must be an integer from 2 to 16'],
  ])('%s is refused', (_name, change, message) => {
    refused({ network: { ...plainNetwork(), ...change } as never }, message);
  });

  test('8-digit ids, references and a MultiAzNetwork are accepted; the ids land as given', () => {
    const { stack } = testStack();
    const subnets = new TerraformVariable(stack, 'subnets', { type: 'list(string)' }).listValue;
    const network = { ...plainNetwork(), vpcId: 'vpc-0123abcd', publicSubnetIds: subnets };
    new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: IMAGE });
    new AutoScaledService(stack, 'other', { network: new MultiAzNetwork(stack, 'net'), requiredCapacity: 4, imageId: IMAGE });
    const json = synthJson(stack);
    expect(values(json, 'aws_lb_target_group').map((t: any) => t.vpc_id)).toContain('vpc-0123abcd');
    expect(values(json, 'aws_lb').map((l: any) => l.subnets)).toContain('${var.subnets}');
  });
});

describe('AutoScaledService: user text stays text (issue 21, item 3)', () => {
  test('a step metric\'s name and dimension values reach the alarm escaped; a namespace with "$" is refused (CloudWatch namespaces: letters, digits, . - _ / # : and spaces)', () => {
    const { json } = build({
      stepScaling: { metric: { namespace: 'App/Queues', metricName: 'depth %{ if true }', dimensions: { Queue: '${q}' }, statistic: 'Average' }, threshold: 10, steps: [{ lowerBound: 0, change: 1 }] },
    });
    const alarm = values(json, 'aws_cloudwatch_metric_alarm').find((a: any) => a.alarm_name.endsWith('step-scale-out'));
    expect(alarm).toMatchObject({ namespace: 'App/Queues', metric_name: 'depth %%{ if true }', dimensions: { Queue: '$${q}' } });
    expect(() =>
      build({ stepScaling: { metric: { namespace: 'App/${x}', metricName: 'depth', dimensions: {}, statistic: 'Average' }, threshold: 10, steps: [{ lowerBound: 0, change: 1 }] } }),
    ).toThrow('invalid stepScaling.metric.namespace "App/${x}": must be a namespace');
  });

  test('an alarm name read from a rollback ARN reaches the alarm specification escaped', () => {
    const { json } = build({ rollbackAlarms: ['arn:aws:cloudwatch:eu-west-1:111111111111:alarm:slo-${x}'] });
    expect(values(json, 'aws_autoscaling_group')[0].instance_refresh.preferences.alarm_specification.alarms).toContain('slo-$${x}');
  });
});
