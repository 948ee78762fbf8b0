import * as fs from 'node:fs';
import * as path from 'node:path';

/** The name and version of the package this code runs from. */
export interface PackageInfo {
  /** `cdktf-reliability` or `cdktn-reliability`. */
  readonly name: string;
  /** The package's version. */
  readonly version: string;
}

let cached: PackageInfo | undefined;

/**
 * The name and version of the installed package, read from its package.json
 * (two folders up from both src/core and dist/core). The library ships as
 * `cdktf-reliability` and `cdktn-reliability` from one source: whatever
 * names itself (the CLI, SARIF's tool, JUnit's root) reads it here, so the
 * cdktn build names cdktn-reliability without a constant to rewrite.
 */
export function packageInfo(): PackageInfo {
  if (!cached) {
    const file = path.join(__dirname, '..', '..', 'package.json');
    const { name, version } = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; version: string };
    cached = Object.freeze({ name, version });
  }
  return cached;
}
