import { SloDefinitionError } from '../core/errors';
import { didYouMean } from '../core/spelling';
import { clean } from './alert-policy';
import { formatDuration, parseDuration } from './duration';
import { ServiceLevelObjective } from './objective';

/**
 * The error-budget policy a deploy gate applies (SRE Workbook, "Example Error
 * Budget Policy": while the budget over the window is spent, halt changes other
 * than P0 and security fixes). Pure: no framework, no I/O. The measurements come
 * from a source (Prometheus, CloudWatch); this module only decides.
 */
export interface BudgetPolicy {
  /**
   * Percent of the error budget that, spent over the window, stops deploys.
   * 100 is the Workbook's policy (the whole budget spent); lower stops earlier.
   * @default 100
   */
  readonly threshold?: number;
  /**
   * The window the budget is measured over, as a duration (`30d`, `7d`, `1d`).
   * A window shorter than the SLO's period holds a proportionally smaller
   * budget: the spent percentage is the error ratio over the window divided by
   * the SLO's error budget (a fraction of events), whatever the window.
   * @default - each SLO's own period
   */
  readonly window?: string;
  /**
   * Also stop while a page-severity alert burns now (both windows of a page
   * alert above its burn rate), even if the budget is not spent yet.
   * @default true
   */
  readonly stopOnPage?: boolean;
  /**
   * Changes that deploy even when the policy says stop, by the labels the
   * pipeline gives the change (`--label change=security`): the Workbook
   * exempts P0 and security fixes.
   * @default - none: every change stops
   */
  readonly exemptions?: readonly BudgetExemption[];
}

/** A change label that exempts a change from the stop. */
export interface BudgetExemption {
  /** The label's name, e.g. `change`. */
  readonly label: string;
  /** Values of the label that exempt the change, e.g. `['p0', 'security']`. */
  readonly values: readonly string[];
}

/** The policy with its defaults settled. */
export interface SettledBudgetPolicy {
  readonly threshold: number;
  readonly windowSeconds?: number;
  readonly stopOnPage: boolean;
  readonly exemptions: readonly BudgetExemption[];
}

const POLICY_KEYS = ['threshold', 'window', 'stopOnPage', 'exemptions'];
const EXEMPTION_KEYS = ['label', 'values'];
/** Label names as Prometheus and Kubernetes write them (a pipeline label is usually one of these). */
const LABEL_PATTERN = /^[A-Za-z_][A-Za-z0-9_.\-/]{0,62}$/;

/** Checks a policy (from a file, a YAML pipeline, or JavaScript) and settles its defaults; throws `SloDefinitionError` naming the key. */
export function settleBudgetPolicy(policy: unknown, prefix = 'policy'): SettledBudgetPolicy {
  if (policy === undefined) return { threshold: 100, stopOnPage: true, exemptions: [] };
  if (policy === null || typeof policy !== 'object' || Array.isArray(policy)) throw new SloDefinitionError(prefix, policy, 'must be an object { threshold, window, stopOnPage, exemptions }');
  const p = policy as Record<string, unknown>;
  unknownKeys(p, prefix, POLICY_KEYS);
  const threshold = p.threshold ?? 100;
  if (typeof threshold !== 'number' || !Number.isFinite(threshold) || threshold <= 0 || threshold > 1000) {
    throw new SloDefinitionError(`${prefix}.threshold`, threshold, 'must be a number of percent of the error budget above 0 and at most 1000 (100 = the whole budget spent)');
  }
  let windowSeconds: number | undefined;
  if (p.window !== undefined) {
    if (typeof p.window !== 'string') throw new SloDefinitionError(`${prefix}.window`, p.window, 'must be a duration string such as "30d" or "7d"');
    windowSeconds = parseDuration(p.window, `${prefix}.window`);
    if (windowSeconds < 300) throw new SloDefinitionError(`${prefix}.window`, p.window, 'must be at least 5m (the shortest window the SLIs record)');
  }
  const stopOnPage = p.stopOnPage ?? true;
  if (typeof stopOnPage !== 'boolean') throw new SloDefinitionError(`${prefix}.stopOnPage`, stopOnPage, 'must be true or false');
  const exemptions = p.exemptions ?? [];
  if (!Array.isArray(exemptions)) throw new SloDefinitionError(`${prefix}.exemptions`, exemptions, 'must be a list of { label, values }');
  exemptions.forEach((e: unknown, i) => {
    const at = `${prefix}.exemptions[${i}]`;
    if (e === null || typeof e !== 'object' || Array.isArray(e)) throw new SloDefinitionError(at, e, 'must be an object { label, values }');
    const x = e as Record<string, unknown>;
    unknownKeys(x, at, EXEMPTION_KEYS);
    if (typeof x.label !== 'string' || !LABEL_PATTERN.test(x.label)) throw new SloDefinitionError(`${at}.label`, x.label, 'must be a label name: a letter or _, then letters, digits, _, ., - or /, at most 63 characters');
    if (!Array.isArray(x.values) || x.values.length === 0 || x.values.some((v) => typeof v !== 'string' || v === '')) {
      throw new SloDefinitionError(`${at}.values`, x.values, 'must be a non-empty list of non-empty strings');
    }
  });
  return { threshold, ...(windowSeconds !== undefined ? { windowSeconds } : {}), stopOnPage, exemptions: exemptions as BudgetExemption[] };
}

function unknownKeys(value: Record<string, unknown>, prefix: string, known: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const hint = didYouMean(key, known);
    throw new SloDefinitionError(`${prefix}.${key}`, value[key], `is not a known key${hint ? ` (did you mean "${hint}"?)` : ''}; known: ${known.join(', ')}`);
  }
}

