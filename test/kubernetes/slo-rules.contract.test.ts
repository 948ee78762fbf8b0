import { SloRules, SloRulesProps } from '../../src/kubernetes';
import { contractSuite, SUBJECT } from '../kit/contract';
import { AVAILABILITY } from './fixtures';

contractSuite<SloRulesProps>({
  construct: 'SloRules',
  build: (stack, overrides) => new SloRules(stack, SUBJECT, { service: 'api', slos: [AVAILABILITY], ...overrides } as SloRulesProps),
  props: {
    service: 'name',
    slos: {
      list: {
        name: 'name',
        objective: 'number',
        period: 'name',
        description: 'string',
        runbookUrl: 'url',
        alerts: 'reference',
        errorQuery: 'string',
        totalQuery: 'string',
        errorRatioQuery: 'string',
      },
      valid: [AVAILABILITY],
    },
    namespace: 'name',
    name: 'name',
    labels: 'stringMap',
    alertLabels: 'stringMap',
    minimumEventsPerWindow: 'integer',
    sliHealth: { object: { enabled: 'boolean', missingFor: 'name', severity: { enum: ['page', 'ticket'] } }, valid: {} },
    severities: 'stringList',
  },
});
