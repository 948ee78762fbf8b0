import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

// The deep-import rule is what keeps importing the library cheap; prove it bites.
const root = path.join(__dirname, '..', '..');
const eslintBin = path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

function lint(code: string): string[] {
  const run = spawnSync(process.execPath, [eslintBin, '--stdin', '--stdin-filename', 'src/probe.ts', '--format', 'json'], { cwd: root, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(run.stdout);
  return result.messages.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`);
}

// Package names are assembled so that no line of this file is itself a root import.
const rootOf = (provider: string) => `'@cdktf/provider-${provider}'`;

test.each([
  [`import { Instance } from ${rootOf('aws')};\nexport const x = Instance;`, /provider-aws\/lib\/<resource>/],
  [`import { Deployment } from ${rootOf('kubernetes')};\nexport const x = Deployment;`, /provider-kubernetes\/lib\/<resource>/],
  ["import { App } from 'cdktf/lib/app';\nexport const x = App;", /public cdktf API only/],
])('rejects %s', (code, message) => {
  expect(lint(`${code}\n`)).toEqual([expect.stringMatching(message)]);
});

test('accepts deep provider imports', () => {
  expect(lint("import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';\nexport const t = SnsTopic;\n")).toEqual([]);
});
