import * as fc from 'fast-check';
import { ReliabilityChecks } from '../../src/checks/aspect';
import { checkStack } from '../../src/checks/check';
import { RELIABILITY_RULES } from '../../src/checks/rules';
import { InvalidPropError, isReliabilityError } from '../../src/core/errors';
import { expectThrown } from '../harness';

const RULE = RELIABILITY_RULES[0];

describe('the rule pack checks what a caller hands it (issue 21, item 1: rules that are not rules)', () => {
  test.each<[string, unknown, string]>([
    ['rules that are a string', { rules: 'REL-RDS-1' }, 'ReliabilityChecks: invalid rules "REL-RDS-1": must be a list of rules (got a string)'],
    ['a rule that is null', { rules: [RULE, null] }, 'ReliabilityChecks: invalid rules[1] null: must be a rule { id, severity, title, resourceTypes, check, ... } (got null)'],
    ['a rule without a check', { rules: [{ ...RULE, check: 'no' }] }, 'ReliabilityChecks: invalid rules[0].check "no": must be a function'],
    ['a rule id that is not one', { rules: [{ ...RULE, id: 'rds 1' }] }, 'ReliabilityChecks: invalid rules[0].id "rds 1": must be a rule id'],
    ['a rule severity that is not one', { rules: [{ ...RULE, severity: 'page' }] }, 'ReliabilityChecks: invalid rules[0].severity "page": must be "error" or "warning"'],
    ['resource types that are a string', { rules: [{ ...RULE, resourceTypes: 'aws_db_instance' }] }, 'ReliabilityChecks: invalid rules[0].resourceTypes "aws_db_instance"'],
    ['two rules of one id', { rules: [RULE, RULE] }, `ReliabilityChecks: invalid rules[1].id "${RULE.id}": must be unique: rules[0] has the same id`],
    ['settings that are a list', { ruleSettings: ['REL-RDS-1'] }, 'ReliabilityChecks: invalid ruleSettings ["REL-RDS-1"]: must be an object of rule id to'],
    ['a setting that is not one', { ruleSettings: { 'REL-RDS-1': 'fatal' } }, 'ReliabilityChecks: invalid ruleSettings.REL-RDS-1 "fatal": must be "error", "warning" or "off"'],
    ['props that are null', null, 'ReliabilityChecks: invalid props null'],
  ])('ReliabilityChecks with %s is an InvalidPropError', (_name, props, message) => {
    expect(expectThrown(() => new ReliabilityChecks(props as never), InvalidPropError).message).toContain(message);
  });

  test('checkStack names its option, and refuses a family that does not exist', () => {
    expect(expectThrown(() => checkStack({}, { rules: [null] as never }), InvalidPropError).message).toContain('checkStack: invalid options.rules[0] null');
    expect(expectThrown(() => checkStack({}, { families: ['cost'] as never }), InvalidPropError).message).toContain('checkStack: invalid options.families ["cost"]: must be a non-empty list of "reliability" and "validity"');
  });

  test('property: any rules or settings value is either run or refused with the library\'s error, never a crash', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.oneof(fc.anything(), fc.constant(RULE), fc.record({ id: fc.string(), check: fc.constant(() => []) })))), fc.anything(), (rules, settings) => {
        try {
          checkStack({ resource: { aws_db_instance: { db: { engine: 'postgres' } } } }, { rules: rules as never, ruleSettings: settings as never });
        } catch (e) {
          if (!isReliabilityError(e)) throw e;
        }
      }),
      { numRuns: 200, seed: 20261205 },
    );
  });
});
