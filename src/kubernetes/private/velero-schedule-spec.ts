import { PropSpecs, spec } from '../../core/prop-spec';
import { DNS_LABEL } from '../k8s-names';
import type { VeleroScheduleProps } from '../velero-schedule';
import { dnsLabel, dnsSubdomain, labels } from './k8s-specs';
import { GO_DURATION } from './velero-cron';

/** A namespace, or `*` for all (Velero's `includedNamespaces`). */
const NAMESPACE_OR_ALL = new RegExp(`^(\\*|${DNS_LABEL.source.slice(1, -1)})$`);
/** Resource names as Velero resolves them through discovery: `deployments`, `deployments.apps`. */
const RESOURCE = '[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?';
const resources = (pattern: RegExp, what: string) => spec.list(spec.name({ pattern, what }), { minItems: 1, unique: true });

/** What every prop of a VeleroSchedule accepts (the cron expression and the TTL's minimum are checked by the construct). */
export const VELERO_SCHEDULE_PROPS: PropSpecs<VeleroScheduleProps> = {
  schedule: spec.name({ required: 'when backups run, e.g. "0 3 * * *"', what: 'a five-field cron expression or a descriptor such as "@daily" or "@every 6h"' }),
  includedNamespaces: spec.list(spec.name({ pattern: NAMESPACE_OR_ALL, what: 'a namespace (a DNS-1123 label) or "*" for all' }), {
    required: 'the namespaces to back up ("*" for all)',
    minItems: 1,
    unique: true,
  }),
  name: dnsLabel(),
  namespace: dnsLabel(),
  ttl: spec.name({ pattern: GO_DURATION, what: 'a Go duration of at least 1h, such as "720h0m0s" or "168h"' }),
  includedResources: resources(new RegExp(`^(\\*|${RESOURCE})$`), 'a resource name such as "deployments", "deployments.apps" or "*"'),
  // Velero's ValidateIncludesExcludes: "excludes list cannot contain '*'".
  excludedResources: resources(new RegExp(`^${RESOURCE}$`), 'a resource name such as "events" or "events.events.k8s.io" ("*" would exclude everything)'),
  labelSelector: labels(),
  snapshotVolumes: spec.boolean(),
  // BackupStorageLocation and VolumeSnapshotLocation are custom resources: their names are DNS-1123 subdomains.
  storageLocation: dnsSubdomain(),
  volumeSnapshotLocations: spec.list(dnsSubdomain(), { minItems: 1, unique: true }),
};
