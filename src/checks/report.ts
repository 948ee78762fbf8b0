import { reportDuration, reportDurationText } from '../slo/units';
import { fitTable, wrapParagraph, TEXT_WIDTH } from '../core/text-layout';
import { BurnRateAlertSpec, SloPeriod } from '../slo/alert-policy';
import { ServiceLevelObjective } from '../slo/objective';
import { detectionTime, timeToExhaustion } from '../slo/timing';
import { at, bool, isObject, isReference, num, show, str, trueOrUnresolved } from './json';
import { clusterInstanceCount } from './rules/aurora';
import { COMPOSITE_ALARM, METRIC_ALARM } from './rules/cloudwatch';
import { bucketVersioned } from './rules/s3';
import { backupSelectionsOf, OPTIONAL_STATEFUL_TYPES, STATEFUL_TYPES } from './rules/coverage';
import { ANNOTATIONS, RECOVERY_TAG_PREFIX, SLO_TAGS } from '../core/contract';
import { RecoveryReport, recoveryReports } from './recovery-report';
import { TerraformJsonResource, TerraformJsonStack } from './stack';
import { checkArguments, optional, shape, STACK_MODEL, STACK_REPORTS } from './arguments';
import { markdownTable, mdCell } from './format';
import { capacityOf, formatCapacity, ReportedCapacity } from './capacity';
import { BACKUP_HEADERS, backupRow, ReportedBackup, reportBackup } from './backup-report';
import { escalationOf, escalationSentence, ReportedEscalation } from './escalation-report';
import { budgetExhaustedOf, budgetExhaustedSentence, ReportedBudgetExhausted } from './budget-report';

/** Annotation on PrometheusRule manifests that carries the SLOs they implement (a JSON array). */
export const RELIABILITY_SLOS_ANNOTATION = ANNOTATIONS.slos;
/** Annotation (any kubernetes_manifest) or tag prefix (any AWS resource) recording recovery objectives. */
export const RELIABILITY_RECOVERY_ANNOTATION = ANNOTATIONS.recovery;

/** A stateful resource in the report. */
export interface ReportedStatefulResource {
  readonly address: string;
  readonly type: string;
  /** Survives the loss of one Availability Zone (undefined: cannot tell from the JSON). */
  readonly multiAz: boolean | undefined;
  /** Service-native backups: RDS automated backups, DynamoDB PITR, S3 versioning. */
  readonly nativeBackups: boolean;
  /** Selected by an aws_backup_selection. */
  readonly awsBackup: boolean;
  readonly deletionProtected: boolean;
  /** Backup plans, RPO per disruption, retention, vault lock and restore testing. */
  readonly backup: ReportedBackup;
}

/** One burn-rate alert of an SLO, with its detection time. */
export interface ReportedSloAlert {
  readonly id: string;
  readonly severity: string;
  readonly longWindow: string;
  readonly shortWindow: string;
  /** The long window in seconds. */
  readonly longWindowSeconds: number;
  /** The short window in seconds. */
  readonly shortWindowSeconds: number;
  readonly burnRate: number;
  /** Error ratio above which it fires. */
  readonly threshold: number;
  /** Seconds to fire on a full outage (100% errors). */
  readonly detectsFullOutageIn: number;
  /** Seconds a burn exactly at the threshold takes to exhaust the whole budget. */
  readonly budgetGoneAtThresholdIn: number;
}

/** An SLO found in a stack. */
export interface ReportedSlo {
  readonly service: string;
  readonly name: string;
  readonly objective: number;
  readonly period: string;
  readonly budgetMinutes: number;
  /** Where it was found: CloudWatch alarms or a PrometheusRule. */
  readonly source: 'cloudwatch' | 'prometheus';
  readonly alerts: readonly ReportedSloAlert[];
  /** Why the SLO could not be rebuilt from the stack's metadata. @default - absent: the SLO was rebuilt */
  readonly problem?: string;
  /** The PagerDuty escalation policy its page reaches. @default - absent: the page does not reach one in this stack */
  readonly escalation?: ReportedEscalation;
  /** Its budget-exhausted alarm (SloAlarms' `budgetExhausted`). @default - absent: the stack has none */
  readonly budgetExhausted?: ReportedBudgetExhausted;
}

/** A recovery objective recorded in a stack. */
export interface ReportedRecoveryObjectives {
  readonly address: string;
  readonly objectives: Readonly<Record<string, string>>;
}

