import { DeploymentV1, DeploymentV1SpecTemplateSpecContainerLivenessProbe } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { HorizontalPodAutoscalerV2, HorizontalPodAutoscalerV2SpecMetric } from '@cdktf/provider-kubernetes/lib/horizontal-pod-autoscaler-v2';
import { PodDisruptionBudgetV1 } from '@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Annotations, Fn, Op } from 'cdktf';
import { Construct } from 'constructs';
import { recordOptOut } from '../core/suppressions';
import { ANNOTATIONS } from '../core/contract';
import { InvalidPropError } from '../core/errors';
import { isUnresolved } from '../core/tokens';
import { checkBoolean, checkKeys, checkKnown, checkList, checkObject, checkProps, checkRequired, checkString, checkStringList, checkStringMap } from '../core/prop-types';
import { literal } from '../core/user-text';
import { checkNonEmpty, checkNumber, checkOneOf, checkPattern } from '../core/validation';
import { checkDnsLabel, checkLabels, claimObjectName, defaultObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { checkQuantity, intOrString, IntOrPercent, parseIntOrPercent, parseQuantity } from './quantity';
import { checkFramework } from '../core/framework';

/**
 * A readiness, liveness or startup probe: an HTTP GET (`path`), a command
 * (`command`) or a TCP connection (`tcp: true`), exactly one of them.
 */
export interface HealthProbe {
  /** HTTP path to GET, e.g. `/healthz`. @default - not an HTTP probe */
  readonly path?: string;
  /** Command run in the container; exit 0 is healthy. @default - not an exec probe */
  readonly command?: readonly string[];
  /** Open a TCP connection to the port. @default false */
  readonly tcp?: boolean;
  /** Port for HTTP and TCP probes. @default - the container port */
  readonly port?: number;
  /** Seconds before the first probe. @default 0 */
  readonly initialDelaySeconds?: number;
  /** Seconds between probes. @default 10 */
  readonly periodSeconds?: number;
  /** Seconds before a probe times out. @default 2 */
  readonly timeoutSeconds?: number;
  /** Consecutive failures before the probe fails. @default 3 */
  readonly failureThreshold?: number;
}

/** A per-pod custom metric (`type: Pods`) for the autoscaler, e.g. requests per second per pod. */
export interface PodsMetric {
  /** Metric name as the custom metrics API serves it. */
  readonly name: string;
  /** Target average value per pod, a quantity such as `100` or `500m`. */
  readonly averageValue: string;
  /** Label selector on the metric. @default - none */
  readonly selector?: Readonly<Record<string, string>>;
}

/** An external metric (`type: External`) for the autoscaler, e.g. a queue's depth. */
export interface ExternalMetric {
  /** Metric name as the external metrics API serves it. */
  readonly name: string;
  /** Target value per pod (averaged over the pods). Give this or `value`. @default - `value` */
  readonly averageValue?: string;
  /** Target value of the metric as a whole. Give this or `averageValue`. @default - `averageValue` */
  readonly value?: string;
  /** Label selector on the metric. @default - none */
  readonly selector?: Readonly<Record<string, string>>;
}

/** How a topology spread constraint treats a pod it cannot place evenly. */
export type WhenUnsatisfiable = 'DoNotSchedule' | 'ScheduleAnyway';

export interface ResilientDeploymentProps {
  /** Container image, e.g. `ghcr.io/acme/api:1.4.2` (pin a tag or digest). */
  readonly image: string;
  /**
   * Name of the Deployment, PodDisruptionBudget, autoscaler and Service.
   * @default - the construct id, lower-cased and dashed
   */
  readonly name?: string;
  /**
   * Namespace of every object.
   * @default 'default'
   */
  readonly namespace?: string;
  /**
   * Port the container listens on (named `http`).
   * @default 8080
   */
  readonly containerPort?: number;
  /** Command (entrypoint). @default - the image's entrypoint */
  readonly command?: readonly string[];
  /** Arguments. @default - the image's command */
  readonly args?: readonly string[];
  /** Environment variables. @default - none */
  readonly env?: Readonly<Record<string, string>>;
  /** Extra labels on every object and pod (the selector stays `app.kubernetes.io/name`). @default - none */
  readonly labels?: Readonly<Record<string, string>>;

  /**
   * Replicas: at least 2, so a node drain or a crash never takes the whole
   * service down. With autoscaling this is the starting count and the
   * autoscaler's default minimum.
   * @default 3
   */
  readonly replicas?: number;
  /**
   * Allows a single replica (any restart is an outage). Adds a warning and
   * the annotation `reliability.cdktf.io/single-replica: accepted`.
   * @default false
   */
  readonly allowSingleReplica?: boolean;
  /**
   * Extra pods a rolling update may start (pods are never taken down before
   * their replacements are ready: max unavailable is 0).
   * @default '25%'
   */
  readonly maxSurge?: IntOrPercent;

  /** Readiness probe: traffic goes only to pods that pass it. Required. */
  readonly readinessProbe: HealthProbe;
  /** Liveness probe: a pod that fails it is restarted. Required. */
  readonly livenessProbe: HealthProbe;
  /** Startup probe, for slow starters: liveness waits until it passes. @default - none */
  readonly startupProbe?: HealthProbe;

  /** CPU request, e.g. `250m`. Required: the scheduler and the CPU autoscaler need it. */
  readonly cpuRequest: string;
  /** Memory request, e.g. `256Mi`. Required. */
  readonly memoryRequest: string;
  /**
   * Memory limit, at least the request.
   * @default - the memory request (the pod is never killed for memory its node promised elsewhere)
   */
  readonly memoryLimit?: string;
  /** CPU limit. @default - none (no CPU throttling; the request guarantees a share) */
  readonly cpuLimit?: string;

  /**
   * Spreading over zones (`topology.kubernetes.io/zone`, max skew 1).
   * `DoNotSchedule` keeps a zone outage from taking more than its share.
   * @default 'DoNotSchedule'
   */
  readonly zoneSpread?: WhenUnsatisfiable;
  /**
   * Spreading over nodes (`kubernetes.io/hostname`, max skew 1).
   * @default 'ScheduleAnyway'
   */
  readonly nodeSpread?: WhenUnsatisfiable;

  /**
   * Seconds a pod gets to finish in-flight work after SIGTERM, including
   * the preStop pause.
   * @default 30
   */
  readonly terminationGracePeriodSeconds?: number;
  /**
   * Seconds the preStop hook waits (`sleep`) before SIGTERM, so endpoints
   * and load balancers stop sending traffic first. The image needs `sleep`;
   * set `preStopCommand` for images without a shell.
   * @default 5
   */
  readonly preStopSleepSeconds?: number;
  /** preStop command instead of `sleep <preStopSleepSeconds>`. @default - sleep */
  readonly preStopCommand?: readonly string[];

  /** User id the container runs as (non-root). @default - the image's user, which must be non-root and numeric */
  readonly runAsUser?: number;
  /** Group id of the pod's volumes. @default - the runtime's */
  readonly fsGroup?: number;
  /**
   * Read-only root filesystem. An empty dir is mounted at `/tmp`.
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
  /** Priority class, so critical pods preempt others under pressure. @default - the cluster default */
  readonly priorityClassName?: string;
  /** Service account. @default - the namespace's default account, with its token not mounted */
  readonly serviceAccountName?: string;

  /**
   * PodDisruptionBudget: pods a drain may evict at once. Give this or
   * `pdbMinAvailable`; 0 (or 0%) would block every drain and is rejected.
   * @default 1
   */
  readonly pdbMaxUnavailable?: IntOrPercent;
  /**
   * PodDisruptionBudget: pods that must stay up during a drain. Must be less
   * than the (minimum) replicas, or no pod could ever be evicted.
   * @default - `pdbMaxUnavailable` 1 instead
   */
  readonly pdbMinAvailable?: IntOrPercent;

  /**
   * Creates a HorizontalPodAutoscaler (autoscaling/v2).
   * @default true
   */
  readonly autoscaling?: boolean;
  /** Autoscaler minimum, at least 2. @default - `replicas` */
  readonly minReplicas?: number;
  /** Autoscaler maximum. @default - 3 x the minimum */
  readonly maxReplicas?: number;
  /**
   * Target average CPU utilization (percent of the request).
   * @default 70 when no other metric is given, otherwise none
   */
  readonly cpuUtilization?: number;
  /** Target average memory utilization (percent of the request). @default - none */
  readonly memoryUtilization?: number;
  /** Custom per-pod metrics. @default - none */
  readonly podsMetrics?: readonly PodsMetric[];
  /** External metrics. @default - none */
  readonly externalMetrics?: readonly ExternalMetric[];
  /**
   * Seconds the autoscaler looks back before scaling down, so a short dip
   * does not remove capacity a returning peak needs.
   * @default 300
   */
  readonly scaleDownStabilizationSeconds?: number;

  /**
   * Service port (targets the container port).
   * @default 80
   */
  readonly servicePort?: number;
  /**
   * Service type.
   * @default 'ClusterIP'
   */
  readonly serviceType?: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
}

/** Annotation put on a Deployment that opted into a single replica. */
/** Annotation put on a Deployment that opted into a single replica. */
export const SINGLE_REPLICA_ANNOTATION = ANNOTATIONS.singleReplica;

/** Every prop, so JavaScript and YAML callers get an error for a misspelt one (the compiler keeps the list complete). */
const PROP_KEYS: Record<keyof ResilientDeploymentProps, true> = {
  image: true, name: true, namespace: true, containerPort: true, command: true, args: true, env: true, labels: true,
  replicas: true, allowSingleReplica: true, maxSurge: true, readinessProbe: true, livenessProbe: true, startupProbe: true,
  cpuRequest: true, memoryRequest: true, memoryLimit: true, cpuLimit: true, zoneSpread: true, nodeSpread: true,
  terminationGracePeriodSeconds: true, preStopSleepSeconds: true, preStopCommand: true, runAsUser: true, fsGroup: true,
  readOnlyRootFilesystem: true, priorityClassName: true, serviceAccountName: true, pdbMaxUnavailable: true,
  pdbMinAvailable: true, autoscaling: true, minReplicas: true, maxReplicas: true, cpuUtilization: true,
  memoryUtilization: true, podsMetrics: true, externalMetrics: true, scaleDownStabilizationSeconds: true,
  servicePort: true, serviceType: true,
};
const PROBE_KEYS: Record<keyof HealthProbe, true> = {
  path: true, command: true, tcp: true, port: true, initialDelaySeconds: true, periodSeconds: true, timeoutSeconds: true, failureThreshold: true,
};
const PODS_METRIC_KEYS: Record<keyof PodsMetric, true> = { name: true, averageValue: true, selector: true };
const EXTERNAL_METRIC_KEYS: Record<keyof ExternalMetric, true> = { name: true, averageValue: true, value: true, selector: true };
const AUTOSCALING_ONLY = ['minReplicas', 'maxReplicas', 'cpuUtilization', 'memoryUtilization', 'podsMetrics', 'externalMetrics', 'scaleDownStabilizationSeconds'] as const;

/** Kubernetes int32 fields (ports aside). */
const INT32_MAX = 2 ** 31 - 1;
const MAX_REPLICAS = 10000;
/** The Service shares the name, and Service names are DNS-1035 labels (they start with a letter). */
const DNS_1035 = /^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** Image references: printable ASCII, no spaces. */
const IMAGE = /^[\x21-\x7e]+$/;
/** Environment variable names (C identifiers, plus `-` and `.` as Kubernetes allows). */
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** The props after defaults, with what is known at synth. */
interface Settings {
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
  readonly pdb: { maxUnavailable?: string; minAvailable?: string };
}

/**
 * A Kubernetes workload that survives a zone outage, a node drain and a
 * rolling update: a Deployment (at least 2 replicas, max unavailable 0,
 * spread over zones and nodes, probes, requests, memory limit, graceful
 * shutdown, hardened security context), a PodDisruptionBudget that lets
 * drains through one pod at a time, a HorizontalPodAutoscaler (v2) and a
 * Service.
 */
export class ResilientDeployment extends Construct {
  public readonly deployment: DeploymentV1;
  public readonly podDisruptionBudget: PodDisruptionBudgetV1;
  /** The autoscaler; undefined when `autoscaling` is false. */
  public readonly autoscaler?: HorizontalPodAutoscalerV2;
  public readonly service: ServiceV1;
  /** Object name shared by every resource. */
  public readonly name: string;
  public readonly namespace: string;
  /** Labels selecting the pods. */
  public readonly selector: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: ResilientDeploymentProps) {
    super(scope, id);
    checkFramework(this);
    this.checkTypes(props);
    this.name = props.name ?? defaultObjectName(this);
    this.namespace = props.namespace ?? 'default';
    const s = this.settle(props);
    this.selector = { 'app.kubernetes.io/name': this.name };
    const labels = isUnresolved(props.labels)
      ? (Fn.merge([{ ...MANAGED_BY_LABELS }, props.labels, this.selector]) as unknown as Record<string, string>)
      : { ...MANAGED_BY_LABELS, ...(props.labels ?? {}), ...this.selector };
    const metadata = { name: this.name, namespace: this.namespace, labels };

    this.deployment = this.createDeployment(props, s, metadata);
    if (s.single) recordOptOut(this.deployment, 'REL-K8S-1', 'allowSingleReplica', s.single, 'one replica means an outage on every restart, node drain and rollout');
    this.podDisruptionBudget = new PodDisruptionBudgetV1(this, 'pdb', {
      metadata,
      spec: { ...s.pdb, selector: { matchLabels: this.selector } },
    });
    if (s.autoscaling) this.autoscaler = this.createAutoscaler(props, s, metadata);
    this.service = new ServiceV1(this, 'service', {
      metadata,
      spec: {
        type: props.serviceType ?? 'ClusterIP',
        selector: this.selector,
        port: [{ name: 'http', port: props.servicePort ?? 80, targetPort: 'http', protocol: 'TCP' }],
      },
    });
    this.claimNames(s.autoscaling);
  }

  /** Run-time types of every prop (JavaScript and YAML callers), and tokens refused where they decide the shape. */
  private checkTypes(props: ResilientDeploymentProps): void {
    checkProps(this, props, Object.keys(PROP_KEYS));
    checkRequired(this, 'image', props.image, 'the container image to run, e.g. "ghcr.io/acme/api:1.4.2"');
    checkString(this, 'image', props.image);
    checkNonEmpty(this, 'image', props.image, 4096);
    checkPattern(this, 'image', props.image, IMAGE, 'an image reference without spaces, e.g. "ghcr.io/acme/api:1.4.2"');
    checkString(this, 'name', props.name);
    checkPattern(this, 'name', props.name, DNS_1035, 'a DNS-1035 label (the Service shares it): 1 to 63 lower-case letters, digits or "-", starting with a letter');
    checkString(this, 'namespace', props.namespace);
    checkDnsLabel(this, 'namespace', props.namespace);
    for (const prop of ['command', 'args', 'preStopCommand'] as const) checkStringList(this, prop, props[prop]);
    checkStringMap(this, 'env', props.env);
    checkKnown(this, 'env', props.env, 'each variable becomes an env entry of the container');
    for (const key of Object.keys(props.env ?? {})) {
      if (!ENV_NAME.test(key)) throw new InvalidPropError(this, `env.${key}`, key, 'environment variable names must be letters, digits, "_", "-" or ".", not starting with a digit');
    }
    checkLabels(this, 'labels', props.labels);
    for (const prop of ['allowSingleReplica', 'readOnlyRootFilesystem', 'autoscaling'] as const) {
      checkBoolean(this, prop, props[prop]);
      checkKnown(this, prop, props[prop]);
    }
    for (const prop of ['readinessProbe', 'livenessProbe'] as const) {
      checkRequired(this, prop, props[prop], prop === 'readinessProbe' ? 'traffic must reach only pods that are ready' : 'a stuck pod must be restarted');
    }
    for (const prop of ['readinessProbe', 'livenessProbe', 'startupProbe'] as const) {
      checkObject(this, prop, props[prop]);
      checkKnown(this, prop, props[prop], 'the probe is a block of the container');
      checkKeys(this, prop, props[prop], Object.keys(PROBE_KEYS));
    }
    for (const prop of ['zoneSpread', 'nodeSpread'] as const) checkOneOf(this, prop, props[prop], ['DoNotSchedule', 'ScheduleAnyway']);
    checkOneOf(this, 'serviceType', props.serviceType, ['ClusterIP', 'NodePort', 'LoadBalancer']);
    for (const prop of ['priorityClassName', 'serviceAccountName'] as const) {
      checkString(this, prop, props[prop]);
      checkDnsLabel(this, prop, props[prop]);
    }
    for (const prop of ['maxSurge', 'pdbMaxUnavailable', 'pdbMinAvailable'] as const) {
      const v = props[prop];
      if (v !== undefined && typeof v !== 'number' && typeof v !== 'string') {
        throw new InvalidPropError(this, prop, v, 'must be a whole number or a percentage string such as "25%"');
      }
    }
    const metricLists = [['podsMetrics', PODS_METRIC_KEYS], ['externalMetrics', EXTERNAL_METRIC_KEYS]] as const;
    for (const [prop, keys] of metricLists) {
      checkList(this, prop, props[prop]);
      checkKnown(this, prop, props[prop], 'each metric becomes a metric block of the autoscaler');
      (props[prop] ?? []).forEach((m: unknown, i: number) => {
        checkRequired(this, `${prop}[${i}]`, m, 'a metric');
        checkObject(this, `${prop}[${i}]`, m);
        checkKeys(this, `${prop}[${i}]`, m, Object.keys(keys));
      });
    }
  }

  /** Validates the props against each other and settles the defaults. */
  private settle(props: ResilientDeploymentProps): Settings {
    checkDnsLabel(this, 'name', this.name);
    if (props.name === undefined) checkPattern(this, 'name', this.name, DNS_1035, `a DNS-1035 label; the default is derived from the construct id "${this.node.id}", so set name`);
    checkDnsLabel(this, 'namespace', this.namespace);

    const port = props.containerPort ?? 8080;
    checkNumber(this, 'containerPort', port, { integer: true, min: 1, max: 65535 });
    checkNumber(this, 'servicePort', props.servicePort, { integer: true, min: 1, max: 65535 });

    // Replicas: two or more unless explicitly opted out.
    const single = props.allowSingleReplica ?? false;
    const replicas = props.replicas ?? 3;
    checkNumber(this, 'replicas', replicas, { integer: true, min: 1, max: MAX_REPLICAS });
    if (!single && !isUnresolved(replicas) && replicas < 2) {
      throw new InvalidPropError(this, 'replicas', replicas, 'must be at least 2 (set allowSingleReplica to accept an outage on every restart)');
    }
    if (single) {
      Annotations.of(this).addWarning(
        `${this.node.path}: allowSingleReplica is set: a single replica means an outage on every restart, node drain and rollout`,
      );
    }
    const maxSurge = props.maxSurge ?? '25%';
    const surge = isUnresolved(maxSurge) ? undefined : parseIntOrPercent(maxSurge);
    if (!isUnresolved(maxSurge) && (surge === undefined || surge.value === 0)) {
      throw new InvalidPropError(this, 'maxSurge', maxSurge, 'must be a positive integer or percentage (max unavailable is 0, so updates need room to surge)');
    }

    const memoryLimit = this.checkResources(props);

    // Graceful shutdown.
    const grace = props.terminationGracePeriodSeconds ?? 30;
    const preStop = props.preStopSleepSeconds ?? 5;
    checkNumber(this, 'terminationGracePeriodSeconds', grace, { integer: true, min: 1, max: 3600 });
    checkNumber(this, 'preStopSleepSeconds', preStop, { integer: true, min: 1, max: 600 });
    if (!isUnresolved(grace) && !isUnresolved(preStop) && preStop >= grace) {
      throw new InvalidPropError(this, 'preStopSleepSeconds', preStop, `must be less than terminationGracePeriodSeconds (${grace}), or the pod is killed before it can finish in-flight requests`);
    }
    if (props.preStopCommand !== undefined && props.preStopCommand.length === 0) {
      throw new InvalidPropError(this, 'preStopCommand', props.preStopCommand, 'must not be empty');
    }
    checkNumber(this, 'runAsUser', props.runAsUser, { integer: true, min: 1, max: INT32_MAX });
    checkNumber(this, 'fsGroup', props.fsGroup, { integer: true, min: 0, max: INT32_MAX });

    // Autoscaling bounds. A token minimum gets the default maximum as a Terraform expression.
    const autoscaling = props.autoscaling ?? true;
    const minReplicas = props.minReplicas ?? replicas;
    const maxReplicas = props.maxReplicas ?? (isUnresolved(minReplicas) ? Op.mul(minReplicas, 3) : minReplicas * 3);
    if (autoscaling) {
      checkNumber(this, 'minReplicas', minReplicas, { integer: true, min: single ? 1 : 2, max: MAX_REPLICAS });
      checkNumber(this, 'maxReplicas', maxReplicas, { integer: true, min: isUnresolved(minReplicas) ? 1 : minReplicas, max: isUnresolved(minReplicas) ? MAX_REPLICAS : Math.max(MAX_REPLICAS, minReplicas * 3) });
    } else {
      for (const p of AUTOSCALING_ONLY) {
        if (props[p] !== undefined) throw new InvalidPropError(this, p, props[p], 'applies only with autoscaling (autoscaling is false)');
      }
    }

    // Disruption budget: must let at least one pod be evicted at the lowest replica count (when known at synth).
    const lowest = autoscaling ? [replicas, minReplicas] : [replicas];
    const known = lowest.some((n) => isUnresolved(n)) ? undefined : Math.min(...lowest);
    const pdb = this.disruptionBudget(props, known);
    return { port, single, replicas, maxSurge, memoryLimit, grace, preStop, autoscaling, minReplicas, maxReplicas, readOnlyRoot: props.readOnlyRootFilesystem ?? true, pdb };
  }

  /** Requests and limits; returns the memory limit. */
  private checkResources(props: ResilientDeploymentProps): string {
    checkQuantity(this, 'cpuRequest', props.cpuRequest, 'the scheduler spreads pods by their requests, and CPU autoscaling measures against them');
    checkQuantity(this, 'memoryRequest', props.memoryRequest, 'the scheduler needs it to place pods where their memory is');
    const memoryLimit = props.memoryLimit ?? props.memoryRequest;
    checkQuantity(this, 'memoryLimit', memoryLimit);
    checkQuantity(this, 'cpuLimit', props.cpuLimit);
    if (!isUnresolved(memoryLimit) && !isUnresolved(props.memoryRequest) && parseQuantity(memoryLimit)! < parseQuantity(props.memoryRequest)!) {
      throw new InvalidPropError(this, 'memoryLimit', memoryLimit, `must be at least the memory request (${props.memoryRequest})`);
    }
    if (props.cpuLimit !== undefined && !isUnresolved(props.cpuLimit) && !isUnresolved(props.cpuRequest) && parseQuantity(props.cpuLimit)! < parseQuantity(props.cpuRequest)!) {
      throw new InvalidPropError(this, 'cpuLimit', props.cpuLimit, `must be at least the CPU request (${props.cpuRequest})`);
    }
    return memoryLimit;
  }

  private createDeployment(props: ResilientDeploymentProps, s: Settings, metadata: { name: string; namespace: string; labels: Record<string, string> }): DeploymentV1 {
    const probe = (prop: string, p: HealthProbe | undefined) => (p === undefined ? undefined : this.probe(prop, p, s.port));
    const spreadOver = (topologyKey: string, whenUnsatisfiable: string) => ({
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
      labelSelector: [{ matchLabels: this.selector }],
      matchLabelKeys: ['pod-template-hash'],
    });
    const list = (items: readonly string[] | undefined) => (items === undefined || isUnresolved(items) ? (items as string[] | undefined) : items.map((item) => literal(item)));
    return new DeploymentV1(this, 'deployment', {
      metadata: { ...metadata, annotations: s.single ? { [SINGLE_REPLICA_ANNOTATION]: 'accepted' } : undefined },
      waitForRollout: true,
      spec: {
        replicas: intOrString(s.replicas),
        revisionHistoryLimit: 10,
        progressDeadlineSeconds: 600,
        selector: { matchLabels: this.selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '0', maxSurge: intOrString(s.maxSurge) } },
        template: {
          metadata: { labels: metadata.labels },
          spec: {
            terminationGracePeriodSeconds: s.grace,
            priorityClassName: props.priorityClassName,
            serviceAccountName: props.serviceAccountName,
            automountServiceAccountToken: props.serviceAccountName !== undefined,
            securityContext: {
              runAsNonRoot: true,
              runAsUser: props.runAsUser === undefined ? undefined : intOrString(props.runAsUser),
              fsGroup: props.fsGroup === undefined ? undefined : intOrString(props.fsGroup),
              seccompProfile: { type: 'RuntimeDefault' },
            },
            topologySpreadConstraint: [
              spreadOver('topology.kubernetes.io/zone', props.zoneSpread ?? 'DoNotSchedule'),
              spreadOver('kubernetes.io/hostname', props.nodeSpread ?? 'ScheduleAnyway'),
            ],
            container: [
              {
                name: this.name,
                image: literal(props.image),
                command: list(props.command),
                args: list(props.args),
                port: [{ name: 'http', containerPort: s.port, protocol: 'TCP' }],
                env: props.env ? Object.entries(props.env).map(([name, value]) => ({ name, value: literal(value) })) : undefined,
                resources: {
                  requests: { cpu: props.cpuRequest, memory: props.memoryRequest },
                  limits: { memory: s.memoryLimit, ...(props.cpuLimit ? { cpu: props.cpuLimit } : {}) },
                },
                readinessProbe: probe('readinessProbe', props.readinessProbe),
                livenessProbe: probe('livenessProbe', props.livenessProbe),
                startupProbe: probe('startupProbe', props.startupProbe),
                lifecycle: { preStop: [{ exec: { command: list(props.preStopCommand) ?? ['sleep', intOrString(s.preStop)] } }] },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  privileged: false,
                  readOnlyRootFilesystem: s.readOnlyRoot,
                  runAsNonRoot: true,
                  capabilities: { drop: ['ALL'] },
                  seccompProfile: { type: 'RuntimeDefault' },
                },
                volumeMount: s.readOnlyRoot ? [{ name: 'tmp', mountPath: '/tmp' }] : undefined,
              },
            ],
            volume: s.readOnlyRoot ? [{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }] : undefined,
          },
        },
      },
      // The autoscaler owns the replica count once it exists.
      lifecycle: s.autoscaling ? { ignoreChanges: ['spec[0].replicas'] } : undefined,
    });
  }

  private createAutoscaler(props: ResilientDeploymentProps, s: Settings, metadata: { name: string; namespace: string; labels: Record<string, string> }): HorizontalPodAutoscalerV2 {
    return new HorizontalPodAutoscalerV2(this, 'hpa', {
      metadata,
      spec: {
        minReplicas: s.minReplicas,
        maxReplicas: s.maxReplicas,
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: this.deployment.metadata.name },
        metric: this.metrics(props),
        behavior: {
          scaleDown: [
            {
              stabilizationWindowSeconds: props.scaleDownStabilizationSeconds ?? 300,
              selectPolicy: 'Max',
              policy: [{ type: 'Percent', value: 50, periodSeconds: 60 }],
            },
          ],
        },
      },
    });
  }

  /** Every object name in its namespace and cluster: a second workload with the same name would take these objects over. */
  private claimNames(autoscaling: boolean): void {
    const kinds = ['Deployment', 'PodDisruptionBudget', 'Service', ...(autoscaling ? ['HorizontalPodAutoscaler'] : [])];
    for (const kind of kinds) claimObjectName(this, kind, this.name, this.namespace);
  }

  /** The PDB; `replicas` is the lowest replica count, undefined when a token decides it. */
  private disruptionBudget(props: ResilientDeploymentProps, replicas: number | undefined): { maxUnavailable?: string; minAvailable?: string } {
    if (props.pdbMaxUnavailable !== undefined && props.pdbMinAvailable !== undefined) {
      throw new InvalidPropError(this, 'pdbMinAvailable', props.pdbMinAvailable, 'give pdbMaxUnavailable or pdbMinAvailable, not both');
    }
    if (props.pdbMinAvailable !== undefined) {
      const v = props.pdbMinAvailable;
      if (isUnresolved(v)) return { minAvailable: intOrString(v) };
      const p = parseIntOrPercent(v);
      if (p === undefined) throw new InvalidPropError(this, 'pdbMinAvailable', v, 'must be a whole number or a percentage such as "50%"');
      const blocks = replicas !== undefined && (p.percent ? Math.ceil((p.value * replicas) / 100) >= replicas : p.value >= replicas);
      if (blocks || (p.percent && p.value === 100)) {
        throw new InvalidPropError(this, 'pdbMinAvailable', v, `must leave at least one of ${replicas ?? 'the'} replicas evictable, or every node drain blocks forever${replicas !== undefined ? ` (at most ${replicas - 1})` : ''}`);
      }
      return { minAvailable: intOrString(v) };
    }
    const v = props.pdbMaxUnavailable ?? 1;
    if (isUnresolved(v)) return { maxUnavailable: intOrString(v) };
    const p = parseIntOrPercent(v);
    if (p === undefined) throw new InvalidPropError(this, 'pdbMaxUnavailable', v, 'must be a whole number or a percentage such as "25%"');
    if (p.value === 0) {
      throw new InvalidPropError(this, 'pdbMaxUnavailable', v, 'must allow at least one eviction, or every node drain blocks forever');
    }
    if (replicas !== undefined && !p.percent && p.value >= replicas && replicas > 1) {
      throw new InvalidPropError(this, 'pdbMaxUnavailable', v, `must be less than the ${replicas} replicas, or a drain may take the whole service down`);
    }
    return { maxUnavailable: intOrString(v) };
  }

  private probe(prop: string, p: HealthProbe, containerPort: number): DeploymentV1SpecTemplateSpecContainerLivenessProbe {
    checkString(this, `${prop}.path`, p.path);
    checkStringList(this, `${prop}.command`, p.command);
    checkBoolean(this, `${prop}.tcp`, p.tcp);
    checkKnown(this, `${prop}.tcp`, p.tcp, 'it decides the kind of probe');
    const kinds = [p.path !== undefined, p.command !== undefined, p.tcp === true].filter(Boolean).length;
    if (kinds !== 1) throw new InvalidPropError(this, prop, p, 'must give exactly one of path (HTTP GET), command (exec) or tcp: true');
    if (p.path !== undefined && !isUnresolved(p.path) && !/^\/[\x21-\x7e]*$/.test(p.path)) {
      throw new InvalidPropError(this, `${prop}.path`, p.path, 'must be an absolute path without spaces, such as "/healthz"');
    }
    if (p.command !== undefined && p.command.length === 0) throw new InvalidPropError(this, `${prop}.command`, p.command, 'must not be empty');
    checkNumber(this, `${prop}.port`, p.port, { integer: true, min: 1, max: 65535 });
    checkNumber(this, `${prop}.initialDelaySeconds`, p.initialDelaySeconds, { integer: true, min: 0, max: INT32_MAX });
    checkNumber(this, `${prop}.periodSeconds`, p.periodSeconds, { integer: true, min: 1, max: INT32_MAX });
    checkNumber(this, `${prop}.timeoutSeconds`, p.timeoutSeconds, { integer: true, min: 1, max: INT32_MAX });
    checkNumber(this, `${prop}.failureThreshold`, p.failureThreshold, { integer: true, min: 1, max: INT32_MAX });
    const port = intOrString(p.port ?? containerPort);
    return {
      httpGet: p.path !== undefined ? { path: literal(p.path), port } : undefined,
      exec: p.command !== undefined ? { command: isUnresolved(p.command) ? (p.command as string[]) : p.command.map((c) => literal(c)) } : undefined,
      tcpSocket: p.tcp ? [{ port }] : undefined,
      initialDelaySeconds: p.initialDelaySeconds ?? 0,
      periodSeconds: p.periodSeconds ?? 10,
      timeoutSeconds: p.timeoutSeconds ?? 2,
      failureThreshold: p.failureThreshold ?? 3,
    };
  }

  private metrics(props: ResilientDeploymentProps): HorizontalPodAutoscalerV2SpecMetric[] {
    const metrics: HorizontalPodAutoscalerV2SpecMetric[] = [];
    const others = props.memoryUtilization !== undefined || (props.podsMetrics ?? []).length > 0 || (props.externalMetrics ?? []).length > 0;
    const cpu = props.cpuUtilization ?? (others ? undefined : 70);
    const utilization = (name: 'cpu' | 'memory', prop: string, value: number | undefined) => {
      if (value === undefined) return;
      checkNumber(this, prop, value, { integer: true, min: 1, max: 1000 });
      metrics.push({ type: 'Resource', resource: { name, target: { type: 'Utilization', averageUtilization: value } } });
    };
    utilization('cpu', 'cpuUtilization', cpu);
    utilization('memory', 'memoryUtilization', props.memoryUtilization);
    const selector = (prop: string, s?: Readonly<Record<string, string>>) => {
      checkLabels(this, prop, s);
      checkKnown(this, prop, s, 'the selector is a block of the metric');
      return s ? [{ matchLabels: { ...s } }] : undefined;
    };
    const metricName = (prop: string, name: string) => {
      checkRequired(this, prop, name, 'the metric name');
      checkString(this, prop, name);
      checkPattern(this, prop, name, /^[\x21-\x7e]{1,253}$/, 'a metric name: 1 to 253 printable characters, no spaces');
      return literal(name);
    };
    (props.podsMetrics ?? []).forEach((m, i) => {
      const name = metricName(`podsMetrics[${i}].name`, m.name);
      checkQuantity(this, `podsMetrics[${i}].averageValue`, m.averageValue, 'the per-pod target');
      metrics.push({ type: 'Pods', pods: { metric: { name, selector: selector(`podsMetrics[${i}].selector`, m.selector) }, target: { type: 'AverageValue', averageValue: m.averageValue } } });
    });
    (props.externalMetrics ?? []).forEach((m, i) => {
      const name = metricName(`externalMetrics[${i}].name`, m.name);
      if ((m.averageValue === undefined) === (m.value === undefined)) {
        throw new InvalidPropError(this, `externalMetrics[${i}]`, m, 'must give exactly one of averageValue or value');
      }
      checkQuantity(this, `externalMetrics[${i}].averageValue`, m.averageValue);
      checkQuantity(this, `externalMetrics[${i}].value`, m.value);
      const target = m.averageValue !== undefined ? { type: 'AverageValue', averageValue: m.averageValue } : { type: 'Value', value: m.value };
      metrics.push({ type: 'External', external: { metric: { name, selector: selector(`externalMetrics[${i}].selector`, m.selector) }, target } });
    });
    if (props.scaleDownStabilizationSeconds !== undefined) {
      checkNumber(this, 'scaleDownStabilizationSeconds', props.scaleDownStabilizationSeconds, { integer: true, min: 0, max: 3600 });
    }
    return metrics;
  }
}
