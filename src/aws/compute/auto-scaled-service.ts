import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { AutoscalingSchedule } from '@cdktf/provider-aws/lib/autoscaling-schedule';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Annotations, Fn, Op, Token } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { recordOptOut } from '../../core/suppressions';
import { MANAGED_BY_TAG, MANAGED_BY_VALUE } from '../../core/tags';
import { isUnresolved } from '../../core/tokens';
import { literal, literalMap } from '../../core/user-text';
import { AlarmReference } from '../common/alarm-reference';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { ResourceAlarmOverride } from '../common/resource-alarm';
import { IMultiAzNetwork } from '../network/multi-az-network';
import { createInstanceTemplate } from './instance-template';
import { createLoadBalancer } from './load-balancer';
import { PredictiveScaling, predictiveScalingPolicy } from './predictive-scaling';
import { AUTO_SCALED_SERVICE_PROPS } from './private/auto-scaled-service-spec';
import { checkServiceProps } from './private/service-checks';
import { createServiceGroup } from './private/service-group';
import { RollbackAlarms } from './rollback';
import { checkScheduledScaling, checkStepScaling, scheduledAction, ScheduledScaling, StepScaling, stepScalingAlarmDefinition, stepScalingPolicy, targetTracking } from './scaling';
import { groupAlarmDefinitions, loadBalancerAlarmDefinitions, ROLLBACK_ALARM_KEYS, SERVICE_ALARM_KEYS } from './service-alarms';
import { ZoneHeadroom, zoneHeadroom } from './zone-capacity';

export type { ScalingStep, ScheduledScaling, StepScaling } from './scaling';

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

/** Outbound traffic the instances need: one security group egress rule. */
export interface InstanceEgressRule {
  /** Destination IPv4 range, e.g. `0.0.0.0/0` for AWS APIs through the NAT gateways. Give this or `prefixListId`. @default - `prefixListId` */
  readonly cidr?: string;
  /** Managed prefix list, e.g. the S3 gateway endpoint's (`network.s3Endpoint.prefixListId`). Give this or `cidr`. @default - `cidr` */
  readonly prefixListId?: string;
  /** Destination port. */
  readonly port: number;
  /** Protocol. @default 'tcp' */
  readonly protocol?: 'tcp' | 'udp';
}