/** The reliability summary of one stack. */
export interface StackReport {
  readonly stack: string;
  /** The file the stack was read from. @default - absent for a stack reported in memory */
  readonly source?: string;
  readonly stateful: readonly ReportedStatefulResource[];
  readonly slos: readonly ReportedSlo[];
  readonly recoveryObjectives: readonly ReportedRecoveryObjectives[];
  /** The disaster-recovery check of the first `RecoveryObjectives`. @default - absent: the stack has none */
  readonly recovery?: RecoveryReport;
  /** The disaster-recovery check of every `RecoveryObjectives` (each against the resources it holds). @default - absent: the stack has none */
  readonly recoveries?: readonly RecoveryReport[];
  /** Auto Scaling groups with their zone-loss headroom and scaling limits. */
  readonly capacity: readonly ReportedCapacity[];
}

function preventDestroy(r: TerraformJsonResource): boolean {
  return bool(at(r.body, 'lifecycle', 'prevent_destroy')) === true;
}

function summarizeStateful(r: TerraformJsonResource, stack: TerraformJsonStack): ReportedStatefulResource {
  const b = r.body;
  let multiAz: boolean | undefined;
  let nativeBackups = false;
  let deletionProtected = preventDestroy(r);
  switch (r.type) {
    case 'aws_db_instance':
      multiAz = isReference(b.multi_az) ? undefined : bool(b.multi_az) === true;
      nativeBackups = isReference(b.backup_retention_period) || (num(b.backup_retention_period) ?? 0) > 0;
      deletionProtected ||= trueOrUnresolved(b.deletion_protection);
      break;
    case 'aws_rds_cluster': {
      const engine = str(b.engine);
      const aurora = engine === undefined || engine.startsWith('aurora') || isReference(engine);
      const n = clusterInstanceCount(r, stack);
      multiAz = aurora ? (n === undefined ? undefined : n >= 2) : true;
      nativeBackups = true; // Aurora keeps at least one day of automated backups
      deletionProtected ||= trueOrUnresolved(b.deletion_protection);
      break;
    }
    case 'aws_dynamodb_table':
      multiAz = true; // regional service
      nativeBackups = trueOrUnresolved(at(b, 'point_in_time_recovery', 'enabled'));
      deletionProtected ||= trueOrUnresolved(b.deletion_protection_enabled);
      break;
    case 'aws_efs_file_system':
      multiAz = b.availability_zone_name === undefined;
      break;
    case 'aws_ebs_volume':
      multiAz = false; // zonal
      break;
    case 'aws_s3_bucket': {
      multiAz = true;
      nativeBackups = bucketVersioned(r, stack);
      break;
    }
  }
  return { address: r.address, type: r.type, multiAz, nativeBackups, awsBackup: backupSelectionsOf(r, stack).length > 0, deletionProtected, backup: reportBackup(r, stack) };
}

interface SloDraft {
  service: string;
  name: string;
  objective: unknown;
  period: unknown;
  source: 'cloudwatch' | 'prometheus';
  alerts: Map<string, BurnRateAlertSpec & { id?: string }>;
}

function severityOf(alertId: string, fallback: string | undefined): string {
  return fallback ?? alertId.split('-')[0] ?? 'page';
}

function buildSlo(d: SloDraft): ReportedSlo {
  const base = { service: d.service, name: d.name, objective: Number(d.objective), period: typeof d.period === 'string' ? d.period : show(d.period ?? '30d'), source: d.source };
  const alerts = [...d.alerts.values()].map(({ severity, longWindow, shortWindow, burnRate }) => ({ severity, longWindow, shortWindow, burnRate }));
  if (alerts.length === 0) return { ...base, budgetMinutes: NaN, alerts: [], problem: 'no burn-rate alerts found for this SLO' };
  try {
    const slo = ServiceLevelObjective.from({ name: d.name, objective: Number(d.objective), period: (d.period ?? '30d') as SloPeriod, alerts });
    return {
      ...base,
      objective: slo.objective,
      period: slo.period,
      budgetMinutes: slo.budgetMinutes,
      alerts: slo.alerts.map((a) => ({
        id: a.id,
        severity: a.severity,
        longWindow: reportDuration(a.longWindowSeconds),
        shortWindow: reportDuration(a.shortWindowSeconds),
        longWindowSeconds: a.longWindowSeconds,
        shortWindowSeconds: a.shortWindowSeconds,
        burnRate: a.burnRate,
        threshold: slo.threshold(a),
        detectsFullOutageIn: detectionTime(slo, a, 1),
        budgetGoneAtThresholdIn: timeToExhaustion(slo, slo.threshold(a)),
      })),
    };
  } catch (e) {
    return { ...base, budgetMinutes: NaN, alerts: [], problem: `cannot rebuild the SLO from the stack's metadata: ${(e as Error).message}` };
  }
}

