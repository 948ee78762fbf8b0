import {
  alarmNameProblem,
  alarmNamesInRule,
  CLOUDWATCH_LIMITS,
  compositeRuleProblem,
  evaluationRangeProblem,
  metricQueriesProblems,
  periodProblem,
} from '../../core/cloudwatch-limits';
import { blockCount, bool, isReference, list, nested, num, show, str } from '../json';
import { ReliabilityRule, RuleViolation, violation } from '../rule';
import { TerraformJsonResource, TerraformJsonStack } from '../stack';

/** Metric and composite alarm resource types. */
export const METRIC_ALARM = 'aws_cloudwatch_metric_alarm';
export const COMPOSITE_ALARM = 'aws_cloudwatch_composite_alarm';
const ALARMS = [METRIC_ALARM, COMPOSITE_ALARM];

/** Periods an alarm evaluates: its own `period` and those of its metric queries (known numbers only). */
function periodsOf(r: TerraformJsonResource): number[] {
  const out: number[] = [];
  const own = num(r.body.period);
  if (own !== undefined) out.push(own);
  for (const q of nested(r.body, 'metric_query')) {
    for (const m of nested(q, 'metric')) {
      const p = num(m.period);
      if (p !== undefined) out.push(p);
    }
  }
  return out;
}

export const ALARM_PERIOD: ReliabilityRule = {
  id: 'REL-CW-1',
  severity: 'error',
  title: 'Alarm periods are valid',
  rationale: 'CloudWatch rejects periods other than 10, 20, 30 or a multiple of 60 seconds: the apply fails, or a high-resolution period silently costs more than intended.',
  remediation: 'Use 10, 20, 30 or a multiple of 60 seconds.',
  resourceTypes: [METRIC_ALARM],
  equivalents: {},
  check: (r) => {
    const problems = periodsOf(r).map(periodProblem).filter((p): p is string => p !== undefined);
    return problems.length === 0 ? [] : [...new Set(problems)].map((message) => ({ message }));
  },
};

export const ALARM_EVALUATION_RANGE: ReliabilityRule = {
  id: 'REL-CW-2',
  severity: 'error',
  title: 'Alarm evaluation ranges are within CloudWatch limits',
  rationale: 'Period x evaluation periods may not exceed one day (periods under an hour) or seven days; a longer range is rejected at apply.',
  remediation: 'Shorten the period or the number of evaluation periods.',
  resourceTypes: [METRIC_ALARM],
  equivalents: {},
  check: (r) => {
    const n = num(r.body.evaluation_periods);
    if (n === undefined) return isReference(r.body.evaluation_periods) ? [] : violation('evaluation_periods is not set');
    const periods = periodsOf(r).filter((p) => periodProblem(p) === undefined);
    // Without a known period only the count itself can be checked (a 10-second period never breaks the range).
    const p = evaluationRangeProblem(periods.length === 0 ? 10 : Math.max(...periods), n);
    return p === undefined ? [] : violation(p);
  },
};

export const ALARM_METRIC_QUERIES: ReliabilityRule = {
  id: 'REL-CW-3',
  severity: 'error',
  title: 'Metric-math alarms are within CloudWatch limits',
  rationale: 'At most 10 metrics, ids that start with a lower-case letter, unique ids, and exactly one query returning data: otherwise the alarm is rejected at apply or evaluates the wrong series.',
  remediation: 'Split the alarm, rename query ids, and set return_data = false on every query but the one the alarm compares.',
  resourceTypes: [METRIC_ALARM],
  equivalents: {},
  check: (r) => {
    const queries = nested(r.body, 'metric_query');
    // A dynamic metric_query over a collection known only at plan time: how many queries there are, and their ids, are not known at synth.
    if (queries.length === 0 || blockCount(r.body, 'metric_query') === undefined) return [];
    const shapes = queries
      .filter((q) => !isReference(q.id))
      .map((q) => ({ id: str(q.id) ?? show(q.id), isMetric: nested(q, 'metric').length > 0, returnData: bool(q.return_data) }));
    return metricQueriesProblems(shapes).map((message) => ({ message }));
  },
};

