import { isReliabilityError, PropError } from './errors';

/** Where {@link runApp} writes and how it ends the run; Node's stderr and exit code by default. */
export interface RunAppIo {
  /** Writes one line. @default - process.stderr */
  readonly error?: (line: string) => void;
  /** Sets the exit code. @default - process.exitCode */
  readonly exit?: (code: number) => void;
}

/**
 * Runs an app's code (build the stacks, `app.synth()`) so that an error this
 * library throws on purpose (bad input, a name collision, frameworks mixed)
 * is printed as one line on stderr, `Error: <path>: <what is wrong>`, and the
 * process exits 1, instead of Node's code frame, stack and property dump.
 * `cdktf synth` and `cdktn synth` print the app's stderr as it comes and once
 * more when the app fails, so an uncaught error shows twice with its stack;
 * with `runApp` both are that one line. Any other error is rethrown as it is:
 * a bug keeps its stack.
 *
 * ```ts
 * runApp(() => {
 *   const app = new App();
 *   new PaymentsStack(app, 'payments');
 *   app.synth();
 * });
 * ```
 */
export function runApp(build: () => void, io: RunAppIo = {}): void {
  if (typeof build !== 'function') throw new PropError('build', build, 'must be a function that builds the app and calls app.synth() (argument of runApp)');
  if (io === null || typeof io !== 'object') throw new PropError('io', io, 'must be an object { error?, exit? } or left out (argument of runApp)');
  for (const key of ['error', 'exit'] as const) {
    if (io[key] !== undefined && typeof io[key] !== 'function') throw new PropError(`io.${key}`, io[key], 'must be a function or left out (argument of runApp)');
  }
  try {
    build();
  } catch (e) {
    if (!isReliabilityError(e)) throw e;
    (io.error ?? ((line: string) => process.stderr.write(`${line}\n`)))(`Error: ${e.message}`);
    (io.exit ?? ((code: number) => (process.exitCode = code)))(1);
  }
}
