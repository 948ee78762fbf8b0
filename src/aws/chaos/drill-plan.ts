/**
 * The experiment a chaos drill runs, as data: FIS targets and actions for
 * each scenario, and the IAM statements the experiment role needs for
 * exactly those actions on exactly those targets. No cdktf import: values
 * may be tokens (names, ARNs), which end up as Terraform references.
 */

import { EKS_POD_SCENARIOS, eksPodPlan, EksPodScenario, EksPodTargets } from './eks-pod-plan';
import { documentParameterProblems, FIS_SSM_DOCUMENTS, FisSsmDocument } from './ssm-documents';

/** The failures a drill can inject. */
export type DrillScenario = 'zone-loss' | 'terminate-instances' | 'database-failover' | 'cpu-stress' | 'network-latency' | EksPodScenario;

/** Every scenario, in documentation order. */
export const DRILL_SCENARIOS: readonly DrillScenario[] = ['zone-loss', 'terminate-instances', 'database-failover', 'cpu-stress', 'network-latency', ...EKS_POD_SCENARIOS];

/** An FIS target (`target` block of `aws_fis_experiment_template`). */
export interface FisTargetSpec {
  readonly name: string;
  readonly resourceType: string;
  readonly selectionMode: string;
  readonly resourceTag?: readonly { readonly key: string; readonly value: string }[];
  readonly resourceArns?: readonly string[];
  readonly filter?: readonly { readonly path: string; readonly values: readonly string[] }[];
  /** Target parameters: how FIS finds targets it cannot find by ARN or tag (`aws:eks:pod`). @default - none */
  readonly parameters?: Readonly<Record<string, string>>;
}

/** An FIS action (`action` block). */
export interface FisActionSpec {
  readonly name: string;
  readonly actionId: string;
  readonly description: string;
  readonly parameter: readonly { readonly key: string; readonly value: string }[];
  readonly target?: { readonly key: string; readonly value: string };
}

/** One IAM policy statement. */
export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow';
  readonly Action: readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/** Where the experiment runs, for ARNs. */
export interface DrillLocation {
  readonly partition: string;
  readonly region: string;
  readonly account: string;
}

/** The resources a plan acts on (already checked to be present for the scenario). */
export interface DrillPlanTargets {
  /** The service's Auto Scaling group. */
  readonly group?: { readonly name: string; readonly arn: string };
  /** The database: an Aurora cluster or a Multi-AZ instance. */
  readonly database?: { readonly kind: 'cluster' | 'instance'; readonly arn: string };
  /** The zone a zone-loss drill takes out: its name and the subnets in it. */
  readonly zone?: { readonly name: string; readonly subnetArns: readonly string[]; readonly vpcId: string };
  /** The pods an EKS pod drill hits (by namespace and labels) and their cluster. */
  readonly pods?: EksPodTargets;
}

/** Knobs of a plan. */
export interface DrillPlanOptions {
  readonly scenario: DrillScenario;
  readonly durationMinutes: number;
  /** zone-loss: stop (and restart after the drill) or terminate the zone's instances. */
  readonly instanceAction: 'stop' | 'terminate';
  /** terminate-instances, cpu-stress, network-latency: share of the group's instances, percent. */
  readonly instancePercent: number;
  /** cpu-stress: target CPU load, percent. */
  readonly cpuLoadPercent: number;
  /** network-latency: added delay, milliseconds. */
  readonly latencyMilliseconds: number;
  /** network-latency: jitter, milliseconds; only AWSFIS-Run-Network-Latency-Sources takes one. Undefined: no jitter. */
  readonly jitterMilliseconds?: number;
  /** network-latency: the network interface. Undefined: the document's default. */
  readonly networkInterface?: string;
  /** EKS pod scenarios: share of the selected pods, percent. Undefined: 50. */
  readonly podPercent?: number;
  /** EKS pod scenarios: the Kubernetes service account the FIS pod runs as. Undefined: `fis-pod`. */
  readonly kubernetesServiceAccount?: string;
}

/** Targets, actions and role statements of one drill. */
export interface DrillPlan {
  readonly targets: readonly FisTargetSpec[];
  readonly actions: readonly FisActionSpec[];
  readonly statements: readonly PolicyStatement[];
}

/** The tag EC2 Auto Scaling puts on every instance of a group. */
export const ASG_NAME_TAG = 'aws:autoscaling:groupName';
/** The tag FIS puts on the network ACLs it creates to cut a subnet off. */
const FIS_ACL_TAG = 'managedByFIS';

const iso = (minutes: number): string => `PT${minutes}M`;
const params = (p: Record<string, string>): { key: string; value: string }[] => Object.entries(p).map(([key, value]) => ({ key, value }));

