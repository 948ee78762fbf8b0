import { AppautoscalingPolicy } from '@cdktf/provider-aws/lib/appautoscaling-policy';
import { AppautoscalingTarget } from '@cdktf/provider-aws/lib/appautoscaling-target';
import { RdsCluster } from '@cdktf/provider-aws/lib/rds-cluster';
import { RdsClusterInstance } from '@cdktf/provider-aws/lib/rds-cluster-instance';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { checkCount, checkNumber } from '../../core/validation';
import { MAX_AURORA_READERS } from './private/resilient-database-spec';

/** Reader autoscaling of an Aurora cluster (Application Auto Scaling on `rds:cluster:ReadReplicaCount`). */
export interface ReaderAutoscaling {
  /**
   * Fewest Aurora replicas.
   * @default - the `readers` count
   */
  readonly minReaders?: number;
  /** Most Aurora replicas (at most 15). */
  readonly maxReaders: number;
  /**
   * Target average reader CPU, percent.
   * @default 60
   */
  readonly cpuTargetPercent?: number;
}

/** Where the writer and each reader of an Aurora cluster go. */
export interface AuroraZones {
  readonly writerZone?: string;
  readonly readerZones: (string | undefined)[];
}

/**
 * Writer in the network's first zone, readers in the other zones in turn (or
 * the zones given); at least one reader outside the writer's zone, so a zone
 * failure leaves a reader to promote.
 */
export function planAuroraZones(
  scope: Construct,
  o: { readonly networkZones?: string[]; readonly writerZone?: string; readonly readerZones?: string[]; readonly readers: number },
): AuroraZones {
  const zones = o.networkZones;
  const writerZone = o.writerZone ?? zones?.[0];
  let readerZones: (string | undefined)[];
  if (o.readerZones !== undefined) {
    checkCount(scope, 'readerZones', o.readerZones, o.readers, o.readers);
    readerZones = o.readerZones;
  } else if (zones && zones.length > 0) {
    const others = zones.filter((z) => z !== writerZone);
    const pool = others.length > 0 ? others : zones;
    readerZones = Array.from({ length: o.readers }, (_, i) => pool[i % pool.length]);
  } else {
    readerZones = Array.from({ length: o.readers }, () => undefined);
    Annotations.of(scope).addWarning('The network exposes no zones and no writerZone/readerZones were given: RDS picks the instance zones and may put the writer and its readers in the same zone.');
  }
  if (writerZone !== undefined && readerZones.length > 0 && readerZones.every((z) => z === writerZone)) {
    throw new InvalidPropError(scope, 'readerZones', readerZones, `must put at least one reader in a zone other than the writer's (${writerZone}), so a zone failure leaves a reader to promote`);
  }
  if (zones && !isUnresolved(zones)) {
    const known = (z: string | undefined) => z === undefined || isUnresolved(z) || zones.includes(z);
    if (!known(writerZone)) throw new InvalidPropError(scope, 'writerZone', writerZone, `must be one of the network's zones (${zones.join(', ')})`);
    readerZones.forEach((z, i) => {
      if (!known(z)) throw new InvalidPropError(scope, `readerZones[${i}]`, z, `must be one of the network's zones (${zones.join(', ')})`);
    });
  }
  return { writerZone, readerZones };
}

/** Relates reader autoscaling to the readers (the spec checked each field): minReaders defaults to them, maxReaders is at least minReaders. */
export function checkReaderAutoscaling(scope: Construct, a: ReaderAutoscaling | undefined, readers: number): void {
  if (a === undefined) return;
  const min = a.minReaders ?? readers;
  checkNumber(scope, 'readerAutoscaling.maxReaders', a.maxReaders, { integer: true, min: isUnresolved(min) ? 1 : min, max: MAX_AURORA_READERS });
}

/** Target tracking on reader CPU, scaling the number of Aurora replicas between minReaders and maxReaders. */
export function readerAutoscaling(
  scope: Construct,
  cluster: RdsCluster,
  instances: RdsClusterInstance[],
  a: ReaderAutoscaling,
  readers: number,
): [AppautoscalingTarget, AppautoscalingPolicy] {
  const target = new AppautoscalingTarget(scope, 'reader-scaling-target', {
    serviceNamespace: 'rds',
    scalableDimension: 'rds:cluster:ReadReplicaCount',
    resourceId: `cluster:${cluster.clusterIdentifier}`,
    minCapacity: a.minReaders ?? readers,
    maxCapacity: a.maxReaders,
    dependsOn: instances,
  });
  const policy = new AppautoscalingPolicy(scope, 'reader-scaling-policy', {
    name: 'reader-cpu-target-tracking',
    policyType: 'TargetTrackingScaling',
    serviceNamespace: target.serviceNamespace,
    scalableDimension: target.scalableDimension,
    resourceId: target.resourceId,
    targetTrackingScalingPolicyConfiguration: {
      targetValue: a.cpuTargetPercent ?? 60,
      predefinedMetricSpecification: { predefinedMetricType: 'RDSReaderAverageCPUUtilization' },
      scaleInCooldown: 300,
      scaleOutCooldown: 300,
    },
  });
  return [target, policy];
}
