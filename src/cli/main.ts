#!/usr/bin/env node
/**
 * `cdktf-reliability`: the rule families (reliability and validity) and the
 * report over Terraform JSON (`cdk.tf.json` files, `*.tf.json`, folders of
 * them such as `cdktf.out`) and `terraform show -json` plans and states.
 *
 *   cdktf-reliability check PATH... [--format table|json|markdown|sarif|junit] [--family reliability|validity|all]
 *   cdktf-reliability report PATH... [--format text|markdown] [--html OUT]
 *   cdktf-reliability error-budget FILE [--format text|markdown] [--html OUT]
 *   cdktf-reliability gate PATH... --source prometheus|cloudwatch [...]   (exit 0 allow, 1 stop, 2 error)
 *   cdktf-reliability slo FILE... [--format text|json|rules]
 *   cdktf-reliability incident-review HISTORY PATH... [--format markdown] [--events-per-period N]
 *   cdktf-reliability --version
 *
 * Exit codes: 0 no error-level finding, 1 error-level findings, 2 usage or input errors.
 */
import { checkStacks, StackCheckResult } from '../checks/check';
import { tally } from '../checks/tally';
import { loadStacks, StackFileError } from '../checks/files';
import { FINDINGS_FORMATS, FindingsFormat, renderFindings } from '../checks/format';
import { RULE_FAMILIES, RuleFamily } from '../checks/rule';
import { formatReport, reportStack, ReportFormat } from '../checks/report';
import { packageJson, PROGRAM } from './program';

/** Where a command writes; tests pass their own. */
export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** A sub-command: usage line, accepted formats (first is the default), and what it does. */
export interface Command {
  readonly usage: string;
  /**
   * What the command's arguments are called in its usage line (`PATH`, `FILE`), so errors name them the same way.
   * @default 'PATH'
   */
  readonly argument?: string;
  /**
   * Whether the command takes exactly one argument.
   * @default false (one or more)
   */
  readonly single?: boolean;
  readonly summary: string;
  readonly formats: readonly string[];
  /**
   * Options that take a value, with the values allowed (the first is the default), e.g. `--family`.
   * @default - none but --format
   */
  readonly options?: Readonly<Record<string, readonly string[]>>;
  /**
   * Options that take a file name, e.g. `--html OUT`.
   * @default - none
   */
  readonly fileOptions?: readonly string[];
  /**
   * Options that take a free value, with what they take: `{ '--events-per-period': 'a number of requests' }`.
   * @default - none
   */
  readonly valueOptions?: Readonly<Record<string, string>>;
  /** Runs the command; a command that writes a file may finish later (a promise of the exit code). */
  readonly run: (paths: string[], format: string, io: CliIo, options: Readonly<Record<string, string>>) => number | Promise<number>;
}

/** `--family` values: one family, or `all` (the default). */
const FAMILY_CHOICES = ['all', ...RULE_FAMILIES] as const;

function familiesOf(choice: string | undefined): readonly RuleFamily[] {
  return choice === undefined || choice === 'all' ? RULE_FAMILIES : [choice as RuleFamily];
}

/** The error-budget command, loaded when used: it reads YAML, which `check` does not need (~0.2 s of start-up). */
function errorBudgetCommand(args: string[]): { exitCode: number; output: string } {
  return (require('./error-budget') as typeof import('./error-budget')).errorBudgetCommand(args);
}

/** The gate command, loaded when used (it waits on the network, so it runs through {@link mainAsync}). */
function gateCommand(argv: readonly string[], io: CliIo): Promise<number> {
  return (require('./gate/command') as typeof import('./gate/command')).gateCommand(argv, io);
}

/** The slo command, loaded when used: it reads YAML and the Prometheus rule generator. */
function sloCommand(...args: Parameters<typeof import('./slo-command').sloCommand>): number {
  return (require('./slo-command') as typeof import('./slo-command')).sloCommand(...args);
}

/** Runs a command that writes an HTML page (loaded only then: it imports the charting packages) and prints where it went. */
async function htmlCommand(run: () => Promise<{ exitCode: number; output: string }>, io: CliIo): Promise<number> {
  try {
    const { exitCode, output } = await run();
    (exitCode === 0 ? io.out : io.err)(output);
    return exitCode;
  } catch (e) {
    if (!(e instanceof StackFileError)) throw e;
    io.err(`${PROGRAM}: ${e.message}`);
    return 2;
  }
}

/** Thrown for bad command lines: printed with the usage, exit code 2. */
class UsageError extends Error {}

/** A sub-command's own help: printed, exit code 0. */
class HelpText extends Error {}

