import { SloSpecError } from '../core/errors';
import { ALERT_CATALOGUES, PERIOD_SECONDS, SloPeriod } from './alert-policy';
import { SloDefinition } from './objective';
import { buildSlo } from './private/build-slo';
import { YamlPath, YamlReader } from './private/yaml-reader';
import { LoadedSlo } from './slo-source';

/**
 * sloth's `prometheus/v1` spec (https://sloth.dev/specs/default/) read into
 * the library's SLO definitions: `service`, `labels`, and per SLO `name`,
 * `objective`, `description`, `labels`, an SLI as `events`
 * (`error_query`, `total_query`) or `raw` (`error_ratio_query`), and
 * `alerting` (labels, and `page_alert` / `ticket_alert` with `disable`).
 * sloth takes the period from its command line, not the file: it is
 * {@link LoadSlothSpecOptions.period}. Refused: `sli.plugin` (sloth's Go
 * plugins), an SLO with both alerts disabled (the model alerts on every
 * SLO). Ignored with a warning: alert names and annotations (the backends
 * name alerts themselves). Pure: no framework import.
 */

/** Options of {@link loadSlothSpec}. */
export interface LoadSlothSpecOptions {
  /**
   * The file name errors and origins carry.
   * @default '<input>'
   */
  readonly file?: string;
  /**
   * The SLO period (sloth's `--default-slo-period`).
   * @default '30d'
   */
  readonly period?: SloPeriod;
}

const VERSION = 'prometheus/v1';
/** sloth's SLO names and our own: lower-case letters, digits, `-` and `_`. */
const SLO_NAME = /^[a-z][a-z0-9_-]{0,62}$/;
/** Prometheus label names (data model docs). */
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** The SLOs of a sloth `prometheus/v1` text (one or several YAML documents). */
export function loadSlothSpec(text: string, options: LoadSlothSpecOptions = {}): LoadedSlo[] {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) throw new SloSpecError('<input>', 1, 1, 'options', options, 'must be an object { file?, period? }');
  const file = options.file ?? '<input>';
  if (typeof file !== 'string' || file === '') throw new SloSpecError('<input>', 1, 1, 'options.file', file, 'must be a non-empty file name');
  const period = options.period ?? '30d';
  if (!Object.prototype.hasOwnProperty.call(PERIOD_SECONDS, period)) throw new SloSpecError(file, 1, 1, 'options.period', period, `must be one of ${Object.keys(PERIOD_SECONDS).join(', ')}`);
  const docs = YamlReader.all(text, file);
  if (docs.length === 0) throw new SloSpecError(file, 1, 1, '(document)', text, `must hold a sloth ${VERSION} spec`);
  return docs.flatMap((r) => readSpec(r, period));
}

function readSpec(r: YamlReader, period: SloPeriod): LoadedSlo[] {
  r.map([], ['version', 'service', 'labels', 'slos'], `a sloth spec { version: ${VERSION}, service, labels?, slos }`);
  if (r.get(['version']) !== VERSION) r.fail(['version'], r.get(['version']), `must be "${VERSION}" (sloth's Kubernetes and OpenSLO specs are other formats: loadOpenSlo reads openslo/v1)`);
  const service = r.text(['service'], 'the name of the service');
  const global = r.labels(['labels'], LABEL_NAME, 'Prometheus label names');
  const names = new Set<string>();
  return r.list(['slos'], 'a list of SLOs', 1).map((_, i) => {
    const s: YamlPath = ['slos', i];
    r.map(s, ['name', 'objective', 'description', 'labels', 'sli', 'alerting'], 'an SLO { name, objective, description?, labels?, sli, alerting? }');
    const name = r.text([...s, 'name'], 'an SLO name (lower-case letters, digits, "-" or "_", starting with a letter, at most 63)', SLO_NAME);
    if (names.has(name)) r.fail([...s, 'name'], name, 'names a second SLO of the service: names are unique');
    names.add(name);
    const objective = r.number([...s, 'objective'], 'a percentage such as 99.9');
    const description = r.optionalText([...s, 'description'], 'text');
    const sli = readSli(r, [...s, 'sli']);
    const { labels, severities, warnings } = readAlerting(r, [...s, 'alerting']);
    const alerts = severities.length === 2 ? undefined : ALERT_CATALOGUES[period].filter((a) => severities.includes(a.severity));
    if (alerts && alerts.length === 0) r.fail([...s, 'alerting'], 'both disabled', 'must keep page_alert or ticket_alert: the backends alert on every SLO (an SLO without alerts is a dashboard, not an SLO here)');
    const definition: SloDefinition = { name, objective, period, ...(description !== undefined ? { description } : {}), ...(alerts ? { alerts } : {}) };
    const slo = buildSlo(r, definition, {
      at: s,
      fields: { name: [...s, 'name'], objective: [...s, 'objective'], description: [...s, 'description'] },
      alerts: (alerts ?? []).map(() => ({ reader: r, path: [...s, 'alerting'] })),
    });
    const { line, column } = r.position([...s, 'name']);
    return {
      service,
      definition,
      objective: slo,
      sli,
      budgeting: 'occurrences',
      labels: { ...global, ...r.labels([...s, 'labels'], LABEL_NAME, 'Prometheus label names'), ...labels },
      warnings,
      origin: { file: r.file, line, column, format: 'sloth' },
    } satisfies LoadedSlo;
  });
}

