import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * `../shared` beside the repository: the provider-schema checker, the
 * Kubernetes and Prometheus-operator schemas, sloth's expected rules. CI has
 * it; a user's clone does not. Tests that need it skip that part silently:
 * the jest global setup (`global-setup.ts`) prints one line for the whole
 * run instead of a warning per test. `RELIABILITY_SHARED_DIR` points elsewhere
 * (or at a missing folder, to see the tests pass without it).
 */
export const SHARED_DIR = process.env.RELIABILITY_SHARED_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared');

/** The absolute path of a file under `../shared`, or undefined when it is not there. */
export function sharedFile(...relative: string[]): string | undefined {
  const file = path.join(SHARED_DIR, ...relative);
  return fs.existsSync(file) ? file : undefined;
}