export interface AutoScaledServiceProps extends ReliableConstructProps<AutoScaledServiceAlarms> {
  /** The network: instances go in its private subnets, the load balancer in its public subnets. */
  readonly network: IMultiAzNetwork;
  /**
   * Instances the service needs to serve its peak load. The group's minimum is sized so that losing one whole
   * zone still leaves this many (N+1 over zones): min = ceil(required x zones / (zones - 1)), e.g. 4 instances
   * over 3 zones gives a minimum of 6. See {@link AutoScaledService.zoneHeadroom}.
   */
  readonly requiredCapacity: number;
  /** AMI id the instances boot from (`ami-` and 8 or 17 hexadecimal digits). */
  readonly imageId: string;
  /**
   * Instance type, `family.size` (e.g. `m6i.large`).
   * @default 'm6i.large'
   */
  readonly instanceType?: string;
  /**
   * Minimum size of the group; must be at least the zone-failure headroom unless `allowBelowZoneHeadroom`.
   * A token (a Terraform variable) is carried through; it cannot be checked against the headroom at synth.
   * @default - the zone-failure headroom for `requiredCapacity`
   */
  readonly minCapacity?: number;
  /**
   * Maximum size of the group.
   * @default - twice the minimum, and at least `requiredCapacity`; a Terraform `max(...)` expression when the
   * minimum is a token
   */
  readonly maxCapacity?: number;
  /**
   * Accept a `minCapacity` (or scheduled minimum) below the zone-failure headroom: losing a zone then leaves less
   * than `requiredCapacity` until autoscaling catches up. Adds a warning.
   * @default false
   */
  readonly allowBelowZoneHeadroom?: boolean;
  /**
   * User data script (plain text; it is base64-encoded for the launch template), at most 16 KB (EC2's limit, before base64).
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
   * ACM certificate ARN, of the service's Region: the load balancer then serves HTTPS on 443 and redirects HTTP to HTTPS.
   * @default - plain HTTP on port 80, with a warning
   */
  readonly certificateArn?: string;
  /**
   * TLS policy of the HTTPS listener: one of the predefined ALB security policies (see `ALB_SSL_POLICIES`).
   * @default 'ELBSecurityPolicy-TLS13-1-2-2021-06'
   */
  readonly sslPolicy?: string;
  /**
   * S3 bucket name for load balancer access logs. What ELB requires of it (Elastic Load Balancing User Guide,
   * "Enable access logs for your Application Load Balancer"): the load balancer's Region; SSE-S3 default encryption
   * (SSE-KMS is not supported); a bucket policy letting the `logdelivery.elasticloadbalancing.amazonaws.com` service
   * principal `s3:PutObject` under `<prefix>/AWSLogs/<account>/` (required in Regions available since August 2022 and
   * recommended in the older ones, where a legacy policy for the Region's ELB account still works).
   * docs/aws-building-blocks.md has the details. Logs then land in `<bucket>/<accessLogsPrefix>/AWSLogs/...`.
   * @default - no access logs
   */
  readonly accessLogsBucket?: string;
  /**
   * Key prefix of the access logs in `accessLogsBucket` (needs it): S3-safe characters, parts separated by `/`, no
   * leading or trailing `/`, and not containing `AWSLogs` (ELB adds `AWSLogs/...` after the prefix and refuses one
   * that contains it).
   * @default - the load balancer's name
   */
  readonly accessLogsPrefix?: string;
  /**
   * IPv4 CIDR blocks allowed to reach the load balancer (network addresses, no repeats). Each becomes an inbound
   * rule per listener port; past the default 60 rules per security group a warning says to raise the quota.
   * @default ['0.0.0.0/0']
   */
  readonly allowedCidrs?: string[];
  /**
   * The only outbound traffic the instances may send, one security group egress rule each (`instance-out-<i>`).
   * Session Manager and other AWS APIs need HTTPS (443) to their endpoints; S3 through the gateway endpoint needs
   * its prefix list.
   * @default - all outbound traffic (rule `instance-out`: updates and AWS APIs through NAT and the gateway endpoints)
   */
  readonly instanceEgress?: InstanceEgressRule[];
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
   * KMS key ARN for the root volumes, of the service's Region.
   * @default - the account's default EBS key (`aws/ebs`)
   */
  readonly ebsKmsKeyArn?: string;
  /**
   * The instances run containers (Docker, ECS, EKS nodes) that read the instance metadata: the IMDSv2 token
   * response then may cross 2 network hops (`http_put_response_hop_limit` 2), the container's bridge being one.
   * Otherwise the limit is 1, so a token never leaves the instance (Amazon EC2 User Guide, "Configure the
   * instance metadata options": 2 is recommended in container environments only).
   * @default false - hop limit 1
   */
  readonly runsContainers?: boolean;
  /**
   * Managed policy ARNs attached to the instance role: AWS managed (`arn:aws:iam::aws:policy/...`) or your own.
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
   * On-demand instances before any Spot (only with `instanceTypes`), at most `maxCapacity` (EC2 Auto Scaling would
   * raise the group's maximum to it).
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

  // Reliability automation (issue 14).
  /**
   * More alarms that roll an instance refresh back, such as the service's SLO page alarm (give the `SloAlarms`,
   * or add them later with {@link AutoScaledService.rollBackOn}, since SLO alarms usually read this service's
   * load balancer). Alarm names go into the group's alarm specification beside the target 5xx and
   * unhealthy-host alarms; AWS watches up to 10 per refresh, built-in ones included.
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
export class AutoScaledService extends ReliableConstruct<AutoScaledServiceAlarms> {
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
  /** The alarms an instance refresh rolls back on (names resolved at synth). */
  public readonly rollback: RollbackAlarms;
  /** The predictive scaling policy, when `predictiveScaling` is given. */
  public readonly predictiveScalingPolicy?: AutoscalingPolicy;

  private readonly props: AutoScaledServiceProps;

