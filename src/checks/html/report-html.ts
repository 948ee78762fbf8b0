/**
 * `report --html` and `error-budget --html`: the reliability report as one
 * self-contained HTML page with charts (Vega-Lite, rendered to SVG in Node
 * when the page is written). Sections per stack: SLOs (budgets, alerts,
 * detection and budget charts), recovery (objectives against what is
 * achieved, backups and restore testing), capacity (zone-loss headroom,
 * chaos drills) and the rule findings with severity filters.
 */
import { SloReport } from '../../slo/report';
import { parseDuration } from '../../slo/duration';
import { reportDuration, reportDurationText } from '../../slo/units';
import { ReliabilityFinding } from '../rule';
import { StackReport } from '../report';
import { escalationSentence } from '../escalation-report';
import { budgetExhaustedSentence } from '../budget-report';
import { fisDuration, ReportedDrill } from '../drills';
import { ChartSpec } from './chart-spec';
import { budgetChart, detectionChart, SloChartInput } from './slo-charts';
import { headroomChart, recoveryChart, shortAddress } from './stack-charts';
import { esc, figure, htmlDocument, htmlTable } from './page';
import { renderSvgs } from './render-svg';

/** One stack of the HTML report: its report, its rule findings and its chaos drills. */
export interface HtmlStackInput {
  readonly report: StackReport;
  readonly findings: readonly ReliabilityFinding[];
  readonly drills: readonly ReportedDrill[];
}

/** A page being built: HTML strings and charts still to render, in order. */
type Part = string | ChartSpec;

const code = (text: string): string => `<code>${esc(text)}</code>`;
const yesNo = (v: boolean | undefined): string => (v === undefined ? '?' : v ? '<span class="good">yes</span>' : '<span class="bad">no</span>');
const pct = (x: number): string => `${Number((x * 100).toPrecision(6))}%`;
const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Renders the charts and puts their SVG where they stand. */
async function assemble(parts: readonly Part[]): Promise<string> {
  const charts = parts.filter((p): p is ChartSpec => typeof p !== 'string');
  const svgs = await renderSvgs(charts);
  let i = 0;
  return parts.map((p) => (typeof p === 'string' ? p : figure(p.id, p.title, p.description, svgs[i++]))).join('\n');
}

function sloParts(s: StackReport['slos'][number], stack: string): Part[] {
  const title = `${s.service}/${s.name}`;
  const head = `<h4>${esc(title)}: ${esc(s.objective)}% over ${esc(reportDurationText(s.period))} <span class="muted">(${esc(s.source)})</span></h4>`;
  if (s.problem) return [head, `<p class="bad">${esc(s.problem)}</p>`];
  const input: SloChartInput = { title, objective: s.objective, period: s.period, alerts: s.alerts };
  return [
    head,
    `<p>Error budget: ${esc(reportDuration(s.budgetMinutes * 60))} of full outage per period (${esc(pct(1 - s.objective / 100))} of requests; the stack does not record request volume, so the budget in requests is the rate times the period's traffic).</p>`,
    ...(s.escalation ? [`<p>${esc(escalationSentence({ ...s, escalation: s.escalation }))}</p>`] : []),
    ...(s.budgetExhausted ? [`<p>${esc(budgetExhaustedSentence(s, s.budgetExhausted))}</p>`] : []),
    htmlTable(
      `Burn-rate alerts of ${title} (${stack})`,
      ['Alert', 'Severity', 'Long window', 'Short window', 'Burn rate', 'Fires above', 'Detects a full outage in', 'Budget gone at threshold in'],
      s.alerts.map((a) => [esc(a.id), esc(a.severity), esc(a.longWindow), esc(a.shortWindow), `${esc(a.burnRate)}x`, `${esc(pct(a.threshold))} errors`, esc(reportDuration(a.detectsFullOutageIn)), esc(reportDuration(a.budgetGoneAtThresholdIn))]),
    ),
    detectionChart(input),
    budgetChart(input),
  ];
}

