import { Lazy, Testing, TerraformStack } from 'cdktf';
import { isReliabilityError, PropError } from '../../src/core/errors';
import { ServiceLevelObjective } from '../../src/slo/objective';
import * as names from '../../src/kubernetes/k8s-names';
import * as cron from '../../src/kubernetes/private/velero-cron';
import * as rules from '../../src/kubernetes/prometheus-rules';
import * as promql from '../../src/kubernetes/promql';
import * as quantity from '../../src/kubernetes/quantity';
import { AVAILABILITY } from './fixtures';

/**
 * Issue 21, class 1: the Kubernetes helpers exported from their modules
 * check their arguments as a construct checks its props. A wrong type, a
 * Terraform token where the value is parsed at synth, or a malformed value
 * is a PropError naming the argument; never a TypeError from deep inside.
 */
const scope = () => new TerraformStack(Testing.app(), 's');
const token = () => Lazy.stringValue({ produce: () => 'x' });
const slo = ServiceLevelObjective.from(AVAILABILITY);
const sli = { errorQuery: AVAILABILITY.errorQuery!, totalQuery: AVAILABILITY.totalQuery! };

function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

describe('Kubernetes helpers refuse bad arguments with a PropError naming the argument', () => {
  test.each<[string, () => unknown, string, string]>([
    ['promqlSyntaxErrors(null)', () => promql.promqlSyntaxErrors(null as never), 'query', 'must be a PromQL expression string (got null)'],
    ['promqlSyntaxErrors(a token): the encoded token is not PromQL', () => promql.promqlSyntaxErrors(token()), 'query', 'must be known at synth'],
    ['vectorSelectors({})', () => promql.vectorSelectors({} as never), 'query', 'must be a PromQL expression string (got an object)'],
    ['substituteWindow with a window that is no duration', () => promql.substituteWindow('rate(x[{{.window}}])', 'five minutes'), 'window', 'must be a Prometheus duration'],
    ['substituteWindow with a window that would inject PromQL', () => promql.substituteWindow('rate(x[{{.window}}])', '5m]) or vector(1) #'), 'window', 'must be a Prometheus duration'],
    ['checkPromql with an unknown placeholder rule', () => promql.checkPromql(scope(), 'q', 'rate(x[5m])', 'maybe' as never), 'placeholder', 'must be "required" or "forbidden"'],
    ['parseQuantity(a token): its value is known only at apply', () => quantity.parseQuantity(token()), 'quantity', 'must be known at synth'],
    ['parseIntOrPercent(a token)', () => quantity.parseIntOrPercent(token()), 'value', 'must be known at synth'],
    ['intOrString(null)', () => quantity.intOrString(null as never), 'value', 'must be a number or a string (got null)'],
    ['intOrString(NaN)', () => quantity.intOrString(NaN), 'value', 'must be a number or a string (got NaN)'],
    ['errorRatioRecord(NaN): the record would be named ratio_rateNaN', () => rules.errorRatioRecord(NaN), 'windowSeconds', 'must be a whole number of seconds above 0'],
    ['totalEventsRecord(-300)', () => rules.totalEventsRecord(-300), 'windowSeconds', 'must be a whole number of seconds above 0'],
    ['recordedWindows(a definition, not an SLO)', () => rules.recordedWindows(AVAILABILITY as never), 'slo', 'must be a ServiceLevelObjective'],
    ['sloAlertName(1, ...)', () => rules.sloAlertName(1 as never, 'availability', 'page'), 'service', 'must be a non-empty string (got a number)'],
    ['sliHealthAlertName with an empty SLO name', () => rules.sliHealthAlertName('api', ''), 'sloName', 'must be a non-empty string (got an empty string)'],
    ['sloSummary(a token service)', () => rules.sloSummary(token(), slo), 'service', 'must be known at synth'],
    ['sloRuleGroups with a quote in the service (it would end the selector\'s string)', () => rules.sloRuleGroups('api"} or vector(1) #', slo, sli), 'service', 'must not contain a double quote'],
    ['sloRuleGroups(null SLI)', () => rules.sloRuleGroups('api', slo, null as never), 'sli', 'must be an object'],
    ['sloRuleGroups with an events SLI missing its total', () => rules.sloRuleGroups('api', slo, { errorQuery: sli.errorQuery } as never), 'sli.totalQuery', 'must be a non-empty PromQL string'],
    ['sloRuleGroups with null options', () => rules.sloRuleGroups('api', slo, sli, null as never), 'options', 'must be an object (got null)'],
    ['sloRuleGroups with a misspelt option', () => rules.sloRuleGroups('api', slo, sli, { minimumEvent: 10 } as never), 'options.minimumEvent', 'is not a known option'],
    ['sloRuleGroups with a guard of 0.5 events', () => rules.sloRuleGroups('api', slo, sli, { minimumEvents: 0.5 }), 'options.minimumEvents', 'must be a whole number of at least 1'],
    ['sloRuleGroups with SLI health selectors as one string', () => rules.sloRuleGroups('api', slo, sli, { sliHealth: { missingForSeconds: 900, severity: 'ticket', selectors: 'up' as never } }), 'options.sliHealth.selectors', 'must be a list'],
    ['errorRatioExpr with a number for a query', () => rules.errorRatioExpr({ errorRatioQuery: 1 } as never, '5m'), 'sli.errorRatioQuery', 'must be a non-empty PromQL string'],
  ])('%s', (_name, call, argument, message) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(PropError);
    expect((error as PropError).prop).toBe(argument);
    expect((error as PropError).message).toContain(message);
  });

  test('what is not a value of its kind is said so, without throwing: parseQuantity, parseIntOrPercent, cronProblem, goDurationSeconds', () => {
    expect(quantity.parseQuantity('256MB')).toBeUndefined();
    expect(quantity.parseQuantity(`1${'0'.repeat(400)}`)).toBeUndefined();
    expect(quantity.parseQuantity('512Mi')).toBe(512 * 2 ** 20);
    expect(quantity.parseIntOrPercent('101%')).toBeUndefined();
    expect(quantity.parseIntOrPercent('25%')).toEqual({ value: 25, percent: true });
    expect(cron.cronProblem(null as never)).toBe('is not a string');
    expect(cron.goDurationSeconds(null as never)).toBeNaN();
  });

  test('a token is carried where it is only written: intOrString keeps a number token as a string token, checkPromql leaves a token query to plan', () => {
    const n = Lazy.numberValue({ produce: () => 3 });
    expect(quantity.intOrString(n)).toMatch(/^\$\{TfToken\[TOKEN\.\d+\]\}$/);
    expect(() => promql.checkPromql(scope(), 'q', token(), 'required')).not.toThrow();
  });
});

