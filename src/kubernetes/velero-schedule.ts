import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { InvalidPropError } from '../core/errors';
import { isUnresolved } from '../core/tokens';
import { checkBoolean, checkProps, checkRequired, checkString, checkStringList } from '../core/prop-types';
import { literalDeep } from '../core/user-text';
import { checkCount, checkPattern } from '../core/validation';
import { checkDnsLabel, checkLabels, claimObjectName, defaultObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { checkFramework } from '../core/framework';

export interface VeleroScheduleProps {
  /**
   * When backups run: a five-field cron expression (`0 3 * * *`, in the
   * Velero server's time zone) or a descriptor (`@daily`, `@every 6h`).
   */
  readonly schedule: string;
  /** Namespaces to back up (`*` for all). */
  readonly includedNamespaces: readonly string[];
  /**
   * Name of the Schedule object.
   * @default - the construct id, lower-cased and dashed
   */
  readonly name?: string;
  /**
   * Namespace Velero runs in.
   * @default 'velero'
   */
  readonly namespace?: string;
  /**
   * How long each backup is kept, as a Go duration.
   * @default '720h0m0s' (30 days, Velero's default)
   */
  readonly ttl?: string;
  /** Resources to back up, e.g. `deployments`, `persistentvolumeclaims`. @default - every resource */
  readonly includedResources?: readonly string[];
  /** Resources to leave out. @default - none */
  readonly excludedResources?: readonly string[];
  /** Only objects with these labels. @default - every object */
  readonly labelSelector?: Readonly<Record<string, string>>;
  /**
   * Takes snapshots of persistent volumes (the data, not only the objects).
   * @default true
   */
  readonly snapshotVolumes?: boolean;
  /** Backup storage location. @default - Velero's default location */
  readonly storageLocation?: string;
  /** Volume snapshot locations. @default - Velero's default locations */
  readonly volumeSnapshotLocations?: readonly string[];
}

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
/** Cron fields: name, range and the names a field accepts (months from 1, days of the week from 0). */
const FIELDS: ReadonlyArray<{ name: string; min: number; max: number; names?: readonly string[]; first?: number }> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, first: 1 },
  { name: 'day of week', min: 0, max: 7, names: DAYS, first: 0 },
];
/** Longest month lengths, February with its 29th (leap years). */
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const GO_DURATION = /^(\d+(\.\d+)?(h|m|s|ms|us|µs|ns))+$/;

/** The values one cron field matches, or why it is not a field (robfig/cron syntax, as Velero parses it). */
function expandField(text: string, i: number): Set<number> | string {
  const { name, min, max, names, first = 0 } = FIELDS[i];
  const values = new Set<number>();
  const value = (v: string): number | undefined => {
    if (/^\d+$/.test(v)) return Number(v);
    const at = names?.indexOf(v.toUpperCase()) ?? -1;
    return at >= 0 ? at + first : undefined;
  };
  for (const item of text.split(',')) {
    const m = /^(\*|\?|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/(\d+))?$/.exec(item);
    if (!m) return `has an invalid ${name} field "${text}"`;
    const step = m[2] === undefined ? 1 : Number(m[2]);
    if (step === 0) return `has a zero step in the ${name} field`;
    let lo = min;
    let hi = max;
    if (m[1] !== '*' && m[1] !== '?') {
      const bounds = m[1].split('-').map(value);
      for (const [k, b] of bounds.entries()) {
        if (b === undefined || b < min || b > max) return `has ${name} "${m[1].split('-')[k]}" out of range ${min}-${max}`;
      }
      lo = bounds[0]!;
      hi = bounds.length === 2 ? bounds[1]! : m[2] === undefined ? lo : max;
      if (lo > hi) return `has a ${name} range "${m[1]}" that ends before it starts`;
    }
    for (let v = lo; v <= hi; v += step) values.add(v);
  }
  return values;
}

/** Why a cron expression is not one Velero accepts, or never fires; undefined when it is fine. */
export function cronProblem(expr: string): string | undefined {
  if (typeof expr !== 'string') return 'is not a string';
  const text = expr.trim();
  if (text.startsWith('@')) {
    if (DESCRIPTORS.includes(text)) return undefined;
    const every = /^@every\s+(\S+)$/.exec(text);
    if (every && GO_DURATION.test(every[1]) && goDurationSeconds(every[1]) >= 1) return undefined;
    return `unknown descriptor (use ${DESCRIPTORS.join(', ')} or "@every <duration>" of at least 1s)`;
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) return `has ${parts.length} fields; expected 5 (minute hour day-of-month month day-of-week)`;
  const fields: Array<Set<number>> = [];
  for (let i = 0; i < 5; i++) {
    const values = expandField(parts[i], i);
    if (typeof values === 'string') return values;
    fields.push(values);
  }
  // With a day of week of * or ?, only the day of month decides (otherwise either may match).
  const weekdayFree = parts[4] === '*' || parts[4] === '?';
  const days = [...fields[2]];
  const months = [...fields[3]];
  if (weekdayFree && !months.some((m) => days.some((d) => d <= MONTH_DAYS[m - 1]))) {
    return `never fires: day of month ${parts[2]} does not occur in month ${parts[3]}`;
  }
  return undefined;
}

/** Seconds in a Go duration such as `720h0m0s` (NaN when it is not one). */
export function goDurationSeconds(text: string): number {
  if (!GO_DURATION.test(text)) return NaN;
  const unit: Record<string, number> = { h: 3600, m: 60, s: 1, ms: 1e-3, us: 1e-6, 'µs': 1e-6, ns: 1e-9 };
  let total = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) total += Number(m[1]) * unit[m[2]];
  return total;
}

