import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { InvalidPropError, isUnresolved } from '../core/errors';
import { checkCount } from '../core/validation';
import { checkDnsLabel, checkLabels, defaultObjectName, MANAGED_BY_LABELS } from './k8s-names';
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
const FIELDS: ReadonlyArray<[string, number, number]> = [
  ['minute', 0, 59],
  ['hour', 0, 23],
  ['day of month', 1, 31],
  ['month', 1, 12],
  ['day of week', 0, 7],
];
const NAMES = /^(JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC|SUN|MON|TUE|WED|THU|FRI|SAT)$/i;
const GO_DURATION = /^(\d+(\.\d+)?(h|m|s|ms|us|µs|ns))+$/;

/** Why a cron expression is not one Velero accepts, or undefined when it is. */
export function cronProblem(expr: string): string | undefined {
  const text = expr.trim();
  if (text.startsWith('@')) {
    if (DESCRIPTORS.includes(text)) return undefined;
    const every = /^@every\s+(\S+)$/.exec(text);
    if (every && GO_DURATION.test(every[1]) && goDurationSeconds(every[1]) > 0) return undefined;
    return `unknown descriptor (use ${DESCRIPTORS.join(', ')} or "@every <duration>")`;
  }
  const parts = text.split(/\s+/);
  if (parts.length !== 5) return `has ${parts.length} fields; expected 5 (minute hour day-of-month month day-of-week)`;
  for (let i = 0; i < 5; i++) {
    const [field, min, max] = FIELDS[i];
    for (const item of parts[i].split(',')) {
      const m = /^(\*|\?|[0-9A-Za-z]+(?:-[0-9A-Za-z]+)?)(?:\/(\d+))?$/.exec(item);
      if (!m) return `has an invalid ${field} field "${parts[i]}"`;
      if (m[2] !== undefined && Number(m[2]) === 0) return `has a zero step in the ${field} field`;
      if (m[1] === '*' || m[1] === '?') continue;
      for (const v of m[1].split('-')) {
        if (/^\d+$/.test(v) ? Number(v) < min || Number(v) > max : !(i >= 3 && NAMES.test(v))) {
          return `has ${field} "${v}" out of range ${min}-${max}`;
        }
      }
    }
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
    this.name = props.name ?? defaultObjectName(this);
    const namespace = props.namespace ?? 'velero';
    checkDnsLabel(this, 'name', this.name);
    checkDnsLabel(this, 'namespace', namespace);
    if (!isUnresolved(props.schedule)) {
      const problem = typeof props.schedule === 'string' ? cronProblem(props.schedule) : 'is not a string';
      if (problem) throw new InvalidPropError(this, 'schedule', props.schedule, `must be a cron expression such as "0 3 * * *" or "@every 6h": it ${problem}`);
    }
    checkCount(this, 'includedNamespaces', props.includedNamespaces, 1);
    for (const [i, ns] of (props.includedNamespaces ?? []).entries()) {
      if (ns !== '*') checkDnsLabel(this, `includedNamespaces[${i}]`, ns);
    }
    const ttl = props.ttl ?? '720h0m0s';
    if (!isUnresolved(ttl) && !(goDurationSeconds(ttl) >= 3600)) {
      throw new InvalidPropError(this, 'ttl', ttl, 'must be a Go duration of at least 1h, such as "720h0m0s" or "168h"');
    }
    if (props.includedResources !== undefined) checkCount(this, 'includedResources', props.includedResources, 1);
    checkLabels(this, 'labelSelector', props.labelSelector);
    if (props.storageLocation !== undefined) checkDnsLabel(this, 'storageLocation', props.storageLocation);

    const template: Record<string, unknown> = {
      includedNamespaces: [...props.includedNamespaces],
      ttl,
      snapshotVolumes: props.snapshotVolumes ?? true,
    };
    if (props.includedResources) template.includedResources = [...props.includedResources];
    if (props.excludedResources) template.excludedResources = [...props.excludedResources];
    if (props.labelSelector) template.labelSelector = { matchLabels: { ...props.labelSelector } };
    if (props.storageLocation) template.storageLocation = props.storageLocation;
    if (props.volumeSnapshotLocations) template.volumeSnapshotLocations = [...props.volumeSnapshotLocations];

    this.manifest = new Manifest(this, 'schedule', {
      manifest: {
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
        metadata: { name: this.name, namespace, labels: { ...MANAGED_BY_LABELS } },
        spec: { schedule: props.schedule, useOwnerReferencesInBackup: false, template },
      },
    });
  }
}
