/**
 * `incident-review HISTORY PATH...`: a post-incident review draft in Markdown from the alarm history of an incident
 * (the JSON of `aws cloudwatch describe-alarm-history`, or a JSON array of the SNS notifications a subscription
 * captured) and the synthesized stacks (which alarms exist, and the SLOs their tags describe). Loaded only when used.
 */
import * as fs from 'node:fs';
import { SEVERITY_TAG, SLO_TAGS } from '../core/contract';
import { humanDuration, parseDuration } from '../slo/duration';
import { str } from '../checks/json';
import { LoadedStack } from '../checks/files';
import { reportStack, ReportedSlo } from '../checks/report';
import { COMPOSITE_ALARM, METRIC_ALARM } from '../checks/rules/cloudwatch';

/** Bad input: printed as is, exit code 2. */
export class IncidentInputError extends Error {}

/** One state change of one alarm. */
export interface AlarmTransition {
  readonly alarm: string;
  readonly at: Date;
  readonly from: string;
  readonly to: string;
}

/** What the stacks say about an alarm. */
interface KnownAlarm {
  readonly stack: string;
  readonly address: string;
  readonly severity?: string;
  readonly slo?: string;
  readonly role: 'page' | 'ticket' | 'window' | 'budget-exhausted' | 'sli-health' | 'resource';
  readonly alert?: string;
}

const STATES = ['OK', 'ALARM', 'INSUFFICIENT_DATA'];

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new IncidentInputError(`${file} is not JSON (${(e as Error).message}): give the output of aws cloudwatch describe-alarm-history --output json, or a JSON array of captured SNS notifications`);
  }
}

function timeOf(value: unknown, where: string): Date {
  const t = typeof value === 'string' ? new Date(value.replace(/\+0000$/, 'Z')) : undefined;
  if (!t || Number.isNaN(t.getTime())) throw new IncidentInputError(`${where}: "${String(value)}" is not a timestamp`);
  return t;
}

/** State changes from `describe-alarm-history` output or captured SNS notifications, oldest first. */
export function alarmTransitions(document: unknown, file = 'the alarm history'): AlarmTransition[] {
  const out: AlarmTransition[] = [];
  if (document !== null && typeof document === 'object' && Array.isArray((document as { AlarmHistoryItems?: unknown }).AlarmHistoryItems)) {
    (document as { AlarmHistoryItems: unknown[] }).AlarmHistoryItems.forEach((item, i) => {
      const it = item as Record<string, unknown>;
      if (it.HistoryItemType !== 'StateUpdate') return;
      const data = typeof it.HistoryData === 'string' ? (parseJson(it.HistoryData, `${file}: AlarmHistoryItems[${i}].HistoryData`) as Record<string, any>) : undefined;
      const from = str(data?.oldState?.stateValue);
      const to = str(data?.newState?.stateValue);
      if (typeof it.AlarmName !== 'string' || !from || !to) throw new IncidentInputError(`${file}: AlarmHistoryItems[${i}] is a StateUpdate without AlarmName and HistoryData old/new states`);
      out.push({ alarm: it.AlarmName, at: timeOf(it.Timestamp, `${file}: AlarmHistoryItems[${i}].Timestamp`), from, to });
    });
  } else if (Array.isArray(document)) {
    document.forEach((n, i) => {
      const envelope = n as Record<string, unknown>;
      const message = typeof envelope?.Message === 'string' ? (parseJson(envelope.Message, `${file}: [${i}].Message`) as Record<string, unknown>) : undefined;
      if (!message || typeof message.AlarmName !== 'string' || !STATES.includes(String(message.NewStateValue))) {
        throw new IncidentInputError(`${file}: [${i}] is not an SNS notification of a CloudWatch alarm (an envelope whose Message has AlarmName and NewStateValue)`);
      }
      out.push({ alarm: message.AlarmName, at: timeOf(message.StateChangeTime ?? envelope.Timestamp, `${file}: [${i}]`), from: String(message.OldStateValue ?? '?'), to: String(message.NewStateValue) });
    });
  } else {
    throw new IncidentInputError(`${file} is not an alarm history: expected { "AlarmHistoryItems": [...] } (aws cloudwatch describe-alarm-history) or a JSON array of SNS notifications`);
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime() || a.alarm.localeCompare(b.alarm));
}

