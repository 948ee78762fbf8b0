import { CloudwatchMetricAlarm, CloudwatchMetricAlarmMetricQuery } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Annotations, TerraformProvider, Token } from 'cdktf';
import { Construct } from 'constructs';
import {
  ANOMALY_DETECTION_OPERATORS,
  CLOUDWATCH_LIMITS,
  evaluationRangeProblem,
  isSimpleStatistic,
  metricQueriesProblems,
  periodProblem,
  STATIC_COMPARISON_OPERATORS,
} from '../../core/cloudwatch-limits';
import { InvalidPropError, PropError } from '../../core/errors';
import { isUnresolved } from '../../core/tokens';
import { SEVERITY_TAG } from '../../core/contract';
import { claimName } from '../../core/name-registry';
import { physicalName } from '../../core/naming';
import { checkBySpec, spec } from '../../core/prop-spec';
import { literal, literalMap } from '../../core/user-text';
import { SEVERITY_PATTERN, Severity } from '../../core/severity';
import { checkKeys, checkKnown, checkObject } from '../../core/prop-types';
import { checkNumber, checkPattern } from '../../core/validation';
import { IAlarmRouting, routedAlarmActions } from './alarm-routing';
import { awsLocation } from './aws-location';
import { ALARM_DEFINITION } from './private/resource-alarm-spec';
import { ALARM_OVERRIDE, ALARM_ROUTING, AWS_PROVIDER } from './prop-specs';

/**
 * What a user may change about one resource alarm a construct creates.
 * Every field is optional: an empty object keeps the construct's defaults.
 */
export interface ResourceAlarmOverride {
  /**
   * Whether the alarm is created at all.
   * @default true - except where the construct's TSDoc says the alarm needs a threshold first
   */
  readonly enabled?: boolean;
  /**
   * The threshold the metric is compared with, in the unit the construct documents for this alarm.
   * @default - the construct's default for this alarm
   */
  readonly threshold?: number;
  /**
   * Who is notified: a severity the alarm routing knows (`page`, `ticket`, ...).
   * @default - `ticket`, or `page` for alarms that mean an outage now or imminently
   */
  readonly severity?: Severity;
  /**
   * Length of one evaluation period in seconds (10, 20, 30 or a multiple of 60).
   * @default - the construct's default for this alarm (300 seconds for most)
   */
  readonly periodSeconds?: number;
  /**
   * How many periods are evaluated; the alarm fires when `datapointsToAlarm` of them breach.
   * @default - the construct's default for this alarm
   */
  readonly evaluationPeriods?: number;
  /**
   * How many of the evaluated periods must breach.
   * @default - all of the evaluated periods, or the construct's default for this alarm
   */
  readonly datapointsToAlarm?: number;
}

/** A CloudWatch metric, as a resource alarm reads it. */
export interface ResourceAlarmMetric {
  /** Metric namespace, e.g. `AWS/RDS`. */
  readonly namespace: string;
  /** Metric name, e.g. `CPUUtilization`. */
  readonly metricName: string;
  /** Dimensions selecting the resource, e.g. `{ DBInstanceIdentifier: db.identifier }` (tokens are fine). */
  readonly dimensions: Record<string, string>;
  /**
   * `Average`, `Sum`, `Minimum`, `Maximum`, `SampleCount`, or an extended statistic CloudWatch accepts in an
   * alarm: a percentile such as `p99` or `p99.9`, `tm90`, `IQM`, `PR(:300)`, `TM(10%:90%)` (see CloudWatch's
   * "Statistics definitions"); a near miss gets a did-you-mean.
   */
  readonly statistic: string;
}

/** One query of a metric-math resource alarm: a metric, or an expression over the other queries. */
export interface ResourceAlarmQuery {
  /** Query id: a lower-case letter, then letters, digits and underscores. */
  readonly id: string;
  /** The metric this query reads (give this or `expression`). @default - none: the query is an expression */
  readonly metric?: ResourceAlarmMetric;
  /** A metric-math expression over the other queries' ids (give this or `metric`). @default - none: the query reads `metric` */
  readonly expression?: string;
  /** Label shown in the console. @default - CloudWatch's default label */
  readonly label?: string;
}