  constructor(scope: Construct, id: string, props: AutoScaledServiceProps) {
    super(scope, id, props, { alarmKeys: SERVICE_ALARM_KEYS, props: AUTO_SCALED_SERVICE_PROPS });
    this.props = props;
    this.zoneHeadroom = zoneHeadroom(props.requiredCapacity, props.network.zoneCount);
    [this.minCapacity, this.maxCapacity] = this.resolveCapacity(props);
    this.validate(props);

    const lb = createLoadBalancer(this, {
      vpcId: props.network.vpcId,
      publicSubnetIds: props.network.publicSubnetIds,
      name: this.derivedName('Load balancer', { maxLength: 32, lowerCase: true, allowed: /[a-z0-9-]/ }),
      targetGroupNamePrefix: `${id.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 5) || 'tg'}-`,
      allowedCidrs: props.allowedCidrs ?? ['0.0.0.0/0'],
      instanceEgress: props.instanceEgress,
      port: props.port ?? 80,
      healthCheckPath: props.healthCheckPath ?? '/',
      certificateArn: literal(props.certificateArn),
      sslPolicy: props.sslPolicy ?? 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      accessLogsBucket: props.accessLogsBucket,
      accessLogsPrefix: props.accessLogsPrefix,
      deletionProtection: props.loadBalancerDeletionProtection ?? true,
      zonalShift: props.zonalShift ?? true,
    });
    ({ loadBalancer: this.loadBalancer, targetGroup: this.targetGroup, listener: this.listener, redirectListener: this.redirectListener } = lb);
    ({ loadBalancerSecurityGroup: this.loadBalancerSecurityGroup, instanceSecurityGroup: this.instanceSecurityGroup } = lb);
    if (props.loadBalancerDeletionProtection === false) {
      recordOptOut(this.loadBalancer, 'REL-ALB-1', 'loadBalancerDeletionProtection', false, 'a destroy or replacement removes the load balancer and its DNS name');
    }

    const instances = createInstanceTemplate(this, {
      imageId: props.imageId,
      instanceType: props.instanceType ?? 'm6i.large',
      securityGroupId: this.instanceSecurityGroup.id,
      managedPolicyArns: props.managedPolicyArns,
      userData: props.userData,
      rootDeviceName: props.rootDeviceName ?? '/dev/xvda',
      rootVolumeSizeGiB: props.rootVolumeSizeGiB ?? 20,
      ebsKmsKeyArn: literal(props.ebsKmsKeyArn),
      metadataHopLimit: props.runsContainers ? 2 : 1,
      volumeTags: this.tags(),
    });
    ({ role: this.role, instanceProfile: this.instanceProfile, launchTemplate: this.launchTemplate } = instances);

    const lbAlarms = this.addAlarms(loadBalancerAlarmDefinitions(this.loadBalancer.arnSuffix, this.targetGroup.arnSuffix));
    this.rollback = new RollbackAlarms(this, ROLLBACK_ALARM_KEYS.filter((k) => lbAlarms[k]).map((k) => lbAlarms[k].alarmName));
    this.rollback.add('rollbackAlarms', props.rollbackAlarms);
    this.autoScalingGroup = this.createGroup();
    this.rollback.bind(this.autoScalingGroup);
    if (!isUnresolved(this.minCapacity) && this.minCapacity < 2) {
      recordOptOut(this.autoScalingGroup, 'REL-ASG-2', 'minCapacity', this.minCapacity, 'allowBelowZoneHeadroom is set: the service is down while its one instance is replaced');
    }
    this.addAlarms(groupAlarmDefinitions(this.autoScalingGroup.name));
    [this.cpuScalingPolicy, this.requestScalingPolicy] = targetTracking(this, {
      groupName: this.autoScalingGroup.name,
      cpuTargetPercent: props.cpuTargetPercent ?? 50,
      requestsPerTarget: props.requestsPerTarget,
      resourceLabel: `${this.loadBalancer.arnSuffix}/${this.targetGroup.arnSuffix}`,
    });
    if (props.stepScaling) [this.stepScalingPolicy, this.stepScalingAlarm] = this.createStepScaling(props.stepScaling);
    this.schedules = (props.scheduledScaling ?? []).map((s, i) => scheduledAction(this, this.autoScalingGroup.name, s, i));
    if (props.predictiveScaling !== undefined) {
      this.predictiveScalingPolicy = predictiveScalingPolicy(this, props.predictiveScaling, {
        autoScalingGroupName: this.autoScalingGroup.name,
        requestResourceLabel: `${this.loadBalancer.arnSuffix}/${this.targetGroup.arnSuffix}`,
        trackedTargets: { cpu: props.cpuTargetPercent ?? 50, ...(props.requestsPerTarget !== undefined ? { requests: props.requestsPerTarget } : {}) },
      });
    }
  }

  /**
   * Rolls an instance refresh back when any of these alarms goes to ALARM, e.g. the SLO page alarm built after
   * the service: `service.rollBackOn(slos)`. Alarms must be in the service's region; a refresh watches up to
   * 10 alarms, built-in ones included (refused beyond).
   */
  public rollBackOn(...alarms: AlarmReference[]): void {
    this.rollback.add('rollBackOn', alarms);
  }

