import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { SHARED_DIR } from './shared';

/** Says once per test run which optional checks are skipped: `../shared` missing, promtool not installed (each test skips silently). */
export default function globalSetup(): void {
  if (!fs.existsSync(SHARED_DIR)) {
    process.stdout.write(
      `\n../shared not found at ${SHARED_DIR}: provider-schema checks, Kubernetes schema checks and sloth parity are skipped in this run (CI has it)\n`,
    );
  }
  if (spawnSync('promtool', ['--version'], { encoding: 'utf8' }).status !== 0) {
    process.stdout.write('\npromtool not installed: the Prometheus rule tests are skipped in this run (apt-get install prometheus)\n');
  }
}
