/**
 * The contract between constructs, rules and the report: names and numbers
 * that `src/aws`, `src/kubernetes` and `src/checks` all read. Pure data, no
 * cdktf import, so the `check` command can load it without the framework.
 *
 * Change a value here and every producer and reader moves together; a
 * renamed tag or annotation key is a breaking change for deployed stacks.
 */

/** Tag put on every taggable AWS resource the library creates. */
export const MANAGED_BY_TAG = 'ManagedBy';
/** Its value, and the value of the Kubernetes managed-by label. */
export const MANAGED_BY_VALUE = 'cdktf-reliability';
/** Label the library puts on every Kubernetes object it creates. */
export const MANAGED_BY_LABELS: Readonly<Record<string, string>> = Object.freeze({ 'app.kubernetes.io/managed-by': MANAGED_BY_VALUE });

/** Tag on an alarm naming its severity (`page`, `ticket`, ...). */
export const SEVERITY_TAG = 'Severity';

/** Tags on every SLO alarm: the report and the rule pack read an SLO back from them. */
export const SLO_TAGS = Object.freeze({
  service: 'slo:service',
  name: 'slo:name',
  objective: 'slo:objective',
  period: 'slo:period',
  alert: 'slo:alert',
  window: 'slo:window',
  burnRate: 'slo:burn-rate',
  longWindow: 'slo:long-window',
  shortWindow: 'slo:short-window',
  severity: 'slo:severity',
  /** On the SLI health alarm: how long the SLI must report nothing before it fires (`12h`). */
  sliHealth: 'slo:sli-health',
  /** On the budget-exhausted alarm: the percent of the SLO period's error budget it fires at (`100`). */
  budgetExhausted: 'slo:budget-exhausted',
});

/**
 * Prometheus recording rules of an SLO (sloth's names): SloRules writes them and the deploy gate and the Argo
 * Rollouts analysis read them. The error ratio over a window is `<errorRatioPrefix><window>` (`slo:sli_error:ratio_rate5m`),
 * labelled `service`, `slo` and `window`.
 */
export const SLO_RECORDS = Object.freeze({
  errorRatioPrefix: 'slo:sli_error:ratio_rate',
  totalEventsPrefix: 'slo:sli_total_events:increase',
  /** The window every SLO records, whose record feeds the period ratio and the current burn rate. */
  baseWindowSeconds: 300,
});

/** Prefix of every recovery tag. */
export const RECOVERY_TAG_PREFIX = 'recovery:';

/**
 * Tags a stateful or serving resource carries to say what recovery it
 * achieves; the report and the disaster-recovery check read them. Durations
 * are written as the SLO model's duration strings (`5m`, `1h`, `24h`).
 */
export const RECOVERY_TAGS = Object.freeze({
  /** Recovery time objective the resource is held to. */
  rto: 'recovery:rto',
  /** Recovery point objective the resource is held to. */
  rpo: 'recovery:rpo',
  /** Strategy for a region disruption: `backup-restore`, `pilot-light`, `warm-standby`, `active-active`. */
  strategy: 'recovery:strategy',
  /** Data lost when a zone is lost (`0` for synchronous Multi-AZ). */
  rpoZone: 'recovery:rpo-zone',
  /** Data lost when the region is lost (replication lag, or copy interval plus copy time). */
  rpoRegion: 'recovery:rpo-region',
  /** Data lost to corruption or deletion: the finest restore point (PITR: `5m`; daily snapshots: `24h`). */
  rpoData: 'recovery:rpo-data',
  /** Time to serve again from the recovery region (failover detection plus DNS, promotion, scale-up). */
  rtoRegion: 'recovery:rto-region',
  /** `true` on resources that serve traffic but hold no data: only their RTO is checked. */
  stateless: 'recovery:stateless',
  /** Regions holding a copy of the data, separated by spaces (`TAG_LIST_SEPARATOR`: AWS refuses commas in tag values). */
  regions: 'recovery:regions',
  /** Names of the backup plans that protect the resource, separated by spaces (`TAG_LIST_SEPARATOR`). */
  backupPlan: 'recovery:backup-plan',
  /** Days the backups are kept. */
  retentionDays: 'recovery:retention-days',
  /** Vault lock mode of the backups: `none`, `governance` or `compliance`. */
  vaultLock: 'recovery:vault-lock',
  /** Whether restores are tested on a schedule: `true` or `false`. */
  restoreTesting: 'recovery:restore-testing',
  /** Objectives of a `RecoveryObjectives`, one tag per disruption: `recovery:objective:region` = `rto=15m rpo=1m`. */
  objectivePrefix: 'recovery:objective:',
  /**
   * On the policy of a `RecoveryObjectives` that holds only the resources it lists: its name. Those resources carry
   * `recovery:held-to:<name>` = `true`, so the report checks each set of objectives against its own resources.
   */
  objectivesName: 'recovery:objectives',
  /** Prefix of the tag naming the objectives a resource is held to (see `objectivesName`). */
  heldToPrefix: 'recovery:held-to:',
});

