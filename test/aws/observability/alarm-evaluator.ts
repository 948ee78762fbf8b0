/**
 * A small CloudWatch alarm evaluator for tests. It reads the SYNTHESIZED
 * Terraform JSON (not the construct's internals): each
 * `aws_cloudwatch_metric_alarm`'s `metric_query` blocks, threshold,
 * comparison, evaluation and datapoints-to-alarm periods and missing-data
 * treatment, and each `aws_cloudwatch_composite_alarm`'s `alarm_rule`,
 * actions and `actions_suppressor`, and evaluates them minute by minute
 * against synthetic per-minute metric values.
 *
 * Model: at minute t, with a metric delay of d minutes, a metric query of
 * period P reads the sum of the datapoints of minutes [t - d - P, t - d)
 * (a sliding window: CloudWatch evaluates every minute and one datapoint of
 * period P aggregates the last P); no datapoint in the window is
 * "missing". An alarm of N evaluation periods reads the N datapoints
 * ending at t - d, t - d - P, ... and is in ALARM when at least
 * `datapoints_to_alarm` of them breach; a missing datapoint breaches or
 * not as `treat_missing_data` says (breaching / notBreaching), and a period
 * that starts before the run never breaches (no history yet). Metric math
 * supports numbers, ids, + - * /, comparisons, FILL(x, v) and IF(c, a, b);
 * any operation on a missing value is missing. Composite rules support
 * ALARM("x"), OK("x"), TRUE, FALSE, NOT, AND, OR and parentheses.
 *
 * Notifications (what an SNS topic receives) follow the composite's state
 * changes and its `actions_suppressor`, as CloudWatch documents it: while
 * the suppressor is in ALARM, and for `extension_period` seconds after it
 * leaves ALARM, no action runs; a change to ALARM while the suppressor is
 * not in ALARM waits up to `wait_period` seconds for it to go into ALARM.
 * When a wait or suppression ends, the composite runs the actions of its
 * state then, if that differs from the last state it notified.
 */
import { SynthesizedStack } from '../../harness';

/** Per-minute values of one metric: the value for minute m, or undefined for no datapoint. */
export type MinuteValues = (minute: number) => number | undefined;

/** The metric a query reads, as synthesized. */
export interface MetricRef {
  readonly namespace: string;
  readonly metric_name: string;
  readonly dimensions?: Record<string, string>;
  readonly stat: string;
  readonly period: number;
}

/**
 * Per-minute inputs of a percentile-rank statistic `PR(:t)`: how many
 * samples were at or below t, out of how many. Over a window the statistic
 * is 100 x sum(within) / sum(count), as CloudWatch computes it over all
 * samples of the period.
 */
export interface PercentRankValues {
  readonly within: MinuteValues;
  readonly count: MinuteValues;
}

/**
 * Maps a metric of the synthesized alarms to its synthetic per-minute
 * values: additive statistics (Sum, SampleCount) as values, `PR(...)` as
 * {@link PercentRankValues}.
 */
export type MetricSource = (metric: MetricRef) => MinuteValues | PercentRankValues;

type Value = number | undefined;
type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'id'; name: string }
  | { kind: 'neg'; arg: Expr }
  | { kind: 'bin'; op: string; left: Expr; right: Expr }
  | { kind: 'call'; fn: string; args: Expr[] };

