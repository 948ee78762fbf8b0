import { Annotations, Op } from 'cdktf';
import { IConstruct } from 'constructs';
import { InvalidPropError } from '../../core/errors';
import { checkNumber } from '../../core/validation';
import { isUnresolved } from '../../core/tokens';
import { IntOrPercent, parseIntOrPercent, parseQuantity } from '../quantity';
import type { ResilientDeploymentProps } from '../resilient-deployment';
import { MAX_REPLICAS } from './resilient-deployment-spec';

/** A ResilientDeployment's props after defaults, checked against each other (each prop alone is checked by its spec). */
export interface WorkloadSettings {
  readonly port: number;
  readonly single: boolean;
  readonly replicas: number;
  readonly maxSurge: IntOrPercent;
  readonly memoryLimit: string;
  readonly grace: number;
  readonly preStop: number;
  readonly autoscaling: boolean;
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly readOnlyRoot: boolean;
  readonly pdb: { readonly maxUnavailable?: IntOrPercent; readonly minAvailable?: IntOrPercent };
}

const AUTOSCALING_ONLY = ['minReplicas', 'maxReplicas', 'cpuUtilization', 'memoryUtilization', 'podsMetrics', 'externalMetrics', 'scaleDownStabilizationSeconds'] as const;
/** The selector label: the construct sets it to the name, so a user label of that key would be silently replaced. */
export const SELECTOR_LABEL = 'app.kubernetes.io/name';

/** Settles a ResilientDeployment's defaults and checks the props that must agree with each other. */
export function settleWorkload(scope: IConstruct, props: ResilientDeploymentProps): WorkloadSettings {
  if (props.labels !== undefined && !isUnresolved(props.labels) && SELECTOR_LABEL in props.labels) {
    throw new InvalidPropError(scope, `labels.${SELECTOR_LABEL}`, props.labels[SELECTOR_LABEL], 'is the pods\' selector label, always the workload\'s name: set `name` instead');
  }
  // Replicas: two or more unless explicitly opted out.
  const single = props.allowSingleReplica ?? false;
  const replicas = props.replicas ?? 3;
  if (!single && !isUnresolved(replicas) && replicas < 2) {
    throw new InvalidPropError(scope, 'replicas', replicas, 'must be at least 2 (set allowSingleReplica to accept an outage on every restart)');
  }
  if (single) {
    Annotations.of(scope).addWarning(`${scope.node.path}: allowSingleReplica is set: a single replica means an outage on every restart, node drain and rollout`);
  }
  const maxSurge = props.maxSurge ?? '25%';
  if (!isUnresolved(maxSurge) && parseIntOrPercent(maxSurge)?.value === 0) {
    throw new InvalidPropError(scope, 'maxSurge', maxSurge, 'must be a positive integer or percentage (max unavailable is 0, so updates need room to surge)');
  }
  const memoryLimit = checkLimits(scope, props);
  checkShapes(scope, props);

  // Graceful shutdown.
  const grace = props.terminationGracePeriodSeconds ?? 30;
  const preStop = props.preStopSleepSeconds ?? 5;
  if (!isUnresolved(grace) && !isUnresolved(preStop) && preStop >= grace) {
    throw new InvalidPropError(scope, 'preStopSleepSeconds', preStop, `must be less than terminationGracePeriodSeconds (${grace}), or the pod is killed before it can finish in-flight requests`);
  }

  // Autoscaling bounds. A token minimum gets the default maximum as a Terraform expression.
  const autoscaling = props.autoscaling ?? true;
  const minReplicas = props.minReplicas ?? replicas;
  const maxReplicas = props.maxReplicas ?? (isUnresolved(minReplicas) ? Op.mul(minReplicas, 3) : minReplicas * 3);
  if (autoscaling) {
    checkNumber(scope, 'minReplicas', minReplicas, { integer: true, min: single ? 1 : 2, max: MAX_REPLICAS });
    checkNumber(scope, 'maxReplicas', maxReplicas, { integer: true, min: isUnresolved(minReplicas) ? 1 : minReplicas, max: isUnresolved(minReplicas) ? MAX_REPLICAS : Math.max(MAX_REPLICAS, minReplicas * 3) });
    // The autoscaler would take the surplus away on its first sync: the two props contradict each other.
    if (props.maxReplicas !== undefined && ![replicas, maxReplicas].some(isUnresolved) && replicas > maxReplicas) {
      throw new InvalidPropError(scope, 'replicas', replicas, `must be at most maxReplicas (${maxReplicas}): the autoscaler would scale the Deployment down to it at once`);
    }
  } else {
    for (const p of AUTOSCALING_ONLY) {
      if (props[p] !== undefined) throw new InvalidPropError(scope, p, props[p], 'applies only with autoscaling (autoscaling is false)');
    }
  }

  // Disruption budget: must let at least one pod be evicted at the lowest replica count (when known at synth).
  const lowest = autoscaling ? [replicas, minReplicas] : [replicas];
  const known = lowest.some((n) => isUnresolved(n)) ? undefined : Math.min(...lowest);
  const pdb = disruptionBudget(scope, props, known);
  return { port: props.containerPort ?? 8080, single, replicas, maxSurge, memoryLimit, grace, preStop, autoscaling, minReplicas, maxReplicas, readOnlyRoot: props.readOnlyRootFilesystem ?? true, pdb };
}