/** Construct metadata and Kubernetes annotation keys the library writes and the rule pack reads. */
export const ANNOTATIONS = Object.freeze({
  /** JSON list of the SLOs a PrometheusRule implements. */
  slos: 'reliability.cdktf.io/slos',
  /** JSON recovery objectives and achievements of a resource. */
  recovery: 'reliability.cdktf.io/recovery',
  /** A deployment that runs one replica on purpose. */
  singleReplica: 'reliability.cdktf.io/single-replica',
});

/** Retention floors and ceilings, in days. */
export const RETENTION = Object.freeze({
  /** Fewest days of backups the library and the rule pack accept. */
  minBackupDays: 7,
  /** Most days of automated RDS/Aurora backups, AWS Backup continuous backups and DynamoDB PITR. */
  maxContinuousBackupDays: 35,
  /** AWS Backup: days a recovery point must stay in cold storage before it may be deleted. */
  minColdStorageDays: 90,
  /** AWS Backup vault lock: shortest cooling-off period before a compliance lock becomes permanent. */
  minVaultLockCoolingOffDays: 3,
});

/** Replica and zone minimums. */
export const REDUNDANCY = Object.freeze({
  /** Fewest Availability Zones a multi-AZ construct spreads over. */
  minZones: 2,
  /** Zones used when the user does not say. */
  defaultZones: 3,
  /** Fewest replicas (pods, instances) that survive losing one. */
  minReplicas: 2,
});

/**
 * The engine parameter that makes an RDS or Aurora database refuse connections without TLS, by engine line, and the
 * values that force it. Both parameters are dynamic: no reboot once the group is associated.
 * - PostgreSQL (RDS and Aurora): `rds.force_ssl = 1` (RDS User Guide, "Using SSL with a PostgreSQL DB instance",
 *   "Requiring an SSL connection to a PostgreSQL DB instance"; Aurora User Guide, "Securing Aurora PostgreSQL data
 *   with SSL/TLS": in the DB cluster parameter group).
 * - MySQL, MariaDB, Aurora MySQL: `require_secure_transport = 1 (ON)` (RDS User Guide, "Requiring SSL/TLS for all
 *   connections to a MySQL DB instance on Amazon RDS"; Aurora: the DB cluster parameter group). RDS reports the
 *   instance parameter as 1 and the Aurora cluster parameter as ON (prowler-cloud/prowler#4116), so the library
 *   writes those spellings (another one would show as a diff on every plan); a check accepts either.
 */
export const FORCE_TLS = Object.freeze({
  postgres: Object.freeze({ engines: Object.freeze(['postgres', 'aurora-postgresql']), parameter: 'rds.force_ssl', instanceValue: '1', clusterValue: '1', forcing: Object.freeze(['1']) }),
  mysql: Object.freeze({
    engines: Object.freeze(['mysql', 'mariadb', 'aurora-mysql', 'aurora']),
    parameter: 'require_secure_transport',
    instanceValue: '1',
    clusterValue: 'ON',
    // Compared upper-cased: MySQL reads on and ON alike.
    forcing: Object.freeze(['1', 'ON']),
  }),
});

/**
 * Tags an Auto Scaling group carries to say what capacity it must hold; the
 * report reads them (with the group's min and max size) to show zone-loss
 * headroom and scaling limits per service.
 */
export const CAPACITY_TAGS = Object.freeze({
  /** Instances the service needs at peak (`requiredCapacity`). */
  required: 'capacity:required',
  /** Zones the group spreads over. */
  zones: 'capacity:zones',
  /** Predictive scaling mode: `ForecastOnly` or `ForecastAndScale` (absent: none). */
  predictive: 'capacity:predictive',
});

/** Metadata type under which rule suppressions and opt-outs are recorded on a construct. */
export const SUPPRESSION_METADATA_TYPE = 'cdktf-reliability:suppression';

/**
 * Key, inside a resource's `//` comment object of the synthesized JSON,
 * listing the suppressions that apply to it, so that `cdktf-reliability check`
 * over `cdk.tf.json` reports them as the aspect does. Terraform ignores `//`.
 */
export const SUPPRESSIONS_JSON_KEY = 'cdktf-reliability:suppressions';

/** What a rule id looks like: `REL-RDS-1`, or a custom rule's `ACME-DB-2`. */
export const RULE_ID_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$/;

/** A rule suppressed on a construct and its children, with the reason. */
export interface RuleSuppression {
  readonly ruleId: string;
  readonly reason: string;
  /**
   * Set when the suppression records a user's explicit choice of an unsafe
   * option (`recordOptOut`), not a `ReliabilityChecks.suppress` call. Such a
   * suppression yields to an explicit rule setting: with
   * `ruleSettings: { [ruleId]: 'error' }` the finding is reported again.
   * @default - absent: a suppression the user wrote
   */
  readonly optOut?: { readonly prop: string; readonly value: unknown };
}