function slosFromAlarms(stack: TerraformJsonStack): SloDraft[] {
  const drafts = new Map<string, SloDraft>();
  for (const alarm of stack.ofType(METRIC_ALARM, COMPOSITE_ALARM)) {
    const tags = stack.tagsOf(alarm);
    const name = tags[SLO_TAGS.name];
    if (name === undefined) continue;
    const service = tags[SLO_TAGS.service] ?? '-';
    const key = `${service}/${name}`;
    const draft = drafts.get(key) ?? { service, name, objective: undefined, period: undefined, source: 'cloudwatch' as const, alerts: new Map() };
    if (draft.objective === undefined && tags[SLO_TAGS.objective] !== undefined) draft.objective = Number(tags[SLO_TAGS.objective]);
    if (draft.period === undefined && tags[SLO_TAGS.period] !== undefined) draft.period = tags[SLO_TAGS.period];
    const alertId = tags[SLO_TAGS.alert];
    const long = tags[SLO_TAGS.longWindow];
    const burn = num(tags[SLO_TAGS.burnRate]);
    if (alarm.type === METRIC_ALARM && alertId !== undefined && long !== undefined && burn !== undefined && !draft.alerts.has(alertId)) {
      draft.alerts.set(alertId, { id: alertId, severity: severityOf(alertId, tags[SLO_TAGS.severity]), longWindow: long, shortWindow: tags[SLO_TAGS.shortWindow], burnRate: burn });
    }
    drafts.set(key, draft);
  }
  return [...drafts.values()];
}

function slosFromPrometheusRules(stack: TerraformJsonStack): SloDraft[] {
  const out: SloDraft[] = [];
  for (const r of stack.ofType('kubernetes_manifest')) {
    const m = r.body.manifest;
    const annotations = isObject(m) && isObject(m.metadata) && isObject(m.metadata.annotations) ? m.metadata.annotations : undefined;
    const text = str(annotations?.[RELIABILITY_SLOS_ANNOTATION]);
    if (text === undefined) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      out.push({ service: r.address, name: '?', objective: NaN, period: undefined, source: 'prometheus', alerts: new Map() });
      continue;
    }
    for (const s of Array.isArray(parsed) ? parsed.filter(isObject) : []) {
      const alerts = new Map<string, BurnRateAlertSpec & { id?: string }>();
      for (const [i, a] of (Array.isArray(s.alerts) ? s.alerts.filter(isObject) : []).entries()) {
        const id = str(a.id) ?? `alert-${i}`;
        alerts.set(id, { id, severity: str(a.severity) ?? severityOf(id, undefined), longWindow: a.longWindow as string, shortWindow: a.shortWindow as string | undefined, burnRate: num(a.burnRate) as number });
      }
      out.push({ service: str(s.service) ?? '-', name: str(s.name) ?? '?', objective: s.objective, period: s.period, source: 'prometheus', alerts });
    }
  }
  return out;
}

function recoveryObjectives(stack: TerraformJsonStack): ReportedRecoveryObjectives[] {
  const out: ReportedRecoveryObjectives[] = [];
  for (const r of stack.resources) {
    const objectives: Record<string, string> = {};
    for (const [k, v] of Object.entries(stack.tagsOf(r))) {
      if (k.startsWith(RECOVERY_TAG_PREFIX) && !(k in stack.defaultTags)) objectives[k.slice(RECOVERY_TAG_PREFIX.length)] = v;
    }
    if (r.type === 'kubernetes_manifest') {
      const ann = at(r.body, 'manifest', 'metadata', 'annotations');
      const text = isObject(ann) ? str(ann[RELIABILITY_RECOVERY_ANNOTATION]) : undefined;
      if (text !== undefined) {
        try {
          const parsed = JSON.parse(text);
          if (isObject(parsed)) for (const [k, v] of Object.entries(parsed)) objectives[k] = typeof v === 'string' ? v : show(v);
        } catch {
          objectives.annotation = text;
        }
      }
    }
    if (Object.keys(objectives).length > 0) out.push({ address: r.address, objectives });
  }
  return out;
}

