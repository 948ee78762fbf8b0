import { AutoscalingGroup, AutoscalingGroupTag } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { AutoscalingSchedule } from '@cdktf/provider-aws/lib/autoscaling-schedule';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { serviceRole } from '../common/service-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Annotations, Fn, Token } from 'cdktf';
import { Construct } from 'constructs';
import { evaluationRangeProblem, periodProblem } from '../../core/cloudwatch-limits';
import { recordOptOut } from '../../checks/opt-out';
import { InvalidPropError, isUnresolved } from '../../core/errors';
import { physicalName } from '../../core/naming';
import { checkTags, MANAGED_BY_TAG, MANAGED_BY_VALUE, tagConstruct } from '../../core/tags';
import { checkArn, checkCount, checkNonEmpty, checkNumber, checkPattern } from '../../core/validation';
import { IMultiAzNetwork } from '../network/multi-az-network';
import { IAlarmRouting } from '../common/alarm-routing';
import { checkAlarmOverrideKeys, ResourceAlarmMetric, ResourceAlarmOverride, resourceAlarms } from '../common/resource-alarm';
import { ZoneHeadroom, zoneHeadroom } from './zone-capacity';
// Reliability automation (issue 14): rollback on SLO alarms, predictive scaling, capacity tags.
import { AlarmReference } from '../resilience/alarm-reference';
import { capacityTags } from './capacity-tags';
import { PredictiveScaling, predictiveScalingPolicy } from './predictive-scaling';
import { RollbackAlarms } from './rollback';

/** Alarms an {@link AutoScaledService} creates. Each can be tuned or turned off. */
export interface AutoScaledServiceAlarms {
  /**
   * Load balancer 5xx responses (`HTTPCode_ELB_5XX_Count` / `RequestCount`, per minute) as a percentage of requests:
   * the ALB itself fails requests (no healthy targets, timeouts). Unit: percent.
   * @default - above 5 percent for 5 of 5 minutes, ticket
   */
  readonly elb5xxRate?: ResourceAlarmOverride;
  /**
   * Target 5xx responses (`HTTPCode_Target_5XX_Count` / `RequestCount`, per minute) as a percentage of requests:
   * the application fails. Also rolls back an instance refresh. Unit: percent.
   * @default - above 5 percent for 5 of 5 minutes, ticket
   */
  readonly target5xxRate?: ResourceAlarmOverride;
  /**
   * Targets failing their health check (`UnHealthyHostCount`, Maximum per minute). Also rolls back an instance
   * refresh. Unit: instances.
   * @default - above 0 for 5 of 5 minutes, ticket
   */
  readonly unhealthyHosts?: ResourceAlarmOverride;
  /**
   * No healthy target at all (`HealthyHostCount`, Minimum per minute): the service is down. Unit: instances.
   * @default - below 1 for 2 of 2 minutes (missing data counts as breaching), page
   */
  readonly noHealthyHosts?: ResourceAlarmOverride;
  /**
   * Slow responses (`TargetResponseTime`, p99 per minute). Unit: seconds.
   * @default - above 1 second for 5 of 5 minutes, ticket
   */
  readonly targetResponseTime?: ResourceAlarmOverride;
  /**
   * The group cannot reach its desired capacity (`GroupDesiredCapacity - GroupInServiceInstances`, per minute):
   * launches fail (capacity, quota, bad AMI). Unit: instances.
   * @default - above 0 for 15 of 15 minutes, ticket
   */
  readonly inServiceBelowDesired?: ResourceAlarmOverride;
}

/** One step of a step-scaling policy, relative to the alarm threshold. */
export interface ScalingStep {
  /** Lower bound of the step, as metric minus threshold (inclusive). */
  readonly lowerBound: number;
  /**
   * Upper bound of the step, as metric minus threshold (exclusive).
   * @default - no upper bound (only the last step may leave it out)
   */
  readonly upperBound?: number;
  /** Instances to add (positive) when the metric is in this step. */
  readonly change: number;
}

/** Step scaling on a metric of your choice, in addition to target tracking. */
export interface StepScaling {
  /** The metric whose alarm drives the steps. */
  readonly metric: ResourceAlarmMetric;
  /** Threshold of the alarm (GreaterThanOrEqualToThreshold); steps are relative to it. */
  readonly threshold: number;
  /** Steps in increasing order, contiguous, the last without upper bound. */
  readonly steps: ScalingStep[];
  /**
   * Seconds per alarm period (10, 20, 30 or a multiple of 60).
   * @default 60
   */
  readonly periodSeconds?: number;
  /**
   * Periods that must breach before scaling out.
   * @default 2
   */
  readonly evaluationPeriods?: number;
}

/** A scheduled change of the group's size (e.g. ahead of a daily peak). */
export interface ScheduledScaling {
  /** Name of the action, unique in the group. */
  readonly name: string;
  /** Cron expression (`0 8 * * MON-FRI`) in `timeZone`. */
  readonly recurrence: string;
  /**
   * IANA time zone of the recurrence.
   * @default 'Etc/UTC'
   */
  readonly timeZone?: string;
  /**
   * New minimum size; held to the zone-failure headroom like `minCapacity`.
   * @default - unchanged
   */
  readonly minCapacity?: number;
  /**
   * New maximum size.
   * @default - unchanged
   */
  readonly maxCapacity?: number;
  /**
   * New desired size.
   * @default - unchanged
   */
  readonly desiredCapacity?: number;
}

