import { AutoscalingGroup, AutoscalingGroupTag } from '@cdktf/provider-aws/lib/autoscaling-group';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Token } from 'cdktf';
import { Construct } from 'constructs';
import { MANAGED_BY_TAG } from '../../../core/tags';
import { physicalName } from '../../../core/naming';
import { capacityTags } from '../capacity-tags';
import { ZoneHeadroom } from '../zone-capacity';

/** What the Auto Scaling group of an AutoScaledService is built from (values already checked). */
export interface ServiceGroupOptions {
  readonly subnetIds: string[];
  readonly minCapacity: number;
  readonly maxCapacity: number;
  readonly headroom: ZoneHeadroom;
  readonly launchTemplate: LaunchTemplate;
  readonly targetGroupArn: string;
  readonly healthCheckGracePeriodSeconds: number;
  readonly instanceRefreshMinHealthyPercentage: number;
  /** Instance types of a mixed-instances group, with its on-demand split. @default - a single-type group */
  readonly mixed?: { readonly instanceTypes: readonly string[]; readonly onDemandBaseCapacity: number; readonly onDemandPercentageAboveBaseCapacity: number };
  /** The predictive scaling mode, for the capacity tags. @default - no predictive scaling */
  readonly predictiveMode?: string;
  /** ManagedBy and the user's tags (escaped), propagated to the instances. */
  readonly tags: Record<string, string>;
}

/**
 * The group of an AutoScaledService (logical id `asg`): every zone's private
 * subnets, ELB health checks, capacity rebalancing, and an instance refresh
 * that rolls back (its alarms are bound by `RollbackAlarms`). Tags: Name,
 * ManagedBy, the capacity tags the report reads, then the user's.
 */
export function createServiceGroup(scope: Construct, o: ServiceGroupOptions): AutoscalingGroup {
  // A numbered version (not $Latest) so an instance refresh can roll back.
  const ltSpec = { id: o.launchTemplate.id, version: Token.asString(o.launchTemplate.latestVersion) };
  const { [MANAGED_BY_TAG]: managedBy, ...userTags } = o.tags;
  const capacity = capacityTags({ headroom: o.headroom, predictiveMode: o.predictiveMode });
  const tag: AutoscalingGroupTag[] = Object.entries({ Name: physicalName(scope, { maxLength: 255 }), [MANAGED_BY_TAG]: managedBy, ...capacity, ...userTags }).map(([key, value]) => ({
    key,
    value,
    propagateAtLaunch: true,
  }));
  return new AutoscalingGroup(scope, 'asg', {
    namePrefix: `${physicalName(scope, { maxLength: 200 })}-`,
    vpcZoneIdentifier: o.subnetIds,
    minSize: o.minCapacity,
    maxSize: o.maxCapacity,
    healthCheckType: 'ELB',
    healthCheckGracePeriod: o.healthCheckGracePeriodSeconds,
    defaultInstanceWarmup: 120,
    targetGroupArns: [o.targetGroupArn],
    capacityRebalance: true,
    enabledMetrics: ['GroupDesiredCapacity', 'GroupInServiceInstances', 'GroupPendingInstances', 'GroupTerminatingInstances', 'GroupTotalInstances'],
    metricsGranularity: '1Minute',
    terminationPolicies: ['OldestLaunchTemplate', 'Default'],
    instanceMaintenancePolicy: { minHealthyPercentage: 100, maxHealthyPercentage: 110 },
    launchTemplate: o.mixed ? undefined : ltSpec,
    mixedInstancesPolicy: o.mixed
      ? {
          launchTemplate: {
            launchTemplateSpecification: { launchTemplateId: ltSpec.id, version: ltSpec.version },
            override: o.mixed.instanceTypes.map((t) => ({ instanceType: t })),
          },
          instancesDistribution: {
            onDemandBaseCapacity: o.mixed.onDemandBaseCapacity,
            onDemandPercentageAboveBaseCapacity: o.mixed.onDemandPercentageAboveBaseCapacity,
            spotAllocationStrategy: 'price-capacity-optimized',
          },
        }
      : undefined,
    instanceRefresh: {
      strategy: 'Rolling',
      preferences: { minHealthyPercentage: o.instanceRefreshMinHealthyPercentage, autoRollback: true, skipMatching: true },
    },
    tag,
  });
}