describe('every exported Kubernetes helper, given null, {}, [], a number, NaN, text or a token for every argument, returns or throws an error of the library', () => {
  // Helpers whose first argument is the construct they report for get a real one.
  const SCOPED = new Set(['checkPromql', 'defaultObjectName', 'kubernetesProviderOf', 'kubernetesLocation', 'claimObjectName']);
  const modules: Record<string, Record<string, unknown>> = { names, cron, rules, promql, quantity };
  const functions = Object.entries(modules).flatMap(([m, exports]) =>
    Object.entries(exports)
      .filter((e): e is [string, (...args: unknown[]) => unknown] => typeof e[1] === 'function')
      .map(([name, f]) => [`${m}.${name}`, name, f] as const),
  );
  const HOSTILE: Array<() => unknown> = [() => null, () => undefined, () => ({}), () => [], () => 5, () => NaN, () => 'text', token];

  test('the helpers are found', () => {
    expect(functions.map(([full]) => full)).toEqual(expect.arrayContaining(['promql.promqlSyntaxErrors', 'quantity.parseQuantity', 'rules.sloRuleGroups', 'cron.cronProblem']));
  });

  test.each(functions)('%s', (_full, name, f) => {
    const crashes: string[] = [];
    for (const hostile of HOSTILE) {
      const args = Array.from({ length: Math.max(f.length, 1) }, hostile);
      if (SCOPED.has(name)) args[0] = scope();
      try {
        f(...args);
      } catch (e) {
        if (!isReliabilityError(e)) crashes.push(`${String(args[args.length - 1])}: ${(e as Error).name}: ${(e as Error).message}`);
      }
    }
    expect(crashes).toEqual([]);
  });
});