export interface AutoScaledServiceProps {
  /** The network: instances go in its private subnets, the load balancer in its public subnets. */
  readonly network: IMultiAzNetwork;
  /**
   * Instances the service needs to serve its peak load. The group's minimum is sized so that losing one whole
   * zone still leaves this many (N+1 over zones): min = ceil(required x zones / (zones - 1)), e.g. 4 instances
   * over 3 zones gives a minimum of 6. See {@link AutoScaledService.zoneHeadroom}.
   */
  readonly requiredCapacity: number;
  /** AMI id the instances boot from (`ami-...`). */
  readonly imageId: string;
  /**
   * Instance type.
   * @default 'm6i.large'
   */
  readonly instanceType?: string;
  /**
   * Minimum size of the group; must be at least the zone-failure headroom unless `allowBelowZoneHeadroom`.
   * @default - the zone-failure headroom for `requiredCapacity`
   */
  readonly minCapacity?: number;
  /**
   * Maximum size of the group.
   * @default - twice the minimum
   */
  readonly maxCapacity?: number;
  /**
   * Accept a `minCapacity` (or scheduled minimum) below the zone-failure headroom: losing a zone then leaves less
   * than `requiredCapacity` until autoscaling catches up. Adds a warning.
   * @default false
   */
  readonly allowBelowZoneHeadroom?: boolean;
  /**
   * User data script (plain text; it is base64-encoded for the launch template).
   * @default - none
   */
  readonly userData?: string;
  /**
   * Port the instances serve HTTP on.
   * @default 80
   */
  readonly port?: number;
  /**
   * Path of the target group health check.
   * @default '/'
   */
  readonly healthCheckPath?: string;
  /**
   * ACM certificate ARN: the load balancer then serves HTTPS on 443 and redirects HTTP to HTTPS.
   * @default - plain HTTP on port 80, with a warning
   */
  readonly certificateArn?: string;
  /**
   * TLS policy of the HTTPS listener.
   * @default 'ELBSecurityPolicy-TLS13-1-2-2021-06'
   */
  readonly sslPolicy?: string;
  /**
   * S3 bucket name for load balancer access logs (its policy must allow log delivery).
   * @default - no access logs
   */
  readonly accessLogsBucket?: string;
  /**
   * IPv4 CIDR blocks allowed to reach the load balancer.
   * @default ['0.0.0.0/0']
   */
  readonly allowedCidrs?: string[];
  /**
   * Deletion protection of the load balancer. Turning it off adds a warning.
   * @default true
   */
  readonly loadBalancerDeletionProtection?: boolean;
  /**
   * Size of the encrypted gp3 root volume, GiB.
   * @default 20
   */
  readonly rootVolumeSizeGiB?: number;
  /**
   * Device name of the AMI's root volume (`/dev/xvda` for Amazon Linux, `/dev/sda1` for Ubuntu).
   * @default '/dev/xvda'
   */
  readonly rootDeviceName?: string;
  /**
   * KMS key ARN for the root volumes.
   * @default - the account's default EBS key (`aws/ebs`)
   */
  readonly ebsKmsKeyArn?: string;
  /**
   * Managed policy ARNs attached to the instance role.
   * @default - AmazonSSMManagedInstanceCore (Session Manager instead of SSH)
   */
  readonly managedPolicyArns?: string[];
  /**
   * Seconds after launch before failed ELB health checks replace an instance.
   * @default 300
   */
  readonly healthCheckGracePeriodSeconds?: number;
  /**
   * Percentage of the group kept in service during an instance refresh.
   * @default 90
   */
  readonly instanceRefreshMinHealthyPercentage?: number;
  /**
   * Instance types for a mixed-instances group (the launch template's type is then overridden); more types means
   * more Spot pools and more chance of capacity in a degraded zone.
   * @default - a single-type group of `instanceType`
   */
  readonly instanceTypes?: string[];
  /**
   * On-demand instances before any Spot (only with `instanceTypes`).
   * @default 0
   */
  readonly onDemandBaseCapacity?: number;
  /**
   * Percentage of on-demand above the base (only with `instanceTypes`); below 100 uses Spot.
   * @default 100 (no Spot)
   */
  readonly onDemandPercentageAboveBaseCapacity?: number;
  /**
   * Target average CPU utilisation, percent, for target tracking.
   * @default 50
   */
  readonly cpuTargetPercent?: number;
  /**
   * Target requests per instance per minute (ALBRequestCountPerTarget) for a second target-tracking policy.
   * @default - no request-count policy
   */
  readonly requestsPerTarget?: number;
  /**
   * Step scaling on a metric of your choice.
   * @default - none
   */
  readonly stepScaling?: StepScaling;
  /**
   * Scheduled size changes.
   * @default - none
   */
  readonly scheduledScaling?: ScheduledScaling[];
  /**
   * Routing of alarm severities to notifications (an `AlarmChannel`).
   * @default - alarms are created without actions, with a warning
   */
  readonly alarmRouting?: IAlarmRouting;
  /**
   * Per-alarm overrides (threshold, severity, period, or `enabled: false`).
   * @default - every alarm with its documented defaults
   */
  readonly alarms?: AutoScaledServiceAlarms;
  /**
   * Tags for every resource (and, propagated at launch, every instance).
   * @default - only the library's `ManagedBy` tag
   */
  readonly tags?: Record<string, string>;