/** Every prop, so JavaScript and YAML callers get an error for a misspelt one (the compiler keeps the list complete). */
const PROP_KEYS: Record<keyof VeleroScheduleProps, true> = {
  schedule: true, includedNamespaces: true, name: true, namespace: true, ttl: true, includedResources: true,
  excludedResources: true, labelSelector: true, snapshotVolumes: true, storageLocation: true, volumeSnapshotLocations: true,
};
/** Resource names as Velero takes them: `deployments`, `deployments.apps`, or `*`. */
const RESOURCE = /^(\*|[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?)$/;

/**
 * A Velero backup `Schedule` (velero.io/v1, as a `kubernetes_manifest`):
 * namespace backups on a cron schedule, kept for a TTL, with volume
 * snapshots. Requires Velero's CRDs in the cluster.
 */
export class VeleroSchedule extends Construct {
  /** The Schedule manifest. */
  public readonly manifest: Manifest;
  /** Name of the Schedule object. */
  public readonly name: string;

  constructor(scope: Construct, id: string, props: VeleroScheduleProps) {
    super(scope, id);
    checkFramework(this);
    this.checkTypes(props);
    this.name = props.name ?? defaultObjectName(this);
    const namespace = props.namespace ?? 'velero';
    checkDnsLabel(this, 'name', this.name);
    this.checkSchedule(props);
    const ttl = props.ttl ?? '720h0m0s';
    if (!isUnresolved(ttl) && !(goDurationSeconds(ttl) >= 3600)) {
      throw new InvalidPropError(this, 'ttl', ttl, 'must be a Go duration of at least 1h, such as "720h0m0s" or "168h"');
    }

    const list = (items: readonly string[]) => (isUnresolved(items) ? items : [...items]);
    const template: Record<string, unknown> = {
      includedNamespaces: list(props.includedNamespaces),
      ttl,
      snapshotVolumes: props.snapshotVolumes ?? true,
    };
    if (props.includedResources) template.includedResources = list(props.includedResources);
    if (props.excludedResources) template.excludedResources = list(props.excludedResources);
    if (props.labelSelector) template.labelSelector = { matchLabels: props.labelSelector };
    if (props.storageLocation) template.storageLocation = props.storageLocation;
    if (props.volumeSnapshotLocations) template.volumeSnapshotLocations = list(props.volumeSnapshotLocations);

    this.manifest = new Manifest(this, 'schedule', {
      manifest: literalDeep({
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
        metadata: { name: this.name, namespace, labels: { ...MANAGED_BY_LABELS } },
        spec: { schedule: props.schedule, useOwnerReferencesInBackup: false, template },
      }),
    });
    claimObjectName(this, 'Velero Schedule', this.name, namespace);
  }

  /** Run-time types of every prop (JavaScript and YAML callers) and the names Velero would reject. */
  private checkTypes(props: VeleroScheduleProps): void {
    checkProps(this, props, Object.keys(PROP_KEYS));
    checkRequired(this, 'schedule', props.schedule, 'when backups run, e.g. "0 3 * * *"');
    checkString(this, 'schedule', props.schedule);
    checkRequired(this, 'includedNamespaces', props.includedNamespaces, 'the namespaces to back up ("*" for all)');
    checkStringList(this, 'includedNamespaces', props.includedNamespaces, { unique: true });
    checkCount(this, 'includedNamespaces', props.includedNamespaces, 1);
    for (const [i, ns] of (isUnresolved(props.includedNamespaces) ? [] : props.includedNamespaces).entries()) {
      if (ns !== '*') checkDnsLabel(this, `includedNamespaces[${i}]`, ns);
    }
    for (const prop of ['name', 'namespace', 'ttl', 'storageLocation'] as const) checkString(this, prop, props[prop]);
    checkDnsLabel(this, 'namespace', props.namespace);
    checkDnsLabel(this, 'storageLocation', props.storageLocation);
    for (const prop of ['includedResources', 'excludedResources'] as const) {
      checkStringList(this, prop, props[prop], { unique: true });
      checkCount(this, prop, props[prop], 1);
      for (const [i, r] of (isUnresolved(props[prop]) ? [] : props[prop] ?? []).entries()) {
        checkPattern(this, `${prop}[${i}]`, r, RESOURCE, 'a resource name such as "deployments", "deployments.apps" or "*"');
      }
    }
    checkStringList(this, 'volumeSnapshotLocations', props.volumeSnapshotLocations, { unique: true });
    checkCount(this, 'volumeSnapshotLocations', props.volumeSnapshotLocations, 1);
    for (const [i, l] of (isUnresolved(props.volumeSnapshotLocations) ? [] : props.volumeSnapshotLocations ?? []).entries()) {
      checkDnsLabel(this, `volumeSnapshotLocations[${i}]`, l);
    }
    checkLabels(this, 'labelSelector', props.labelSelector);
    checkBoolean(this, 'snapshotVolumes', props.snapshotVolumes);
  }

  private checkSchedule(props: VeleroScheduleProps): void {
    if (isUnresolved(props.schedule)) return;
    const problem = cronProblem(props.schedule);
    if (problem) throw new InvalidPropError(this, 'schedule', props.schedule, `must be a cron expression such as "0 3 * * *" or "@every 6h": it ${problem}`);
  }
}
