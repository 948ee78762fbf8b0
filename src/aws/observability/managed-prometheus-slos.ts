import { DataAwsPrometheusWorkspace } from '@cdktf/provider-aws/lib/data-aws-prometheus-workspace';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';
import { PrometheusAlertManagerDefinition } from '@cdktf/provider-aws/lib/prometheus-alert-manager-definition';
import { PrometheusRuleGroupNamespace } from '@cdktf/provider-aws/lib/prometheus-rule-group-namespace';
import { PrometheusWorkspace } from '@cdktf/provider-aws/lib/prometheus-workspace';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import { InvalidPropError } from '../../core/errors';
import { literal } from '../../core/user-text';
import { PrometheusRuleGroup } from '../../kubernetes/prometheus-rules';
import { sloRuleSet } from '../../kubernetes/slo-rule-set';
import type { AlertmanagerInhibitRule, PrometheusSloDefinition } from '../../kubernetes/slo-rules';
import { ServiceLevelObjective } from '../../slo/objective';
import { SliHealthOptions } from '../../slo/sli-health';
import { IAlarmRouting } from '../common/alarm-routing';
import { ReliableConstruct, ReliableConstructProps } from '../common/reliable-construct';
import { AlarmChannel } from './alarm-channel';
import { MANAGED_PROMETHEUS_SLOS_PROPS } from './private/managed-prometheus-slos-spec';

/** AMP API Reference, CreateRuleGroupsNamespace: "The combined length of a rule group namespace and a rule group name cannot exceed 721 UTF-8 bytes." */
const MAX_NAMESPACE_AND_GROUP_BYTES = 721;

/** Props of {@link ManagedPrometheusSlos}. */
export interface ManagedPrometheusSlosProps extends ReliableConstructProps<Record<string, never>> {
  /** The service the SLOs belong to: the `service` label of every rule, part of group and alert names (as `SloRules`). */
  readonly service: string;
  /** The SLOs with their PromQL SLIs, as `SloRules` takes them. */
  readonly slos: readonly PrometheusSloDefinition[];
  /** Extra labels on every alert. @default - none */
  readonly alertLabels?: Readonly<Record<string, string>>;
  /** Fewest events an alert's long window must hold before it can fire; 1 turns the guard off. @default 10 */
  readonly minimumEventsPerWindow?: number;
  /** The SLI health alert of every SLO (`absent_over_time` over the SLI's series). @default - enabled, missingFor '15m', severity 'ticket' */
  readonly sliHealth?: SliHealthOptions;
  /** Severities besides `page` and `ticket`, most urgent first. @default - only `page` and `ticket` */
  readonly severities?: readonly string[];
  /**
   * Where each severity goes: the alert manager routes `severity="<s>"` to an
   * SNS receiver per topic of `actionsFor(s)`. With an `AlarmChannel`, its
   * topic policies (and key policy, when it created the key) are extended to
   * let `aps.amazonaws.com` publish for this workspace.
   */
  readonly alarmRouting: IAlarmRouting;
  /**
   * An existing workspace to write the rules into.
   * @default - a workspace is created (alias `workspaceAlias`)
   */
  readonly workspaceId?: string;
  /**
   * Alias of the created workspace.
   * @default - "<service>-slos"
   */
  readonly workspaceAlias?: string;
  /**
   * Name of the rule groups namespace.
   * @default - "<service>-slos"
   */
  readonly namespaceName?: string;
  /**
   * Write the workspace's alert manager definition (a workspace has exactly
   * one: turn it off when the workspace given in `workspaceId` has its own,
   * and route `severity` there).
   * @default true
   */
  readonly alertManager?: boolean;
}

/**
 * SLOs on Amazon Managed Service for Prometheus: the recording and alerting
 * rule groups `SloRules` writes into a PrometheusRule (the same generator,
 * `sloRuleSet`), as an `aws_prometheus_rule_group_namespace` of a workspace
 * (created, or given), and an `aws_prometheus_alert_manager_definition`
 * routing each severity to SNS receivers (sigv4 with the Region, as the AMP
 * User Guide requires) on the routing's topics, with `SloRules`' inhibit
 * rules (a ticket waits while the page of the same SLO fires).
 */
export class ManagedPrometheusSlos extends ReliableConstruct<Record<string, never>> {
  /** The workspace, when created. */
  public readonly workspace?: PrometheusWorkspace;
  /** The workspace id the rules are in. */
  public readonly workspaceId: string;
  /** The workspace ARN (the `aws:SourceArn` SNS sees). */
  public readonly workspaceArn: string;
  /** The rule groups namespace. */
  public readonly ruleGroupNamespace: PrometheusRuleGroupNamespace;
  /** The alert manager definition, unless `alertManager: false`. */
  public readonly alertManagerDefinition?: PrometheusAlertManagerDefinition;
  /** The validated SLOs. */
  public readonly objectives: readonly ServiceLevelObjective[];
  /** The rule groups (what the namespace's rule file holds). */
  public readonly groups: readonly PrometheusRuleGroup[];
  /** The rule file, as written to the namespace. */
  public readonly rulesYaml: string;
  /** The inhibit rules of the alert manager configuration. */
  public readonly inhibitRules: readonly AlertmanagerInhibitRule[];

