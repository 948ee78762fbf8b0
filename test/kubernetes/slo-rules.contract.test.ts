import { SloRules, SloRulesProps } from '../../src/kubernetes';
import { SLO_RULES_PROPS } from '../../src/kubernetes/private/slo-rules-spec';
import { contractSuite, SUBJECT } from '../kit/contract';
import { AVAILABILITY } from './fixtures';

contractSuite<SloRulesProps>({
  construct: 'SloRules',
  build: (stack, overrides) => new SloRules(stack, SUBJECT, { service: 'api', slos: [AVAILABILITY], ...overrides } as SloRulesProps),
  specs: SLO_RULES_PROPS,
});
