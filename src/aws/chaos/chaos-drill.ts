import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { FisExperimentTemplate } from '@cdktf/provider-aws/lib/fis-experiment-template';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { SchedulerSchedule } from '@cdktf/provider-aws/lib/scheduler-schedule';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { suppressRule } from '../../core/suppressions';
import { literal } from '../../core/user-text';
import { routedActions } from '../common/alarm-routing';
import { awsRegionOf } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { serviceRole } from '../common/service-role';
import { AlarmReference, checkAlarmRegion, resolveAlarms, ResolvedAlarm } from '../common/alarm-reference';
import { DrillLogs, drillLogs } from './drill-logs';
import { DrillOutcome, drillOutcome } from './drill-outcome';
import { DrillLocation, drillPlan, DrillPlan, DrillScenario, fisExperimentArns, logDeliveryStatements } from './drill-plan';
import { DrillSchedule } from './drill-schedule';
import { IDrillableDatabase, IDrillableEksCluster, IDrillableNetwork, IDrillablePods, IDrillableService } from './drill-targets';
import { EksPodAccess, eksPodAccess } from './eks-pod-access';
import { defaultObjectName } from '../../kubernetes/k8s-names';
import { CHAOS_DRILL_PROPS, MAX_DRILL_MINUTES, MAX_STOP_CONDITIONS } from './private/chaos-drill-spec';
import { checkDrillKeys, checkDrillRegion, drillPlanOptions, drillTargets, productionReason, volumeKeyStatements } from './private/drill-checks';
import { drillReportConfiguration, reportStatements } from './private/drill-report';
import { drillScheduleResources } from './private/drill-schedule-resources';

export { MAX_DRILL_MINUTES, MAX_STOP_CONDITIONS };

/** An explicit, explained opt-in to something unsafe. */
export interface DrillOptIn {
  /** Why it is acceptable here, e.g. "staging; nobody is paged for it (OPS-123)". */
  readonly reason: string;
}

/** Where the experiment report goes (FIS experiment reports: a PDF with the metrics around the drill). */
export interface DrillReport {
  /** S3 bucket name the report is written to (its policy must let the experiment role write). */
  readonly bucketName: string;
  /**
   * Key prefix of the report objects.
   * @default - the drill's name
   */
  readonly prefix?: string;
  /**
   * CloudWatch dashboard ARN whose widgets the report includes (e.g. the SLO dashboard).
   * @default - no dashboard in the report
   */
  readonly dashboardArn?: string;
  /**
   * Minutes of metrics before the experiment in the report.
   * @default 20
   */
  readonly preExperimentMinutes?: number;
  /**
   * Minutes of metrics after the experiment in the report.
   * @default 20
   */
  readonly postExperimentMinutes?: number;
}

