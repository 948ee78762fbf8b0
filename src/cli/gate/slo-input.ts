import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { SloDefinitionError } from '../../core/errors';
import { SLO_TAGS } from '../../core/contract';
import { SloPeriod } from '../../slo/alert-policy';
import { ServiceLevelObjective } from '../../slo/objective';
import { isObject, nested, str, stringMap } from '../../checks/json';
import { loadStacks } from '../../checks/files';
import { reportStack } from '../../checks/report';
import { METRIC_ALARM } from '../../checks/rules/cloudwatch';
import { TerraformJsonStack } from '../../checks/stack';
import { CloudWatchSli, GateError, GateTarget } from './source';

/** Whether a path is an SLO file (YAML, or JSON with a top-level `slos`) rather than a stack. */
export function isSloFile(file: string): boolean {
  if (/\.ya?ml$/i.test(file)) return true;
  if (!/\.json$/i.test(file) || /\.tf\.json$/i.test(file) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return false;
  try {
    const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isObject(doc) && Array.isArray(doc.slos);
  } catch {
    return false;
  }
}

/** A Terraform string literal back to the user's text (`literal` escaped `${` and `%{`). */
function unescapeLiteral(text: string): string {
  return text.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
}

/**
 * The SLI of one SLO as its window alarms query it: the metrics, and the ids
 * `bad` and `total` of the returned ratio, whose expression SloAlarms writes as
 * `IF(<bad> > <total>, ...)` (ratioExpression in aws/observability/private/burn-rate-alarm.ts).
 */
function cloudWatchSliOf(stack: TerraformJsonStack, service: string, name: string): CloudWatchSli | undefined {
  for (const alarm of stack.ofType(METRIC_ALARM)) {
    const tags = stack.tagsOf(alarm);
    if (tags[SLO_TAGS.service] !== service || tags[SLO_TAGS.name] !== name || tags[SLO_TAGS.window] === undefined) continue;
    const queries = nested(alarm.body, 'metric_query');
    const ratio = queries.find((q) => str(q.id) === 'ratio');
    const ids = /^IF\(\s*([a-z][A-Za-z0-9_]*)\s*>\s*([a-z][A-Za-z0-9_]*)\s*,/.exec(str(ratio?.expression) ?? '');
    if (!ids) continue;
    const expressionOf = (id: string): string => {
      const q = queries.find((x) => str(x.id) === id);
      return q && str(q.expression) !== undefined ? unescapeLiteral(str(q.expression) as string) : id;
    };
    const metrics: CloudWatchSli['metrics'][number][] = [];
    for (const q of queries) {
      const m = nested(q, 'metric')[0];
      if (!m) continue;
      const [id, namespace, metricName, stat] = [str(q.id), str(m.namespace), str(m.metric_name), str(m.stat)];
      // A reference or variable cannot be queried from outside Terraform: this alarm cannot serve.
      if ([id, namespace, metricName, stat].some((v) => v === undefined || v.includes('${'))) return undefined;
      metrics.push({ id: id as string, namespace: namespace as string, metricName: unescapeLiteral(metricName as string), dimensions: Object.fromEntries(Object.entries(stringMap(m.dimensions)).map(([k, v]) => [unescapeLiteral(k), unescapeLiteral(v)])), stat: stat as string, ...(str(m.unit) ? { unit: str(m.unit) } : {}) });
    }
    return { metrics, bad: expressionOf(ids[1]), total: expressionOf(ids[2]) };
  }
  return undefined;
}

/** The SLOs of synthesized stacks (what `report` reads: tagged alarms and annotated PrometheusRules). */
function targetsFromStacks(paths: readonly string[]): GateTarget[] {
  const out: GateTarget[] = [];
  for (const { file, stack } of loadStacks(paths, { lines: false })) {
    for (const s of reportStack(stack, file).slos) {
      if (s.problem) throw new GateError(`${file}: SLO ${s.service}/${s.name}: ${s.problem}`);
      const slo = ServiceLevelObjective.from({
        name: s.name,
        objective: s.objective,
        period: s.period as SloPeriod,
        alerts: s.alerts.map((a) => ({ severity: a.severity, longWindow: a.longWindow, shortWindow: a.shortWindow, burnRate: a.burnRate })),
      });
      const cloudwatch = s.source === 'cloudwatch' ? cloudWatchSliOf(stack, s.service, s.name) : undefined;
      out.push({ gated: { service: s.service, slo }, origin: file, ...(cloudwatch ? { cloudwatch } : {}) });
    }
  }
  return out;
}

const FILE_KEYS = ['service', 'slos', 'eventsPerPeriod', 'metricsPerAlarm'];

/** The SLOs of an SLO file: the error-budget command's format, with the `service` (top-level or per SLO) the records are labelled with. */
function targetsFromFile(file: string): GateTarget[] {
  let doc: unknown;
  try {
    const text = fs.readFileSync(file, 'utf8');
    doc = /\.json$/i.test(file) ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    throw new GateError(`cannot read the SLO file ${file}: ${(e as { code?: string }).code ?? (e as Error).message.split('\n')[0]}`);
  }
  if (!isObject(doc) || !Array.isArray(doc.slos)) throw new GateError(`${file}: expected an object with "service" and "slos" (a list of SLO definitions)`);
  for (const key of Object.keys(doc)) if (!FILE_KEYS.includes(key)) throw new GateError(`${file}: "${key}" is not a known key; known: ${FILE_KEYS.join(', ')}`);
  return doc.slos.map((raw, i) => {
    const { service: own, ...rest } = isObject(raw) ? raw : { service: undefined };
    const def = isObject(raw) ? rest : raw;
    const service = own ?? doc.service;
    if (typeof service !== 'string' || service === '') throw new GateError(`${file}: slos[${i}] has no service: give "service" at the top of the file or on the SLO (the label its records carry)`);
    try {
      return { gated: { service, slo: ServiceLevelObjective.from(def as never) }, origin: file };
    } catch (e) {
      if (e instanceof SloDefinitionError) throw new GateError(`${file}: slos[${i}]: ${e.message}`);
      throw e;
    }
  });
}

/** The SLOs the gate judges, from stacks (files or folders) and SLO files, in the order given. */
export function loadTargets(paths: readonly string[]): GateTarget[] {
  const targets = paths.flatMap((p) => (isSloFile(p) ? targetsFromFile(p) : targetsFromStacks([p])));
  if (targets.length === 0) throw new GateError(`no SLO found in ${paths.join(', ')} (no alarms tagged ${SLO_TAGS.name}, no annotated PrometheusRule, no SLO file)`);
  return targets;
}
