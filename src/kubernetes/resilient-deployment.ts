import { DeploymentV1 } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { HorizontalPodAutoscalerV2 } from '@cdktf/provider-kubernetes/lib/horizontal-pod-autoscaler-v2';
import { NetworkPolicyV1 } from '@cdktf/provider-kubernetes/lib/network-policy-v1';
import { PodDisruptionBudgetV1 } from '@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Annotations, Fn } from 'cdktf';
import { Construct } from 'constructs';
import { ANNOTATIONS } from '../core/contract';
import { InvalidPropError } from '../core/errors';
import { checkFramework } from '../core/framework';
import { checkBySpec, checkPropsBySpec } from '../core/prop-spec';
import { recordOptOut } from '../core/suppressions';
import { isUnresolved } from '../core/tokens';
import { claimObjectName, defaultObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { dns1035Label } from './private/k8s-specs';
import { createNetworkPolicy, DEFAULT_DNS_PEERS } from './private/network-policy';
import { RESILIENT_DEPLOYMENT_PROPS } from './private/resilient-deployment-spec';
import { createAutoscaler, createDeployment, createDisruptionBudget, createService, WorkloadMetadata } from './private/workload-resources';
import { SELECTOR_LABEL, settleWorkload } from './private/workload-settings';
import { IntOrPercent } from './quantity';

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

/**
 * Pods, namespaces or an IP range a NetworkPolicy rule allows (a
 * `NetworkPolicyPeer`): selectors, or `cidr` alone.
 */
export interface NetworkPeer {
  /**
   * Namespaces, by their labels (`namespaceSelector.matchLabels`). Every
   * namespace carries `kubernetes.io/metadata.name: <its name>`; `{}` selects
   * every namespace.
   * @default - the workload's own namespace when `podLabels` is given
   */
  readonly namespaceLabels?: Readonly<Record<string, string>>;
  /**
   * Pods, by their labels (`podSelector.matchLabels`), in the namespaces
   * `namespaceLabels` selects.
   * @default - every pod of the namespaces `namespaceLabels` selects
   */
  readonly podLabels?: Readonly<Record<string, string>>;
  /**
   * An IPv4 range (`ipBlock.cidr`), for addresses outside the cluster; give it
   * without `namespaceLabels` and `podLabels`.
   * @default - no IP range: the selectors say who
   */
  readonly cidr?: string;
}

/** Egress the pods need beyond DNS: a NetworkPolicy egress rule. */
export interface EgressRule {
  /** Where the pods may connect. @default - anywhere */
  readonly to?: readonly NetworkPeer[];
  /** Destination port. @default - every port (of `protocol` when it is given) */
  readonly port?: number;
  /** Protocol of `port`. @default 'TCP' */
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
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

  /**
   * Creates a NetworkPolicy that isolates the pods: ingress only on the
   * container port from `ingressFrom`, egress only to DNS and `egressTo`
   * (the cluster's network plugin must enforce NetworkPolicies). `false`
   * leaves the pods open to the whole cluster: it adds a warning and records
   * the opt-out of REL-K8S-6.
   * @default true
   */
  readonly networkPolicy?: boolean;
  /**
   * Who may connect to the container port: the ingress controller, the
   * monitoring namespace that scrapes the pods, the services that call this
   * one. A Service's port reaches the pods on the container port, so these
   * peers reach it through the Service too; kubelet probes come from the node
   * and are always allowed.
   * @default - no one but the pods' own nodes
   */
  readonly ingressFrom?: readonly NetworkPeer[];
  /**
   * Egress the pods need beyond DNS (a database, an API, the Kubernetes API
   * server for pods that use their service account).
   * @default - DNS only
   */
  readonly egressTo?: readonly EgressRule[];
  /**
   * The cluster's DNS servers the pods may query on UDP and TCP port 53.
   * @default - pods labelled `k8s-app: kube-dns` in the namespace `kube-system` (CoreDNS)
   */
  readonly dnsPeers?: readonly NetworkPeer[];
}

/** Annotation put on a Deployment that opted into a single replica. */
export const SINGLE_REPLICA_ANNOTATION = ANNOTATIONS.singleReplica;

/**
 * A Kubernetes workload that survives a zone outage, a node drain and a
 * rolling update: a Deployment (at least 2 replicas, max unavailable 0,
 * spread over zones and nodes, probes, requests, memory limit, graceful
 * shutdown, hardened security context), a PodDisruptionBudget that lets
 * drains through one pod at a time, a HorizontalPodAutoscaler (v2), a
 * Service, and a NetworkPolicy that lets in only the peers the user names
 * and lets out only DNS and the egress the user declares.
 */
export class ResilientDeployment extends Construct {
  public readonly deployment: DeploymentV1;
  public readonly podDisruptionBudget: PodDisruptionBudgetV1;
  /** The autoscaler; undefined when `autoscaling` is false. */
  public readonly autoscaler?: HorizontalPodAutoscalerV2;
  public readonly service: ServiceV1;
  /** The NetworkPolicy isolating the pods; undefined when `networkPolicy` is false. */
  public readonly networkPolicy?: NetworkPolicyV1;
  /** Object name shared by every resource. */
  public readonly name: string;
  public readonly namespace: string;
  /** Labels selecting the pods. */
  public readonly selector: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: ResilientDeploymentProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, RESILIENT_DEPLOYMENT_PROPS);
    this.name = props.name ?? defaultObjectName(this);
    if (props.name === undefined) checkBySpec(this, 'name', this.name, dns1035Label(`the Service shares it; the default is derived from the construct id "${id}", so set name`));
    this.namespace = props.namespace ?? 'default';
    const s = settleWorkload(this, props);
    this.selector = { [SELECTOR_LABEL]: this.name };
    const labels = isUnresolved(props.labels)
      ? (Fn.merge([{ ...MANAGED_BY_LABELS }, props.labels, this.selector]) as unknown as Record<string, string>)
      : { ...MANAGED_BY_LABELS, ...(props.labels ?? {}), ...this.selector };
    const metadata: WorkloadMetadata = { name: this.name, namespace: this.namespace, labels };
    const selector = { ...this.selector };

    this.deployment = createDeployment(this, props, s, metadata, selector);
    if (s.single) recordOptOut(this.deployment, 'REL-K8S-1', 'allowSingleReplica', s.single, 'one replica means an outage on every restart, node drain and rollout');
    this.podDisruptionBudget = createDisruptionBudget(this, s, metadata, selector);
    if (s.autoscaling) this.autoscaler = createAutoscaler(this, props, s, metadata, this.deployment);
    this.service = createService(this, props, metadata, selector);
    this.networkPolicy = this.isolate(props, s.port, metadata, selector);
    this.claimNames(s.autoscaling, this.networkPolicy !== undefined);
  }

  /** The NetworkPolicy, or the recorded opt-out. */
  private isolate(props: ResilientDeploymentProps, port: number, metadata: WorkloadMetadata, selector: Record<string, string>): NetworkPolicyV1 | undefined {
    if (props.networkPolicy === false) {
      for (const prop of ['ingressFrom', 'egressTo', 'dnsPeers'] as const) {
        if (props[prop] !== undefined) throw new InvalidPropError(this, prop, props[prop], 'must be left out when networkPolicy is false (no NetworkPolicy is created)');
      }
      Annotations.of(this).addWarning(`${this.node.path}: networkPolicy is false: every pod of the cluster can connect to the pods, and the pods to anywhere`);
      recordOptOut(this.deployment, 'REL-K8S-6', 'networkPolicy', false, 'every pod of the cluster can reach the pods');
      return undefined;
    }
    return createNetworkPolicy(this, metadata, selector, { port, ingressFrom: props.ingressFrom ?? [], egressTo: props.egressTo ?? [], dnsPeers: props.dnsPeers ?? DEFAULT_DNS_PEERS });
  }

  /** Every object name in its namespace and cluster: a second workload with the same name would take these objects over. */
  private claimNames(autoscaling: boolean, networkPolicy: boolean): void {
    const kinds = ['Deployment', 'PodDisruptionBudget', 'Service', ...(autoscaling ? ['HorizontalPodAutoscaler'] : []), ...(networkPolicy ? ['NetworkPolicy'] : [])];
    for (const kind of kinds) claimObjectName(this, kind, this.name, this.namespace);
  }
}
