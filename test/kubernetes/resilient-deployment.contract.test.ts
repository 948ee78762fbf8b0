import { ResilientDeployment, ResilientDeploymentProps } from '../../src/kubernetes';
import { contractSuite, SUBJECT } from '../kit/contract';
import { PropKind } from '../kit/hostile';

const PROBE: PropKind = {
  object: { path: 'string', command: 'stringList', tcp: 'boolean', port: 'integer', initialDelaySeconds: 'integer', periodSeconds: 'integer', timeoutSeconds: 'integer', failureThreshold: 'integer' },
  valid: { path: '/healthz' },
};
const SELECTOR: PropKind = 'stringMap';

contractSuite<ResilientDeploymentProps>({
  construct: 'ResilientDeployment',
  build: (stack, overrides) =>
    new ResilientDeployment(stack, SUBJECT, {
      image: 'ghcr.io/acme/api:1.4.2',
      readinessProbe: { path: '/ready' },
      livenessProbe: { path: '/healthz' },
      cpuRequest: '250m',
      memoryRequest: '256Mi',
      ...overrides,
    } as ResilientDeploymentProps),
  props: {
    image: 'name',
    name: 'name',
    namespace: 'name',
    containerPort: 'integer',
    command: 'stringList',
    args: 'stringList',
    env: 'stringMap',
    labels: 'stringMap',
    replicas: 'integer',
    allowSingleReplica: 'boolean',
    maxSurge: 'name',
    readinessProbe: PROBE,
    livenessProbe: PROBE,
    startupProbe: PROBE,
    cpuRequest: 'name',
    memoryRequest: 'name',
    memoryLimit: 'name',
    cpuLimit: 'name',
    zoneSpread: { enum: ['DoNotSchedule', 'ScheduleAnyway'] },
    nodeSpread: { enum: ['DoNotSchedule', 'ScheduleAnyway'] },
    terminationGracePeriodSeconds: 'integer',
    preStopSleepSeconds: 'integer',
    preStopCommand: 'stringList',
    runAsUser: 'integer',
    fsGroup: 'integer',
    readOnlyRootFilesystem: 'boolean',
    priorityClassName: 'name',
    serviceAccountName: 'name',
    pdbMaxUnavailable: 'integer',
    pdbMinAvailable: 'name',
    autoscaling: 'boolean',
    minReplicas: 'integer',
    maxReplicas: 'integer',
    cpuUtilization: 'integer',
    memoryUtilization: 'integer',
    podsMetrics: { list: { name: 'name', averageValue: 'name', selector: SELECTOR }, valid: [{ name: 'rps', averageValue: '100' }] },
    externalMetrics: { list: { name: 'name', averageValue: 'name', value: 'name', selector: SELECTOR }, valid: [{ name: 'queue', value: '30' }] },
    scaleDownStabilizationSeconds: 'integer',
    servicePort: 'integer',
    serviceType: { enum: ['ClusterIP', 'NodePort', 'LoadBalancer'] },
  },
});