function groupInstances(group: { name: string }, selectionMode: string, zone?: string): FisTargetSpec {
  return {
    name: zone === undefined ? 'group-instances' : 'zone-instances',
    resourceType: 'aws:ec2:instance',
    selectionMode,
    resourceTag: [{ key: ASG_NAME_TAG, value: group.name }],
    filter: [{ path: 'State.Name', values: ['running'] }, ...(zone === undefined ? [] : [{ path: 'Placement.AvailabilityZone', values: [zone] }])],
  };
}

function instanceArns(loc: DrillLocation): string {
  return `arn:${loc.partition}:ec2:${loc.region}:${loc.account}:instance/*`;
}

function onGroupInstances(sid: string, actions: string[], loc: DrillLocation, group: { name: string }, conditionKey = `aws:ResourceTag/${ASG_NAME_TAG}`): PolicyStatement {
  return { Sid: sid, Effect: 'Allow', Action: actions, Resource: instanceArns(loc), Condition: { StringEquals: { [conditionKey]: group.name } } };
}

function describe(sid: string, actions: string[]): PolicyStatement {
  return { Sid: sid, Effect: 'Allow', Action: actions, Resource: '*' };
}

function databaseFailover(db: NonNullable<DrillPlanTargets['database']>): { target: FisTargetSpec; action: FisActionSpec; statements: PolicyStatement[] } {
  if (db.kind === 'cluster') {
    return {
      target: { name: 'database', resourceType: 'aws:rds:cluster', selectionMode: 'ALL', resourceArns: [db.arn] },
      action: { name: 'fail-over-database', actionId: 'aws:rds:failover-db-cluster', description: 'Fail the Aurora cluster over to a reader in another zone', parameter: [], target: { key: 'Clusters', value: 'database' } },
      statements: [
        { Sid: 'FailOverTheCluster', Effect: 'Allow', Action: ['rds:FailoverDBCluster'], Resource: [db.arn] },
        describe('DescribeDatabases', ['rds:DescribeDBClusters']),
      ],
    };
  }
  return {
    target: { name: 'database', resourceType: 'aws:rds:db', selectionMode: 'ALL', resourceArns: [db.arn] },
    action: {
      name: 'fail-over-database',
      actionId: 'aws:rds:reboot-db-instances',
      description: 'Reboot the Multi-AZ instance with failover to its standby in another zone',
      parameter: params({ forceFailover: 'true' }),
      target: { key: 'DBInstances', value: 'database' },
    },
    statements: [
      { Sid: 'RebootTheInstanceWithFailover', Effect: 'Allow', Action: ['rds:RebootDBInstance'], Resource: [db.arn] },
      describe('DescribeDatabases', ['rds:DescribeDBInstances']),
    ],
  };
}