function knownAlarms(stacks: readonly LoadedStack[]): Map<string, KnownAlarm> {
  const known = new Map<string, KnownAlarm>();
  for (const { stack } of stacks) {
    for (const a of stack.ofType(METRIC_ALARM, COMPOSITE_ALARM)) {
      const name = str(a.body.alarm_name);
      if (name === undefined) continue;
      const tags = stack.tagsOf(a);
      const slo = tags[SLO_TAGS.name] !== undefined ? `${tags[SLO_TAGS.service] ?? '-'}/${tags[SLO_TAGS.name]}` : undefined;
      const severity = tags[SLO_TAGS.severity] ?? tags[SEVERITY_TAG];
      // The budget-exhausted alarm is no burn-rate window: it neither detects an incident nor stays silent wrongly.
      const role: KnownAlarm['role'] =
        tags[SLO_TAGS.sliHealth] !== undefined
          ? 'sli-health'
          : tags[SLO_TAGS.budgetExhausted] !== undefined
            ? 'budget-exhausted'
            : slo && a.type === COMPOSITE_ALARM && severity === 'page'
              ? 'page'
              : slo && a.type === COMPOSITE_ALARM
                ? 'ticket'
                : slo
                  ? 'window'
                  : 'resource';
      known.set(name, { stack: stack.name, address: a.address, severity, slo, role, alert: tags[SLO_TAGS.alert] });
    }
  }
  return known;
}

const iso = (d: Date): string => d.toISOString().replace('.000Z', 'Z');
const since = (a: Date, b: Date): string => humanDuration(Math.max(0, (b.getTime() - a.getTime()) / 1000));

/** Options of {@link incidentReview}. */
export interface IncidentReviewOptions {
  /**
   * Requests (SLI events) per SLO period at the service's usual traffic, to give the budget spent in requests.
   * @default - none: the draft asks the author for the failed requests
   */
  readonly eventsPerPeriod?: number;
}

/** Reads `--events-per-period`: a whole number of requests per SLO period, at least 1. */
export function eventsPerPeriodOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new IncidentInputError(`--events-per-period must be a whole number of requests per SLO period (at least 1), got "${value}"`);
  return n;
}

