import { Testing } from 'cdktf';
import { KubernetesServiceStack } from '../../examples/kubernetes-service/stack';
import { onlyResource, schemaErrors, synth, synthJson, values } from '../harness';
import { checkRules, describeWithPromtool } from './promtool';

function exampleStack() {
  const stack = new KubernetesServiceStack(Testing.app(), 'kubernetes-service');
  return { stack, json: synthJson(stack) };
}

describe('examples/kubernetes-service', () => {
  const { stack, json } = exampleStack();

  test('synthesizes a namespace, workload, SLO rules and a backup schedule valid for the provider schema', () => {
    expect(Object.keys(json.resource!).sort()).toEqual([
      'kubernetes_deployment_v1',
      'kubernetes_horizontal_pod_autoscaler_v2',
      'kubernetes_manifest',
      'kubernetes_namespace_v1',
      'kubernetes_network_policy_v1',
      'kubernetes_pod_disruption_budget_v1',
      'kubernetes_service_v1',
    ]);
    const kinds = values(json, 'kubernetes_manifest').map((m: any) => m.manifest.kind).sort();
    expect(kinds).toEqual(['PrometheusRule', 'Schedule']);
    expect(onlyResource(json, 'kubernetes_deployment_v1').metadata.namespace).toBe(`\${kubernetes_namespace_v1.${stack.namespace.friendlyUniqueId}.metadata[0].name}`);
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  describeWithPromtool('its rules', () => {
    test('pass promtool check rules', () => {
      const r = checkRules(json);
      expect(r.files).toBe(1);
      expect(r.output).toContain('SUCCESS: 42 rules found');
      expect(r.status).toBe(0);
    });
  });
});
