import { DeploymentV1, DeploymentV1SpecTemplateSpecContainerLivenessProbe } from '@cdktf/provider-kubernetes/lib/deployment-v1';
import { HorizontalPodAutoscalerV2, HorizontalPodAutoscalerV2SpecMetric } from '@cdktf/provider-kubernetes/lib/horizontal-pod-autoscaler-v2';
import { PodDisruptionBudgetV1 } from '@cdktf/provider-kubernetes/lib/pod-disruption-budget-v1';
import { ServiceV1 } from '@cdktf/provider-kubernetes/lib/service-v1';
import { Construct } from 'constructs';
import { ANNOTATIONS } from '../../core/contract';
import { isUnresolved } from '../../core/tokens';
import { literal } from '../../core/user-text';
import { intOrString } from '../quantity';
import type { HealthProbe, ResilientDeploymentProps } from '../resilient-deployment';
import { WorkloadSettings } from './workload-settings';

/**
 * The resources of a ResilientDeployment, each created in the construct's
 * scope under the id it has always had (`deployment`, `pdb`, `hpa`,
 * `service`): the Terraform addresses of existing stacks stay the same.
 */

/** What every object of the workload shares. */
export interface WorkloadMetadata {
  readonly name: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
}

/** User text as Terraform string literals, item by item (a token list is carried as it is). */
function literalList(items: readonly string[] | undefined): string[] | undefined {
  return items === undefined || isUnresolved(items) ? (items as string[] | undefined) : items.map((item) => literal(item));
}

/** The Deployment: rolling updates that never go below the replicas, spread over zones and nodes, probes, limits, graceful shutdown, hardened. */
export function createDeployment(scope: Construct, props: ResilientDeploymentProps, s: WorkloadSettings, metadata: WorkloadMetadata, selector: Record<string, string>): DeploymentV1 {
  const spreadOver = (topologyKey: string, whenUnsatisfiable: string) => ({
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable,
    labelSelector: [{ matchLabels: selector }],
    matchLabelKeys: ['pod-template-hash'],
  });
  return new DeploymentV1(scope, 'deployment', {
    metadata: { ...metadata, annotations: s.single ? { [ANNOTATIONS.singleReplica]: 'accepted' } : undefined },
    waitForRollout: true,
    spec: {
      replicas: intOrString(s.replicas),
      revisionHistoryLimit: 10,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: selector },
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
              name: metadata.name,
              image: literal(props.image),
              command: literalList(props.command),
              args: literalList(props.args),
              port: [{ name: 'http', containerPort: s.port, protocol: 'TCP' }],
              env: props.env ? Object.entries(props.env).map(([name, value]) => ({ name, value: literal(value) })) : undefined,
              resources: {
                requests: { cpu: props.cpuRequest, memory: props.memoryRequest },
                limits: { memory: s.memoryLimit, ...(props.cpuLimit !== undefined ? { cpu: props.cpuLimit } : {}) },
              },
              readinessProbe: probe(props.readinessProbe, s.port),
              livenessProbe: probe(props.livenessProbe, s.port),
              startupProbe: probe(props.startupProbe, s.port),
              lifecycle: { preStop: [{ exec: { command: literalList(props.preStopCommand) ?? ['sleep', intOrString(s.preStop)] } }] },
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

/** A probe block: an HTTP GET, a command or a TCP connection (exactly one: `settleWorkload` checks it). */
function probe(p: HealthProbe | undefined, containerPort: number): DeploymentV1SpecTemplateSpecContainerLivenessProbe | undefined {
  if (p === undefined) return undefined;
  const port = intOrString(p.port ?? containerPort);
  return {
    httpGet: p.path !== undefined ? { path: literal(p.path), port } : undefined,
    exec: p.command !== undefined ? { command: literalList(p.command) } : undefined,
    tcpSocket: p.tcp ? [{ port }] : undefined,
    initialDelaySeconds: p.initialDelaySeconds ?? 0,
    periodSeconds: p.periodSeconds ?? 10,
    timeoutSeconds: p.timeoutSeconds ?? 2,
    failureThreshold: p.failureThreshold ?? 3,
  };
}

/** The PodDisruptionBudget: drains go through one pod (or the given share) at a time. */
export function createDisruptionBudget(scope: Construct, s: WorkloadSettings, metadata: WorkloadMetadata, selector: Record<string, string>): PodDisruptionBudgetV1 {
  const { maxUnavailable, minAvailable } = s.pdb;
  return new PodDisruptionBudgetV1(scope, 'pdb', {
    metadata,
    spec: {
      ...(maxUnavailable !== undefined ? { maxUnavailable: intOrString(maxUnavailable) } : {}),
      ...(minAvailable !== undefined ? { minAvailable: intOrString(minAvailable) } : {}),
      selector: { matchLabels: selector },
    },
  });
}

/** The HorizontalPodAutoscaler (autoscaling/v2) of the Deployment, scaling down slowly. */
export function createAutoscaler(scope: Construct, props: ResilientDeploymentProps, s: WorkloadSettings, metadata: WorkloadMetadata, deployment: DeploymentV1): HorizontalPodAutoscalerV2 {
  return new HorizontalPodAutoscalerV2(scope, 'hpa', {
    metadata,
    spec: {
      minReplicas: s.minReplicas,
      maxReplicas: s.maxReplicas,
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name },
      metric: metrics(props),
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

/** The autoscaler's metrics: CPU (70% when nothing else is given), memory, per-pod and external metrics. */
function metrics(props: ResilientDeploymentProps): HorizontalPodAutoscalerV2SpecMetric[] {
  const out: HorizontalPodAutoscalerV2SpecMetric[] = [];
  const others = props.memoryUtilization !== undefined || (props.podsMetrics ?? []).length > 0 || (props.externalMetrics ?? []).length > 0;
  const utilization = (name: 'cpu' | 'memory', value: number | undefined) => {
    if (value !== undefined) out.push({ type: 'Resource', resource: { name, target: { type: 'Utilization', averageUtilization: value } } });
  };
  utilization('cpu', props.cpuUtilization ?? (others ? undefined : 70));
  utilization('memory', props.memoryUtilization);
  const selector = (s?: Readonly<Record<string, string>>) => (s ? [{ matchLabels: { ...s } }] : undefined);
  for (const m of props.podsMetrics ?? []) {
    out.push({ type: 'Pods', pods: { metric: { name: literal(m.name), selector: selector(m.selector) }, target: { type: 'AverageValue', averageValue: m.averageValue } } });
  }
  for (const m of props.externalMetrics ?? []) {
    const target = m.averageValue !== undefined ? { type: 'AverageValue', averageValue: m.averageValue } : { type: 'Value', value: m.value };
    out.push({ type: 'External', external: { metric: { name: literal(m.name), selector: selector(m.selector) }, target } });
  }
  return out;
}

/** The Service in front of the pods, on the container's `http` port. */
export function createService(scope: Construct, props: ResilientDeploymentProps, metadata: WorkloadMetadata, selector: Record<string, string>): ServiceV1 {
  return new ServiceV1(scope, 'service', {
    metadata,
    spec: {
      type: props.serviceType ?? 'ClusterIP',
      selector,
      port: [{ name: 'http', port: props.servicePort ?? 80, targetPort: 'http', protocol: 'TCP' }],
    },
  });
}
