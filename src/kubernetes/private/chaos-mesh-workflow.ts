/**
 * The Chaos Mesh objects of a ChaosMeshDrill, as data (no cdktf import): the
 * Workflow spec (a pre-flight status check, then the chaos in parallel with a
 * continuous status check that aborts), the Schedule around it, and the
 * PromQL query whose HTTP status code says whether the SLO pages.
 *
 * Sources (chaos-mesh/chaos-mesh at the commit in
 * test/kubernetes/fixtures/chaos-mesh-schema.json):
 * - api/v1alpha1/workflow_types.go, workflow_webhook.go: templates (name a
 *   DNS-1123 subdomain, unique), `deadline`, `children`, `abortWithStatusCheck`;
 *   a chaos template must not set `duration` ("use Template#Deadline instead").
 * - api/v1alpha1/statuscheck_types.go, statuscheck_webhook.go: an HTTP check
 *   judges only the status code (`criteria.statusCode`); mode defaults to
 *   Synchronous; controllers/statuscheck/http/http.go counts a request that
 *   fails (connection refused, timeout) as a failed execution.
 * - pkg/workflow/controllers/statuscheck_reconciler.go (`needToAbort`): a
 *   completed check whose last records are not successes aborts the workflow;
 *   chaos_node_reconciler.go deletes the chaos objects of a finished (aborted
 *   or past deadline) node, which recovers the pods.
 * - api/v1alpha1/schedule_types.go: a Schedule of `type: Workflow` with
 *   `workflow: <WorkflowSpec>`, paused while annotated
 *   `experiment.chaos-mesh.org/pause: "true"` (controllers/schedule/cron).
 * - api/v1alpha1/common_webhook.go, pkg/selector/generic/mode.go: mode
 *   `fixed-percent` takes a value in (0, 100] and selects ceil(n * value / 100)
 *   pods, so at least one.
 */
import { DrillSchedule, minutesOf } from '../../aws/chaos/drill-schedule';

/** The pod scenarios: FIS's EKS pod vocabulary plus Chaos Mesh's pod-failure. */
export const CHAOS_MESH_SCENARIOS = ['pod-delete', 'pod-failure', 'pod-cpu-stress', 'pod-network-latency'] as const;
export type ChaosMeshScenario = (typeof CHAOS_MESH_SCENARIOS)[number];

/** The annotation that pauses a Chaos Mesh Schedule (api/v1alpha1/common_types.go, `PauseAnnotationKey`). */
export const CHAOS_MESH_PAUSE_ANNOTATION = 'experiment.chaos-mesh.org/pause';

/** The page alert of one SLO, as SloRules wrote it. */
export interface PageCondition {
  /** The alert's expression: non-empty exactly while the SLO pages. */
  readonly expr: string;
}

/**
 * The page-gate query: Prometheus answers HTTP 200 with an empty result while
 * no page condition holds and every record it reads exists, and refuses to
 * evaluate it (HTTP 422, "multiple matches for labels: many-to-one matching
 * must be explicit") as soon as one holds or a record is missing. The left
 * side always holds two series that differ only by a label `on()` ignores;
 * the right side, a one-to-one match on no label, is one series (`count`)
 * exactly when the condition holds, so both left series match it, which
 * one-to-one matching forbids (Prometheus docs, "Operators: Vector matching";
 * engine.go VectorBinop). An empty right side matches nothing: no error.
 */
export function pageGateQuery(conditions: readonly PageCondition[]): string {
  const exprs = conditions.map((c) => c.expr.replace(/\n\s*/g, ' ').trim());
  // No data is not quiet: a record the alerts read that is absent (rules not loaded, another Prometheus, a renamed
  // label) would keep every condition empty, so the gate fails instead. NaN (no events) is data: absent() is empty.
  const records = [...new Set(exprs.flatMap((e) => e.match(/slo:[A-Za-z0-9_:]+\{[^}]*\}/g) ?? []))];
  const parts = [...exprs.map((e) => `(${e})`), ...records.map((r) => `absent(${r})`)];
  return `(vector(1) or label_replace(vector(1), "copy", "1", "", "")) + on() count(${parts.join(' or ')})`;
}

/** The URL of an instant query against Prometheus's HTTP API (GET /api/v1/query?query=...). */
export function instantQueryUrl(prometheusAddress: string, query: string): string {
  return `${prometheusAddress.replace(/\/+$/, '')}/api/v1/query?query=${encodeURIComponent(query)}`;
}

/** How the status check polls. */
export interface StatusCheckOptions {
  readonly url: string;
  readonly intervalSeconds: number;
  readonly timeoutSeconds: number;
  readonly failureThreshold: number;
}

/** Records a StatusCheck keeps; the failure threshold counts the latest records, so it must not exceed this. */
export const STATUS_CHECK_RECORDS = 100;

/** A StatusCheck spec: HTTP GET, success only on 200. */
export function statusCheckSpec(mode: 'Synchronous' | 'Continuous', o: StatusCheckOptions): Record<string, unknown> {
  return {
    mode,
    type: 'HTTP',
    intervalSeconds: o.intervalSeconds,
    timeoutSeconds: o.timeoutSeconds,
    failureThreshold: o.failureThreshold,
    successThreshold: 1,
    recordsHistoryLimit: STATUS_CHECK_RECORDS,
    http: { url: o.url, method: 'GET', criteria: { statusCode: '200' } },
  };
}

