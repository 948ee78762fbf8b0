import { capacityOf } from '../../src/checks/capacity';
import { formatReport, reportStack } from '../../src/checks/report';
import { TerraformJsonStack } from '../../src/checks/stack';
import { AutoScaledService } from '../../src/aws/compute/auto-scaled-service';
import { MultiAzNetwork } from '../../src/aws/network/multi-az-network';
import { synthJson, testStack } from '../harness';

test('the report shows zone-loss headroom and scaling limits of an AutoScaledService', () => {
  const { stack } = testStack();
  const network = new MultiAzNetwork(stack, 'net', { zoneCount: 3, alarms: { natPortAllocationErrors: { enabled: false } } });
  new AutoScaledService(stack, 'web', { network, requiredCapacity: 4, imageId: 'ami-0123456789abcdef0', requestsPerTarget: 800, predictiveScaling: {} });
  const report = reportStack(TerraformJsonStack.fromJson(synthJson(stack), 'web'));
  expect(report.capacity).toEqual([
    {
      address: expect.stringMatching(/^aws_autoscaling_group\.web_asg/),
      zones: 3,
      minSize: 6,
      maxSize: 12,
      required: 4,
      afterZoneLoss: 4,
      zoneLossHeadroom: 0,
      policies: ['PredictiveScaling (ForecastOnly)', 'TargetTrackingScaling', 'TargetTrackingScaling'],
    },
  ]);
  const text = formatReport([report], 'markdown');
  expect(text).toContain('### Capacity');
  expect(text).toMatch(/\| aws_autoscaling_group\.web_asg_\w+ \| 3 \| 6 \| 12 \| 4 \| 4 \| \+0 \| PredictiveScaling \(ForecastOnly\), TargetTrackingScaling, TargetTrackingScaling \|/);
});

test('a hand-written group below its zone-loss headroom reads short; unknowns read "?"', () => {
  const stack = TerraformJsonStack.fromJson({
    resource: {
      aws_autoscaling_group: {
        thin: { min_size: 3, max_size: 6, vpc_zone_identifier: ['a', 'b', 'c'], tag: [{ key: 'capacity:required', value: '3', propagate_at_launch: true }] },
        unknown: { min_size: '${var.min}', max_size: 4, vpc_zone_identifier: '${var.subnets}' },
      },
      aws_autoscaling_policy: { step: { autoscaling_group_name: '${aws_autoscaling_group.thin.name}', policy_type: 'StepScaling' } },
    },
  });
  const [thin, unknown] = capacityOf(stack);
  expect(thin).toEqual({ address: 'aws_autoscaling_group.thin', zones: 3, minSize: 3, maxSize: 6, required: 3, afterZoneLoss: 2, zoneLossHeadroom: -1, policies: ['StepScaling'] });
  expect(unknown).toEqual({ address: 'aws_autoscaling_group.unknown', maxSize: 4, policies: [] });
  const text = formatReport([reportStack(stack)], 'text');
  expect(text).toContain('-1 (short)');
  expect(text).toMatch(/aws_autoscaling_group\.unknown\s+\|?\s*\?/);
});

test('a stack without Auto Scaling groups has no capacity section', () => {
  const text = formatReport([reportStack(TerraformJsonStack.fromJson({ resource: { aws_sns_topic: { t: {} } } }))], 'text');
  expect(text).not.toContain('Capacity');
});
