import { Manifest } from '@cdktf/provider-kubernetes/lib/manifest';
import { Annotations } from 'cdktf';
import { Construct } from 'constructs';
import { DrillSchedule, scheduleProblem } from '../aws/chaos/drill-schedule';
import { InvalidPropError } from '../core/errors';
import { checkFramework } from '../core/framework';
import { checkBySpec, checkPropsBySpec } from '../core/prop-spec';
import { literalDeep } from '../core/user-text';
import { claimObjectName, defaultObjectName, MANAGED_BY_LABELS } from './k8s-names';
import { CHAOS_MESH_DRILL_PROPS } from './private/chaos-mesh-drill-spec';
import { CHAOS_MESH_PAUSE_ANNOTATION, chaosMeshCron, ChaosMeshScenario, instantQueryUrl, pageGateQuery, StatusCheckOptions, workflowSpec } from './private/chaos-mesh-workflow';
import { SloRules } from './slo-rules';

export { CHAOS_MESH_SCENARIOS } from './private/chaos-mesh-workflow';
export type { ChaosMeshScenario } from './private/chaos-mesh-workflow';

/** The pods a drill hits: a `ResilientDeployment`, or any workload's namespace and pod selector. */
export interface IChaosMeshPods {
  /** The namespace the pods run in. */
  readonly namespace: string;
  /** Labels every target pod carries (the workload's pod selector). */
  readonly selector: Readonly<Record<string, string>>;
}

/** An explicit, explained opt-in to something unsafe. */
export interface ChaosMeshOptIn {
  /** Why it is acceptable here, e.g. "staging; nobody is paged for it (OPS-123)". */
  readonly reason: string;
}

/** How the status checks poll Prometheus. */
export interface ChaosMeshStatusCheck {
  /**
   * Seconds between two queries.
   * @default 10
   */
  readonly intervalSeconds?: number;
  /**
   * Seconds a query may take before it counts as a failure; at most `intervalSeconds`.
   * @default 5
   */
  readonly timeoutSeconds?: number;
  /**
   * Consecutive failed queries (page condition, missing records, or no answer) that abort the drill.
   * @default 3
   */
  readonly failureThreshold?: number;
}

/** Props of {@link ChaosMeshDrill}. */
export interface ChaosMeshDrillProps {
  /** The workload whose pods the drill hits (a `ResilientDeployment`): its namespace and pod labels. */
  readonly pods: IChaosMeshPods;
  /**
   * The failures injected together, each a Chaos Mesh object in the workflow:
   * - `pod-delete`: a share of the pods is deleted once (PodChaos `pod-kill`); their ReplicaSet replaces them;
   * - `pod-failure`: a share of the pods is unavailable for the whole drill (PodChaos `pod-failure`);
   * - `pod-cpu-stress`: a share of the pods runs at high CPU (StressChaos `cpu`);
   * - `pod-network-latency`: a share of the pods gets added latency on their outgoing traffic (NetworkChaos `delay`).
   */
  readonly scenarios: readonly ChaosMeshScenario[];
  /** The SLO rules whose page alerts abort the drill (the page condition is read from their records). */
  readonly sloRules: SloRules;
  /**
   * Names of the SLOs (of `sloRules`) whose page condition aborts the drill.
   * @default - every SLO of `sloRules` with a page alert
   */
  readonly slos?: readonly string[];
  /**
   * The Prometheus server that evaluates `sloRules` (an http(s) URL the Chaos Mesh controller reaches), e.g.
   * `http://prometheus-operated.monitoring.svc:9090`.
   */
  readonly prometheusAddress: string;
  /**
   * How the status checks poll Prometheus.
   * @default - every 10 s, 5 s timeout, aborting after 3 failures in a row
   */
  readonly statusCheck?: ChaosMeshStatusCheck;
  /**
   * Name of the Chaos Mesh Schedule (its workflows are named after it).
   * @default - the construct id, lower-cased and dashed
   */
  readonly name?: string;
  /**
   * Namespace of the Schedule and of the workflows and chaos objects it creates.
   * @default - the pods' namespace
   */
  readonly namespace?: string;
  /**
   * How long the failures last, minutes (the deadline of the chaos and of the watch).
   * @default 10
   */
  readonly durationMinutes?: number;
  /**
   * Share of the selected pods each scenario hits, percent (mode `fixed-percent`, rounded up: at least one pod).
   * 100 needs `allPods`.
   * @default - 33 for pod-delete and pod-failure, 50 for pod-cpu-stress and pod-network-latency
   */
  readonly podPercent?: number;
  /**
   * Hits every selected pod (mode `all`): the workload has nothing left to serve with. Needs a reason; adds a warning.
   * @default - a share of the pods, never all
   */
  readonly allPods?: ChaosMeshOptIn;
  /**
   * `pod-cpu-stress`: CPU load per worker, percent.
   * @default 80
   */
  readonly cpuLoadPercent?: number;
  /**
   * `pod-cpu-stress`: stress workers per pod.
   * @default 1
   */
  readonly cpuWorkers?: number;
  /**
   * `pod-network-latency`: latency added to every packet, milliseconds.
   * @default 200
   */
  readonly latencyMilliseconds?: number;
  /**
   * `pod-network-latency`: jitter of the added latency, milliseconds.
   * @default - no jitter
   */
  readonly jitterMilliseconds?: number;
  /**
   * A weekly schedule inside a time window (business hours by default); the Chaos Mesh Schedule stays paused unless
   * `enabled: true`.
   * @default - Tuesdays at 10:00 UTC, paused: run the drill by hand from `workflowManifest`
   */
  readonly schedule?: DrillSchedule;
}

