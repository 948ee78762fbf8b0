import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../../core/errors';
import { isUnresolved } from '../../../core/tokens';
import { checkNumber } from '../../../core/validation';
import { awsRegionOf, checkArnPlacement } from '../../common/aws-location';
import type { ChaosDrillProps } from '../chaos-drill';
import { DrillPlanOptions, DrillPlanTargets, DrillScenario, PolicyStatement } from '../drill-plan';
import { IDrillableDatabase, IDrillableNetwork, IDrillableService } from '../drill-targets';
import { EKS_POD_NETWORK_SCENARIOS, EKS_POD_SCENARIOS, EksPodScenario } from '../eks-pod-plan';
import { stackAwsRegions } from '../stack-regions';

/**
 * What relates a chaos drill's props to its scenario, its stack and each other (each prop passed its spec first):
 * the Region, the production guard, the targets the scenario needs, the knobs it reads.
 */

/** The drill's Region: one the stack's providers use, and its targets'. Returns the Region when synth knows it. */
export function checkDrillRegion(scope: IConstruct, region: string | undefined): string | undefined {
  const targetRegion = awsRegionOf(scope);
  if (region === undefined) return targetRegion;
  const used = stackAwsRegions(scope);
  if (used !== undefined && !used.includes(region)) {
    throw new InvalidPropError(scope, 'region', region, `must be a region the stack uses (its AWS providers are in ${used.join(', ')})`);
  }
  if (targetRegion !== undefined && targetRegion !== region) {
    throw new InvalidPropError(scope, 'region', region, `must be the region of the drill's targets (${targetRegion}): an experiment only reaches resources in its own region`);
  }
  return region;
}

/**
 * KMS keys are Regional: CloudWatch Logs encrypts a log group, and EC2 an EBS volume, only with a key of their own
 * Region (AWS KMS Developer Guide, "Regions": a KMS key cannot be used outside its Region). The sweep's validity
 * oracle found a log key of another Region synthesized.
 */
export function checkDrillKeys(scope: IConstruct, props: ChaosDrillProps): void {
  checkArnPlacement(scope, 'logKmsKeyArn', props.logKmsKeyArn, { regional: true, why: 'CloudWatch Logs encrypts the log group with a key of its own Region' });
  (props.ebsKmsKeyArns ?? []).forEach((k, i) => {
    checkArnPlacement(scope, `ebsKmsKeyArns[${i}]`, k, { regional: true, why: "the instances' EBS volumes are encrypted with keys of their own Region" });
  });
}

/** A drill in a production environment (a name starting with `prod`) needs `allowInProduction` with a reason; returns the reason. */
export function productionReason(scope: IConstruct, props: ChaosDrillProps): string | undefined {
  const environment = props.environment ?? props.tags?.Environment ?? props.tags?.environment;
  if (environment === undefined || isUnresolved(environment) || !/^prod/i.test(environment)) return undefined;
  const reason = props.allowInProduction?.reason;
  if (typeof reason !== 'string' || reason.trim() === '') {
    throw new InvalidPropError(scope, 'allowInProduction', props.allowInProduction, `must give a reason to drill in the production environment "${environment}" (who agreed, and why it is safe)`);
  }
  return `chaos drill in production "${environment}": ${reason.trim()}`;
}

