/**
 * Terraform addresses as `terraform show -json` writes them:
 * `module.app["eu"].module.net.aws_subnet.private[0]`. Module instance keys
 * and resource indexes may hold dots and brackets inside quotes, so the
 * address is split by a small scanner, not by `split('.')`.
 */

/** The parts of an absolute resource instance address. */
export interface InstanceAddress {
  /** The module instance path, e.g. `module.app["eu"].module.net`; '' in the root module. */
  readonly module: string;
  /** The module call names from the root, without instance keys (`['app', 'net']`): where its configuration is. */
  readonly moduleCalls: readonly string[];
  /** `data` for a data source, else `managed`. */
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
}

/** The steps of an address: `a.b["x.y"][0].c` -> `a`, `b["x.y"][0]`, `c`. */
function steps(address: string): string[] {
  // Most addresses have no instance key: nothing to scan for.
  if (!address.includes('"') && !address.includes('[')) return address.split('.');
  const out: string[] = [];
  let current = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < address.length; i++) {
    const c = address[i];
    if (quoted) {
      current += c;
      if (c === '\\') current += address[++i] ?? '';
      else if (c === '"') quoted = false;
      continue;
    }
    if (c === '"') quoted = true;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    if (c === '.' && depth === 0) {
      out.push(current);
      current = '';
    } else current += c;
  }
  out.push(current);
  return out;
}

/** A step without its instance key: `app["eu"]` -> `app`. */
function bare(step: string): string {
  const i = step.indexOf('[');
  return i < 0 ? step : step.slice(0, i);
}

/** Parses an absolute resource instance address; undefined when it is not one. */
export function parseInstanceAddress(address: string): InstanceAddress | undefined {
  const parts = steps(address);
  const modules: string[] = [];
  const calls: string[] = [];
  let i = 0;
  while (parts[i] === 'module' && i + 1 < parts.length) {
    modules.push(`module.${parts[i + 1]}`);
    calls.push(bare(parts[i + 1]));
    i += 2;
  }
  let mode: 'managed' | 'data' = 'managed';
  if (parts[i] === 'data') {
    mode = 'data';
    i++;
  }
  if (parts.length - i !== 2) return undefined;
  return { module: modules.join('.'), moduleCalls: calls, mode, type: parts[i], name: bare(parts[i + 1]) };
}
