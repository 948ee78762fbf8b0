import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Construct } from 'constructs';
import { InvalidPropError } from '../core/errors';
import { checkFramework } from '../core/framework';
import { checkBySpec, checkPropsBySpec } from '../core/prop-spec';
import { itemsToCheck } from '../core/prop-types';
import { isUnresolved } from '../core/tokens';
import { literalDeep } from '../core/user-text';
import { claimObjectName, defaultObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { cronProblem, goDurationSeconds } from './private/velero-cron';
import { VELERO_SCHEDULE_PROPS } from './private/velero-schedule-spec';

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
    checkPropsBySpec(this, props, VELERO_SCHEDULE_PROPS);
    this.name = props.name ?? defaultObjectName(this);
    if (props.name === undefined) checkBySpec(this, 'name', this.name, VELERO_SCHEDULE_PROPS.name);
    const namespace = props.namespace ?? 'velero';
    this.checkSchedule(props);
    const ttl = props.ttl ?? '720h0m0s';
    if (!isUnresolved(ttl) && !(goDurationSeconds(ttl) >= 3600)) {
      throw new InvalidPropError(this, 'ttl', ttl, 'must be a Go duration of at least 1h, such as "720h0m0s" or "168h"');
    }
    this.checkIncludesExcludes(props);

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

  private checkSchedule(props: VeleroScheduleProps): void {
    if (isUnresolved(props.schedule)) return;
    const problem = cronProblem(props.schedule);
    if (problem) throw new InvalidPropError(this, 'schedule', props.schedule, `must be a cron expression such as "0 3 * * *" or "@every 6h": it ${problem}`);
  }

  /**
   * Velero's `ValidateIncludesExcludes` (pkg/util/collections/includes_excludes.go): "*" only alone in an includes
   * list (the spec keeps it out of excludes), and no item in both. Each scheduled backup would otherwise end
   * FailedValidation.
   */
  private checkIncludesExcludes(props: VeleroScheduleProps): void {
    const onlyAlone = (prop: 'includedNamespaces' | 'includedResources') => {
      const items = itemsToCheck(props[prop]);
      if (items.includes('*') && items.length > 1) throw new InvalidPropError(this, prop, props[prop], 'must be ["*"] alone or a list of names without "*" (Velero refuses "*" with other items)');
    };
    onlyAlone('includedNamespaces');
    onlyAlone('includedResources');
    itemsToCheck(props.excludedResources).forEach((item, i) => {
      if (!isUnresolved(item) && itemsToCheck(props.includedResources).includes(item)) {
        throw new InvalidPropError(this, `excludedResources[${i}]`, item, 'must not also be in includedResources (Velero refuses a backup whose lists overlap)');
      }
    });
  }
}
