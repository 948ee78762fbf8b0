import { SloSpecError } from '../core/errors';
import { BurnRateAlertSpec, clean, PERIOD_SECONDS, SloPeriod } from './alert-policy';
import { formatDuration, parseDuration } from './duration';
import { SloDefinition } from './objective';
import { buildSlo } from './private/build-slo';
import { kindOf, YamlPath, YamlReader } from './private/yaml-reader';
import { CloudWatchMetricSource, LoadedSlo, SliSource } from './slo-source';

/**
 * OpenSLO `openslo/v1` (https://github.com/OpenSLO/OpenSLO, README "v1")
 * read into the library's SLO definitions. What maps:
 *
 * - `SLO` with an inline `indicator` or an `indicatorRef` to an `SLI` of the
 *   same text; one SLO per objective (`<name>` for one, `<name>-<i>` for several).
 * - `ratioMetric` (`good` or `bad`, and `total`; or `raw` with `rawType`
 *   on Prometheus) and `thresholdMetric` (Prometheus, `Timeslices` only).
 * - Metric sources `Prometheus` (a query with sloth's `{{.window}}`
 *   placeholder, or a bare series selector with `counter: true`),
 *   `CloudWatch` (`namespace`, `metricName`, `stat`, `dimensions`) and
 *   `Datadog` (`query`).
 * - One rolling `timeWindow` of 7, 28 or 30 days (the periods the model has).
 * - `Occurrences` budgeting (events) and `Timeslices` (each slice is one
 *   event, Prometheus only: a subquery over the slices).
 * - `AlertPolicy` conditions of kind `burnrate` (op `gt`/`gte`,
 *   `threshold` = burn rate, `lookbackWindow` = long window; the short
 *   window is the long one / 12), by name or inline, and `alertWhenNoData`
 *   (false turns the SLI health alert off).
 *
 * What cannot be honoured is refused with the file, line and field:
 * calendar windows, other periods, `RatioTimeslices`, composite objectives,
 * `alertAfter` (a pending time the multi-window alert replaces with its short
 * window), `metricSourceRef`. Notification targets are ignored with a
 * warning: alerts route by severity. Pure: no framework import.
 */

/** Options of {@link loadOpenSlo}. */
export interface LoadOpenSloOptions {
  /**
   * The file name errors and origins carry.
   * @default '<input>'
   */
  readonly file?: string;
}

const API_VERSION = 'openslo/v1';
const KINDS = ['SLO', 'SLI', 'AlertPolicy', 'AlertCondition', 'Service', 'AlertNotificationTarget', 'DataSource'];
const METADATA_KEYS = ['name', 'displayName', 'labels', 'annotations'];
/** OpenSLO names: DNS labels (RFC 1123), as the spec says. */
const NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** A Prometheus series selector alone: `http_requests_total{job="api"}`. */
const BARE_SELECTOR = /^\s*([a-zA-Z_:][a-zA-Z0-9_:]*)?(\{[^{}]*\})?\s*$/;
const WINDOW = '{{.window}}';

interface Doc {
  readonly reader: YamlReader;
  readonly kind: string;
  readonly name: string;
}

/** The SLOs of an OpenSLO `openslo/v1` text (one or several YAML documents). */
export function loadOpenSlo(text: string, options: LoadOpenSloOptions = {}): LoadedSlo[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new SloSpecError('<input>', 1, 1, 'options', options, 'must be an object { file? }');
  }
  const file = options.file ?? '<input>';
  if (typeof file !== 'string' || file === '') throw new SloSpecError('<input>', 1, 1, 'options.file', file, 'must be a non-empty file name');
  const docs = YamlReader.all(text, file).map(readHeader);
  const named = (kind: string): Map<string, Doc> => {
    const out = new Map<string, Doc>();
    for (const d of docs.filter((x) => x.kind === kind)) {
      if (out.has(d.name)) d.reader.fail(['metadata', 'name'], d.name, `names a second ${kind}: names are unique per kind`);
      out.set(d.name, d);
    }
    return out;
  };
  const context = { slis: named('SLI'), policies: named('AlertPolicy'), conditions: named('AlertCondition') };
  named('SLO');
  const slos = docs.filter((d) => d.kind === 'SLO').flatMap((d) => readSlo(d, context));
  if (slos.length === 0) throw new SloSpecError(file, 1, 1, '(document)', `${docs.length} documents`, `must hold at least one ${API_VERSION} SLO`);
  return slos;
}

