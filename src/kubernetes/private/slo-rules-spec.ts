import { PropSpecs, spec } from '../../core/prop-spec';
import { SEVERITY, sloSpecs } from '../../core/slo-specs';
import type { PrometheusSloDefinition, SloRulesProps } from '../slo-rules';
import { DNS_1035_LABEL } from '../k8s-names';
import { dnsLabel, dnsSubdomain, labels } from './k8s-specs';

/** The rules are generated from these values at synth: a Terraform token has no value yet. */
const AT_SYNTH = { refuse: 'the Prometheus rules are generated from it at synth' } as const;

/**
 * Text Prometheus must not read as a template: alert annotations and labels are
 * expanded as Go templates when an alert fires, and a rule file whose template does
 * not parse is refused as a whole (`promtool check rules`, the operator's webhook).
 */
const NO_TEMPLATE = /^(?![\s\S]*\{\{)[\s\S]*$/;

/** The SLO fields CloudWatch and Prometheus share (core/slo-specs.ts): every value is read when the rules are generated. */
const SLO = sloSpecs({ atSynth: () => AT_SYNTH, description: { pattern: NO_TEMPLATE, what: 'text without "{{" (Prometheus expands alert annotations as Go templates)' } });

/** One burn-rate alert; the SLO model checks the windows against the period and each other. */
export const BURN_RATE_ALERT = SLO.burnRateAlert;

/** The SLI health alert's options (of the construct, or of one SLO). */
export const SLI_HEALTH = SLO.sliHealth;

/** A PromQL query with the window placeholder; the construct parses it and checks the placeholder. */
const QUERY = spec.text({ nonEmpty: true, tokens: { refuse: 'the query is rewritten per window at synth' } });

/** One SLO and its SLI. */
export const PROMETHEUS_SLO = spec.object<PrometheusSloDefinition>(
  {
    ...SLO.fields,
    errorQuery: QUERY,
    totalQuery: QUERY,
    errorRatioQuery: QUERY,
  },
  {
    tokens: AT_SYNTH,
    example: {
      name: 'availability',
      objective: 99.9,
      errorQuery: 'sum(rate(http_requests_total{job="api",code=~"5.."}[{{.window}}]))',
      totalQuery: 'sum(rate(http_requests_total{job="api"}[{{.window}}]))',
    },
  },
);

/**
 * Prometheus label names (`[a-zA-Z_][a-zA-Z0-9_]*`, data model docs), not one the rules set themselves, and not
 * `__`-prefixed (reserved for Prometheus' internal use).
 */
const ALERT_LABEL_NAME = /^(?!(severity|slo|service|window)$)(?!__)[a-zA-Z_][a-zA-Z0-9_]*$/;

/** What every prop of SloRules accepts. */
export const SLO_RULES_PROPS: PropSpecs<SloRulesProps> = {
  // Part of rule group and alert names and the `service` label: a DNS label starting with a letter.
  service: spec.name({ required: 'the service the SLOs belong to', pattern: DNS_1035_LABEL, what: 'a DNS-1123 label starting with a letter (lower-case letters, digits, "-", at most 63)', tokens: { refuse: 'it is part of rule and alert names' } }),
  slos: spec.list(PROMETHEUS_SLO, { required: 'at least one SLO', minItems: 1, tokens: AT_SYNTH, example: [PROMETHEUS_SLO.example] }),
  namespace: dnsLabel(),
  // A PrometheusRule is a custom resource: its name is a DNS-1123 subdomain.
  name: dnsSubdomain(),
  labels: labels({ tokens: { refuse: 'they are merged with the library\'s labels at synth' } }),
  alertLabels: spec.map(spec.text({ pattern: NO_TEMPLATE, what: 'text without "{{" (Prometheus expands alert labels as Go templates)' }), {
    keys: spec.name({ pattern: ALERT_LABEL_NAME, what: 'a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*, not starting with "__") other than severity, slo, service, window' }),
    tokens: { refuse: 'they are written into every alert rule at synth' },
  }),
  minimumEventsPerWindow: spec.integer({ min: 1, tokens: { refuse: 'it is written into every alert expression at synth' } }),
  sliHealth: SLI_HEALTH,
  severities: spec.list(SEVERITY, { tokens: { refuse: 'it decides which severities alerts may use' } }),
};