function recoveryParts(r: StackReport): Part[] {
  const out: Part[] = [];
  for (const rec of r.recoveries ?? (r.recovery ? [r.recovery] : [])) {
    const unmet = rec.verdicts.filter((v) => !v.met);
    const objectives = Object.entries(rec.objectives).map(([d, o]) => `${d} RTO ${reportDuration(o!.rtoSeconds)} / RPO ${reportDuration(o!.rpoSeconds)}`);
    out.push(
      `<h4>Objectives of ${code(shortAddress(rec.source))}</h4>`,
      `<p>${esc(objectives.join('; '))}. Strategy for a region disruption: <strong>${esc(rec.strategy)}</strong>. ${unmet.length === 0 ? '<span class="good">Every objective is met.</span>' : `<span class="bad">${unmet.length} not met.</span>`}</p>`,
      recoveryChart(rec),
      htmlTable(
        `Verdicts for ${shortAddress(rec.source)}`,
        ['Resource', 'Disruption', 'Measure', 'Objective', 'Achieved', 'Met'],
        rec.verdicts.map((v) => [code(shortAddress(v.resource)), esc(v.disruption), esc(v.measure.toUpperCase()), esc(reportDuration(v.objectiveSeconds)), esc(v.achievedSeconds === undefined ? 'none' : reportDuration(v.achievedSeconds)), yesNo(v.met)]),
      ),
      ...(unmet.length ? [`<ul>${unmet.map((v) => `<li class="bad">${esc(v.message)}</li>`).join('')}</ul>`] : []),
    );
  }
  if (r.stateful.length === 0) out.push('<p>No stateful resources.</p>');
  else
    out.push(
      htmlTable(
        'Backup coverage and restore testing per stateful resource',
        ['Resource', 'Multi-AZ', 'Backed up', 'Backup plan', 'RPO zone', 'RPO region', 'RPO data', 'Retention', 'Vault lock', 'Restore testing', 'Deletion protection'],
        r.stateful.map((x) => {
          const b = x.backup;
          return [
            code(shortAddress(x.address)),
            yesNo(x.multiAz),
            yesNo(x.nativeBackups || x.awsBackup),
            esc(b.plans.length ? b.plans.join(', ') : 'none'),
            esc(b.rpoZone !== undefined ? reportDurationText(b.rpoZone) : '?'),
            esc(b.rpoRegion !== undefined ? reportDurationText(b.rpoRegion) : b.crossRegionCopy === false ? 'all (no copy)' : '?'),
            esc(b.rpoData !== undefined ? reportDurationText(b.rpoData) : '?'),
            esc(b.retentionDays !== undefined ? reportDuration(b.retentionDays * 86400) : '?'),
            esc(b.vaultLock ?? '?'),
            yesNo(b.restoreTesting),
            yesNo(x.deletionProtected),
          ];
        }),
      ),
    );
  return out;
}

function capacityParts(r: StackReport, drills: readonly ReportedDrill[]): Part[] {
  const out: Part[] = [];
  const chart = headroomChart(r.capacity);
  if (chart) out.push(chart);
  if (r.capacity.length)
    out.push(
      htmlTable(
        'Auto Scaling groups',
        ['Group', 'Zones', 'Min', 'Max', 'Required', 'After losing a zone', 'Headroom', 'Scaling'],
        r.capacity.map((c) => [
          code(shortAddress(c.address)),
          esc(c.zones ?? '?'),
          esc(c.minSize ?? '?'),
          esc(c.maxSize ?? '?'),
          esc(c.required ?? '?'),
          esc(c.afterZoneLoss ?? '?'),
          c.zoneLossHeadroom === undefined ? '?' : c.zoneLossHeadroom >= 0 ? `<span class="good">+${c.zoneLossHeadroom}</span>` : `<span class="bad">${c.zoneLossHeadroom} (short)</span>`,
          esc(c.policies.join(', ') || 'none'),
        ]),
      ),
    );
  else out.push('<p>No Auto Scaling groups.</p>');
  out.push('<h4>Chaos drills</h4>');
  if (drills.length === 0) out.push('<p>No fault injection experiment templates.</p>');
  for (const d of drills) {
    out.push(
      `<p>${code(shortAddress(d.address))}: ${esc(d.description)}</p>`,
      `<ul><li>Schedule: ${d.schedules.length ? d.schedules.map(code).join(', ') : '<span class="bad">none (started by hand)</span>'}</li>` +
        `<li>Stops when: ${d.stopConditions.length ? d.stopConditions.map((c) => `${esc(c.source)} ${code(shortAddress(c.value))}`).join('; ') : '<span class="bad">no stop condition</span>'}</li>` +
        `<li>Actions: ${d.actions.map((a) => `${esc(a.name)} (${code(a.actionId)}, ${esc(a.duration === undefined ? '-' : fisDuration(a.duration))})`).join('; ')}</li></ul>`,
    );
  }
  return out;
}

const SEVERITIES = ['error', 'warning', 'info'] as const;

function findingParts(stackId: string, findings: readonly ReliabilityFinding[]): Part[] {
  if (findings.length === 0) return ['<p class="good">No findings.</p>'];
  const sorted = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity as (typeof SEVERITIES)[number]) - SEVERITIES.indexOf(b.severity as (typeof SEVERITIES)[number]));
  const severityOf = (f: ReliabilityFinding): string => (f.suppression ? 'info' : f.severity);
  return [
    `<p id="${stackId}-findings-status" role="status" class="muted"></p>`,
    htmlTable(
      'Rule findings and their remediation',
      ['Rule', 'Severity', 'Resource', 'Finding', 'Remediation'],
      sorted.map((f) => [
        esc(f.ruleId),
        `<span class="${severityOf(f) === 'error' ? 'bad' : ''}">${esc(severityOf(f))}</span>`,
        code(f.constructPath ?? shortAddress(f.address)),
        esc(f.message),
        f.suppression ? `suppressed: ${esc(f.suppression.reason)}` : esc(f.remediation),
      ]),
      (i) => ` data-severity="${esc(severityOf(sorted[i]))}"`,
    ).replace('<table>', `<table class="findings" data-status="${stackId}-findings-status">`),
  ];
}