function readHeader(reader: YamlReader): Doc {
  reader.map([], ['apiVersion', 'kind', 'metadata', 'spec'], `an OpenSLO document { apiVersion: ${API_VERSION}, kind, metadata, spec }`);
  const version = reader.get(['apiVersion']);
  if (version !== API_VERSION) {
    reader.fail(['apiVersion'], version, `must be "${API_VERSION}"${typeof version === 'string' && version.startsWith('openslo/') ? ' (older OpenSLO versions are not read: convert with oslo convert)' : ''}`);
  }
  const kind = reader.text(['kind'], `one of ${KINDS.join(', ')}`);
  if (!KINDS.includes(kind)) reader.fail(['kind'], kind, `must be one of ${KINDS.join(', ')}`);
  reader.map(['metadata'], METADATA_KEYS, 'a mapping { name, displayName?, labels?, annotations? }');
  const name = reader.text(['metadata', 'name'], 'an OpenSLO name (lower-case letters, digits and "-", at most 63, RFC 1123)', NAME);
  return { reader, kind, name };
}

interface Context {
  readonly slis: Map<string, Doc>;
  readonly policies: Map<string, Doc>;
  readonly conditions: Map<string, Doc>;
}

/** A part of another document (an SLI, a policy) with its own reader and path. */
interface At {
  readonly reader: YamlReader;
  readonly path: YamlPath;
}

function readSlo(doc: Doc, ctx: Context): LoadedSlo[] {
  const r = doc.reader;
  const spec = r.map(['spec'], ['description', 'service', 'indicator', 'indicatorRef', 'timeWindow', 'budgetingMethod', 'objectives', 'alertPolicies'], 'an SLO spec');
  const service = r.text(['spec', 'service'], 'the name of the service the SLO belongs to');
  const description = r.optionalText(['spec', 'description'], 'text');
  const period = readPeriod(r);
  const budgeting = r.text(['spec', 'budgetingMethod'], 'Occurrences or Timeslices');
  if (budgeting === 'RatioTimeslices') r.fail(['spec', 'budgetingMethod'], budgeting, 'is not supported: the burn-rate alerts count events or time slices, not an average of per-slice ratios; use Occurrences or Timeslices');
  if (budgeting !== 'Occurrences' && budgeting !== 'Timeslices') r.fail(['spec', 'budgetingMethod'], budgeting, 'must be Occurrences or Timeslices');
  if ((spec.indicator === undefined) === (spec.indicatorRef === undefined)) r.fail(['spec'], Object.keys(spec), 'must give exactly one of indicator (inline SLI) or indicatorRef (the name of an SLI)');
  const sli = spec.indicator !== undefined ? inlineSli(r) : referencedSli(r, ctx);
  const { alerts, alertPaths, sliHealth, warnings } = readPolicies(r, ctx);
  const objectives = r.list(['spec', 'objectives'], 'a list of objectives', 1);
  return objectives.map((_, i) => {
    const o: YamlPath = ['spec', 'objectives', i];
    const keys = r.map(o, ['displayName', 'op', 'value', 'target', 'targetPercent', 'timeSliceTarget', 'timeSliceWindow', 'indicator', 'indicatorRef', 'compositeWeight'], 'an objective');
    if (keys.indicator !== undefined || keys.indicatorRef !== undefined || keys.compositeWeight !== undefined) {
      r.fail(o, Object.keys(keys), 'is a composite objective (its own indicator or a weight), which is not supported: declare one SLO per indicator');
    }
    const objective = readTarget(r, o);
    const name = objectives.length === 1 ? doc.name : `${doc.name}-${i}`;
    const source = sliSource(sli, r, o, budgeting as 'Occurrences' | 'Timeslices');
    const definition: SloDefinition = { name, objective, period, ...(description !== undefined ? { description } : {}), ...(alerts ? { alerts } : {}) };
    const slo = buildSlo(r, definition, {
      at: o,
      fields: { name: ['metadata', 'name'], objective: [...o, r.has([...o, 'target']) ? 'target' : 'targetPercent'], period: ['spec', 'timeWindow', 0, 'duration'], description: ['spec', 'description'] },
      alerts: alertPaths,
    });
    const { line, column } = r.position(['metadata', 'name']);
    return {
      service,
      definition,
      objective: slo,
      sli: source,
      budgeting: budgeting === 'Timeslices' ? 'timeslices' : 'occurrences',
      ...(sliHealth ? { sliHealth } : {}),
      labels: {},
      warnings,
      origin: { file: r.file, line, column, format: 'openslo' },
    } satisfies LoadedSlo;
  });
}