/** What the chaos hits and how hard. */
export interface ChaosOptions {
  readonly scenarios: readonly ChaosMeshScenario[];
  readonly namespace: string;
  readonly selector: Readonly<Record<string, string>>;
  /** Share of the selected pods, percent; 100 with `allPods` only. */
  readonly podPercent: (scenario: ChaosMeshScenario) => number;
  readonly allPods: boolean;
  readonly durationMinutes: number;
  readonly cpuLoadPercent: number;
  readonly cpuWorkers: number;
  readonly latencyMilliseconds: number;
  readonly jitterMilliseconds?: number;
}

const TEMPLATE_NAMES: Record<ChaosMeshScenario, string> = {
  'pod-delete': 'delete-pods',
  'pod-failure': 'fail-pods',
  'pod-cpu-stress': 'stress-pod-cpu',
  'pod-network-latency': 'delay-pod-network',
};

function chaosTemplate(scenario: ChaosMeshScenario, o: ChaosOptions, deadline: string): Record<string, unknown> {
  const target = {
    selector: { namespaces: [o.namespace], labelSelectors: { ...o.selector } },
    ...(o.allPods ? { mode: 'all' } : { mode: 'fixed-percent', value: String(o.podPercent(scenario)) }),
  };
  const base = { name: TEMPLATE_NAMES[scenario], deadline };
  switch (scenario) {
    case 'pod-delete':
      // pod-kill deletes the pods once; their ReplicaSet replaces them (PodChaos, action pod-kill).
      return { ...base, templateType: 'PodChaos', podChaos: { action: 'pod-kill', ...target } };
    case 'pod-failure':
      // pod-failure keeps the pods unavailable until the deadline (their containers' images are replaced by a pause image).
      return { ...base, templateType: 'PodChaos', podChaos: { action: 'pod-failure', ...target } };
    case 'pod-cpu-stress':
      return { ...base, templateType: 'StressChaos', stressChaos: { ...target, stressors: { cpu: { workers: o.cpuWorkers, load: o.cpuLoadPercent } } } };
    case 'pod-network-latency':
      return {
        ...base,
        templateType: 'NetworkChaos',
        // Direction `to` with no target delays all the pods' outgoing traffic; `from` and `both` need targets
        // (api/v1alpha1/networkchaos_webhook.go).
        networkChaos: {
          action: 'delay',
          ...target,
          direction: 'to',
          delay: { latency: `${o.latencyMilliseconds}ms`, ...(o.jitterMilliseconds === undefined ? {} : { jitter: `${o.jitterMilliseconds}ms` }) },
        },
      };
  }
}

/** Template names of the workflow, for the entry and the tests. */
export const WORKFLOW_TEMPLATES = { entry: 'drill', preflight: 'slo-preflight', run: 'chaos-under-slo', watch: 'slo-watch' } as const;

/**
 * The Workflow spec: `drill` (Serial) runs `slo-preflight` (a Synchronous check that aborts the workflow before any
 * fault when the SLO already pages or Prometheus does not answer), then `chaos-under-slo` (Parallel): every
 * scenario's chaos and `slo-watch`, a Continuous check that aborts it, all bounded by the drill's duration.
 */
export function workflowSpec(chaos: ChaosOptions, check: StatusCheckOptions): Record<string, unknown> {
  // A Go duration (time.ParseDuration), which the deadline reconciler reads.
  const deadline = `${chaos.durationMinutes}m`;
  const faults = chaos.scenarios.map((s) => chaosTemplate(s, chaos, deadline));
  const t = WORKFLOW_TEMPLATES;
  return {
    entry: t.entry,
    templates: [
      { name: t.entry, templateType: 'Serial', children: [t.preflight, t.run] },
      // No deadline: a Serial moves on when a child's deadline passes, which would start the chaos unchecked.
      { name: t.preflight, templateType: 'StatusCheck', abortWithStatusCheck: true, statusCheck: statusCheckSpec('Synchronous', check) },
      { name: t.run, templateType: 'Parallel', deadline, children: [...faults.map((f) => f.name as string), t.watch] },
      ...faults,
      // The watch ends with the deadline, not with a duration: a check that completes by duration aborts the
      // workflow unless its last record was a success (needToAbort).
      { name: t.watch, templateType: 'StatusCheck', deadline, abortWithStatusCheck: true, statusCheck: statusCheckSpec('Continuous', check) },
    ],
  };
}

/**
 * The Schedule's cron: minute hour, any day of month and month, the days (robfig/cron v3, which Chaos Mesh parses
 * schedules with, reads MON..SUN), in the schedule's time zone (`CRON_TZ=`, loaded from the tzdata the
 * chaos-mesh controller image installs; UTC needs none).
 */
export function chaosMeshCron(s: DrillSchedule): string {
  const start = minutesOf(s.startTime)!;
  const zone = s.timeZone === undefined || s.timeZone === 'Etc/UTC' ? 'UTC' : s.timeZone;
  return `CRON_TZ=${zone} ${start % 60} ${Math.floor(start / 60)} * * ${s.days.join(',')}`;
}