/** Parses a metric-math expression (the subset the library generates). */
export function parseMath(text: string): Expr {
  const tokens = text.match(/\s*(\d+(?:\.\d+)?(?:e[-+]?\d+)?|[A-Za-z_][A-Za-z0-9_]*|>=|<=|==|!=|[-+*/(),<>])/gy);
  if (!tokens || tokens.join('').replace(/\s/g, '') !== text.replace(/\s/g, '')) throw new Error(`cannot tokenize ${text}`);
  const toks = tokens.map((t) => t.trim());
  let i = 0;
  const peek = (): string | undefined => toks[i];
  const take = (want?: string): string => {
    const t = toks[i++];
    if (want !== undefined && t !== want) throw new Error(`expected ${want} at ${i} in ${text}, got ${t}`);
    return t;
  };
  const comparison = (): Expr => {
    let left = additive();
    while (['>=', '<=', '==', '!=', '<', '>'].includes(peek() ?? '')) left = { kind: 'bin', op: take(), left, right: additive() };
    return left;
  };
  const additive = (): Expr => {
    let left = multiplicative();
    while (peek() === '+' || peek() === '-') left = { kind: 'bin', op: take(), left, right: multiplicative() };
    return left;
  };
  const multiplicative = (): Expr => {
    let left = unary();
    while (peek() === '*' || peek() === '/') left = { kind: 'bin', op: take(), left, right: unary() };
    return left;
  };
  const unary = (): Expr => (peek() === '-' ? (take(), { kind: 'neg', arg: unary() }) : primary());
  const primary = (): Expr => {
    const t = take();
    if (t === '(') {
      const e = comparison();
      take(')');
      return e;
    }
    if (/^\d/.test(t)) return { kind: 'num', value: Number(t) };
    if (peek() === '(') {
      take('(');
      const args: Expr[] = [comparison()];
      while (peek() === ',') {
        take(',');
        args.push(comparison());
      }
      take(')');
      return { kind: 'call', fn: t.toUpperCase(), args };
    }
    return { kind: 'id', name: t };
  };
  const e = comparison();
  if (i !== toks.length) throw new Error(`trailing input in ${text}`);
  return e;
}

/** Evaluates a metric-math expression with the given query values (undefined = missing). */
export function evaluateMath(text: string, values: Record<string, number | undefined>, expressions: Record<string, string> = {}): number | undefined {
  const env = (id: string): Value => (id in expressions ? evalMath(parseMath(expressions[id]), env) : values[id]);
  return evalMath(parseMath(text), env);
}

function evalMath(e: Expr, env: (id: string) => Value): Value {
  switch (e.kind) {
    case 'num':
      return e.value;
    case 'id':
      return env(e.name);
    case 'neg': {
      const v = evalMath(e.arg, env);
      return v === undefined ? undefined : -v;
    }
    case 'call': {
      if (e.fn === 'FILL') {
        const v = evalMath(e.args[0], env);
        return v === undefined ? evalMath(e.args[1], env) : v;
      }
      if (e.fn === 'IF') {
        const c = evalMath(e.args[0], env);
        if (c === undefined) return undefined;
        return c !== 0 ? evalMath(e.args[1], env) : evalMath(e.args[2], env);
      }
      throw new Error(`unsupported function ${e.fn}`);
    }
    case 'bin': {
      const l = evalMath(e.left, env);
      const r = evalMath(e.right, env);
      if (l === undefined || r === undefined) return undefined;
      switch (e.op) {
        case '+':
          return l + r;
        case '-':
          return l - r;
        case '*':
          return l * r;
        case '/':
          return r === 0 ? undefined : l / r;
        case '>=':
          return l >= r ? 1 : 0;
        case '<=':
          return l <= r ? 1 : 0;
        case '>':
          return l > r ? 1 : 0;
        case '<':
          return l < r ? 1 : 0;
        case '==':
          return l === r ? 1 : 0;
        case '!=':
          return l !== r ? 1 : 0;
      }
    }
  }
  throw new Error(`cannot evaluate ${JSON.stringify(e)}`);
}

type Rule =
  | { kind: 'state'; state: 'ALARM' | 'OK'; name: string }
  | { kind: 'const'; value: boolean }
  | { kind: 'not'; arg: Rule }
  | { kind: 'and' | 'or'; left: Rule; right: Rule };