  /** What relates props to each other (every prop was checked by its spec), and the warnings for unsafe choices. */
  private validate(props: AutoScaledServiceProps): void {
    if (props.certificateArn === undefined) {
      Annotations.of(this).addWarning('No certificateArn: the load balancer serves plain HTTP on port 80. Give an ACM certificate for HTTPS with an HTTP redirect.');
    }
    if (props.loadBalancerDeletionProtection === false) {
      this.warnUnsafe('loadBalancerDeletionProtection', false, 'a destroy or replacement removes the load balancer and its DNS name.');
    }
    if (props.accessLogsPrefix !== undefined && props.accessLogsBucket === undefined) {
      throw new InvalidPropError(this, 'accessLogsPrefix', props.accessLogsPrefix, 'applies only with accessLogsBucket (no access logs are written without a bucket)');
    }
    checkServiceProps(this, props, this.maxCapacity);
    if (props.stepScaling !== undefined) checkStepScaling(this, props.stepScaling);
    checkScheduledScaling(this, props.scheduledScaling, (prop, min) => this.checkHeadroom(prop, min));
  }

  /** Minimum N+1 over zones; the maximum follows the minimum (also a token one, as a Terraform expression). */
  private resolveCapacity(props: AutoScaledServiceProps): [number, number] {
    const required = props.requiredCapacity;
    const min = props.minCapacity ?? this.zoneHeadroom.minCapacity;
    this.checkHeadroom('minCapacity', min);
    let max = props.maxCapacity;
    if (max === undefined) {
      // `2 * token` would be a number that only looks like one: carry the token as max(2 x min, required).
      max = isUnresolved(min) ? Token.asNumber(Fn.max([Op.mul(min, 2), required])) : Math.max(2 * min, required, 1);
    }
    const floor = isUnresolved(min) ? required : Math.max(min, required);
    if (!isUnresolved(max) && max < floor) {
      throw new InvalidPropError(this, 'maxCapacity', max, `must be at least minCapacity (${min}) and requiredCapacity (${required})`);
    }
    return [min, max];
  }

  private checkHeadroom(prop: string, min: number): void {
    if (isUnresolved(min)) return;
    const h = this.zoneHeadroom;
    if (min >= h.minCapacity) return;
    const why = `losing one of ${h.zoneCount} zones must leave requiredCapacity ${h.requiredCapacity} instances (N+1 over zones needs at least ${h.minCapacity})`;
    if (!this.props.allowBelowZoneHeadroom) throw new InvalidPropError(this, prop, min, `must be at least ${h.minCapacity}: ${why}; set allowBelowZoneHeadroom to accept less`);
    Annotations.of(this).addWarning(`${prop} ${min} is below the zone-failure headroom (${h.minCapacity}): after losing a zone only ${min - Math.ceil(min / h.zoneCount)} of ${h.requiredCapacity} required instances remain until Auto Scaling replaces them.`);
  }

  /** ManagedBy, then the user's tags (escaped: they are user text). */
  private tags(): Record<string, string> {
    return { [MANAGED_BY_TAG]: MANAGED_BY_VALUE, ...(literalMap(this.props.tags) ?? {}) };
  }

  /** The group: every zone's private subnets, ELB health checks, instance refresh that rolls back (see {@link rollback}). */
  private createGroup(): AutoscalingGroup {
    const props = this.props;
    return createServiceGroup(this, {
      subnetIds: props.network.privateSubnetIds,
      minCapacity: this.minCapacity,
      maxCapacity: this.maxCapacity,
      headroom: this.zoneHeadroom,
      launchTemplate: this.launchTemplate,
      targetGroupArn: this.targetGroup.arn,
      healthCheckGracePeriodSeconds: props.healthCheckGracePeriodSeconds ?? 300,
      instanceRefreshMinHealthyPercentage: props.instanceRefreshMinHealthyPercentage ?? 90,
      mixed: props.instanceTypes
        ? { instanceTypes: props.instanceTypes, onDemandBaseCapacity: props.onDemandBaseCapacity ?? 0, onDemandPercentageAboveBaseCapacity: props.onDemandPercentageAboveBaseCapacity ?? 100 }
        : undefined,
      predictiveMode: props.predictiveScaling?.mode ?? (props.predictiveScaling ? 'ForecastOnly' : undefined),
      tags: this.tags(),
    });
  }

  private createStepScaling(s: StepScaling): [AutoscalingPolicy, CloudwatchMetricAlarm] {
    const policy = stepScalingPolicy(this, this.autoScalingGroup.name, s);
    const alarm = this.addAlarms([stepScalingAlarmDefinition(s, policy.arn)]).stepScaleOut;
    return [policy, alarm];
  }
}
