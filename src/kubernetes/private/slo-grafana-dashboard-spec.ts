import { PropSpecs, spec } from '../../core/prop-spec';
import type { SloGrafanaDashboardProps } from '../slo-grafana-dashboard';
import { SloRules } from '../slo-rules';
import { dnsLabel, dnsSubdomain, labels } from './k8s-specs';

/** What every prop of SloGrafanaDashboard accepts. */
export const SLO_GRAFANA_DASHBOARD_PROPS: PropSpecs<SloGrafanaDashboardProps> = {
  rules: spec.reference('an SloRules construct (the dashboard reads the series its rules record)', { required: 'the SloRules whose recordings the dashboard shows', is: (v) => v instanceof SloRules, tokens: 'carry' }),
  namespace: dnsLabel(),
  name: dnsSubdomain(),
  labels: labels({ tokens: { refuse: 'they are merged with the library\'s labels at synth' } }),
  folder: spec.text({ nonEmpty: true, tokens: { refuse: 'it is written into the ConfigMap annotation at synth' } }),
};