function zoneLoss(o: DrillPlanOptions, loc: DrillLocation, t: DrillPlanTargets): DrillPlan {
  const targets: FisTargetSpec[] = [];
  const actions: FisActionSpec[] = [];
  const statements: PolicyStatement[] = [];
  const zone = t.zone!;
  const duration = iso(o.durationMinutes);
  if (t.group) {
    targets.push(groupInstances(t.group, 'ALL', zone.name));
    const stop = o.instanceAction === 'stop';
    actions.push({
      name: `${o.instanceAction}-zone-instances`,
      actionId: stop ? 'aws:ec2:stop-instances' : 'aws:ec2:terminate-instances',
      description: stop ? "Stop the service's instances in the zone (restarted when the drill ends), as a power loss would" : "Terminate the service's instances in the zone",
      // Auto Scaling replaces a stopped instance (not `running` is unhealthy), so at the end of the drill some targets
      // no longer exist: without completeIfInstancesTerminated the restart fails and the experiment ends `failed`
      // (FIS actions reference, aws:ec2:stop-instances; AWS's AZ power interruption scenario sets it).
      parameter: stop ? params({ startInstancesAfterDuration: duration, completeIfInstancesTerminated: 'true' }) : [],
      target: { key: 'Instances', value: 'zone-instances' },
    });
    targets.push({ name: 'group', resourceType: 'aws:ec2:autoscaling-group', selectionMode: 'ALL', resourceArns: [t.group.arn] });
    actions.push({
      name: 'pause-launches-in-zone',
      actionId: 'aws:ec2:asg-insufficient-instance-capacity-error',
      description: 'Fail every launch in the zone, so Auto Scaling must replace the lost capacity in the other zones',
      parameter: params({ duration, availabilityZoneIdentifiers: zone.name, percentage: '100' }),
      target: { key: 'AutoScalingGroups', value: 'group' },
    });
    statements.push(onGroupInstances('ActOnTheGroupsInstancesOnly', stop ? ['ec2:StopInstances', 'ec2:StartInstances'] : ['ec2:TerminateInstances'], loc, t.group));
    statements.push({
      Sid: 'FailLaunchesOfTheGroupOnly',
      Effect: 'Allow',
      Action: ['ec2:InjectApiError'],
      Resource: '*',
      // The condition keys and operators of AWS's own example for this action, joined in one statement (both must hold).
      Condition: { StringEquals: { 'ec2:FisActionId': ['aws:ec2:asg-insufficient-instance-capacity-error'] }, 'ForAllValues:ArnLike': { 'ec2:FisTargetArns': [t.group.arn] } },
    });
    statements.push(describe('DescribeInstancesAndGroups', ['ec2:DescribeInstances', 'autoscaling:DescribeAutoScalingGroups']));
  }
  if (zone.subnetArns.length > 0) {
    targets.push({ name: 'zone-subnets', resourceType: 'aws:ec2:subnet', selectionMode: 'ALL', resourceArns: zone.subnetArns });
    actions.push({
      name: 'cut-off-zone-subnets',
      actionId: 'aws:network:disrupt-connectivity',
      description: "Deny all traffic in and out of the zone's subnets",
      parameter: params({ duration, scope: 'all' }),
      target: { key: 'Subnets', value: 'zone-subnets' },
    });
    const acl = `arn:${loc.partition}:ec2:${loc.region}:${loc.account}:network-acl/*`;
    const vpc = `arn:${loc.partition}:ec2:${loc.region}:${loc.account}:vpc/${zone.vpcId}`;
    statements.push({ Sid: 'CreateTaggedNetworkAclsInTheVpc', Effect: 'Allow', Action: ['ec2:CreateNetworkAcl'], Resource: [acl, vpc], Condition: { StringEquals: { [`aws:RequestTag/${FIS_ACL_TAG}`]: 'true' } } });
    statements.push({ Sid: 'TagTheNewNetworkAcls', Effect: 'Allow', Action: ['ec2:CreateTags'], Resource: acl, Condition: { StringEquals: { 'ec2:CreateAction': 'CreateNetworkAcl' } } });
    statements.push({ Sid: 'EditOnlyFisNetworkAcls', Effect: 'Allow', Action: ['ec2:CreateNetworkAclEntry', 'ec2:DeleteNetworkAcl'], Resource: acl, Condition: { StringEquals: { [`aws:ResourceTag/${FIS_ACL_TAG}`]: 'true' } } });
    statements.push({ Sid: 'SwapAclsOfTheZoneSubnetsOnly', Effect: 'Allow', Action: ['ec2:ReplaceNetworkAclAssociation'], Resource: [...zone.subnetArns, acl] });
    statements.push(describe('DescribeTheNetwork', ['ec2:DescribeNetworkAcls', 'ec2:DescribeSubnets', 'ec2:DescribeVpcs', 'ec2:DescribeManagedPrefixLists', 'ec2:GetManagedPrefixListEntries']));
  }
  if (t.database) {
    const f = databaseFailover(t.database);
    targets.push(f.target);
    actions.push(f.action);
    statements.push(...f.statements);
  }
  return { targets, actions, statements };
}

/** The SSM document a drill runs and its parameters, checked against what the document declares. */
interface SsmCommand {
  readonly document: FisSsmDocument;
  readonly parameters: Record<string, string>;
  readonly description: string;
}

function ssmCommand(o: DrillPlanOptions): SsmCommand {
  const seconds = String(o.durationMinutes * 60);
  const iface: Record<string, string> = o.networkInterface === undefined ? {} : { Interface: o.networkInterface };
  const on = o.networkInterface ?? "the document's default interface";
  let command: SsmCommand;
  if (o.scenario === 'cpu-stress') {
    command = {
      document: FIS_SSM_DOCUMENTS['AWSFIS-Run-CPU-Stress'],
      parameters: { DurationSeconds: seconds, LoadPercent: String(o.cpuLoadPercent), InstallDependencies: 'True' },
      description: `Load every CPU of the selected instances to ${o.cpuLoadPercent}% (AWSFIS-Run-CPU-Stress)`,
    };
  } else if (o.jitterMilliseconds === undefined) {
    command = {
      document: FIS_SSM_DOCUMENTS['AWSFIS-Run-Network-Latency'],
      parameters: { DurationSeconds: seconds, DelayMilliseconds: String(o.latencyMilliseconds), ...iface, InstallDependencies: 'True' },
      description: `Add ${o.latencyMilliseconds} ms to traffic leaving ${on} of the selected instances (AWSFIS-Run-Network-Latency)`,
    };
  } else {
    // AWSFIS-Run-Network-Latency declares no jitter: the Sources document does, for traffic to every source (ALL).
    command = {
      document: FIS_SSM_DOCUMENTS['AWSFIS-Run-Network-Latency-Sources'],
      parameters: {
        DurationSeconds: seconds,
        DelayMilliseconds: String(o.latencyMilliseconds),
        JitterMilliseconds: String(o.jitterMilliseconds),
        Sources: 'ALL',
        TrafficType: 'egress',
        ...iface,
        InstallDependencies: 'True',
      },
      description: `Add ${o.latencyMilliseconds} ms (jitter ${o.jitterMilliseconds} ms) to traffic leaving ${on} of the selected instances (AWSFIS-Run-Network-Latency-Sources)`,
    };
  }
  const problems = documentParameterProblems(command.document, command.parameters);
  if (problems.length) throw new Error(`chaos drill ${o.scenario}: ${problems.join('; ')}`);
  return command;
}