/** An SLO as the gate reads it: the model, and the service it belongs to (the `service` label or `slo:service` tag). */
export interface GatedSlo {
  readonly service: string;
  readonly slo: ServiceLevelObjective;
}

/** What a source measured for one SLO. */
export interface SloMeasurement {
  /** Error ratio (0..1) over the policy's window. */
  readonly budgetWindowErrorRatio: number;
  /** Per page-severity alert (by id): the error ratio over its long and short windows now. */
  readonly pageWindows: Readonly<Record<string, { readonly long: number; readonly short: number }>>;
}

/** The figures of one SLO behind a verdict. */
export interface GateSloFigures {
  readonly service: string;
  readonly slo: string;
  readonly windowSeconds: number;
  readonly errorRatio: number;
  readonly errorBudget: number;
  /** Percent of the window's error budget spent. */
  readonly spentPercent: number;
  /** Page alerts whose two windows both burn above their burn rate now. */
  readonly pagesBurning: readonly { readonly alert: string; readonly burnRate: number; readonly longBurn: number; readonly shortBurn: number }[];
  /** Why this SLO stops deploys. @default - empty: it does not */
  readonly stops: readonly string[];
}

/** The gate's decision: exit 0 (allow) or 1 (stop). Errors (no data, unreachable) are exit 2, decided by the caller. */
export interface GateVerdict {
  readonly allow: boolean;
  /** One line: the decision, the reason and the figures that decided it. */
  readonly reason: string;
  /** The exemption that let a stopped change through. @default - absent */
  readonly exemptedBy?: string;
  readonly slos: readonly GateSloFigures[];
}

/** The policy's window for one SLO (its period unless the policy sets one). */
export function budgetWindowSeconds(policy: SettledBudgetPolicy, slo: ServiceLevelObjective): number {
  return policy.windowSeconds ?? slo.periodSeconds;
}

function pct(x: number): string {
  return `${+(x * 100).toPrecision(4)}%`;
}

/** Figures and stop reasons of one SLO. */
export function judgeSlo(gated: GatedSlo, m: SloMeasurement, policy: SettledBudgetPolicy): GateSloFigures {
  const { slo, service } = gated;
  const windowSeconds = budgetWindowSeconds(policy, slo);
  const spentPercent = clean((m.budgetWindowErrorRatio / slo.errorBudget) * 100);
  const stops: string[] = [];
  const name = `${service}/${slo.name}`;
  if (spentPercent >= policy.threshold) {
    stops.push(
      `${name} spent ${+spentPercent.toPrecision(4)}% of its error budget over ${formatDuration(windowSeconds)} ` +
        `(error ratio ${pct(m.budgetWindowErrorRatio)}, budget ${pct(slo.errorBudget)}, threshold ${policy.threshold}%)`,
    );
  }
  const pagesBurning = slo
    .alertsFor('page')
    .filter((a) => m.pageWindows[a.id] !== undefined)
    .map((a) => ({ alert: a.id, burnRate: a.burnRate, longBurn: clean(m.pageWindows[a.id].long / slo.errorBudget), shortBurn: clean(m.pageWindows[a.id].short / slo.errorBudget) }))
    .filter((b) => b.longBurn > b.burnRate && b.shortBurn > b.burnRate);
  if (policy.stopOnPage) {
    for (const a of pagesBurning) {
      const alert = slo.alerts.find((x) => x.id === a.alert) as (typeof slo.alerts)[number];
      stops.push(
        `${name} is burning at a page rate now (alert ${a.alert}: ${+a.longBurn.toPrecision(4)}x over ${formatDuration(alert.longWindowSeconds)} ` +
          `and ${+a.shortBurn.toPrecision(4)}x over ${formatDuration(alert.shortWindowSeconds)}, pages above ${a.burnRate}x)`,
      );
    }
  }
  return { service, slo: slo.name, windowSeconds, errorRatio: m.budgetWindowErrorRatio, errorBudget: slo.errorBudget, spentPercent, pagesBurning, stops };
}

/** The exemption a change's labels match, as `label=value`. */
export function matchingExemption(policy: SettledBudgetPolicy, changeLabels: Readonly<Record<string, string>>): string | undefined {
  for (const e of policy.exemptions) {
    const v = changeLabels[e.label];
    if (v !== undefined && e.values.includes(v)) return `${e.label}=${v}`;
  }
  return undefined;
}

/** Decides from every SLO's measurement: stop when any SLO stops, unless the change is exempt. */
export function decideGate(measured: readonly { gated: GatedSlo; measurement: SloMeasurement }[], policy: SettledBudgetPolicy, changeLabels: Readonly<Record<string, string>> = {}): GateVerdict {
  const slos = measured.map(({ gated, measurement }) => judgeSlo(gated, measurement, policy));
  const stops = slos.flatMap((s) => s.stops);
  if (stops.length === 0) {
    const worst = [...slos].sort((a, b) => b.spentPercent - a.spentPercent)[0];
    const figures = worst ? `; most spent: ${worst.service}/${worst.slo} ${+worst.spentPercent.toPrecision(4)}% of its budget over ${formatDuration(worst.windowSeconds)}` : '';
    return { allow: true, reason: `allow: ${slos.length} SLO${slos.length === 1 ? '' : 's'} within the policy (threshold ${policy.threshold}%${policy.stopOnPage ? ', no page burning' : ''})${figures}`, slos };
  }
  const exemptedBy = matchingExemption(policy, changeLabels);
  if (exemptedBy) return { allow: true, exemptedBy, reason: `allow (exempt: ${exemptedBy}) although ${stops.join('; ')}`, slos };
  return { allow: false, reason: `stop: ${stops.join('; ')}`, slos };
}
