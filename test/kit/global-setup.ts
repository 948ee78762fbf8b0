import * as fs from 'node:fs';
import { SHARED_DIR } from './shared';

/** Says once per test run that the `../shared` checks are skipped (each test skips them silently). */
export default function globalSetup(): void {
  if (!fs.existsSync(SHARED_DIR)) {
    process.stdout.write(
      `\n../shared not found at ${SHARED_DIR}: provider-schema checks, Kubernetes schema checks and sloth parity are skipped in this run (CI has it)\n`,
    );
  }
}