/** Parses a composite alarm rule: ALARM("x"), OK("x"), TRUE, FALSE, NOT, AND, OR, parentheses. */
export function parseRule(text: string): Rule {
  const re = /\s*(ALARM|OK|AND|OR|NOT|TRUE|FALSE|\(|\)|"(?:[^"\\]|\\.)*")/y;
  const toks: string[] = [];
  let m: RegExpExecArray | null;
  let end = 0;
  while ((m = re.exec(text)) !== null) {
    toks.push(m[1]);
    end = re.lastIndex;
  }
  if (text.slice(end).trim() !== '') throw new Error(`cannot tokenize rule at ${text.slice(end)}`);
  let i = 0;
  const take = (want?: string): string => {
    const t = toks[i++];
    if (want !== undefined && t !== want) throw new Error(`expected ${want}, got ${t} in ${text}`);
    return t;
  };
  const or = (): Rule => {
    let left = and();
    while (toks[i] === 'OR') {
      take();
      left = { kind: 'or', left, right: and() };
    }
    return left;
  };
  const and = (): Rule => {
    let left = not();
    while (toks[i] === 'AND') {
      take();
      left = { kind: 'and', left, right: not() };
    }
    return left;
  };
  const not = (): Rule => {
    if (toks[i] === 'NOT') {
      take();
      return { kind: 'not', arg: not() };
    }
    const t = take();
    if (t === '(') {
      const r = or();
      take(')');
      return r;
    }
    if (t === 'TRUE' || t === 'FALSE') return { kind: 'const', value: t === 'TRUE' };
    if (t === 'ALARM' || t === 'OK') {
      take('(');
      const name = JSON.parse(take());
      take(')');
      return { kind: 'state', state: t, name };
    }
    throw new Error(`unexpected ${t} in ${text}`);
  };
  const r = or();
  if (i !== toks.length) throw new Error(`trailing tokens in ${text}`);
  return r;
}

interface WindowAlarm {
  readonly name: string;
  readonly threshold: number;
  readonly comparison: string;
  readonly treatMissing: string;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
  /** Period of the alarm's metrics, in minutes. */
  readonly periodMinutes: number;
  readonly metrics: Array<{ id: string; period: number; values: Prefix; rankOf?: Prefix }>;
  readonly expressions: Array<{ id: string; expr: Expr }>;
  readonly returned: string;
}

/** Prefix sums of a metric's per-minute values, for O(1) window sums. */
interface Prefix {
  readonly sum: Float64Array;
  readonly count: Uint32Array;
}

function prefix(values: MinuteValues, minutes: number): Prefix {
  const sum = new Float64Array(minutes + 1);
  const count = new Uint32Array(minutes + 1);
  for (let m = 0; m < minutes; m++) {
    const v = values(m);
    sum[m + 1] = sum[m] + (v ?? 0);
    count[m + 1] = count[m] + (v === undefined ? 0 : 1);
  }
  return { sum, count };
}

/** One notification an alarm's actions sent. */
export interface Notification {
  /** Minute (counted from 1) it was sent. */
  readonly minute: number;
  readonly alarm: string;
  readonly state: 'ALARM' | 'OK';
  /** The ARNs notified. */
  readonly actions: readonly string[];
}

/** Alarm states over a simulated run: for each alarm, whether it was in ALARM after minute t (index t-1). */
export interface Timeline {
  readonly minutes: number;
  readonly states: ReadonlyMap<string, Uint8Array>;
  /** Every notification sent by an alarm with actions, in time order. */
  readonly notifications: readonly Notification[];
  /** The first minute (counted from 1) an alarm was in ALARM at or after `from`, or undefined. */
  firstAlarm(name: string, from?: number): number | undefined;
  /** The first minute at or after `from` the alarm was OK, or undefined. */
  firstOk(name: string, from?: number): number | undefined;
  /** Whether the alarm was ever in ALARM. */
  everAlarm(name: string): boolean;
}

/** Options of {@link AlarmEvaluator.run}. */
export interface RunOptions {
  /** Minutes between a datapoint's minute and when alarms can read it (CloudWatch's metric delay). @default 0 */
  readonly delayMinutes?: number;
}