function readPeriod(r: YamlReader): SloPeriod {
  const windows = r.list(['spec', 'timeWindow'], 'a list of one time window { duration, isRolling: true }', 1);
  if (windows.length > 1) r.fail(['spec', 'timeWindow', 1], windows[1], 'must be absent: an SLO has one time window');
  const w: YamlPath = ['spec', 'timeWindow', 0];
  r.map(w, ['duration', 'isRolling', 'calendar'], 'a time window { duration, isRolling: true }');
  if (r.has([...w, 'calendar']) || r.optionalBoolean([...w, 'isRolling']) !== true) {
    r.fail(r.has([...w, 'calendar']) ? [...w, 'calendar'] : [...w, 'isRolling'], r.get([...w, r.has([...w, 'calendar']) ? 'calendar' : 'isRolling']), 'must be a rolling window (isRolling: true): the SLO model has rolling periods only, not calendar ones');
  }
  const text = r.text([...w, 'duration'], 'a duration such as 30d, 28d or 7d');
  let seconds: number;
  try {
    seconds = parseDuration(text, 'duration');
  } catch {
    return r.fail([...w, 'duration'], text, 'must be a duration such as 30d, 28d, 4w or 7d');
  }
  const period = (Object.keys(PERIOD_SECONDS) as SloPeriod[]).find((p) => PERIOD_SECONDS[p] === seconds);
  if (!period) r.fail([...w, 'duration'], text, `must be one of the periods the alert catalogues have: ${Object.keys(PERIOD_SECONDS).join(', ')} (got ${formatDuration(seconds)})`);
  return period;
}

function readTarget(r: YamlReader, o: YamlPath): number {
  const hasTarget = r.has([...o, 'target']);
  if (hasTarget === r.has([...o, 'targetPercent'])) r.fail(o, r.get(o), 'must give exactly one of target (a ratio such as 0.999) or targetPercent (such as 99.9)');
  if (hasTarget) {
    const t = r.number([...o, 'target'], 'a ratio greater than 0 and less than 1, e.g. 0.999');
    if (!(t > 0 && t < 1)) r.fail([...o, 'target'], t, `must be a ratio greater than 0 and less than 1, e.g. 0.999${t > 1 && t < 100 ? ` (for ${t}% write targetPercent: ${t})` : ''}`);
    return clean(t * 100);
  }
  const p = r.number([...o, 'targetPercent'], 'a percentage greater than 0 and less than 100, e.g. 99.9');
  if (!(p > 0 && p < 100)) r.fail([...o, 'targetPercent'], p, 'must be a percentage greater than 0 and less than 100, e.g. 99.9');
  return p;
}

function inlineSli(r: YamlReader): At {
  r.map(['spec', 'indicator'], ['metadata', 'spec'], 'an inline SLI { metadata, spec }');
  return { reader: r, path: ['spec', 'indicator', 'spec'] };
}

function referencedSli(r: YamlReader, ctx: Context): At {
  const name = r.text(['spec', 'indicatorRef'], 'the name of an SLI in the same text');
  const sli = ctx.slis.get(name);
  if (!sli) r.fail(['spec', 'indicatorRef'], name, `names no SLI in the text${ctx.slis.size ? ` (SLIs: ${[...ctx.slis.keys()].join(', ')})` : ''}`);
  return { reader: sli.reader, path: ['spec'] };
}

