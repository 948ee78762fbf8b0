/**
 * A small CloudWatch alarm evaluator for tests. It reads the SYNTHESIZED
 * Terraform JSON (not the construct's internals): each
 * `aws_cloudwatch_metric_alarm`'s `metric_query` blocks, threshold,
 * comparison and missing-data treatment, and each
 * `aws_cloudwatch_composite_alarm`'s `alarm_rule`, and evaluates them
 * minute by minute against synthetic per-minute metric values.
 *
 * Model: at minute t a metric query of period P reads the sum of the
 * datapoints of minutes [t - P, t) (a sliding window: CloudWatch evaluates
 * every minute and one datapoint of period P aggregates the last P); no
 * datapoint in the window is "missing". Metric math supports numbers, ids,
 * + - * /, comparisons, FILL(x, v) and IF(c, a, b); any operation on a
 * missing value is missing. A missing alarm value follows
 * `treat_missing_data` (notBreaching -> OK). Composite rules support
 * ALARM("x"), OK("x"), TRUE, FALSE, NOT, AND, OR and parentheses.
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

/** Alarm states over a simulated run: for each alarm, whether it was in ALARM after minute t (index t-1). */
export interface Timeline {
  readonly minutes: number;
  readonly states: ReadonlyMap<string, Uint8Array>;
  /** The first minute (counted from 1) an alarm was in ALARM at or after `from`, or undefined. */
  firstAlarm(name: string, from?: number): number | undefined;
  /** The first minute at or after `from` the alarm was OK, or undefined. */
  firstOk(name: string, from?: number): number | undefined;
  /** Whether the alarm was ever in ALARM. */
  everAlarm(name: string): boolean;
}

/** Evaluates synthesized alarms against synthetic metrics. */
export class AlarmEvaluator {
  public readonly windowAlarmNames: string[];
  public readonly compositeAlarmNames: string[];
  private readonly windowDefs: any[];
  private readonly rules = new Map<string, Rule>();

  constructor(json: SynthesizedStack) {
    this.windowDefs = Object.values(json.resource?.aws_cloudwatch_metric_alarm ?? {});
    this.windowAlarmNames = this.windowDefs.map((a) => a.alarm_name);
    for (const c of Object.values(json.resource?.aws_cloudwatch_composite_alarm ?? {}) as any[]) this.rules.set(c.alarm_name, parseRule(c.alarm_rule));
    this.compositeAlarmNames = [...this.rules.keys()];
  }