/** The targets the scenario acts on: each it needs is given, none it does not use is. */
export function drillTargets(scope: IConstruct, s: DrillScenario, props: ChaosDrillProps): DrillPlanTargets {
  const needsGroup = s === 'terminate-instances' || s === 'cpu-stress' || s === 'network-latency';
  if (needsGroup && props.service === undefined) throw new InvalidPropError(scope, 'service', undefined, `is required by a ${s} drill: its instances are the targets`);
  if (s === 'database-failover' && props.database === undefined) throw new InvalidPropError(scope, 'database', undefined, 'is required by a database-failover drill');
  if (s === 'zone-loss' && props.network === undefined) throw new InvalidPropError(scope, 'network', undefined, 'is required by a zone-loss drill: it names the zone and its subnets');
  for (const [key, used] of [['service', needsGroup || s === 'zone-loss'], ['database', s === 'database-failover' || s === 'zone-loss'], ['network', s === 'zone-loss']] as const) {
    if (!used && props[key] !== undefined) throw new InvalidPropError(scope, key, props[key], `selects nothing in a ${s} drill: leave it out`);
  }
  if (props.zone !== undefined && s !== 'zone-loss') throw new InvalidPropError(scope, 'zone', props.zone, 'applies to zone-loss drills only');
  const pods = eksPodTargets(scope, s, props);
  const group = props.service === undefined ? undefined : groupOf(props.service);
  const database = props.database === undefined ? undefined : databaseOf(scope, props.database);
  const zone = s === 'zone-loss' ? zoneOf(scope, props.network!, props.zone ?? 0) : undefined;
  return { group, database, zone, ...(pods ? { pods } : {}) };
}

function isPodScenario(s: DrillScenario): s is EksPodScenario {
  return (EKS_POD_SCENARIOS as readonly string[]).includes(s);
}

/** EKS pod scenarios: the pods (namespace and labels) and their cluster, both required; refused elsewhere. */
function eksPodTargets(scope: IConstruct, s: DrillScenario, props: ChaosDrillProps): DrillPlanTargets['pods'] {
  if (!isPodScenario(s)) {
    for (const key of ['pods', 'eksCluster', 'podPercent', 'podsOnFargate'] as const) {
      if (props[key] !== undefined) throw new InvalidPropError(scope, key, props[key], `applies to ${EKS_POD_SCENARIOS.join(', ')} drills only`);
    }
    return undefined;
  }
  if (props.pods === undefined) throw new InvalidPropError(scope, 'pods', undefined, `is required by a ${s} drill: the workload (a ResilientDeployment) whose pods are the targets`);
  if (props.eksCluster === undefined) throw new InvalidPropError(scope, 'eksCluster', undefined, `is required by a ${s} drill: the EKS cluster the pods run in`);
  const selector = props.pods.selector;
  if (Object.keys(selector).length === 0) throw new InvalidPropError(scope, 'pods.selector', selector, 'must name at least one label: an empty selector would target every pod of the namespace');
  // FIS User Guide, aws:eks:pod actions, Limitations: the network actions do not work on AWS Fargate.
  if (props.podsOnFargate === true && EKS_POD_NETWORK_SCENARIOS.includes(s)) {
    throw new InvalidPropError(scope, 'scenario', s, 'does not work on pods on AWS Fargate (FIS: the aws:eks:pod network actions do not support Fargate); use pod-delete or pod-cpu-stress');
  }
  return { cluster: { name: props.eksCluster.name, arn: props.eksCluster.arn }, namespace: props.pods.namespace, selector: { ...selector } };
}

function groupOf(service: IDrillableService): DrillPlanTargets['group'] {
  const g = service.autoScalingGroup;
  return { name: g.name, arn: g.arn };
}

function databaseOf(scope: IConstruct, db: IDrillableDatabase): DrillPlanTargets['database'] {
  if (db.cluster) return { kind: 'cluster', arn: db.cluster.arn };
  if (db.instance) return { kind: 'instance', arn: db.instance.arn };
  throw new InvalidPropError(scope, 'database', db, 'selects nothing: it must be a ResilientDatabase (or an object with a cluster or an instance that has an arn)');
}