function readSli(r: YamlReader, p: YamlPath): LoadedSlo['sli'] {
  const sli = r.map(p, ['events', 'raw', 'plugin'], 'an SLI { events } or { raw }');
  if (sli.plugin !== undefined) r.fail([...p, 'plugin'], sli.plugin, 'is not supported: sloth SLI plugins are Go code; give events or raw queries');
  if ((sli.events === undefined) === (sli.raw === undefined)) r.fail(p, Object.keys(sli), 'must give exactly one of events or raw');
  if (sli.events !== undefined) {
    r.map([...p, 'events'], ['error_query', 'total_query'], 'events { error_query, total_query }');
    return {
      backend: 'prometheus',
      errorQuery: r.text([...p, 'events', 'error_query'], 'a PromQL query with {{.window}}').trim(),
      totalQuery: r.text([...p, 'events', 'total_query'], 'a PromQL query with {{.window}}').trim(),
    };
  }
  r.map([...p, 'raw'], ['error_ratio_query'], 'raw { error_ratio_query }');
  return { backend: 'prometheus', errorRatioQuery: r.text([...p, 'raw', 'error_ratio_query'], 'a PromQL query with {{.window}}').trim() };
}

function readAlerting(r: YamlReader, p: YamlPath): { labels: Record<string, string>; severities: string[]; warnings: string[] } {
  const warnings: string[] = [];
  if (!r.has(p)) return { labels: {}, severities: ['page', 'ticket'], warnings };
  r.map(p, ['name', 'labels', 'annotations', 'page_alert', 'ticket_alert'], 'alerting { name?, labels?, annotations?, page_alert?, ticket_alert? }');
  const note = (path: YamlPath, what: string): void => {
    if (r.has(path)) warnings.push(`${r.file}:${r.position(path).line}: ${what}`);
  };
  note([...p, 'name'], 'alerting.name is ignored: the backends name alerts <Service><Slo>BudgetBurn<Severity>');
  note([...p, 'annotations'], 'alerting.annotations are ignored: the backends write summary, description and runbook_url');
  const labels = r.labels([...p, 'labels'], LABEL_NAME, 'Prometheus label names');
  const severities: string[] = [];
  for (const [key, severity] of [
    ['page_alert', 'page'],
    ['ticket_alert', 'ticket'],
  ] as const) {
    const a: YamlPath = [...p, key];
    if (r.has(a)) {
      r.map(a, ['disable', 'labels', 'annotations'], `${key} { disable?, labels?, annotations? }`);
      if (r.has([...a, 'labels'])) {
        r.labels([...a, 'labels'], LABEL_NAME, 'Prometheus label names');
        warnings.push(`${r.file}:${r.position([...a, 'labels']).line}: ${key}.labels are ignored: per-severity labels are not supported (severity="${severity}" is set)`);
      }
      note([...a, 'annotations'], `${key}.annotations are ignored`);
    }
    if (r.optionalBoolean([...a, 'disable']) !== true) severities.push(severity);
  }
  return { labels, severities, warnings };
}
