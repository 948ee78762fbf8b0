import { TerraformProvider } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { isUnresolved } from '../../../core/tokens';
import { partitionOfRegion } from '../../../aws-validity/facts/regions';
import { awsRegionOf, checkArnPlacement } from '../../common/aws-location';
import type { RegionSwitchDatabase, RegionSwitchPlanProps } from '../region-switch-plan';

/**
 * What relates a Region switch plan's props to each other and to its failover (each prop passed its spec first):
 * objectives with a standby to activate, a database replicated to both Regions and able to take writes there,
 * a service per Region whose groups are in their Regions and can scale to each other, ARNs of the plan's partition.
 */
export function checkRegionSwitchPlan(scope: IConstruct, props: RegionSwitchPlanProps): void {
  checkObjectives(scope, props);
  checkPlanPartition(scope, props);
  if (props.approval !== undefined) {
    checkArnPlacement(scope, 'approval.approvalRoleArn', props.approval.approvalRoleArn, {
      regional: false,
      provider: props.provider as TerraformProvider | undefined,
      why: "ARC assumes the approver's role in the plan's partition (IAM is global within a partition)",
    });
  }
  checkDatabase(scope, props);
  checkServices(scope, props);
  if (props.services === undefined) {
    for (const prop of ['targetPercent', 'ungracefulMinimumSuccessPercentage'] as const) {
      if (props[prop] !== undefined) throw new InvalidPropError(scope, prop, props[prop], 'sets the capacity step, which needs services (the AutoScaledService of each region): give them, or leave it out');
    }
  }
}

/**
 * The plan is created where its provider is, and switches between the failover's two Regions: a plan in another
 * partition (aws-cn, aws-us-gov) cannot reach them (partitions are isolated: AWS General Reference, "AWS partitions").
 */
function checkPlanPartition(scope: IConstruct, props: RegionSwitchPlanProps): void {
  const region = awsRegionOf(scope, props.provider as TerraformProvider | undefined);
  const failoverRegion = props.failover.primaryRegion;
  if (region === undefined || isUnresolved(failoverRegion)) return;
  const [planPartition, failoverPartition] = [partitionOfRegion(region), partitionOfRegion(failoverRegion)];
  if (planPartition === failoverPartition) return;
  throw new InvalidPropError(
    scope,
    'provider',
    region,
    `must be a provider of the ${failoverPartition} partition, where the failover's Regions are (${failoverRegion}, ${props.failover.recoveryRegion}): a plan in ${planPartition} cannot switch between them`,
  );
}

function checkObjectives(scope: IConstruct, props: RegionSwitchPlanProps): void {
  const o = props.objectives;
  if (o === undefined) return;
  if (!o.objectives.region) throw new InvalidPropError(scope, 'objectives', o.node.path, 'must have a region objective: the plan recovers from a region disruption');
  if (o.strategy === 'backup-restore') {
    throw new InvalidPropError(scope, 'objectives', o.node.path, 'have the strategy backup-restore: there is no standby for a Region switch plan to activate (restore from the copied backups instead, or use pilot-light or warm-standby)');
  }
}

/** A resource of the plan must be in the region it is used for (when both are known at synth). */
function checkArnRegion(scope: IConstruct, prop: string, arn: string, region: string): void {
  const actual = arn.split(':')[3];
  if (isUnresolved(region) || actual === undefined || isUnresolved(actual) || actual === region) return;
  throw new InvalidPropError(scope, prop, arn, `must be in ${region} (it is in ${actual || 'no region'}): the plan acts on it when it activates ${region}`);
}

function checkDatabase(scope: IConstruct, props: RegionSwitchPlanProps): void {
  const db = props.database;
  if (db === undefined) return;
  const g = db.globalDatabase;
  if (g === undefined) {
    throw new InvalidPropError(scope, 'database', db.node.path, 'has no Aurora Global Database: give the ResilientDatabase `globalDatabase` (a secondary cluster in the recovery region), or leave the database out of the plan');
  }
  for (const [region, arn] of Object.entries(g.clusterArns)) checkArnRegion(scope, `database.globalDatabase.clusterArns.${region}`, arn, region);
  for (const region of [props.failover.primaryRegion, props.failover.recoveryRegion]) {
    if (isUnresolved(region)) continue;
    if (g.clusterArns[region] === undefined) {
      throw new InvalidPropError(scope, 'database', db.node.path, `does not replicate to ${region} (its global database is in ${Object.keys(g.clusterArns).join(', ')}): the plan cannot activate a region without the data`);
    }
  }
  // ARC plan evaluation of the Aurora Global Database block checks that "DB instances exist in both clusters";
  // a headless secondary has none, so the failover would have no writer to promote.
  if ((db as RegionSwitchDatabase).copy?.headless === true) {
    throw new InvalidPropError(
      scope,
      'database',
      db.node.path,
      "has a headless secondary (no DB instance), which cannot take writes: ARC's Aurora Global Database block needs instances in both clusters. Give recoveryRegion standby: 'readers', or leave the database out of the plan and add an instance before failing over (its failover-steps output)",
    );
  }
}

function checkServices(scope: IConstruct, props: RegionSwitchPlanProps): void {
  const s = props.services;
  if (s === undefined) return;
  if (s.primary === s.recovery) throw new InvalidPropError(scope, 'services.recovery', s.recovery.node.path, 'must differ from services.primary: each region runs its own service');
  const f = props.failover;
  checkArnRegion(scope, 'services.primary.autoScalingGroup.arn', s.primary.autoScalingGroup.arn, f.primaryRegion);
  checkArnRegion(scope, 'services.recovery.autoScalingGroup.arn', s.recovery.autoScalingGroup.arn, f.recoveryRegion);
  checkRoomToScale(scope, props, 'recovery', 'primary');
  checkRoomToScale(scope, props, 'primary', 'recovery');
}

/**
 * ARC plan evaluation (EC2 Auto Scaling block, capacity): "the maximum capacity of the target Region's Auto
 * Scaling group is sufficient to scale up to the source Region's capacity". The source runs at most its maximum,
 * and ARC aims at ceil(targetPercent x source capacity); the target's maximum must allow that.
 */
function checkRoomToScale(scope: IConstruct, props: RegionSwitchPlanProps, target: 'primary' | 'recovery', source: 'primary' | 'recovery'): void {
  const max = (side: 'primary' | 'recovery') => props.services![side].autoScalingGroup.maxSizeInput;
  const [targetMax, sourceMax, pct] = [max(target), max(source), props.targetPercent ?? 100];
  if (![targetMax, sourceMax, pct].every((v) => typeof v === 'number' && !isUnresolved(v))) return;
  const needed = Math.ceil((pct * sourceMax!) / 100);
  if (targetMax! >= needed) return;
  throw new InvalidPropError(
    scope,
    `services.${target}`,
    props.services![target].node.path,
    `has a maximum of ${targetMax} instances, but activating its region asks for ${pct}% of the ${source} region's up to ${sourceMax}: ${needed}. Raise its maxCapacity (or lower targetPercent)`,
  );
}