type Metric = { backend: 'prometheus'; query: string; at: At } | { backend: 'cloudwatch'; metric: CloudWatchMetricSource; at: At } | { backend: 'datadog'; query: string; at: At };

/** One `metricSource` of an SLI. */
function readMetric(r: YamlReader, path: YamlPath): Metric {
  r.map(path, ['metricSource'], 'a metric { metricSource }');
  const m: YamlPath = [...path, 'metricSource'];
  const source = r.map(m, ['metricSourceRef', 'type', 'spec'], 'a metric source { type, spec }');
  if (source.metricSourceRef !== undefined) r.fail([...m, 'metricSourceRef'], source.metricSourceRef, 'is not supported: give the source inline (type and spec)');
  const type = r.text([...m, 'type'], 'Prometheus, CloudWatch or Datadog').toLowerCase();
  const at: At = { reader: r, path: m };
  if (type === 'prometheus') {
    r.map([...m, 'spec'], ['query'], 'a Prometheus source { query }');
    return { backend: 'prometheus', query: r.text([...m, 'spec', 'query'], 'a PromQL query'), at };
  }
  if (type === 'datadog') {
    r.map([...m, 'spec'], ['query'], 'a Datadog source { query }');
    return { backend: 'datadog', query: r.text([...m, 'spec', 'query'], 'a Datadog metric query'), at };
  }
  if (type === 'cloudwatch') {
    const s: YamlPath = [...m, 'spec'];
    const spec = r.map(s, ['region', 'namespace', 'metricName', 'stat', 'dimensions', 'sql', 'json', 'accountId'], 'a CloudWatch source { namespace, metricName, stat, dimensions }');
    for (const k of ['sql', 'json']) if (spec[k] !== undefined) r.fail([...s, k], spec[k], 'is not supported: give namespace, metricName, stat and dimensions (one metric per event count)');
    const dimensions: Record<string, string> = {};
    if (r.has([...s, 'dimensions'])) {
      r.list([...s, 'dimensions'], 'a list of { name, value }').forEach((_, i) => {
        r.map([...s, 'dimensions', i], ['name', 'value'], 'a dimension { name, value }');
        const name = r.text([...s, 'dimensions', i, 'name'], 'a dimension name');
        if (dimensions[name] !== undefined) r.fail([...s, 'dimensions', i, 'name'], name, 'names a dimension twice');
        dimensions[name] = r.text([...s, 'dimensions', i, 'value'], 'a dimension value');
      });
    }
    const metric: CloudWatchMetricSource = {
      namespace: r.text([...s, 'namespace'], 'a CloudWatch namespace such as AWS/ApplicationELB'),
      metricName: r.text([...s, 'metricName'], 'a metric name such as RequestCount'),
      ...(Object.keys(dimensions).length ? { dimensions } : {}),
      statistic: r.optionalText([...s, 'stat'], 'a statistic such as Sum') ?? 'Sum',
    };
    return { backend: 'cloudwatch', metric, at };
  }
  return r.fail([...m, 'type'], type, 'must be Prometheus, CloudWatch or Datadog: the metric sources the backends read');
}