/** Props of {@link ChaosDrill}. */
export interface ChaosDrillProps extends ReliableConstructProps<Record<string, never>> {
  /**
   * The failure to inject:
   * - `zone-loss`: one zone fails as in AWS's AZ power interruption scenario: the service's instances there
   *   stop (or terminate), launches in the zone fail, the zone's subnets are cut off, the database fails over;
   * - `terminate-instances`: a share of the service's instances is terminated;
   * - `database-failover`: the Aurora cluster or Multi-AZ instance fails over;
   * - `cpu-stress`: a share of the instances runs at high CPU (SSM document `AWSFIS-Run-CPU-Stress`);
   * - `network-latency`: a share of the instances gets added latency (`AWSFIS-Run-Network-Latency`);
   * - `pod-delete`, `pod-cpu-stress`, `pod-network-latency`: a share of an EKS workload's pods is deleted, loaded
   *   or delayed (`aws:eks:pod-*` FIS actions; the network action does not work on Fargate).
   */
  readonly scenario: DrillScenario;
  /**
   * The service under test (an `AutoScaledService`): its instances are selected by their Auto Scaling group tag.
   * Required by every scenario but `database-failover`.
   * @default - no instances are targeted
   */
  readonly service?: IDrillableService;
  /**
   * The database (a `ResilientDatabase`) to fail over. Required by `database-failover`; a `zone-loss` fails it over too.
   * @default - no database is targeted
   */
  readonly database?: IDrillableDatabase;
  /**
   * The network (a `MultiAzNetwork`) whose zone a `zone-loss` drill takes out: its subnets in that zone are cut off
   * and the zone's name selects the instances. Required by `zone-loss`.
   * @default - no network is targeted
   */
  readonly network?: IDrillableNetwork;
  /**
   * EKS pod scenarios: the workload whose pods are hit, by namespace and label selector (a `ResilientDeployment`).
   * Required by the pod scenarios, refused by the others.
   * @default - no pods are targeted
   */
  readonly pods?: IDrillablePods;
  /**
   * EKS pod scenarios: the EKS cluster the pods run in (an `aws_eks_cluster`). The drill adds an EKS access entry
   * for its experiment role (the cluster's authentication mode must be API or API_AND_CONFIG_MAP), and a service
   * account, Role and RoleBinding in the pods' namespace (the stack needs a Kubernetes provider for the cluster).
   * @default - no cluster (required by the pod scenarios)
   */
  readonly eksCluster?: IDrillableEksCluster;
  /**
   * EKS pod scenarios: share of the selected pods the drill hits, percent.
   * @default - 33 for pod-delete, 50 for pod-cpu-stress and pod-network-latency
   */
  readonly podPercent?: number;
  /**
   * EKS pod scenarios: the pods run on AWS Fargate, where FIS's pod network actions do not work (a
   * `pod-network-latency` drill is then refused).
   * @default false
   */
  readonly podsOnFargate?: boolean;
  /**
   * `zone-loss`: the zone to take out, by name (`eu-west-1a`, when the network's zones are known at synth) or by
   * index in the network's zone order.
   * @default 0 (the network's first zone)
   */
  readonly zone?: string | number;
  /**
   * Alarms that stop the experiment when they go to ALARM: the SLO page alarm of the service under test (give the
   * `SloAlarms`: each SLO's page composite alarm is one) plus any alarm (ARN or alarm construct). At most 5.
   * @default - none, which is refused unless `withoutStopCondition` says why
   */
  readonly stopConditions?: readonly AlarmReference[];
  /**
   * Runs the drill with no stop condition: nothing ends it early if it hurts users. Needs a reason; adds a warning.
   * @default - a drill without a stop condition is an error
   */
  readonly withoutStopCondition?: DrillOptIn;
  /**
   * How long the failure lasts, minutes (instances stopped, zone cut off, stress or latency applied).
   * @default 10
   */
  readonly durationMinutes?: number;
  /**
   * `zone-loss`: stop the zone's instances (restarted when the drill ends, as after a power loss) or terminate them.
   * @default 'stop'
   */
  readonly instanceAction?: 'stop' | 'terminate';
  /**
   * Share of the service's running instances a `terminate-instances`, `cpu-stress` or `network-latency` drill hits, percent.
   * @default - 33 for terminate-instances, 50 for cpu-stress and network-latency
   */
  readonly instancePercent?: number;
  /**
   * `zone-loss` with `instanceAction: 'stop'`: customer-managed KMS keys of the instances' EBS volumes. Stopped
   * instances with such volumes restart only if the experiment role may create grants on the keys.
   * @default - none (volumes use the account's default `aws/ebs` key)
   */
  readonly ebsKmsKeyArns?: string[];
  /**
   * `cpu-stress`: CPU load to apply, percent.
   * @default 80
   */
  readonly cpuLoadPercent?: number;
  /**
   * `network-latency`: latency added to every packet, milliseconds.
   * @default 200
   */
  readonly latencyMilliseconds?: number;
  /**
   * `network-latency`: jitter of the added latency, milliseconds. `AWSFIS-Run-Network-Latency` declares no jitter
   * parameter, so a drill with jitter runs `AWSFIS-Run-Network-Latency-Sources` on traffic to every destination
   * (`Sources: ALL`, `TrafficType: egress`) instead.
   * @default - no jitter (`AWSFIS-Run-Network-Latency`)
   */
  readonly jitterMilliseconds?: number;
  /**
   * `network-latency`: the instances' network interface (`ens5` on Amazon Linux 2023 on Nitro).
   * @default - the document's default: `eth0` for `AWSFIS-Run-Network-Latency`, the primary interface for
   * `AWSFIS-Run-Network-Latency-Sources`
   */
  readonly networkInterface?: string;
  /**
   * Description of the experiment template.
   * @default - what the scenario does
   */
  readonly description?: string;
  /**
   * Days experiment logs are kept.
   * @default 90
   */
  readonly logRetentionDays?: number;
  /**
   * KMS key ARN for the log group (its policy must let `logs.<region>.amazonaws.com` use it).
   * @default - a new customer-managed key, rotation on, usable by CloudWatch Logs for this log group only
   */
  readonly logKmsKeyArn?: string;
  /**
   * Experiment report to S3 (a PDF with the metrics around the experiment).
   * @default - no report (the log group and the outcome notification remain)
   */
  readonly report?: DrillReport;
  /**
   * A weekly schedule (EventBridge Scheduler) inside a time window; created disabled unless `enabled: true`.
   * @default - no schedule: run the drill by hand (`aws fis start-experiment`)
   */
  readonly schedule?: DrillSchedule;
  /**
   * The environment the drill runs in. A production environment (a name starting with `prod`) needs
   * `allowInProduction`.
   * @default - the `Environment` tag in `tags`, else not production
   */
  readonly environment?: string;
  /**
   * Allows the drill in a production environment, with the reason (who agreed, which change).
   * @default - a drill in production is an error
   */
  readonly allowInProduction?: DrillOptIn;
  /**
   * Region of the experiment; it must be one the stack's AWS providers use and the targets' region.
   * @default - the provider's region
   */
  readonly region?: string;
  /**
   * Severity notified when an experiment ends (completed, stopped by a stop condition, failed), through `alarmRouting`.
   * @default 'ticket' when `alarmRouting` is given, else no notification (with a warning)
   */
  readonly outcomeSeverity?: string;
}

