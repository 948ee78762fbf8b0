import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { RegionPlacement } from './region-placement';

/** Provisioned capacity of a table (and of each of its indexes), kept near a target utilisation by Application Auto Scaling. */
export interface CapacityScaling {
  /** Fewest capacity units per second (also the capacity the table is created with). */
  readonly min: number;
  /** Most capacity units per second autoscaling may provision. */
  readonly max: number;
  /**
   * Consumed capacity as a percentage of provisioned that autoscaling holds (20 to 90).
   * @default 70
   */
  readonly targetUtilizationPercent?: number;
}

/** Application Auto Scaling's limits on a DynamoDB target-tracking policy. */
export const TARGET_UTILIZATION = { min: 20, max: 90, default: 70 };
/** Most read or write capacity units a table may provision by default (account quota, per table). */
export const MAX_CAPACITY_UNITS = 40000;

/** One scalable thing of a table: the table itself or one of its global secondary indexes. */
export interface ScalableTablePart {
  /** Construct-id fragment, e.g. `table` or `index-by-customer`. */
  readonly id: string;
  /** Application Auto Scaling resource id: `table/<name>` or `table/<name>/index/<index>`. */
  readonly resourceId: string;
  /** `table` or `index` (the scalable dimension's middle part). */
  readonly kind: 'table' | 'index';
}

/** The autoscaling targets and policies of one part in one region. */
export interface CapacityAutoscaling {
  /** Scalable target of the read capacity. */
  readonly readTarget: AppautoscalingTarget;
  /** Target tracking of the read capacity utilisation. */
  readonly readPolicy: AppautoscalingPolicy;
  /** Scalable target of the write capacity. */
  readonly writeTarget: AppautoscalingTarget;
  /** Target tracking of the write capacity utilisation. */
  readonly writePolicy: AppautoscalingPolicy;
}

/**
 * Target-tracking autoscaling of read and write capacity for one table part
 * in one region (a global table's replicas are scaled in their own regions).
 */
export function capacityAutoscaling(
  scope: Construct,
  part: ScalableTablePart,
  placement: RegionPlacement,
  idSuffix: string,
  capacity: { readonly read: CapacityScaling; readonly write: CapacityScaling },
  dependsOn: readonly ITerraformDependable[],
): CapacityAutoscaling {
  const scale = (direction: 'read' | 'write') => {
    const c = capacity[direction];
    const unit = direction === 'read' ? 'ReadCapacityUnits' : 'WriteCapacityUnits';
    const target = new AppautoscalingTarget(scope, `${part.id}-${direction}-scaling${idSuffix}`, {
      serviceNamespace: 'dynamodb',
      scalableDimension: `dynamodb:${part.kind}:${unit}`,
      resourceId: part.resourceId,
      minCapacity: c.min,
      maxCapacity: c.max,
      dependsOn: [...dependsOn],
      ...placement.resourceConfig,
    });
    const policy = new AppautoscalingPolicy(scope, `${part.id}-${direction}-scaling-policy${idSuffix}`, {
      name: `${direction}-capacity-target-tracking`,
      policyType: 'TargetTrackingScaling',
      serviceNamespace: target.serviceNamespace,
      scalableDimension: target.scalableDimension,
      resourceId: target.resourceId,
      targetTrackingScalingPolicyConfiguration: {
        targetValue: c.targetUtilizationPercent ?? TARGET_UTILIZATION.default,
        predefinedMetricSpecification: { predefinedMetricType: direction === 'read' ? 'DynamoDBReadCapacityUtilization' : 'DynamoDBWriteCapacityUtilization' },
      },
      ...placement.resourceConfig,
    });
    return [target, policy] as const;
  };
  const [readTarget, readPolicy] = scale('read');
  const [writeTarget, writePolicy] = scale('write');
  return { readTarget, readPolicy, writeTarget, writePolicy };
}
