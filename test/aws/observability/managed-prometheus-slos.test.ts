import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { AlarmChannel } from '../../../src/aws/observability/alarm-channel';
import { ManagedPrometheusSlos, ManagedPrometheusSlosProps } from '../../../src/aws/observability/managed-prometheus-slos';
import { SloRules } from '../../../src/kubernetes';
import { annotations, expectInvalidProp, FakeRouting, onlyResource, resolveTokens, schemaErrors, synthJson, testStack } from '../../harness';
import { AVAILABILITY, LATENCY } from '../../kubernetes/fixtures';
import { cleanup, describeWithPromtool, promtool, tempDir } from '../../kubernetes/promtool';
import { sloScenarios } from '../../kubernetes/slo-scenarios';

function build(props: Partial<ManagedPrometheusSlosProps> = {}) {
  const { stack } = testStack();
  const amp = new ManagedPrometheusSlos(stack, 'amp', { service: 'api', slos: [AVAILABILITY], alarmRouting: new FakeRouting(), alertLabels: { team: 'payments' }, ...props });
  return { stack, amp };
}

describe('ManagedPrometheusSlos', () => {
  test('writes exactly the rule groups SloRules writes (one generator), into a namespace of a created workspace', () => {
    const { stack, amp } = build({ slos: [AVAILABILITY, LATENCY] });
    const k8s = new SloRules(stack, 'k8s', { service: 'api', slos: [AVAILABILITY, LATENCY], alertLabels: { team: 'payments' } });
    const json = synthJson(stack);
    const ns = onlyResource(json, 'aws_prometheus_rule_group_namespace');
    expect(ns.name).toBe('api-slos');
    expect(ns.workspace_id).toMatch(/^\$\{aws_prometheus_workspace\.amp_workspace_\w+\.id\}$/);
    expect(onlyResource(json, 'aws_prometheus_workspace').alias).toBe('api-slos');
    expect(parse(ns.data).groups).toEqual(JSON.parse(JSON.stringify(k8s.groups)));
    expect(amp.groups).toEqual(k8s.groups);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('an existing workspace: rules go there, the SourceArn is read from it, no workspace is created', () => {
    const { stack } = build({ workspaceId: 'ws-0123abcd-0123-4567-89ab-0123456789ab' });
    const json = synthJson(stack);
    expect(json.resource?.aws_prometheus_workspace).toBeUndefined();
    expect(onlyResource(json, 'aws_prometheus_rule_group_namespace').workspace_id).toBe('ws-0123abcd-0123-4567-89ab-0123456789ab');
    expect(Object.values(json.data?.aws_prometheus_workspace ?? {})[0]).toMatchObject({ workspace_id: 'ws-0123abcd-0123-4567-89ab-0123456789ab' });
  });

  test('the alert manager routes page and ticket to SNS receivers with sigv4 Region (AMP User Guide: the Region is required) and the inhibit rules', () => {
    const { stack } = testStack();
    const channel = new AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } });
    new ManagedPrometheusSlos(stack, 'amp', { service: 'api', slos: [AVAILABILITY], alarmRouting: channel });
    const json = synthJson(stack);
    const definition = onlyResource(json, 'aws_prometheus_alert_manager_definition').definition as string;
    const config = parse(parse(definition).alertmanager_config);
    expect(config.route.routes).toEqual([
      { receiver: 'page', matchers: ['severity="page"'] },
      { receiver: 'ticket', matchers: ['severity="ticket"'] },
    ]);
    expect(config.receivers.map((r: any) => [r.name, r.sns_configs[0].topic_arn, r.sns_configs[0].attributes])).toEqual([
      ['page', expect.stringMatching(/^\$\{aws_sns_topic\.alarms_topic-page_\w+\.arn\}$/), { severity: 'page' }],
      ['ticket', expect.stringMatching(/^\$\{aws_sns_topic\.alarms_topic-ticket_\w+\.arn\}$/), { severity: 'ticket' }],
    ]);
    expect(config.receivers.every((r: any) => r.sns_configs.every((c: any) => typeof c.sigv4.region === 'string' && c.sigv4.region !== ''))).toBe(true);
    expect(config.inhibit_rules).toEqual([{ source_matchers: ['severity="page"', 'slo=~".+"'], target_matchers: ['severity="ticket"', 'slo=~".+"'], equal: ['service', 'slo'] }]);
    // AMP refuses api_url and http_config in an SNS receiver (AMP User Guide, "Unsupported properties").
    expect(definition).not.toMatch(/api_url|http_config/);
    expect(schemaErrors(stack)).toEqual([]);
  });

  test('the AlarmChannel lets aps.amazonaws.com publish for this workspace only, and use its key (AMP User Guide; SNS "encrypted topics")', () => {
    const { stack } = testStack();
    const channel = new AlarmChannel(stack, 'alarms', { subscriptions: { page: [{ protocol: 'email', endpoint: 'oncall@example.com' }] } });
    new ManagedPrometheusSlos(stack, 'amp', { service: 'api', slos: [AVAILABILITY], alarmRouting: channel });
    const json = synthJson(stack);
    const docs = json.data?.aws_iam_policy_document as Record<string, any>;
    const grants = Object.entries(docs).filter(([, d]) => d.statement?.some((s: any) => s.principals?.[0]?.identifiers?.includes('aps.amazonaws.com')));
    const publish = grants.filter(([, d]) => d.statement[0].actions.includes('sns:Publish'));
    expect(publish).toHaveLength(2);
    for (const [, d] of publish) {
      expect(d.statement[0].actions).toEqual(['sns:Publish', 'sns:GetTopicAttributes']);
      expect(d.statement[0].condition).toEqual(
        expect.arrayContaining([expect.objectContaining({ test: 'ArnEquals', variable: 'aws:SourceArn', values: [expect.stringMatching(/aws_prometheus_workspace\.amp_workspace_\w+\.arn/)] })]),
      );
    }
    const key = grants.find(([, d]) => d.statement[0].actions.includes('kms:Decrypt'));
    expect(key?.[1].statement[0].actions).toEqual(['kms:GenerateDataKey*', 'kms:Decrypt']);
    // The grants are source documents of the channel's own policies: its statements stay as they were.
    for (const severity of ['page', 'ticket']) {
      const [, topicDoc] = Object.entries(docs).find(([k]) => k.startsWith(`alarms_topic-policy-document-${severity}`))!;
      expect(topicDoc.source_policy_documents).toEqual([expect.stringMatching(/^\$\{data\.aws_iam_policy_document\.alarms_amp-\w+-publish-/)]);
      expect(topicDoc.statement.map((s: any) => s.sid)).toEqual(['OwnerManages', 'AccountAlarmsPublish', 'EventBridgeRulesPublish', 'DenyInsecureTransport']);
    }
    const [, keyDoc] = Object.entries(docs).find(([k]) => k.startsWith('alarms_key-policy'))!;
    expect(keyDoc.source_policy_documents).toHaveLength(1);
  });

  test('another routing gets a warning that its topics must allow AMP; alertManager: false writes none', () => {
    const { amp } = build();
    expect(annotations(amp).join('\n')).toMatch(/must let aps\.amazonaws\.com publish/);
    const off = build({ workspaceId: 'ws-1', alertManager: false });
    expect(synthJson(off.stack).resource?.aws_prometheus_alert_manager_definition).toBeUndefined();
  });

  test.each([
    ['namespaceName', { namespaceName: '-bad' }, /namespaceName/],
    ['workspaceAlias with workspaceId', { workspaceId: 'ws-1', workspaceAlias: 'x' }, /leave it out with workspaceId/],
    ['a severity the routing does not know', { severities: ['info'], slos: [{ ...AVAILABILITY, alerts: [{ severity: 'info', longWindow: '1h', burnRate: 10 }] }] }, /info/],
  ])('refuses %s', (_what, props, message) => {
    expectInvalidProp(() => build(props as Partial<ManagedPrometheusSlosProps>), message);
  });

  test('user text in descriptions reaches the rule file unevaluated by Terraform', () => {
    const { stack, amp } = build({ slos: [{ ...AVAILABILITY, description: 'costs ${var.x} %{if}' }] });
    expect(resolveTokens(stack, onlyResource(synthJson(stack), 'aws_prometheus_rule_group_namespace').data)).toContain('$${var.x} %%{if}');
    expect(amp.rulesYaml).toContain('costs ${var.x} %{if}');
  });
});

describeWithPromtool('ManagedPrometheusSlos: promtool over the namespace data', () => {
  test('promtool check rules accepts it, and every SloRules behaviour scenario passes over it (one promtool run)', () => {
    const { stack, amp } = build();
    const data = onlyResource(synthJson(stack), 'aws_prometheus_rule_group_namespace').data as string;
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'amp.rules.yaml'), data);
      const check = promtool(['check', 'rules', path.join(dir, 'amp.rules.yaml')]);
      expect(check.output).toContain('SUCCESS');
      const { scenarios } = sloScenarios(amp.groups, amp.objectives[0]);
      const tests = Object.values(scenarios).map((s) => ({ interval: '1m', ...s }));
      fs.writeFileSync(path.join(dir, 'test.json'), JSON.stringify({ rule_files: ['amp.rules.yaml'], evaluation_interval: '1m', tests }));
      const r = promtool(['test', 'rules', 'test.json'], dir);
      expect(r.output).toContain('SUCCESS');
      expect(r.status).toBe(0);
      expect(tests.length).toBeGreaterThanOrEqual(4);
    } finally {
      cleanup(dir);
    }
  });
});