function filterForm(): string {
  return `<fieldset><legend>Show findings of severity</legend>${SEVERITIES.map((s) => `<label><input type="checkbox" data-severity-filter value="${s}" checked> ${s}</label>`).join('')}</fieldset>`;
}

/** The HTML report of one or more stacks. Loads vega and vega-lite (optional peers) to draw the charts. */
export async function reportHtml(stacks: readonly HtmlStackInput[], generator: string): Promise<string> {
  const parts: Part[] = [];
  const nav: { id: string; label: string }[] = [];
  for (const { report: r, findings, drills } of stacks) {
    const id = slug(`stack-${r.stack}`);
    nav.push({ id, label: r.stack });
    const errors = findings.filter((f) => f.severity === 'error' && !f.suppression).length;
    const unmet = (r.recoveries ?? []).flatMap((x) => x.verdicts).filter((v) => !v.met).length;
    parts.push(
      `<section aria-labelledby="${id}"><h2 id="${id}">Stack ${esc(r.stack)}</h2>`,
      r.source ? `<p class="muted">Read from ${code(r.source)}</p>` : '',
      `<div class="cards"><div class="card"><b>${r.slos.length}</b>SLOs</div><div class="card"><b>${r.stateful.length}</b>stateful resources</div>` +
        `<div class="card"><b>${unmet}</b>recovery objectives not met</div><div class="card"><b>${errors}</b>error-level findings</div></div>`,
      `<h3 id="${id}-slos">SLOs</h3>`,
      ...(r.slos.length ? r.slos.flatMap((s) => sloParts(s, r.stack)) : ['<p>No SLOs found.</p>']),
      `<h3 id="${id}-recovery">Recovery</h3>`,
      ...recoveryParts(r),
      `<h3 id="${id}-capacity">Capacity and chaos drills</h3>`,
      ...capacityParts(r, drills),
      `<h3 id="${id}-findings">Rule findings</h3>`,
      ...findingParts(id, findings),
      '</section>',
    );
  }
  const body = await assemble([filterForm(), ...parts]);
  const title = stacks.length === 1 ? `Reliability report: ${stacks[0].report.stack}` : `Reliability report: ${stacks.length} stacks`;
  return htmlDocument(title, 'SLOs and their alerts, recovery objectives, capacity and rule findings, from the synthesized Terraform JSON.', nav, body, { stacks: stacks.map((s) => ({ ...s.report, findings: s.findings, drills: s.drills })) }, generator);
}

/** The HTML page of `error-budget --html`: per SLO its budget, alerts and the two charts. */
export async function errorBudgetHtml(reports: readonly SloReport[], generator: string): Promise<string> {
  const parts: Part[] = [];
  for (const r of reports) {
    const id = slug(`slo-${r.name}`);
    const input: SloChartInput = {
      title: r.name,
      objective: r.objective,
      period: r.period,
      alerts: r.alerts.map((a) => ({ id: a.id, severity: a.severity, longWindowSeconds: parseDuration(a.longWindow), shortWindowSeconds: parseDuration(a.shortWindow), burnRate: a.burnRate })),
    };
    const requests = r.budgetEvents === undefined ? '' : `, ${r.budgetEvents.toLocaleString('en-US')} of ${(r.eventsPerPeriod as number).toLocaleString('en-US')} requests`;
    parts.push(
      `<section aria-labelledby="${id}"><h2 id="${id}">${esc(r.name)}: ${esc(r.objective)}% over ${esc(reportDurationText(r.period))}</h2>`,
      `<p>${esc(r.description)}</p>`,
      `<p>Error budget: ${esc(pct(r.errorBudget))} = ${esc(reportDuration(r.budgetMinutes * 60))} of full outage per period${esc(requests)}. Runbook: ${r.runbookUrl ? code(r.runbookUrl) : 'none'}.</p>`,
      htmlTable(
        `Burn-rate alerts of ${r.name}`,
        ['Alert', 'Severity', 'Windows', 'Burn rate', 'Budget used', 'Fires above', 'Full outage'],
        r.alerts.map((a) => [
          esc(a.id),
          esc(a.severity),
          esc(`${reportDurationText(a.longWindow)} / ${reportDurationText(a.shortWindow)}`),
          `${esc(a.burnRate)}x`,
          `${esc(Number(a.budgetPercent.toPrecision(3)))}% in ${esc(reportDurationText(a.longWindow))}`,
          `${esc(Number((a.threshold * 100).toPrecision(3)))}% errors`,
          esc(reportDuration(a.fullOutageSeconds)),
        ]),
      ),
      detectionChart(input),
      budgetChart(input),
      '</section>',
    );
  }
  const body = await assemble(parts);
  return htmlDocument('Error budgets', 'Budgets, burn-rate alerts and the times they take to fire, from the SLO definitions.', reports.map((r) => ({ id: slug(`slo-${r.name}`), label: r.name })), body, { slos: reports }, generator);
}