  constructor(scope: Construct, id: string, props: ManagedPrometheusSlosProps) {
    super(scope, id, props, { alarmKeys: [], props: MANAGED_PROMETHEUS_SLOS_PROPS });
    const ruleSet = sloRuleSet(this, props);
    this.objectives = ruleSet.objectives;
    this.groups = ruleSet.groups;
    this.inhibitRules = ruleSet.inhibitRules;
    for (const s of ruleSet.severities) props.alarmRouting.actionsFor(s, 'alarmRouting');

    if (props.workspaceId === undefined) {
      const alias = props.workspaceAlias ?? `${props.service}-slos`;
      this.workspace = new PrometheusWorkspace(this, 'workspace', { alias });
      this.workspaceId = this.workspace.id;
      this.workspaceArn = this.workspace.arn;
    } else {
      if (props.workspaceAlias !== undefined) throw new InvalidPropError(this, 'workspaceAlias', props.workspaceAlias, 'names a created workspace: leave it out with workspaceId');
      this.workspaceId = props.workspaceId;
      this.workspaceArn = new DataAwsPrometheusWorkspace(this, 'existing-workspace', { workspaceId: props.workspaceId }).arn;
    }

    const namespaceName = props.namespaceName ?? `${props.service}-slos`;
    for (const g of this.groups) {
      if (Buffer.byteLength(namespaceName) + Buffer.byteLength(g.name) > MAX_NAMESPACE_AND_GROUP_BYTES) {
        throw new InvalidPropError(this, 'namespaceName', namespaceName, `with the rule group ${g.name} exceeds the ${MAX_NAMESPACE_AND_GROUP_BYTES} bytes AMP allows for namespace and group names together`);
      }
    }
    this.claimName('AMP rule groups namespace', `${props.workspaceId ?? this.node.path}/${namespaceName}`);
    this.rulesYaml = stringify({ groups: this.groups.map((g) => ({ name: g.name, rules: g.rules.map((r) => ({ ...r })) })) }, { lineWidth: 0 });
    this.ruleGroupNamespace = new PrometheusRuleGroupNamespace(this, 'rules', {
      name: namespaceName,
      workspaceId: this.workspaceId,
      // Rule text holds user descriptions: Terraform must not read "${" in them as a template.
      data: literal(this.rulesYaml),
    });

    if (props.alertManager ?? true) {
      this.alertManagerDefinition = new PrometheusAlertManagerDefinition(this, 'alert-manager', {
        workspaceId: this.workspaceId,
        definition: this.alertManagerYaml(props.alarmRouting, ruleSet.severities),
      });
      if (props.alarmRouting instanceof AlarmChannel) {
        props.alarmRouting.allowServicePublish(`amp-${this.node.addr.slice(0, 12)}`, 'aps.amazonaws.com', this.workspaceArn, ['sns:Publish', 'sns:GetTopicAttributes']);
      } else {
        Annotations.of(this).addWarning(
          'alarmRouting is not an AlarmChannel: the topics\' policies must let aps.amazonaws.com publish (sns:Publish, sns:GetTopicAttributes, aws:SourceArn = the workspace ARN), and an encrypted topic\'s key must let it use kms:GenerateDataKey* and kms:Decrypt',
        );
      }
    } else if (props.workspaceId === undefined) {
      Annotations.of(this).addWarning('alertManager is false on a workspace this construct creates: the alerts fire but reach nobody until an alert manager definition routes them');
    }
  }

  /**
   * The alert manager definition: AMP takes the Alertmanager configuration as
   * a string under `alertmanager_config` (AMP User Guide, "Creating an alert
   * manager configuration"); SNS is its only receiver, and each `sns_configs`
   * entry needs `sigv4.region` ("Configure alert manager to send messages to
   * your Amazon SNS topic"; `api_url` and `http_config` are refused).
   */
  private alertManagerYaml(routing: IAlarmRouting, severities: readonly string[]): string {
    const region = routing.region ?? new DataAwsRegion(this, 'region').region;
    const config = {
      route: {
        // Alerts without a known severity go to the least urgent receiver rather than nowhere.
        receiver: severities[severities.length - 1],
        group_by: ['service', 'slo', 'alertname'],
        routes: severities.map((s) => ({ receiver: s, matchers: [`severity="${s}"`] })),
      },
      inhibit_rules: this.inhibitRules.map((r) => ({ ...r })),
      receivers: severities.map((s) => ({
        name: s,
        sns_configs: routing.actionsFor(s, 'alarmRouting').map((topicArn) => ({ topic_arn: topicArn, sigv4: { region }, attributes: { severity: s } })),
      })),
    };
    return stringify({ alertmanager_config: stringify(config, { lineWidth: 0 }) }, { lineWidth: 0 });
  }
}
