import { AutoScaledService, AutoScaledServiceProps } from '../../../src/aws/compute/auto-scaled-service';
import { FakeRouting, plainNetwork } from '../../harness';
import { contractSuite, SUBJECT } from '../../kit/contract';
import { alarmsKind, networkKind } from '../../kit/hostile';

const ALARM_KEYS = ['elb5xxRate', 'target5xxRate', 'unhealthyHosts', 'noHealthyHosts', 'targetResponseTime'];

contractSuite<AutoScaledServiceProps>({
  construct: 'AutoScaledService',
  aws: true,
  alarmKeys: ALARM_KEYS,
  build: (stack, overrides) =>
    new AutoScaledService(stack, SUBJECT, {
      network: plainNetwork(),
      requiredCapacity: 4,
      imageId: 'ami-0123456789abcdef0',
      alarmRouting: new FakeRouting(),
      ...overrides,
    } as AutoScaledServiceProps),
  props: {
    network: networkKind(['vpcId', 'zoneCount', 'publicSubnetIds', 'privateSubnetIds']),
    requiredCapacity: 'integer',
    imageId: 'name',
    instanceType: 'name',
    minCapacity: 'integer',
    maxCapacity: 'integer',
    allowBelowZoneHeadroom: 'boolean',
    userData: 'string',
    port: 'integer',
    healthCheckPath: 'string',
    certificateArn: 'arn',
    sslPolicy: 'name',
    accessLogsBucket: 'name',
    allowedCidrs: 'cidrList',
    loadBalancerDeletionProtection: 'boolean',
    rootVolumeSizeGiB: 'integer',
    rootDeviceName: 'name',
    ebsKmsKeyArn: 'arn',
    managedPolicyArns: 'arnList',
    healthCheckGracePeriodSeconds: 'integer',
    instanceRefreshMinHealthyPercentage: 'integer',
    instanceTypes: 'stringList',
    onDemandBaseCapacity: 'integer',
    onDemandPercentageAboveBaseCapacity: 'integer',
    cpuTargetPercent: 'number',
    requestsPerTarget: 'number',
    stepScaling: {
      object: { metric: 'reference', threshold: 'number', steps: { list: { lowerBound: 'number', upperBound: 'number', change: 'integer' }, valid: [{ lowerBound: 0, change: 1 }] }, periodSeconds: 'integer' },
      valid: { metric: { namespace: 'AWS/SQS', metricName: 'ApproximateNumberOfMessagesVisible', dimensions: { QueueName: 'jobs' }, statistic: 'Average' }, threshold: 100, steps: [{ lowerBound: 0, change: 1 }] },
    },
    scheduledScaling: {
      list: { name: 'name', recurrence: 'name', timeZone: 'name', minCapacity: 'integer', maxCapacity: 'integer', desiredCapacity: 'integer' },
      valid: [{ name: 'business-hours', recurrence: '0 8 * * MON-FRI', minCapacity: 6 }],
    },
    rollbackAlarms: 'arnList',
    predictiveScaling: {
      object: { mode: { enum: ['ForecastOnly', 'ForecastAndScale'] }, metric: { enum: ['cpu', 'requests', 'network-in', 'network-out'] }, targetValue: 'number', schedulingBufferSeconds: 'integer', maxCapacityBufferPercent: 'integer' },
      valid: { mode: 'ForecastOnly' },
    },
    zonalShift: 'boolean',
    alarmRouting: 'reference',
    alarms: alarmsKind(ALARM_KEYS),
    tags: 'stringMap',
  },
});