interface CompositeDef {
  readonly name: string;
  readonly rule: Rule;
  readonly alarmActions: readonly string[];
  readonly okActions: readonly string[];
  readonly actionsEnabled: boolean;
  readonly suppressor?: { alarm: string; waitMinutes: number; extensionMinutes: number };
}

/** Evaluates synthesized alarms against synthetic metrics. */
export class AlarmEvaluator {
  public readonly windowAlarmNames: string[];
  public readonly compositeAlarmNames: string[];
  private readonly windowDefs: any[];
  private readonly composites = new Map<string, CompositeDef>();

  constructor(json: SynthesizedStack) {
    this.windowDefs = Object.values(json.resource?.aws_cloudwatch_metric_alarm ?? {});
    this.windowAlarmNames = this.windowDefs.map((a) => a.alarm_name);
    for (const c of Object.values(json.resource?.aws_cloudwatch_composite_alarm ?? {}) as any[]) {
      const sup = c.actions_suppressor;
      this.composites.set(c.alarm_name, {
        name: c.alarm_name,
        rule: parseRule(c.alarm_rule),
        alarmActions: c.alarm_actions ?? [],
        okActions: c.ok_actions ?? [],
        actionsEnabled: c.actions_enabled ?? true,
        suppressor: sup ? { alarm: sup.alarm, waitMinutes: Math.ceil(sup.wait_period / 60), extensionMinutes: Math.ceil(sup.extension_period / 60) } : undefined,
      });
    }
    this.compositeAlarmNames = [...this.composites.keys()];
  }