/** The SLI of an objective as the backend its metric sources name. */
function sliSource(sli: At, sloReader: YamlReader, objective: YamlPath, budgeting: 'Occurrences' | 'Timeslices'): SliSource {
  const r = sli.reader;
  const p = sli.path;
  const spec = r.map(p, ['description', 'thresholdMetric', 'ratioMetric'], 'an SLI spec { thresholdMetric } or { ratioMetric }');
  if ((spec.thresholdMetric === undefined) === (spec.ratioMetric === undefined)) r.fail(p, Object.keys(spec), 'must give exactly one of thresholdMetric or ratioMetric');
  const slice = budgeting === 'Timeslices' ? readSlice(sloReader, objective) : undefined;
  if (spec.thresholdMetric !== undefined) {
    const metric = readMetric(r, [...p, 'thresholdMetric']);
    if (!slice) return sloReader.fail(['spec', 'budgetingMethod'], budgeting, 'must be Timeslices with a thresholdMetric: a threshold metric has no events to count, only time slices above or below the threshold');
    if (metric.backend !== 'prometheus') return r.fail([...p, 'thresholdMetric', 'metricSource', 'type'], metric.backend, 'must be Prometheus for a thresholdMetric: only Prometheus can count time slices (a subquery) for the burn-rate alerts');
    const op = sloReader.text([...objective, 'op'], 'lt, lte, gt or gte');
    const negated: Record<string, string> = { lt: '>=', lte: '>', gt: '<=', gte: '<' };
    if (!(op in negated)) sloReader.fail([...objective, 'op'], op, 'must be lt, lte, gt or gte (good when the metric compares so with value)');
    const value = sloReader.number([...objective, 'value'], 'the threshold, a number');
    if (metric.query.includes(WINDOW)) r.fail([...metric.at.path, 'spec', 'query'], metric.query, `must not contain ${WINDOW}: a threshold metric is an instant value, compared per time slice`);
    return { backend: 'prometheus', errorRatioQuery: `avg_over_time(((${metric.query.trim()}) ${negated[op]} bool ${value})[${WINDOW}:${slice.text}])` };
  }
  const rp: YamlPath = [...p, 'ratioMetric'];
  const ratio = r.map(rp, ['counter', 'good', 'bad', 'total', 'rawType', 'raw'], 'a ratio metric { counter, good or bad, total } or { rawType, raw }');
  const counter = r.optionalBoolean([...rp, 'counter']) ?? false;
  if (ratio.raw !== undefined) {
    const raw = readMetric(r, [...rp, 'raw']);
    const rawType = r.text([...rp, 'rawType'], 'success or failure');
    if (rawType !== 'success' && rawType !== 'failure') r.fail([...rp, 'rawType'], rawType, 'must be success or failure');
    if (raw.backend !== 'prometheus') return r.fail([...rp, 'raw', 'metricSource', 'type'], raw.backend, 'must be Prometheus for a raw ratio: CloudWatch and Datadog SLIs are event counts here');
    const q = windowed(raw, false, slice);
    const errorRatioQuery = rawType === 'failure' ? q : `1 - (${q})`;
    return { backend: 'prometheus', errorRatioQuery: slice ? sliced(errorRatioQuery, sloReader, objective, slice) : errorRatioQuery };
  }
  if ((ratio.good === undefined) === (ratio.bad === undefined)) r.fail(rp, Object.keys(ratio), 'must give exactly one of good or bad, with total');
  if (ratio.total === undefined) r.fail(rp, Object.keys(ratio), 'must give total');
  const which = ratio.good !== undefined ? 'good' : 'bad';
  const part = readMetric(r, [...rp, which]);
  const total = readMetric(r, [...rp, 'total']);
  if (part.backend !== total.backend) r.fail([...rp, 'total', 'metricSource', 'type'], total.backend, `must be the same source as ${which} (${part.backend})`);
  if (part.backend === 'cloudwatch' && total.backend === 'cloudwatch') {
    if (slice) sloReader.fail(['spec', 'budgetingMethod'], budgeting, 'must be Occurrences for a CloudWatch SLI: CloudWatch alarms count events, not time slices');
    return { backend: 'cloudwatch', total: total.metric, [which]: part.metric };
  }
  if (part.backend === 'datadog' && total.backend === 'datadog') {
    if (slice) sloReader.fail(['spec', 'budgetingMethod'], budgeting, 'must be Occurrences for a Datadog SLI: a metric-based Datadog SLO counts events');
    return { backend: 'datadog', good: which === 'good' ? part.query : `(${total.query}) - (${part.query})`, total: total.query };
  }
  if (part.backend !== 'prometheus') return r.fail(rp, part.backend, 'must name one source');
  const q = windowed(part, counter, slice);
  const t = windowed(total as Extract<Metric, { backend: 'prometheus' }>, counter, slice);
  if (slice) {
    const error = which === 'bad' ? `(${q}) / (${t})` : `1 - ((${q}) / (${t}))`;
    return { backend: 'prometheus', errorRatioQuery: sliced(error, sloReader, objective, slice) };
  }
  return which === 'bad' ? { backend: 'prometheus', errorQuery: q, totalQuery: t } : { backend: 'prometheus', errorRatioQuery: `1 - ((${q}) / (${t}))`, totalQuery: t };
}

