import { Fn, Token } from 'cdktf';
import { isUnresolved } from '../../../core/tokens';
import { literal, literalInCall } from '../../../core/user-text';
import type { GlobalDatabaseInfo } from '../../database/cross-region';
import type { ArcBlockStep, ArcStep, ArcWorkflow } from '../arc-region-switch-plan';
import type { RegionalFailover } from '../regional-failover';
import type { RegionSwitchPlanProps } from '../region-switch-plan';

/**
 * The ARN of the global database's cluster in a region. A region known only
 * at apply (a variable) is looked up in Terraform, which fails the plan when
 * the database has no cluster there.
 */
function clusterIn(g: GlobalDatabaseInfo, region: string): string {
  // User text (escaped): inside the lookup call cdktf escapes `${` itself, not `%{` (literalInCall).
  return isUnresolved(region) ? Token.asString(Fn.lookup(literalInCall({ ...g.clusterArns }), region)) : literal(g.clusterArns[region]);
}

/**
 * ARC Developer Guide, "Amazon EC2 Auto Scaling group execution block": enter the group "in each Region for your
 * plan"; ARC reads the capacity of the Region being left and scales the activated one's group to
 * ceil(targetPercent x that capacity), never down.
 */
function capacityStep(props: RegionSwitchPlanProps, side: 'primary' | 'recovery', region: string): ArcBlockStep | undefined {
  const services = props.services;
  if (!services) return undefined;
  return {
    name: 'scale-up',
    description: `Scale ${services[side].node.path} in ${region} to ${Token.asString(props.targetPercent ?? 100)}% of the other region's capacity`,
    executionBlockType: 'EC2AutoScaling',
    ec2AsgCapacityIncreaseConfig: {
      asgArns: [services.primary.autoScalingGroup.arn, services.recovery.autoScalingGroup.arn].map(literal),
      capacityMonitoringApproach: 'sampledMaxInLast24Hours',
      targetPercent: props.targetPercent ?? 100,
      ungracefulMinimumSuccessPercentage: props.ungracefulMinimumSuccessPercentage ?? 80,
    },
  };
}

function databaseStep(props: RegionSwitchPlanProps, region: string): ArcBlockStep | undefined {
  const g = props.database?.globalDatabase;
  if (!g) return undefined;
  const f = props.failover;
  return {
    name: 'database',
    description: `Switch the global database ${g.globalClusterIdentifier} over to ${region} (fail over, allowing data loss, when ungraceful)`,
    executionBlockType: 'AuroraGlobalDatabase',
    globalAuroraConfig: {
      behavior: 'switchoverOnly',
      ungraceful: 'failover',
      globalClusterIdentifier: g.globalClusterIdentifier,
      databaseClusterArns: [clusterIn(g, f.primaryRegion), clusterIn(g, f.recoveryRegion)],
    },
  };
}

/** The Route 53 health check step: ARC flips the plan's health checks, which the failover records follow. */
function dnsStep(f: RegionalFailover, region: string): ArcBlockStep {
  return {
    name: 'dns',
    description: `Route ${f.recordName} to ${region}: flip the plan's Route 53 health checks, which the failover records follow`,
    executionBlockType: 'Route53HealthCheck',
    route53HealthCheckConfig: {
      hostedZoneId: f.hostedZoneId,
      recordName: f.recordName,
      recordSets: [
        { recordSetIdentifier: f.setIdentifiers.primary, region: f.primaryRegion },
        { recordSetIdentifier: f.setIdentifiers.recovery, region: f.recoveryRegion },
      ],
    },
  };
}

/**
 * The workflow that activates one side's Region: an optional manual approval, then capacity and database (one
 * parallel step when there are both: independent of each other, so the longer one counts in the recovery time,
 * not the sum), then DNS.
 */
export function regionSwitchWorkflow(props: RegionSwitchPlanProps, side: 'primary' | 'recovery'): ArcWorkflow {
  const f = props.failover;
  const region = side === 'primary' ? f.primaryRegion : f.recoveryRegion;
  const steps: ArcStep[] = [];
  if (props.approval) {
    steps.push({
      name: 'approve',
      description: `An operator confirms the switch to ${region}`,
      executionBlockType: 'ManualApproval',
      executionApprovalConfig: { approvalRole: literal(props.approval.approvalRoleArn), timeoutMinutes: props.approval.timeoutMinutes ?? 60 },
    });
  }
  const capacityAndData = [capacityStep(props, side, region), databaseStep(props, region)].filter((x): x is ArcBlockStep => x !== undefined);
  if (capacityAndData.length === 1) steps.push(capacityAndData[0]);
  if (capacityAndData.length > 1) {
    steps.push({ name: 'capacity-and-database', description: `Scale ${region} up and make its database the writer, together`, executionBlockType: 'Parallel', parallelSteps: capacityAndData });
  }
  steps.push(dnsStep(f, region));
  return { targetAction: 'activate', targetRegion: region, description: side === 'recovery' ? `Fail over to ${region}` : `Fail back to ${region}`, steps };
}
