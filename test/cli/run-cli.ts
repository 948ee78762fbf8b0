import * as path from 'node:path';
import { main } from '../../src/cli/main';

/** The repository root (where `npx tsx src/cli/main.ts` runs). */
export const ROOT = path.resolve(__dirname, '..', '..');

/**
 * The command line of the CLI as a real process, from {@link ROOT}: `node --import tsx src/cli/main.ts`, what
 * `npx tsx src/cli/main.ts` ends up running, without npm's start and tsx's parent process (1.5 s of CPU a run
 * where this takes 0.6 s; the same output and exit code).
 */
export const CLI_PROCESS: readonly [string, ...string[]] = [process.execPath, '--import', 'tsx', 'src/cli/main.ts'];

/** A path under the rule-pack fixtures (test/checks/fixtures): `fixture('rds', 'fail', 'cdk.tf.json')`. */
export function fixture(...parts: string[]): string {
  return path.join(ROOT, 'test', 'checks', 'fixtures', ...parts);
}

/**
 * A stack whose only finding is a warning (an unencrypted SNS topic): `check` exits 0 on it. The rule fixtures'
 * fail cases each hold errors too, so the exit-code tests keep their own.
 */
export const ONLY_WARNINGS = path.join(ROOT, 'test', 'cli', 'fixtures', 'only-warnings', 'cdk.tf.json');

/** Runs the CLI in-process and captures what it prints, one line per call. */
export function runCli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  if (typeof code !== 'number') throw new Error('runCli runs the commands that finish at once; --html returns a promise');
  return { code, out, err };
}