const COMMANDS: Record<string, Command> = {
  check: {
    usage: `check PATH... [--format ${FINDINGS_FORMATS.join('|')}] [--family ${FAMILY_CHOICES.join('|')}]`,
    summary: [
      'run the rule families over each stack: reliability (what makes the stack survive failures) and validity',
      '      (literal values AWS or the provider would refuse at apply: argument values, tags, Regions, ARNs of another',
      '      Region or partition, physical names used twice); --family picks one, the default (all) runs both.',
      '      Exit 1 if any error-level finding (suppressed findings are reported as info)',
    ].join('\n'),
    formats: FINDINGS_FORMATS,
    options: { '--family': FAMILY_CHOICES },
    run: (paths, format, io, options) => {
      const families = familiesOf(options['--family']);
      // Lines locate SARIF results; the other formats do not need the pass over each file's text.
      const loaded = loadStacks(paths, { lines: format === 'sarif' });
      const results: StackCheckResult[] = checkStacks(
        loaded.map((l) => l.stack),
        { families },
      ).map((r, i) => ({ ...r, source: loaded[i].file, lines: loaded[i].lines, ...(loaded[i].files ? { files: loaded[i].files } : {}) }));
      io.out(renderFindings(results, format as FindingsFormat, { toolVersion: packageVersion(), families }));
      return tally(results).errors > 0 ? 1 : 0;
    },
  },
  report: {
    usage: 'report PATH... [--format text|markdown] [--html OUT]',
    summary: [
      'summarise stateful resources, SLOs with alert windows and detection times, recovery objectives;',
      '      --html OUT writes it instead, with charts and the rule findings, as one self-contained HTML page',
      '      (needs the optional peer dependencies vega and vega-lite)',
    ].join('\n'),
    formats: ['text', 'markdown'],
    fileOptions: ['--html'],
    run: (paths, format, io, options) => {
      if (options['--html'] !== undefined) return htmlCommand(() => (require('./html-report') as typeof import('./html-report')).reportHtmlCommand(paths, options['--html']), io);
      io.out(formatReport(loadStacks(paths, { lines: false }).map(({ file, stack }) => reportStack(stack, file)), format as ReportFormat));
      return 0;
    },
  },
  slo: {
    usage: 'slo FILE... [--format text|json|rules]',
    argument: 'FILE',
    summary: [
      'validate OpenSLO (openslo/v1) and sloth (prometheus/v1) SLO files and print what would be generated: alerts,',
      '      windows, burn rates and thresholds, and the Prometheus rule groups (--format rules prints the rule file).',
      '      Exit 2 when a file is invalid (the error names file, line and field)',
    ].join('\n'),
    formats: ['text', 'json', 'rules'],
    run: (paths, format, io) => sloCommand(paths, format, io),
  },
  'incident-review': {
    usage: 'incident-review HISTORY PATH... [--format markdown] [--events-per-period N]',
    argument: 'HISTORY PATH',
    summary: [
      'a post-incident review draft from an alarm history (aws cloudwatch describe-alarm-history JSON, or captured SNS',
      '      notifications) and the synthesized stacks: timeline, detection and page times per SLO against the SLO math,',
      '      error budget spent (in requests with --events-per-period, the requests per SLO period), alarms that fired',
      '      and that stayed silent, the postmortem sections to complete',
    ].join('\n'),
    formats: ['markdown'],
    valueOptions: { '--events-per-period': 'a number of requests per SLO period' },
    run: (paths, _format, io, options) => {
      const review = require('./incident-review') as typeof import('./incident-review');
      if (paths.length < 2) throw new UsageError('incident-review needs the HISTORY file and at least one PATH of synthesized stacks');
      try {
        const eventsPerPeriod = review.eventsPerPeriodOption(options['--events-per-period']);
        io.out(review.incidentReview(review.readHistory(paths[0]), loadStacks(paths.slice(1), { lines: false }), { eventsPerPeriod }));
        return 0;
      } catch (e) {
        if (!(e instanceof review.IncidentInputError)) throw e;
        io.err(`${PROGRAM}: incident-review: ${e.message}`);
        return 2;
      }
    },
  },
  'error-budget': {
    usage: 'error-budget FILE [--format text|markdown] [--html OUT]',
    argument: 'FILE',
    single: true,
    summary: 'error-budget report of the SLO definitions in FILE (JSON or YAML): budgets, burn rates, detection times',
    formats: ['text', 'markdown'],
    fileOptions: ['--html'],
    run: (paths, format, io, options) => {
      if (options['--html'] !== undefined) return htmlCommand(() => (require('./error-budget') as typeof import('./error-budget')).errorBudgetHtmlCommand(paths[0], options['--html']), io);
      const { exitCode, output } = errorBudgetCommand([...paths, '--format', format]);
      (exitCode === 0 ? io.out : io.err)(output);
      return exitCode;
    },
  },
  gate: {
    usage: 'gate PATH... --source prometheus --url URL | --source cloudwatch [--policy FILE] [--threshold PCT] [--window DURATION] [--label NAME=VALUE]...',
    summary: [
      'error-budget gate for pipelines: exit 0 deploy allowed, 1 stop (budget spent over the window, or a page burning',
      '      now), 2 error (unreachable source, no data); one line says why, with the figures (see gate --help)',
    ].join('\n'),
    formats: ['text', 'json'],
    run: (_paths, _format, io) => {
      io.err(`${PROGRAM}: gate reads its source over the network: call mainAsync (the installed command does)`);
      return 2;
    },
  },
};

