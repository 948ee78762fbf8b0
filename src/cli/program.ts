import { packageInfo } from '../core/package-info';

/**
 * The installed package's name and version, from its package.json: the CLI
 * is `cdktf-reliability` in one flavour and `cdktn-reliability` in the other,
 * from one source.
 */
export function packageJson(): { readonly name: string; readonly version: string } {
  return packageInfo();
}

/** The command's name, as the package installs it (its `bin` is the package name). */
export const PROGRAM = packageJson().name;
