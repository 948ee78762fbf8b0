import { PropSpecs, spec } from '../../../core/prop-spec';
import { SLO_RULES_PROPS } from '../../../kubernetes/private/slo-rules-spec';
import { ALARM_ROUTING, alarmOverrides } from '../../common/prop-specs';
import type { ManagedPrometheusSlosProps } from '../managed-prometheus-slos';

/**
 * Rule groups namespace names (AMP API Reference, CreateRuleGroupsNamespace: 1 to 64 characters,
 * `[0-9A-Za-z][-.0-9A-Z_a-z]*`); workspace ids and aliases the same way (CreateWorkspace: alias 1 to 100).
 */
export const AMP_NAME = /^[0-9A-Za-z][-.0-9A-Z_a-z]{0,63}$/;
const AMP_ALIAS = /^[0-9A-Za-z][-.0-9A-Z_a-z]{0,99}$/;

/** What every prop of ManagedPrometheusSlos accepts: the SLO props are SloRules' own (one rule generator for both). */
export const MANAGED_PROMETHEUS_SLOS_PROPS: PropSpecs<ManagedPrometheusSlosProps> = {
  service: SLO_RULES_PROPS.service,
  slos: SLO_RULES_PROPS.slos,
  alertLabels: SLO_RULES_PROPS.alertLabels,
  minimumEventsPerWindow: SLO_RULES_PROPS.minimumEventsPerWindow,
  sliHealth: SLO_RULES_PROPS.sliHealth,
  severities: SLO_RULES_PROPS.severities,
  alarmRouting: { ...ALARM_ROUTING, required: 'where page and ticket alerts go: an AlarmChannel (its topics become SNS receivers)' },
  workspaceId: spec.name({ pattern: AMP_NAME, what: 'an AMP workspace id such as ws-0123abcd-...', tokens: 'carry' }),
  workspaceAlias: spec.name({ pattern: AMP_ALIAS, what: 'letters, digits, ".", "-" and "_", at most 100 characters', tokens: { refuse: 'it names the workspace' } }),
  namespaceName: spec.name({ pattern: AMP_NAME, what: 'letters, digits, ".", "-" and "_", starting with a letter or digit, at most 64 characters (AMP API)', tokens: { refuse: 'it names the rule groups namespace' } }),
  alertManager: spec.boolean({ tokens: { refuse: 'it decides whether the alert manager definition is created' } }),
  alarms: alarmOverrides([]),
  tags: spec.tags(),
};