  /** Runs `minutes` minutes of synthetic metrics through every alarm. */
  public run(minutes: number, source: MetricSource): Timeline {
    const alarms: WindowAlarm[] = this.windowDefs.map((a) => {
      if (a.evaluation_periods !== 1 || (a.datapoints_to_alarm ?? 1) !== 1) throw new Error(`${a.alarm_name}: the evaluator handles 1 of 1 evaluation periods only`);
      const queries: any[] = a.metric_query;
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
      const expressions = queries.filter((q) => q.expression).map((q) => ({ id: q.id, expr: parseMath(q.expression) }));
      const returning = queries.filter((q) => q.return_data !== false);
      if (returning.length !== 1) throw new Error(`${a.alarm_name}: ${returning.length} queries return data`);
      return {
        name: a.alarm_name,
        threshold: a.threshold,
        comparison: a.comparison_operator,
        treatMissing: a.treat_missing_data ?? 'missing',
        metrics,
        expressions,
        returned: returning[0].id,
      };
    });
    const states = new Map<string, Uint8Array>();
    for (const a of alarms) states.set(a.name, new Uint8Array(minutes));
    for (const name of this.rules.keys()) states.set(name, new Uint8Array(minutes));

    for (let t = 1; t <= minutes; t++) {
      const now = new Map<string, boolean>();
      for (const a of alarms) {
        const env = (id: string): Value => {
          const metric = a.metrics.find((m) => m.id === id);
          if (metric) {
            const from = Math.max(0, t - metric.period / 60);
            if (metric.rankOf) {
              const samples = metric.rankOf.sum[t] - metric.rankOf.sum[from];
              return samples === 0 ? undefined : (100 * (metric.values.sum[t] - metric.values.sum[from])) / samples;
            }
            const n = metric.values.count[t] - metric.values.count[from];
            return n === 0 ? undefined : metric.values.sum[t] - metric.values.sum[from];
          }
          const expr = a.expressions.find((x) => x.id === id);
          if (!expr) throw new Error(`${a.name}: unknown id ${id}`);
          return evalMath(expr.expr, env);
        };
        const v = env(a.returned);
        let alarm: boolean;
        if (v === undefined) {
          if (a.treatMissing !== 'notBreaching') throw new Error(`${a.name}: the evaluator handles treat_missing_data notBreaching only`);
          alarm = false;
        } else alarm = compare(a.comparison, v, a.threshold);
        now.set(a.name, alarm);
        states.get(a.name)![t - 1] = alarm ? 1 : 0;
      }
      const visiting = new Set<string>();
      const composite = (name: string): boolean => {
        if (now.has(name)) return now.get(name)!;
        const rule = this.rules.get(name);
        if (!rule) throw new Error(`composite rule references unknown alarm ${name}`);
        if (visiting.has(name)) throw new Error(`cycle through ${name}`);
        visiting.add(name);
        const v = evalRule(rule, composite);
        visiting.delete(name);
        now.set(name, v);
        return v;
      };
      for (const name of this.rules.keys()) states.get(name)![t - 1] = composite(name) ? 1 : 0;
    }
    const find = (name: string, from: number, want: number): number | undefined => {
      const s = states.get(name);
      if (!s) throw new Error(`no alarm ${name}`);
      for (let t = Math.max(1, from); t <= minutes; t++) if (s[t - 1] === want) return t;
      return undefined;
    };
    return {
      minutes,
      states,
      firstAlarm: (name, from = 1) => find(name, from, 1),
      firstOk: (name, from = 1) => find(name, from, 0),
      everAlarm: (name) => find(name, 1, 1) !== undefined,
    };
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
 * A metric source for an ALB availability SLI: `RequestCount` from
 * `total`, `HTTPCode_Target_5XX_Count` from `bad`, no load balancer 5xx.
 * Like CloudWatch, a count of 0 is no datapoint at all.
 */
export function albSource(scenario: (minute: number) => { bad: number; total: number }): MetricSource {
  return (metric) => {
    const pick = (f: (m: number) => number): MinuteValues => (m) => {
      const v = f(m);
      return v === 0 ? undefined : v;
    };
    switch (metric.metric_name) {
      case 'RequestCount':
        return pick((m) => scenario(m).total);
      case 'HTTPCode_Target_5XX_Count':
        return pick((m) => scenario(m).bad);
      case 'HTTPCode_ELB_5XX_Count':
        return () => undefined;
    }
    throw new Error(`no synthetic series for ${metric.metric_name}`);
  };
}

/**
 * A metric source for an ALB latency SLI: `TargetResponseTime` with
 * `SampleCount` (requests) and `PR(:t)` (share at or below t) from `slow`
 * and `total` per minute. No requests in a minute is no datapoint.
 */
export function albLatencySource(scenario: (minute: number) => { slow: number; total: number }): MetricSource {
  return (metric) => {
    if (metric.metric_name !== 'TargetResponseTime') throw new Error(`no synthetic series for ${metric.metric_name}`);
    const count: MinuteValues = (m) => scenario(m).total || undefined;
    if (metric.stat === 'SampleCount') return count;
    if (/^PR\(:[0-9.]+\)$/.test(metric.stat)) {
      return { within: (m) => (scenario(m).total ? scenario(m).total - scenario(m).slow : undefined), count };
    }
    throw new Error(`no synthetic series for ${metric.stat}`);
  };
}
