import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The installed package's name and version, from its package.json (two
 * folders up from both src/cli and dist/cli): the CLI is `cdktf-reliability`
 * in one flavour and `cdktn-reliability` in the other, from one source.
 */
export function packageJson(): { readonly name: string; readonly version: string } {
  const file = path.join(__dirname, '..', '..', 'package.json');
  const { name, version } = JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string; version: string };
  return { name, version };
}

/** The command's name, as the package installs it (its `bin` is the package name). */
export const PROGRAM = packageJson().name;
