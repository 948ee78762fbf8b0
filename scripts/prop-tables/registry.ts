import { SLO_GRAFANA_DASHBOARD_PROPS } from '../../src/kubernetes/private/slo-grafana-dashboard-spec';
import { DATADOG_SLOS_PROPS } from '../../src/datadog/private/datadog-slos-spec';
import { MANAGED_PROMETHEUS_SLOS_PROPS } from '../../src/aws/observability/private/managed-prometheus-slos-spec';
import { PropSpecs } from '../../src/core/prop-spec';
import { REGION_SCOPE_PROPS } from '../../src/aws/common/private/region-scope-spec';
import { AUTO_SCALED_SERVICE_PROPS } from '../../src/aws/compute/private/auto-scaled-service-spec';
import { MULTI_AZ_NETWORK_PROPS } from '../../src/aws/network/private/multi-az-network-spec';
import { ALARM_CHANNEL_PROPS } from '../../src/aws/observability/private/alarm-channel-spec';
import { RESILIENT_DEPLOYMENT_PROPS } from '../../src/kubernetes/private/resilient-deployment-spec';
import { SLO_RULES_PROPS } from '../../src/kubernetes/private/slo-rules-spec';
import { VELERO_SCHEDULE_PROPS } from '../../src/kubernetes/private/velero-schedule-spec';
import { SLO_ALARMS_PROPS } from '../../src/aws/observability/private/slo-alarms-spec';
import { REGIONAL_FAILOVER_PROPS } from '../../src/aws/recovery/private/regional-failover-spec';
import { REGION_SWITCH_PLAN_PROPS } from '../../src/aws/recovery/private/region-switch-plan-spec';
import { RECOVERY_OBJECTIVES_PROPS } from '../../src/aws/recovery/private/recovery-objectives-spec';
import { ZONAL_AUTOSHIFT_PROPS } from '../../src/aws/recovery/private/zonal-autoshift-spec';
import { CHAOS_DRILL_PROPS } from '../../src/aws/chaos/private/chaos-drill-spec';
import { CHAOS_MESH_DRILL_PROPS } from '../../src/kubernetes/private/chaos-mesh-drill-spec';
import { BACKUP_PLAN_PROPS } from '../../src/aws/backup/private/backup-plan-spec';
import { RESILIENT_TABLE_PROPS } from '../../src/aws/storage/private/resilient-table-spec';
import { RESILIENT_DATABASE_PROPS } from '../../src/aws/database/private/resilient-database-spec';
import { REPLICATED_BUCKET_PROPS } from '../../src/aws/storage/private/replicated-bucket-spec';
import { CHAT_NOTIFICATIONS_PROPS } from '../../src/aws/incident/private/chat-notifications-spec';
import { PAGERDUTY_ESCALATION_PROPS } from '../../src/aws/pagerduty/private/pagerduty-escalation-spec';

/** A construct described by specs: its name, the file declaring `<Name>Props`, and its specs. */
export interface SpecEntry {
  readonly construct: string;
  readonly source: string;
  readonly specs: PropSpecs<any>;
}

/**
 * Every construct whose props are data. `docs/props.md` is generated from
 * these (with the props interfaces' TSDoc); the contract suites read the same
 * specs; `test/contract-coverage.test.ts` checks each construct is here.
 */
export const SPEC_REGISTRY: readonly SpecEntry[] = [
  { construct: 'AlarmChannel', source: 'src/aws/observability/alarm-channel.ts', specs: ALARM_CHANNEL_PROPS },
  { construct: 'ResilientDeployment', source: 'src/kubernetes/resilient-deployment.ts', specs: RESILIENT_DEPLOYMENT_PROPS },
  { construct: 'SloRules', source: 'src/kubernetes/slo-rules.ts', specs: SLO_RULES_PROPS },
  { construct: 'SloGrafanaDashboard', source: 'src/kubernetes/slo-grafana-dashboard.ts', specs: SLO_GRAFANA_DASHBOARD_PROPS },
  { construct: 'VeleroSchedule', source: 'src/kubernetes/velero-schedule.ts', specs: VELERO_SCHEDULE_PROPS },
  { construct: 'ChaosMeshDrill', source: 'src/kubernetes/chaos-mesh-drill.ts', specs: CHAOS_MESH_DRILL_PROPS },
  { construct: 'SloAlarms', source: 'src/aws/observability/slo-alarms.ts', specs: SLO_ALARMS_PROPS },
  { construct: 'DatadogSlos', source: 'src/datadog/datadog-slos.ts', specs: DATADOG_SLOS_PROPS },
  { construct: 'ManagedPrometheusSlos', source: 'src/aws/observability/managed-prometheus-slos.ts', specs: MANAGED_PROMETHEUS_SLOS_PROPS },
  { construct: 'MultiAzNetwork', source: 'src/aws/network/multi-az-network.ts', specs: MULTI_AZ_NETWORK_PROPS },
  { construct: 'AutoScaledService', source: 'src/aws/compute/auto-scaled-service.ts', specs: AUTO_SCALED_SERVICE_PROPS },
  { construct: 'RegionScope', source: 'src/aws/common/region-scope.ts', specs: REGION_SCOPE_PROPS },
  { construct: 'RegionalFailover', source: 'src/aws/recovery/regional-failover.ts', specs: REGIONAL_FAILOVER_PROPS },
  { construct: 'RegionSwitchPlan', source: 'src/aws/recovery/region-switch-plan.ts', specs: REGION_SWITCH_PLAN_PROPS },
  { construct: 'RecoveryObjectives', source: 'src/aws/recovery/recovery-objectives.ts', specs: RECOVERY_OBJECTIVES_PROPS },
  { construct: 'ZonalAutoshift', source: 'src/aws/recovery/zonal-autoshift.ts', specs: ZONAL_AUTOSHIFT_PROPS },
  { construct: 'ChaosDrill', source: 'src/aws/chaos/chaos-drill.ts', specs: CHAOS_DRILL_PROPS },
  { construct: 'BackupPlan', source: 'src/aws/backup/backup-plan.ts', specs: BACKUP_PLAN_PROPS },
  { construct: 'ResilientTable', source: 'src/aws/storage/resilient-table.ts', specs: RESILIENT_TABLE_PROPS },
  { construct: 'ResilientDatabase', source: 'src/aws/database/resilient-database.ts', specs: RESILIENT_DATABASE_PROPS },
  { construct: 'ReplicatedBucket', source: 'src/aws/storage/replicated-bucket.ts', specs: REPLICATED_BUCKET_PROPS },
  { construct: 'ChatNotifications', source: 'src/aws/incident/chat-notifications.ts', specs: CHAT_NOTIFICATIONS_PROPS },
  { construct: 'PagerDutyEscalation', source: 'src/aws/pagerduty/pagerduty-escalation.ts', specs: PAGERDUTY_ESCALATION_PROPS },
];