/** A Prometheus query over the window: sloth's placeholder, or a bare counter selector turned into a rate. Over a time slice when one is given. */
function windowed(m: Extract<Metric, { backend: 'prometheus' }>, counter: boolean, slice: { text: string } | undefined): string {
  const q = m.query.trim();
  const range = slice ? slice.text : WINDOW;
  if (q.includes(WINDOW)) return slice ? q.split(WINDOW).join(slice.text) : q;
  if (counter && BARE_SELECTOR.test(q)) return `sum(rate(${q}[${range}]))`;
  return m.at.reader.fail([...m.at.path, 'spec', 'query'], q, `must contain the window placeholder ${WINDOW} in its range selectors (e.g. sum(rate(http_requests_total[${WINDOW}]))), or be a bare counter selector with counter: true`);
}

/** An error ratio over time slices: the share of slices whose error ratio was above 1 - timeSliceTarget. */
function sliced(errorRatio: string, r: YamlReader, objective: YamlPath, slice: { text: string }): string {
  const target = r.number([...objective, 'timeSliceTarget'], 'the share of good events that makes a time slice good, e.g. 0.95 (required with Timeslices and a ratio)');
  if (!(target > 0 && target <= 1)) r.fail([...objective, 'timeSliceTarget'], target, 'must be a ratio greater than 0 and at most 1');
  return `avg_over_time(((${errorRatio}) > bool ${clean(1 - target)})[${WINDOW}:${slice.text}])`;
}

function readSlice(r: YamlReader, objective: YamlPath): { text: string; seconds: number } {
  const text = r.text([...objective, 'timeSliceWindow'], 'a duration such as 1m (required with Timeslices)');
  let seconds: number;
  try {
    seconds = parseDuration(text, 'timeSliceWindow');
  } catch {
    return r.fail([...objective, 'timeSliceWindow'], text, 'must be a duration such as 1m');
  }
  // The 5m base window is the shortest range the rules record: a slice longer than it leaves the window empty.
  if (seconds < 10 || seconds > 300 || !Number.isInteger(seconds)) r.fail([...objective, 'timeSliceWindow'], text, 'must be from 10s to 5m (whole seconds): the shortest recorded window is 5m');
  return { text: formatDuration(seconds), seconds };
}

interface Policies {
  readonly alerts?: BurnRateAlertSpec[];
  readonly alertPaths: Array<At & { fields?: Record<string, YamlPath> }>;
  readonly sliHealth?: { readonly enabled: false };
  readonly warnings: string[];
}

