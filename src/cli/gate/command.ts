import * as fs from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { ReliabilityError } from '../../core/errors';
import { decideGate, GateVerdict, settleBudgetPolicy } from '../../slo/budget-policy';
import { formatDuration } from '../../slo/duration';
import { PROGRAM } from '../program';
import { cloudWatchSource, CloudWatchSourceOptions } from './cloudwatch';
import { FetchLike, prometheusSource } from './prometheus';
import { loadTargets } from './slo-input';
import { GateError, GateSource, measure } from './source';

/** Usage of the `gate` sub-command. */
export const GATE_USAGE = `usage: ${PROGRAM} gate PATH... --source prometheus --url URL [options]
       ${PROGRAM} gate PATH... --source cloudwatch [--region REGION] [options]

Decides whether a pipeline may deploy, from the SLOs' error budgets (SRE
Workbook, "Example Error Budget Policy"). PATH is a synthesized stack (a
cdk.tf.json or a folder such as cdktf.out: its SLO alarms and PrometheusRules)
or an SLO file (YAML or JSON: "service" and "slos", as error-budget reads them).

Sources:
  prometheus   the records SloRules writes (slo:sli_error:ratio_rate<window>,
               labelled service and slo), read from the HTTP API /api/v1/query
  cloudwatch   GetMetricData over the metrics of the stack's SLO window alarms
               (needs the stack, and the optional @aws-sdk/client-cloudwatch)

Options:
  --policy FILE      budget policy (YAML or JSON): threshold, window, stopOnPage,
                     exemptions: [{ label, values }]
  --threshold PCT    percent of the error budget that, spent, stops (default 100)
  --window DURATION  window the budget is measured over (default: each SLO's period)
  --no-page-stop     do not stop on a page alert burning now (default: stop)
  --label NAME=VALUE a label of the change (repeatable); a label the policy's
                     exemptions list lets the change through (e.g. change=security)
  --at TIME          decide at this time (RFC 3339 or Unix seconds; default now)
  --header NAME=VALUE  a request header for Prometheus (repeatable, e.g. Authorization)
  --format text|json

Exit codes: 0 deploy allowed, 1 stop (budget spent over the window, or a page
burning now), 2 error (usage, unreadable input, unreachable source, no data).
The first line says why, with the figures.`;

/** Where `gate` writes, and what tests inject instead of the network. */
export interface GateIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** @default - Node's global fetch */
  readonly fetch?: FetchLike;
  /** @default - a CloudWatchClient of the AWS SDK */
  readonly cloudwatch?: CloudWatchSourceOptions['client'];
}

interface GateArgs {
  paths: string[];
  source?: string;
  url?: string;
  region?: string;
  policyFile?: string;
  threshold?: number;
  window?: string;
  pageStop: boolean;
  labels: Record<string, string>;
  headers: Record<string, string>;
  at: Date;
  format: 'text' | 'json';
}

const VALUE_OPTIONS = ['--source', '--url', '--region', '--policy', '--threshold', '--window', '--label', '--at', '--header', '--format'];

function pair(option: string, value: string): [string, string] {
  const i = value.indexOf('=');
  if (i <= 0) throw new GateError(`${option} must be NAME=VALUE, got "${value}"`);
  return [value.slice(0, i), value.slice(i + 1)];
}

function parseArgs(argv: readonly string[]): GateArgs | 'help' {
  const a: GateArgs = { paths: [], pageStop: true, labels: {}, headers: {}, at: new Date(), format: 'text' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg === '--no-page-stop') {
      a.pageStop = false;
      continue;
    }
    const option = VALUE_OPTIONS.find((o) => arg === o || arg.startsWith(`${o}=`));
    if (option === undefined) {
      if (arg.startsWith('-') && arg !== '-') throw new GateError(`unknown option "${arg}"`);
      a.paths.push(arg);
      continue;
    }
    const value = arg === option ? argv[++i] : arg.slice(option.length + 1);
    if (value === undefined) throw new GateError(`${option} needs a value`);
    switch (option) {
      case '--source':
        if (value !== 'prometheus' && value !== 'cloudwatch') throw new GateError(`--source must be prometheus or cloudwatch, got "${value}"`);
        a.source = value;
        break;
      case '--url':
        a.url = value;
        break;
      case '--region':
        a.region = value;
        break;
      case '--policy':
        a.policyFile = value;
        break;
      case '--threshold':
        a.threshold = Number(value);
        if (value.trim() === '' || !Number.isFinite(a.threshold)) throw new GateError(`--threshold must be a number of percent, got "${value}"`);
        break;
      case '--window':
        a.window = value;
        break;
      case '--label': {
        const [k, v] = pair(option, value);
        a.labels[k] = v;
        break;
      }
      case '--header': {
        const [k, v] = pair(option, value);
        a.headers[k] = v;
        break;
      }
      case '--at': {
        const at = /^\d+(\.\d+)?$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
        if (Number.isNaN(at.getTime())) throw new GateError(`--at must be an RFC 3339 time or Unix seconds, got "${value}"`);
        a.at = at;
        break;
      }
      case '--format':
        if (value !== 'text' && value !== 'json') throw new GateError(`--format must be text or json, got "${value}"`);
        a.format = value;
        break;
    }
  }
  if (a.paths.length === 0) throw new GateError('gate needs at least one PATH (a synthesized stack or an SLO file)');
  if (a.source === undefined) throw new GateError('gate needs --source prometheus or --source cloudwatch');
  if (a.source === 'prometheus' && a.url === undefined) throw new GateError('--source prometheus needs --url (the Prometheus server, e.g. http://prometheus:9090)');
  if (a.source === 'cloudwatch' && a.url !== undefined) throw new GateError('--url is for --source prometheus; CloudWatch is reached through the AWS SDK (--region)');
  return a;
}

