import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// The deep-import rule keeps importing the library cheap, and the boundary rules keep constructs, the rule pack
// and the pure models apart (CONTRIBUTING "Where code goes"); prove each bites. One eslint process lints every
// probe (a process per probe costs about 2 s).
const root = path.join(__dirname, '..', '..');

interface Probe {
  readonly file: string;
  readonly code: string;
}

const LINT_ALL = `
  const { ESLint } = require('eslint');
  const probes = JSON.parse(require('fs').readFileSync(0, 'utf8'));
  (async () => {
    const eslint = new ESLint({ cwd: process.cwd() });
    const out = [];
    for (const p of probes) {
      const [r] = await eslint.lintText(p.code, { filePath: p.file });
      out.push(r.messages.map((m) => m.ruleId + ': ' + m.message));
    }
    process.stdout.write(JSON.stringify(out));
  })();`;

function lintAll(probes: readonly Probe[]): string[][] {
  const run = spawnSync(process.execPath, ['-e', LINT_ALL], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

// Package names are assembled so that no line of this file is itself a root import.
const rootOf = (provider: string) => `'@cdktf/provider-${provider}'`;

const REJECTED: Array<[string, Probe, RegExp]> = [
  ['a provider package root (aws)', { file: 'src/probe.ts', code: `import { Instance } from ${rootOf('aws')};\nexport const x = Instance;\n` }, /provider-aws\/lib\/<resource>/],
  ['a provider package root (kubernetes)', { file: 'src/probe.ts', code: `import { Deployment } from ${rootOf('kubernetes')};\nexport const x = Deployment;\n` }, /provider-kubernetes\/lib\/<resource>/],
  ['cdktf internals', { file: 'src/probe.ts', code: "import { App } from 'cdktf/lib/app';\nexport const x = App;\n" }, /public cdktf API only/],
  ['a construct importing the rule pack', { file: 'src/aws/chaos/probe.ts', code: "import { ReliabilityChecks } from '../../checks/aspect';\nexport const x = ReliabilityChecks;\n" }, /do not import the rule pack/],
  ['core importing the CLI', { file: 'src/core/probe.ts', code: "import { main } from '../cli/main';\nexport const x = main;\n" }, /do not import the rule pack or the CLI/],
  ['the rule pack importing a construct', { file: 'src/checks/rules/probe.ts', code: "import { BackupPlan } from '../../aws/backup/backup-plan';\nexport const x = BackupPlan;\n" }, /reads synthesized JSON only/],
  ['the rule pack importing a Kubernetes construct', { file: 'src/checks/probe.ts', code: "import { SloRules } from '../kubernetes/slo-rules';\nexport const x = SloRules;\n" }, /reads synthesized JSON only/],
  ['the SLO model importing the framework', { file: 'src/slo/probe.ts', code: "import { Token } from 'cdktf';\nexport const x = Token;\n" }, /pure module/],
  ['the recovery model importing a framework-bound core module', { file: 'src/recovery/probe.ts', code: "import { isUnresolved } from '../core/tokens';\nexport const x = isUnresolved;\n" }, /pure module/],
];

const ACCEPTED: Array<[string, Probe]> = [
  ['deep provider imports', { file: 'src/probe.ts', code: "import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';\nexport const t = SnsTopic;\n" }],
  ['a rule of the pack named kubernetes, imported by the rules index', { file: 'src/checks/rules/probe.ts', code: "import { DEPLOYMENT_TYPES } from './kubernetes';\nexport const x = DEPLOYMENT_TYPES;\n" }],
  ['the rule pack reading the pure contract and models', { file: 'src/checks/probe.ts', code: "import { RETENTION } from '../core/contract';\nimport { FIGURES } from '../recovery/figures';\nexport const x = [RETENTION, FIGURES];\n" }],
  ['a construct recording an opt-out through core', { file: 'src/aws/chaos/probe.ts', code: "import { recordOptOut } from '../../core/suppressions';\nexport const x = recordOptOut;\n" }],
];

const results = lintAll([...REJECTED.map(([, p]) => p), ...ACCEPTED.map(([, p]) => p)]);

test.each(REJECTED.map(([name, , message], i) => [name, message, i] as const))('rejects %s', (_name, message, i) => {
  expect(results[i]).toEqual([expect.stringMatching(message)]);
});

test.each(ACCEPTED.map(([name], i) => [name, REJECTED.length + i] as const))('accepts %s', (_name, i) => {
  expect(results[i]).toEqual([]);
});
