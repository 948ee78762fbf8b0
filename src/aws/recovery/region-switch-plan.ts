import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Annotations, TerraformOutput, TerraformProvider } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { isUnresolved } from '../../core/tokens';
import { physicalName } from '../../core/naming';
import { literal } from '../../core/user-text';
import { GlobalDatabaseInfo } from '../database/cross-region';
import { requireAwsProvider } from '../common/provider-version';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { serviceRole } from '../common/service-role';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { FIGURES } from '../../recovery/figures';
import { recoveryTags } from '../../recovery/tags';
import { ArcRegionSwitchPlan, REGION_SWITCH_MIN_PROVIDER_VERSION } from './arc-region-switch-plan';
import { DataArcRegionSwitchRoute53HealthChecks } from './arc-region-switch-route53-health-checks';
import { REGION_SWITCH_PLAN_PROPS } from './private/region-switch-plan-spec';
import { regionSwitchChain } from './private/region-switch-chain';
import { checkRegionSwitchPlan } from './private/region-switch-checks';
import { executionStatements } from './private/region-switch-policy';
import { regionSwitchWorkflow } from './private/region-switch-workflow';
import type { RecoveryObjectives } from './recovery-objectives';
import type { RegionalFailover, RegionSwitchGates } from './regional-failover';

/** A construct that may hold an Aurora Global Database (a `ResilientDatabase`). */
export interface RegionSwitchDatabase extends IConstruct {
  /** The global database, when the construct has one. */
  readonly globalDatabase?: GlobalDatabaseInfo;
  /**
   * The copy in the recovery region (a `ResilientDatabase`'s `copy`). A headless secondary (no DB instance) cannot
   * take over: the plan refuses it.
   * @default - a secondary with instances
   */
  readonly copy?: { readonly headless?: boolean };
}

/** A service with an Auto Scaling group (an `AutoScaledService`). */
export interface RegionSwitchService extends IConstruct {
  /**
   * The group. When its maximum size and health check grace period are known at synth (an `aws_autoscaling_group`
   * has `maxSizeInput` and `healthCheckGracePeriodInput`), the plan checks the capacity step against the maximum
   * and counts the grace period in the recovery time.
   */
  readonly autoScalingGroup: { readonly arn: string; readonly maxSizeInput?: number; readonly healthCheckGracePeriodInput?: number };
}

/** A manual approval before the plan changes anything. */
export interface RegionSwitchApproval {
  /** ARN of the IAM role whose principals approve the step (it needs `arc-region-switch:ApprovePlanExecutionStep`). */
  readonly approvalRoleArn: string;
  /**
   * Minutes to wait for the approval before the execution fails.
   * @default 60
   */
  readonly timeoutMinutes?: number;
}

export interface RegionSwitchPlanProps extends ReliableConstructProps<Record<string, never>> {
  /** The DNS failover: its regions become the plan's, and its record is the plan's Route 53 health check step. */
  readonly failover: RegionalFailover;
  /**
   * The recovery objectives; the plan's recovery time objective is their region RTO.
   * @default - the plan has no recovery time objective
   */
  readonly objectives?: RecoveryObjectives;
  /**
   * The database whose Aurora Global Database the plan switches over (or fails over, when ungraceful).
   * @default - no database step
   */
  readonly database?: RegionSwitchDatabase;
  /**
   * The service in each region (both): activating a region scales its Auto Scaling group up to `targetPercent` of
   * the capacity of the region being left, which ARC reads from that region's group, so each capacity step lists
   * both groups (ARC Developer Guide, "Amazon EC2 Auto Scaling group execution block").
   * @default - no capacity step
   */
  readonly services?: { readonly primary: RegionSwitchService; readonly recovery: RegionSwitchService };
  /**
   * Percent of the other region's capacity (its sampled maximum over the last 24 hours) to reach.
   * Only with `services` (it sets their capacity step).
   * @default 100
   */
  readonly targetPercent?: number;
  /**
   * In an ungraceful execution (the other region is down), the capacity step succeeds once this percent of the
   * target is reached. Only with `services`.
   * @default 80
   */
  readonly ungracefulMinimumSuccessPercentage?: number;
  /**
   * A manual approval as the first step of each workflow.
   * @default - no approval: the plan runs as soon as someone starts it
   */
  readonly approval?: RegionSwitchApproval;
  /**
   * Alarm ARNs that show the application's health during an execution (`applicationHealth` alarms), e.g. the SLO
   * page alarms of each region.
   * @default - none
   */
  readonly healthAlarmArns?: readonly string[];
  /**
   * Plan name, unique in the account (1 to 32 letters, digits and hyphens).
   * @default - derived from the construct path
   */
  readonly name?: string;
  /**
   * Provider the plan and its execution role are created with.
   * @default - the stack's default AWS provider
   */
  readonly provider?: TerraformProvider;
}