const DESCRIPTIONS: Record<DrillScenario, string> = {
  'zone-loss': 'Zone loss: the service instances in one zone stop, launches there fail, its subnets are cut off and the database fails over',
  'terminate-instances': 'Instance loss: a share of the service instances is terminated',
  'database-failover': 'Database failover: the writer fails over to another zone',
  'cpu-stress': 'CPU stress on a share of the service instances',
  'network-latency': 'Network latency on a share of the service instances',
  'pod-delete': 'Pod loss: a share of the workload pods is deleted',
  'pod-cpu-stress': 'CPU stress on a share of the workload pods',
  'pod-network-latency': 'Network latency on a share of the workload pods',
};

/**
 * A chaos drill: an AWS Fault Injection Service experiment template that
 * breaks what the constructs claim to survive (a zone, instances, the
 * database writer), on targets taken from the constructs themselves (the
 * service's Auto Scaling group tag, the database and subnet ARNs), never the
 * whole account.
 *
 * - **Stopped by the SLO**: the experiment stops when the service's SLO page
 *   alarm (or any alarm given) goes to ALARM. No stop condition is an error
 *   unless you opt out with a reason.
 * - **Least privilege**: the experiment role may act only on the targets
 *   (instance actions conditioned on the group's tag, database and subnet
 *   ARNs), and is assumable only by FIS for this account.
 * - **Visible**: experiment logs go to an encrypted log group with
 *   retention; the end of every experiment (completed, stopped, failed, with
 *   the reason) notifies the `ticket` severity; optional report to S3.
 * - **Scheduled, carefully**: an optional weekly schedule in a window
 *   (business hours by default), disabled until you enable it; production
 *   needs an explicit opt-in.
 */
export class ChaosDrill extends ReliableConstruct<Record<string, never>> {
  public readonly scenario: DrillScenario;
  /** The experiment template (start it with `aws fis start-experiment --experiment-template-id <id>`). */
  public readonly experimentTemplate: FisExperimentTemplate;
  /** The role the experiment runs as. */
  public readonly role: IamRole;
  public readonly rolePolicy: IamRolePolicy;
  /** The log group of experiment logs, and its key when the construct created one. */
  public readonly logs: DrillLogs;
  /** The stop conditions, resolved. */
  public readonly stopConditions: readonly ResolvedAlarm[];
  /** What the experiment does: targets, actions and role statements. */
  public readonly plan: DrillPlan;
  /** The schedule, when one is given (disabled unless `schedule.enabled`). */
  public readonly schedule?: SchedulerSchedule;
  public readonly scheduleRole?: IamRole;
  /** The rule and targets that report each experiment's end, unless there is no routing. */
  public readonly outcome?: DrillOutcome;
  /** How long the injected failure lasts, minutes. */
  public readonly durationMinutes: number;
  /** The region given in props (resources then carry it), else undefined: the provider's region. */
  public readonly region?: string;
  /** EKS pod scenarios: the access entry, service account, Role and RoleBinding FIS needs in the cluster. */
  public readonly eksPodAccess?: EksPodAccess;