/** The Markdown review draft. */
export function incidentReview(transitions: readonly AlarmTransition[], stacks: readonly LoadedStack[], options: IncidentReviewOptions = {}): string {
  const known = knownAlarms(stacks);
  const unknown = [...new Set(transitions.map((t) => t.alarm).filter((a) => !known.has(a)))];
  if (transitions.length > 0 && transitions.every((t) => !known.has(t.alarm))) {
    throw new IncidentInputError(`none of the alarms in the history is in the given stacks (${unknown.slice(0, 3).join(', ')}${unknown.length > 3 ? ', ...' : ''}): the history belongs to another stack`);
  }
  const firing = transitions.filter((t) => t.to === 'ALARM' && known.has(t.alarm));
  if (firing.length === 0) throw new IncidentInputError('the history has no alarm of these stacks going to ALARM: an empty window, nothing to review');
  // A spent budget is a state that can last for days, not the start of an incident: the incident starts with its
  // first other alarm (a history holding only budget-exhausted alarms starts with them).
  const start = (firing.find((t) => known.get(t.alarm)!.role !== 'budget-exhausted') ?? firing[0]).at;
  const end = transitions[transitions.length - 1].at;
  const slos = new Map<string, ReportedSlo>();
  for (const { stack, file } of stacks) for (const s of reportStack(stack, file).slos) slos.set(`${s.service}/${s.name}`, s);

  const out: string[] = [`# Incident review (draft): ${iso(start)} to ${iso(end)}`, '', '_Generated from the alarm history; complete every section in italics._', ''];
  out.push('## Summary', '', '_What happened, in two sentences._', '');
  out.push('## Impact', '');
  const involved = [...new Set(firing.map((t) => known.get(t.alarm)!.slo).filter((s): s is string => s !== undefined))];
  for (const key of involved) {
    const slo = slos.get(key);
    const pageAt = firing.find((t) => known.get(t.alarm)!.slo === key && known.get(t.alarm)!.role === 'page')?.at;
    const firstWindow = firing.find((t) => known.get(t.alarm)!.slo === key && known.get(t.alarm)!.role === 'window')?.at;
    const composites = [...known.entries()].filter(([, k]) => k.slo === key && (k.role === 'page' || k.role === 'ticket')).map(([name]) => name);
    // Budget spent, at least: while an alert's composite is in ALARM, the error ratio is above its threshold.
    let spentFraction = 0;
    let fullOutageMinutes = 0;
    for (const name of composites) {
      const k = known.get(name)!;
      const alerts = slo?.alerts.filter((a) => a.severity === k.severity) ?? [];
      if (alerts.length === 0 || !slo) continue;
      const burn = Math.min(...alerts.map((a) => a.burnRate));
      const seconds = alarmSeconds(transitions, name, end);
      const periodSeconds = (slo.budgetMinutes * 60) / (1 - slo.objective / 100);
      spentFraction = Math.max(spentFraction, (burn * seconds) / periodSeconds);
      fullOutageMinutes = Math.max(fullOutageMinutes, (burn * (1 - slo.objective / 100) * seconds) / 60);
    }
    // And at least what a fired long window means: its whole window burnt at the alert's rate (2% of a 30d budget for 1h at 14.4x).
    for (const t of firing.filter((x) => known.get(x.alarm)!.slo === key && known.get(x.alarm)!.role === 'window' && x.alarm.endsWith('-long'))) {
      const alert = slo?.alerts.find((a) => a.id === known.get(t.alarm)!.alert);
      if (!alert || !slo) continue;
      const periodSeconds = (slo.budgetMinutes * 60) / (1 - slo.objective / 100);
      const window = parseDuration(alert.longWindow);
      spentFraction = Math.max(spentFraction, (alert.burnRate * window) / periodSeconds);
      fullOutageMinutes = Math.max(fullOutageMinutes, (alert.burnRate * (1 - slo.objective / 100) * window) / 60);
    }
    const promised = slo ? Math.min(...slo.alerts.filter((a) => a.severity === 'page').map((a) => a.detectsFullOutageIn)) : NaN;
    out.push(`### SLO ${key}${slo ? ` (${slo.objective}% over ${slo.period})` : ''}`, '');
    out.push(`- First window alarm: ${firstWindow ? iso(firstWindow) : 'none'}; page: ${pageAt ? `${iso(pageAt)} (${since(start, pageAt)} after the first alarm of the incident)` : 'never paged'}.`);
    if (Number.isFinite(promised)) out.push(`- The SLO math promises a page ${humanDuration(promised)} after a full outage starts (slower for a partial one): _was the outage full from ${iso(start)}? when did it really start?_`);
    if (slo) {
      out.push(
        `- Error budget spent, at least: ${(spentFraction * 100).toFixed(1)}% of the ${slo.period} budget, ${fullOutageMinutes.toFixed(1)} min of full outage out of ${slo.budgetMinutes.toFixed(1)} (each fired alert's burn rate over its long window, and over the time its composite alarm stayed in ALARM).`,
        options.eventsPerPeriod !== undefined
          ? `- Failed requests, at least: ${Math.round(spentFraction * (1 - slo.objective / 100) * options.eventsPerPeriod).toLocaleString('en-US')} of the period's error budget of ${Math.round((1 - slo.objective / 100) * options.eventsPerPeriod).toLocaleString('en-US')} requests (${options.eventsPerPeriod.toLocaleString('en-US')} requests per ${slo.period}, --events-per-period); _check against the SLI's bad events on the SLO dashboard._`
          : '- Failed requests: _the SLI\'s bad events over the window (CloudWatch, the SLO dashboard): the alarm history does not carry them; give --events-per-period to estimate them from the budget spent._',
      );
    }
    out.push('');
  }
  if (involved.length === 0) out.push('_No SLO alarm fired: the resource alarms below are all there is._', '');

  out.push('## Timeline', '', '| Time (UTC) | Alarm | Change | What it is |', '| --- | --- | --- | --- |');
  for (const t of transitions) {
    const k = known.get(t.alarm);
    const what = k ? `${k.role}${k.slo ? ` of SLO ${k.slo}` : ''}${k.alert ? ` (${k.alert})` : ''}` : 'not in these stacks';
    out.push(`| ${iso(t.at)} | ${t.alarm} | ${t.from} -> ${t.to} | ${what} |`);
  }
  out.push('');

  const fired = [...new Set(firing.map((t) => t.alarm))];
  out.push('## Alarms that fired', '', ...fired.map((a) => `- ${a} (${known.get(a)!.address}, ${since(firing.find((t) => t.alarm === a)!.at, alarmEnd(transitions, a) ?? end)} in ALARM)`), '');
  const stacksInvolved = new Set(fired.map((a) => known.get(a)!.stack));
  const silent = [...known.entries()].filter(([name, k]) => stacksInvolved.has(k.stack) && !fired.includes(name) && k.role !== 'window' && k.role !== 'budget-exhausted' && (k.role === 'resource' || involved.includes(k.slo ?? '')));
  out.push('## Alarms that stayed silent', '', '_Alarms of the stacks involved that never went to ALARM: should one of them have fired?_', '');
  out.push(...(silent.length ? silent.map(([name, k]) => `- ${name} (${k.address}, ${k.role}${k.slo ? ` of SLO ${k.slo}` : ''})`) : ['- none']), '');

  // The follow-up sections of the SRE Workbook's postmortem template.
  out.push(
    '## Root causes',
    '',
    '_Why it happened, as far back as it is useful._',
    '',
    '## Trigger',
    '',
    '_What set it off._',
    '',
    '## Resolution',
    '',
    '_What ended it, and when._',
    '',
    '## Detection',
    '',
    '_Who or what noticed first; was the page on time (see Impact)?_',
    '',
    '## Action items',
    '',
    '| Action item | Type (mitigate / prevent / detect) | Owner | Bug |',
    '| --- | --- | --- | --- |',
    '| _..._ | | | |',
    '',
    '## Lessons learned',
    '',
    '### What went well',
    '',
    '### What went wrong',
    '',
    '### Where we got lucky',
    '',
  );
  return out.join('\n');
}

/** Seconds an alarm spent in ALARM during the history (open at the end counts to the end). */
function alarmSeconds(transitions: readonly AlarmTransition[], alarm: string, end: Date): number {
  let total = 0;
  let since: Date | undefined;
  for (const t of transitions.filter((x) => x.alarm === alarm)) {
    if (t.to === 'ALARM' && since === undefined) since = t.at;
    else if (t.to !== 'ALARM' && since !== undefined) {
      total += (t.at.getTime() - since.getTime()) / 1000;
      since = undefined;
    }
  }
  if (since !== undefined) total += (end.getTime() - since.getTime()) / 1000;
  return total;
}

function alarmEnd(transitions: readonly AlarmTransition[], alarm: string): Date | undefined {
  return [...transitions].reverse().find((t) => t.alarm === alarm && t.from === 'ALARM')?.at;
}

/** Reads the history file; the stacks are loaded by the caller. */
export function readHistory(file: string): AlarmTransition[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new IncidentInputError(`cannot read ${file}: ${(e as Error).message}`);
  }
  return alarmTransitions(parseJson(text, file), file);
}
