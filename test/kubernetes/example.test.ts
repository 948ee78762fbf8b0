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

  test('synthesizes a namespace, workload, SLO rules, a backup schedule and an EKS pod drill valid for the provider schemas', () => {
    expect(Object.keys(json.resource!).sort()).toEqual([
      // The pod drill (AWS FIS on EKS), its stop condition (the ALB's availability SLO on CloudWatch) and routing.
      'aws_cloudwatch_composite_alarm',
      'aws_cloudwatch_event_rule',
      'aws_cloudwatch_event_target',
      'aws_cloudwatch_log_group',
      'aws_cloudwatch_metric_alarm',
      'aws_eks_access_entry',
      'aws_fis_experiment_template',
      'aws_iam_role',
      'aws_iam_role_policy',
      'aws_kms_alias',
      'aws_kms_key',
      'aws_scheduler_schedule',
      'aws_sns_topic',
      'aws_sns_topic_policy',
      'aws_sns_topic_subscription',
      'kubernetes_deployment_v1',
      'kubernetes_horizontal_pod_autoscaler_v2',
      'kubernetes_manifest',
      'kubernetes_namespace_v1',
      'kubernetes_network_policy_v1',
      'kubernetes_pod_disruption_budget_v1',
      'kubernetes_role_binding_v1',
      'kubernetes_role_v1',
      'kubernetes_service_account_v1',
      'kubernetes_service_v1',
    ]);
    const kinds = values(json, 'kubernetes_manifest').map((m: any) => m.manifest.kind).sort();
    expect(kinds).toEqual(['PrometheusRule', 'Schedule']);
    expect(onlyResource(json, 'kubernetes_deployment_v1').metadata.namespace).toBe(`\${kubernetes_namespace_v1.${stack.namespace.friendlyUniqueId}.metadata[0].name}`);
    expect(schemaErrors(stack)).toEqual([]);
    expect(synth(stack)).toMatchSnapshot();
  });

  test("the pod drill deletes a third of the workload's pods in its namespace, stops on the ALB SLO's page alarm, and is scheduled disabled", () => {
    const t = onlyResource(json, 'aws_fis_experiment_template');
    const namespace = `\${kubernetes_namespace_v1.${stack.namespace.friendlyUniqueId}.metadata[0].name}`;
    expect(t.target).toEqual([
      {
        name: 'pods',
        resource_type: 'aws:eks:pod',
        selection_mode: 'PERCENT(33)',
        parameters: { clusterIdentifier: '${data.aws_eks_cluster.cluster.arn}', namespace, selectorType: 'labelSelector', selectorValue: 'app.kubernetes.io/name=checkout' },
      },
    ]);
    expect(t.action.map((a: any) => a.action_id)).toEqual(['aws:eks:pod-delete']);
    expect(t.stop_condition).toEqual([{ source: 'aws:cloudwatch:alarm', value: `\${aws_cloudwatch_composite_alarm.${stack.albSlos.slos[0].compositeAlarms.page.friendlyUniqueId}.arn}` }]);
    expect(onlyResource(json, 'aws_scheduler_schedule').state).toBe('DISABLED');
    expect(onlyResource(json, 'kubernetes_role_binding_v1').metadata.namespace).toBe(namespace);
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
