import { SloGrafanaDashboard, SloGrafanaDashboardProps, SloRules } from '../../src/kubernetes';
import { SLO_GRAFANA_DASHBOARD_PROPS } from '../../src/kubernetes/private/slo-grafana-dashboard-spec';
import { contractSuite, SUBJECT } from '../kit/contract';
import { AVAILABILITY } from './fixtures';

contractSuite<SloGrafanaDashboardProps>({
  construct: 'SloGrafanaDashboard',
  build: (stack, overrides) => new SloGrafanaDashboard(stack, SUBJECT, { rules: new SloRules(stack, 'rules', { service: 'api', slos: [AVAILABILITY] }), ...overrides } as SloGrafanaDashboardProps),
  specs: SLO_GRAFANA_DASHBOARD_PROPS,
});