/** The policy file, with the command line's options over it. */
function policyOf(a: GateArgs): ReturnType<typeof settleBudgetPolicy> {
  let fromFile: Record<string, unknown> = {};
  if (a.policyFile !== undefined) {
    let doc: unknown;
    try {
      const text = fs.readFileSync(a.policyFile, 'utf8');
      doc = /\.json$/i.test(a.policyFile) ? JSON.parse(text) : parseYaml(text);
    } catch (e) {
      throw new GateError(`cannot read the policy file ${a.policyFile}: ${(e as { code?: string }).code ?? (e as Error).message.split('\n')[0]}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) throw new GateError(`${a.policyFile}: expected an object { threshold, window, stopOnPage, exemptions }`);
    fromFile = doc as Record<string, unknown>;
  }
  return settleBudgetPolicy({
    ...fromFile,
    ...(a.threshold !== undefined ? { threshold: a.threshold } : {}),
    ...(a.window !== undefined ? { window: a.window } : {}),
    ...(a.pageStop ? {} : { stopOnPage: false }),
  });
}

function sourceOf(a: GateArgs, io: GateIo): GateSource {
  if (a.source === 'prometheus') return prometheusSource({ url: a.url as string, headers: a.headers, ...(io.fetch ? { fetch: io.fetch } : {}) });
  return cloudWatchSource({ ...(a.region ? { region: a.region } : {}), ...(io.cloudwatch ? { client: io.cloudwatch } : {}) });
}

function formatText(verdict: GateVerdict, source: GateSource, at: Date): string {
  const lines = [`gate: ${verdict.reason}`];
  for (const s of verdict.slos) {
    const pages = s.pagesBurning.length ? `; page burning: ${s.pagesBurning.map((p) => `${p.alert} ${+p.longBurn.toPrecision(4)}x/${+p.shortBurn.toPrecision(4)}x > ${p.burnRate}x`).join(', ')}` : '';
    lines.push(`  ${s.service}/${s.slo}: ${+s.spentPercent.toPrecision(4)}% of the error budget spent over ${formatDuration(s.windowSeconds)} (error ratio ${+(s.errorRatio * 100).toPrecision(4)}%, budget ${+(s.errorBudget * 100).toPrecision(4)}%)${pages}`);
  }
  lines.push(`  read from ${source.description} at ${at.toISOString()}`);
  return lines.join('\n');
}

/**
 * `gate PATH... --source ...`: exit 0 when the policy allows deploying, 1 when
 * it says stop, 2 on any error, each with one line saying why and the figures.
 */
export async function gateCommand(argv: readonly string[], io: GateIo): Promise<number> {
  try {
    const a = parseArgs(argv);
    if (a === 'help') {
      io.out(GATE_USAGE);
      return 0;
    }
    const policy = policyOf(a);
    const targets = loadTargets(a.paths);
    const source = sourceOf(a, io);
    const measured = [];
    for (const t of targets) measured.push({ gated: t.gated, measurement: await measure(source, t, policy, a.at) });
    const verdict = decideGate(measured, policy, a.labels);
    io.out(a.format === 'json' ? JSON.stringify({ ...verdict, exitCode: verdict.allow ? 0 : 1, source: source.description, at: a.at.toISOString() }, null, 2) : formatText(verdict, source, a.at));
    return verdict.allow ? 0 : 1;
  } catch (e) {
    // Errors the gate understands are one line; anything else is a bug, still without a stack trace in a pipeline log.
    if (e instanceof GateError || e instanceof ReliabilityError) {
      io.err(`${PROGRAM} gate: error: ${e.message}`);
      return 2;
    }
    io.err(`${PROGRAM} gate: error: unexpected ${(e as Error)?.name ?? 'failure'}: ${(e as Error)?.message ?? String(e)}`);
    return 2;
  }
}
