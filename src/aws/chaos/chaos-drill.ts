import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { FisExperimentTemplate, FisExperimentTemplateExperimentReportConfiguration } from '@cdktf/provider-aws/lib/fis-experiment-template';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { SchedulerSchedule } from '@cdktf/provider-aws/lib/scheduler-schedule';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { checkBoolean, checkKeys, checkKnown, checkObject, checkRequired, checkString, checkStringList } from '../../core/prop-types';
import { suppressRule } from '../../core/suppressions';
import { literal } from '../../core/user-text';
import { checkArn, checkNonEmpty, checkNumber, checkOneOf, checkPattern } from '../../core/validation';
import { routedActions } from '../common/alarm-routing';
import { awsRegionOf } from '../common/aws-location';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { serviceRole } from '../common/service-role';
import { LOG_RETENTION_DAYS } from '../network/multi-az-network';
import { AlarmReference, checkAlarmRegion, resolveAlarms, ResolvedAlarm } from '../common/alarm-reference';
import { DrillLogs, drillLogs } from './drill-logs';
import { DrillOutcome, drillOutcome } from './drill-outcome';
import { DRILL_SCENARIOS, DrillLocation, drillPlan, DrillPlan, DrillPlanTargets, DrillScenario, LOG_DELIVERY_STATEMENT, PolicyStatement } from './drill-plan';
import { cronExpression, DrillSchedule, scheduleProblem } from './drill-schedule';
import { IDrillableDatabase, IDrillableNetwork, IDrillableService } from './drill-targets';
import { stackAwsRegions } from './stack-regions';

/** FIS allows at most this many stop conditions per experiment template. */
export const MAX_STOP_CONDITIONS = 5;
/** Longest action duration FIS accepts (12 hours), minutes. */
export const MAX_DRILL_MINUTES = 720;

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
   * - `network-latency`: a share of the instances gets added latency (`AWSFIS-Run-Network-Latency`).
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

const KNOWN_PROPS = [
  'alarmRouting', 'alarms', 'tags', 'scenario', 'service', 'database', 'network', 'zone', 'stopConditions', 'withoutStopCondition', 'durationMinutes',
  'instanceAction', 'ebsKmsKeyArns', 'instancePercent', 'cpuLoadPercent', 'latencyMilliseconds', 'jitterMilliseconds', 'networkInterface', 'description', 'logRetentionDays',
  'logKmsKeyArn', 'report', 'schedule', 'environment', 'allowInProduction', 'region', 'outcomeSeverity',
];