/** Builds the reliability summary of a stack. */
export function reportStack(stack: TerraformJsonStack, source?: string): StackReport {
  checkArguments('reportStack', { stack, source }, { stack: STACK_MODEL, source: optional(shape.string) });
  const stateful = stack.ofType(...Object.keys(STATEFUL_TYPES), ...Object.keys(OPTIONAL_STATEFUL_TYPES)).map((r) => summarizeStateful(r, stack));
  const slos = [...slosFromAlarms(stack), ...slosFromPrometheusRules(stack)].map(buildSlo).map((slo) => {
    const escalation = slo.source === 'cloudwatch' ? escalationOf(stack, slo.service, slo.name) : undefined;
    const budgetExhausted = slo.source === 'cloudwatch' ? budgetExhaustedOf(stack, slo.service, slo.name) : undefined;
    return { ...slo, ...(escalation ? { escalation } : {}), ...(budgetExhausted ? { budgetExhausted } : {}) };
  });
  const recoveries = recoveryReports(stack);
  return {
    stack: stack.name,
    ...(source ? { source } : {}),
    stateful,
    slos,
    recoveryObjectives: recoveryObjectives(stack),
    ...(recoveries.length ? { recovery: recoveries[0], recoveries } : {}),
    capacity: capacityOf(stack),
  };
}

/** Output formats of `cdktf-reliability report`. */
export type ReportFormat = 'text' | 'markdown';
/** The formats of {@link formatReport}. */
const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'markdown'];

const yes = (v: boolean | undefined): string => (v === undefined ? '?' : v ? 'yes' : 'no');

function pct(x: number): string {
  return `${Number((x * 100).toPrecision(6))}%`;
}

/** Renders stack reports as text or markdown. */
export function formatReport(reports: readonly StackReport[], format: ReportFormat): string {
  checkArguments('formatReport', { reports, format }, { reports: STACK_REPORTS, format: shape.oneOf(REPORT_FORMATS) });
  const md = format === 'markdown';
  const table = md ? markdownTable : fitTable;
  const heading = (level: number, text: string): string => (md ? `${'#'.repeat(level)} ${mdCell(text)}` : underline(text, level === 1 ? '=' : '-'));
  // Text output fits TEXT_WIDTH columns: paragraphs wrap, tables squeeze their widest columns.
  const para = (text: string): string => (md ? text : wrapParagraph(text));
  const out: string[] = [];
  for (const r of reports) {
    out.push(heading(md ? 2 : 1, `Stack ${r.stack}${r.source ? ` (${r.source})` : ''}`), '');
    const s = r.stateful;
    out.push(heading(3, 'Stateful resources'), '');
    if (s.length === 0) out.push('No stateful resources.', '');
    else {
      const count = (f: (x: ReportedStatefulResource) => boolean): string => `${s.filter(f).length}/${s.length}`;
      out.push(
        para(
          `${s.length} stateful resource${s.length === 1 ? '' : 's'}: ${count((x) => x.multiAz === true)} Multi-AZ, ${count((x) => x.nativeBackups || x.awsBackup)} backed up (${count((x) => x.awsBackup)} by AWS Backup), ${count((x) => x.deletionProtected)} deletion-protected.`,
        ),
        '',
        table(['Resource', 'Multi-AZ', 'Native backups', 'AWS Backup', 'Deletion protection'], s.map((x) => [x.address, yes(x.multiAz), yes(x.nativeBackups), yes(x.awsBackup), yes(x.deletionProtected)])),
        '',
        heading(3, 'Backups and recovery points'),
        '',
        table(BACKUP_HEADERS, s.map((x) => backupRow(x.address, x.backup))),
        '',
      );
    }
    out.push(heading(3, 'SLOs'), '');
    if (r.slos.length === 0) out.push(para(`No SLOs found (no alarms tagged ${SLO_TAGS.name}, no PrometheusRule annotated with ${RELIABILITY_SLOS_ANNOTATION}).`), '');
    for (const slo of r.slos) {
      const budget = Number.isFinite(slo.budgetMinutes) ? `, error budget ${reportDuration(slo.budgetMinutes * 60)} of full outage per period` : '';
      out.push(para(`${md ? '**' : ''}${slo.service}/${slo.name}${md ? '**' : ''}: ${slo.objective}% over ${reportDurationText(slo.period)}${budget} (${slo.source})`));
      if (slo.escalation) out.push(md ? `  ${escalationSentence({ ...slo, escalation: slo.escalation })}` : wrapParagraph(escalationSentence({ ...slo, escalation: slo.escalation }), TEXT_WIDTH, '  '));
      if (slo.budgetExhausted) {
        const sentence = budgetExhaustedSentence(slo, slo.budgetExhausted);
        out.push(md ? `  ${sentence}` : wrapParagraph(sentence, TEXT_WIDTH, '  '));
      }
      if (slo.problem) out.push(md ? `  ${slo.problem}` : wrapParagraph(slo.problem, TEXT_WIDTH, '  '), '');
      else
        out.push(
          '',
          table(
            ['Alert', 'Severity', 'Long window', 'Short window', 'Burn rate', 'Fires above', 'Detects a full outage in', 'Budget gone at threshold in'],
            slo.alerts.map((a) => [a.id, a.severity, a.longWindow, a.shortWindow, `${a.burnRate}x`, `${pct(a.threshold)} errors`, reportDuration(a.detectsFullOutageIn), reportDuration(a.budgetGoneAtThresholdIn)]),
          ),
          '',
        );
    }
    out.push(heading(3, 'Recovery objectives'), '');
    if (r.recoveryObjectives.length === 0) out.push(para(`No recovery objectives recorded (no resource tagged ${RECOVERY_TAG_PREFIX}rto / ${RECOVERY_TAG_PREFIX}rpo, no manifest annotated ${RELIABILITY_RECOVERY_ANNOTATION}).`), '');
    else out.push(table(['Resource', 'Objectives'], r.recoveryObjectives.map((o) => [o.address, objectivesText(o.objectives)])), '');
    for (const recovery of r.recoveries ?? (r.recovery ? [r.recovery] : [])) out.push(...formatRecovery(recovery, heading, table, para));
    if (r.capacity.length > 0) out.push(...formatCapacity(r.capacity, heading, table));
  }
  return out.join('\n').trimEnd() + '\n';
}


