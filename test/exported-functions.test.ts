// Issue 21 item 1: every function the package exports checks its arguments as
// a construct checks its props. Each function has a VALID argument list below
// (one per exported function: a test fails when one is missing, and the valid
// call itself must return, so the table cannot rot). Each argument position is
// then swept with what a JavaScript or YAML-driven caller can hand it (null,
// {}, a number, a string, a token, a list holding null, NaN, a symbol...) and
// with the valid arguments of every other function (a report where an SLO is
// expected), the other arguments staying valid. The function returns, or
// throws one of the library's errors naming what is wrong; a TypeError from
// deep inside is a defect.
import * as path from 'node:path';
import { Token } from 'cdktf';
import fc from 'fast-check';
import { Construct } from 'constructs';
import * as library from '../src';
import { isReliabilityError, ReliabilityFinding, RELIABILITY_RULES, ServiceLevelObjective, StackCheckResult, TerraformJsonStack } from '../src';
import { alarmLine } from '../src/slo/report';
import { testStack } from './harness';
import { CLOUDWATCH_OPENSLO, DATADOG_OPENSLO, OPENSLO_CHECKOUT, SLOTH_CHECKOUT } from './slo/slo-files';

type Fn = (...args: unknown[]) => unknown;


const scope = (): Construct => new Construct(testStack().stack, 'c');
const slo = (): ServiceLevelObjective => ServiceLevelObjective.from({ name: 'availability', objective: 99.9 });
/** The timing functions take an SLO and one of its own alerts. */
const withOwnAlert = (args: (s: ServiceLevelObjective, alert: ServiceLevelObjective['alerts'][number]) => unknown[]): unknown[] => {
  const s = slo();
  return args(s, s.alerts[0]);
};
const sloReport = () => library.errorBudgetReport([{ name: 'a', objective: 99.9 }]);
const finding: ReliabilityFinding = {
  ruleId: 'REL-RDS-1',
  family: 'reliability',
  severity: 'error',
  title: 'RDS instances are Multi-AZ',
  stack: 's',
  address: 'aws_db_instance.db',
  message: 'not Multi-AZ',
  remediation: 'set multi_az',
};
const results = (): StackCheckResult[] => [{ stack: 's', findings: [finding], judged: { 'REL-RDS-1': { title: finding.title, addresses: [finding.address] } } }];
const stackJson = () => ({ resource: { aws_db_instance: { db: { engine: 'postgres', multi_az: false } } } });
const jsonStack = (): TerraformJsonStack => TerraformJsonStack.fromJson(stackJson(), 's');
const achievement = () => ({ resource: 'app/table', kind: 'table', regions: ['eu-west-1'], rpoZoneSeconds: 0, rpoDataSeconds: 300, retentionDays: 35, sources: ['own'] });
const protection = () => ({ plan: 'daily', retentionDays: 35, rpoDataSeconds: 86400, copyRegions: [], vaultLock: 'governance', restoreTesting: false, sources: ['plan'] });
const predictiveContext = () => ({ autoScalingGroupName: 'g', requestResourceLabel: 'app/lb/1/targetgroup/tg/2', trackedTargets: { cpu: 50 } });
const alarmDefinition = () => ({
  key: 'cpu',
  summary: 'CPU is high.',
  runbook: 'Look at the top queries.',
  metric: { namespace: 'AWS/RDS', metricName: 'CPUUtilization', dimensions: { DBInstanceIdentifier: 'db1' }, statistic: 'Average' },
  comparisonOperator: 'GreaterThanThreshold',
  threshold: 80,
  severity: 'ticket',
  periodSeconds: 300,
  evaluationPeriods: 3,
});
const primary = () => ({ zoneHeadroom: { requiredCapacity: 4 }, minCapacity: 6, maxCapacity: 12 });
const FIXTURE = path.join(__dirname, 'checks/fixtures/report/cdk.tf.json');