  constructor(scope: Construct, id: string, props: ChaosDrillProps) {
    super(scope, id, props, { alarmKeys: [], props: CHAOS_DRILL_PROPS });
    this.scenario = props.scenario;
    this.durationMinutes = props.durationMinutes ?? 10;
    const region = checkDrillRegion(this, props.region);
    this.region = props.region;
    checkDrillKeys(this, props);
    const production = productionReason(this, props);
    if (production) Annotations.of(this).addInfo(production);
    const targets = drillTargets(this, this.scenario, props);
    this.stopConditions = this.checkStopConditions(props, region);
    const podAccessName = `fis-${defaultObjectName(this)}`.slice(0, 63).replace(/-+$/, '');
    const options = { ...drillPlanOptions(this, this.scenario, this.durationMinutes, props), ...(targets.pods ? { kubernetesServiceAccount: podAccessName } : {}) };

    const location = this.location(props.region);
    this.plan = drillPlan(options, location, targets);
    const name = this.derivedName('fis-experiment-template', { maxLength: 64 });
    this.logs = drillLogs(this, { name: `/aws/fis/${name}`, retentionDays: props.logRetentionDays ?? 90, kmsKeyArn: props.logKmsKeyArn, location, region: props.region });
    // FIS User Guide, "IAM roles for AWS FIS experiments": the trust policy's aws:SourceAccount and aws:SourceArn
    // (experiments of this account and Region) keep another account's experiment from using the role.
    this.role = serviceRole(this, 'role', {
      service: 'fis.amazonaws.com',
      namePrefix: this.derivedName('iam-role-prefix', { maxLength: 38, suffix: 'fis' }),
      sourceAccount: location.account,
      sourceArn: fisExperimentArns(location),
    });
    const report = drillReportConfiguration(props.report, name);
    this.rolePolicy = new IamRolePolicy(this, 'role-policy', {
      role: this.role.id,
      name: 'chaos-drill',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [...this.plan.statements, ...volumeKeyStatements(this, this.scenario, props), ...logDeliveryStatements(location), ...reportStatements(report, location)] }),
    });
    this.experimentTemplate = new FisExperimentTemplate(this, 'template', {
      description: literal(props.description ?? DESCRIPTIONS[this.scenario]),
      roleArn: this.role.arn,
      region: props.region,
      stopCondition: this.stopConditions.length
        ? this.stopConditions.map((a) => ({ source: 'aws:cloudwatch:alarm', value: a.arn }))
        : [{ source: 'none' }],
      target: this.plan.targets.map((t) => ({
        name: t.name,
        resourceType: t.resourceType,
        selectionMode: t.selectionMode,
        resourceArns: t.resourceArns ? [...t.resourceArns] : undefined,
        resourceTag: t.resourceTag ? t.resourceTag.map((x) => ({ ...x })) : undefined,
        filter: t.filter ? t.filter.map((f) => ({ path: f.path, values: [...f.values] })) : undefined,
        parameters: t.parameters ? { ...t.parameters } : undefined,
      })),
      action: this.plan.actions.map((a) => ({ name: a.name, actionId: a.actionId, description: a.description, parameter: a.parameter.map((p) => ({ ...p })), target: a.target })),
      logConfiguration: { logSchemaVersion: 2, cloudwatchLogsConfiguration: { logGroupArn: `${this.logs.logGroup.arn}:*` } },
      experimentOptions: { accountTargeting: 'single-account', emptyTargetResolutionMode: 'fail' },
      experimentReportConfiguration: report,
      tags: { Name: name },
      // The policy must exist before FIS validates the template's targets against the role.
      dependsOn: [this.rolePolicy],
    });
    if (targets.pods) {
      this.eksPodAccess = eksPodAccess(this, { clusterName: targets.pods.cluster.name, namespace: targets.pods.namespace, roleArn: this.role.arn, name: podAccessName, region: props.region });
    }
    if (props.schedule !== undefined) {
      [this.schedule, this.scheduleRole] = drillScheduleResources(this, {
        schedule: props.schedule,
        durationMinutes: this.durationMinutes,
        drillName: name,
        scenario: this.scenario,
        location,
        templateArn: this.experimentTemplateArn,
        templateId: this.experimentTemplate.id,
        rolePrefix: this.derivedName('iam-role-prefix', { maxLength: 38, suffix: 'sched' }),
        scheduleName: this.derivedName('scheduler-schedule', { maxLength: 64 }),
        region: this.region,
      });
    }
    this.outcome = this.addOutcome(props, name);
  }

  /** The experiment template's ARN. */
  public get experimentTemplateArn(): string {
    const l = this.location(undefined);
    return `arn:${l.partition}:fis:${l.region}:${l.account}:experiment-template/${this.experimentTemplate.id}`;
  }

  private locationCache?: DrillLocation;
  private location(region: string | undefined): DrillLocation {
    if (this.locationCache) return this.locationCache;
    const account = new DataAwsCallerIdentity(this, 'account');
    const partition = new DataAwsPartition(this, 'partition');
    const regionName = region ?? awsRegionOf(this) ?? new DataAwsRegion(this, 'region').region;
    this.locationCache = { partition: partition.partition, region: regionName, account: account.accountId };
    return this.locationCache;
  }

  /** The stop conditions, resolved (at most 5 once an SloAlarms gives its page alarms), or the explained opt-out. */
  private checkStopConditions(props: ChaosDrillProps, region: string | undefined): ResolvedAlarm[] {
    const alarms = resolveAlarms(this, 'stopConditions', props.stopConditions);
    if (alarms.length > MAX_STOP_CONDITIONS) {
      throw new InvalidPropError(this, 'stopConditions', alarms.map((a) => a.name), `must be at most ${MAX_STOP_CONDITIONS} alarms (an FIS quota); join more into a composite alarm`);
    }
    for (const a of alarms) checkAlarmRegion(this, a, region, 'the experiment');
    const optOut = props.withoutStopCondition;
    if (alarms.length > 0) {
      if (optOut !== undefined) throw new InvalidPropError(this, 'withoutStopCondition', optOut, 'must be left out when stopConditions are given');
      return alarms;
    }
    if (optOut === undefined) {
      throw new InvalidPropError(this, 'stopConditions', props.stopConditions, "must name at least one alarm, such as the service's SloAlarms (its page alarm), or set withoutStopCondition with a reason");
    }
    this.warnUnsafe('stopConditions', [], `the drill has no stop condition; nothing ends it early if it hurts users (${optOut.reason.trim()})`);
    suppressRule(this, 'REL-FIS-1', optOut.reason);
    return [];
  }

  private addOutcome(props: ChaosDrillProps, name: string): DrillOutcome | undefined {
    if (this.alarmRouting === undefined) {
      if (props.outcomeSeverity !== undefined) throw new InvalidPropError(this, 'outcomeSeverity', props.outcomeSeverity, 'needs alarmRouting to notify through');
      Annotations.of(this).addWarning('No alarmRouting: nobody is told how each drill ended (completed, stopped by its stop condition, failed).');
      return undefined;
    }
    const severity = props.outcomeSeverity ?? 'ticket';
    const routingRegion = this.alarmRouting.region;
    const region = this.region ?? awsRegionOf(this);
    if (routingRegion !== undefined && region !== undefined && !isUnresolved(routingRegion) && routingRegion !== region) {
      throw new InvalidPropError(this, 'alarmRouting', routingRegion, `must notify in ${region}, the drill's region: an EventBridge rule targets SNS topics in its own region only`);
    }
    const actions = routedActions(this, this.alarmRouting, severity, 'outcomeSeverity');
    return drillOutcome(this, { region: this.region, ruleName: this.derivedName('cloudwatch-event-rule', { maxLength: 64, suffix: 'outcome' }), drillName: name, templateId: this.experimentTemplate.id, actions });
  }
}