/**
 * The regional failover as an ARC Region switch plan (`aws_arcregionswitch_plan`),
 * built from the stack's constructs: an active/passive plan over the
 * failover's two regions, with a workflow that activates each region (the
 * recovery region to fail over, the primary to fail back): an optional
 * manual approval; the capacity and database step, run in parallel (both
 * regions' Auto Scaling groups, the activated one scaled up to the other's
 * capacity; the Aurora Global Database switched over, failed over when
 * ungraceful); then the Route 53 health check step, whose health checks the
 * failover records follow (see {@link RegionalFailover.holdWithRegionSwitch}):
 * the step moves traffic and keeps DNS from failing back by itself. ARC
 * assumes an execution role that may do exactly that and no more.
 *
 * The plan reports its recovery time as a chain (detection, decision, the
 * steps, DNS) and is held to the region RTO of `objectives`.
 *
 * The bindings of cdktf (provider 6.25) lack the resource and the data
 * source; on cdktf the stack's AWS provider constraint is raised to
 * {@link REGION_SWITCH_MIN_PROVIDER_VERSION}, with a warning (cdktn's
 * bindings pin 6.66, which has both).
 */
export class RegionSwitchPlan extends ReliableConstruct implements IRecoverable {
  /** The plan. */
  public readonly plan: ArcRegionSwitchPlan;
  /** The role ARC assumes to run the plan. */
  public readonly executionRole: IamRole;
  /** Its least-privilege policy. */
  public readonly executionPolicy: IamRolePolicy;
  /** The plan's name. */
  public readonly planName: string;
  /** The Route 53 health checks ARC allocated for the plan's DNS step (read after the plan exists). */
  public readonly healthChecks: DataArcRegionSwitchRoute53HealthChecks;
  /** The calculated health checks the failover records now follow. */
  public readonly gates: RegionSwitchGates;
  /** The recovery time of a failover with this plan, as a chain of steps. */
  public readonly recovery: RecoveryAchievement;