function zoneOf(scope: IConstruct, net: IDrillableNetwork, zone: string | number): DrillPlanTargets['zone'] {
  const zones = net.zones;
  if (zones.length !== net.zoneCount || net.privateSubnets.length !== net.zoneCount) {
    throw new InvalidPropError(scope, 'network', net, `must list one zone and one private subnet per zone (zoneCount ${net.zoneCount}; ${zones.length} zones, ${net.privateSubnets.length} private subnets)`);
  }
  let index: number;
  if (typeof zone === 'number') {
    checkNumber(scope, 'zone', zone, { integer: true, min: 0, max: net.zoneCount - 1 });
    index = zone;
  } else {
    if (zones.some((z) => isUnresolved(z))) {
      throw new InvalidPropError(scope, 'zone', zone, `must be a zone index (0 to ${net.zoneCount - 1}): the network's zone names are known only at apply (give the network zones by name to drill by name)`);
    }
    index = zones.indexOf(zone);
    if (index < 0) throw new InvalidPropError(scope, 'zone', zone, `selects nothing: it must be one of the network's zones (${zones.join(', ')})`);
  }
  const subnetArns = [net.publicSubnets, net.privateSubnets, net.isolatedSubnets].flatMap((tier) => (Array.isArray(tier) && tier[index] ? [tier[index].arn] : []));
  return { name: zones[index], subnetArns, vpcId: net.vpcId };
}

/** The scenario's knobs, with their defaults; a knob of another scenario is refused. */
export function drillPlanOptions(scope: IConstruct, scenario: DrillScenario, durationMinutes: number, props: ChaosDrillProps): DrillPlanOptions {
  const only = (prop: keyof ChaosDrillProps, scenarios: DrillScenario[]): void => {
    if (props[prop] !== undefined && !scenarios.includes(scenario)) throw new InvalidPropError(scope, prop, props[prop], `applies to ${scenarios.join(' and ')} drills only`);
  };
  only('instanceAction', ['zone-loss']);
  only('instancePercent', ['terminate-instances', 'cpu-stress', 'network-latency']);
  only('cpuLoadPercent', ['cpu-stress', 'pod-cpu-stress']);
  for (const p of ['latencyMilliseconds', 'jitterMilliseconds', 'networkInterface'] as const) only(p, ['network-latency', 'pod-network-latency']);
  const instancePercent = props.instancePercent ?? (scenario === 'terminate-instances' ? 33 : 50);
  if (scenario === 'terminate-instances' || scenario === 'cpu-stress' || scenario === 'network-latency') checkShareSelectsSomething(scope, props.service, instancePercent);
  return {
    scenario,
    durationMinutes,
    instanceAction: props.instanceAction ?? 'stop',
    instancePercent,
    cpuLoadPercent: props.cpuLoadPercent ?? 80,
    latencyMilliseconds: props.latencyMilliseconds ?? 200,
    jitterMilliseconds: props.jitterMilliseconds,
    networkInterface: props.networkInterface,
    ...(isPodScenario(scenario) ? { podPercent: props.podPercent ?? (scenario === 'pod-delete' ? 33 : 50) } : {}),
  };
}

/** A share of a small group can round down to no instance: FIS would then fail every run. */
function checkShareSelectsSomething(scope: IConstruct, service: IDrillableService | undefined, percent: number): void {
  const min = (service as { minCapacity?: unknown } | undefined)?.minCapacity;
  if (typeof min !== 'number' || isUnresolved(min) || min <= 0) return;
  if (Math.floor((min * percent) / 100) < 1) {
    throw new InvalidPropError(scope, 'instancePercent', percent, `selects no instance of a group of ${min} (FIS rounds ${percent}% of ${min} down to 0); use at least ${Math.ceil(100 / min)}`);
  }
}

/** Restarting a stopped instance attaches its encrypted volumes again: EC2 needs a grant on a customer-managed key. */
export function volumeKeyStatements(scope: IConstruct, scenario: DrillScenario, props: ChaosDrillProps): PolicyStatement[] {
  const keys = props.ebsKmsKeyArns;
  if (keys === undefined) return [];
  if (scenario !== 'zone-loss' || (props.instanceAction ?? 'stop') !== 'stop') {
    throw new InvalidPropError(scope, 'ebsKmsKeyArns', keys, 'applies only to zone-loss drills that stop instances (they restart them)');
  }
  if (keys.length === 0) return [];
  return [{ Sid: 'RestartInstancesWithEncryptedVolumes', Effect: 'Allow', Action: ['kms:CreateGrant'], Resource: [...keys], Condition: { Bool: { 'kms:GrantIsForAWSResource': 'true' } } }];
}
