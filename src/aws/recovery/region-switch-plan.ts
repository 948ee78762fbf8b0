import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { Annotations, Fn, TerraformOutput, TerraformProvider, Token } from 'cdktf';
import { Construct, IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { GLOBAL_CLUSTER_IDENTIFIER, GLOBAL_CLUSTER_IDENTIFIER_RULE } from '../database/rds-identifiers';
import { physicalName } from '../../core/naming';
import { checkKeys, checkKnown, checkObject, checkProps, checkRequired, checkString, checkStringList, checkStringMap } from '../../core/prop-types';
import { literal } from '../../core/user-text';
import { checkArn, checkNumber, checkPattern } from '../../core/validation';
import { GlobalDatabaseInfo } from '../database/cross-region';
import { requireAwsProvider } from '../common/provider-version';
import { checkAwsProvider } from '../common/provider-prop';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { serviceRole } from '../common/service-role';
import { IRecoverable, RecoveryAchievement } from '../../recovery/achievement';
import { FIGURES } from '../../recovery/figures';
import { recoveryTags } from '../../recovery/tags';
import { ArcBlockStep, ArcRegionSwitchPlan, ArcStep, ArcWorkflow, REGION_SWITCH_MIN_PROVIDER_VERSION } from './arc-region-switch-plan';
import { DataArcRegionSwitchRoute53HealthChecks } from './arc-region-switch-route53-health-checks';
import { RecoveryObjectives } from './recovery-objectives';
import { RegionalFailover, RegionSwitchGates } from './regional-failover';
import { regionSwitchChain } from './region-switch-chain';

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

const PROP_KEYS: Record<keyof RegionSwitchPlanProps, true> = {
  failover: true,
  objectives: true,
  database: true,
  services: true,
  targetPercent: true,
  ungracefulMinimumSuccessPercentage: true,
  approval: true,
  healthAlarmArns: true,
  name: true,
  provider: true,
  alarmRouting: true,
  alarms: true,
  tags: true,
};
const PLAN_NAME = /^[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,30}[a-zA-Z0-9])?$/;

/**
 * The ARN of the global database's cluster in a region. A region known only
 * at apply (a variable) is looked up in Terraform, which fails the plan when
 * the database has no cluster there.
 */