/** One valid argument list per exported function, every parameter given (optional ones too, so they are swept). */
const VALID: Record<string, () => unknown[]> = {
  achievementFromTags: () => ['r', 'table', library.recoveryTags(achievement() as never)],
  alarmCost: () => [slo(), { metricsPerAlarm: 2 }],
  alarmLine: () => [library.alarmCost(slo(), { metricsPerAlarm: 2 })],
  budgetExhaustedSignal: () => [slo(), 100, 7 * 86400, 'ticket', 'budgetExhausted.budgetPercent'],
  capacityAfterZoneLoss: () => [6, 3],
  checkRecovery: () => [{ region: { rtoSeconds: 3600, rpoSeconds: 300 } }, 'warm-standby', [achievement()]],
  checkStack: () => [stackJson(), { name: 's', rules: RELIABILITY_RULES, ruleSettings: { 'REL-RDS-1': 'warning' }, families: ['reliability'] }],
  checkStacks: () => [[stackJson(), jsonStack()], { rules: RELIABILITY_RULES, ruleSettings: { 'REL-RDS-1': 'warning' }, families: ['reliability', 'validity'] }],
  choosePredictiveScaling: () => [scope(), { mode: 'ForecastOnly' }, predictiveContext()],
  chooseStrategy: () => [3600],
  countFindings: () => [results()],
  describeValue: () => [{ a: 1 }, scope()],
  detectionTime: () => withOwnAlert((s, alert) => [s, alert, 1]),
  detectionTimeForBurnRate: () => withOwnAlert((s, alert) => [s, alert, 14.4]),
  encryptionRestoreOverrides: () => ['DynamoDB', 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
  errorBudgetReport: () => [[{ name: 'a', objective: 99.9 }], { eventsPerPeriod: 1000 }],
  firstAlert: () => [slo(), 'page', 1],
  formatDuration: () => [3600],
  formatFindings: () => [results(), 'markdown', { rules: RELIABILITY_RULES, toolVersion: '1.0.0', width: 80, families: ['reliability'] }],
  formatReport: () => [[library.reportStack(jsonStack(), 'cdk.tf.json')], 'markdown'],
  formatReportMarkdown: () => [sloReport()],
  formatReportText: () => [sloReport()],
  hasErrorCode: () => [new library.PropError('p', 1, 'no'), library.ERROR_CODES.prop],
  humanDuration: () => [3600],
  isBackupTarget: () => [{}],
  isRecoverable: () => [{}],
  isReliabilityError: () => [new Error('x')],
  loadOpenSlo: () => [OPENSLO_CHECKOUT, { file: 'slo.yaml' }],
  loadSlothSpec: () => [SLOTH_CHECKOUT, { file: 'sloth.yaml', period: '28d' }],
  loadStacks: () => [[FIXTURE], { lines: false }],
  missingForFromTraffic: () => [60, 'slos[0].sliHealth.minimumEventsPerHour'],
  objectiveHint: () => [99.9],
  objectivesFromTags: () => [{ 'recovery:strategy': 'warm-standby', 'recovery:objective:region': 'rto=15m rpo=0' }],
  parseDuration: () => ['5m', 'window'],
  parseObjective: () => [{ rto: '15m', rpo: 0 }, 'region'],
  physicalName: () => [scope(), { maxLength: 63, suffix: 'page', allowed: /[a-z0-9-]/, lowerCase: true }],
  planSubnets: () => [{ vpcCidr: '10.0.0.0/16', zoneCount: 3 }],
  planWindowAlarms: () => [slo()],
  predictiveScalingPolicy: () => [scope(), { mode: 'ForecastAndScale', schedulingBufferSeconds: 600, maxCapacityBufferPercent: 10 }, predictiveContext()],
  recordOptOut: () => [scope(), 'REL-S3-1', 'versioned', false, 'no restore of old versions'],
  recoveryTags: () => [achievement()],
  reportStack: () => [jsonStack(), 'cdk.tf.json'],
  runApp: () => [() => undefined, { error: () => undefined, exit: () => undefined }],
  resetTime: () => withOwnAlert((s, alert) => [s, alert, 1]),
  resolveBudgetExhausted: () => [slo(), { enabled: true, budgetPercent: 50 }, { severity: 'ticket' }, 'slos[0].budgetExhausted', 7 * 86400],
  resolveSliHealth: () => [{ missingFor: '1h' }, { enabled: true }, '12h', 'slos[0].sliHealth', { minSeconds: 60, maxSeconds: 86400 }],
  resourceAlarm: () => [{ scope: scope(), prop: 'alarms', overrides: { cpu: { threshold: 90 } } }, alarmDefinition()],
  resourceAlarms: () => [{ scope: scope() }, [alarmDefinition()]],
  rulesMarkdownTable: () => [RELIABILITY_RULES],
  runRules: () => [jsonStack(), RELIABILITY_RULES, { 'REL-RDS-1': 'warning' }],
  stackFromPlan: () => [{ format_version: '1.2', planned_values: { root_module: { resources: [] } }, resource_changes: [] }, 'plan'],
  stackFromState: () => [{ format_version: '1.0', values: { root_module: { resources: [] } } }, 'state'],
  sliSourceFor: () => [library.loadSlothSpec(SLOTH_CHECKOUT)[0], 'prometheus'],
  standbyCapacity: () => [primary(), { strategy: 'warm-standby', share: 0.5 }],
  standbyScaleUpStep: () => [primary(), { strategy: 'warm-standby', share: 0.5 }],
  summarizeAlert: () => [slo().alerts[0]],
  tagConstruct: () => [scope(), { Team: 'payments' }, 'tags'],
  tagRecovery: () => [scope(), { recovery: achievement() }],
  timeToExhaustion: () => [slo(), 0.01],
  toDatadogSlo: () => [library.loadOpenSlo(DATADOG_OPENSLO)[0]],
  toPrometheusSlo: () => [library.loadSlothSpec(SLOTH_CHECKOUT)[0]],
  toSloAlarmDefinition: () => [library.loadOpenSlo(CLOUDWATCH_OPENSLO)[0]],
  totalAlarmCost: () => [[library.alarmCost(slo(), { metricsPerAlarm: 2 })]],
  violation: () => ['it is wrong', 'warning'],
  windowsOf: () => [slo().alerts],
  withBackupProtections: () => [achievement(), [protection()]],
  zoneHeadroom: () => [4, 3],
};

/** What a JavaScript or YAML caller can hand any argument. */
const HOSTILE: ReadonlyArray<readonly [string, () => unknown]> = [
  ['undefined', () => undefined],
  ['null', () => null],
  ['{}', () => ({})],
  ['[]', () => []],
  ['[null]', () => [null]],
  ['[{}]', () => [{}]],
  ['"x"', () => 'x'],
  ['""', () => ''],
  ['"page"', () => 'page'],
  ['"5m"', () => '5m'],
  ['-1', () => -1],
  ['0', () => 0],
  ['42', () => 42],
  ['1', () => 1],
  ['0.01', () => 0.01],
  ['NaN', () => NaN],
  ['Infinity', () => Infinity],
  ['-Infinity', () => -Infinity],
  ['true', () => true],
  ['a string token', () => Token.asString({ Ref: 'x' })],
  ['a number token', () => Token.asNumber({ Ref: 'x' })],
  ['a list token', () => Token.asList({ Ref: 'x' })],
  ['{ name: "a" }', () => ({ name: 'a' })],
  ['{ alerts: [null] }', () => ({ alerts: [null] })],
  ['a construct outside any stack', () => new Construct(undefined as never, 'loose')],
  ['a function', () => () => 1],
  ['a symbol', () => Symbol('s')],
];

/** Every function the package root exports (classes aside), and the report's alarmLine, internal but swept all the same. */
const exported = Object.entries({ ...library, alarmLine })
  .filter(([, v]) => typeof v === 'function' && !/^class[\s{]/.test(Function.prototype.toString.call(v)))
  .map(([name, fn]) => [name, fn as Fn] as const)
  .sort(([a], [b]) => a.localeCompare(b));

function signature(value: unknown): string {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return `${typeof value}:${String(value)}`;
  return `${Object.getPrototypeOf(value)?.constructor?.name}:${Array.isArray(value) ? `[${value.map(signature).join()}]` : Object.keys(value).sort().join()}`;
}

/**
 * The valid objects, lists and functions of every function's argument list, as misplaced values (primitives are
 * HOSTILE's): each built fresh per call, so constructs never collide.
 */
const MISPLACED: ReadonlyArray<readonly [string, () => unknown]> = (() => {
  const seen = new Set<string>();
  const out: Array<readonly [string, () => unknown]> = [];
  for (const [name, make] of Object.entries(VALID)) {
    make().forEach((value, i) => {
      const key = signature(value);
      if (value === null || (typeof value !== 'object' && typeof value !== 'function') || seen.has(key)) return;
      seen.add(key);
      out.push([`(the valid argument ${i + 1} of ${name})`, () => make()[i]]);
    });
  }
  return out;
})();

function crash(fn: Fn, args: unknown[]): string | undefined {
  try {
    fn(...args);
    return undefined;
  } catch (e) {
    if (isReliabilityError(e)) return undefined;
    return `${(e as Error)?.constructor?.name}: ${(e as Error)?.message}`.slice(0, 240);
  }
}

test('the table has a valid argument list for every exported function, and nothing else', () => {
  expect(exported.length).toBeGreaterThan(30);
  expect(Object.keys(VALID).sort()).toEqual(exported.map(([name]) => name));
});

test.each(exported)('%s: the valid argument list returns without throwing, and gives every parameter', (name, fn) => {
  const args = VALID[name]();
  expect(args.length).toBeGreaterThanOrEqual(fn.length);
  expect(() => fn(...args)).not.toThrow();
});


test.each(exported)('%s: each argument malformed in turn, the others valid, returns or throws a library error, never a crash', (name, fn) => {
  const problems: string[] = [];
  const arity = VALID[name]().length;
  for (let position = 0; position < arity; position++) {
    for (const [label, make] of [...HOSTILE, ...MISPLACED]) {
      const args = VALID[name]();
      args[position] = make();
      const problem = crash(fn, args);
      if (problem) problems.push(`argument ${position + 1} ${label}: ${problem}`);
    }
  }
  expect(problems).toEqual([]);
});

// The sweep above varies one argument at a time; this mixes them: every argument valid, hostile or misplaced at once.
test.each(exported)('%s: any mix of valid, hostile and misplaced arguments returns or throws a library error, never a crash', (name, fn) => {
  const arity = VALID[name]().length;
  const choices = [...HOSTILE, ...MISPLACED].map(([label, make]) => ({ label, make }));
  const position = (i: number) => fc.oneof(fc.constant({ label: 'valid', make: () => VALID[name]()[i] }), fc.constantFrom(...choices));
  fc.assert(
    fc.property(fc.tuple(...Array.from({ length: arity }, (_, i) => position(i))), (picked) => {
      const problem = crash(fn, picked.map((p) => p.make()));
      if (problem) throw new Error(`${name}(${picked.map((p) => p.label).join(', ')}): ${problem}`);
    }),
    { numRuns: 40, seed: 21 },
  );
});