const DESCRIPTIONS: Record<DrillScenario, string> = {
  'zone-loss': 'Zone loss: the service instances in one zone stop, launches there fail, its subnets are cut off and the database fails over',
  'terminate-instances': 'Instance loss: a share of the service instances is terminated',
  'database-failover': 'Database failover: the writer fails over to another zone',
  'cpu-stress': 'CPU stress on a share of the service instances',
  'network-latency': 'Network latency on a share of the service instances',
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

  constructor(scope: Construct, id: string, props: ChaosDrillProps) {
    super(scope, id, props, { alarmKeys: [] });
    checkKeys(this, '', props, KNOWN_PROPS);
    checkRequired(this, 'scenario', props.scenario, `one of ${DRILL_SCENARIOS.join(', ')}`);
    checkKnown(this, 'scenario', props.scenario, 'it decides what the experiment does and to which targets');
    checkOneOf(this, 'scenario', props.scenario, DRILL_SCENARIOS);
    this.scenario = props.scenario;
    this.durationMinutes = props.durationMinutes ?? 10;
    checkNumber(this, 'durationMinutes', this.durationMinutes, { integer: true, min: 1, max: MAX_DRILL_MINUTES });
    checkKnown(this, 'durationMinutes', this.durationMinutes, 'it sizes the schedule window');

    const region = this.checkRegion(props);
    this.region = props.region;
    this.checkEnvironment(props);
    const targets = this.targets(props);
    this.stopConditions = this.checkStopConditions(props, region);
    const options = this.planOptions(props);

    checkString(this, 'description', props.description);
    checkNonEmpty(this, 'description', props.description, 512);
    const location = this.location(props.region);
    this.plan = drillPlan(options, location, targets);
    const name = this.derivedName('fis-experiment-template', { maxLength: 64 });
    this.logs = drillLogs(this, { name: `/aws/fis/${name}`, retentionDays: this.logRetention(props), kmsKeyArn: props.logKmsKeyArn, location, region: props.region });
    this.role = serviceRole(this, 'role', { service: 'fis.amazonaws.com', namePrefix: this.derivedName('iam-role-prefix', { maxLength: 38, suffix: 'fis' }), sourceAccount: location.account });
    const report = this.checkReport(props.report, name);
    this.rolePolicy = new IamRolePolicy(this, 'role-policy', {
      role: this.role.id,
      name: 'chaos-drill',
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [...this.plan.statements, ...this.volumeKeyStatements(props), LOG_DELIVERY_STATEMENT, ...this.reportStatements(report, location)] }),
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
      })),
      action: this.plan.actions.map((a) => ({ name: a.name, actionId: a.actionId, description: a.description, parameter: a.parameter.map((p) => ({ ...p })), target: a.target })),
      logConfiguration: { logSchemaVersion: 2, cloudwatchLogsConfiguration: { logGroupArn: `${this.logs.logGroup.arn}:*` } },
      experimentOptions: { accountTargeting: 'single-account', emptyTargetResolutionMode: 'fail' },
      experimentReportConfiguration: report,
      tags: { Name: name },
      // The policy must exist before FIS validates the template's targets against the role.
      dependsOn: [this.rolePolicy],
    });
    if (props.schedule !== undefined) [this.schedule, this.scheduleRole] = this.addSchedule(props.schedule, name, location);
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

  private checkRegion(props: ChaosDrillProps): string | undefined {
    checkString(this, 'region', props.region);
    checkKnown(this, 'region', props.region, 'the drill must run where the stack and its targets are');
    checkPattern(this, 'region', props.region, /^[a-z]{2}(-[a-z]+)+-\d$/, 'an AWS region name such as eu-west-1');
    const targetRegion = awsRegionOf(this);
    if (props.region === undefined) return targetRegion;
    const used = stackAwsRegions(this);
    if (used !== undefined && !used.includes(props.region)) {
      throw new InvalidPropError(this, 'region', props.region, `must be a region the stack uses (its AWS providers are in ${used.join(', ')})`);
    }
    if (targetRegion !== undefined && targetRegion !== props.region) {
      throw new InvalidPropError(this, 'region', props.region, `must be the region of the drill's targets (${targetRegion}): an experiment only reaches resources in its own region`);
    }
    return props.region;
  }

  private checkEnvironment(props: ChaosDrillProps): void {
    checkString(this, 'environment', props.environment);
    checkKnown(this, 'environment', props.environment, 'it decides whether the production guard applies');
    checkObject(this, 'allowInProduction', props.allowInProduction);
    checkKeys(this, 'allowInProduction', props.allowInProduction, ['reason']);
    checkString(this, 'allowInProduction.reason', props.allowInProduction?.reason);
    checkKnown(this, 'allowInProduction.reason', props.allowInProduction?.reason, 'it is recorded at synth, where the production drill is approved');
    const environment = props.environment ?? props.tags?.Environment ?? props.tags?.environment;
    if (environment === undefined || isUnresolved(environment) || !/^prod/i.test(environment)) return;
    const reason = props.allowInProduction?.reason;
    if (typeof reason !== 'string' || reason.trim() === '') {
      throw new InvalidPropError(this, 'allowInProduction', props.allowInProduction, `must give a reason to drill in the production environment "${environment}" (who agreed, and why it is safe)`);
    }
    Annotations.of(this).addInfo(`chaos drill in production "${environment}": ${reason.trim()}`);
  }

  private targets(props: ChaosDrillProps): DrillPlanTargets {
    const s = this.scenario;
    for (const key of ['service', 'database', 'network'] as const) checkObject(this, key, props[key]);
    const needsGroup = s === 'terminate-instances' || s === 'cpu-stress' || s === 'network-latency';
    if (needsGroup && props.service === undefined) throw new InvalidPropError(this, 'service', undefined, `is required by a ${s} drill: its instances are the targets`);
    if (s === 'database-failover' && props.database === undefined) throw new InvalidPropError(this, 'database', undefined, 'is required by a database-failover drill');
    if (s === 'zone-loss' && props.network === undefined) throw new InvalidPropError(this, 'network', undefined, "is required by a zone-loss drill: it names the zone and its subnets");
    for (const [key, used] of [['service', needsGroup || s === 'zone-loss'], ['database', s === 'database-failover' || s === 'zone-loss'], ['network', s === 'zone-loss']] as const) {
      if (!used && props[key] !== undefined) throw new InvalidPropError(this, key, props[key], `selects nothing in a ${s} drill: leave it out`);
    }
    if (props.zone !== undefined && s !== 'zone-loss') throw new InvalidPropError(this, 'zone', props.zone, 'applies to zone-loss drills only');
    const group = props.service === undefined ? undefined : this.group(props.service);
    const database = props.database === undefined ? undefined : this.database(props.database);
    const zone = s === 'zone-loss' ? this.zone(props.network!, props.zone ?? 0) : undefined;
    return { group, database, zone };
  }

  private group(service: IDrillableService): DrillPlanTargets['group'] {
    const g = (service as Partial<IDrillableService>).autoScalingGroup;
    if (!g || typeof g.name !== 'string' || typeof g.arn !== 'string') {
      throw new InvalidPropError(this, 'service', service, 'must be an AutoScaledService (or an object with autoScalingGroup { name, arn })');
    }
    return { name: g.name, arn: g.arn };
  }

  private database(db: IDrillableDatabase): DrillPlanTargets['database'] {
    if (db.cluster && typeof db.cluster.arn === 'string') return { kind: 'cluster', arn: db.cluster.arn };
    if (db.instance && typeof db.instance.arn === 'string') return { kind: 'instance', arn: db.instance.arn };
    throw new InvalidPropError(this, 'database', db, 'selects nothing: it must be a ResilientDatabase (or an object with a cluster or an instance that has an arn)');
  }

  private zone(net: IDrillableNetwork, zone: string | number): DrillPlanTargets['zone'] {
    const zones = net.zones;
    if (!Array.isArray(zones) || typeof net.zoneCount !== 'number' || isUnresolved(net.zoneCount) || !Array.isArray(net.privateSubnets)) {
      throw new InvalidPropError(this, 'network', net, 'must be a MultiAzNetwork (zones, zoneCount and subnets known at synth)');
    }
    let index: number;
    if (typeof zone === 'number') {
      checkNumber(this, 'zone', zone, { integer: true, min: 0, max: net.zoneCount - 1 });
      index = zone;
    } else if (typeof zone === 'string') {
      checkKnown(this, 'zone', zone, 'it picks the subnets to cut off');
      if (zones.some((z) => isUnresolved(z))) {
        throw new InvalidPropError(this, 'zone', zone, `must be a zone index (0 to ${net.zoneCount - 1}): the network's zone names are known only at apply (give the network zones by name to drill by name)`);
      }
      index = zones.indexOf(zone);
      if (index < 0) throw new InvalidPropError(this, 'zone', zone, `selects nothing: it must be one of the network's zones (${zones.join(', ')})`);
    } else {
      throw new InvalidPropError(this, 'zone', zone, 'must be a zone name or a zone index');
    }
    const subnetArns = [net.publicSubnets, net.privateSubnets, net.isolatedSubnets].flatMap((tier) => (Array.isArray(tier) && tier[index] ? [tier[index].arn] : []));
    return { name: zones[index], subnetArns, vpcId: net.vpcId };
  }

  private checkStopConditions(props: ChaosDrillProps, region: string | undefined): ResolvedAlarm[] {
    checkObject(this, 'withoutStopCondition', props.withoutStopCondition);
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
    checkRequired(this, 'withoutStopCondition.reason', optOut.reason, 'why running without a stop condition is acceptable');
    checkNonEmpty(this, 'withoutStopCondition.reason', optOut.reason);
    if (optOut.reason.trim() === '') throw new InvalidPropError(this, 'withoutStopCondition.reason', optOut.reason, 'must say why running without a stop condition is acceptable');
    this.warnUnsafe('stopConditions', [], `the drill has no stop condition; nothing ends it early if it hurts users (${optOut.reason.trim()})`);
    suppressRule(this, 'REL-FIS-1', optOut.reason);
    return [];
  }

  private planOptions(props: ChaosDrillProps): Parameters<typeof drillPlan>[0] {
    checkOneOf(this, 'instanceAction', props.instanceAction, ['stop', 'terminate'] as const);
    const usesShare = this.scenario === 'terminate-instances' || this.scenario === 'cpu-stress' || this.scenario === 'network-latency';
    const only = (prop: keyof ChaosDrillProps, scenarios: DrillScenario[]): void => {
      if (props[prop] !== undefined && !scenarios.includes(this.scenario)) throw new InvalidPropError(this, prop, props[prop], `applies to ${scenarios.join(' and ')} drills only`);
    };
    only('instanceAction', ['zone-loss']);
    only('instancePercent', ['terminate-instances', 'cpu-stress', 'network-latency']);
    only('cpuLoadPercent', ['cpu-stress']);
    for (const p of ['latencyMilliseconds', 'jitterMilliseconds', 'networkInterface'] as const) only(p, ['network-latency']);
    const instancePercent = props.instancePercent ?? (this.scenario === 'terminate-instances' ? 33 : 50);
    for (const [prop, v, max] of [['instancePercent', instancePercent, 100], ['cpuLoadPercent', props.cpuLoadPercent, 100], ['latencyMilliseconds', props.latencyMilliseconds, 60000], ['jitterMilliseconds', props.jitterMilliseconds, 60000]] as const) {
      checkNumber(this, prop, v, { integer: true, min: prop === 'jitterMilliseconds' ? 0 : 1, max });
      checkKnown(this, prop, v, 'it is written into the experiment');
    }
    checkPattern(this, 'networkInterface', props.networkInterface, /^[A-Za-z0-9_.-]{1,15}$/, 'a network interface name such as eth0 or ens5');
    if (usesShare) this.checkShareSelectsSomething(props.service, instancePercent);
    return {
      scenario: this.scenario,
      durationMinutes: this.durationMinutes,
      instanceAction: props.instanceAction ?? 'stop',
      instancePercent,
      cpuLoadPercent: props.cpuLoadPercent ?? 80,
      latencyMilliseconds: props.latencyMilliseconds ?? 200,
      jitterMilliseconds: props.jitterMilliseconds,
      networkInterface: props.networkInterface,
    };
  }

  /** A share of a small group can round down to no instance: FIS would then fail every run. */
  private checkShareSelectsSomething(service: IDrillableService | undefined, percent: number): void {
    const min = (service as { minCapacity?: unknown } | undefined)?.minCapacity;
    if (typeof min !== 'number' || isUnresolved(min) || min <= 0) return;
    if (Math.floor((min * percent) / 100) < 1) {
      throw new InvalidPropError(this, 'instancePercent', percent, `selects no instance of a group of ${min} (FIS rounds ${percent}% of ${min} down to 0); use at least ${Math.ceil(100 / min)}`);
    }
  }

  /** Restarting a stopped instance attaches its encrypted volumes again: EC2 needs a grant on a customer-managed key. */
  private volumeKeyStatements(props: ChaosDrillProps): PolicyStatement[] {
    const keys = props.ebsKmsKeyArns;
    if (keys === undefined) return [];
    checkStringList(this, 'ebsKmsKeyArns', keys, { unique: true });
    checkKnown(this, 'ebsKmsKeyArns', keys, 'give a list of key ARNs (each may be a reference): each is listed in the grant statement');
    keys.forEach((k, i) => checkArn(this, `ebsKmsKeyArns[${i}]`, k, 'kms'));
    if (this.scenario !== 'zone-loss' || (props.instanceAction ?? 'stop') !== 'stop') {
      throw new InvalidPropError(this, 'ebsKmsKeyArns', keys, 'applies only to zone-loss drills that stop instances (they restart them)');
    }
    if (keys.length === 0) return [];
    return [{ Sid: 'RestartInstancesWithEncryptedVolumes', Effect: 'Allow', Action: ['kms:CreateGrant'], Resource: [...keys], Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }];
  }

  private logRetention(props: ChaosDrillProps): number {
    const days = props.logRetentionDays ?? 90;
    if (!isUnresolved(days) && !(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
      throw new InvalidPropError(this, 'logRetentionDays', days, `must be a retention CloudWatch Logs accepts: ${LOG_RETENTION_DAYS.join(', ')}`);
    }
    checkArn(this, 'logKmsKeyArn', props.logKmsKeyArn, 'kms');
    return days;
  }

  private checkReport(report: DrillReport | undefined, name: string): FisExperimentTemplateExperimentReportConfiguration | undefined {
    if (report === undefined) return undefined;
    checkObject(this, 'report', report);
    checkKeys(this, 'report', report, ['bucketName', 'prefix', 'dashboardArn', 'preExperimentMinutes', 'postExperimentMinutes']);
    checkRequired(this, 'report.bucketName', report.bucketName, 'the S3 bucket the report is written to');
    checkPattern(this, 'report.bucketName', report.bucketName, /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name');
    checkArn(this, 'report.dashboardArn', report.dashboardArn, 'cloudwatch');
    for (const k of ['preExperimentMinutes', 'postExperimentMinutes'] as const) checkNumber(this, `report.${k}`, report[k], { integer: true, min: 1, max: 30 });
    return {
      outputs: { s3Configuration: { bucketName: report.bucketName, prefix: literal(report.prefix ?? name) } },
      dataSources: report.dashboardArn ? { cloudwatchDashboard: [{ dashboardArn: report.dashboardArn }] } : undefined,
      preExperimentDuration: `PT${report.preExperimentMinutes ?? 20}M`,
      postExperimentDuration: `PT${report.postExperimentMinutes ?? 20}M`,
    };
  }

  private reportStatements(report: FisExperimentTemplateExperimentReportConfiguration | undefined, loc: DrillLocation): PolicyStatement[] {
    if (!report) return [];
    const s3 = report.outputs!.s3Configuration!;
    const statements: PolicyStatement[] = [{ Sid: 'WriteTheReport', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: `arn:${loc.partition}:s3:::${s3.bucketName}/${s3.prefix}/*` }];
    const dashboards = (report.dataSources as { cloudwatchDashboard?: { dashboardArn?: string }[] } | undefined)?.cloudwatchDashboard ?? [];
    if (dashboards.length) {
      statements.push({ Sid: 'ReadTheDashboard', Effect: 'Allow', Action: ['cloudwatch:GetDashboard'], Resource: dashboards.map((d) => d.dashboardArn!) });
      statements.push({ Sid: 'RenderDashboardWidgets', Effect: 'Allow', Action: ['cloudwatch:GetMetricWidgetImage'], Resource: '*' });
    }
    return statements;
  }

  private addSchedule(s: DrillSchedule, name: string, loc: DrillLocation): [SchedulerSchedule, IamRole] {
    checkObject(this, 'schedule', s);
    checkKeys(this, 'schedule', s, ['days', 'startTime', 'timeZone', 'enabled', 'window']);
    checkObject(this, 'schedule.window', s.window);
    checkKeys(this, 'schedule.window', s.window, ['days', 'start', 'end']);
    checkBoolean(this, 'schedule.enabled', s.enabled);
    checkKnown(this, 'schedule.enabled', s.enabled, 'a drill schedule is turned on deliberately');
    const problem = scheduleProblem(s, this.durationMinutes);
    if (problem) throw new InvalidPropError(this, problem.prop, problem.value, problem.allowed);
    const role = serviceRole(this, 'schedule-role', { service: 'scheduler.amazonaws.com', namePrefix: this.derivedName('iam-role-prefix', { maxLength: 38, suffix: 'sched' }), sourceAccount: loc.account });
    new IamRolePolicy(this, 'schedule-role-policy', {
      role: role.id,
      name: 'start-chaos-drill',
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'StartThisDrillOnly',
            Effect: 'Allow',
            Action: ['fis:StartExperiment'],
            Resource: [this.experimentTemplateArn, `arn:${loc.partition}:fis:${loc.region}:${loc.account}:experiment/*`],
          },
        ],
      }),
    });
    const enabled = s.enabled ?? false;
    if (enabled) Annotations.of(this).addInfo(`drill scheduled ${cronExpression(s)} ${s.timeZone ?? 'Etc/UTC'}`);
    const schedule = new SchedulerSchedule(this, 'schedule', {
      name: this.derivedName('scheduler-schedule', { maxLength: 64 }),
      description: `Starts chaos drill ${name} (${this.scenario})`,
      scheduleExpression: cronExpression(s),
      scheduleExpressionTimezone: s.timeZone ?? 'Etc/UTC',
      state: enabled ? 'ENABLED' : 'DISABLED',
      flexibleTimeWindow: { mode: 'OFF' },
      region: this.region,
      target: {
        arn: 'arn:aws:scheduler:::aws-sdk:fis:startExperiment',
        roleArn: role.arn,
        input: JSON.stringify({ ClientToken: '<aws.scheduler.execution-id>', ExperimentTemplateId: this.experimentTemplate.id }),
        // A drill that could not start is not retried into a later, unplanned hour.
        retryPolicy: { maximumRetryAttempts: 0 },
      },
    });
    return [schedule, role];
  }

  private addOutcome(props: ChaosDrillProps, name: string): DrillOutcome | undefined {
    checkString(this, 'outcomeSeverity', props.outcomeSeverity);
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