const DEFAULT_PERCENT: Record<ChaosMeshScenario, number> = { 'pod-delete': 33, 'pod-failure': 33, 'pod-cpu-stress': 50, 'pod-network-latency': 50 };
const DEFAULT_SCHEDULE: DrillSchedule = { days: ['TUE'], startTime: '10:00' };
/** How long the Schedule may start a missed run late; a run missed while paused does not start on unpausing. */
const STARTING_DEADLINE_SECONDS = 300;

/**
 * A chaos drill for Kubernetes clusters without AWS FIS: a Chaos Mesh
 * `Schedule` (chaos-mesh.org/v1alpha1, as a `kubernetes_manifest`) of a
 * `Workflow` that breaks a share of a workload's pods (deleted, failed,
 * CPU-stressed or delayed) and aborts when the workload's SLO pages.
 *
 * - **Stopped by the SLO**: a status check asks Prometheus, before the chaos
 *   and every `intervalSeconds` during it, whether a page alert's condition
 *   holds; after `failureThreshold` failed answers the workflow aborts and
 *   Chaos Mesh deletes the chaos objects. Chaos Mesh judges an HTTP check by
 *   its status code only, so the query is one Prometheus refuses to evaluate
 *   (HTTP 422) while the condition holds or the SLO's records are missing.
 *   No answer (Prometheus down, a timeout) fails the check too: the drill
 *   stops rather than runs blind. This is weaker than an alarm stop: it
 *   polls, it runs in the Chaos Mesh controller and depends on Prometheus and
 *   the path to it (docs/chaos-and-self-healing.md).
 * - **Bounded**: every fault and the watch end at the drill's deadline; a
 *   share of the pods (at least one), never all unless `allPods` says why.
 * - **Scheduled, carefully**: the Schedule is created paused; the library
 *   never starts a drill at apply.
 *
 * Requires Chaos Mesh (its CRDs, controller and, for the stress and network
 * scenarios, chaos-daemon) in the cluster; the library does not install it.
 */
