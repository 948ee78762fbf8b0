import { checkStacks, countFindings, formatFindings, formatReport, reportStack, rulesMarkdownTable, runRules, RELIABILITY_RULES, stackFromPlan, stackFromState, TerraformJsonStack } from '../../src/checks';
import { loadStacks, StackFileError } from '../../src/checks/files';
import { ERROR_CODES, hasErrorCode, InvalidPropError, isReliabilityError } from '../../src/core/errors';
import { expectThrown } from '../harness';

/**
 * Issue 21, item 1: the rule pack's exported functions check their arguments
 * (JavaScript and YAML callers too): an InvalidPropError whose path is the
 * function, naming the argument with its path inside, the value and what is
 * allowed. The sweep of every function is test/exported-functions.test.ts.
 */
const stack = () => TerraformJsonStack.fromJson({ resource: { aws_db_instance: { db: { engine: 'postgres' } } } }, 's');
const finding = { ruleId: 'REL-RDS-1', family: 'reliability', severity: 'error', title: 't', stack: 's', address: 'aws_db_instance.db', message: 'm', remediation: 'r' };

test.each<[string, () => unknown, string]>([
  ['checkStacks(null)', () => checkStacks(null as never), 'checkStacks: invalid stacks null: must be a list of stacks (synthesized Terraform JSON or stack models) (got null)'],
  ['checkStacks with a misspelt option', () => checkStacks([], { familes: ['validity'] } as never), 'checkStacks: invalid options.familes ["validity"]: is not a known key of the options { rules?, ruleSettings?, families?, validity? } (did you mean "families"?)'],
  ['countFindings([null])', () => countFindings([null] as never), 'countFindings: invalid results[0] null: must be a check result { stack, findings } (as checkStacks returns) (got null)'],
  ['countFindings with a finding of an unknown severity', () => countFindings([{ stack: 's', findings: [{ ...finding, severity: 'fatal' }] }] as never), 'countFindings: invalid results[0].findings[0].severity "fatal": must be one of "error", "warning", "info"'],
  ['formatFindings in an unknown format', () => formatFindings([], 'html' as never), 'formatFindings: invalid format "html": must be one of "table", "json", "markdown", "sarif", "junit"'],
  ['formatFindings with a width of 0', () => formatFindings([], 'table', { width: 0 }), 'formatFindings: invalid options.width 0: must be an integer of at least 1 (got a number)'],
  ['formatFindings with a finding without a family', () => formatFindings([{ stack: 's', findings: [{ ...finding, family: undefined }] }] as never, 'json'), 'formatFindings: invalid results[0].findings[0].family undefined: must be one of "reliability", "validity"'],
  ['formatReport([{}])', () => formatReport([{}] as never, 'text'), 'formatReport: invalid reports[0].stack undefined: must be a string (got undefined)'],
  ['formatReport in an unknown format', () => formatReport([], 'html' as never), 'formatReport: invalid format "html": must be one of "text", "markdown"'],
  ['reportStack of parsed JSON, not a model', () => reportStack({ resource: {} } as never), 'reportStack: invalid stack {"resource":{}}: must be a stack model (TerraformJsonStack.fromJson(json, name), stackFromPlan, stackFromState or loadStacks give one; got an object)'],
  ['reportStack with a source that is not a string', () => reportStack(stack(), 42 as never), 'reportStack: invalid source 42: must be a string (got a number)'],
  ['runRules without rules', () => runRules(stack(), undefined as never), 'runRules: invalid rules undefined: is required: a list of rules, e.g. RELIABILITY_RULES or some of them'],
  ['runRules with a setting that is not one', () => runRules(stack(), RELIABILITY_RULES, { 'REL-RDS-1': 'fatal' } as never), 'runRules: invalid settings.REL-RDS-1 "fatal": must be "error", "warning" or "off"'],
  ['rulesMarkdownTable({})', () => rulesMarkdownTable({} as never), 'rulesMarkdownTable: invalid rules {}: must be a list of rules (got an object), e.g. RELIABILITY_RULES or some of them'],
  ['stackFromPlan(null, ...)', () => stackFromPlan(null as never, 'p'), 'stackFromPlan: invalid plan null: must be the parsed JSON of a plan (terraform show -json PLANFILE) (got null)'],
  ['stackFromState with an empty name', () => stackFromState({}, ''), 'stackFromState: invalid name "": must be a non-empty string'],
  ['loadStacks("a path")', () => loadStacks('cdktf.out' as never), 'loadStacks: invalid paths "cdktf.out": must be a list of paths of files or folders (got a string)'],
  ['loadStacks with a misspelt option', () => loadStacks([], { line: false } as never), 'loadStacks: invalid options.line false: is not a known key of the options { lines? } (did you mean "lines"?)'],
])('%s', (_name, call, message) => {
  expect(expectThrown(call, InvalidPropError).message).toBe(message);
});

test('a file that cannot be read is a StackFileError, one of the library\'s errors with its own code', () => {
  const e = expectThrown(() => loadStacks(['/nonexistent/cdk.tf.json']), StackFileError);
  expect(isReliabilityError(e)).toBe(true);
  expect(hasErrorCode(e, ERROR_CODES.stackFile)).toBe(true);
  expect(e.name).toBe('StackFileError');
});
