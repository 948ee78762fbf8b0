import { TerraformMetaArguments, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import { newerAwsResourceConfig } from '../common/newer-resource';
import { isUnresolved } from '../../core/tokens';
import { checkFramework } from '../../core/framework';

/**
 * The first hashicorp/aws release with `aws_arcregionswitch_plan` (provider
 * CHANGELOG 6.29.0: "New Resource: aws_arcregionswitch_plan", #43781).
 */
export const REGION_SWITCH_MIN_PROVIDER_VERSION = '6.29.0';

/** A manual approval step (`execution_approval_config`). */
export interface ArcApprovalConfig {
  /** ARN of the IAM role whose principals may approve (`arc-region-switch:ApprovePlanExecutionStep`). */
  readonly approvalRole: string;
  /** Minutes to wait for the approval. @default - ARC's default (60) */
  readonly timeoutMinutes?: number;
}

/** An Aurora Global Database step (`global_aurora_config`). */
export interface ArcGlobalAuroraConfig {
  /** `switchoverOnly`: no data loss, when graceful. `failover`: allows data loss even when graceful. */
  readonly behavior: 'switchoverOnly' | 'failover';
  /** Identifier of the global cluster. */
  readonly globalClusterIdentifier: string;
  /** ARNs of every regional cluster of the global database. */
  readonly databaseClusterArns: readonly string[];
  /** What an ungraceful execution does: `failover` (allow data loss). @default - none */
  readonly ungraceful?: 'failover';
  /** @default - ARC's default */
  readonly timeoutMinutes?: number;
}

/** An EC2 Auto Scaling capacity step (`ec2_asg_capacity_increase_config`). */
export interface ArcEc2AsgCapacityConfig {
  /** ARNs of the Auto Scaling groups to scale (in the activated region). */
  readonly asgArns: readonly string[];
  /** How the capacity to match is measured in the other region. */
  readonly capacityMonitoringApproach: 'sampledMaxInLast24Hours' | 'autoscalingMaxInLast24Hours';
  /** Percent of the other region's capacity to reach. @default - 100 */
  readonly targetPercent?: number;
  /** In an ungraceful execution, the step succeeds at this percent of the target. @default - none */
  readonly ungracefulMinimumSuccessPercentage?: number;
  /** @default - ARC's default */
  readonly timeoutMinutes?: number;
}

/** One record set of a Route 53 health check step. */
export interface ArcRecordSet {
  readonly recordSetIdentifier: string;
  readonly region: string;
}

/** A Route 53 health check step (`route53_health_check_config`). */
export interface ArcRoute53HealthCheckConfig {
  readonly hostedZoneId: string;
  readonly recordName: string;
  /** The record sets (set identifier and region) of the record. @default - all of the record's */
  readonly recordSets?: readonly ArcRecordSet[];
  /** @default - ARC's default */
  readonly timeoutMinutes?: number;
}

/** A step that runs one execution block: its type and the one configuration block that type takes. */
export type ArcBlockStep = { readonly name: string; readonly description?: string } & (
  | { readonly executionBlockType: 'ManualApproval'; readonly executionApprovalConfig: ArcApprovalConfig }
  | { readonly executionBlockType: 'AuroraGlobalDatabase'; readonly globalAuroraConfig: ArcGlobalAuroraConfig }
  | { readonly executionBlockType: 'EC2AutoScaling'; readonly ec2AsgCapacityIncreaseConfig: ArcEc2AsgCapacityConfig }
  | { readonly executionBlockType: 'Route53HealthCheck'; readonly route53HealthCheckConfig: ArcRoute53HealthCheckConfig }
);

/**
 * A step that runs execution blocks at the same time (`Parallel`, `parallel_config`); the step ends when all of
 * them have. ARC quotas: at most 20 parallel blocks per step, 100 blocks per plan ("Quotas for Region switch").
 */
export interface ArcParallelStep {
  readonly name: string;
  readonly description?: string;
  readonly executionBlockType: 'Parallel';
  /** The blocks (a parallel step cannot hold another parallel step: the provider schema has no nesting). */
  readonly parallelSteps: readonly ArcBlockStep[];
}

/** One step of a workflow. */
export type ArcStep = ArcBlockStep | ArcParallelStep;

/** A workflow: the steps that activate (or deactivate) a region. */
export interface ArcWorkflow {
  readonly targetAction: 'activate' | 'deactivate';
  /** @default - any region (active/active plans) */
  readonly targetRegion?: string;
  /** @default - none */
  readonly description?: string;
  readonly steps: readonly ArcStep[];
}

/** A CloudWatch alarm the plan watches (`associated_alarms`). */
export interface ArcAssociatedAlarm {
  /** Name the plan knows the alarm by. */
  readonly name: string;
  /** ARN of the alarm. */
  readonly alarmArn: string;
  /** `applicationHealth` (shown during executions) or `trigger` (may start one). */
  readonly alarmType: 'applicationHealth' | 'trigger';
}

/** Arguments of `aws_arcregionswitch_plan` this binding writes (a subset of the provider schema). */
export interface ArcRegionSwitchPlanConfig extends TerraformMetaArguments {
  /** Plan name, unique in the account: 1 to 32 letters, digits and hyphens. */
  readonly name: string;
  /** ARN of the role ARC assumes to run the plan. */
  readonly executionRole: string;
  readonly recoveryApproach: 'activePassive' | 'activeActive';
  /** The regions of the plan (two). */
  readonly regions: readonly string[];
  /** @default - none (required for activePassive by ARC) */
  readonly primaryRegion?: string;
  /** @default - none */
  readonly recoveryTimeObjectiveMinutes?: number;
  /** @default - none */
  readonly description?: string;
  readonly workflows: readonly ArcWorkflow[];
  /** @default - none */
  readonly associatedAlarms?: readonly ArcAssociatedAlarm[];
  /** @default - none */
  readonly tags?: Readonly<Record<string, string>>;
}

type Json = { [k: string]: unknown };

function drop(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

function stepJson(s: ArcStep): Json {
  const base: Json = { name: s.name, description: s.description, execution_block_type: s.executionBlockType };
  switch (s.executionBlockType) {
    case 'Parallel':
      return drop({ ...base, parallel_config: [{ step: s.parallelSteps.map(stepJson) }] });
    case 'ManualApproval':
      return drop({ ...base, execution_approval_config: [drop({ approval_role: s.executionApprovalConfig.approvalRole, timeout_minutes: s.executionApprovalConfig.timeoutMinutes })] });
    case 'AuroraGlobalDatabase': {
      const c = s.globalAuroraConfig;
      return drop({
        ...base,
        global_aurora_config: [
          drop({
            behavior: c.behavior,
            global_cluster_identifier: c.globalClusterIdentifier,
            database_cluster_arns: [...c.databaseClusterArns],
            timeout_minutes: c.timeoutMinutes,
            ungraceful: c.ungraceful ? [{ ungraceful: c.ungraceful }] : undefined,
          }),
        ],
      });
    }
    case 'EC2AutoScaling': {
      const c = s.ec2AsgCapacityIncreaseConfig;
      return drop({
        ...base,
        ec2_asg_capacity_increase_config: [
          drop({
            asg: c.asgArns.map((arn) => ({ arn })),
            capacity_monitoring_approach: c.capacityMonitoringApproach,
            target_percent: c.targetPercent,
            timeout_minutes: c.timeoutMinutes,
            ungraceful: c.ungracefulMinimumSuccessPercentage !== undefined ? [{ minimum_success_percentage: c.ungracefulMinimumSuccessPercentage }] : undefined,
          }),
        ],
      });
    }
    case 'Route53HealthCheck': {
      const c = s.route53HealthCheckConfig;
      return drop({
        ...base,
        route53_health_check_config: [
          drop({
            hosted_zone_id: c.hostedZoneId,
            record_name: c.recordName,
            timeout_minutes: c.timeoutMinutes,
            record_set: c.recordSets?.map((r) => ({ record_set_identifier: r.recordSetIdentifier, region: r.region })),
          }),
        ],
      });
    }
  }
}

/** A copy of literal tags; a token (a `map(string)` variable, the tagging aspect's `merge()`) stays as it is. */
function copyTags(tags: Readonly<Record<string, string>> | undefined): { [key: string]: string } | undefined {
  return tags === undefined || isUnresolved(tags) ? (tags as { [key: string]: string } | undefined) : { ...tags };
}

/** The resource body in Terraform JSON (snake_case), as the provider schema names it. */
export function regionSwitchPlanJson(c: ArcRegionSwitchPlanConfig): Json {
  return drop({
    name: c.name,
    execution_role: c.executionRole,
    recovery_approach: c.recoveryApproach,
    regions: [...c.regions],
    primary_region: c.primaryRegion,
    recovery_time_objective_minutes: c.recoveryTimeObjectiveMinutes,
    description: c.description,
    workflow: c.workflows.map((w) =>
      drop({ workflow_target_action: w.targetAction, workflow_target_region: w.targetRegion, workflow_description: w.description, step: w.steps.map(stepJson) }),
    ),
    associated_alarms: c.associatedAlarms?.map((a) => ({ map_block_key: a.name, resource_identifier: a.alarmArn, alarm_type: a.alarmType })),
    tags: copyTags(c.tags),
  });
}

/** The same body in the shape cdktf's HCL renderer takes (`{ value, isBlock, type, storageClassType }` per key). */
function hcl(body: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(body)) {
    if (Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' && v[0] !== null) {
      out[k] = { value: v.map((x) => hcl(x as Json)), isBlock: true, type: 'list', storageClassType: `${k}List` };
    } else if (Array.isArray(v)) {
      out[k] = { value: v, isBlock: false, type: 'list', storageClassType: 'stringList' };
    } else if (k === 'tags' || (typeof v === 'object' && v !== null)) {
      out[k] = { value: v, isBlock: false, type: 'map', storageClassType: 'stringMap' };
    } else {
      out[k] = { value: v, isBlock: false, type: 'simple', storageClassType: typeof v === 'number' ? 'number' : 'string' };
    }
  }
  return out;
}

/**
 * A typed binding of `aws_arcregionswitch_plan` (ARC Region switch), which
 * `@cdktf/provider-aws` 21.x (provider 6.25.0) does not include: a
 * `TerraformResource` from cdktf's public API, checked in tests against the
 * provider schema and a copy of its block kept in the repository, so it also
 * works under CDK Terrain. Prefer {@link RegionSwitchPlan}, which builds the
 * plan from the stack's constructs and raises the stack's AWS provider
 * constraint to {@link REGION_SWITCH_MIN_PROVIDER_VERSION}.
 */
export class ArcRegionSwitchPlan extends TerraformResource {
  public static readonly tfResourceType = 'aws_arcregionswitch_plan';

  public readonly config: ArcRegionSwitchPlanConfig;
  private tagValues?: { [key: string]: string };

  constructor(scope: Construct, id: string, config: ArcRegionSwitchPlanConfig) {
    super(scope, id, newerAwsResourceConfig(ArcRegionSwitchPlan.tfResourceType, REGION_SWITCH_MIN_PROVIDER_VERSION, config));
    checkFramework(this);
    this.config = config;
    this.tagValues = copyTags(config.tags);
  }

  /** Tags of the plan (the library's tagging aspect merges its tags in). */
  public get tags(): { [key: string]: string } | undefined {
    return this.tagValues;
  }

  public set tags(value: { [key: string]: string } | undefined) {
    this.tagValues = value;
  }

  /** The tags as configured. */
  public get tagsInput(): { [key: string]: string } | undefined {
    return this.tagValues;
  }

  public resetTags(): void {
    this.tagValues = undefined;
  }

  /** ARN of the plan (`arn:aws:arc-region-switch::<account>:plan/<name>:<suffix>`). */
  public get arn(): string {
    return this.getStringAttribute('arn');
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return regionSwitchPlanJson({ ...this.config, tags: this.tagValues });
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return hcl(regionSwitchPlanJson({ ...this.config, tags: this.tagValues }));
  }
}