/** A construct's definition of one resource alarm (its defaults; the user's override is applied on top). */
export interface ResourceAlarmDefinition {
  /** Key of the alarm in the construct's `alarms` prop, e.g. `targetErrorRate`; also the construct id of the alarm. */
  readonly key: string;
  /** What the alarm means, in one sentence, e.g. "More than 5% of requests to the targets fail with 5xx." */
  readonly summary: string;
  /** What the on-call engineer does first: the runbook text put in the alarm description. */
  readonly runbook: string;
  /** A single metric; give this or `queries`. @default - none: the alarm uses `queries` */
  readonly metric?: ResourceAlarmMetric;
  /** Metric-math queries; the one whose id is `returnId` is compared with the threshold. @default - none: the alarm reads `metric` */
  readonly queries?: readonly ResourceAlarmQuery[];
  /** Id of the query the threshold applies to. @default 'e1' */
  readonly returnId?: string;
  /**
   * How the metric is compared with the static threshold. (The anomaly-detection operators need a
   * `threshold_metric_id` band, which resource alarms do not create: they are refused.)
   */
  readonly comparisonOperator:
    | 'GreaterThanThreshold'
    | 'GreaterThanOrEqualToThreshold'
    | 'LessThanThreshold'
    | 'LessThanOrEqualToThreshold';
  /** Default threshold; `undefined` means the alarm exists only once the user gives one. */
  readonly threshold: number | undefined;
  /** Default severity: `ticket`, or `page` when the alarm means an outage now or imminently. */
  readonly severity: Severity;
  /** Default period, seconds (10, 20, 30 or a multiple of 60). */
  readonly periodSeconds: number;
  /** Default number of periods evaluated. */
  readonly evaluationPeriods: number;
  /** Periods that must breach. @default - equal to evaluationPeriods */
  readonly datapointsToAlarm?: number;
  /** How missing data counts. @default 'missing' */
  readonly treatMissingData?: 'missing' | 'ignore' | 'breaching' | 'notBreaching';
  /** Unit of the threshold for the description, e.g. `percent`, `bytes`. @default - no unit in the description */
  readonly unit?: string;
  /**
   * Actions other than notifications, e.g. a scaling policy's ARN: the alarm then acts instead of notifying
   * (no routing, no OK actions; `severity` only tags it).
   * @default - notifies through the routing, by severity
   */
  readonly actions?: readonly string[];
  /** Construct id of the alarm (kept for alarms that existed before this builder). @default `<key>-alarm` */
  readonly constructId?: string;
  /** Suffix of the alarm name after the construct path. @default - the key */
  readonly nameSuffix?: string;
  /**
   * The prop the user gave this alarm's metric, threshold and periods in (e.g. `stepScaling`): errors name it,
   * and its metric is checked as user input.
   * @default - the construct's own definition: errors name `alarms.<key>`, where the user overrides it
   */
  readonly userProp?: string;
}

/** Where and how a construct creates its resource alarms. */
export interface ResourceAlarmContext {
  /** Scope the alarms are created in (each under the id `<instance>-<key>-alarm`). */
  readonly scope: Construct;
  /** Routing of severities to notification actions. @default - none: alarms notify no one, with a warning */
  readonly routing?: IAlarmRouting;
  /** The user's overrides, keyed by alarm key. @default - every alarm with its construct defaults */
  readonly overrides?: Readonly<Record<string, ResourceAlarmOverride | undefined>>;
  /** Name of the construct prop holding the overrides, for error messages. @default 'alarms' */
  readonly prop?: string;
  /**
   * Tells apart several sets of the same alarms in one scope (e.g. one set per NAT gateway): prefixed to the
   * construct id and suffixed to the alarm name.
   * @default - a single set
   */
  readonly instance?: string;
  /**
   * Provider the alarms are created with, e.g. a `us-east-1` alias for Route 53 metrics (an alarm can only read
   * metrics and notify topics in its own region).
   * @default - the stack's default AWS provider
   */
  readonly provider?: TerraformProvider;
}

/** Builds the alarm description: what it means, its threshold, then the runbook, at most 1024 characters. */
export function alarmDescription(def: ResourceAlarmDefinition, threshold: number, severity: Severity): string {
  const unit = def.unit ? ` ${def.unit}` : '';
  const head = `${def.actions ? '' : `[${severity}] `}${def.summary} (threshold `;
  const tail = `${unit}.) Runbook: ${def.runbook}`;
  // A token threshold stays an expression (`${var.x}`), not the number that encodes it; the text around it is escaped.
  if (isUnresolved(threshold)) return `${literal(head)}${Token.asString(threshold)}${literal(tail)}`;
  const text = `${head}${threshold}${tail}`;
  const max = CLOUDWATCH_LIMITS.maxAlarmDescriptionLength;
  return literal(text.length <= max ? text : `${text.slice(0, max - 3)}...`);
}