/** What a name in a composite rule resolves to. */
export type AlarmNameResolution =
  | { readonly kind: 'alarm'; readonly resource: TerraformJsonResource }
  | { readonly kind: 'missing-reference'; readonly address: string }
  | { readonly kind: 'unknown-literal'; readonly name: string }
  | { readonly kind: 'unresolvable' };

/** The stack's alarms by literal alarm_name (the first one, in document order). */
function alarmsByName(stack: TerraformJsonStack): Map<string, TerraformJsonResource> {
  return stack.cached('cloudwatch:alarms-by-name', () => {
    const byName = new Map<string, TerraformJsonResource>();
    for (const a of stack.ofType(...ALARMS)) {
      const name = str(a.body.alarm_name);
      if (name !== undefined && !byName.has(name)) byName.set(name, a);
    }
    return byName;
  });
}

/** Resolves one alarm name from a composite rule against the stack's alarms. */
export function resolveAlarmName(name: string, stack: TerraformJsonStack): AlarmNameResolution {
  const ref = /^\$\{\s*((?:aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm)\.[A-Za-z_][A-Za-z0-9_-]*)\.(?:alarm_name|id)\s*\}$/.exec(name.trim());
  if (ref) {
    const resource = stack.resource(ref[1]);
    return resource ? { kind: 'alarm', resource } : { kind: 'missing-reference', address: ref[1] };
  }
  if (name.includes('${')) return { kind: 'unresolvable' };
  const resource = alarmsByName(stack).get(name);
  return resource ? { kind: 'alarm', resource } : { kind: 'unknown-literal', name };
}

/** The alarm names a composite rule mentions; none when the whole rule is an unresolved expression. */
function namesInCompositeRule(r: TerraformJsonResource): string[] {
  const rule = str(r.body.alarm_rule);
  if (rule === undefined || /^\s*\$\{[^}]*\}\s*$/.test(rule)) return [];
  return alarmNamesInRule(rule);
}

/** A name of a composite rule and what it resolves to. */
interface Member {
  readonly name: string;
  readonly resolution: AlarmNameResolution;
}

/**
 * The names a composite rule mentions (each once, in order of first mention) and what each resolves to, read
 * once per composite: REL-CW-4 and the routing of REL-CW-5 both ask (the bench's 2,000 composites, twice).
 */
function membersOf(r: TerraformJsonResource, stack: TerraformJsonStack): readonly Member[] {
  const memo = stack.cached('cloudwatch:members', () => new Map<TerraformJsonResource, readonly Member[]>());
  let members = memo.get(r);
  if (members === undefined) {
    members = [...new Set(namesInCompositeRule(r))].map((name) => ({ name, resolution: resolveAlarmName(name, stack) }));
    memo.set(r, members);
  }
  return members;
}

export const COMPOSITE_RULE: ReliabilityRule = {
  id: 'REL-CW-4',
  severity: 'error',
  title: 'Composite alarm rules are valid and name existing alarms',
  rationale: 'A composite naming an alarm that does not exist is created but never fires for it; a rule over 10240 characters is rejected.',
  remediation: 'Reference member alarms by their alarm_name attribute (an interpolation) rather than by literal names, and keep rules short.',
  resourceTypes: [COMPOSITE_ALARM],
  equivalents: {},
  check: (r, stack) => {
    const rule = r.body.alarm_rule;
    if (rule === undefined) return violation('alarm_rule is not set');
    if (typeof rule !== 'string') return violation('alarm_rule is not a string');
    const out: RuleViolation[] = [];
    const problem = compositeRuleProblem(rule);
    if (problem !== undefined) out.push({ message: problem });
    for (const { resolution: res } of membersOf(r, stack)) {
      if (res.kind === 'missing-reference') out.push({ message: `the rule references ${res.address}, which is not in this stack` });
      else if (res.kind === 'unknown-literal') out.push({ message: `the rule names alarm "${res.name}", which is not in this stack (fine if it lives in another stack)`, severity: 'warning' });
      else if (res.kind === 'alarm' && res.resource === r) out.push({ message: 'the rule names the composite alarm itself' });
    }
    return out;
  },
};