/** Registers another sub-command (e.g. `error-budget`). */
export function addCommand(name: string, command: Command): void {
  COMMANDS[name] = command;
}

function usage(): string {
  return [
    `Usage: ${PROGRAM} <command> ARGUMENTS [--format FORMAT]`,
    `       ${PROGRAM} --version`,
    '',
    'PATH is a file or a folder. A file is one of:',
    '  - Terraform JSON configuration: a synthesized cdk.tf.json or any *.tf.json;',
    '  - a plan: terraform show -json PLANFILE > plan.json (planned values, with child modules; values known only',
    '    after apply are skipped like expressions);',
    '  - a state: terraform show -json > state.json.',
    '  Anything else (another JSON document, a raw terraform.tfstate) exits 2.',
    'A folder (e.g. cdktf.out) is searched, skipping node_modules, .terraform and .git, for folders holding',
    '*.tf.json files; each such folder is one stack made of all its *.tf.json files (cdk.tf.json included),',
    'as Terraform reads a folder (*override.tf.json files are not applied). Plans and states are given as files.',
    'FILE is a JSON or YAML file of SLO definitions (see error-budget --help).',
    '',
    'Commands:',
    ...Object.values(COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`),
    '',
    'Exit codes: 0 ok, 1 error-level findings, 2 usage or input errors (a PATH that is none of the inputs above,',
    'an invalid FILE).',
  ].join('\n');
}

/** The package's version, from its package.json. */
export function packageVersion(): string {
  return packageJson().version;
}

function parse(argv: readonly string[]): { command: Command; paths: string[]; format: string; options: Record<string, string> } | 'help' | 'version' {
  if (argv.length === 0) throw new UsageError('no command given');
  if (argv[0] === '--version' || argv[0] === '-V' || argv[0] === 'version') return 'version';
  if (argv[0] === 'error-budget' && (argv.includes('--help') || argv.includes('-h'))) {
    const { output } = errorBudgetCommand(['--help']);
    throw new HelpText(output);
  }
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return 'help';
  const [name, ...rest] = argv;
  const command = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command "${name}"`);
  let format = command.formats[0];
  const paths: string[] = [];
  const options: Record<string, string> = {};
  const choices: Record<string, readonly string[]> = { '--format': command.formats, ...command.options };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const fileOption = [...(command.fileOptions ?? []), ...Object.keys(command.valueOptions ?? {})].find((o) => arg === o || arg.startsWith(`${o}=`));
    const option = Object.keys(choices).find((o) => arg === o || arg.startsWith(`${o}=`));
    if (fileOption !== undefined) {
      const value = arg === fileOption ? rest[++i] : arg.slice(fileOption.length + 1);
      if (value === undefined || value === '' || value.startsWith('-')) throw new UsageError(`${fileOption} needs ${command.valueOptions?.[fileOption] ?? 'a file name'} for ${name}`);
      options[fileOption] = value;
    } else if (option !== undefined) {
      const value = arg === option ? rest[++i] : arg.slice(option.length + 1);
      if (value === undefined || !choices[option].includes(value)) throw new UsageError(`${option} must be one of ${choices[option].join(', ')} for ${name}, got ${value === undefined ? 'nothing' : `"${value}"`}`);
      if (option === '--format') format = value;
      else options[option] = value;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
    else paths.push(arg);
  }
  const arg = command.argument ?? 'PATH';
  if (paths.length === 0) throw new UsageError(`${name} needs ${command.single ? 'a' : 'at least one'} ${arg}`);
  if (command.single && paths.length > 1) throw new UsageError(`${name} takes one ${arg}, got ${paths.length}`);
  return { command, paths, format, options };
}

/**
 * Runs the CLI with arguments (without `node` and the script) and returns the exit code, or a promise of it for a
 * command that writes a file (`--html`).
 */
export function main(argv: readonly string[], io: CliIo = { out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`), err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`) }): number | Promise<number> {
  try {
    const parsed = parse(argv);
    if (parsed === 'help') {
      io.out(usage());
      return 0;
    }
    if (parsed === 'version') {
      io.out(packageVersion());
      return 0;
    }
    return parsed.command.run(parsed.paths, parsed.format, io, parsed.options);
  } catch (e) {
    if (e instanceof HelpText) {
      io.out(e.message);
      return 0;
    }
    if (e instanceof UsageError) {
      io.err(`${PROGRAM}: ${e.message}\n\n${usage()}`);
      return 2;
    }
    if (e instanceof StackFileError) {
      io.err(`${PROGRAM}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

/** Runs the CLI as {@link main} does, and the commands that wait on the network (`gate`). */
export async function mainAsync(argv: readonly string[], io: CliIo = { out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`), err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`) }): Promise<number> {
  if (argv[0] === 'gate') return gateCommand(argv.slice(1), io);
  return main(argv, io);
}

if (require.main === module) {
  // A reader that stops early (`check ... | head`) closes the pipe: that is not an error of the check.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  void mainAsync(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