function readPolicies(r: YamlReader, ctx: Context): Policies {
  const warnings: string[] = [];
  if (!r.has(['spec', 'alertPolicies'])) return { alertPaths: [], warnings };
  const entries = r.list(['spec', 'alertPolicies'], 'a list of alert policies (names, { alertPolicyRef } or inline AlertPolicy)', 1);
  const alerts: BurnRateAlertSpec[] = [];
  const alertPaths: Policies['alertPaths'] = [];
  let noData: boolean | undefined;
  entries.forEach((entry, i) => {
    const path: YamlPath = ['spec', 'alertPolicies', i];
    let policy: At;
    const ref = typeof entry === 'string' ? entry : entry !== null && typeof entry === 'object' && 'alertPolicyRef' in entry ? (entry as { alertPolicyRef: unknown }).alertPolicyRef : undefined;
    if (ref !== undefined) {
      if (typeof entry !== 'string') r.map(path, ['alertPolicyRef'], 'a reference { alertPolicyRef }');
      const p = ctx.policies.get(String(ref));
      if (typeof ref !== 'string' || !p) r.fail(typeof entry === 'string' ? path : [...path, 'alertPolicyRef'], ref, `names no AlertPolicy in the text${ctx.policies.size ? ` (policies: ${[...ctx.policies.keys()].join(', ')})` : ''}`);
      policy = { reader: p.reader, path: ['spec'] };
    } else {
      r.map(path, ['kind', 'metadata', 'spec'], 'an inline AlertPolicy { kind: AlertPolicy, metadata, spec }');
      if (r.get([...path, 'kind']) !== 'AlertPolicy') r.fail([...path, 'kind'], r.get([...path, 'kind']), 'must be AlertPolicy');
      policy = { reader: r, path: [...path, 'spec'] };
    }
    const pr = policy.reader;
    const spec = pr.map(policy.path, ['description', 'alertWhenNoData', 'alertWhenResolved', 'alertWhenBreaching', 'conditions', 'notificationTargets'], 'an AlertPolicy spec');
    const nd = pr.optionalBoolean([...policy.path, 'alertWhenNoData']);
    if (nd !== undefined) noData = (noData ?? false) || nd;
    if (spec.notificationTargets !== undefined) {
      const { line } = pr.position([...policy.path, 'notificationTargets']);
      warnings.push(`${pr.file}:${line}: notificationTargets are ignored: alerts route by severity (to an AlarmChannel's topics, Alertmanager receivers or Datadog mentions)`);
    }
    pr.list([...policy.path, 'conditions'], 'a list of conditions', 1).forEach((c, j) => {
      const cp: YamlPath = [...policy.path, 'conditions', j];
      let cond: At;
      if (c !== null && typeof c === 'object' && 'conditionRef' in c) {
        pr.map(cp, ['conditionRef'], 'a reference { conditionRef }');
        const name = (c as { conditionRef: unknown }).conditionRef;
        const d = ctx.conditions.get(String(name));
        if (typeof name !== 'string' || !d) return pr.fail([...cp, 'conditionRef'], name, 'names no AlertCondition in the text');
        cond = { reader: d.reader, path: ['spec'] };
      } else {
        pr.map(cp, ['kind', 'metadata', 'spec'], 'an inline AlertCondition { kind: AlertCondition, metadata, spec } or { conditionRef }');
        if (pr.get([...cp, 'kind']) !== 'AlertCondition') pr.fail([...cp, 'kind'], pr.get([...cp, 'kind']), 'must be AlertCondition');
        cond = { reader: pr, path: [...cp, 'spec'] };
      }
      alerts.push(readCondition(cond));
      const at = [...cond.path, 'condition'];
      alertPaths.push({ ...cond, fields: { severity: [...cond.path, 'severity'], burnRate: [...at, 'threshold'], longWindow: [...at, 'lookbackWindow'], shortWindow: [...at, 'lookbackWindow'] } });
    });
  });
  return { alerts, alertPaths, ...(noData === false ? { sliHealth: { enabled: false } as const } : {}), warnings };
}

function readCondition({ reader: r, path }: At): BurnRateAlertSpec {
  r.map(path, ['description', 'severity', 'condition'], 'an AlertCondition spec { severity, condition }');
  const severity = r.text([...path, 'severity'], 'a severity such as page or ticket');
  const c: YamlPath = [...path, 'condition'];
  const cond = r.map(c, ['kind', 'op', 'threshold', 'lookbackWindow', 'alertAfter'], 'a condition { kind: burnrate, op, threshold, lookbackWindow }');
  if (r.get([...c, 'kind']) !== 'burnrate') r.fail([...c, 'kind'], r.get([...c, 'kind']), 'must be burnrate: the only condition the multi-window burn-rate alerts express');
  const op = r.text([...c, 'op'], 'gt or gte');
  if (op !== 'gt' && op !== 'gte') r.fail([...c, 'op'], op, 'must be gt or gte: a burn-rate alert fires above its threshold');
  if (cond.alertAfter !== undefined) {
    r.fail([...c, 'alertAfter'], cond.alertAfter, 'is not supported: the multi-window alert confirms with a short window (lookbackWindow / 12) instead of a pending time; remove alertAfter');
  }
  const burnRate = r.number([...c, 'threshold'], 'a burn rate such as 14.4');
  const longWindow = r.text([...c, 'lookbackWindow'], 'a duration such as 1h');
  if (typeof longWindow !== 'string') r.fail([...c, 'lookbackWindow'], longWindow, `must be a duration (got ${kindOf(longWindow)})`);
  return { severity, burnRate, longWindow };
}