  // Reliability automation (issue 14).
  /**
   * More alarms that roll an instance refresh back, such as the service's SLO page alarm (give the `SloAlarms`,
   * or add them later with {@link AutoScaledService.rollBackOn}, since SLO alarms usually read this service's
   * load balancer). Alarm names go into the group's alarm specification beside the target 5xx and
   * unhealthy-host alarms.
   * @default - only the target 5xx and unhealthy-host alarms
   */
  readonly rollbackAlarms?: AlarmReference[];
  /**
   * Predictive scaling beside target tracking, forecasting the metric the service scales on.
   * @default - no predictive scaling
   */
  readonly predictiveScaling?: PredictiveScaling;
  /**
   * Zonal shift on the load balancer (ARC may then move traffic away from an impaired zone; see `ZonalAutoshift`).
   * @default true
   */
  readonly zonalShift?: boolean;
}

const SSM_CORE = 'AmazonSSMManagedInstanceCore';

/**
 * An HTTP service on EC2 behind an Application Load Balancer that survives
 * the loss of an availability zone, an instance, or a bad deploy.
 *
 * - **Zone loss**: the Auto Scaling group spans the private subnets of every
 *   zone and its minimum is sized N+1 over zones (see `requiredCapacity`),
 *   so the surviving zones hold the required capacity while Auto Scaling
 *   replaces the lost instances.
 * - **Instance failure**: ELB health checks (after a grace period) replace
 *   instances the load balancer sees as unhealthy; capacity rebalancing
 *   replaces Spot instances at risk.
 * - **Bad deploy**: changes to the launch template roll out by instance
 *   refresh, keeping 90% in service, and roll back automatically when the
 *   target 5xx or unhealthy-hosts alarm fires.
 *
 * Instances: IMDSv2 only, encrypted gp3 root volume, detailed monitoring,
 * an instance profile with Session Manager access. Load balancer: in the
 * public subnets, deletion protection, invalid header fields dropped,
 * HTTPS with an HTTP redirect when a certificate is given. Instances accept
 * traffic only from the load balancer.
 */
export class AutoScaledService extends Construct {
  /** The N+1-over-zones sizing computed from `requiredCapacity` and the network's zones. */
  public readonly zoneHeadroom: ZoneHeadroom;
  public readonly minCapacity: number;
  public readonly maxCapacity: number;
  public readonly loadBalancer: Lb;
  public readonly targetGroup: LbTargetGroup;
  /** The listener forwarding to the targets (HTTPS when a certificate is given, else HTTP). */
  public readonly listener: LbListener;
  /** The HTTP-to-HTTPS redirect listener, when a certificate is given. */
  public readonly redirectListener?: LbListener;
  public readonly loadBalancerSecurityGroup: SecurityGroup;
  public readonly instanceSecurityGroup: SecurityGroup;
  public readonly role: IamRole;
  public readonly instanceProfile: IamInstanceProfile;
  public readonly launchTemplate: LaunchTemplate;
  public readonly autoScalingGroup: AutoscalingGroup;
  public readonly cpuScalingPolicy: AutoscalingPolicy;
  public readonly requestScalingPolicy?: AutoscalingPolicy;
  public readonly stepScalingPolicy?: AutoscalingPolicy;
  public readonly stepScalingAlarm?: CloudwatchMetricAlarm;
  public readonly schedules: AutoscalingSchedule[];
  /** Health alarms by key (see {@link AutoScaledServiceAlarms}); disabled ones are absent. */
  public readonly alarms: Record<string, CloudwatchMetricAlarm>;
  // Reliability automation (issue 14).
  /** The alarms an instance refresh rolls back on (names resolved at synth). */
  public readonly rollback: RollbackAlarms;
  /** The predictive scaling policy, when `predictiveScaling` is given. */
  public readonly predictiveScalingPolicy?: AutoscalingPolicy;