/**
 * The targets, actions and least-privilege statements of a drill. The
 * caller has checked that the scenario's targets are present.
 */
export function drillPlan(o: DrillPlanOptions, loc: DrillLocation, t: DrillPlanTargets): DrillPlan {
  switch (o.scenario) {
    case 'pod-delete':
    case 'pod-cpu-stress':
    case 'pod-network-latency':
      if (!t.pods) throw new Error(`chaos drill ${o.scenario}: no pods to target`);
      return eksPodPlan({ ...o, scenario: o.scenario, podPercent: o.podPercent ?? 50, serviceAccount: o.kubernetesServiceAccount ?? 'fis-pod' }, loc, t.pods);
    case 'zone-loss':
      return zoneLoss(o, loc, t);
    case 'terminate-instances':
      return {
        targets: [groupInstances(t.group!, `PERCENT(${o.instancePercent})`)],
        actions: [
          {
            name: 'terminate-instances',
            actionId: 'aws:ec2:terminate-instances',
            description: `Terminate ${o.instancePercent}% of the group's instances`,
            parameter: [],
            target: { key: 'Instances', value: 'group-instances' },
          },
        ],
        statements: [onGroupInstances('TerminateTheGroupsInstancesOnly', ['ec2:TerminateInstances'], loc, t.group!), describe('DescribeInstances', ['ec2:DescribeInstances'])],
      };
    case 'database-failover': {
      const f = databaseFailover(t.database!);
      return { targets: [f.target], actions: [f.action], statements: f.statements };
    }
    case 'cpu-stress':
    case 'network-latency': {
      const cmd = ssmCommand(o);
      const documentArn = `arn:${loc.partition}:ssm:${loc.region}::document/${cmd.document.name}`;
      return {
        targets: [groupInstances(t.group!, `PERCENT(${o.instancePercent})`)],
        actions: [
          {
            name: o.scenario,
            actionId: 'aws:ssm:send-command',
            description: cmd.description,
            parameter: params({ documentArn, documentParameters: JSON.stringify(cmd.parameters), duration: iso(o.durationMinutes) }),
            target: { key: 'Instances', value: 'group-instances' },
          },
        ],
        statements: [
          { Sid: 'RunTheFisDocument', Effect: 'Allow', Action: ['ssm:SendCommand'], Resource: [documentArn] },
          onGroupInstances('OnTheGroupsInstancesOnly', ['ssm:SendCommand'], loc, t.group!),
          // aws:ssm:send-command needs ssm:ListCommands and ssm:CancelCommand (FIS actions reference); the document may need more.
          describe('FollowAndCancelCommands', [...new Set(['ssm:ListCommands', 'ssm:CancelCommand', 'ec2:DescribeInstances', ...cmd.document.extraActions])]),
        ],
      };
    }
  }
}

/**
 * What FIS needs to deliver experiment logs to CloudWatch Logs (FIS User Guide, "Experiment logging", which points to
 * the CloudWatch Logs User Guide, "Logs sent to CloudWatch Logs"). That guide scopes logs:PutResourcePolicy,
 * logs:DescribeResourcePolicies and logs:DescribeLogGroups to `arn:<partition>:logs:<region>:<account>:*`: the
 * experiment's account and Region, never another's. logs:CreateLogDelivery is a permission-only action with no
 * resource type (Service Authorization Reference, CloudWatch Logs): IAM matches it on "*" alone, and an ARN there
 * would make the statement never apply, so it stays on "*" in a statement of its own.
 */
export function logDeliveryStatements(loc: DrillLocation): PolicyStatement[] {
  return [
    { Sid: 'CreateExperimentLogDelivery', Effect: 'Allow', Action: ['logs:CreateLogDelivery'], Resource: '*' },
    {
      Sid: 'DeliverExperimentLogsInThisAccountAndRegion',
      Effect: 'Allow',
      Action: ['logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'],
      Resource: `arn:${loc.partition}:logs:${loc.region}:${loc.account}:*`,
    },
  ];
}

/** What an FIS experiment role may be assumed for: experiments of this account and Region only (`aws:SourceArn`). */
export function fisExperimentArns(loc: DrillLocation): string {
  return `arn:${loc.partition}:fis:${loc.region}:${loc.account}:experiment/*`;
}