export class ChaosMeshDrill extends Construct {
  /** The Chaos Mesh Schedule (paused unless `schedule.enabled`). */
  public readonly schedule: Manifest;
  /** Name of the Schedule. */
  public readonly name: string;
  /** Namespace of the Schedule and of the workflows it creates. */
  public readonly namespace: string;
  /** The workflow each run executes (the Schedule's `spec.workflow`). */
  public readonly workflowSpec: Readonly<Record<string, unknown>>;
  /**
   * A Workflow object that runs the drill once by hand: `kubectl create -f` it (it has a `generateName`, so each
   * run is a new object). Not applied by the library.
   */
  public readonly workflowManifest: Readonly<Record<string, unknown>>;
  /** The PromQL query of the status checks: HTTP 200 while no page condition holds, 422 while one does. */
  public readonly pageGateQuery: string;
  /** The URL the status checks GET. */
  public readonly statusCheckUrl: string;
  /** How long the failures last, minutes. */
  public readonly durationMinutes: number;

  constructor(scope: Construct, id: string, props: ChaosMeshDrillProps) {
    super(scope, id);
    checkFramework(this);
    checkPropsBySpec(this, props, CHAOS_MESH_DRILL_PROPS);
    this.name = props.name ?? defaultObjectName(this);
    if (props.name === undefined) checkBySpec(this, 'name', this.name, CHAOS_MESH_DRILL_PROPS.name);
    this.namespace = props.namespace ?? props.pods.namespace;
    this.durationMinutes = props.durationMinutes ?? 10;
    this.checkScenarioKnobs(props);
    const check = this.statusCheckOptions(props);
    this.pageGateQuery = check.query;
    this.statusCheckUrl = check.url;
    const schedule = this.checkSchedule(props);

    this.workflowSpec = workflowSpec(
      {
        scenarios: props.scenarios,
        namespace: props.pods.namespace,
        selector: props.pods.selector,
        podPercent: (s) => props.podPercent ?? DEFAULT_PERCENT[s],
        allPods: props.allPods !== undefined,
        durationMinutes: this.durationMinutes,
        cpuLoadPercent: props.cpuLoadPercent ?? 80,
        cpuWorkers: props.cpuWorkers ?? 1,
        latencyMilliseconds: props.latencyMilliseconds ?? 200,
        jitterMilliseconds: props.jitterMilliseconds,
      },
      check,
    );
    const labels = { ...MANAGED_BY_LABELS };
    this.workflowManifest = {
      apiVersion: 'chaos-mesh.org/v1alpha1',
      kind: 'Workflow',
      metadata: { generateName: `${this.name}-`, namespace: this.namespace, labels },
      spec: this.workflowSpec,
    };
    const enabled = schedule.enabled === true;
    this.schedule = new Manifest(this, 'schedule', {
      manifest: literalDeep({
        apiVersion: 'chaos-mesh.org/v1alpha1',
        kind: 'Schedule',
        metadata: { name: this.name, namespace: this.namespace, labels, annotations: { [CHAOS_MESH_PAUSE_ANNOTATION]: String(!enabled) } },
        spec: {
          schedule: chaosMeshCron(schedule),
          startingDeadlineSeconds: STARTING_DEADLINE_SECONDS,
          concurrencyPolicy: 'Forbid',
          historyLimit: 5,
          type: 'Workflow',
          workflow: this.workflowSpec,
        },
      }),
    });
    claimObjectName(this, 'Chaos Mesh Schedule', this.name, this.namespace);
  }