function clusterIn(g: GlobalDatabaseInfo, region: string): string {
  return isUnresolved(region) ? Token.asString(Fn.lookup({ ...g.clusterArns }, region)) : g.clusterArns[region];
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
    super(scope, id, props, { alarmKeys: [] });
    this.validate(props);
    this.planName = props.name ?? physicalName(this, { maxLength: 32, allowed: /[A-Za-z0-9-]/ });
    this.claimName('ARC Region switch plan', this.planName, props.provider);
    this.recovery = this.recoveryChain(props);
    const partition = new DataAwsPartition(this, 'partition', { provider: props.provider });
    const account = new DataAwsCallerIdentity(this, 'account', { provider: props.provider });
    this.executionRole = serviceRole(this, 'execution-role', { service: 'arc-region-switch.amazonaws.com', namePrefix: physicalName(this, { maxLength: 38, suffix: 'arc' }) });
    if (props.provider) this.executionRole.provider = props.provider;
    this.executionPolicy = new IamRolePolicy(this, 'execution-policy', {
      provider: props.provider,
      role: this.executionRole.name,
      name: 'region-switch',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: this.statements(props, partition.partition, account.accountId) }),
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
        `Fail over: aws arc-region-switch start-plan-execution --plan-arn ${this.plan.arn} --target-region ${props.failover.recoveryRegion} --action activate ` +
        `(--mode ungraceful when ${props.failover.primaryRegion} is down). Fail back: the same with --target-region ${props.failover.primaryRegion}.`,
    });
  }

  private validate(props: RegionSwitchPlanProps): void {
    checkProps(this, props, Object.keys(PROP_KEYS));
    checkRequired(this, 'failover', props.failover, 'the RegionalFailover whose regions and record the plan switches');
    if (!(props.failover instanceof RegionalFailover)) throw new InvalidPropError(this, 'failover', props.failover, 'must be a RegionalFailover');
    if (props.objectives !== undefined) {
      if (!(props.objectives instanceof RecoveryObjectives)) throw new InvalidPropError(this, 'objectives', props.objectives, 'must be a RecoveryObjectives');
      if (!props.objectives.objectives.region) {
        throw new InvalidPropError(this, 'objectives', props.objectives.node.path, 'must have a region objective: the plan recovers from a region disruption');
      }
      if (props.objectives.strategy === 'backup-restore') {
        throw new InvalidPropError(this, 'objectives', props.objectives.node.path, 'have the strategy backup-restore: there is no standby for a Region switch plan to activate (restore from the copied backups instead, or use pilot-light or warm-standby)');
      }
    }
    checkNumber(this, 'targetPercent', props.targetPercent, { integer: true, min: 1, max: 200 });
    checkNumber(this, 'ungracefulMinimumSuccessPercentage', props.ungracefulMinimumSuccessPercentage, { integer: true, min: 1, max: 100 });
    this.validateApproval(props.approval);
    checkStringList(this, 'healthAlarmArns', props.healthAlarmArns, { unique: true });
    checkKnown(this, 'healthAlarmArns', props.healthAlarmArns, 'each alarm is an associated_alarms block of the plan');
    (props.healthAlarmArns ?? []).forEach((a, i) => checkArn(this, `healthAlarmArns[${i}]`, a, 'cloudwatch'));
    if (props.name !== undefined) {
      checkString(this, 'name', props.name);
      checkPattern(this, 'name', props.name, PLAN_NAME, '1 to 32 letters, digits and hyphens, starting and ending with a letter or digit');
    }
    checkAwsProvider(this, 'provider', props.provider);
    this.validateDatabase(props);
    this.validateServices(props);
    if (props.services === undefined) {
      for (const prop of ['targetPercent', 'ungracefulMinimumSuccessPercentage'] as const) {
        if (props[prop] !== undefined) throw new InvalidPropError(this, prop, props[prop], 'sets the capacity step, which needs services (the AutoScaledService of each region): give them, or leave it out');
      }
    }
  }

  private validateApproval(approval: RegionSwitchApproval | undefined): void {
    if (approval === undefined) return;
    checkObject(this, 'approval', approval);
    checkKnown(this, 'approval', approval, 'it decides whether the plan has an approval step');
    checkKeys(this, 'approval', approval, ['approvalRoleArn', 'timeoutMinutes']);
    checkRequired(this, 'approval.approvalRoleArn', approval.approvalRoleArn, 'the ARN of the role whose principals approve');
    checkArn(this, 'approval.approvalRoleArn', approval.approvalRoleArn, 'iam');
    checkNumber(this, 'approval.timeoutMinutes', approval.timeoutMinutes, { integer: true, min: 1, max: 10080 });
  }

  private validateDatabase(props: RegionSwitchPlanProps): void {
    const db = props.database;
    if (db === undefined) return;
    checkKnown(this, 'database', db, 'it decides whether the plan has a database step');
    if (!Construct.isConstruct(db)) throw new InvalidPropError(this, 'database', db, 'must be a ResilientDatabase (a construct with an Aurora Global Database)');
    const g = db.globalDatabase;
    if (g === undefined) {
      throw new InvalidPropError(this, 'database', db.node.path, 'has no Aurora Global Database: give the ResilientDatabase `globalDatabase` (a secondary cluster in the recovery region), or leave the database out of the plan');
    }
    const at = 'database.globalDatabase';
    checkObject(this, at, g);
    checkKnown(this, at, g, 'its clusters decide the database step');
    checkRequired(this, `${at}.globalClusterIdentifier`, g.globalClusterIdentifier, 'the identifier of the global cluster');
    checkString(this, `${at}.globalClusterIdentifier`, g.globalClusterIdentifier);
    checkPattern(this, `${at}.globalClusterIdentifier`, g.globalClusterIdentifier, GLOBAL_CLUSTER_IDENTIFIER, GLOBAL_CLUSTER_IDENTIFIER_RULE);
    checkRequired(this, `${at}.globalClusterArn`, g.globalClusterArn, 'the ARN of the global cluster');
    checkArn(this, `${at}.globalClusterArn`, g.globalClusterArn, 'rds');
    checkRequired(this, `${at}.clusterArns`, g.clusterArns, 'the ARN of each regional cluster, by region');
    checkStringMap(this, `${at}.clusterArns`, g.clusterArns);
    checkKnown(this, `${at}.clusterArns`, g.clusterArns, 'the plan switches between the clusters of its two regions');
    for (const [region, arn] of Object.entries(g.clusterArns)) {
      checkArn(this, `${at}.clusterArns.${region}`, arn, 'rds');
      this.checkArnRegion(`${at}.clusterArns.${region}`, arn, region);
    }
    for (const region of [props.failover.primaryRegion, props.failover.recoveryRegion]) {
      if (isUnresolved(region)) continue;
      if (g.clusterArns[region] === undefined) {
        throw new InvalidPropError(this, 'database', db.node.path, `does not replicate to ${region} (its global database is in ${Object.keys(g.clusterArns).join(', ')}): the plan cannot activate a region without the data`);
      }
    }
    // ARC plan evaluation of the Aurora Global Database block checks that "DB instances exist in both clusters";
    // a headless secondary has none, so the failover would have no writer to promote.
    if ((db as RegionSwitchDatabase).copy?.headless === true) {
      throw new InvalidPropError(
        this,
        'database',
        db.node.path,
        "has a headless secondary (no DB instance), which cannot take writes: ARC's Aurora Global Database block needs instances in both clusters. Give recoveryRegion standby: 'readers', or leave the database out of the plan and add an instance before failing over (its failover-steps output)",
      );
    }
  }

  private validateServices(props: RegionSwitchPlanProps): void {
    const s = props.services;
    if (s === undefined) return;
    checkObject(this, 'services', s);
    checkKnown(this, 'services', s, 'it decides whether the plan has a capacity step');
    checkKeys(this, 'services', s, ['primary', 'recovery']);
    for (const side of ['primary', 'recovery'] as const) {
      const svc: unknown = s[side];
      const at = `services.${side}`;
      if (svc === undefined) {
        // ARC sizes the activated region from the region being left: it reads that region's group (EC2 Auto Scaling block).
        throw new InvalidPropError(this, at, undefined, `is required: the ${side} region's service (an AutoScaledService); ARC scales the activated region's group to the capacity of the other region's group, so it needs both`);
      }
      checkKnown(this, at, svc, 'it decides the capacity step');
      if (!Construct.isConstruct(svc)) throw new InvalidPropError(this, at, svc, 'must be an AutoScaledService (a construct with an autoScalingGroup)');
      const group = (svc as Partial<RegionSwitchService>).autoScalingGroup;
      checkRequired(this, `${at}.autoScalingGroup`, group, 'the Auto Scaling group the plan scales up (an AutoScaledService has one)');
      checkObject(this, `${at}.autoScalingGroup`, group);
      checkKnown(this, `${at}.autoScalingGroup`, group, 'the plan scales the group by its ARN');
      checkRequired(this, `${at}.autoScalingGroup.arn`, group!.arn, 'the ARN of the Auto Scaling group');
      checkArn(this, `${at}.autoScalingGroup.arn`, group!.arn, 'autoscaling');
    }
    if (s.primary === s.recovery) throw new InvalidPropError(this, 'services.recovery', s.recovery.node.path, 'must differ from services.primary: each region runs its own service');
    const f = props.failover;
    this.checkArnRegion('services.primary.autoScalingGroup.arn', s.primary.autoScalingGroup.arn, f.primaryRegion);
    this.checkArnRegion('services.recovery.autoScalingGroup.arn', s.recovery.autoScalingGroup.arn, f.recoveryRegion);
    this.checkRoomToScale(props, 'recovery', 'primary');
    this.checkRoomToScale(props, 'primary', 'recovery');
  }

  /**
   * ARC plan evaluation (EC2 Auto Scaling block, capacity): "the maximum capacity of the target Region's Auto
   * Scaling group is sufficient to scale up to the source Region's capacity". The source runs at most its maximum,
   * and ARC aims at ceil(targetPercent x source capacity); the target's maximum must allow that.
   */
  private checkRoomToScale(props: RegionSwitchPlanProps, target: 'primary' | 'recovery', source: 'primary' | 'recovery'): void {
    const max = (side: 'primary' | 'recovery') => props.services![side].autoScalingGroup.maxSizeInput;
    const [targetMax, sourceMax, pct] = [max(target), max(source), props.targetPercent ?? 100];
    if (![targetMax, sourceMax, pct].every((v) => typeof v === 'number' && !isUnresolved(v))) return;
    const needed = Math.ceil((pct * sourceMax!) / 100);
    if (targetMax! >= needed) return;
    throw new InvalidPropError(
      this,
      `services.${target}`,
      props.services![target].node.path,
      `has a maximum of ${targetMax} instances, but activating its region asks for ${pct}% of the ${source} region's up to ${sourceMax}: ${needed}. Raise its maxCapacity (or lower targetPercent)`,
    );
  }

  /** A resource of the plan must be in the region it is used for (when both are known at synth). */
  private checkArnRegion(prop: string, arn: string, region: string): void {
    const actual = arn.split(':')[3];
    if (isUnresolved(region) || actual === undefined || isUnresolved(actual) || actual === region) return;
    throw new InvalidPropError(this, prop, arn, `must be in ${region} (it is in ${actual || 'no region'}): the plan acts on it when it activates ${region}`);
  }

  /**
   * The execution role's policy, from ARC's documented samples (ARC Developer Guide, "Identity and Access
   * Management for Region switch"): "Complete plan execution role permissions" (iam:SimulatePrincipalPolicy on the
   * role itself, for plan evaluation; arc-region-switch:GetPlan, GetPlanExecution, ListPlanExecutions, which take
   * the plan resource), "CloudWatch alarms for application health permissions" (on the alarms), and each execution
   * block's sample policy. Resources are scoped wherever the action takes one.
   */
  private statements(props: RegionSwitchPlanProps, partition: string, account: string): unknown[] {
    const out: unknown[] = [
      { Sid: 'EvaluateThePlan', Effect: 'Allow', Action: ['iam:SimulatePrincipalPolicy'], Resource: this.executionRole.arn },
      {
        Sid: 'ReadThePlan',
        Effect: 'Allow',
        Action: ['arc-region-switch:GetPlan', 'arc-region-switch:GetPlanExecution', 'arc-region-switch:ListPlanExecutions'],
        // Plan ARN: arn:<partition>:arc-region-switch::<account>:plan/<name>:<6-character suffix> (API reference, Plan).
        Resource: `arn:${partition}:arc-region-switch::${account}:plan/${this.planName}:*`,
      },
    ];
    if (props.healthAlarmArns?.length) {
      out.push({ Sid: 'ReadHealthAlarms', Effect: 'Allow', Action: ['cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarmHistory'], Resource: [...props.healthAlarmArns] });
    }
    const g = props.database?.globalDatabase;
    if (g) {
      out.push({ Sid: 'DescribeDatabases', Effect: 'Allow', Action: ['rds:DescribeGlobalClusters', 'rds:DescribeDBClusters'], Resource: '*' });
      out.push({ Sid: 'SwitchGlobalDatabase', Effect: 'Allow', Action: ['rds:FailoverGlobalCluster', 'rds:SwitchoverGlobalCluster'], Resource: [g.globalClusterArn, ...Object.values(g.clusterArns)] });
    }
    const asgs = this.services(props).map((s) => s.autoScalingGroup.arn);
    if (asgs.length) {
      out.push({ Sid: 'DescribeGroups', Effect: 'Allow', Action: ['autoscaling:DescribeAutoScalingGroups'], Resource: '*' });
      out.push({ Sid: 'ScaleGroups', Effect: 'Allow', Action: ['autoscaling:UpdateAutoScalingGroup'], Resource: asgs });
      out.push({ Sid: 'ReadCapacity', Effect: 'Allow', Action: ['cloudwatch:GetMetricStatistics'], Resource: '*', Condition: { StringEquals: { 'cloudwatch:namespace': 'AWS/AutoScaling' } } });
    }
    out.push({ Sid: 'ReadFailoverRecord', Effect: 'Allow', Action: ['route53:ListResourceRecordSets'], Resource: `arn:${partition}:route53:::hostedzone/${props.failover.hostedZoneId}` });
    return out;
  }

  private services(props: RegionSwitchPlanProps): RegionSwitchService[] {
    return [props.services?.primary, props.services?.recovery].filter((s): s is RegionSwitchService => s !== undefined);
  }

  private workflow(props: RegionSwitchPlanProps, side: 'primary' | 'recovery'): ArcWorkflow {
    const f = props.failover;
    const region = side === 'primary' ? f.primaryRegion : f.recoveryRegion;
    const steps: ArcStep[] = [];
    if (props.approval) {
      steps.push({
        name: 'approve',
        description: `An operator confirms the switch to ${region}`,
        executionBlockType: 'ManualApproval',
        executionApprovalConfig: { approvalRole: props.approval.approvalRoleArn, timeoutMinutes: props.approval.timeoutMinutes ?? 60 },
      });
    }
    const capacityAndData = [this.capacityStep(props, side, region), this.databaseStep(props, region)].filter((x): x is ArcBlockStep => x !== undefined);
    if (capacityAndData.length === 1) steps.push(capacityAndData[0]);
    if (capacityAndData.length > 1) {
      // Independent of each other: run together, so the longer one, not the sum, is in the recovery time.
      steps.push({ name: 'capacity-and-database', description: `Scale ${region} up and make its database the writer, together`, executionBlockType: 'Parallel', parallelSteps: capacityAndData });
    }
    steps.push({
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
    });
    return { targetAction: 'activate', targetRegion: region, description: side === 'recovery' ? `Fail over to ${region}` : `Fail back to ${region}`, steps };
  }

  /**
   * ARC Developer Guide, "Amazon EC2 Auto Scaling group execution block": enter the group "in each Region for your
   * plan"; ARC reads the capacity of the Region being left and scales the activated one's group to
   * ceil(targetPercent x that capacity), never down.
   */
  private capacityStep(props: RegionSwitchPlanProps, side: 'primary' | 'recovery', region: string): ArcBlockStep | undefined {
    const services = props.services;
    if (!services) return undefined;
    const activated = services[side];
    return {
      name: 'scale-up',
      description: `Scale ${activated.node.path} in ${region} to ${Token.asString(props.targetPercent ?? 100)}% of the other region's capacity`,
      executionBlockType: 'EC2AutoScaling',
      ec2AsgCapacityIncreaseConfig: {
        asgArns: [services.primary.autoScalingGroup.arn, services.recovery.autoScalingGroup.arn],
        capacityMonitoringApproach: 'sampledMaxInLast24Hours',
        targetPercent: props.targetPercent ?? 100,
        ungracefulMinimumSuccessPercentage: props.ungracefulMinimumSuccessPercentage ?? 80,
      },
    };
  }

  private databaseStep(props: RegionSwitchPlanProps, region: string): ArcBlockStep | undefined {
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
      workflows: [this.workflow(props, 'recovery'), this.workflow(props, 'primary')],
      associatedAlarms: props.healthAlarmArns?.map((arn, i) => ({ name: `health-${i}`, alarmArn: arn, alarmType: 'applicationHealth' as const })),
      tags: recoveryTags(this.recovery),
    });
  }
}