/** Probes of exactly one kind, external metrics with exactly one target (the HPA's `validateExternalSource`). */
function checkShapes(scope: IConstruct, props: ResilientDeploymentProps): void {
  for (const prop of ['readinessProbe', 'livenessProbe', 'startupProbe'] as const) {
    const p = props[prop];
    if (p !== undefined && [p.path !== undefined, p.command !== undefined, p.tcp === true].filter(Boolean).length !== 1) {
      throw new InvalidPropError(scope, prop, p, 'must give exactly one of path (HTTP GET), command (exec) or tcp: true');
    }
  }
  (props.externalMetrics ?? []).forEach((m, i) => {
    if ((m.averageValue === undefined) === (m.value === undefined)) {
      throw new InvalidPropError(scope, `externalMetrics[${i}]`, m, 'must give exactly one of averageValue or value');
    }
  });
}

/** Limits at least the requests (the API server's `ValidateResourceRequirements` refuses a request above its limit); returns the memory limit. */
function checkLimits(scope: IConstruct, props: ResilientDeploymentProps): string {
  const memoryLimit = props.memoryLimit ?? props.memoryRequest;
  const below = (limit: string | undefined, request: string) => limit !== undefined && !isUnresolved(limit) && !isUnresolved(request) && parseQuantity(limit)! < parseQuantity(request)!;
  if (below(memoryLimit, props.memoryRequest)) throw new InvalidPropError(scope, 'memoryLimit', memoryLimit, `must be at least the memory request (${props.memoryRequest})`);
  if (below(props.cpuLimit, props.cpuRequest)) throw new InvalidPropError(scope, 'cpuLimit', props.cpuLimit, `must be at least the CPU request (${props.cpuRequest})`);
  return memoryLimit;
}

/** The PDB; `replicas` is the lowest replica count, undefined when a token decides it. */
function disruptionBudget(scope: IConstruct, props: ResilientDeploymentProps, replicas: number | undefined): WorkloadSettings['pdb'] {
  if (props.pdbMaxUnavailable !== undefined && props.pdbMinAvailable !== undefined) {
    throw new InvalidPropError(scope, 'pdbMinAvailable', props.pdbMinAvailable, 'give pdbMaxUnavailable or pdbMinAvailable, not both');
  }
  if (props.pdbMinAvailable !== undefined) {
    const v = props.pdbMinAvailable;
    if (isUnresolved(v)) return { minAvailable: v };
    const p = parseIntOrPercent(v)!;
    const blocks = replicas !== undefined && (p.percent ? Math.ceil((p.value * replicas) / 100) >= replicas : p.value >= replicas);
    if (blocks || (p.percent && p.value === 100)) {
      throw new InvalidPropError(scope, 'pdbMinAvailable', v, `must leave at least one of ${replicas ?? 'the'} replicas evictable, or every node drain blocks forever${replicas !== undefined ? ` (at most ${replicas - 1})` : ''}`);
    }
    return { minAvailable: v };
  }
  const v = props.pdbMaxUnavailable ?? 1;
  if (isUnresolved(v)) return { maxUnavailable: v };
  const p = parseIntOrPercent(v)!;
  if (p.value === 0) throw new InvalidPropError(scope, 'pdbMaxUnavailable', v, 'must allow at least one eviction, or every node drain blocks forever');
  if (replicas !== undefined && !p.percent && p.value >= replicas && replicas > 1) {
    throw new InvalidPropError(scope, 'pdbMaxUnavailable', v, `must be less than the ${replicas} replicas, or a drain may take the whole service down`);
  }
  return { maxUnavailable: v };
}