  /** Runs `minutes` minutes of synthetic metrics through every alarm. */
  public run(minutes: number, source: MetricSource, options: RunOptions = {}): Timeline {
    const delay = options.delayMinutes ?? 0;
    if (!Number.isInteger(delay) || delay < 0) throw new Error(`delayMinutes ${delay}: must be a whole number of minutes`);
    const alarms: WindowAlarm[] = this.windowDefs.map((a) => {
      const queries: any[] = a.metric_query;
      if (!queries) throw new Error(`${a.alarm_name}: the evaluator handles metric_query alarms only`);
      const metrics = queries
        .filter((q) => q.metric)
        .map((q) => {
          if (q.metric.period % 60 !== 0) throw new Error(`${a.alarm_name}: period ${q.metric.period} is not whole minutes`);
          const values = source(q.metric);
          if (/^PR\(/.test(q.metric.stat)) {
            if (typeof values === 'function') throw new Error(`${a.alarm_name}: ${q.metric.stat} needs PercentRankValues`);
            return { id: q.id, period: q.metric.period, values: prefix(values.within, minutes), rankOf: prefix(values.count, minutes) };
          }
          if (q.metric.stat !== 'Sum' && q.metric.stat !== 'SampleCount') throw new Error(`${a.alarm_name}: the evaluator handles Sum, SampleCount and PR only, not ${q.metric.stat}`);
          if (typeof values !== 'function') throw new Error(`${a.alarm_name}: ${q.metric.stat} needs per-minute values`);
          return { id: q.id, period: q.metric.period, values: prefix(values, minutes) };
        });
      const periods = new Set(metrics.map((m) => m.period));
      if (periods.size !== 1) throw new Error(`${a.alarm_name}: metrics of one alarm must share a period`);
      const expressions = queries.filter((q) => q.expression).map((q) => ({ id: q.id, expr: parseMath(q.expression) }));
      const returning = queries.filter((q) => q.return_data !== false);
      if (returning.length !== 1) throw new Error(`${a.alarm_name}: ${returning.length} queries return data`);
      const treatMissing = a.treat_missing_data ?? 'missing';
      if (treatMissing !== 'notBreaching' && treatMissing !== 'breaching') throw new Error(`${a.alarm_name}: the evaluator handles treat_missing_data notBreaching and breaching only`);
      return {
        name: a.alarm_name,
        threshold: a.threshold,
        comparison: a.comparison_operator,
        treatMissing,
        evaluationPeriods: a.evaluation_periods,
        datapointsToAlarm: a.datapoints_to_alarm ?? a.evaluation_periods,
        periodMinutes: [...periods][0] / 60,
        metrics,
        expressions,
        returned: returning[0].id,
      };
    });
    const states = new Map<string, Uint8Array>();
    for (const a of alarms) states.set(a.name, new Uint8Array(minutes));
    for (const name of this.composites.keys()) states.set(name, new Uint8Array(minutes));

    // Whether the datapoint of the period ending at minute `end` breaches depends on `end` only, and the alarms of a
    // long window read the same datapoints minute after minute (a 6 h window of 1-minute periods: 360 of them each
    // minute): each alarm's datapoint is computed once per `end` (2 = not yet, 1 breaching, 0 not), by one reader
    // per alarm built before the run (the ids looked up once, not per datapoint).
    const breachingAt = new Map(alarms.map((a) => [a, new Uint8Array(minutes + 1).fill(2)]));
    const readers = new Map(
      alarms.map((a) => {
        const metricsById = new Map(a.metrics.map((m) => [m.id, m]));
        const expressionsById = new Map(a.expressions.map((x) => [x.id, x]));
        let end = 0;
        const env = (id: string): Value => {
          const metric = metricsById.get(id);
          if (metric) {
            const to = Math.max(0, end);
            const from = Math.max(0, end - metric.period / 60);
            if (metric.rankOf) {
              const samples = metric.rankOf.sum[to] - metric.rankOf.sum[from];
              return samples === 0 ? undefined : (100 * (metric.values.sum[to] - metric.values.sum[from])) / samples;
            }
            const n = metric.values.count[to] - metric.values.count[from];
            return n === 0 ? undefined : metric.values.sum[to] - metric.values.sum[from];
          }
          const expr = expressionsById.get(id);
          if (!expr) throw new Error(`${a.name}: unknown id ${id}`);
          return evalMath(expr.expr, env);
        };
        // The value of the datapoint of the period ending at minute `at` (exclusive).
        const valueAt = (at: number): Value => {
          end = at;
          return env(a.returned);
        };
        return [a, valueAt] as const;
      }),
    );
    for (let t = 1; t <= minutes; t++) {
      const now = new Map<string, boolean>();
      for (const a of alarms) {
        const memo = breachingAt.get(a)!;
        const valueAt = readers.get(a)!;
        let breaching = 0;
        for (let k = 0; k < a.evaluationPeriods; k++) {
          const end = t - delay - k * a.periodMinutes;
          // A period that starts before the run has no history yet (the alarm would be INSUFFICIENT_DATA, never ALARM).
          if (end - a.periodMinutes < 0) continue;
          if (memo[end] === 2) {
            const v = valueAt(end);
            memo[end] = (v === undefined ? a.treatMissing === 'breaching' : compare(a.comparison, v, a.threshold)) ? 1 : 0;
          }
          breaching += memo[end];
        }
        const alarm = breaching >= a.datapointsToAlarm;
        now.set(a.name, alarm);
        states.get(a.name)![t - 1] = alarm ? 1 : 0;
      }
      const visiting = new Set<string>();
      const composite = (name: string): boolean => {
        if (now.has(name)) return now.get(name)!;
        const def = this.composites.get(name);
        if (!def) throw new Error(`composite rule references unknown alarm ${name}`);
        if (visiting.has(name)) throw new Error(`cycle through ${name}`);
        visiting.add(name);
        const v = evalRule(def.rule, composite);
        visiting.delete(name);
        now.set(name, v);
        return v;
      };
      for (const name of this.composites.keys()) states.get(name)![t - 1] = composite(name) ? 1 : 0;
    }
    const notifications = this.notifications(minutes, states);
    const find = (name: string, from: number, want: number): number | undefined => {
      const s = states.get(name);
      if (!s) throw new Error(`no alarm ${name}`);
      for (let t = Math.max(1, from); t <= minutes; t++) if (s[t - 1] === want) return t;
      return undefined;
    };
    return {
      minutes,
      states,
      notifications,
      firstAlarm: (name, from = 1) => find(name, from, 1),
      firstOk: (name, from = 1) => find(name, from, 0),
      everAlarm: (name) => find(name, 1, 1) !== undefined,
    };
  }

  /** The notifications of every alarm with actions (see the header for the suppression model). */
  private notifications(minutes: number, states: ReadonlyMap<string, Uint8Array>): Notification[] {
    const out: Notification[] = [];
    const metricAlarms = this.windowDefs.map((a) => ({
      name: a.alarm_name as string,
      alarmActions: (a.alarm_actions ?? []) as string[],
      okActions: (a.ok_actions ?? []) as string[],
      actionsEnabled: (a.actions_enabled ?? true) as boolean,
      suppressor: undefined,
    }));
    for (const def of [...this.composites.values(), ...metricAlarms]) {
      if (!def.actionsEnabled || (def.alarmActions.length === 0 && def.okActions.length === 0)) continue;
      const own = states.get(def.name)!;
      const sup = def.suppressor ? states.get(def.suppressor.alarm) : undefined;
      if (def.suppressor && !sup) throw new Error(`${def.name}: actions suppressor ${def.suppressor.alarm} is not a synthesized alarm`);
      let notified: 'ALARM' | 'OK' = 'OK';
      let waitUntil = 0;
      let extensionUntil = 0;
      for (let t = 1; t <= minutes; t++) {
        const state = own[t - 1] ? 'ALARM' : 'OK';
        const before = t > 1 && own[t - 2] ? 'ALARM' : 'OK';
        let held = false;
        if (sup && def.suppressor) {
          const supNow = sup[t - 1] === 1;
          if (t > 1 && sup[t - 2] === 1 && !supNow) extensionUntil = t + def.suppressor.extensionMinutes;
          if (state === 'ALARM' && before === 'OK' && !supNow) waitUntil = t + def.suppressor.waitMinutes;
          held = supNow || t < extensionUntil || (t < waitUntil && !supNow);
        }
        if (!held && state !== notified) {
          out.push({ minute: t, alarm: def.name, state, actions: state === 'ALARM' ? def.alarmActions : def.okActions });
          notified = state;
        }
      }
    }
    return out.sort((a, b) => a.minute - b.minute);
  }
}

function compare(op: string, v: number, threshold: number): boolean {
  switch (op) {
    case 'GreaterThanThreshold':
      return v > threshold;
    case 'GreaterThanOrEqualToThreshold':
      return v >= threshold;
    case 'LessThanThreshold':
      return v < threshold;
    case 'LessThanOrEqualToThreshold':
      return v <= threshold;
  }
  throw new Error(`unsupported comparison ${op}`);
}

function evalRule(rule: Rule, stateOf: (name: string) => boolean): boolean {
  switch (rule.kind) {
    case 'const':
      return rule.value;
    case 'state':
      return rule.state === 'ALARM' ? stateOf(rule.name) : !stateOf(rule.name);
    case 'not':
      return !evalRule(rule.arg, stateOf);
    case 'and':
      return evalRule(rule.left, stateOf) && evalRule(rule.right, stateOf);
    case 'or':
      return evalRule(rule.left, stateOf) || evalRule(rule.right, stateOf);
  }
}

/**
 * One minute of traffic through an ALB, as its metrics count it (AWS, "CloudWatch
 * metrics for your Application Load Balancer"): `RequestCount` counts only
 * the requests for which the load balancer chose a target.
 */
export interface AlbMinute {
  /** Requests that reached a target (what `RequestCount` counts), including `bad` and `gateway`. */
  readonly total: number;
  /** Of those, the 5xx the targets answered (`HTTPCode_Target_5XX_Count`). */
  readonly bad: number;
  /** Of those, the 502 the load balancer answered after the target failed (`HTTPCode_ELB_502_Count`). @default 0 */
  readonly gateway?: number;
  /** Requests the load balancer answered 503 before choosing a target (no registered target): in `HTTPCode_ELB_5XX_Count` and `HTTPCode_ELB_503_Count` only. @default 0 */
  readonly rejected?: number;
  /** Whether `RequestCount` publishes an explicit 0 when no request reached a target (instead of no datapoint). @default false */
  readonly zeroRequestCount?: boolean;
}

/**
 * A metric source for an ALB availability SLI, modelling what each ALB
 * metric counts (see {@link AlbMinute}). Like CloudWatch, a count of 0 is
 * no datapoint at all (the ALB metrics are reported "when there is a
 * nonzero value"); `RequestCount` with no request reaching a target is no
 * datapoint either.
 */
export function albSource(scenario: (minute: number) => AlbMinute): MetricSource {
  return (metric) => {
    const pick = (f: (m: AlbMinute) => number): MinuteValues => (m) => {
      const v = f(scenario(m));
      return v === 0 ? undefined : v;
    };
    switch (metric.metric_name) {
      case 'RequestCount':
        return (m) => {
          const x = scenario(m);
          return x.total === 0 ? (x.zeroRequestCount ? 0 : undefined) : x.total;
        };
      case 'HTTPCode_Target_5XX_Count':
        return pick((x) => x.bad);
      case 'HTTPCode_ELB_5XX_Count':
        return pick((x) => (x.gateway ?? 0) + (x.rejected ?? 0));
      case 'HTTPCode_ELB_502_Count':
        return pick((x) => x.gateway ?? 0);
      case 'HTTPCode_ELB_503_Count':
        return pick((x) => x.rejected ?? 0);
      case 'HTTPCode_ELB_504_Count':
        return () => undefined;
    }
    throw new Error(`no synthetic series for ${metric.metric_name}`);
  };
}

/** A source where every metric stops reporting from minute `from` (the SLI broke: renamed load balancer, wrong dimension). */
export function silentFrom(from: number, source: MetricSource): MetricSource {
  return (metric) => {
    const inner = source(metric);
    if (typeof inner === 'function') return (m) => (m >= from ? undefined : inner(m));
    return { within: (m) => (m >= from ? undefined : inner.within(m)), count: (m) => (m >= from ? undefined : inner.count(m)) };
  };
}

/** Notifications counted per alarm and state, e.g. `{ 'x-page': { ALARM: 1, OK: 1 } }`. */
export function countNotifications(notifications: readonly Notification[], from = 1, to = Infinity): Record<string, { ALARM: number; OK: number }> {
  const out: Record<string, { ALARM: number; OK: number }> = {};
  for (const n of notifications) {
    if (n.minute < from || n.minute > to) continue;
    out[n.alarm] ??= { ALARM: 0, OK: 0 };
    out[n.alarm][n.state] += 1;
  }
  return out;
}

/**
 * A metric source for an ALB latency SLI: `TargetResponseTime` with
 * `SampleCount` (requests) and `PR(:t)` (share at or below t) from `slow`
 * and `total` per minute, and the load balancer's 5xx from `rejected`
 * (requests answered 503 before reaching a target: no response time). No
 * requests in a minute is no datapoint.
 */
export function albLatencySource(scenario: (minute: number) => { slow: number; total: number; rejected?: number }): MetricSource {
  return (metric) => {
    if (/^HTTPCode_ELB_5XX_Count$/.test(metric.metric_name)) return (m) => scenario(m).rejected || undefined;
    if (/^HTTPCode_ELB_50[24]_Count$/.test(metric.metric_name)) return () => undefined;
    if (metric.metric_name !== 'TargetResponseTime') throw new Error(`no synthetic series for ${metric.metric_name}`);
    const count: MinuteValues = (m) => scenario(m).total || undefined;
    if (metric.stat === 'SampleCount') return count;
    if (/^PR\(:[0-9.]+\)$/.test(metric.stat)) {
      return { within: (m) => (scenario(m).total ? scenario(m).total - scenario(m).slow : undefined), count };
    }
    throw new Error(`no synthetic series for ${metric.stat}`);
  };
}