/** True when an alarm has actions of its own that fire on ALARM. */
function hasOwnActions(r: TerraformJsonResource): boolean {
  if (bool(r.body.actions_enabled) === false) return false;
  const actions = r.body.alarm_actions;
  const l = list(actions);
  return l !== undefined ? l.length > 0 : isReference(actions);
}

const routedCache = new WeakMap<TerraformJsonStack, Set<TerraformJsonResource>>();

/**
 * Alarms whose ALARM state reaches someone: alarms with actions, and every
 * alarm named (directly or through further composites) by a composite that
 * is routed itself.
 */
export function routedAlarms(stack: TerraformJsonStack): Set<TerraformJsonResource> {
  const cached = routedCache.get(stack);
  if (cached) return cached;
  const routed = new Set(stack.ofType(...ALARMS).filter(hasOwnActions));
  const queue = [...routed];
  while (queue.length > 0) {
    const alarm = queue.pop()!;
    if (alarm.type !== COMPOSITE_ALARM) continue;
    // Each name once: a name mentioned twice resolves to the same alarm, routed the first time.
    for (const { resolution: res } of membersOf(alarm, stack)) {
      if (res.kind === 'alarm' && !routed.has(res.resource)) {
        routed.add(res.resource);
        queue.push(res.resource);
      }
    }
  }
  routedCache.set(stack, routed);
  return routed;
}

export const ALARM_ROUTED: ReliabilityRule = {
  id: 'REL-CW-5',
  severity: 'error',
  title: 'Every alarm is routed to someone',
  rationale: 'An alarm with no actions, and in no composite alarm that has them, fires and nobody hears it.',
  remediation: 'Give the alarm alarm_actions (e.g. the SNS topic of its severity), or name it in a composite alarm that has them.',
  resourceTypes: ALARMS,
  equivalents: { checkov: ['CKV_AWS_319'], cdkNag: ['CloudWatchAlarmAction'] },
  check: (r, stack) => {
    if (routedAlarms(stack).has(r)) return [];
    if (bool(r.body.actions_enabled) === false) return violation('actions_enabled is false and no routed composite alarm includes this alarm');
    return violation('the alarm has no alarm_actions and no composite alarm with actions includes it');
  },
};

export const ALARM_NAMES: ReliabilityRule = {
  id: 'REL-CW-6',
  severity: 'error',
  title: 'Alarm names and descriptions are within CloudWatch limits',
  rationale: 'Names of 1 to 255 characters and descriptions of at most 1024 are accepted; anything else fails the apply.',
  remediation: 'Shorten the name or description.',
  resourceTypes: ALARMS,
  equivalents: {},
  check: (r) => {
    const out: RuleViolation[] = [];
    const name = r.body.alarm_name;
    if (name === undefined) out.push({ message: 'alarm_name is not set' });
    else if (typeof name === 'string' && !isReference(name)) {
      const p = alarmNameProblem(name);
      if (p !== undefined) out.push({ message: p });
    }
    const description = str(r.body.alarm_description);
    if (description !== undefined && !isReference(description) && description.length > CLOUDWATCH_LIMITS.maxAlarmDescriptionLength) {
      out.push({ message: `alarm_description is ${description.length} characters; at most ${CLOUDWATCH_LIMITS.maxAlarmDescriptionLength} are allowed` });
    }
    return out;
  },
};

/** Rules for CloudWatch metric and composite alarms. */
export const CLOUDWATCH_RULES: readonly ReliabilityRule[] = [ALARM_PERIOD, ALARM_EVALUATION_RANGE, ALARM_METRIC_QUERIES, COMPOSITE_RULE, ALARM_ROUTED, ALARM_NAMES];
