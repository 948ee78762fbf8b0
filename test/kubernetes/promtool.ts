import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { SynthesizedStack, tempDir as harnessTempDir } from '../harness';

/** True when `promtool` (Debian package `prometheus`) is on the PATH. */
export const HAS_PROMTOOL = spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status === 0;

/**
 * `describe` when promtool is installed; otherwise `describe.skip`, with a
 * message saying how to install it (never a test that passes without it).
 */
export function describeWithPromtool(name: string, fn: () => void): void {
  if (HAS_PROMTOOL) {
    describe(name, fn);
  } else {
    // The run says once that promtool is missing (test/kit/global-setup.ts).
    describe.skip(name, fn);
    // A todo (not a pass) keeps the reason visible in jest's summary even when every other test in the file is skipped.
    test.todo(`${name}: install promtool to run (apt-get install prometheus)`);
  }
}

/** Runs promtool; returns its exit code and combined output. */
export function promtool(args: string[], cwd?: string): { status: number; output: string } {
  const r = spawnSync('promtool', args, { encoding: 'utf8', cwd });
  return { status: r.status ?? -1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** A fresh temporary directory (removed by `cleanup`). */
export const tempDir = (): string => harnessTempDir('promtool-');

/** Removes a directory made by `tempDir`. */
export function cleanup(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/**
 * Writes the spec of every PrometheusRule in a synthesized stack as a rule
 * file (JSON, which promtool reads as YAML) and returns the file paths.
 */
export function writeRuleFiles(json: SynthesizedStack, dir: string): string[] {
  const files: string[] = [];
  for (const [name, body] of Object.entries(json.resource?.kubernetes_manifest ?? {})) {
    const m = (body as any).manifest;
    if (!m || m.kind !== 'PrometheusRule') continue;
    const file = path.join(dir, `${name}.rules.json`);
    fs.writeFileSync(file, JSON.stringify({ groups: m.spec.groups }, null, 2));
    files.push(file);
  }
  return files;
}

/**
 * Writes the PrometheusRule files of a synthesized stack to a temporary
 * directory and runs `promtool check rules` over them; returns how many files
 * there were and promtool's result.
 */
export function checkRules(json: SynthesizedStack): { files: number; status: number; output: string } {
  const dir = tempDir();
  try {
    const files = writeRuleFiles(json, dir);
    return { files: files.length, ...promtool(['check', 'rules', ...files]) };
  } finally {
    cleanup(dir);
  }
}