/** The fields of a {@link ResourceAlarmContext}. */
const CONTEXT_KEYS: readonly (keyof ResourceAlarmContext)[] = ['scope', 'routing', 'overrides', 'prop', 'instance', 'provider'];
const INSTANCE = spec.name({ pattern: /^[A-Za-z0-9][A-Za-z0-9_-]{0,62}$/, what: 'letters, digits, "-" or "_" (it names the alarms and their constructs)', tokens: { refuse: 'it names the alarms' } });

/**
 * Checks a builder's context like a construct checks its props (JavaScript callers of the exported builders):
 * a construct to create the alarms in (a {@link PropError} otherwise, as there is no construct path to name), then
 * the routing, provider, instance and overrides under that construct's path.
 */
function checkContext(ctx: ResourceAlarmContext): void {
  if (ctx === null || typeof ctx !== 'object' || Array.isArray(ctx)) throw new PropError('ctx', ctx, 'must be an object { scope, routing?, overrides?, prop?, instance?, provider? }');
  if (!Construct.isConstruct(ctx.scope)) throw new PropError('ctx.scope', ctx.scope, 'must be a construct: the alarms are created in it');
  const { scope } = ctx;
  checkKeys(scope, 'ctx', ctx, CONTEXT_KEYS);
  checkBySpec(scope, 'alarmRouting', ctx.routing, ALARM_ROUTING);
  checkBySpec(scope, 'provider', ctx.provider, AWS_PROVIDER);
  checkBySpec(scope, 'ctx.prop', ctx.prop, spec.name({ nonEmpty: true }));
  checkBySpec(scope, 'ctx.instance', ctx.instance, INSTANCE);
  const prop = ctx.prop ?? 'alarms';
  checkObject(scope, prop, ctx.overrides);
  checkKnown(scope, prop, ctx.overrides, 'it decides which alarms exist and how they are set');
}

/**
 * Checks a definition by its spec, then what relates its fields: a metric or
 * queries (not both), a static comparison ({@link alarmMetricQueries} checks
 * the queries against CloudWatch's metric-math limits). Errors name the user's prop when the definition carries
 * one (`stepScaling.metric.statistic`), else `definition`.
 */
function checkDefinition(scope: Construct, def: ResourceAlarmDefinition): string {
  const defProp = def !== null && typeof def === 'object' && typeof def.userProp === 'string' && def.userProp !== '' ? def.userProp : 'definition';
  checkBySpec(scope, defProp, def, ALARM_DEFINITION);
  if ((def.metric === undefined) === (def.queries === undefined)) {
    throw new InvalidPropError(scope, defProp, Object.keys(def), 'must give exactly one of metric (a single-metric alarm) or queries (a metric-math alarm)');
  }
  if (ANOMALY_DETECTION_OPERATORS.includes(def.comparisonOperator)) {
    throw new InvalidPropError(
      scope,
      `${defProp}.comparisonOperator`,
      def.comparisonOperator,
      `is an anomaly-detection operator: it compares with a band (threshold_metric_id of an ANOMALY_DETECTION_BAND expression), which resource alarms do not create; use one of ${STATIC_COMPARISON_OPERATORS.join(', ')} (PutMetricAlarm, ComparisonOperator)`,
    );
  }
  return defProp;
}

/** The alarm's metric, as CloudWatch reads it: user text escaped (metric names and dimensions allow `${`). */
function metricFields(m: ResourceAlarmMetric): { namespace: string; metricName: string; dimensions: Record<string, string> } {
  return { namespace: m.namespace, metricName: literal(m.metricName), dimensions: literalMap({ ...(m.dimensions ?? {}) }) };
}