  /** A knob of a scenario the drill does not run is a mistake (it would be ignored); 100% of the pods needs `allPods`. */
  private checkScenarioKnobs(props: ChaosMeshDrillProps): void {
    const knobs: [keyof ChaosMeshDrillProps, ChaosMeshScenario][] = [
      ['cpuLoadPercent', 'pod-cpu-stress'],
      ['cpuWorkers', 'pod-cpu-stress'],
      ['latencyMilliseconds', 'pod-network-latency'],
      ['jitterMilliseconds', 'pod-network-latency'],
    ];
    for (const [prop, scenario] of knobs) {
      if (props[prop] !== undefined && !props.scenarios.includes(scenario)) {
        throw new InvalidPropError(this, prop, props[prop], `applies to the ${scenario} scenario only, which scenarios (${props.scenarios.join(', ')}) does not include`);
      }
    }
    if (props.allPods !== undefined) {
      if (props.podPercent !== undefined && props.podPercent !== 100) throw new InvalidPropError(this, 'podPercent', props.podPercent, 'must be left out (or 100) with allPods, which hits every pod');
      Annotations.of(this).addWarning(`ChaosMeshDrill hits every pod of ${props.pods.namespace}/${Object.entries(props.pods.selector).map(([k, v]) => `${k}=${v}`).join(',')}: ${props.allPods.reason}`);
    } else if (props.podPercent === 100) {
      throw new InvalidPropError(this, 'podPercent', 100, 'must be 1 to 99: every pod at once leaves nothing to serve with (set allPods with a reason to do it anyway)');
    }
  }

  /** The page conditions of the chosen SLOs, as one query and the URL that asks it. */
  private statusCheckOptions(props: ChaosMeshDrillProps): StatusCheckOptions & { query: string } {
    const rules = props.sloRules;
    const paging = rules.objectives.filter((o) => o.alertsFor('page').length > 0).map((o) => o.name);
    const names = props.slos ?? paging;
    if (names.length === 0) throw new InvalidPropError(this, 'sloRules', rules.node.path, `has no SLO with a page alert (SLOs: ${rules.objectives.map((o) => o.name).join(', ')}): nothing could abort the drill`);
    (props.slos ?? []).forEach((name, i) => {
      if (!paging.includes(name)) throw new InvalidPropError(this, `slos[${i}]`, name, `must name an SLO of ${rules.node.path} with a page alert: ${paging.join(', ') || 'none has one'}`);
    });
    const conditions = names.map((name) => {
      const alert = rules.groups.flatMap((g) => g.rules).find((r) => r.alert !== undefined && r.labels?.severity === 'page' && r.labels?.slo === name);
      if (alert === undefined) throw new InvalidPropError(this, 'slos', name, `has no page alert rule in ${rules.node.path}`);
      return { expr: alert.expr };
    });
    const query = pageGateQuery(conditions);
    const address = props.prometheusAddress;
    if (/[?#]/.test(address)) throw new InvalidPropError(this, 'prometheusAddress', address, 'must be the server address without a query or fragment, e.g. http://prometheus-operated.monitoring.svc:9090 (the check adds /api/v1/query)');
    const intervalSeconds = props.statusCheck?.intervalSeconds ?? 10;
    const timeoutSeconds = props.statusCheck?.timeoutSeconds ?? Math.min(5, intervalSeconds);
    const failureThreshold = props.statusCheck?.failureThreshold ?? 3;
    if (timeoutSeconds > intervalSeconds) throw new InvalidPropError(this, 'statusCheck.timeoutSeconds', timeoutSeconds, `must be at most statusCheck.intervalSeconds (${intervalSeconds}): the checks run one after the other`);
    if (intervalSeconds * failureThreshold >= this.durationMinutes * 60) {
      throw new InvalidPropError(this, 'statusCheck.failureThreshold', failureThreshold, `must fail within the drill: ${failureThreshold} checks ${intervalSeconds} s apart take ${intervalSeconds * failureThreshold} s, not under the ${this.durationMinutes} minutes the chaos lasts`);
    }
    return { query, url: instantQueryUrl(address, query), intervalSeconds, timeoutSeconds, failureThreshold };
  }

  private checkSchedule(props: ChaosMeshDrillProps): DrillSchedule {
    // The default slot is paused and only turned on by giving a schedule, which is then checked against its window.
    if (props.schedule === undefined) return DEFAULT_SCHEDULE;
    const schedule = props.schedule;
    const problem = scheduleProblem(schedule, this.durationMinutes);
    if (problem) throw new InvalidPropError(this, problem.prop, problem.value, problem.allowed);
    return schedule;
  }
}
