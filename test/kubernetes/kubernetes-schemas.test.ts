import { ResilientDeployment } from '../../src/kubernetes';
import { onlyResource, synthJson, testStack } from '../harness';
import { schemaViolations, sharedSchema } from './json-schema';
import { toManifest } from './to-manifest';

/**
 * The Deployment, PodDisruptionBudget and HorizontalPodAutoscaler as the API
 * server would receive them, against Kubernetes 1.32's strict JSON schemas
 * (unknown fields rejected). Skipped with a message when ../shared is absent.
 */
const DIR = 'kubernetes-json-schema/v1.32.2-standalone-strict';

function workloadJson() {
  const { stack } = testStack();
  new ResilientDeployment(stack, 'api', {
    image: 'ghcr.io/acme/api:1.4.2',
    readinessProbe: { path: '/ready' },
    livenessProbe: { tcp: true },
    startupProbe: { command: ['/bin/check'] },
    cpuRequest: '250m',
    memoryRequest: '256Mi',
    runAsUser: 10001,
    fsGroup: 10001,
    priorityClassName: 'business-critical',
    cpuUtilization: 70,
    memoryUtilization: 80,
    podsMetrics: [{ name: 'http_requests_per_second', averageValue: '100' }],
    externalMetrics: [{ name: 'queue_depth', value: '30', selector: { queue: 'orders' } }],
    pdbMinAvailable: 2,
    env: { LOG_LEVEL: 'info' },
  });
  return synthJson(stack);
}

describe('Kubernetes JSON schemas (1.32, strict)', () => {
  const json = workloadJson();
  test.each([
    ['apps/v1', 'Deployment', 'kubernetes_deployment_v1', 'deployment-apps-v1.json'],
    ['policy/v1', 'PodDisruptionBudget', 'kubernetes_pod_disruption_budget_v1', 'poddisruptionbudget-policy-v1.json'],
    ['autoscaling/v2', 'HorizontalPodAutoscaler', 'kubernetes_horizontal_pod_autoscaler_v2', 'horizontalpodautoscaler-autoscaling-v2.json'],
  ])('%s %s', (apiVersion, kind, type, file) => {
    const schema = sharedSchema(`${DIR}/${file}`);
    if (!schema) return;
    const body = onlyResource(json, type);
    // The HPA's target name is a reference resolved at apply: stand in the deployment's name.
    if (body.spec.scale_target_ref) body.spec.scale_target_ref.name = 'api';
    const manifest = toManifest(apiVersion, kind, body);
    expect(schemaViolations(schema, manifest, '$', false)).toEqual([]);
  });

  test('the other options too: autoscaling off, a percentage budget, a TCP startup probe, a preStop command, arguments, a CPU limit, a load balancer', () => {
    const deployment = sharedSchema(`${DIR}/deployment-apps-v1.json`);
    const pdb = sharedSchema(`${DIR}/poddisruptionbudget-policy-v1.json`);
    if (!deployment || !pdb) return;
    const { stack } = testStack();
    new ResilientDeployment(stack, 'worker', {
      image: 'ghcr.io/acme/worker@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
      namespace: 'jobs',
      containerPort: 9000,
      command: ['/worker'],
      args: ['--queue', 'orders'],
      readinessProbe: { command: ['/bin/ready'], periodSeconds: 5, timeoutSeconds: 3 },
      livenessProbe: { path: '/healthz', port: 9001, failureThreshold: 5 },
      startupProbe: { tcp: true, initialDelaySeconds: 10 },
      cpuRequest: '500m',
      cpuLimit: '2',
      memoryRequest: '1Gi',
      memoryLimit: '2Gi',
      replicas: 4,
      autoscaling: false,
      maxSurge: 1,
      pdbMaxUnavailable: '25%',
      zoneSpread: 'ScheduleAnyway',
      nodeSpread: 'DoNotSchedule',
      terminationGracePeriodSeconds: 120,
      preStopCommand: ['/worker', 'drain'],
      readOnlyRootFilesystem: false,
      serviceAccountName: 'worker.jobs',
      priorityClassName: 'system.batch',
      labels: { 'example.com/team': 'orders' },
      serviceType: 'LoadBalancer',
      servicePort: 443,
    });
    const json = synthJson(stack);
    expect(schemaViolations(deployment, toManifest('apps/v1', 'Deployment', onlyResource(json, 'kubernetes_deployment_v1')), '$', false)).toEqual([]);
    expect(schemaViolations(pdb, toManifest('policy/v1', 'PodDisruptionBudget', onlyResource(json, 'kubernetes_pod_disruption_budget_v1')), '$', false)).toEqual([]);
  });

  test('the check itself rejects a wrong shape', () => {
    const schema = sharedSchema(`${DIR}/deployment-apps-v1.json`);
    if (!schema) return;
    const manifest: any = toManifest('apps/v1', 'Deployment', onlyResource(json, 'kubernetes_deployment_v1'));
    manifest.spec.template.spec.containers[0].readinesProbe = manifest.spec.template.spec.containers[0].readinessProbe;
    manifest.spec.replicas = 'three';
    const errors = schemaViolations(schema, manifest, '$', false);
    expect(errors).toEqual(expect.arrayContaining([expect.stringContaining('unknown key readinesProbe'), expect.stringContaining('$.spec.replicas')]));
  });
});