/**
 * Creates one `aws_cloudwatch_metric_alarm` for a resource, the way every
 * construct of this library does: defaults from the construct, overrides
 * from the user, severity routed through an {@link IAlarmRouting}, a
 * description carrying the runbook text, and the period checked against
 * CloudWatch's limits. Returns `undefined` when the alarm is disabled (or
 * needs a threshold the user has not given).
 *
 * The context and the definition are checked first (they may come from
 * JavaScript): the override by the same spec as every construct's `alarms`
 * prop, the metric's namespace, dimensions and statistic by CloudWatch's
 * rules and vocabularies; metric names, dimensions, expressions and labels
 * reach Terraform escaped.
 */
export function resourceAlarm(ctx: ResourceAlarmContext, def: ResourceAlarmDefinition): CloudwatchMetricAlarm | undefined {
  checkContext(ctx);
  const { scope } = ctx;
  const defProp = checkDefinition(scope, def);
  const propBase = def.userProp ?? `${ctx.prop ?? 'alarms'}.${def.key}`;
  // One description of an override: the spec every construct's `alarms` prop is checked with (`null` is refused).
  checkBySpec(scope, propBase, ctx.overrides?.[def.key], ALARM_OVERRIDE);
  const o: ResourceAlarmOverride = ctx.overrides?.[def.key] ?? {};
  if (o.enabled === false) return undefined;
  const threshold = o.threshold ?? def.threshold;
  if (threshold === undefined) {
    // Settings for an alarm that is not created would be silently ignored.
    const given = Object.keys(o).filter((k) => k !== 'enabled' && o[k as keyof ResourceAlarmOverride] !== undefined);
    if (o.enabled === true || given.length) {
      const why = o.enabled === true ? 'to enable this alarm' : `for ${given.join(', ')} to take effect`;
      throw new InvalidPropError(scope, `${propBase}.threshold`, undefined, `is required ${why}: this alarm has no default threshold, so it is created only once one is given`);
    }
    return undefined;
  }
  const severity = o.severity ?? def.severity;
  const periodSeconds = o.periodSeconds ?? def.periodSeconds;
  const evaluationPeriods = o.evaluationPeriods ?? def.evaluationPeriods;
  const datapointsToAlarm = o.datapointsToAlarm ?? def.datapointsToAlarm ?? evaluationPeriods;
  const periodProp = o.periodSeconds !== undefined || def.userProp ? `${propBase}.periodSeconds` : `${defProp}.periodSeconds`;

  if (!isUnresolved(periodSeconds)) {
    const p = periodProblem(periodSeconds);
    if (p) throw new InvalidPropError(scope, periodProp, periodSeconds, p);
  }
  if (!isUnresolved(evaluationPeriods) && !isUnresolved(periodSeconds)) {
    const p = evaluationRangeProblem(periodSeconds, evaluationPeriods);
    if (p) throw new InvalidPropError(scope, `${propBase}.evaluationPeriods`, evaluationPeriods, p);
  }
  // A token evaluationPeriods is known only at apply: datapointsToAlarm is then checked against nothing but 1.
  const maxDatapoints = isUnresolved(evaluationPeriods) ? undefined : evaluationPeriods;
  checkNumber(scope, `${propBase}.datapointsToAlarm`, datapointsToAlarm, { integer: true, min: 1, max: maxDatapoints });

  let actions: string[] = [];
  if (def.actions) {
    actions = [...def.actions];
  } else if (ctx.routing) {
    actions = routedAlarmActions(scope, ctx.routing, severity, `${propBase}.severity`);
  } else {
    checkPattern(scope, `${propBase}.severity`, severity, SEVERITY_PATTERN, 'a severity name (lower-case letters, digits and dashes)');
  }

  let single: Partial<ConstructorParameters<typeof CloudwatchMetricAlarm>[2]> = {};
  if (def.metric) {
    const m = def.metric;
    single = { ...metricFields(m), period: periodSeconds, ...(isSimpleStatistic(m.statistic) ? { statistic: m.statistic } : { extendedStatistic: m.statistic }) };
  }
  const metricQuery = def.queries ? alarmMetricQueries(scope, def.key, def.queries, periodSeconds, def.returnId, `${defProp}.queries`) : undefined;

  const instance = ctx.instance ? `${ctx.instance}-` : '';
  const alarmName = physicalName(scope, { suffix: `${instance}${def.nameSuffix ?? def.key}`, maxLength: CLOUDWATCH_LIMITS.maxAlarmNameLength });
  claimName(scope, { kind: 'CloudWatch alarm', name: alarmName, where: awsLocation(scope, ctx.provider) });
  return new CloudwatchMetricAlarm(scope, def.constructId ?? `${instance}${def.key}-alarm`, {
    alarmName,
    alarmDescription: alarmDescription(def, threshold, severity),
    comparisonOperator: def.comparisonOperator,
    threshold,
    evaluationPeriods,
    datapointsToAlarm,
    treatMissingData: def.treatMissingData ?? 'missing',
    ...single,
    metricQuery,
    alarmActions: actions,
    okActions: def.actions ? undefined : actions,
    tags: def.actions ? undefined : { [SEVERITY_TAG]: String(severity) },
    provider: ctx.provider,
  });
}