/** A heading of the text report: its words wrapped to the width, underlined as long as its longest line. */
function underline(text: string, rule: string): string {
  const lines = wrapParagraph(text).split('\n');
  return `${lines.join('\n')}\n${rule.repeat(Math.max(...lines.map((l) => l.length)))}`;
}

/**
 * Recorded objectives as `key=value` pairs, their durations in the report's
 * format (`rto-region=150s` reads `rto-region=2.5m`, `rpo=0` reads `rpo=0s`).
 */
function objectivesText(objectives: Readonly<Record<string, string>>): string {
  return Object.entries(objectives)
    .map(([k, v]) => `${k}=${durationsIn(v)}`)
    .join(', ');
}

/** Every duration in a recorded value (`rto=4h rpo=5m`, `150s`) in the report's format; `rpo=0` reads `rpo=0s`. */
function durationsIn(value: string): string {
  return value.replace(/(^|[\s=])((?:\d+[wdhms])+)(?=$|\s)/g, (_, before: string, token: string) => `${before}${reportDurationText(token)}`).replace(/\b(rto|rpo)=0(?=$|\s)/g, '$1=0s');
}

/** Units of `humanDuration`, which the recovery check's messages use (they are synth errors too). */
const HUMAN_UNITS: Readonly<Record<string, number>> = { min: 60, h: 3600, d: 86400 };

/** A recovery verdict's message with its durations (`5 min`, `1.5 h`, `2 d`) restated in the report's format. */
function restateDurations(message: string): string {
  return message.replace(/\b(\d+(?:\.\d+)?) (min|h|d)\b/g, (_, n: string, unit: string) => reportDuration(Number(n) * HUMAN_UNITS[unit]));
}

/** The report's format for a span of seconds; `none` when nothing recovers. */
function span(seconds: number | undefined): string {
  return seconds === undefined ? 'none' : reportDuration(seconds);
}

function formatRecovery(r: RecoveryReport, heading: (level: number, text: string) => string, table: (head: string[], rows: string[][]) => string, para: (text: string) => string): string[] {
  const objectives = Object.entries(r.objectives).map(([d, o]) => `${d} RTO ${span(o!.rtoSeconds)} / RPO ${span(o!.rpoSeconds)}`);
  const unmet = r.verdicts.filter((v) => !v.met);
  return [
    heading(3, 'Disaster recovery'),
    '',
    para(`Objectives (${r.source}): ${objectives.join('; ')}. Strategy for a region disruption: ${r.strategy}. ${unmet.length === 0 ? 'Every objective is met.' : `${unmet.length} not met.`}`),
    '',
    table(
      ['Resource', 'Disruption', 'Measure', 'Objective', 'Achieved', 'Met'],
      r.verdicts.map((v) => [v.resource, v.disruption, v.measure.toUpperCase(), span(v.objectiveSeconds), span(v.achievedSeconds), v.met ? 'yes' : 'no']),
    ),
    '',
    ...unmet.map((v) => para(`- ${restateDurations(v.message)}`)),
    ...(unmet.length ? [''] : []),
  ];
}