  constructor(scope: Construct, id: string, props: AutoScaledServiceProps) {
    super(scope, id);
    checkTags(this, 'tags', props.tags);
    const net = props.network;
    checkNumber(this, 'network.zoneCount', net.zoneCount, { integer: true, min: 2 });
    if (isUnresolved(net.zoneCount)) throw new InvalidPropError(this, 'network.zoneCount', net.zoneCount, 'must be known at synth (the zone-failure headroom depends on it)');
    checkCount(this, 'network.privateSubnetIds', net.privateSubnetIds, net.zoneCount, net.zoneCount);
    checkCount(this, 'network.publicSubnetIds', net.publicSubnetIds, 2);

    // Capacity: N+1 over zones.
    checkNumber(this, 'requiredCapacity', props.requiredCapacity, { integer: true, min: 1 });
    if (isUnresolved(props.requiredCapacity)) throw new InvalidPropError(this, 'requiredCapacity', props.requiredCapacity, 'must be known at synth');
    this.zoneHeadroom = zoneHeadroom(props.requiredCapacity, net.zoneCount);
    const headroomMin = this.zoneHeadroom.minCapacity;
    this.minCapacity = props.minCapacity ?? headroomMin;
    checkNumber(this, 'minCapacity', this.minCapacity, { integer: true, min: 0 });
    this.checkHeadroom('minCapacity', this.minCapacity, props.allowBelowZoneHeadroom ?? false);
    this.maxCapacity = props.maxCapacity ?? Math.max(2 * this.minCapacity, 1);
    checkNumber(this, 'maxCapacity', this.maxCapacity, { integer: true, min: 1 });
    const floor = Math.max(this.minCapacity, props.requiredCapacity);
    if (!isUnresolved(this.maxCapacity) && !isUnresolved(this.minCapacity) && this.maxCapacity < floor) {
      throw new InvalidPropError(this, 'maxCapacity', this.maxCapacity, `must be at least minCapacity (${this.minCapacity}) and requiredCapacity (${props.requiredCapacity})`);
    }

    const port = props.port ?? 80;
    checkNumber(this, 'port', port, { integer: true, min: 1, max: 65535 });
    const healthCheckPath = props.healthCheckPath ?? '/';
    checkPattern(this, 'healthCheckPath', healthCheckPath, /^\/[\x21-\x7e]{0,1023}$/, 'an absolute path such as /health');
    checkArn(this, 'certificateArn', props.certificateArn, 'acm');
    checkArn(this, 'ebsKmsKeyArn', props.ebsKmsKeyArn, 'kms');
    checkPattern(this, 'imageId', props.imageId, /^ami-[0-9a-f]{8,17}$/, 'an AMI id such as ami-0123456789abcdef0');
    checkNonEmpty(this, 'instanceType', props.instanceType);
    checkNonEmpty(this, 'accessLogsBucket', props.accessLogsBucket, 63);
    checkNumber(this, 'rootVolumeSizeGiB', props.rootVolumeSizeGiB, { integer: true, min: 1, max: 16384 });
    checkNumber(this, 'healthCheckGracePeriodSeconds', props.healthCheckGracePeriodSeconds, { integer: true, min: 0, max: 7200 });
    checkNumber(this, 'instanceRefreshMinHealthyPercentage', props.instanceRefreshMinHealthyPercentage, { integer: true, min: 0, max: 100 });
    checkNumber(this, 'cpuTargetPercent', props.cpuTargetPercent, { greaterThan: 0, max: 100 });
    checkNumber(this, 'requestsPerTarget', props.requestsPerTarget, { greaterThan: 0 });
    if (props.instanceTypes !== undefined) checkCount(this, 'instanceTypes', props.instanceTypes, 1, 20);
    checkNumber(this, 'onDemandBaseCapacity', props.onDemandBaseCapacity, { integer: true, min: 0 });
    checkNumber(this, 'onDemandPercentageAboveBaseCapacity', props.onDemandPercentageAboveBaseCapacity, { integer: true, min: 0, max: 100 });
    if (props.instanceTypes === undefined && (props.onDemandBaseCapacity !== undefined || props.onDemandPercentageAboveBaseCapacity !== undefined)) {
      throw new InvalidPropError(this, 'instanceTypes', undefined, 'must be given to use onDemandBaseCapacity or onDemandPercentageAboveBaseCapacity (they configure a mixed-instances group)');
    }
    const allowedCidrs = props.allowedCidrs ?? ['0.0.0.0/0'];
    checkCount(this, 'allowedCidrs', allowedCidrs, 1, 50);
    allowedCidrs.forEach((c, i) => checkPattern(this, `allowedCidrs[${i}]`, c, /^(\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/, 'an IPv4 CIDR block such as 203.0.113.0/24'));

    const lbName = physicalName(this, { maxLength: 32, lowerCase: true, allowed: /[a-z0-9-]/ });
    const https = props.certificateArn !== undefined;
    const listenerPorts = https ? [443, 80] : [80];

    // Security groups: the internet reaches the load balancer; only the load balancer reaches the instances.
    this.loadBalancerSecurityGroup = new SecurityGroup(this, 'lb-sg', {
      namePrefix: `${physicalName(this, { maxLength: 200, suffix: 'lb' })}-`,
      description: 'Load balancer: listener ports from the allowed CIDRs',
      vpcId: net.vpcId,
      lifecycle: { createBeforeDestroy: true },
    });
    this.instanceSecurityGroup = new SecurityGroup(this, 'instance-sg', {
      namePrefix: `${physicalName(this, { maxLength: 200, suffix: 'instances' })}-`,
      description: 'Instances: service port from the load balancer only',
      vpcId: net.vpcId,
      lifecycle: { createBeforeDestroy: true },
    });
    for (const p of listenerPorts) {
      allowedCidrs.forEach(
        (cidr, i) =>
          new VpcSecurityGroupIngressRule(this, `lb-in-${p}-${i}`, {
            securityGroupId: this.loadBalancerSecurityGroup.id,
            cidrIpv4: cidr,
            ipProtocol: 'tcp',
            fromPort: p,
            toPort: p,
            description: `Listener port ${p}`,
          }),
      );
    }
    new VpcSecurityGroupEgressRule(this, 'lb-out', {
      securityGroupId: this.loadBalancerSecurityGroup.id,
      referencedSecurityGroupId: this.instanceSecurityGroup.id,
      ipProtocol: 'tcp',
      fromPort: port,
      toPort: port,
      description: 'To the instances',
    });
    new VpcSecurityGroupIngressRule(this, 'instance-in', {
      securityGroupId: this.instanceSecurityGroup.id,
      referencedSecurityGroupId: this.loadBalancerSecurityGroup.id,
      ipProtocol: 'tcp',
      fromPort: port,
      toPort: port,
      description: 'From the load balancer',
    });
    new VpcSecurityGroupEgressRule(this, 'instance-out', {
      securityGroupId: this.instanceSecurityGroup.id,
      cidrIpv4: '0.0.0.0/0',
      ipProtocol: '-1',
      description: 'Outbound (updates, AWS APIs) through NAT and gateway endpoints',
    });

    // Load balancer.
    const deletionProtection = props.loadBalancerDeletionProtection ?? true;
    if (!deletionProtection) Annotations.of(this).addWarning('loadBalancerDeletionProtection is false: a destroy or replacement removes the load balancer and its DNS name.');
    this.loadBalancer = new Lb(this, 'lb', {
      name: lbName,
      loadBalancerType: 'application',
      internal: false,
      subnets: net.publicSubnetIds,
      securityGroups: [this.loadBalancerSecurityGroup.id],
      enableDeletionProtection: deletionProtection,
      dropInvalidHeaderFields: true,
      desyncMitigationMode: 'defensive',
      enableZonalShift: props.zonalShift ?? true,
      accessLogs: props.accessLogsBucket ? { bucket: props.accessLogsBucket, prefix: lbName, enabled: true } : undefined,
    });
    if (!deletionProtection) recordOptOut(this.loadBalancer, 'REL-ALB-1', 'loadBalancerDeletionProtection', deletionProtection, 'a destroy or replacement removes the load balancer and its DNS name');
    this.targetGroup = new LbTargetGroup(this, 'tg', {
      // A prefix (at most 6 characters) and create-before-destroy: a change that replaces the target group
      // (port, protocol) creates the new one and moves the listener before deleting the old one.
      namePrefix: `${id.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 5) || 'tg'}-`,
      lifecycle: { createBeforeDestroy: true },
      port,
      protocol: 'HTTP',
      targetType: 'instance',
      vpcId: net.vpcId,
      deregistrationDelay: '30',
      healthCheck: {
        enabled: true,
        path: healthCheckPath,
        port: 'traffic-port',
        protocol: 'HTTP',
        matcher: '200-399',
        interval: 15,
        timeout: 5,
        healthyThreshold: 3,
        unhealthyThreshold: 2,
      },
    });
    if (https) {
      this.listener = new LbListener(this, 'https', {
        loadBalancerArn: this.loadBalancer.arn,
        port: 443,
        protocol: 'HTTPS',
        sslPolicy: props.sslPolicy ?? 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        certificateArn: props.certificateArn,
        defaultAction: [{ type: 'forward', targetGroupArn: this.targetGroup.arn }],
      });
      this.redirectListener = new LbListener(this, 'http', {
        loadBalancerArn: this.loadBalancer.arn,
        port: 80,
        protocol: 'HTTP',
        defaultAction: [{ type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', statusCode: 'HTTP_301' } }],
      });
    } else {
      Annotations.of(this).addWarning('No certificateArn: the load balancer serves plain HTTP on port 80. Give an ACM certificate for HTTPS with an HTTP redirect.');
      this.listener = new LbListener(this, 'http', {
        loadBalancerArn: this.loadBalancer.arn,
        port: 80,
        protocol: 'HTTP',
        defaultAction: [{ type: 'forward', targetGroupArn: this.targetGroup.arn }],
      });
    }

    // Instance role and profile.
    const partition = new DataAwsPartition(this, 'partition');
    this.role = serviceRole(this, 'role', { service: 'ec2.amazonaws.com', namePrefix: physicalName(this, { maxLength: 38, suffix: 'role' }) });
    const policies = props.managedPolicyArns ?? [`arn:${partition.partition}:iam::aws:policy/${SSM_CORE}`];
    policies.forEach((arn, i) => {
      checkArn(this, `managedPolicyArns[${i}]`, arn, 'iam');
      new IamRolePolicyAttachment(this, `role-policy-${i}`, { role: this.role.name, policyArn: arn });
    });
    this.instanceProfile = new IamInstanceProfile(this, 'profile', { namePrefix: physicalName(this, { maxLength: 38, suffix: 'profile' }), role: this.role.name });

    // Launch template.
    this.launchTemplate = new LaunchTemplate(this, 'lt', {
      namePrefix: `${physicalName(this, { maxLength: 100 })}-`,
      imageId: props.imageId,
      instanceType: props.instanceType ?? 'm6i.large',
      userData: props.userData !== undefined ? Fn.base64encode(props.userData) : undefined,
      iamInstanceProfile: { arn: this.instanceProfile.arn },
      vpcSecurityGroupIds: [this.instanceSecurityGroup.id],
      metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 2, instanceMetadataTags: 'disabled' },
      monitoring: { enabled: true },
      blockDeviceMappings: [
        {
          deviceName: props.rootDeviceName ?? '/dev/xvda',
          ebs: { volumeSize: props.rootVolumeSizeGiB ?? 20, volumeType: 'gp3', encrypted: 'true', kmsKeyId: props.ebsKmsKeyArn, deleteOnTermination: 'true' },
        },
      ],
      updateDefaultVersion: true,
      tagSpecifications: [{ resourceType: 'volume', tags: { [MANAGED_BY_TAG]: MANAGED_BY_VALUE, ...(props.tags ?? {}) } }],
    });
    // A numbered version (not $Latest) so an instance refresh can roll back.
    const ltSpec = { id: this.launchTemplate.id, version: Token.asString(this.launchTemplate.latestVersion) };

    // Alarms that do not depend on the group (the instance refresh rolls back on some of them).
    const lbDim = { LoadBalancer: this.loadBalancer.arnSuffix };
    const tgDim = { LoadBalancer: this.loadBalancer.arnSuffix, TargetGroup: this.targetGroup.arnSuffix };
    const alb = (metricName: string, statistic: string, dimensions: Record<string, string> = tgDim): ResourceAlarmMetric => ({
      namespace: 'AWS/ApplicationELB',
      metricName,
      dimensions,
      statistic,
    });
    const overrides = { ...(props.alarms ?? {}) };
    checkAlarmOverrideKeys(this, overrides, ['elb5xxRate', 'target5xxRate', 'unhealthyHosts', 'noHealthyHosts', 'targetResponseTime', 'inServiceBelowDesired']);
    const ctx = { scope: this, routing: props.alarmRouting, overrides };
    const rate = (errors: string, dims: Record<string, string>) => [
      { id: 'errors', metric: alb(errors, 'Sum', dims) },
      { id: 'requests', metric: alb('RequestCount', 'Sum', dims) },
      { id: 'e1', expression: 'IF(requests > 0, 100 * FILL(errors, 0) / requests, 0)', label: `${errors} percent of requests` },
    ];
    const lbAlarms = resourceAlarms({ ...ctx, overrides: pick(overrides, ['elb5xxRate', 'target5xxRate', 'unhealthyHosts', 'noHealthyHosts', 'targetResponseTime']) }, [
      {
        key: 'elb5xxRate',
        summary: 'The load balancer answers a high share of requests with its own 5xx (no healthy target, timeouts, connection errors).',
        runbook: 'Check healthy host count and target connection errors; if targets are healthy, check load balancer capacity and idle timeouts.',
        queries: rate('HTTPCode_ELB_5XX_Count', lbDim),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 5,
        severity: 'ticket',
        periodSeconds: 60,
        evaluationPeriods: 5,
        treatMissingData: 'notBreaching',
        unit: 'percent',
      },
      {
        key: 'target5xxRate',
        summary: 'The application answers a high share of requests with 5xx.',
        runbook: 'Check recent deploys (an instance refresh rolls back on this alarm), application logs and dependencies such as the database.',
        queries: rate('HTTPCode_Target_5XX_Count', tgDim),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 5,
        severity: 'ticket',
        periodSeconds: 60,
        evaluationPeriods: 5,
        treatMissingData: 'notBreaching',
        unit: 'percent',
      },
      {
        key: 'unhealthyHosts',
        summary: 'Some targets fail their load balancer health check.',
        runbook: 'Auto Scaling replaces them after the grace period; if it repeats, check the health check path, instance logs (Session Manager) and a recent deploy.',
        metric: alb('UnHealthyHostCount', 'Maximum'),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
        severity: 'ticket',
        periodSeconds: 60,
        evaluationPeriods: 5,
        treatMissingData: 'notBreaching',
        unit: 'instances',
      },
      {
        key: 'noHealthyHosts',
        summary: 'No target is healthy: the service is down.',
        runbook: 'Check the Auto Scaling activity history and instance health; roll back the last deploy; check the database and other dependencies of the health check.',
        metric: alb('HealthyHostCount', 'Minimum'),
        comparisonOperator: 'LessThanThreshold',
        threshold: 1,
        severity: 'page',
        periodSeconds: 60,
        evaluationPeriods: 2,
        treatMissingData: 'breaching',
        unit: 'instances',
      },
      {
        key: 'targetResponseTime',
        summary: 'The slowest 1% of requests are slow.',
        runbook: 'Check CPU and scaling activity, database latency and recent deploys.',
        metric: alb('TargetResponseTime', 'p99'),
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 1,
        severity: 'ticket',
        periodSeconds: 60,
        evaluationPeriods: 5,
        treatMissingData: 'notBreaching',
        unit: 'seconds',
      },
    ]);

    // Auto Scaling group.
    const minHealthy = props.instanceRefreshMinHealthyPercentage ?? 90;
    const rollbackAlarms = ['target5xxRate', 'unhealthyHosts'].filter((k) => lbAlarms[k]).map((k) => lbAlarms[k].alarmName);
    this.rollback = new RollbackAlarms(this, rollbackAlarms);
    this.rollback.add('rollbackAlarms', props.rollbackAlarms);
    const capacity = capacityTags({ headroom: this.zoneHeadroom, predictiveMode: props.predictiveScaling?.mode ?? (props.predictiveScaling ? 'ForecastOnly' : undefined) });
    const tags: AutoscalingGroupTag[] = Object.entries({ Name: physicalName(this, { maxLength: 255 }), [MANAGED_BY_TAG]: MANAGED_BY_VALUE, ...capacity, ...(props.tags ?? {}) }).map(
      ([key, value]) => ({ key, value, propagateAtLaunch: true }),
    );
    this.autoScalingGroup = new AutoscalingGroup(this, 'asg', {
      namePrefix: `${physicalName(this, { maxLength: 200 })}-`,
      vpcZoneIdentifier: net.privateSubnetIds,
      minSize: this.minCapacity,
      maxSize: this.maxCapacity,
      healthCheckType: 'ELB',
      healthCheckGracePeriod: props.healthCheckGracePeriodSeconds ?? 300,
      defaultInstanceWarmup: 120,
      targetGroupArns: [this.targetGroup.arn],
      capacityRebalance: true,
      enabledMetrics: ['GroupDesiredCapacity', 'GroupInServiceInstances', 'GroupPendingInstances', 'GroupTerminatingInstances', 'GroupTotalInstances'],
      metricsGranularity: '1Minute',
      terminationPolicies: ['OldestLaunchTemplate', 'Default'],
      instanceMaintenancePolicy: { minHealthyPercentage: 100, maxHealthyPercentage: 110 },
      launchTemplate: props.instanceTypes ? undefined : ltSpec,
      mixedInstancesPolicy: props.instanceTypes
        ? {
            launchTemplate: {
              launchTemplateSpecification: { launchTemplateId: ltSpec.id, version: ltSpec.version },
              override: props.instanceTypes.map((t) => ({ instanceType: t })),
            },
            instancesDistribution: {
              onDemandBaseCapacity: props.onDemandBaseCapacity ?? 0,
              onDemandPercentageAboveBaseCapacity: props.onDemandPercentageAboveBaseCapacity ?? 100,
              spotAllocationStrategy: 'price-capacity-optimized',
            },
          }
        : undefined,
      instanceRefresh: {
        strategy: 'Rolling',
        preferences: {
          minHealthyPercentage: minHealthy,
          autoRollback: true,
          skipMatching: true,
        },
      },
      tag: tags,
    });
    if (!isUnresolved(this.minCapacity) && this.minCapacity < 2) recordOptOut(this.autoScalingGroup, 'REL-ASG-2', 'minCapacity', this.minCapacity, 'allowBelowZoneHeadroom is set: the service is down while its one instance is replaced');
    this.rollback.bind(this.autoScalingGroup);

    const groupAlarms = resourceAlarms({ ...ctx, overrides: pick(overrides, ['inServiceBelowDesired']) }, [
      {
        key: 'inServiceBelowDesired',
        summary: 'The group has fewer instances in service than it wants: launches are failing or instances keep failing health checks.',
        runbook: 'Read the Auto Scaling activity history: insufficient capacity in a zone (add instance types), a quota, a bad AMI or user data, or failing health checks.',
        queries: [
          { id: 'desired', metric: { namespace: 'AWS/AutoScaling', metricName: 'GroupDesiredCapacity', dimensions: { AutoScalingGroupName: this.autoScalingGroup.name }, statistic: 'Average' } },
          { id: 'inservice', metric: { namespace: 'AWS/AutoScaling', metricName: 'GroupInServiceInstances', dimensions: { AutoScalingGroupName: this.autoScalingGroup.name }, statistic: 'Average' } },
          { id: 'e1', expression: 'desired - inservice', label: 'instances missing' },
        ],
        comparisonOperator: 'GreaterThanThreshold',
        threshold: 0,
        severity: 'ticket',
        periodSeconds: 60,
        evaluationPeriods: 15,
        treatMissingData: 'missing',
        unit: 'instances',
      },
    ]);
    this.alarms = { ...lbAlarms, ...groupAlarms };

    // Scaling.
    this.cpuScalingPolicy = new AutoscalingPolicy(this, 'cpu-scaling', {
      name: 'cpu-target-tracking',
      autoscalingGroupName: this.autoScalingGroup.name,
      policyType: 'TargetTrackingScaling',
      targetTrackingConfiguration: { targetValue: props.cpuTargetPercent ?? 50, predefinedMetricSpecification: { predefinedMetricType: 'ASGAverageCPUUtilization' } },
    });
    if (props.requestsPerTarget !== undefined) {
      this.requestScalingPolicy = new AutoscalingPolicy(this, 'request-scaling', {
        name: 'request-count-target-tracking',
        autoscalingGroupName: this.autoScalingGroup.name,
        policyType: 'TargetTrackingScaling',
        targetTrackingConfiguration: {
          targetValue: props.requestsPerTarget,
          predefinedMetricSpecification: {
            predefinedMetricType: 'ALBRequestCountPerTarget',
            resourceLabel: `${this.loadBalancer.arnSuffix}/${this.targetGroup.arnSuffix}`,
          },
        },
      });
    }
    if (props.stepScaling) [this.stepScalingPolicy, this.stepScalingAlarm] = this.addStepScaling(props.stepScaling);
    this.schedules = (props.scheduledScaling ?? []).map((s, i) => this.addSchedule(s, i, props.allowBelowZoneHeadroom ?? false));
    // Reliability automation (issue 14).
    if (props.predictiveScaling !== undefined) {
      this.predictiveScalingPolicy = predictiveScalingPolicy(this, props.predictiveScaling, {
        autoScalingGroupName: this.autoScalingGroup.name,
        requestResourceLabel: `${this.loadBalancer.arnSuffix}/${this.targetGroup.arnSuffix}`,
        trackedTargets: { cpu: props.cpuTargetPercent ?? 50, ...(props.requestsPerTarget !== undefined ? { requests: props.requestsPerTarget } : {}) },
      });
    }

    tagConstruct(this, props.tags);
  }

  // Reliability automation (issue 14).
  /**
   * Rolls an instance refresh back when any of these alarms goes to ALARM, e.g. the SLO page alarm built after
   * the service: `service.rollBackOn(slos)`. Alarms must be in the service's region.
   */
  public rollBackOn(...alarms: AlarmReference[]): void {
    this.rollback.add('rollBackOn', alarms);
  }

  private checkHeadroom(prop: string, min: number, allowBelow: boolean): void {
    if (isUnresolved(min)) return;
    const h = this.zoneHeadroom;
    if (min >= h.minCapacity) return;
    const why = `losing one of ${h.zoneCount} zones must leave requiredCapacity ${h.requiredCapacity} instances (N+1 over zones needs at least ${h.minCapacity})`;
    if (!allowBelow) throw new InvalidPropError(this, prop, min, `must be at least ${h.minCapacity}: ${why}; set allowBelowZoneHeadroom to accept less`);
    Annotations.of(this).addWarning(`${prop} ${min} is below the zone-failure headroom (${h.minCapacity}): after losing a zone only ${min - Math.ceil(min / h.zoneCount)} of ${h.requiredCapacity} required instances remain until Auto Scaling replaces them.`);
  }

  private addStepScaling(s: StepScaling): [AutoscalingPolicy, CloudwatchMetricAlarm] {
    checkCount(this, 'stepScaling.steps', s.steps, 1, 20);
    s.steps.forEach((step, i) => {
      const prop = `stepScaling.steps[${i}]`;
      checkNumber(this, `${prop}.change`, step.change, { integer: true, min: 1 });
      const last = i === s.steps.length - 1;
      if (!last && step.upperBound === undefined) throw new InvalidPropError(this, `${prop}.upperBound`, undefined, 'is required on every step but the last');
      if (last && step.upperBound !== undefined) throw new InvalidPropError(this, `${prop}.upperBound`, step.upperBound, 'must be left out on the last step (it has no upper bound)');
      if (step.upperBound !== undefined && step.upperBound <= step.lowerBound) throw new InvalidPropError(this, `${prop}.upperBound`, step.upperBound, `must be greater than lowerBound ${step.lowerBound}`);
      if (i > 0 && step.lowerBound !== s.steps[i - 1].upperBound) throw new InvalidPropError(this, `${prop}.lowerBound`, step.lowerBound, `must equal the previous step's upperBound ${s.steps[i - 1].upperBound} (steps are contiguous)`);
    });
    if (s.steps[0].lowerBound < 0) throw new InvalidPropError(this, 'stepScaling.steps[0].lowerBound', s.steps[0].lowerBound, 'must be 0 or more (steps scale out above the threshold)');
    const policy = new AutoscalingPolicy(this, 'step-scaling', {
      name: 'step-scale-out',
      autoscalingGroupName: this.autoScalingGroup.name,
      policyType: 'StepScaling',
      adjustmentType: 'ChangeInCapacity',
      stepAdjustment: s.steps.map((step) => ({
        metricIntervalLowerBound: String(step.lowerBound),
        metricIntervalUpperBound: step.upperBound === undefined ? undefined : String(step.upperBound),
        scalingAdjustment: step.change,
      })),
    });
    const period = s.periodSeconds ?? 60;
    const evaluationPeriods = s.evaluationPeriods ?? 2;
    const periodErr = isUnresolved(period) ? undefined : periodProblem(period);
    if (periodErr) throw new InvalidPropError(this, 'stepScaling.periodSeconds', period, periodErr);
    const rangeErr = isUnresolved(period) || isUnresolved(evaluationPeriods) ? undefined : evaluationRangeProblem(period, evaluationPeriods);
    if (rangeErr) throw new InvalidPropError(this, 'stepScaling.evaluationPeriods', evaluationPeriods, rangeErr);
    const percentile = /^p\d+(\.\d+)?$/.test(s.metric.statistic);
    const alarm = new CloudwatchMetricAlarm(this, 'step-scaling-alarm', {
      alarmName: physicalName(this, { suffix: 'step-scale-out', maxLength: 255 }),
      alarmDescription: 'Scales the group out in steps (not a notification alarm).',
      namespace: s.metric.namespace,
      metricName: s.metric.metricName,
      dimensions: { ...s.metric.dimensions },
      ...(percentile ? { extendedStatistic: s.metric.statistic } : { statistic: s.metric.statistic }),
      period,
      evaluationPeriods,
      threshold: s.threshold,
      comparisonOperator: 'GreaterThanOrEqualToThreshold',
      alarmActions: [policy.arn],
    });
    return [policy, alarm];
  }

  private addSchedule(s: ScheduledScaling, i: number, allowBelow: boolean): AutoscalingSchedule {
    const prop = `scheduledScaling[${i}]`;
    checkPattern(this, `${prop}.name`, s.name, /^[A-Za-z0-9._-]{1,255}$/, 'a name of letters, digits, ".", "_" and "-"');
    checkPattern(this, `${prop}.recurrence`, s.recurrence, /^(\S+\s+){4}\S+$/, 'a cron expression of five fields such as "0 8 * * MON-FRI"');
    for (const k of ['minCapacity', 'maxCapacity', 'desiredCapacity'] as const) checkNumber(this, `${prop}.${k}`, s[k], { integer: true, min: 0 });
    if (s.minCapacity === undefined && s.maxCapacity === undefined && s.desiredCapacity === undefined) {
      throw new InvalidPropError(this, prop, s.name, 'must change at least one of minCapacity, maxCapacity, desiredCapacity');
    }
    if (s.minCapacity !== undefined && s.maxCapacity !== undefined && s.minCapacity > s.maxCapacity) {
      throw new InvalidPropError(this, `${prop}.minCapacity`, s.minCapacity, `must not exceed maxCapacity ${s.maxCapacity}`);
    }
    if (s.minCapacity !== undefined) this.checkHeadroom(`${prop}.minCapacity`, s.minCapacity, allowBelow);
    return new AutoscalingSchedule(this, `schedule-${i}`, {
      autoscalingGroupName: this.autoScalingGroup.name,
      scheduledActionName: s.name,
      recurrence: s.recurrence,
      timeZone: s.timeZone ?? 'Etc/UTC',
      minSize: s.minCapacity,
      maxSize: s.maxCapacity,
      desiredCapacity: s.desiredCapacity,
    });
  }
}

function pick<T extends object>(o: T, keys: string[]): Record<string, ResourceAlarmOverride | undefined> {
  const all = o as Record<string, ResourceAlarmOverride | undefined>;
  const known = new Set(keys);
  return Object.fromEntries(Object.entries(all).filter(([k]) => known.has(k)));
}