/**
 * The `metric_query` blocks of a metric-math alarm, checked against
 * CloudWatch's limits (at most 10 metrics and 10 expressions, ids, exactly one
 * query returning data, a metric or an expression per query), with labels,
 * expressions, metric names and dimensions escaped: also for a construct that
 * replaces an alarm's queries at synth. Errors name `prop` under the scope's path.
 */
export function alarmMetricQueries(
  scope: Construct,
  key: string,
  queries: readonly ResourceAlarmQuery[],
  periodSeconds: number,
  returnId = 'e1',
  prop = `definitions.${key}.queries`,
): CloudwatchMetricAlarmMetricQuery[] {
  const problems = metricQueriesProblems(queries.map((q) => ({ id: q.id, isMetric: q.metric !== undefined, returnData: q.id === returnId })));
  queries.forEach((q, i) => {
    if ((q.metric === undefined) === (q.expression === undefined)) problems.push(`query ${i} ("${q.id}") must give exactly one of metric or expression`);
  });
  if (problems.length) throw new InvalidPropError(scope, prop, queries.map((q) => q.id), problems.join('; '));
  return queries.map((q) => ({
    id: q.id,
    label: literal(q.label),
    returnData: q.id === returnId,
    expression: literal(q.expression),
    metric: q.metric ? { ...metricFields(q.metric), stat: q.metric.statistic, period: periodSeconds } : undefined,
  }));
}

/**
 * Creates a construct's resource alarms from their definitions, checking
 * that every override names one of them, and warning once per scope when
 * there is no routing (the alarms then notify no one).
 */
export function resourceAlarms(ctx: ResourceAlarmContext, defs: readonly ResourceAlarmDefinition[]): Record<string, CloudwatchMetricAlarm> {
  checkContext(ctx);
  if (!Array.isArray(defs)) throw new InvalidPropError(ctx.scope, 'definitions', defs, 'must be a list of alarm definitions');
  defs.forEach((def, i) => {
    if (def === null || typeof def !== 'object' || Array.isArray(def)) throw new InvalidPropError(ctx.scope, `definitions[${i}]`, def, 'must be an alarm definition { key, summary, runbook, metric or queries, ... }');
  });
  checkAlarmOverrideKeys(ctx.scope, ctx.overrides, defs.map((d) => d.key), ctx.prop);
  const out: Record<string, CloudwatchMetricAlarm> = {};
  for (const def of defs) {
    const alarm = resourceAlarm(ctx, def);
    if (alarm) out[def.key] = alarm;
  }
  const notifying = defs.some((d) => !d.actions && out[d.key]);
  if (!ctx.routing && notifying) {
    const message = 'alarms are created without alarmRouting: they notify no one. Pass an AlarmChannel as alarmRouting.';
    // Once per scope: also when the construct already said, in its own words, that its alarms notify no one.
    if (!ctx.scope.node.metadata.some((m) => typeof m.data === 'string' && m.data.includes('notify no one'))) Annotations.of(ctx.scope).addWarning(message);
  }
  return out;
}

/**
 * Throws an {@link InvalidPropError} when an override names an alarm the
 * construct does not have (a typo would otherwise be silently ignored).
 * For constructs that create their alarms in several `resourceAlarms` calls.
 */
export function checkAlarmOverrideKeys(
  scope: Construct,
  overrides: Readonly<Record<string, unknown>> | undefined,
  keys: readonly string[],
  prop = 'alarms',
): void {
  for (const key of Object.keys(overrides ?? {})) {
    if (!keys.includes(key)) throw new InvalidPropError(scope, `${prop}.${key}`, key, `must be one of ${keys.join(', ')}`);
  }
}