  constructor(scope: Construct, id: string, props: RegionSwitchPlanProps) {
    super(scope, id, props, { alarmKeys: [], props: REGION_SWITCH_PLAN_PROPS });
    checkRegionSwitchPlan(this, props);
    this.planName = props.name ?? physicalName(this, { maxLength: 32, allowed: /[A-Za-z0-9-]/ });
    this.claimName('ARC Region switch plan', this.planName, props.provider);
    this.recovery = this.recoveryChain(props);
    const partition = new DataAwsPartition(this, 'partition', { provider: props.provider });
    const account = new DataAwsCallerIdentity(this, 'account', { provider: props.provider });
    this.executionRole = serviceRole(this, 'execution-role', { service: 'arc-region-switch.amazonaws.com', namePrefix: physicalName(this, { maxLength: 38, suffix: 'arc' }) });
    if (props.provider) this.executionRole.provider = props.provider;
    const statements = executionStatements(props, { roleArn: this.executionRole.arn, planName: this.planName, partition: partition.partition, account: account.accountId });
    this.executionPolicy = new IamRolePolicy(this, 'execution-policy', {
      provider: props.provider,
      role: this.executionRole.name,
      name: 'region-switch',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: statements }),
    });
    this.plan = this.createPlan(props);
    this.healthChecks = new DataArcRegionSwitchRoute53HealthChecks(this, 'health-checks', { provider: props.provider, planArn: this.plan.arn });
    const f = props.failover;
    this.gates = f.holdWithRegionSwitch(this, { primary: this.healthChecks.healthCheckIdIn(f.primaryRegion), recovery: this.healthChecks.healthCheckIdIn(f.recoveryRegion) });
    props.objectives?.addResource(this);
    // The resource and the data source came in the same release, 6.29.0 (a test keeps the two constants equal).
    requireAwsProvider(this, REGION_SWITCH_MIN_PROVIDER_VERSION, 'ARC Region switch (aws_arcregionswitch_plan and the data source aws_arcregionswitch_route53_health_checks) is newer than the bindings');
    new TerraformOutput(this, 'run', {
      description: 'How to run the Region switch plan',
      // Regions are checked region names (or references): nothing here is user text to escape.
      value:
        `Fail over: aws arc-region-switch start-plan-execution --plan-arn ${this.plan.arn} --target-region ${f.recoveryRegion} --action activate ` +
        `(--mode ungraceful when ${f.primaryRegion} is down). Fail back: the same with --target-region ${f.primaryRegion}.`,
    });
  }

  /**
   * The recovery time of a failover run with this plan, from the stack's configuration: the failover's health
   * check and page alarm, the approval, the recovery group's health check grace period, the database failover,
   * the plan's DNS step and the alias TTL (figures in src/recovery/figures.ts).
   */
  private recoveryChain(props: RegionSwitchPlanProps): RecoveryAchievement {
    const f = props.failover;
    const page = f.pageSeconds;
    const alarm = f.alarms.primaryUnhealthy;
    const grace = props.services?.recovery.autoScalingGroup.healthCheckGracePeriodInput;
    const knownGrace = typeof grace === 'number' && !isUnresolved(grace);
    const links = regionSwitchChain({
      page:
        page === undefined
          ? undefined
          : {
              seconds: page,
              how: `Route 53 health check ${f.detectionSeconds! / f.healthCheckIntervalSeconds} x ${f.healthCheckIntervalSeconds} s, then the primaryUnhealthy page ${alarm!.evaluationPeriodsInput} x ${alarm!.periodInput} s`,
              source: `${f.node.path}: health check and primaryUnhealthy alarm settings`,
            },
      approval: props.approval !== undefined,
      scaleUp: props.services
        ? knownGrace
          ? { seconds: grace, how: `health check grace period of ${props.services.recovery.node.path}`, source: `${props.services.recovery.node.path}: health_check_grace_period` }
          : { seconds: FIGURES.ec2ScaleOut.seconds, how: 'new instances launch and pass health checks', source: FIGURES.ec2ScaleOut.source }
        : undefined,
      database: props.database?.globalDatabase !== undefined,
    });
    if (links === undefined) {
      Annotations.of(this).addWarning(
        `the plan's recovery time cannot be computed at synth: ${f.node.path} has no primaryUnhealthy page alarm, or its health check or alarm settings are Terraform variables; the region RTO is not checked against the plan`,
      );
    }
    return {
      resource: this.node.path,
      kind: 'region switch plan',
      stateless: true,
      regions: [f.primaryRegion, f.recoveryRegion],
      rtoRegionSeconds: links?.reduce((sum, l) => sum + l.seconds, 0),
      rtoRegionChain: links,
      sources: links?.map((l) => l.source),
    };
  }

  private createPlan(props: RegionSwitchPlanProps): ArcRegionSwitchPlan {
    const f = props.failover;
    const rto = props.objectives?.objectives.region?.rtoSeconds;
    return new ArcRegionSwitchPlan(this, 'plan', {
      provider: props.provider,
      name: this.planName,
      executionRole: this.executionRole.arn,
      recoveryApproach: 'activePassive',
      regions: [f.primaryRegion, f.recoveryRegion],
      primaryRegion: f.primaryRegion,
      recoveryTimeObjectiveMinutes: rto !== undefined ? Math.ceil(rto / 60) : undefined,
      description: literal(`Regional failover of ${f.recordName}: ${f.primaryRegion} (primary) and ${f.recoveryRegion}; built by ${this.node.path}`).slice(0, 1024),
      workflows: [regionSwitchWorkflow(props, 'recovery'), regionSwitchWorkflow(props, 'primary')],
      associatedAlarms: props.healthAlarmArns?.map((arn, i) => ({ name: `health-${i}`, alarmArn: literal(arn), alarmType: 'applicationHealth' as const })),
      tags: recoveryTags(this.recovery),
    });
  }
}
